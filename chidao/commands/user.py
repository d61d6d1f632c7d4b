"""`chidao user add|list|token|role|disable|password`: the web app's accounts (`chidao.store.accounts`)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from chidao.commands.store_options import DbOption, fail, print_json
from chidao.store import accounts
from chidao.store.queries import open_session
from chidao.track.history import local_time
from chidao.track.status import current_user

user_app = typer.Typer(
    help="Accounts of the web app (`chidao serve`): add, list, tokens, roles.", no_args_is_help=True
)
NameArgument = Annotated[str, typer.Argument(metavar="NAME", help='Account name, e.g. "lan.nguyen".')]
ROLE_LABELS = {"viewer": "Xem", "editor": "Biên tập", "admin": "Quản trị"}


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
            help="viewer reads; editor also changes items, "
            "corrects and uploads; admin also manages accounts.",
        ),
    ],
    token: Annotated[bool, typer.Option("--token", help="Also issue an API token (shown once).")] = False,
    db: DbOption = None,
) -> None:
    """Create an account and print its one-time password (and with --token an API token for
    /api/v1). The store is created if there is none yet."""

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
    """Issue another API token for an account (shown once)."""
    issued = _change(db, False, lambda session: accounts.issue_token(session, name))
    print(f"Mã API (Authorization: Bearer …, chỉ hiện lần này): {issued}")


@user_app.command("password")
def password(name: NameArgument, db: DbOption = None) -> None:
    """Give an account a new one-time password (its browser sessions end)."""
    new = _change(db, False, lambda session: accounts.reset_password(session, name))
    print(f"Mật khẩu mới dùng một lần (chỉ hiện lần này): {new}")


@user_app.command("role")
def role(
    name: NameArgument, new_role: Annotated[Role, typer.Argument(metavar="ROLE")], db: DbOption = None
) -> None:
    """Give an account another role (viewer, editor, admin)."""
    user = _change(db, False, lambda session: accounts.set_role(session, name, new_role.value))
    print(f"{user['name']}: {ROLE_LABELS[user['role']]} ({user['role']})")


@user_app.command("disable")
def disable(
    name: NameArgument,
    enable: Annotated[bool, typer.Option("--enable", help="Enable the account again.")] = False,
    db: DbOption = None,
) -> None:
    """Disable an account (it can no longer log in nor use its tokens), or enable it again."""
    user = _change(db, False, lambda session: accounts.set_disabled(session, name, not enable))
    print(f"{user['name']}: {'đã khoá' if user['disabled'] else 'đang dùng'}")


class ListFormat(StrEnum):
    table = "table"
    json = "json"


@user_app.command("list")
def list_command(
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="table or json.")] = ListFormat.table,
    db: DbOption = None,
) -> None:
    """Every account with its role, who created it and when (Vietnam time)."""
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
