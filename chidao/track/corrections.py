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
- `undo_correction(session, number)`: withdraw one correction (not a deletion).

A report's own corrections (its date, deleting it) are in
`chidao.track.document_corrections`; the rows and reading them back
(`list_corrections`, `item_corrections`) in `chidao.track.correction_records`.

Errors: `CorrectionError` (a value or an operation refused, one line) and the
lookup errors of `chidao.store.lookup` (`UnknownId`, `AmbiguousId`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chidao import model
from chidao.report.tables import kind_label
from chidao.store import item_ids, search
from chidao.store.corrected import refresh_derived
from chidao.store.lookup import UnknownId
from chidao.store.schema import TRACKED_KINDS, Correction, Item
from chidao.text.normalize import normalize_text
from chidao.track.correction_fields import CorrectionError, field_spec
from chidao.track.correction_records import (
    active_correction,
    item_result,
    load_document,
    load_item,
    moment,
    parse_reason,
    record,
)
from chidao.track.document_corrections import undo_date
from chidao.track.status import current_user

# Kinds an item can be added of: those with one span (people, places and bodies have mentions).
ADDABLE = {"events": model.Event, "legal_refs": model.LegalRef, "directives": model.Directive,
           "targets": model.Target, "commitments": model.Commitment, "indicators": model.Indicator}
UNDOABLE = ("reject", "correct", "add", "date")


def reject_item(session: Session, ref: str, *, reason: str | None = None, who: str | None = None,
                now: dt.datetime | None = None) -> dict[str, Any]:
    """Mark the item as not an item of its kind (with an optional reason)."""
    item = load_item(session, ref)
    if item.rejected:
        raise CorrectionError(f"mục đã bị loại: {item.id}")
    reason = parse_reason(reason)
    item.rejected = True
    row = record(session, "reject", item.document_id, who=who or current_user(), at=moment(now), item=item,
                 field="rejected", old=False, new=True, reason=reason)
    session.flush()
    refresh_derived(session, item.document_id)
    return item_result(session, item, [row])


def _parse_values(kind: str, values: dict[str, str]) -> list[tuple[str, Any]]:
    """(field, value) pairs, every value checked before anything is written."""
    parsed = []
    for name, raw in values.items():
        spec = field_spec(kind, name)
        try:
            parsed.append((spec.name, spec.parse(raw)))
        except CorrectionError as exc:
            # The field as the web form names it and as the command line types it.
            raise CorrectionError(f"{spec.label} ({spec.name}): {exc}") from None
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
        rows.append(record(session, "correct", item.document_id, who=who, at=at, item=item, field=field,
                           old=old, new=value))
    item.data = data
    item.machine_values = machine or None
    return rows


def correct_item(session: Session, ref: str, values: dict[str, str], *, who: str | None = None,
                 now: dt.datetime | None = None) -> dict[str, Any]:
    """Set fields of an item to the values a person typed ({"speaker": "Tô Lâm"}); an empty
    value is none. Values equal to the current ones change nothing (no row)."""
    item = load_item(session, ref)
    if not values:
        raise CorrectionError("chưa nêu trường nào để sửa")
    parsed = _parse_values(item.kind, values)
    rows = _set_fields(session, item, parsed, who=who or current_user(), at=moment(now))
    session.flush()
    refresh_derived(session, item.document_id)
    return item_result(session, item, rows)


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
    document = load_document(session, document_ref)
    if kind not in ADDABLE:
        raise CorrectionError(f"không thêm được mục loại {kind_label(kind)} "
                              f"(thêm được: {', '.join(ADDABLE)})")
    if (span is None) == (words is None):
        raise CorrectionError("cần đúng một trong hai: vị trí (--span BẮT_ĐẦU KẾT_THÚC) hoặc chữ (--words)")
    start, end = check_span(document.text, *span) if span is not None else \
        locate_words(document.text, words or "", occurrence)
    existing = session.execute(select(Item).where(Item.document_seq == document.seq, Item.kind == kind,
                                                  Item.span_start == start, Item.span_end == end)).scalar()
    if existing is not None:
        rejected = " (đã bị loại: hoàn tác việc loại để giữ lại)" if existing.rejected else ""
        raise CorrectionError(f"đã có mục này: {existing.id}{rejected}")
    parsed = _parse_values(kind, values or {})
    who, at = who or current_user(), moment(now)
    last = session.execute(select(func.max(Item.ordinal)).where(Item.document_seq == document.seq,
                                                                 Item.kind == kind)).scalar()
    ordinal = 0 if last is None else last + 1
    text = document.text[start:end]
    whole = item_ids.whole_ids(session.connection(), document.seq, document.id)
    item = Item(stored_id=item_ids.stored_id(document.id, kind, ordinal, whole), document_seq=document.seq,
                kind=kind, ordinal=ordinal,
                text=text, span_start=start, span_end=end,
                data={**blank_data(kind), "text": text, "span": [start, end]},
                date=document.event_date or document.date, status="open" if kind in TRACKED_KINDS else None,
                orphan=False, rejected=False, origin="person", machine_values=None)
    session.add(item)
    session.flush()
    search.index_rows(session, "item_fts", [(item.seq, text)], document.place_words or "")
    rows = [record(session, "add", document.id, who=who, at=at, item=item, field="added", old=None,
                   new={"span": [start, end]})]
    rows += _set_fields(session, item, parsed, who=who, at=at)
    session.flush()
    refresh_derived(session, document.id)
    return item_result(session, item, rows)


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
    later = active_correction(session, row, later=True)
    if later is not None and row.action in ("correct", "date"):
        raise CorrectionError(f"sửa đổi #{later.seq} sau đó vẫn còn hiệu lực: hoàn tác #{later.seq} trước")
    who, at, reason = who or current_user(), moment(now), parse_reason(reason)
    if row.action == "date":
        return undo_date(session, row, who=who, at=at, reason=reason)
    item = session.execute(select(Item).where(item_ids.with_id(row.item_id))).scalar()
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
        earlier = active_correction(session, row, later=False)
        new = row.old_value if earlier is not None else machine.pop(field, None)
        data[field] = new
        item.data, item.machine_values = data, machine or None
    undo = record(session, "undo", row.document_id, who=who, at=at, item=item, field=field, old=old, new=new,
                  reason=reason)
    session.flush()
    row.undone_by = undo.seq
    refresh_derived(session, item.document_id)
    return item_result(session, item, [undo])
