"""Logging in and out: the only page served without a session."""

from __future__ import annotations

import secrets
from urllib.parse import quote

from fastapi import Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from chidao.store import accounts
from chidao.web.auth import LOGIN_COOKIE, SESSION_COOKIE, Person, db_session, form_person, page_person
from chidao.web.changes import safe_next
from chidao.web.pages.common import render, router


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _login_page(request: Request, next_url: str, error: str | None = None, status: int = 200) -> Response:
    # One token per browser: a second tab (or a favicon fetch redirected here) keeps the first valid.
    token = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)
    response = render(request, "login.html", None, status_code=status, csrf=token, next=next_url, error=error)
    response.set_cookie(
        LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request), max_age=3600
    )
    return response


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/login")
def login_form(request: Request, next: str = "/", session: Session = Depends(db_session)) -> Response:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie and accounts.browser_session(session, cookie):
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_page(request, safe_next(next))


@router.post("/login")
def login(
    request: Request,
    name: str = Form(""),
    password: str = Form(""),
    csrf: str = Form(""),
    next: str = Form("/"),
    session: Session = Depends(db_session),
) -> Response:
    expected = request.cookies.get(LOGIN_COOKIE)
    if not expected or not secrets.compare_digest(expected, csrf):
        return _login_page(request, safe_next(next), "Phiên đăng nhập đã hết hạn: vui lòng thử lại.", 400)
    throttle = request.app.state.throttle
    address = request.client.host if request.client else "?"
    wait = throttle.wait(name, address)
    if wait:
        minutes = (wait + 59) // 60
        return _login_page(
            request, safe_next(next), f"Đăng nhập sai quá nhiều lần: thử lại sau {minutes} phút.", 429
        )
    user = accounts.authenticate(session, name, password)
    if user is None:
        throttle.failed(name, address)
        session.rollback()
        return _login_page(request, safe_next(next), "Sai tên đăng nhập hoặc mật khẩu.", 401)
    throttle.succeeded(name)
    cookie, _csrf = accounts.open_browser_session(session, user["id"])
    session.commit()
    target = (
        f"/password?next={quote(safe_next(next), safe='')}" if user["password_temporary"] else safe_next(next)
    )
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
        max_age=accounts.SESSION_HOURS * 3600,
    )
    response.delete_cookie(LOGIN_COOKIE)
    return response


@router.post("/logout")
def logout(
    request: Request, person: Person = Depends(form_person), session: Session = Depends(db_session)
) -> Response:
    accounts.close_browser_session(session, request.cookies.get(SESSION_COOKIE, ""))
    session.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/password")
def password_form(request: Request, next: str = "/", person: Person = Depends(page_person)) -> Response:
    return render(request, "password.html", person, next=safe_next(next), error=None)


@router.post("/password")
def change_password(
    request: Request,
    old: str = Form(""),
    new: str = Form(""),
    again: str = Form(""),
    next: str = Form("/"),
    person: Person = Depends(form_person),
    session: Session = Depends(db_session),
) -> Response:
    if new != again:
        return render(
            request,
            "password.html",
            person,
            status_code=400,
            next=safe_next(next),
            error="Hai lần nhập mật khẩu mới không khớp.",
        )
    try:
        accounts.set_password(session, person.name, old, new)
        session.commit()
    except accounts.AccountError as exc:
        session.rollback()
        return render(
            request,
            "password.html",
            person,
            status_code=400,
            next=safe_next(next),
            error=f"Chưa đổi được: {exc}.",
        )
    return RedirectResponse(f"{safe_next(next)}", status_code=303)
