"""How an item's words and its `data` (its extract@1 fields) are kept: neither holds the words.

An item's words are `documents.text[span]` by the grounding invariant (`chidao.model`), so the
store does not keep them a second time. The `items.text` column holds them only where they
are not (`stored_words`; NULL otherwise, migration 0009) and the ORM's `Item.text` reads them
from the report's text at the item's span; `forget_span_words` does the same in SQL for rows
written with their words (a restored backup). `stored_data` leaves "text" out of `data` and
`full_data` puts it back, at the place it had, whoever reads it (the ORM's `Item.data`,
backups, the registers). `data` is written as minified JSON (`dumps`).

Since migration 0012 `data` is the array of its values (`FIELDS`: the kind's fields in
order, without "text"), not an object that names every field on every row; it stays an
object whenever its keys are not exactly those (a field added to the contract later, a
kind of its own), so nothing is ever lost. SQL reads a field of either form with
`field_sql` / `field_path`.

"text" is put back before the first field that follows it in the contract ("span", or a
directive's "topics"), or last when none is there; `stored_data` keeps "text" in `data`
whenever putting it back would not give the same dict in the same order (its words other
than `items.text`, its place elsewhere), so nothing is ever lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, SmallInteger, String, case, cast, func, literal_column, type_coerce
from sqlalchemy import text as sql_text

from chidao.store.report_text import plain_sql

# The fields after "text" in each kind's contract order (chidao.model): where "text" goes back.
_AFTER_TEXT: dict[str, frozenset[str]] = {
    "events": frozenset({"span"}), "legal_refs": frozenset({"span"}),
    "directives": frozenset({"topics", "span"}), "targets": frozenset({"span"}),
    "commitments": frozenset({"span"}), "indicators": frozenset({"span"}),
}
# The kinds whose items have words ("text" and "span"); people, organizations and places
# have names and mentions instead.
WORDED_KINDS: tuple[str, ...] = tuple(_AFTER_TEXT)
# An item's kind as the store keeps it (migration 0015): its place in this tuple, a small
# integer; the names in alphabetical order, so that ordering by the code orders by the name.
# Fixed with the store's format. The ORM reads and writes names (`schema.Coded`); raw SQL
# names kinds with `kinds_sql` and `kind_name_sql`.
KINDS: tuple[str, ...] = ("commitments", "directives", "events", "indicators", "legal_refs", "localities",
                          "organizations", "people", "targets")
KIND_CODES: dict[str, int] = {kind: code for code, kind in enumerate(KINDS)}
# An item's origin as the store keeps it (0015): 0 for the machine's, 1 for a person's.
ORIGINS: tuple[str, ...] = ("machine", "person")


def kinds_sql(kinds: Iterable[str]) -> str:
    """Kinds as an SQL list of their codes, for raw SQL's `kind IN …`: ("events", "people") -> "(2, 7)"."""
    return "(" + ", ".join(str(KIND_CODES[kind]) for kind in kinds) + ")"


def kind_name_sql(kind: Any) -> Any:
    """The name of the kind in a `kind` column (SQLAlchemy), in SQL: 'directives' for its code."""
    code = type_coerce(kind, SmallInteger)  # the stored integer, not the ORM's name
    names = {number: literal_column(f"'{name}'", String) for number, name in enumerate(KINDS)}
    return case(names, value=code)


# The kinds with words as an SQL list of codes, for raw SQL's `kind IN …`.
WORDED_KINDS_SQL = kinds_sql(WORDED_KINDS)
_NONE: frozenset[str] = frozenset()
# The fields a kind's `data` holds as an array (migration 0012), in order: extract@1's
# (chidao.model) without "text", and the "speaker" the store gives a commitment
# (chidao.store.rows). Fixed with the store's format: stored arrays are read by these
# positions, so a field added to the contract leaves new items' data an object (tests/
# test_store_item_data.py compares the two).
FIELDS: dict[str, tuple[str, ...]] = {
    "events": ("type", "date", "place", "localities", "leader", "span"),
    "people": ("name", "ranks", "positions", "mentions"),
    "organizations": ("name", "mentions"),
    "localities": ("name", "level", "code", "current_name", "current_code", "mentions"),
    "legal_refs": ("kind", "number", "symbol", "name", "date", "issuer", "span"),
    "directives": ("speaker", "verb", "addressee", "topics", "span"),
    "targets": ("metric", "metric_key", "direction", "value", "unit", "at_least", "baseline", "deadline",
                "scope", "span"),
    "commitments": ("kind", "amount", "unit", "giver", "receiver", "span", "speaker"),
    "indicators": ("metric", "metric_key", "value", "unit", "direction", "baseline", "period", "scope",
                   "span"),
}


# Characters of the report's id an item's id starts with.
ID_PREFIX = 12


def item_id(document_id: str, kind: str, ordinal: int, *, whole: bool = False) -> str:
    """The stable id of an item: its report's id prefix, kind, number ("3f2a9c1b04de:directives:4");
    with `whole`, the report's whole id (`chidao.store.item_ids`)."""
    return f"{document_id if whole else document_id[:ID_PREFIX]}:{kind}:{ordinal}"


def item_id_sql(stored_id: Any, document_id: Any, kind: Any, ordinal: Any) -> Any:
    """`item_id` in SQL: the item's stored id, else made of its report's id column, kind and ordinal."""
    return func.coalesce(stored_id, func.substr(document_id, 1, ID_PREFIX) + ":" + kind_name_sql(kind) + ":"
                         + cast(ordinal, String))


def stored_words(words: str | None, start: int | None, end: int | None, document_text: str) -> str | None:
    """What `items.text` holds of an item's `words` at `start`-`end` of `document_text`: None
    where they are the text there (always, by the grounding invariant), else the words."""
    if words is None or start is None or end is None or document_text[start:end] == words:
        return None
    return words


def forget_span_words(connection: Connection, after_seq: int = 0) -> None:
    """`stored_words` in SQL, for the items numbered above `after_seq`: their words set to NULL
    where they are their report's text at their span (SQLite and PostgreSQL count characters,
    as Python does)."""
    connection.execute(sql_text(
        "UPDATE items SET text = NULL WHERE seq > :after AND text IS NOT NULL "
        f"AND kind IN {WORDED_KINDS_SQL} AND span_start IS NOT NULL AND text = ("
        f"SELECT substr({plain_sql('d.text', connection.dialect.name)}, items.span_start + 1, "
        "items.span_end - items.span_start) "
        "FROM documents d WHERE d.seq = items.document_seq)"), {"after": after_seq})


def full_data(kind: str, stored: dict[str, Any] | list[Any] | None, text: str | None) -> dict[str, Any]:
    """The item's fields as extract@1 has them: `stored` (an object, or the array of `FIELDS`'
    values) with "text" (`text`) back in its place."""
    if stored is None:
        return {}
    if isinstance(stored, list):
        stored = dict(zip(FIELDS[kind], stored, strict=True))
    if text is None or "text" in stored:
        return dict(stored)
    after = _AFTER_TEXT.get(kind, _NONE)
    out: dict[str, Any] = {}
    placed = False
    for key, value in stored.items():
        if not placed and key in after:
            out["text"] = text
            placed = True
        out[key] = value
    if not placed:
        out["text"] = text
    return out


def stored_data(kind: str, data: dict[str, Any], text: str | None) -> dict[str, Any] | list[Any]:
    """What `items.data` holds of `data` for an item whose words are `text`: `data` without
    "text" when `full_data` gives it back exactly (same words, same place), else `data`; as
    the array of its values when its fields are the kind's `FIELDS`."""
    kept = data
    if text is not None and isinstance(data, dict) and data.get("text") == text:
        without = {key: value for key, value in data.items() if key != "text"}
        if list(full_data(kind, without, text)) == list(data):
            kept = without
    if isinstance(kept, dict) and tuple(kept) == FIELDS.get(kind):
        return list(kept.values())
    return kept


def field_sql(data: Any, kind: Any, field: str) -> Any:
    """The SQL value (as text) of `field` in an item's `data` column (SQLAlchemy JSON), of
    either form: by its place in the array for the kinds that have it, else by its name."""
    placed = [(kind == name, data[fields.index(field)].as_string())
              for name, fields in FIELDS.items() if field in fields]
    return func.coalesce(case(*placed), data[field].as_string())


def field_path(sqlite: bool, kind: str, field: str, *, length: bool = False) -> str:
    """Raw SQL reading `field` of the `data` column of items of `kind`, of either form: its
    JSON (text), or with `length` the length of the array it holds."""
    at = FIELDS[kind].index(field)
    if sqlite:
        read = "json_array_length" if length else "json_extract"
        return f"coalesce({read}(data, '$[{at}]'), {read}(data, '$.{field}'))"
    if length:
        return f"json_array_length(coalesce(data -> {at}, data -> '{field}'))"
    return f"coalesce(data ->> {at}, data ->> '{field}')"


# One encoder for every call: json.dumps with options makes a new one each time.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps(value: Any) -> str:
    """JSON as the store writes it: minified, UTF-8 characters as they are."""
    return _ENCODE(value)
