"""Correcting the machine's reading of a report: the operations the CLI and the web app share.

Each operation works in the caller's transaction on a SQLAlchemy session, takes its
target as an id or a unique prefix of one (`chidao.store.lookup`), the values as a
person typed them, and `who` (default: $CHIDAO_USER, else the OS user). It writes one
`corrections` row per change, with who and when (UTC), and returns a plain dict:
{"item" or "document": what it is now, "corrections": [the rows written]}.

- `reject_item(session, ref, reason=…)`: the item is not an item of its kind; it is
  hidden from registers, reports and search, and stays rejected when a newer
  extractor finds it again.
- `correct_item(session, ref, {field: value})`: fix fields (`chidao.track.correction_fields`
  says which and how they are checked); the machine's value is kept in
  `machine_values`, and re-extraction keeps the person's value.
- `add_item(session, document_ref, kind, span=(start, end) | words=…, occurrence=…,
  values={…})`: an item the extractor missed, grounded: its text is
  `document.text[start:end]`.
- `set_document_date(session, document_ref, date)`: the report's date when its text
  gives none; the report is read again with it (event dates, item dates).
- `delete_document(session, document_ref)`: remove a wrongly ingested report; what
  people entered on its items is kept in the deletion's record.
- `undo_correction(session, number)`: withdraw one correction (not a deletion).
- `list_corrections(session, document_ref=…, item_ref=…)`, `item_corrections(session, id)`.

Errors: `CorrectionError` (a value or an operation refused, one line) and the
lookup errors of `chidao.store.lookup` (`UnknownId`, `AmbiguousId`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from chidao import model
from chidao.store import search
from chidao.store.corrected import has_person_data, refresh_derived
from chidao.store.lookup import UnknownId, resolve_document_id, resolve_item_id
from chidao.store.queries import get_item
from chidao.store.reextract import reextract_document
from chidao.store.rows import document_body, item_id
from chidao.store.schema import TRACKED_KINDS, Correction, Document, DocumentBand, Item, StatusChange
from chidao.text.normalize import normalize_text
from chidao.track.correction_fields import CorrectionError, field_spec, parse_date, parse_text
from chidao.track.status import current_user

# Kinds an item can be added of: those with one span (people, places and bodies have mentions).
ADDABLE = {"events": model.Event, "legal_refs": model.LegalRef, "directives": model.Directive,
           "targets": model.Target, "commitments": model.Commitment, "indicators": model.Indicator}
UNDOABLE = ("reject", "correct", "add", "date")

__all__ = ["CorrectionError", "add_item", "correct_item", "delete_document", "document_summary",
           "item_corrections", "list_corrections", "reject_item", "set_document_date", "undo_correction"]


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    # SQLite hands back naive datetimes: they were stored in UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat(timespec="seconds")


def correction_dict(row: Correction) -> dict[str, Any]:
    """One correction as shown: {id, at, who, action, document_id, item_id, kind, field, old,
    new, reason, undone_by}."""
    return {"id": row.seq, "at": _iso(row.at), "who": row.who, "action": row.action,
            "document_id": row.document_id, "item_id": row.item_id, "kind": row.kind, "field": row.field,
            "old": row.old_value, "new": row.new_value, "reason": row.reason, "undone_by": row.undone_by}


def _record(session: Session, action: str, document_id: str, *, who: str, at: dt.datetime,
            item: Item | None = None, field: str | None = None, old: Any = None, new: Any = None,
            reason: str | None = None) -> Correction:
    row = Correction(at=at, who=who, action=action, document_id=document_id,
                     item_id=item.id if item else None, kind=item.kind if item else None, field=field,
                     old_value=old, new_value=new, reason=reason, undone_by=None)
    session.add(row)
    return row


def _item(session: Session, ref: str) -> Item:
    return session.execute(select(Item).where(Item.id == resolve_item_id(session, ref))).scalar_one()


def _document(session: Session, ref: str) -> Document:
    document_id = resolve_document_id(session, ref)
    return session.execute(select(Document).where(Document.id == document_id)).scalar_one()


def _reason(reason: str | None) -> str | None:
    return parse_text(reason) if reason else None


def _item_result(session: Session, item: Item, rows: list[Correction]) -> dict[str, Any]:
    session.flush()
    found = get_item(session, item.id)
    assert found is not None
    return {"item": found, "corrections": [correction_dict(row) for row in rows]}


def reject_item(session: Session, ref: str, *, reason: str | None = None, who: str | None = None,
                now: dt.datetime | None = None) -> dict[str, Any]:
    """Mark the item as not an item of its kind (with an optional reason)."""
    item = _item(session, ref)
    if item.rejected:
        raise CorrectionError(f"mục đã bị loại: {item.id}")
    reason = _reason(reason)
    item.rejected = True
    row = _record(session, "reject", item.document_id, who=who or current_user(), at=_now(now), item=item,
                  field="rejected", old=False, new=True, reason=reason)
    session.flush()
    refresh_derived(session, item.document_id)
    return _item_result(session, item, [row])


def _parse_values(kind: str, values: dict[str, str]) -> list[tuple[str, Any]]:
    """(field, value) pairs, every value checked before anything is written."""
    parsed = []
    for name, raw in values.items():
        spec = field_spec(kind, name)
        try:
            parsed.append((spec.name, spec.parse(raw)))
        except CorrectionError as exc:
            raise CorrectionError(f"{spec.name}: {exc}") from None
    return parsed


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b


def _set_fields(session: Session, item: Item, parsed: list[tuple[str, Any]], *, who: str,
                at: dt.datetime) -> list[Correction]:
    data = dict(item.data)
    machine = dict(item.machine_values or {})
    rows = []
    for field, value in parsed:
        old = data.get(field)
        if _same(old, value):
            continue
        machine.setdefault(field, old)  # the first correction keeps the machine's value
        data[field] = value
        rows.append(_record(session, "correct", item.document_id, who=who, at=at, item=item, field=field,
                            old=old, new=value))
    item.data = data
    item.machine_values = machine or None
    return rows


def correct_item(session: Session, ref: str, values: dict[str, str], *, who: str | None = None,
                 now: dt.datetime | None = None) -> dict[str, Any]:
    """Set fields of an item to the values a person typed ({"speaker": "Tô Lâm"}); an empty
    value is none. Values equal to the current ones change nothing (no row)."""
    item = _item(session, ref)
    if not values:
        raise CorrectionError("chưa nêu trường nào để sửa")
    parsed = _parse_values(item.kind, values)
    rows = _set_fields(session, item, parsed, who=who or current_user(), at=_now(now))
    session.flush()
    refresh_derived(session, item.document_id)
    return _item_result(session, item, rows)


def locate_words(text: str, words: str, occurrence: int | None = None) -> tuple[int, int]:
    """Where `words` (normalized like report text) occur in `text`: the `occurrence`-th time
    (from 1), or the only time when `occurrence` is None."""
    wanted = normalize_text(words).strip()
    if not wanted:
        raise CorrectionError("chưa nêu chữ nào (--words)")
    starts = []
    at = text.find(wanted)
    while at != -1:
        starts.append(at)
        at = text.find(wanted, at + 1)
    if not starts:
        raise CorrectionError(f"không thấy trong văn bản: {wanted!r}")
    if occurrence is None:
        if len(starts) > 1:
            raise CorrectionError(f"{wanted!r} có {len(starts)} lần trong văn bản: chọn lần nào bằng "
                                  f"--occurrence 1..{len(starts)}")
        occurrence = 1
    if not 1 <= occurrence <= len(starts):
        raise CorrectionError(f"{wanted!r} chỉ có {len(starts)} lần trong văn bản "
                              f"(--occurrence {occurrence})")
    start = starts[occurrence - 1]
    return start, start + len(wanted)


def check_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A span inside `text`, its outer whitespace trimmed; CorrectionError when it is not one."""
    if not 0 <= start < end <= len(text):
        raise CorrectionError(f"vị trí {start}-{end} không nằm trong văn bản (0-{len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise CorrectionError("vị trí chỉ có khoảng trắng")
    return start, end


def blank_data(kind: str) -> dict[str, Any]:
    """The extract@1 fields of a `kind` item with nothing known (lists empty, flags false)."""
    data: dict[str, Any] = {}
    for field in dataclasses.fields(ADDABLE[kind]):
        annotation = str(field.type)
        if field.name in ("text", "span"):
            data[field.name] = None
        elif annotation.startswith("tuple"):
            data[field.name] = []
        elif annotation == "bool":
            data[field.name] = False
        elif annotation in ("EventType", "CommitmentKind"):
            data[field.name] = "other"
        else:
            data[field.name] = None
    return data


def add_item(session: Session, document_ref: str, kind: str, *, span: tuple[int, int] | None = None,
             words: str | None = None, occurrence: int | None = None, values: dict[str, str] | None = None,
             who: str | None = None, now: dt.datetime | None = None) -> dict[str, Any]:
    """Add an item the extractor missed: `kind` and its words, as a span (start, end) of the
    report's text or as the words themselves (with `occurrence` when they occur more than
    once); `values` sets its fields as `correct_item` would."""
    document = _document(session, document_ref)
    if kind not in ADDABLE:
        raise CorrectionError(f"không thêm được mục loại {kind} (thêm được: {', '.join(ADDABLE)})")
    if (span is None) == (words is None):
        raise CorrectionError("cần đúng một trong hai: vị trí (--span BẮT_ĐẦU KẾT_THÚC) hoặc chữ (--words)")
    start, end = check_span(document.text, *span) if span is not None else \
        locate_words(document.text, words or "", occurrence)
    existing = session.execute(select(Item).where(Item.document_id == document.id, Item.kind == kind,
                                                  Item.span_start == start, Item.span_end == end)).scalar()
    if existing is not None:
        rejected = " (đã bị loại: hoàn tác việc loại để giữ lại)" if existing.rejected else ""
        raise CorrectionError(f"đã có mục này: {existing.id}{rejected}")
    parsed = _parse_values(kind, values or {})
    who, at = who or current_user(), _now(now)
    last = session.execute(select(func.max(Item.ordinal)).where(Item.document_id == document.id,
                                                                 Item.kind == kind)).scalar()
    ordinal = 0 if last is None else last + 1
    text = document.text[start:end]
    item = Item(id=item_id(document.id, kind, ordinal), document_id=document.id, kind=kind, ordinal=ordinal,
                text=text, span_start=start, span_end=end,
                data={**blank_data(kind), "text": text, "span": [start, end]},
                date=document.event_date or document.date, status="open" if kind in TRACKED_KINDS else None,
                orphan=False, rejected=False, origin="person", machine_values=None)
    session.add(item)
    session.flush()
    search.index_rows(session, "item_fts", [(item.seq, text)])
    rows = [_record(session, "add", document.id, who=who, at=at, item=item, field="added", old=None,
                    new={"span": [start, end]})]
    rows += _set_fields(session, item, parsed, who=who, at=at)
    session.flush()
    refresh_derived(session, document.id)
    return _item_result(session, item, rows)


def document_summary(session: Session, document_ref: str) -> dict[str, Any]:
    """What a person checks before changing a report: {id, source, title, date, machine_date
    (when a person set the date), event_date, items, person_items (items with something a
    person entered)}."""
    document = _document(session, document_ref)
    return _document_dict(session, document)


def _with_history(session: Session, ids: list[str]) -> set[str]:
    found = set(session.scalars(select(StatusChange.item_id).where(StatusChange.item_id.in_(ids))))
    return found | set(session.scalars(select(Correction.item_id).where(Correction.item_id.in_(ids))))


def _document_dict(session: Session, document: Document) -> dict[str, Any]:
    items = list(session.scalars(select(Item).where(Item.document_id == document.id)))
    history = _with_history(session, [item.id for item in items])
    machine = document.machine_values or {}
    return {"id": document.id, "source": document.source, "title": document.title, "date": document.date,
            "date_corrected": "date" in machine, "machine_date": machine.get("date"),
            "event_date": document.event_date, "items": len(items),
            "person_items": sum(has_person_data(item, history) for item in items)}


def set_document_date(session: Session, document_ref: str, date: str, *, who: str | None = None,
                      now: dt.datetime | None = None) -> dict[str, Any]:
    """Set the report's date (YYYY, YYYY-MM, YYYY-MM-DD or dd/mm/yyyy) and read the report
    again with it, so its event and items are dated."""
    document = _document(session, document_ref)
    value = parse_date(date)
    if value is None:
        raise CorrectionError("chưa nêu ngày")
    rows = []
    if value != document.date:
        machine = dict(document.machine_values or {})
        machine.setdefault("date", document.date)
        rows.append(_record(session, "date", document.id, who=who or current_user(), at=_now(now),
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
    document = _document(session, document_ref)
    reason = _reason(reason)
    summary = _document_dict(session, document)
    items = list(session.scalars(select(Item).where(Item.document_id == document.id)))
    history = _with_history(session, [item.id for item in items])
    kept = [_person_record(item) for item in items if has_person_data(item, history)]
    row = _record(session, "delete", document.id, who=who or current_user(), at=_now(now), field="deleted",
                  old={"source": document.source, "title": document.title, "date": document.date,
                       "machine_values": document.machine_values, "group_id": document.group_id,
                       "items": len(items), "person_items": kept},
                  new=None, reason=reason)
    search.unindex_rows(session, "item_fts", [(item.seq, item.text) for item in items if item.text])
    search.unindex_rows(session, "document_fts",
                        [(document.seq, document_body(document.title, document.text))])
    session.execute(delete(Item).where(Item.document_id == document.id))
    session.execute(delete(DocumentBand).where(DocumentBand.document_id == document.id))
    session.execute(delete(Document).where(Document.id == document.id))
    session.flush()
    return {"document": summary, "corrections": [correction_dict(row)]}


def _active(session: Session, row: Correction, *, later: bool) -> Correction | None:
    """The nearest correction of the same field and target still in force, after (or before) `row`."""
    query = select(Correction).where(Correction.action == row.action, Correction.field == row.field,
                                     Correction.document_id == row.document_id,
                                     Correction.undone_by.is_(None), Correction.seq != row.seq)
    if row.item_id is not None:
        query = query.where(Correction.item_id == row.item_id)
    query = query.where(Correction.seq > row.seq).order_by(Correction.seq) if later else \
        query.where(Correction.seq < row.seq).order_by(Correction.seq.desc())
    return session.execute(query.limit(1)).scalar()


def undo_correction(session: Session, number: int, *, reason: str | None = None, who: str | None = None,
                    now: dt.datetime | None = None) -> dict[str, Any]:
    """Withdraw correction `number`: a rejection is lifted, a field gets back the value before
    it (the machine's, when no earlier correction stands), an added item is rejected, a
    report's date goes back. The undo is itself a correction row; a deletion cannot be undone."""
    row = session.get(Correction, number)
    if row is None:
        raise UnknownId(f"không có sửa đổi số {number}")
    if row.undone_by is not None:
        raise CorrectionError(f"sửa đổi #{number} đã được hoàn tác (#{row.undone_by})")
    if row.action not in UNDOABLE:
        what = ("xoá văn bản (nhập lại tệp để có lại văn bản)" if row.action == "delete"
                else "một lần hoàn tác")
        raise CorrectionError(f"không hoàn tác được {what}: #{number}")
    later = _active(session, row, later=True)
    if later is not None and row.action in ("correct", "date"):
        raise CorrectionError(f"sửa đổi #{later.seq} sau đó vẫn còn hiệu lực: hoàn tác #{later.seq} trước")
    who, at, reason = who or current_user(), _now(now), _reason(reason)
    if row.action == "date":
        return _undo_date(session, row, who=who, at=at, reason=reason)
    item = session.execute(select(Item).where(Item.id == row.item_id)).scalar()
    if item is None:
        raise CorrectionError(f"mục {row.item_id} không còn (văn bản đã bị xoá)")
    if row.action == "reject":
        item.rejected, field, old, new = False, "rejected", True, False
    elif row.action == "add":
        item.rejected, field, old, new = True, "added", True, False
    else:
        field = row.field or ""
        data, machine = dict(item.data), dict(item.machine_values or {})
        old = data.get(field)
        new = row.old_value if _active(session, row, later=False) is not None else machine.pop(field, None)
        data[field] = new
        item.data, item.machine_values = data, machine or None
    undo = _record(session, "undo", row.document_id, who=who, at=at, item=item, field=field, old=old, new=new,
                   reason=reason)
    session.flush()
    row.undone_by = undo.seq
    refresh_derived(session, item.document_id)
    return _item_result(session, item, [undo])


def _undo_date(session: Session, row: Correction, *, who: str, at: dt.datetime,
               reason: str | None) -> dict[str, Any]:
    document = session.execute(select(Document).where(Document.id == row.document_id)).scalar()
    if document is None:
        raise CorrectionError(f"văn bản {row.document_id[:12]} không còn")
    machine = dict(document.machine_values or {})
    old = document.date
    new = row.old_value if _active(session, row, later=False) is not None else machine.pop("date", None)
    document.date, document.machine_values = new, machine or None
    undo = _record(session, "undo", row.document_id, who=who, at=at, field="document_date", old=old, new=new,
                   reason=reason)
    session.flush()
    row.undone_by = undo.seq
    reextract_document(session, document.id, now=at)
    return {"document": _document_dict(session, document), "corrections": [correction_dict(undo)]}


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
