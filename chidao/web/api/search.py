"""/search: documents and items, with or without diacritics, best first."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.orm import Session

from chidao.store.queries import search as search_store
from chidao.text.dates import date_refusal, filter_date
from chidao.web.auth import Person, api_viewer, db_session

router = APIRouter(tags=["search"])
SearchKind = Literal[
    "documents", "events", "legal_refs", "directives", "targets", "commitments", "indicators"
]


@router.get("/search")
def search(
    q: str = Query(..., max_length=500, description='Words, e.g. "ma tuy" or "ma túy"'),
    kind: SearchKind | None = None,
    locality: str | None = Query(None, max_length=200),
    person: str | None = Query(None, max_length=200),
    topic: str | None = Query(None, max_length=100),
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    limit: int = Query(20, ge=1, le=200),
    _: Person = Depends(api_viewer),
    session: Session = Depends(db_session),
) -> list[dict[str, Any]]:
    """Hits as `chidao search --format json` prints them: kind, id, document, date, span, snippet, score."""
    bounds = []
    for value in (date_from, date_to):
        iso = filter_date(value) if value is not None else None
        if value is not None and iso is None:
            raise HTTPException(400, date_refusal(value))
        bounds.append(iso)
    date_from, date_to = bounds
    return search_store(
        session,
        q,
        kind=kind,
        locality=locality,
        person=person,
        topic=topic,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
    )
