"""Follow-up of items: status, owner, due date and notes, with a full history.

`set_follow_up(session, item_id, status=…, owner=…, due=…, note=…)` changes what
is given, appends a note to the item's notes, and writes one `status_history`
row per changed field (who: $CHIDAO_USER or the OS user; when: now, UTC).
`item_history(session, item_id)` lists those rows oldest first. An item is
overdue when it is not done or dropped and its due date is before today
(`chidao.store.queries.is_overdue`).
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from chidao.report.tables import KIND_LABELS, kind_label
from chidao.store import item_ids
from chidao.store.locking import hold_write_lock
from chidao.store.queries import get_item
from chidao.store.schema import STATUSES, TRACKED_KINDS, Item, StatusChange
from chidao.text.dates import iso_date

FOLLOW_FIELDS = ("status", "owner", "due", "notes")


class FollowUpError(ValueError):
    """An unknown item or a value that cannot be set, said in one line."""


def current_user() -> str:
    """Who is making a change: $CHIDAO_USER, else the OS user."""
    user = os.environ.get("CHIDAO_USER")
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "unknown"


def parse_due(value: str) -> str:
    """A due date given as dd/mm/yyyy, d/m/yyyy or YYYY-MM-DD, as YYYY-MM-DD; else FollowUpError."""
    due = iso_date(value)
    if due is None or len(due) != 10:
        # Worded as every other date refusal: the value, then the forms it may take.
        raise FollowUpError(f"ngày hạn không hợp lệ: {value} (viết dd/mm/yyyy hoặc yyyy-mm-dd)")
    return due


def set_follow_up(session: Session, item_id: str, *, status: str | None = None, owner: str | None = None,
                  due: str | None = None, note: str | None = None, who: str | None = None,
                  now: dt.datetime | None = None) -> dict[str, Any]:
    """Apply the given changes in the caller's transaction; returns the updated item dict.

    Raises FollowUpError for an unknown item, a kind with no follow-up (only
    directives, targets and commitments are followed up), a bad status or date.
    """
    # Read and write alone among writers: two notes added at once both stay.
    hold_write_lock(session)
    item = session.execute(select(Item).where(item_ids.with_id(item_id))
                           .with_for_update()).scalar_one_or_none()
    if item is None:
        raise FollowUpError(f"không tìm thấy mục: {item_id}")
    if item.kind not in TRACKED_KINDS:
        raise FollowUpError(f"mục loại {kind_label(item.kind)} không có theo dõi (trạng thái, phụ trách, "
                            "hạn, ghi chú chỉ dành cho: "
                            f"{', '.join(KIND_LABELS[k] for k in TRACKED_KINDS)}); "
                            "sửa nội dung bằng `chidao correct`")
    if status is not None and status not in STATUSES:
        raise FollowUpError(f"trạng thái không hợp lệ: {status} (chọn: {', '.join(STATUSES)})")
    wanted: dict[str, str | None] = {}
    if status is not None:
        wanted["status"] = status
    if owner is not None:
        wanted["owner"] = owner.strip() or None
    if due is not None:
        wanted["due"] = parse_due(due) if due.strip() else None
    if note is not None and note.strip():
        wanted["notes"] = (item.notes + "\n" if item.notes else "") + note.strip()
    who = who or current_user()
    now = now or dt.datetime.now(dt.UTC)
    changes = []
    for field, value in wanted.items():
        old = getattr(item, field)
        if old == value:
            continue
        setattr(item, field, value)
        # A note's history row holds the note itself, not the whole notes field.
        new_value = note.strip() if field == "notes" and note else value
        changes.append({"item_id": item_id, "at": now, "who": who, "field": field,
                        "old_value": None if field == "notes" else old, "new_value": new_value})
    if changes:
        session.execute(insert(StatusChange), changes)
    session.flush()
    result = get_item(session, item_id)
    assert result is not None
    return result


def item_history(session: Session, item_id: str) -> list[dict[str, Any]]:
    """Every change to an item's follow-up fields, oldest first: {at, who, field, old, new}."""
    rows = session.scalars(select(StatusChange).where(StatusChange.item_id == item_id)
                           .order_by(StatusChange.seq))
    return [{"at": _iso(row.at), "who": row.who, "field": row.field, "old": row.old_value,
             "new": row.new_value} for row in rows]


def _iso(moment: dt.datetime) -> str:
    # SQLite hands back naive datetimes: they were stored in UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat(timespec="seconds")
