"""Who is asking, and what they may do: browser sessions with CSRF tokens, API bearer tokens,
roles, and a throttle on failed logins.

- Pages: the `chidao_session` cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) names a
  browser session (`chidao.store.accounts`); every form carries its CSRF token.
  `page_viewer` / `page_editor` / `page_admin` give the `Person` or raise `LoginRequired`
  (-> the login page), `PasswordChangeRequired` (-> the page replacing a one-time
  password) or `PageForbidden` (-> a 403 page); `form_*` also check the CSRF token of a
  POSTed form.
- API: `Authorization: Bearer TOKEN`; `api_viewer` / `api_editor` / `api_admin` raise
  401 or 403 as JSON.
- Roles are ordered: viewer < editor < admin.
"""

from __future__ import annotations

import hmac
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import Depends, Form, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from chidao.report.tables import ROLE_LABELS
from chidao.store import accounts
from chidao.store.account_tables import ROLES

SESSION_COOKIE = "chidao_session"
LOGIN_COOKIE = "chidao_login"  # the login form's CSRF token, before there is a session


@dataclass(frozen=True, slots=True)
class Person:
    """A logged-in user: name, role, and the CSRF token of their browser session (None for the API)."""

    name: str
    role: str
    csrf: str | None = None
    password_temporary: bool = False

    def can(self, role: str) -> bool:
        """Whether this person's role is `role` or above."""
        return ROLES.index(self.role) >= ROLES.index(role)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


class LoginRequired(Exception):
    """A page asked for without a live session: answered by the login page."""


class PasswordChangeRequired(Exception):
    """A person still on a one-time password: answered by the page that replaces it."""


class PageForbidden(Exception):
    """A page or form this person's role (or a missing CSRF token) does not allow."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def db_session(request: Request) -> Iterator[Session]:
    """A SQLAlchemy session on the app's store, closed after the request."""
    with Session(request.app.state.engine) as session:
        yield session


def _page_person(request: Request, session: Session = Depends(db_session)) -> Person:
    cookie = request.cookies.get(SESSION_COOKIE)
    found = accounts.browser_session(session, cookie) if cookie else None
    if found is None:
        raise LoginRequired()
    user, csrf = found
    return Person(user["name"], user["role"], csrf, user["password_temporary"])


def session_person(request: Request) -> Person | None:
    """The logged-in person of a request, or None: for a page made outside a route's
    dependencies (an error page), which shows the normal header to whoever is logged in."""
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    with Session(request.app.state.engine) as session:
        found = accounts.browser_session(session, cookie)
    if found is None:
        return None
    user, csrf = found
    return Person(user["name"], user["role"], csrf, user["password_temporary"])


def page_person(person: Person = Depends(_page_person)) -> Person:
    """The logged-in person, even on a one-time password (the password page itself)."""
    return person


def _need(person: Person, role: str) -> Person:
    if person.password_temporary:
        raise PasswordChangeRequired()
    if not person.can(role):
        raise PageForbidden(
            f"Tài khoản {person.name} ({person.role_label}) không có quyền này: cần vai trò "
            f"{ROLE_LABELS[role]}."
        )
    return person


def page_viewer(person: Person = Depends(_page_person)) -> Person:
    return _need(person, "viewer")


def page_editor(person: Person = Depends(_page_person)) -> Person:
    return _need(person, "editor")


def page_admin(person: Person = Depends(_page_person)) -> Person:
    return _need(person, "admin")


def check_csrf(person: Person, token: str) -> None:
    """PageForbidden unless `token` is the CSRF token of the person's session."""
    if not person.csrf or not hmac.compare_digest(person.csrf, token or ""):
        raise PageForbidden("Biểu mẫu đã hết hạn hoặc không hợp lệ (mã CSRF sai): tải lại trang rồi thử lại.")


def form_person(csrf: str = Form(""), person: Person = Depends(_page_person)) -> Person:
    """The logged-in person posting a form with their CSRF token (one-time password or not)."""
    check_csrf(person, csrf)
    return person


def form_editor(csrf: str = Form(""), person: Person = Depends(_page_person)) -> Person:
    check_csrf(person, csrf)
    return _need(person, "editor")


def form_admin(csrf: str = Form(""), person: Person = Depends(_page_person)) -> Person:
    check_csrf(person, csrf)
    return _need(person, "admin")


_bearer = HTTPBearer(auto_error=False, description="An API token from `chidao user add NAME --token`.")


def _api_person(
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),
    session: Session = Depends(db_session),
) -> Person:
    user = accounts.token_user(session, credentials.credentials) if credentials else None
    if user is None:
        raise HTTPException(
            401,
            "cần mã API hợp lệ: Authorization: Bearer MÃ (chidao user add TÊN --token)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Person(user["name"], user["role"])


def _api_need(person: Person, role: str) -> Person:
    if not person.can(role):
        raise HTTPException(403, f"tài khoản {person.name} ({person.role}) không có quyền này: cần {role}")
    return person


def api_viewer(person: Person = Depends(_api_person)) -> Person:
    return person


def api_editor(person: Person = Depends(_api_person)) -> Person:
    return _api_need(person, "editor")


def api_admin(person: Person = Depends(_api_person)) -> Person:
    return _api_need(person, "admin")


class LoginThrottle:
    """Failed logins remembered per account name and per client address: after `limit` failures
    within `window` seconds, further attempts are refused until the oldest failure ages out."""

    def __init__(self, limit: int = 5, window: float = 900.0, per_address: int = 20) -> None:
        self.limit, self.window, self.per_address = limit, window, per_address
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def wait(self, name: str, address: str, now: float | None = None) -> int:
        """Seconds to wait before `name` may try again from `address` (0: may try now)."""
        now = time.monotonic() if now is None else now
        waits = []
        for key, limit in (
            (f"name:{name.strip().lower()}", self.limit),
            (f"addr:{address}", self.per_address),
        ):
            failures = self._recent(key, now)
            if len(failures) >= limit:
                waits.append(int(failures[0] + self.window - now) + 1)
        return max(waits, default=0)

    def failed(self, name: str, address: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        for key in (f"name:{name.strip().lower()}", f"addr:{address}"):
            self._recent(key, now).append(now)

    def succeeded(self, name: str) -> None:
        self._failures.pop(f"name:{name.strip().lower()}", None)
