"""Stored reports listed page by page, newest first (the web app's overview and the API).

`list_documents(session, limit=…, offset=…)` -> [{id, source, title, date, event_date,
group_id, added_by, items}] (no text), ordered by the event's date, else the report's,
newest first, undated last; `items` counts the report's items that are neither
rejected nor orphans.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from chidao.store.schema import Document, Item


def list_documents(session: Session, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """One page of reports, newest first (see the module docstring)."""
    when = func.coalesce(Document.event_date, Document.date)
    rows = session.execute(
        select(
            Document.id,
            Document.seq,
            Document.source,
            Document.title,
            Document.date,
            Document.event_date,
            Document.group_id,
            Document.added_by,
        )
        .order_by(when.is_(None), when.desc(), Document.seq.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    counts = (
        dict(
            session.execute(
                select(Document.id, func.count())
                .select_from(Item)
                .join(Document, Document.seq == Item.document_seq)
                .where(
                    Item.document_seq.in_([row.seq for row in rows]),
                    Item.rejected == false(),
                    Item.orphan == false(),
                )
                .group_by(Document.id)
            ).all()
        )
        if rows
        else {}
    )
    return [
        {
            "id": row.id,
            "source": row.source,
            "title": row.title,
            "date": row.date,
            "event_date": row.event_date,
            "group_id": row.group_id,
            "added_by": row.added_by,
            "items": counts.get(row.id, 0),
        }
        for row in rows
    ]


def count_documents(session: Session) -> int:
    """How many reports are stored."""
    return session.execute(select(func.count()).select_from(Document)).scalar_one()
