"""Full-text search over documents and items, with or without diacritics.

Indexed text is `fold_diacritics` of the original (length-preserving: "ma túy"
-> "ma tuy", "Đ" -> "D"), and queries are folded the same way, so "ma tuy"
finds "ma túy" and "cong an xa" finds "Công an xã".

- SQLite: contentless FTS5 tables `document_fts` / `item_fts` (rowid =
  documents.seq / items.seq), ranked by BM25 (`chidao.store.ranking`).
- PostgreSQL: tables `document_fts` / `item_fts` (seq, body) with a GIN index on
  `to_tsvector('simple', body)`, ranked by ts_rank.

`index_rows` / `index_folded` / `unindex_rows` keep the tables in step with documents and items;
`fts_match` gives the match condition, row number and score (lower is better)
that `chidao.store.queries.search` joins with its filters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex
from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Text,
    column,
    func,
    literal,
    literal_column,
    text,
)
from sqlalchemy import table as sql_table
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import TableClause

from chidao.store import bulk
from chidao.text.fold import fold_diacritics

FTS_TABLES = ("document_fts", "item_fts")
_WORD = regex.compile(r"\w+")


def fold_body(value: str) -> str:
    """What the index holds for a text: its diacritic-folded form."""
    return fold_diacritics(value)


def query_terms(query: str) -> list[str]:
    """The folded, lower-cased words of a user's query."""
    return _WORD.findall(fold_diacritics(query).lower())


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def index_rows(session: Session, table: str, rows: Iterable[tuple[int, str]]) -> None:
    """Add (seq, original text) rows to `table` (document_fts or item_fts)."""
    index_folded(session.connection(), table, [(seq, fold_body(body)) for seq, body in rows])


def index_folded(connection: Connection, table: str, rows: list[tuple[int, str]]) -> None:
    """Add (seq, already folded text) rows to `table`, through the driver."""
    assert table in FTS_TABLES
    column = "rowid" if connection.dialect.name == "sqlite" else "seq"
    bulk.insert_values(connection, table, (column, "body"), rows)


def unindex_rows(session: Session, table: str, rows: Iterable[tuple[int, str]]) -> None:
    """Remove (seq, original text) rows; a contentless FTS5 table needs the text it was given."""
    assert table in FTS_TABLES
    params = [{"seq": seq, "body": fold_body(body)} for seq, body in rows]
    if not params:
        return
    if _sqlite(session):
        session.execute(text(f"INSERT INTO {table} ({table}, rowid, body) VALUES ('delete', :seq, :body)"),
                        params)
    else:
        session.execute(text(f"DELETE FROM {table} WHERE seq = :seq"), params)


@dataclass(frozen=True, slots=True)
class FtsMatch:
    """A full-text condition to join with the filters: the search table, its row number
    (documents.seq / items.seq), the match condition, the query's words and, on
    PostgreSQL, a score (lower is better; None on SQLite: see `chidao.store.ranking`)."""

    table: TableClause
    seq: ColumnElement[int]
    condition: ColumnElement[bool]
    terms: tuple[str, ...]
    score: ColumnElement[float] | None


def fts_match(session: Session, table: str, query: str) -> FtsMatch | None:
    """The match of every word of `query` (in any order) in `table`; None for an empty query.

    On SQLite a caller that orders by `seq` descending with a LIMIT reads the
    index newest first and stops early, and scores those rows with
    `chidao.store.ranking.bm25_scores`; PostgreSQL scores with -ts_rank in SQL.
    """
    assert table in FTS_TABLES
    terms = tuple(query_terms(query))
    if not terms:
        return None
    if _sqlite(session):
        fts = sql_table(table, column("rowid", Integer))
        match = " ".join(f'"{term}"' for term in terms)
        return FtsMatch(fts, fts.c.rowid, text(f"{table} MATCH :fts_query").bindparams(fts_query=match),
                        terms, None)
    fts = sql_table(table, column("seq", Integer), column("body", Text))
    vector = func.to_tsvector(literal_column("'simple'"), fts.c.body)
    tsquery = func.plainto_tsquery(literal_column("'simple'"), literal(" ".join(terms)))
    return FtsMatch(fts, fts.c.seq, vector.op("@@")(tsquery), terms, -func.ts_rank(vector, tsquery))


def find_terms(original: str, query: str) -> tuple[int, int] | None:
    """Span in `original` of the query's words (as a phrase if it occurs, else its first word)."""
    terms = query_terms(query)
    if not terms:
        return None
    folded = fold_diacritics(original).lower()  # same length: offsets carry over
    phrase = regex.compile(r"\b" + r"\W+".join(regex.escape(t) for t in terms) + r"\b")
    found = phrase.search(folded)
    if found is None:
        for term in terms:
            found = regex.search(r"\b" + regex.escape(term) + r"\b", folded)
            if found:
                break
    return (found.start(), found.end()) if found else None


def snippet(original: str, span: tuple[int, int] | None, width: int = 80) -> str:
    """The words around `span` in the original text, with ellipses where cut."""
    if span is None:
        return original[: 2 * width].replace("\n", " ") + ("…" if len(original) > 2 * width else "")
    start, end = span
    lo, hi = max(0, start - width), min(len(original), end + width)
    return (("…" if lo else "") + original[lo:hi].replace("\n", " ") + ("…" if hi < len(original) else ""))
