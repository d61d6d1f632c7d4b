"""Accounts of the web app: users with a role, API tokens and browser sessions.

Passwords are hashed with argon2 (`argon2-cffi`); tokens and session cookies are
random (`secrets`) and stored only as their SHA-256, so a copy of the store gives
no one a way in. Every function works in the caller's transaction and returns
plain dicts: {"id", "name", "role", "created_at", "created_by", "disabled"}.

- `add_user(session, name, role, created_by=…)` -> (user, one-time password), which the
  person replaces at their first login (`set_password`);
- `issue_token(session, name)` -> the token (shown once);
- `authenticate(session, name, password)` -> user | None;
- `token_user(session, token)` -> user | None;
- `open_browser_session(session, user_id)` -> (cookie value, CSRF token);
- `browser_session(session, cookie)` -> (user, CSRF token) | None; `close_browser_session`;
- `list_users`, `set_role`, `set_disabled`, `reset_password`.

Errors: `AccountError` (a name or role refused, said in one line, Vietnamese).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

import regex
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from chidao.store.account_tables import ROLES, ApiToken, User, WebSession

SESSION_HOURS = 12
MIN_PASSWORD = 10
_NAME = regex.compile(r"[\p{L}\p{N}._@-]{1,64}")
_hasher = PasswordHasher()


class AccountError(ValueError):
    """A name, role or account operation refused, said in one line."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes: they were stored in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def user_dict(user: User) -> dict[str, Any]:
    """A user as shown: {id, name, role, created_at (ISO, UTC), created_by, disabled,
    password_temporary}."""
    return {
        "id": user.id,
        "name": user.name,
        "role": user.role,
        "created_at": _aware(user.created_at).isoformat(timespec="seconds"),
        "created_by": user.created_by,
        "disabled": bool(user.disabled),
        "password_temporary": bool(user.password_temporary),
    }


def check_role(role: str) -> str:
    """`role` when it is one of ROLES, else AccountError."""
    if role not in ROLES:
        raise AccountError(f"vai trò không hợp lệ: {role} (chọn: {', '.join(ROLES)})")
    return role


def _find(session: Session, name: str) -> User:
    user = session.execute(select(User).where(User.name == name.strip())).scalar_one_or_none()
    if user is None:
        raise AccountError(f"không có tài khoản: {name}")
    return user


def new_password() -> str:
    """A one-time password: 16 random URL-safe characters."""
    return secrets.token_urlsafe(12)


def add_user(
    session: Session, name: str, role: str, *, created_by: str | None = None, now: dt.datetime | None = None
) -> tuple[dict[str, Any], str]:
    """Create an account; returns (the user, its one-time password, shown once)."""
    name = name.strip()
    if not _NAME.fullmatch(name):
        raise AccountError(f"tên tài khoản không hợp lệ: {name!r} (chữ, số, . _ @ -, tối đa 64 ký tự)")
    check_role(role)
    if session.execute(select(User.id).where(User.name == name)).first() is not None:
        raise AccountError(f"đã có tài khoản: {name}")
    password = new_password()
    user = User(
        name=name,
        role=role,
        password_hash=_hasher.hash(password),
        created_at=now or _now(),
        created_by=created_by,
        disabled=False,
        password_temporary=True,
    )
    session.add(user)
    session.flush()
    return user_dict(user), password


def reset_password(session: Session, name: str) -> str:
    """A new one-time password for `name` (its browser sessions end)."""
    user = _find(session, name)
    password = new_password()
    user.password_hash, user.password_temporary = _hasher.hash(password), True
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    session.flush()
    return password


def set_password(session: Session, name: str, old: str, new: str) -> dict[str, Any]:
    """Replace `name`'s password (the one-time one, or their own) after checking the old one;
    the new one has at least MIN_PASSWORD characters and differs from the old."""
    user = _find(session, name)
    try:
        _hasher.verify(user.password_hash, old)
    except (VerificationError, InvalidHashError):
        raise AccountError("mật khẩu hiện tại không đúng") from None
    if len(new) < MIN_PASSWORD:
        raise AccountError(f"mật khẩu mới cần ít nhất {MIN_PASSWORD} ký tự")
    if new == old:
        raise AccountError("mật khẩu mới phải khác mật khẩu cũ")
    user.password_hash, user.password_temporary = _hasher.hash(new), False
    session.flush()
    return user_dict(user)


def list_users(session: Session) -> list[dict[str, Any]]:
    """Every account, by name."""
    return [user_dict(user) for user in session.scalars(select(User).order_by(User.name))]


def set_role(session: Session, name: str, role: str) -> dict[str, Any]:
    """Give `name` another role."""
    user = _find(session, name)
    user.role = check_role(role)
    session.flush()
    return user_dict(user)


def set_disabled(session: Session, name: str, disabled: bool) -> dict[str, Any]:
    """Disable (or enable again) an account; a disabled one cannot log in or use its tokens."""
    user = _find(session, name)
    user.disabled = disabled
    if disabled:
        session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    session.flush()
    return user_dict(user)


def authenticate(session: Session, name: str, password: str) -> dict[str, Any] | None:
    """The user when `password` is theirs and the account is enabled, else None."""
    user = session.execute(select(User).where(User.name == name.strip())).scalar_one_or_none()
    if user is None:
        _hasher.hash(password)  # as slow as a wrong password, so names cannot be probed by timing
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if user.disabled:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        session.flush()
    return user_dict(user)


def issue_token(session: Session, name: str, *, now: dt.datetime | None = None) -> str:
    """A new API token for `name` (stored as its SHA-256; returned once)."""
    user = _find(session, name)
    token = "cd_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_digest(token), created_at=now or _now(), revoked=False))
    session.flush()
    return token


def token_user(session: Session, token: str) -> dict[str, Any] | None:
    """The enabled user a bearer token belongs to, or None."""
    row = session.execute(
        select(User)
        .join(ApiToken, ApiToken.user_id == User.id)
        .where(ApiToken.token_hash == _digest(token), ApiToken.revoked.is_(False))
    ).scalar_one_or_none()
    return user_dict(row) if row is not None and not row.disabled else None


def open_browser_session(
    session: Session, user_id: int, *, now: dt.datetime | None = None
) -> tuple[str, str]:
    """(cookie value, CSRF token) of a new browser session, valid SESSION_HOURS."""
    now = now or _now()
    cookie, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=_digest(cookie),
            user_id=user_id,
            csrf_token=csrf,
            created_at=now,
            expires_at=now + dt.timedelta(hours=SESSION_HOURS),
        )
    )
    session.flush()
    return cookie, csrf


def browser_session(
    session: Session, cookie: str, *, now: dt.datetime | None = None
) -> tuple[dict[str, Any], str] | None:
    """(user, CSRF token) of a live browser session, or None (unknown, expired, user disabled)."""
    row = session.execute(
        select(WebSession, User)
        .join(User, User.id == WebSession.user_id)
        .where(WebSession.token_hash == _digest(cookie))
    ).first()
    if row is None:
        return None
    web_session, user = row
    if _aware(web_session.expires_at) <= (now or _now()) or user.disabled:
        return None
    return user_dict(user), web_session.csrf_token


def close_browser_session(session: Session, cookie: str) -> None:
    """End a browser session (logout)."""
    session.execute(delete(WebSession).where(WebSession.token_hash == _digest(cookie)))
    session.flush()
