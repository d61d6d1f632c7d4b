"""`chidao serve`: the web app (`chidao.web.app`) over the store, with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from chidao.commands.store_options import DbOption


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web app (pages in Vietnamese, JSON API under /api/v1) over the store; log in
    with an account made by `chidao user add`."""
    import uvicorn

    from chidao.store import accounts
    from chidao.store.queries import open_session
    from chidao.web.app import create_app

    app = create_app(db)
    with open_session(db) as session:
        if not accounts.list_users(session):
            print("chidao: chưa có tài khoản nào: tạo bằng `chidao user add TÊN --role admin`")
    print(f"chidao: http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning")
