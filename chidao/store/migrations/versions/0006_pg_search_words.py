"""PostgreSQL's search rows split into words as SQLite's FTS5 splits them.

PostgreSQL's text parser keeps "06/ĐA-UBND", "1.204" and "22/6/2015" as single words,
so "Đề án 06" or "Nghị định 100" did not find reports that SQLite finds. Search rows are
now written with every run of characters other than letters, marks and digits made one
space (`chidao.store.search.token_text`); this rewrites the rows already stored, in
batches. SQLite's FTS5 tables are unchanged.

Revision ID: 0006_pg_search_words
Revises: 0005_users
Create Date: 2026-12-01
"""

from __future__ import annotations

import regex
import sqlalchemy as sa
from alembic import op

revision = "0006_pg_search_words"
down_revision = "0005_users"
branch_labels = None
depends_on = None

# chidao.store.search.token_text as of this revision (a migration keeps its own rule)
_BETWEEN_TOKENS = regex.compile(r"[^\p{L}\p{M}\p{N}\p{Co}]+", regex.V1)
_BATCH = 2_000


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for table in ("document_fts", "item_fts"):
        last = -1
        while True:
            rows = connection.execute(sa.text(
                f"SELECT seq, body FROM {table} WHERE seq > :last ORDER BY seq LIMIT {_BATCH}"),
                {"last": last}).all()
            if not rows:
                break
            changed = [{"seq": seq, "body": _BETWEEN_TOKENS.sub(" ", body)} for seq, body in rows]
            changed = [row for row, (_, body) in zip(changed, rows, strict=True) if row["body"] != body]
            if changed:
                connection.execute(sa.text(f"UPDATE {table} SET body = :body WHERE seq = :seq"), changed)
            last = rows[-1][0]


def downgrade() -> None:
    """The split rows stay: PostgreSQL's parser reads them as well (only fewer words join)."""
