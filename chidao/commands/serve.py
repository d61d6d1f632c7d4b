"""`chidao serve`: the web app (`chidao.web.app`) over the store, with uvicorn."""

from __future__ import annotations

import errno
import socket
from typing import Annotated

import typer

from chidao.commands.store_options import DbOption, fail
from chidao.errors import os_reason


def listen_refusal(host: str, port: int) -> str | None:
    """Why the app could not listen at host:port ("cổng 8000 đang có chương trình khác dùng"), or
    None when it can: tried before the address is announced, so that a taken port is one
    Vietnamese line rather than the address printed and uvicorn's English error after it."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return f"máy này không có địa chỉ {host}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return f"cổng {port} đang có chương trình khác dùng: chọn cổng khác bằng --port"
            if exc.errno == errno.EADDRNOTAVAIL:
                return f"máy này không có địa chỉ {host}"
            if exc.errno == errno.EACCES:
                return f"không có quyền mở cổng {port} (cổng dưới 1024 cần quyền quản trị)"
            return os_reason(exc)
    return None


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Địa chỉ để lắng nghe.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Cổng để lắng nghe.")] = 8000,
) -> None:
    """Chạy ứng dụng web trên kho dữ liệu (các trang tiếng Việt, API JSON tại /api/v1); đăng nhập
    bằng tài khoản tạo bằng `chidao user add`."""
    import uvicorn

    from chidao.store import accounts
    from chidao.store.queries import open_session
    from chidao.web.app import create_app

    app = create_app(db)
    with open_session(db) as session:
        if not accounts.list_users(session):
            print("chidao: chưa có tài khoản nào: tạo bằng `chidao user add TÊN --role admin`")
    refusal = listen_refusal(host, port)
    if refusal:
        fail(f"{host}:{port}: {refusal}")
    print(f"chidao: http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning")
