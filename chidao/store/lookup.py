"""Find a document or an item by its id or by the first characters of it.

Ids are long (a document's is 64 hex characters, an item's
"3f2a9c1b04de:directives:4"), so every command takes a unique prefix instead:

- `resolve_document_id(session, ref)`: "3f2a9c" is the document whose id starts so.
- `resolve_item_id(session, ref)`: the exact id, else an id starting with `ref`
  ("3f2a9c1b04de:tar" when one target), else, for "PREFIX:KIND:N", item N of that
  kind in the document whose id starts with PREFIX ("3f2a:directives:4").

A ref that names nothing raises `UnknownId`; one that names several raises
`AmbiguousId` listing the candidates (at most `SHOWN`), so a person can pick.
"""

from __future__ import annotations

from typing import Any

import regex
from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from chidao.store import item_ids
from chidao.store.item_data import ID_PREFIX
from chidao.store.schema import Document, Item

SHOWN = 8
_AFTER_ANY = chr(0x10FFFF)  # sorts after every character of an id, byte-wise
_KIND_ORDINAL = regex.compile(r"(?P<document>[0-9a-f]+):(?P<kind>[a-z_]+):(?P<ordinal>\d+)")
_HEX = regex.compile(r"[0-9a-f]+")


class IdLookupError(LookupError):
    """A reference that does not name exactly one document or item (message in Vietnamese)."""


class UnknownId(IdLookupError):
    pass


class AmbiguousId(IdLookupError):
    def __init__(self, what: str, ref: str, candidates: list[str]) -> None:
        listed = ", ".join(candidates[:SHOWN]) + (", …" if len(candidates) > SHOWN else "")
        super().__init__(f"mã {what} không rõ ràng: {ref} (có thể là {listed})")
        self.candidates = candidates


def _escape(value: str) -> str:
    """`value` for a LIKE pattern with its own %, _ and \\ taken literally."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_prefix(value: str) -> str:
    """A LIKE pattern for "starts with `value`"."""
    return _escape(value) + "%"


def _starts_with(session: Session, column: Any, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`: on SQLite a range of the id index (its LIKE ignores
    the index), elsewhere LIKE."""
    if session.get_bind().dialect.name == "sqlite":
        return and_(column >= prefix, column < prefix + _AFTER_ANY)
    return column.like(_like_prefix(prefix), escape="\\")


def resolve_document_id(session: Session, ref: str) -> str:
    """The id of the one document whose id is or starts with `ref`; UnknownId / AmbiguousId."""
    ref = ref.strip().lower()  # ids are lower-case hex
    if not ref:
        raise UnknownId("không tìm thấy văn bản: (mã trống)")
    found = list(session.scalars(select(Document.id).where(_starts_with(session, Document.id, ref))
                                 .order_by(Document.id).limit(SHOWN + 1)))
    if ref in found:
        return ref
    if not found:
        raise UnknownId(f"không tìm thấy văn bản: {ref}")
    if len(found) > 1:
        raise AmbiguousId("văn bản", ref, found)
    return found[0]


def _reports_starting(prefix: str) -> Any:
    """The row numbers of the reports whose id starts with `prefix` (hex): their items are then
    found through (report, kind, ordinal), whatever the planner would make of a join."""
    return select(Document.seq).where(item_ids.starts_with(Document.id, prefix))


def resolve_item_id(session: Session, ref: str) -> str:
    """The id of the one item `ref` names (see the module docstring); UnknownId / AmbiguousId."""
    ref = ref.strip().lower()  # ids are lower case
    if not ref:
        raise UnknownId("không tìm thấy mục: (mã trống)")
    item_id = item_ids.id_sql(Document.id)
    items = select(item_id).select_from(Item).join(Document, Document.seq == Item.document_seq)
    if session.execute(items.where(item_ids.with_id(ref)).limit(1)).first() is not None:
        return ref
    # Ids starting with `ref`: stored ones from their index, made ones from their reports'
    # (a made id is the report's first 12 characters, ":", the kind, ":", the number).
    found = set(session.scalars(select(Item.stored_id).where(_starts_with(session, Item.stored_id, ref))
                                .order_by(Item.stored_id).limit(SHOWN + 1)))
    document, colon, _ = ref.partition(":")
    if _HEX.fullmatch(document) and (len(document) == ID_PREFIX if colon else len(document) <= ID_PREFIX):
        made = items.where(Item.document_seq.in_(_reports_starting(document)), Item.stored_id.is_(None))
        if colon:
            made = made.where(item_id.like(_like_prefix(ref), escape="\\"))
        found |= set(session.scalars(made.order_by(Document.id, Item.kind, Item.ordinal).limit(SHOWN + 1)))
    if not found and (parts := _KIND_ORDINAL.fullmatch(ref)):
        # "3f2a:directives:4": the document part is a prefix, the kind and number are whole.
        found = set(session.scalars(
            items.where(Item.document_seq.in_(_reports_starting(parts["document"])),
                        Item.kind == parts["kind"], Item.ordinal == int(parts["ordinal"]))
            .order_by(Document.id).limit(SHOWN + 1)))
    if not found:
        raise UnknownId(f"không tìm thấy mục: {ref}")
    if len(found) > 1:
        raise AmbiguousId("mục", ref, sorted(found))
    return found.pop()
