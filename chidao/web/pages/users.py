"""Accounts (admins only): list, add (the one-time password shown once), change a role,
disable or enable, a new password, an API token."""

from __future__ import annotations

from fastapi import Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from chidao.store import accounts
from chidao.store.account_tables import ROLES
from chidao.web.auth import Person, db_session, form_admin, page_admin
from chidao.web.changes import apply
from chidao.web.pages.common import back, render, router


def _page(request: Request, person: Person, session: Session, **shown: str) -> HTMLResponse:
    return render(request, "users.html", person, users=accounts.list_users(session), roles=ROLES, **shown)


@router.get("/users", response_class=HTMLResponse)
def users_page(
    request: Request, person: Person = Depends(page_admin), session: Session = Depends(db_session)
) -> HTMLResponse:
    return _page(request, person, session)


@router.post("/users", response_class=HTMLResponse)
def add_user_form(
    request: Request,
    name: str = Form(...),
    role: str = Form(...),
    token: str = Form(""),
    person: Person = Depends(form_admin),
    session: Session = Depends(db_session),
) -> HTMLResponse:
    def create() -> tuple[dict, str, str | None]:
        user, password = accounts.add_user(session, name, role, created_by=person.name)
        return user, password, accounts.issue_token(session, user["name"]) if token == "yes" else None

    user, password, issued = apply(request, session, create)
    return _page(request, person, session, created=user["name"], password=password, token=issued or "")


@router.post("/users/{name}", response_class=HTMLResponse)
def change_user_form(
    request: Request,
    name: str,
    action: str = Form(...),
    role: str = Form(""),
    person: Person = Depends(form_admin),
    session: Session = Depends(db_session),
) -> Response:
    if action == "role":
        apply(request, session, lambda: accounts.set_role(session, name, role))
        return back("/users", f"Đã đổi vai trò của {name}.")
    if action in ("disable", "enable"):
        if name == person.name and action == "disable":
            return back("/users", "Không tự khoá tài khoản của mình được.")
        apply(request, session, lambda: accounts.set_disabled(session, name, action == "disable"))
        return back("/users", f"Đã {'khoá' if action == 'disable' else 'mở khoá'} {name}.")
    if action == "password":
        password = apply(request, session, lambda: accounts.reset_password(session, name))
        return _page(request, person, session, created=name, password=password, token="")
    if action == "token":
        issued = apply(request, session, lambda: accounts.issue_token(session, name))
        return _page(request, person, session, created=name, password="", token=issued)
    return back("/users", f"Không rõ việc cần làm: {action}")
