"""Full-text search over documents and items, with or without diacritics.

Indexed text is `fold_diacritics` of the original (length-preserving: "ma túy"
-> "ma tuy", "Đ" -> "D"), and queries are folded the same way, so "ma tuy"
finds "ma túy" and "cong an xa" finds "Công an xã".

- SQLite: contentless FTS5 tables `document_fts` / `item_fts` (`detail=none, columnsize=0`:
  no positions and no row sizes, migration 0011; rowid = documents.seq / items.seq).
- PostgreSQL: tables `document_fts` / `item_fts` (seq, words) holding the `tsvector` of the
  folded text split into words as FTS5 splits it (`token_text`), without positions, indexed
  with GIN.

Neither index keeps word positions, so nothing is matched as a phrase. What a phrase was
needed for is indexed as one word of its own beside the text's words (`indexed_text`): a
legal reference's kind and number ("Đề án số 06" -> `deanx6`, `REFERENCE_KINDS`) and a
number written with separators ("1.204" -> `1d204`, "22/6/2015" -> `22s6s2015`). A report's
own row also holds words for the places its locality items name, its items' rows their
provinces' codes (`place_words`, `row_place`, migration 0016), which a search by place asks
for (`chidao.store.search_places`). These words are part of the store's format: a contentless
FTS5 row is removed by giving its words again, so changing what `indexed_text` or
`place_words` makes needs a migration that indexes every row again.

Both rank by the same BM25 (`chidao.store.ranking`), so they list the same hits in the
same order.

`index_rows` / `index_folded` / `index_indexed` / `unindex_rows` keep the tables in step with
documents and items; `fts_match` gives the match condition and row number that
`chidao.store.queries.search` joins with its filters.

A query is read as parts (`query_parts`): its words, each matched anywhere, and
legal references, a kind of `REFERENCE_KINDS` followed by a number ("Đề án 06",
"Nghị quyết số 45"), found by their indexed word, "số" or not. A number matches
by its value ("06" finds "6" and back) and only as a whole number: not inside a
date ("22/6/2015") or a larger figure ("1.204"); `whole_numbers` checks that on
the texts the index returns, since the index splits "22/6/2015" into words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex
from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    column,
    func,
    literal,
    literal_column,
    text,
)
from sqlalchemy import table as sql_table
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import TableClause

from chidao.store import bulk
from chidao.text.fold import fold_diacritics, fold_lower

FTS_TABLES = ("document_fts", "item_fts")
_WORD = regex.compile(r"\w+")
_SPACE = regex.compile(r"\s+")


def fold_body(value: str) -> str:
    """What the index holds for a text: its diacritic-folded form."""
    return fold_diacritics(value)


def query_terms(query: str) -> list[str]:
    """The folded, lower-cased words of a user's query."""
    return _WORD.findall(fold_diacritics(query).lower())


# A query's units: numbers whole with their separators ("1.204", "6/5/2024"), else words.
_NUMBER = regex.compile(r"\d+(?:[.,/-]\d+)*")
_UNIT = regex.compile(rf"{_NUMBER.pattern}|\w+")
_NUMBER_EDGE_BEFORE = r"(?<![\w])(?<!\d[.,/-])"
_NUMBER_EDGE_AFTER = r"(?![\w])(?![.,/-]\d)"


def query_units(query: str) -> list[str]:
    """The folded, lower-cased words and numbers of a query ("Đề án 06, 1.204 vụ" ->
    ["de", "an", "06", "1.204", "vu"])."""
    return _UNIT.findall(fold_lower(query))


def _is_number(unit: str) -> bool:
    return _NUMBER.fullmatch(unit) is not None


# The kinds of legal reference the index holds a word for (the folded words of legal_kinds.tsv's
# phrasings, longest first), fixed with the index's format: a kind added to legal_kinds.tsv is
# searched word by word until a migration adds it here and indexes the stored rows again
# (tests/test_search_index_words.py compares the two lists).
REFERENCE_KINDS: tuple[tuple[str, ...], ...] = (
    ("thong", "tu", "lien", "tich"), ("nghi", "quyet", "lien", "tich"), ("thong", "bao", "ket", "luan"),
    ("thoa", "thuan", "hop", "tac"), ("chuong", "trinh", "hanh", "dong"), ("ban", "ghi", "nho"),
    ("thong", "bao"), ("ket", "luan"), ("phap", "lenh"), ("chi", "thi"), ("quy", "dinh"), ("nghi", "quyet"),
    ("cong", "van"), ("hien", "phap"), ("hiep", "dinh"), ("cong", "dien"), ("ke", "hoach"),
    ("chuong", "trinh"), ("de", "an"), ("quyet", "dinh"), ("thong", "tu"), ("nghi", "dinh"),
    ("bo", "luat"), ("luat",),
)
# Kinds legal_kinds.tsv gained after the index's format (0011) was fixed: the index holds no word
# of their own, so a query naming one ("Quy chế phối hợp số 3") is searched word by word, which
# finds the reference and any text that holds its words and its number. A migration that indexes
# every stored row again would move them to REFERENCE_KINDS.
UNINDEXED_KINDS: tuple[tuple[str, ...], ...] = (
    ("quy", "che", "phoi", "hop"), ("chuong", "trinh", "phoi", "hop"), ("ke", "hoach", "phoi", "hop"),
    ("ke", "hoach", "lien", "tich"), ("bien", "ban"),
)
# A reference in folded, lower-cased text: a kind, "số" or not, a whole number. A match names the
# longest kind there; the shorter kinds it ends with ("kết luận" of "thông báo kết luận") are
# references too, as a phrase search found them.
# (the standard library's `re`: twice as fast as `regex` on this alternation, and ingest runs it
# over every report and item)
_REFERENCE = re.compile(
    r"(?<![^\W_])(?P<kind>" + "|".join(r"\W+".join(kind) for kind in REFERENCE_KINDS) + r")"
    r"\W+(?:so\W+)?(?P<number>\d+)" + _NUMBER_EDGE_AFTER)
_SUFFIX_KINDS = {kind: [kind[i:] for i in range(len(kind)) if kind[i:] in REFERENCE_KINDS]
                 for kind in REFERENCE_KINDS}
# A number written with separators, whole ("1.204", not the "1.204" of "11.204" or "1.204.000").
# Found as digits first, the edge before checked on each match (`_joined_numbers`): a pattern
# that starts with the look-behinds tries them at every character (twice the time).
_JOINED_NUMBER = re.compile(r"\d+(?:[.,/-]\d+)+" + _NUMBER_EDGE_AFTER)
_NUMBER_BEFORE = re.compile(r"(?:\w|\d[.,/-])\Z")
_SEPARATOR_LETTERS = str.maketrans({".": "d", ",": "c", "/": "s", "-": "h"})


def reference_word(kind: tuple[str, ...], number: str) -> str:
    """The indexed word of a legal reference: ("de", "an"), "06" -> "deanx6"."""
    return "".join(kind) + "x" + (number.lstrip("0") or "0")


def number_word(number: str) -> str:
    """The indexed word of a number written with separators: "1.204" -> "1d204"."""
    return number.translate(_SEPARATOR_LETTERS)


def joined_words(folded: str) -> list[str]:
    """The words the index holds for `folded` text beyond its own: its legal references'
    (`reference_word`) and its numbers with separators' (`number_word`), each once, in order."""
    lower = folded.lower()
    found = [reference_word(kind, match["number"]) for match in _REFERENCE.finditer(lower)
             for kind in _SUFFIX_KINDS[tuple(_WORD.findall(match["kind"]))]]
    found += [number_word(number) for number in _joined_numbers(lower)]
    return list(dict.fromkeys(found))


def _joined_numbers(lower: str) -> list[str]:
    """The numbers with separators of `lower` that `_NUMBER_EDGE_BEFORE` allows: no word
    character, and no separator after a digit, just before. (No allowed number starts inside a
    match refused for its edge: every place there follows a digit or a digit's separator.)"""
    return [match.group() for match in _JOINED_NUMBER.finditer(lower)
            if _NUMBER_BEFORE.search(lower, max(0, match.start() - 2), match.start()) is None]


def indexed_text(folded: str) -> str:
    """What the index is given for a folded text: the text, then its `joined_words`."""
    joined = joined_words(folded)
    return folded + "\n" + " ".join(joined) if joined else folded


def with_place(indexed: str, place: str, table: str) -> str:
    """An `indexed_text` with the place words a row of `table` holds of its report's `place`
    (`row_place`) after it: every row of a report gets its words through here."""
    place = row_place(table, place)
    return indexed + "\n" + place if place else indexed


# A province's code is two digits (an old one's, "zc27", or a current one's, "zq24").
_PROVINCE_WORD = re.compile(r"z[cq]\d\d")


def row_place(table: str, place: str) -> str:
    """The place words a row of `table` holds, of its report's `place_words`: all of them in
    the report's own row; in its items' rows only its provinces' codes. An item row with every
    word would add a tenth to the store (15 words a row, 30 rows a report) for the filters by
    district, commune or country, which the item search checks row by row instead."""
    if table == "item_fts":
        return " ".join(word for word in place.split() if _PROVINCE_WORD.fullmatch(word))
    return place


def place_word(prefix: str, value: str) -> str:
    """One word of the index for a code or a name: digits as written ("zc27"), anything else
    in hex after an "x", which no digit string starts with ("zcx41" for "A")."""
    if prefix != "zk" and value.isascii() and value.isdigit():
        return prefix + value
    return prefix + ("" if prefix == "zk" else "x") + value.encode("utf-8").hex()


def place_words(localities: Iterable[tuple[str | None, str | None, str | None]]) -> str:
    """The words for a report's locality items, (code, current code, name key) each."""
    words = set()
    for code, current_code, name_key in localities:
        if code:
            words.add(place_word("zc", code))
        if current_code:
            words.add(place_word("zq", current_code))
        words.update(place_word("zk", name) for name in (name_key or "").split("|") if name)
    return " ".join(sorted(words))


def query_parts(query: str) -> list[tuple[str, ...]]:
    """The query as parts to match: one unit (word or number), or a legal reference's kind
    words and number (("de", "an", "06") for "Đề án số 06"; "số" before the number is left out).
    A unit the index holds no word of ("_") is left out."""
    units = [unit for unit in query_units(query) if not token_text(unit).isspace()]
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(units):
        for kind in REFERENCE_KINDS:
            end = i + len(kind)
            if tuple(units[i:end]) != kind:
                continue
            number = end + 1 if units[end:end + 1] == ["so"] else end
            if number < len(units) and units[number].isdigit():
                parts.append((*kind, units[number]))
                i = number + 1
                break
        else:
            parts.append((units[i],))
            i += 1
    return parts


def number_forms(unit: str) -> tuple[str, ...]:
    """How a number may be written with leading zeros ("6" -> "6", "06", "006"); anything else as is."""
    if not unit.isdigit():
        return (unit,)
    value = unit.lstrip("0") or "0"
    return tuple(dict.fromkeys((value, value.zfill(2), value.zfill(3), unit)))


def part_words(part: tuple[str, ...]) -> list[list[str]]:
    """What the index must hold for a part: any one of these lists of words, all of it. A
    legal reference or a number with separators is one indexed word; a number is any of its
    forms; a word is itself (split as the text was when it holds an "_")."""
    if len(part) > 1:
        return [[reference_word(part[:-1], part[-1])]]
    unit = part[0]
    if unit.isdigit():
        return [[form] for form in number_forms(unit)]
    if _is_number(unit):
        return [[number_word(unit)]]
    return [token_text(unit).split()]


def fts5_query(parts: list[tuple[str, ...]], place: tuple[str, ...] = ()) -> str:
    """An FTS5 MATCH expression holding every part, and one of the `place` words when given."""
    def either(alternatives: list[list[str]]) -> str:
        # the words are letters and digits only: quoted, none is read as an operator
        found = [" AND ".join(f'"{word}"' for word in words) for words in alternatives]
        return found[0] if len(found) == 1 else "(" + " OR ".join(found) + ")"
    wanted = [either(part_words(part)) for part in dict.fromkeys(parts)]
    return " AND ".join(wanted + ([either([[word] for word in place])] if place else []))


def tsquery(parts: list[tuple[str, ...]], place: tuple[str, ...] = ()) -> ColumnElement[Any]:
    """A PostgreSQL tsquery holding every part and one of the `place` words (as `fts5_query`)."""
    def word(value: str) -> ColumnElement[Any]:
        return func.plainto_tsquery(literal_column("'simple'"), literal(value))

    def either(alternatives: list[list[str]]) -> ColumnElement[Any]:
        return _balanced("||", [_balanced("&&", [word(w) for w in words]) for words in alternatives])
    wanted = [either(part_words(part)) for part in dict.fromkeys(parts)]
    return _balanced("&&", wanted + ([either([[word] for word in place])] if place else []))


def _balanced(operator: str, terms: list[ColumnElement[Any]]) -> ColumnElement[Any]:
    """`terms` joined by `operator` as a balanced tree: a query of thousands of words nests
    its SQL only as deep as their logarithm (SQLAlchemy compiles nesting recursively)."""
    if len(terms) == 1:
        return terms[0].self_group()
    middle = len(terms) // 2
    return _balanced(operator, terms[:middle]).op(operator)(_balanced(operator, terms[middle:])).self_group()


def unit_pattern(unit: str) -> str:
    """A regex (over folded, lower-cased text) of a query unit: a whole word; a number by its
    value ("6" finds "06") and never inside a date or a larger figure; "1.204" as written."""
    if unit.isdigit():
        return _NUMBER_EDGE_BEFORE + "0*" + regex.escape(unit.lstrip("0") or "0") + _NUMBER_EDGE_AFTER
    if _is_number(unit):
        return _NUMBER_EDGE_BEFORE + regex.escape(unit) + _NUMBER_EDGE_AFTER
    return r"(?<![^\W_])" + regex.escape(unit) + r"(?![^\W_])"


def part_pattern(part: tuple[str, ...]) -> str:
    """A regex of a part (`query_parts`): its unit, or its legal reference with "số" optional."""
    if len(part) == 1:
        return unit_pattern(part[0])
    *kind, number = part
    return r"\W+".join(unit_pattern(unit) for unit in kind) + r"\W+(?:so\W+)?" + unit_pattern(number)


def whole_numbers(query: str) -> regex.Pattern[str] | None:
    """A pattern every text a query finds must match: each number of the query as a whole
    number ("6" as 6 or 06, not in "22/6/2015"; "1.204" as written, not in "11.204"); None
    when the query has no number."""
    numbers = [unit for unit in query_units(query) if _is_number(unit)]
    if not numbers:
        return None
    return regex.compile("".join(f"(?=.*?{unit_pattern(unit)})" for unit in numbers), regex.DOTALL)


def keeps_numbers(pattern: regex.Pattern[str] | None, text: str) -> bool:
    """Whether `text` holds the query's numbers as whole numbers (`whole_numbers`)."""
    return pattern is None or pattern.match(fold_lower(text)) is not None


def index_rows(session: Session, table: str, rows: Iterable[tuple[int, str]], place: str = "") -> None:
    """Add (seq, original text) rows of one report to `table` (document_fts or item_fts), with
    the report's place words (`chidao.store.search_places`: what `documents.place_words` holds)."""
    index_folded(session.connection(), table, [(seq, fold_body(body)) for seq, body in rows], place)


def index_folded(connection: Connection, table: str, rows: list[tuple[int, str]], place: str = "") -> None:
    """Add (seq, already folded text) rows to `table`: `index_indexed` of their `indexed_text`
    (and `place`, the place words of the report they belong to, as `row_place` keeps them)."""
    index_indexed(connection, table,
                  [(seq, with_place(indexed_text(body), place, table)) for seq, body in rows])


def index_indexed(connection: Connection, table: str, rows: list[tuple[int, str]]) -> None:
    """Add (seq, `indexed_text`) rows to `table`, through the driver (on PostgreSQL the vector of
    its `token_text`, each word once: the vector keeps no positions, and the server parses a
    report's text in a third of the time, 0.11 ms, not 0.31)."""
    assert table in FTS_TABLES
    if connection.dialect.name == "sqlite":
        bulk.insert_values(connection, table, ("rowid", "body"), rows)
    else:
        bulk.insert_values(connection, table, ("seq", "words"),
                           [(seq, " ".join(dict.fromkeys(token_text(body).split()))) for seq, body in rows],
                           row=("?", "strip(to_tsvector('simple', ?))"), types=("bigint", "text"))


# what FTS5's unicode61 tokenizer keeps in a token: letters, marks, digits (also "½", "²")
_BETWEEN_TOKENS = regex.compile(r"[^\p{L}\p{M}\p{N}\p{Co}]+", regex.V1)
_ASCII_BETWEEN_TOKENS = re.compile(r"[^0-9A-Za-z]+")


def token_text(folded: str) -> str:
    """Folded text split into words as SQLite's FTS5 splits it, every other run of characters
    made one space. PostgreSQL's parser keeps "06/ĐA-UBND", "1.204" and "22/6/2015" whole;
    given this text it makes the words FTS5 makes, so "Đề án 06" finds the same reports on
    both backends. PostgreSQL's search rows hold the vector of this text."""
    if folded.isascii():  # most folded text: the same classes, in half the time
        return _ASCII_BETWEEN_TOKENS.sub(" ", folded)
    return _BETWEEN_TOKENS.sub(" ", folded)


def unindex_rows(session: Session, table: str, rows: Iterable[tuple[int, str]], place: str = "") -> None:
    """Remove (seq, original text) rows of one report, indexed with its place words `place`; a
    contentless FTS5 table needs the words it was given."""
    unindex_indexed(session.connection(), table,
                    [(seq, with_place(indexed_text(fold_body(body)), place, table)) for seq, body in rows])


def unindex_indexed(connection: Connection, table: str, rows: list[tuple[int, str]]) -> None:
    """Remove (seq, what `index_indexed` was given) rows from `table`."""
    assert table in FTS_TABLES
    params = [{"seq": seq, "body": body} for seq, body in rows]
    if not params:
        return
    if connection.dialect.name == "sqlite":
        connection.execute(text(f"INSERT INTO {table} ({table}, rowid, body) VALUES ('delete', :seq, :body)"),
                           params)
    else:
        connection.execute(text(f"DELETE FROM {table} WHERE seq = :seq"), [{"seq": seq} for seq, _ in rows])


@dataclass(frozen=True, slots=True)
class FtsMatch:
    """A full-text condition to join with the filters: the search table, its row number
    (documents.seq / items.seq), the match condition and the query's words (scored by
    `chidao.store.ranking`, one formula on both backends)."""

    table: TableClause
    seq: ColumnElement[int]
    condition: ColumnElement[bool]
    terms: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...] = ()
    query: ColumnElement[Any] | None = None  # PostgreSQL's tsquery (`chidao.store.search_plan`)
    place: tuple[str, ...] = ()  # one of these words too (`chidao.store.search_places.filter_words`)


def fts_match(session: Session, table: str, query: str, place: tuple[str, ...] = ()) -> FtsMatch | None:
    """The match of every word of `query` (in any order) in `table`, in the rows of reports
    holding one of the `place` words when given; None for an empty query.

    A caller that orders by `seq` descending with a LIMIT reads the index newest first
    (on SQLite it stops early) and scores those rows with `chidao.store.ranking.bm25_scores`.
    """
    parts = query_parts(query)
    if not parts:
        return None
    terms = tuple(dict.fromkeys(word for part in parts for word in part))
    return match_parts(session.get_bind().dialect.name, table, parts, terms, place)


def match_parts(dialect: str, table: str, parts: list[tuple[str, ...]],
                terms: tuple[str, ...] = (), place: tuple[str, ...] = ()) -> FtsMatch:
    """`fts_match` of query parts already read, for a dialect ("sqlite" or "postgresql")."""
    fts, seq = fts_table(dialect, table)
    if dialect == "sqlite":
        # the table's name on the left of MATCH; the query a bound value of its own
        return FtsMatch(fts, seq, literal_column(table).op("MATCH")(literal(fts5_query(parts, place))), terms,
                        tuple(parts), place=place)
    query = tsquery(parts, place)
    return FtsMatch(fts, seq, fts.c.words.op("@@")(query), terms, tuple(parts), query, place)


def fts_table(dialect: str, table: str) -> tuple[TableClause, ColumnElement[int]]:
    """A search table (document_fts or item_fts) and its row number: rowid on SQLite, seq on
    PostgreSQL (documents.seq / items.seq either way)."""
    assert table in FTS_TABLES
    if dialect == "sqlite":
        fts = sql_table(table, column("rowid", Integer))
        return fts, fts.c.rowid
    fts = sql_table(table, column("seq", Integer), column("words", TSVECTOR))
    return fts, fts.c.seq


def find_terms(original: str, query: str) -> tuple[int, int] | None:
    """Span in `original` of the query (its words and numbers together, else its first legal
    reference found, else its first word or number found)."""
    units = query_units(query)
    if not units:
        return None
    folded = fold_lower(original)  # same length: offsets carry over
    candidates = [r"\W+".join(unit_pattern(unit) for unit in units)]
    candidates += [part_pattern(part) for part in query_parts(query) if len(part) > 1]
    candidates += [unit_pattern(unit) for unit in units]
    for pattern in candidates:
        found = regex.search(pattern, folded)
        if found:
            return found.start(), found.end()
    return None


def snippet(original: str, span: tuple[int, int] | None, width: int = 80) -> str:
    """The words around `span` in the original text (its start when None), cut between words,
    with ellipses where cut."""
    if span is None:
        start = end = 0
        lo, hi = 0, min(len(original), 2 * width)
    else:
        start, end = span
        lo, hi = max(0, start - width), min(len(original), end + width)
    if lo > 0 and not original[lo - 1].isspace():
        # Start on a word: after the next space, never inside the match.
        space = _SPACE.search(original, lo, start)
        lo = space.end() if space else start
    if hi < len(original) and not original[hi].isspace():
        spaces = [m.start() for m in _SPACE.finditer(original, end, hi)]
        hi = spaces[-1] if spaces else hi
    text = original[lo:hi].replace("\n", " ").strip()
    return ("…" if lo else "") + text + ("…" if hi < len(original) else "")
