"""/users (admins), /me: accounts of the web app."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from chidao.store import accounts as store_accounts
from chidao.web.api.models import NewUser, RoleChange
from chidao.web.auth import Person, api_admin, api_viewer, db_session
from chidao.web.changes import apply

router = APIRouter(tags=["accounts"])


@router.get("/me")
def me(person: Person = Depends(api_viewer)) -> dict[str, Any]:
    """Who the token belongs to: {"name", "role"}."""
    return {"name": person.name, "role": person.role}


@router.get("/users")
def users(_: Person = Depends(api_admin), session: Session = Depends(db_session)) -> list[dict[str, Any]]:
    """Every account (`chidao user list --format json`)."""
    return store_accounts.list_users(session)


@router.post("/users", status_code=201)
def add_user(
    request: Request,
    body: NewUser,
    person: Person = Depends(api_admin),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Create an account: {"user", "password" (one-time), "token" (when asked)}."""

    def create() -> dict[str, Any]:
        user, password = store_accounts.add_user(session, body.name, body.role, created_by=person.name)
        token = store_accounts.issue_token(session, user["name"]) if body.token else None
        return {"user": user, "password": password, "token": token}

    return apply(request, session, create)


@router.put("/users/{name}/role")
def set_role(
    request: Request,
    name: str,
    body: RoleChange,
    _: Person = Depends(api_admin),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Give an account another role."""
    return apply(request, session, lambda: store_accounts.set_role(session, name, body.role))
