"""Reports' text compressed on SQLite (`chidao.store.report_text`).

Each report's text was a third of a SQLite store, the one copy of it the store keeps. It is now
kept as its UTF-8 compressed with zlib, a BLOB in the same TEXT column; the ORM reads and writes
text (`chidao.store.report_text.ReportText`) and SQL reads it through `report_text(…)`, which
`chidao.store.engine` defines on every SQLite connection. PostgreSQL compresses long values
itself (TOAST): its store is not changed.

The rows are rewritten in batches; a row already compressed is left as it is, so an upgrade
that stopped part way can run again. The file keeps the freed pages until `chidao compact`.
The downgrade writes the text back as it was.

Revision ID: 0017_report_text_compressed
Revises: 0016_places_in_search
Create Date: 2026-12-02
"""

from __future__ import annotations

import zlib

import sqlalchemy as sa
from alembic import op

revision = "0017_report_text_compressed"
down_revision = "0016_places_in_search"
branch_labels = None
depends_on = None

_BATCH = 2_000


def _rewrite(stored_type: str, change) -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    last = 0
    while True:
        rows = connection.execute(sa.text(
            "SELECT seq, text FROM documents WHERE seq > :last ORDER BY seq LIMIT :batch"),
            {"last": last, "batch": _BATCH}).all()
        if not rows:
            return
        last = rows[-1][0]
        changed = [{"b_seq": seq, "b_text": change(value)} for seq, value in rows
                   if value is not None and isinstance(value, bytes) != (stored_type == "text")]
        if changed:
            connection.execute(sa.text("UPDATE documents SET text = :b_text WHERE seq = :b_seq"), changed)


def upgrade() -> None:
    # text as it is -> zlib of its UTF-8 (chidao.store.report_text.pack, level 6)
    _rewrite("text", lambda value: zlib.compress(value.encode("utf-8"), 6))


def downgrade() -> None:
    _rewrite("blob", lambda value: zlib.decompress(value).decode("utf-8"))
