"""The server-rendered pages (Vietnamese), one module per page; `router` holds them all."""

from chidao.web.pages import items, login, overview, places, registers, report, search, upload, users
from chidao.web.pages.common import router

__all__ = [
    "items",
    "login",
    "overview",
    "places",
    "registers",
    "report",
    "router",
    "search",
    "upload",
    "users",
]
