"""PostgreSQL's search rows keep the words' vector, not the folded text.

`document_fts` / `item_fts` held the folded text (`body`, a second copy of every report and
item) with a GIN index over `to_tsvector('simple', body)`. A search reads the newest matching
rows first, and PostgreSQL checked each candidate row by making its vector again from the
text: a quarter of a second for a word that 750 reports hold. The rows now keep the vector
itself (`words`, positions included, so phrases such as "Đề án 06" still match), indexed
with GIN, and no text. SQLite's FTS5 tables are unchanged.

The downgrade writes the folded text back from the reports and items.

Revision ID: 0010_pg_search_vectors
Revises: 0009_item_words_from_span
Create Date: 2026-12-01
"""

from __future__ import annotations

import regex
import sqlalchemy as sa
from alembic import op

from chidao.text.fold import fold_diacritics

revision = "0010_pg_search_vectors"
down_revision = "0009_item_words_from_span"
branch_labels = None
depends_on = None

_TABLES = ("document_fts", "item_fts")
_BATCH = 2_000
# chidao.store.search.token_text as of this revision (a migration keeps its own rule)
_BETWEEN_TOKENS = regex.compile(r"[^\p{L}\p{M}\p{N}\p{Co}]+", regex.V1)
# What each search row was made of: a report's title (when its text does not start with it)
# and text; an item's words, its report's text at its span (migration 0009).
_SOURCES = {
    "document_fts": "SELECT seq, title, text FROM documents WHERE seq > :last ORDER BY seq",
    "item_fts": "SELECT i.seq, NULL, coalesce(i.text, substr(d.text, i.span_start + 1, "
                "i.span_end - i.span_start)) FROM items i JOIN documents d ON d.seq = i.document_seq "
                "WHERE i.seq > :last AND i.seq IN (SELECT seq FROM item_fts) ORDER BY i.seq",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN words tsvector")
        op.execute(f"UPDATE {table} SET words = to_tsvector('simple', body)")
        op.execute(f"ALTER TABLE {table} ALTER COLUMN words SET NOT NULL")
        op.execute(f"DROP INDEX ix_{table}_body")
        op.execute(f"ALTER TABLE {table} DROP COLUMN body")
        op.execute(f"CREATE INDEX ix_{table}_words ON {table} USING gin (words)")


def _body(title: str | None, text: str) -> str:
    # chidao.store.rows.document_body, folded and split as chidao.store.search wrote it
    whole = title + "\n" + text if title and not text.startswith(title) else text
    return _BETWEEN_TOKENS.sub(" ", fold_diacritics(whole))


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for table in _TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN body text")
        last = -1
        while True:
            rows = connection.execute(sa.text(f"{_SOURCES[table]} LIMIT {_BATCH}"), {"last": last}).all()
            if not rows:
                break
            connection.execute(sa.text(f"UPDATE {table} SET body = :body WHERE seq = :seq"),
                               [{"seq": seq, "body": _body(title, text)} for seq, title, text in rows])
            last = rows[-1][0]
        op.execute(f"ALTER TABLE {table} ALTER COLUMN body SET NOT NULL")
        op.execute(f"DROP INDEX ix_{table}_words")
        op.execute(f"ALTER TABLE {table} DROP COLUMN words")
        op.execute(f"CREATE INDEX ix_{table}_body ON {table} USING gin (to_tsvector('simple', body))")
