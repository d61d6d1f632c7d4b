"""The full-text indexes keep no word positions; phrases are indexed as words of their own.

Positions were kept for two kinds of phrase: a legal reference ("Đề án 06", "Nghị quyết số
45") and a number written with separators ("1.204", "22/6/2015", split into words by the
index). Both are now indexed as one word beside the text's own (`chidao.store.search.
indexed_text`: "deanx6", "1d204"), so an index without positions finds them, and finds them
at once: a phrase of common words had the index check every row holding them.

- SQLite: `document_fts` / `item_fts` made again as contentless FTS5 tables with
  `detail=none, columnsize=0`, filled from the reports and items.
- PostgreSQL: each row's vector made again, with the new words and without positions
  (`strip`).

The rows are made with `chidao.store.search.index_folded`, the rule ingest writes by; a later
change of that rule comes with a migration of its own that indexes every row again. The
downgrade indexes the folded text alone, with positions, as 0010 did.

Revision ID: 0011_search_without_positions
Revises: 0010_pg_search_vectors
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Callable

import regex
import sqlalchemy as sa
from alembic import op

from chidao.store.search import index_folded
from chidao.text.fold import fold_diacritics

revision = "0011_search_without_positions"
down_revision = "0010_pg_search_vectors"
branch_labels = None
depends_on = None

_BATCH = 2_000
# The kinds whose items have words (chidao.store.item_data.WORDED_KINDS as of this revision).
_KINDS = "('events', 'legal_refs', 'directives', 'targets', 'commitments', 'indicators')"
# What each search row is made of: a report's title (when its text does not start with it) and
# text; an item's words (its report's text at its span, migration 0009), for every item with words.
_SOURCES = {
    "document_fts": "SELECT seq, title, text FROM documents WHERE seq > :last ORDER BY seq",
    "item_fts": "SELECT seq, NULL, words FROM (SELECT i.seq AS seq, coalesce(i.text, CASE WHEN i.kind IN "
                f"{_KINDS} AND i.span_start IS NOT NULL THEN substr(d.text, i.span_start + 1, "
                "i.span_end - i.span_start) END) AS words FROM items i JOIN documents d "
                "ON d.seq = i.document_seq WHERE i.seq > :last) AS worded "
                "WHERE words IS NOT NULL AND words <> '' ORDER BY seq",
}
# chidao.store.search.token_text as of 0010 (the downgrade's rule)
_BETWEEN_TOKENS = regex.compile(r"[^\p{L}\p{M}\p{N}\p{Co}]+", regex.V1)


def _body(title: str | None, text: str) -> str:
    # chidao.store.rows.document_body, folded
    return fold_diacritics(title + "\n" + text if title and not text.startswith(title) else text)


def _rows(connection: sa.Connection, table: str):
    last = -1
    while True:
        found = connection.execute(sa.text(f"{_SOURCES[table]} LIMIT {_BATCH}"), {"last": last}).all()
        if not found:
            return
        yield [(seq, _body(title, text)) for seq, title, text in found]
        last = found[-1][0]


def _index_again(options: str, write: Callable[[sa.Connection, str, list[tuple[int, str]]], None]) -> None:
    """Every search row made again: SQLite's tables with FTS5 `options`, PostgreSQL's rows
    emptied; `write` adds a batch of (seq, folded text)."""
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    for table in _SOURCES:
        if sqlite:
            op.execute(f"DROP TABLE {table}")
            op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(body, content='', {options}, "
                       "tokenize='unicode61 remove_diacritics 0')")
        else:
            op.execute(f"DELETE FROM {table}")
        for batch in _rows(connection, table):
            write(connection, table, batch)


def _positions_kept(connection: sa.Connection, table: str, rows: list[tuple[int, str]]) -> None:
    # how 0010 wrote a row: the folded text, split as FTS5 splits it; positions kept
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"INSERT INTO {table} (rowid, body) VALUES (?, ?)", rows)
    else:
        connection.exec_driver_sql(f"INSERT INTO {table} (seq, words) VALUES (%s, to_tsvector('simple', %s))",
                                   [(seq, _BETWEEN_TOKENS.sub(" ", body)) for seq, body in rows])


def upgrade() -> None:
    _index_again("detail=none, columnsize=0", index_folded)


def downgrade() -> None:
    _index_again("columnsize=0", _positions_kept)
