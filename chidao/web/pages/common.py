"""What every page module shares: the router, rendering a template for a person, going back
after a form with a message."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from chidao.web.auth import Person
from chidao.web.changes import safe_next

router = APIRouter(include_in_schema=False)


def render(
    request: Request, template: str, person: Person | None, status_code: int = 200, **context: Any
) -> HTMLResponse:
    """`template` rendered for `person`, with the message a form left (`?flash=`)."""
    return request.app.state.templates.TemplateResponse(
        request,
        template,
        {"person": person, "flash": request.query_params.get("flash"), **context},
        status_code=status_code,
    )


def back(next_url: str | None, flash: str | None = None, default: str = "/") -> RedirectResponse:
    """A 303 to `next_url` (a path on this site, else `default`), with `flash` shown there."""
    target = safe_next(next_url, default)
    if flash:
        parts = urlsplit(target)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "flash"]
        query.append(("flash", flash))
        target = urlunsplit(("", "", parts.path, urlencode(query), parts.fragment))
    return RedirectResponse(target, status_code=303)


def page_url(request: Request, **changes: Any) -> str:
    """This page's path and query with `changes` (None removes a parameter)."""
    query = {k: v for k, v in request.query_params.items() if k != "flash"}
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = str(value)
    return request.url.path + ("?" + urlencode(query) if query else "")
