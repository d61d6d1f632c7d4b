"""Search: one box, diacritics optional, hits grouped by kind with the words marked."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from chidao.store.queries import search
from chidao.web.auth import Person, db_session, page_viewer
from chidao.web.highlight import highlight_terms
from chidao.web.pages.common import render, router

SEARCH_ORDER = ("documents", "directives", "targets", "commitments", "indicators", "events", "legal_refs")


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = "",
    person: Person = Depends(page_viewer),
    session: Session = Depends(db_session),
) -> HTMLResponse:
    hits = search(session, q, limit=60) if q.strip() else []
    groups = {kind: [hit for hit in hits if hit["kind"] == kind] for kind in SEARCH_ORDER}
    return render(
        request,
        "search.html",
        person,
        q=q,
        count=len(hits),
        groups={kind: found for kind, found in groups.items() if found},
        mark=lambda text: highlight_terms(text or "", q),
    )
