"""`chidao user add|list|token|role|disable|password`: the web app's accounts (`chidao.store.accounts`)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from chidao.commands.store_options import DbOption, fail, print_json
from chidao.commands.usage_errors import with_labels
from chidao.report.tables import ROLE_LABELS
from chidao.store import accounts
from chidao.store.queries import open_session
from chidao.track.history import local_time
from chidao.track.status import current_user

user_app = typer.Typer(
    help="Tài khoản của ứng dụng web (`chidao serve`): tạo, liệt kê, mã API, vai trò.", no_args_is_help=True
)
NameArgument = Annotated[str, typer.Argument(metavar="NAME", help='Tên tài khoản, ví dụ "lan.nguyen".')]


class Role(StrEnum):
    viewer = "viewer"
    editor = "editor"
    admin = "admin"


def _change(db: str | None, create: bool, change):  # noqa: ANN001, ANN202 - a small local runner
    with open_session(db, create=create) as session:
        try:
            with session.begin():
                return change(session)
        except accounts.AccountError as exc:
            fail(str(exc))


@user_app.command("add")
def add(
    name: NameArgument,
    role: Annotated[
        Role,
        typer.Option(
            "--role",
            "-r",
            help="{}: chỉ đọc; {}: thêm quyền cập nhật, sửa mục và tải báo cáo lên; {}: thêm quyền "
            "quản lý tài khoản.".format(*with_labels(ROLE_LABELS)),
        ),
    ],
    token: Annotated[bool, typer.Option("--token", help="Cấp luôn một mã API (chỉ hiện một lần).")] = False,
    db: DbOption = None,
) -> None:
    """Tạo tài khoản và in mật khẩu dùng một lần (với --token, in thêm mã API cho /api/v1). Chưa
    có kho dữ liệu thì kho được tạo."""

    def create(session):  # noqa: ANN001, ANN202
        user, password = accounts.add_user(session, name, role.value, created_by=current_user())
        return user, password, accounts.issue_token(session, user["name"]) if token else None

    user, password, issued = _change(db, True, create)
    print(f"Đã tạo tài khoản {user['name']} ({ROLE_LABELS[user['role']]}, {user['role']}).")
    print(f"Mật khẩu dùng một lần (chỉ hiện lần này; đổi khi đăng nhập lần đầu): {password}")
    if issued:
        print(f"Mã API (Authorization: Bearer …, chỉ hiện lần này): {issued}")


@user_app.command("token")
def token(name: NameArgument, db: DbOption = None) -> None:
    """Cấp thêm một mã API cho tài khoản (chỉ hiện một lần)."""
    issued = _change(db, False, lambda session: accounts.issue_token(session, name))
    print(f"Mã API (Authorization: Bearer …, chỉ hiện lần này): {issued}")


@user_app.command("password")
def password(name: NameArgument, db: DbOption = None) -> None:
    """Cấp mật khẩu mới dùng một lần cho tài khoản (các phiên đăng nhập trên trình duyệt kết thúc)."""
    new = _change(db, False, lambda session: accounts.reset_password(session, name))
    print(f"Mật khẩu mới dùng một lần (chỉ hiện lần này): {new}")


@user_app.command("role")
def role(
    name: NameArgument, new_role: Annotated[Role, typer.Argument(
        metavar="ROLE", help="Vai trò mới: " + ", ".join(with_labels(ROLE_LABELS)) + ".")],
    db: DbOption = None
) -> None:
    """Đổi vai trò của tài khoản (viewer, editor, admin)."""
    user = _change(db, False, lambda session: accounts.set_role(session, name, new_role.value))
    print(f"{user['name']}: {ROLE_LABELS[user['role']]} ({user['role']})")


@user_app.command("disable")
def disable(
    name: NameArgument,
    enable: Annotated[bool, typer.Option("--enable", help="Mở khoá lại tài khoản.")] = False,
    db: DbOption = None,
) -> None:
    """Khoá tài khoản (không đăng nhập, không dùng mã API được nữa), hoặc mở khoá lại."""
    user = _change(db, False, lambda session: accounts.set_disabled(session, name, not enable))
    print(f"{user['name']}: {'đã khoá' if user['disabled'] else 'đang dùng'}")


class ListFormat(StrEnum):
    table = "table"
    json = "json"


@user_app.command("list")
def list_command(
    format: Annotated[ListFormat, typer.Option(
        "--format", "-f", help="table (bảng) hoặc json.")] = ListFormat.table,
    db: DbOption = None,
) -> None:
    """Mọi tài khoản với vai trò, người tạo và thời điểm tạo (giờ Việt Nam)."""
    with open_session(db) as session:
        users = accounts.list_users(session)
    if format is ListFormat.json:
        print_json(users)
        return
    table = Table(title=f"Tài khoản ({len(users)})")
    for header in ("Tên", "Vai trò", "Tạo lúc", "Người tạo", "Trạng thái"):
        table.add_column(header, overflow="fold")
    for user in users:
        table.add_row(
            user["name"],
            ROLE_LABELS[user["role"]],
            local_time(user["created_at"]),
            user["created_by"] or "",
            "đã khoá" if user["disabled"] else "đang dùng",
        )
    Console(highlight=False).print(table)
