"""Corrections of a whole report: its date when the text gives none, and deleting it.

- `document_summary(session, document_ref)`: what a person checks first: {id, source,
  title, date, date_corrected, machine_date (the source's own date once a person set
  one), event_date, items, person_items (items with something a person entered)}.
- `set_document_date(session, document_ref, date, who=…)`: the report is read again with
  the date, so "Ngày 14/3" gets its year and its items are dated.
- `delete_document(session, document_ref, reason=…, who=…)`: remove a report ingested by
  mistake; its record keeps what people entered on its items.
- `undo_date(session, row, …)`: give a report back its date before correction `row`
  (called by `chidao.track.corrections.undo_correction`).

Each returns {"document": …, "corrections": [rows written]}, like the item operations.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from chidao.store import search
from chidao.store.corrected import has_person_data
from chidao.store.reextract import reextract_document
from chidao.store.rows import document_body
from chidao.store.schema import Correction, Document, DocumentBand, Item
from chidao.track.correction_fields import CorrectionError, parse_date
from chidao.track.correction_records import (
    active_correction,
    correction_dict,
    load_document,
    moment,
    parse_reason,
    record,
    with_history,
)
from chidao.track.status import current_user


def document_summary(session: Session, document_ref: str) -> dict[str, Any]:
    """What a person checks before changing a report: {id, source, title, date, machine_date
    (when a person set the date), event_date, items, person_items (items with something a
    person entered)}."""
    document = load_document(session, document_ref, for_change=False)
    return _document_dict(session, document)


def _items_and_history(session: Session, document: Document) -> tuple[list[Item], set[str]]:
    """The report's items, and the ids of those with follow-up history (`with_history`)."""
    items = list(session.scalars(select(Item).where(Item.document_seq == document.seq)))
    return items, with_history(session, [item.id for item in items])


def _document_dict(session: Session, document: Document,
                   found: tuple[list[Item], set[str]] | None = None) -> dict[str, Any]:
    """The summary of `document`; `found`: its items and history when the caller has read them."""
    items, history = found or _items_and_history(session, document)
    machine = document.machine_values or {}
    return {"id": document.id, "source": document.source, "title": document.title, "date": document.date,
            "date_corrected": "date" in machine, "machine_date": machine.get("date"),
            "event_date": document.event_date, "items": len(items),
            "person_items": sum(has_person_data(item, history) for item in items)}


def set_document_date(session: Session, document_ref: str, date: str, *, who: str | None = None,
                      now: dt.datetime | None = None) -> dict[str, Any]:
    """Set the report's date (YYYY, YYYY-MM, YYYY-MM-DD, dd/mm/yyyy or mm/yyyy) and read the
    report again with it, so its event and items are dated; the same date again changes nothing."""
    document = load_document(session, document_ref)
    value = parse_date(date)
    if value is None:
        raise CorrectionError("chưa nêu ngày")
    rows = []
    if value != document.date:
        machine = dict(document.machine_values or {})
        machine.setdefault("date", document.date)
        rows.append(record(session, "date", document.id, who=who or current_user(), at=moment(now),
                           field="document_date", old=document.date, new=value))
        document.date, document.machine_values = value, machine
        session.flush()
        reextract_document(session, document.id, now=now)
    return {"document": _document_dict(session, document), "corrections": [correction_dict(r) for r in rows]}


def _person_record(item: Item) -> dict[str, Any]:
    """What a deleted report's item carried of a person's: kept in the deletion's record."""
    return {"id": item.id, "kind": item.kind, "text": item.text, "span": [item.span_start, item.span_end],
            "status": item.status, "owner": item.owner, "due": item.due, "notes": item.notes,
            "rejected": bool(item.rejected), "origin": item.origin,
            "machine_values": item.machine_values,
            "data": item.data if item.origin == "person" or item.machine_values else None}


def delete_document(session: Session, document_ref: str, *, reason: str | None = None,
                    who: str | None = None, now: dt.datetime | None = None) -> dict[str, Any]:
    """Remove a report, its items and search rows. The deletion's record keeps the report's
    source, title and date and everything people entered on its items (follow-up fields and
    corrections); their history rows stay too. The text itself is not kept."""
    document = load_document(session, document_ref)
    reason = parse_reason(reason)
    items, history = _items_and_history(session, document)
    summary = _document_dict(session, document, (items, history))
    kept = [_person_record(item) for item in items if has_person_data(item, history)]
    row = record(session, "delete", document.id, who=who or current_user(), at=moment(now), field="deleted",
                 old={"source": document.source, "title": document.title, "date": document.date,
                      "machine_values": document.machine_values, "group_id": document.group_id,
                      "items": len(items), "person_items": kept},
                 new=None, reason=reason)
    place = document.place_words or ""
    search.unindex_rows(session, "item_fts", [(item.seq, item.text) for item in items if item.text], place)
    search.unindex_rows(session, "document_fts",
                        [(document.seq, document_body(document.title, document.text))], place)
    session.execute(delete(Item).where(Item.document_seq == document.seq))
    session.execute(delete(DocumentBand).where(DocumentBand.document_seq == document.seq))
    session.execute(delete(Document).where(Document.id == document.id))
    session.flush()
    return {"document": summary, "corrections": [correction_dict(row)]}


def undo_date(session: Session, row: Correction, *, who: str, at: dt.datetime,
              reason: str | None) -> dict[str, Any]:
    """Give the report back its date before correction `row` (the source's own date when no
    earlier correction stands) and read it again; `row` is marked undone."""
    document = session.execute(select(Document).where(Document.id == row.document_id)).scalar()
    if document is None:
        raise CorrectionError(f"văn bản {row.document_id[:12]} không còn")
    machine = dict(document.machine_values or {})
    old = document.date
    earlier = active_correction(session, row, later=False)
    new = row.old_value if earlier is not None else machine.pop("date", None)
    document.date, document.machine_values = new, machine or None
    undo = record(session, "undo", row.document_id, who=who, at=at, field="document_date", old=old, new=new,
                  reason=reason)
    session.flush()
    row.undone_by = undo.seq
    reextract_document(session, document.id, now=at)
    return {"document": _document_dict(session, document), "corrections": [correction_dict(undo)]}
