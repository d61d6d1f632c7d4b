"""The web app: server-rendered pages in Vietnamese and a JSON API under /api/v1 (`create_app`)."""
