"""The record of corrections: writing one row, reading them back, and what every operation
shares (loading its target by id or prefix, who and when, the dict it returns).

- `record(session, action, document_id, who=…, at=…, item=…, field=…, old=…, new=…, reason=…)`
  adds one `corrections` row; `correction_dict(row)` is how it is shown: {id, at, who,
  action, document_id, item_id, kind, field, old, new, reason, undone_by}.
- `item_corrections(session, item_id)`, `list_corrections(session, document_ref=…,
  item_ref=…)`: rows oldest first (a deleted report's too, by its id or a prefix).
- `active_correction(session, row, later=…)`: the nearest correction of the same field
  still in force after (or before) `row`, which undo needs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chidao.store import item_ids
from chidao.store.locking import hold_write_lock
from chidao.store.lookup import UnknownId, resolve_document_id, resolve_item_id
from chidao.store.queries import get_item
from chidao.store.schema import Correction, Document, Item, StatusChange
from chidao.track.correction_fields import parse_text


def moment(now: dt.datetime | None) -> dt.datetime:
    """When a change is made: `now` when a caller gives it (tests), else the current time in UTC."""
    return now or dt.datetime.now(dt.UTC)


def _iso(at: dt.datetime) -> str:
    # SQLite hands back naive datetimes: they were stored in UTC.
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.isoformat(timespec="seconds")


def correction_dict(row: Correction) -> dict[str, Any]:
    """One correction as shown: {id, at, who, action, document_id, item_id, kind, field, old,
    new, reason, undone_by}."""
    return {"id": row.seq, "at": _iso(row.at), "who": row.who, "action": row.action,
            "document_id": row.document_id, "item_id": row.item_id, "kind": row.kind, "field": row.field,
            "old": row.old_value, "new": row.new_value, "reason": row.reason, "undone_by": row.undone_by}


def record(session: Session, action: str, document_id: str, *, who: str, at: dt.datetime,
           item: Item | None = None, field: str | None = None, old: Any = None, new: Any = None,
           reason: str | None = None) -> Correction:
    """Add one corrections row (caller's transaction) and return it."""
    row = Correction(at=at, who=who, action=action, document_id=document_id,
                     item_id=item.id if item else None, kind=item.kind if item else None, field=field,
                     old_value=old, new_value=new, reason=reason, undone_by=None)
    session.add(row)
    return row


def load_item(session: Session, ref: str) -> Item:
    """The item `ref` (an id or a unique prefix) names, locked for the change about to be made;
    UnknownId / AmbiguousId."""
    hold_write_lock(session)
    return session.execute(select(Item).where(item_ids.with_id(resolve_item_id(session, ref)))
                           .with_for_update()).scalar_one()


def load_document(session: Session, ref: str, *, for_change: bool = True) -> Document:
    """The report `ref` (an id or a unique prefix) names, locked for the change about to be made
    unless `for_change` is false; UnknownId / AmbiguousId."""
    query = select(Document).where(Document.id == resolve_document_id(session, ref))
    if not for_change:
        return session.execute(query).scalar_one()
    hold_write_lock(session)
    return session.execute(query.with_for_update()).scalar_one()


def parse_reason(reason: str | None) -> str | None:
    """A reason as one line of text (CorrectionError otherwise), None when not given."""
    return parse_text(reason) if reason else None


def item_result(session: Session, item: Item, rows: list[Correction]) -> dict[str, Any]:
    """What an item operation returns: {"item": the item as registers show it, "corrections": rows}."""
    session.flush()
    found = get_item(session, item.id)
    assert found is not None
    return {"item": found, "corrections": [correction_dict(row) for row in rows]}


def with_history(session: Session, ids: list[str]) -> set[str]:
    """Those of the item `ids` that have a follow-up or a correction row."""
    found = set(session.scalars(select(StatusChange.item_id).where(StatusChange.item_id.in_(ids))))
    return found | set(session.scalars(select(Correction.item_id).where(Correction.item_id.in_(ids))))


def active_correction(session: Session, row: Correction, *, later: bool) -> Correction | None:
    """The nearest correction of the same field and target still in force, after (or before) `row`."""
    query = select(Correction).where(Correction.action == row.action, Correction.field == row.field,
                                     Correction.document_id == row.document_id,
                                     Correction.undone_by.is_(None), Correction.seq != row.seq)
    if row.item_id is not None:
        query = query.where(Correction.item_id == row.item_id)
    query = query.where(Correction.seq > row.seq).order_by(Correction.seq) if later else \
        query.where(Correction.seq < row.seq).order_by(Correction.seq.desc())
    return session.execute(query.limit(1)).scalar()


def item_corrections(session: Session, item_id: str) -> list[dict[str, Any]]:
    """The corrections of one item, oldest first."""
    return [correction_dict(row) for row in session.scalars(
        select(Correction).where(Correction.item_id == item_id).order_by(Correction.seq))]


def list_corrections(session: Session, *, document_ref: str | None = None,
                     item_ref: str | None = None) -> list[dict[str, Any]]:
    """Corrections, oldest first: all, a report's (a deleted report too, by its id or a
    prefix), or one item's."""
    query = select(Correction).order_by(Correction.seq)
    if item_ref is not None:
        query = query.where(Correction.item_id == resolve_item_id(session, item_ref))
    if document_ref is not None:
        query = query.where(Correction.document_id == _corrected_document_id(session, document_ref))
    return [correction_dict(row) for row in session.scalars(query)]


def _corrected_document_id(session: Session, ref: str) -> str:
    """A stored report's id, else the id of a deleted one that has corrections."""
    try:
        return resolve_document_id(session, ref)
    except UnknownId:
        ref = ref.strip().lower()
        found = [doc for doc in session.scalars(select(Correction.document_id).distinct())
                 if doc.startswith(ref)]
        if len(found) != 1:
            raise
        return found[0]
