"""Item ids: made of the report's id, the kind and the number; stored only where not.

An item's id is "3f2a9c1b04de:directives:4" (`chidao.store.item_data.item_id`): the first 12
characters of its report's id (a sha256, lower-case hex), its kind and its number among the
report's items of that kind. The store does not keep such an id (migration 0013): it is
made from the report's id and the item's kind and ordinal, which are unique together
(`ix_items_document_kind`). `items.id` holds an id only where it is not made so: when a
report whose id starts with the same 12 characters was stored before, the later report's
items are named with its whole id ("…64 characters…:directives:4") and those ids are kept
(unique, `ix_items_id`); so no two items ever share an id, and no id ever changes.

- `whole_named(connection, reports)`: those of the reports (row number, id) whose items are
  named with their whole id; `whole_ids(connection, document_seq, document_id)` for one.
- `stored_id(document_id, kind, ordinal, whole)`: what `items.id` holds (None when made).
- `with_id(item_id)`: the SQL condition "the item whose id is `item_id`", served by the
  indexes (the report by its id prefix, then its kind and ordinal; or the stored id).
- `id_sql(document_id)`: the item's id in SQL, given the report's id column (for a query
  that joins the report).
- `starts_with(column, prefix)`: a hex id column starting with `prefix`, by index range.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex
from sqlalchemy import Connection, and_, select, union_all
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from chidao.store.item_data import ID_PREFIX, item_id, item_id_sql
from chidao.store.schema import Document, Item

_ID = regex.compile(r"(?P<document>[0-9a-f]+):(?P<kind>[a-z_]+):(?P<ordinal>\d+)")
# After every character of a lower-case hex id, in any collation: the end of a prefix's range.
_AFTER_HEX = "g"
# the reports whose ids start with one of some prefixes: one index range each
_PREFIXED = "SELECT seq, id FROM documents WHERE {ranges}"
_RANGE = "(id >= ? AND id < ?)"
_PREFIXES_A_STATEMENT = 200
# PostgreSQL: the prefixes as one array, a statement whose text never changes
_PG_PREFIXED = ("SELECT d.seq, d.id FROM unnest(%b::text[]) AS p(prefix) "
                f"JOIN documents d ON d.id >= p.prefix AND d.id < p.prefix || '{_AFTER_HEX}'")


def starts_with(column: Any, prefix: str) -> ColumnElement[bool]:
    """`column` (a lower-case hex id, or an item id made of one) starts with `prefix`: a
    range of its index on SQLite and PostgreSQL alike (LIKE uses no index on either)."""
    return and_(column >= prefix, column < prefix + _AFTER_HEX)


def whole_named(connection: Connection, reports: Sequence[tuple[int, str]]) -> set[int]:
    """The row numbers of those `reports` ((row number, id), stored or being stored together)
    whose items are named with their whole id: a report whose id starts with the same
    `ID_PREFIX` characters was stored before it (has a smaller row number)."""
    prefixes = sorted({document_id[:ID_PREFIX] for _, document_id in reports})
    # Through the driver (ingest asks it of every report): `starts_with`'s range, the id index.
    if connection.dialect.name == "postgresql":
        found = list(connection.exec_driver_sql(_PG_PREFIXED, (prefixes,)))
    else:
        found = []
        for start in range(0, len(prefixes), _PREFIXES_A_STATEMENT):
            part = prefixes[start:start + _PREFIXES_A_STATEMENT]
            sql = _PREFIXED.format(ranges=" OR ".join([_RANGE] * len(part)))
            found += connection.exec_driver_sql(
                sql, tuple(bound for prefix in part for bound in (prefix, prefix + _AFTER_HEX)))
    first: dict[str, int] = {}  # the earliest report with each prefix, stored or about to be
    for seq, document_id in [*found, *reports]:
        prefix = document_id[:ID_PREFIX]
        first[prefix] = min(seq, first.get(prefix, seq))
    return {seq for seq, document_id in reports if first.get(document_id[:ID_PREFIX], seq) < seq}


def whole_ids(connection: Connection, document_seq: int, document_id: str) -> bool:
    """Whether the items of the report stored as row `document_seq` are named with its whole id
    (`whole_named`)."""
    return document_seq in whole_named(connection, [(document_seq, document_id)])


def stored_id(document_id: str, kind: str, ordinal: int, whole: bool) -> str | None:
    """What `items.id` holds for the item: its id when named with the report's whole id, else None."""
    return item_id(document_id, kind, ordinal, whole=True) if whole else None


def with_id(ref: str) -> ColumnElement[bool]:
    """The condition "the item whose id is `ref`" (a whole id, not a prefix): its row number
    among those of the item with that id stored and of the item that makes it, each found by
    its own index (an OR of the two had PostgreSQL read every item of the kind)."""
    found = aliased(Item, name="named_items")
    stored = select(found.seq).where(found.stored_id == ref)  # any stored id, whatever its form
    parts = _ID.fullmatch(ref)
    if (parts is not None and len(parts["document"]) <= ID_PREFIX
            and parts["ordinal"] == str(int(parts["ordinal"]))):
        # the report whose id starts with those 12 characters (or is the id, when shorter)
        document = parts["document"]
        named = starts_with(Document.id, document) if len(document) == ID_PREFIX else Document.id == document
        made = select(found.seq).where(found.document_seq.in_(select(Document.seq).where(named)),
                                       found.kind == parts["kind"], found.ordinal == int(parts["ordinal"]),
                                       found.stored_id.is_(None))
        stored = union_all(made, stored)
    return Item.seq.in_(stored)


def id_sql(document_id: Any) -> ColumnElement[str]:
    """The item's id in SQL (its stored id, else made), `document_id` its report's id column."""
    return item_id_sql(Item.stored_id, document_id, Item.kind, Item.ordinal)
