"""Running a person's change in one transaction, and the errors it may end in.

`apply(request, session, change)` runs `change()` (a call into `chidao.track` or
`chidao.store.accounts`), commits, clears the overview's cache and returns the result;
on any error it rolls back, so nothing half-done is kept. `REFUSALS` maps the errors
those functions raise for a person's input to an HTTP status: the API answers them
as JSON, the pages as a page saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi import Request
from sqlalchemy.orm import Session

from chidao.store.accounts import AccountError
from chidao.store.lookup import AmbiguousId, UnknownId
from chidao.track.correction_fields import CorrectionError
from chidao.track.status import FollowUpError
from chidao.web.registers import FilterError

T = TypeVar("T")
REFUSALS: dict[type[Exception], int] = {
    UnknownId: 404,
    AmbiguousId: 409,
    CorrectionError: 400,
    FollowUpError: 400,
    AccountError: 400,
    FilterError: 400,
}


def refusal_status(exc: Exception) -> int | None:
    """The HTTP status for an error a person's input caused, or None for any other."""
    return next((status for kind, status in REFUSALS.items() if isinstance(exc, kind)), None)


def apply(request: Request, session: Session, change: Callable[[], T]) -> T:
    """`change()` committed as one transaction (rolled back on any error)."""
    try:
        result = change()
        session.commit()
    except BaseException:
        session.rollback()
        raise
    request.app.state.overview.clear()
    return result


def safe_next(value: str | None, default: str = "/") -> str:
    """A path on this site to go back to (anything else, e.g. "//evil" or "javascript:", is `default`)."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return default
