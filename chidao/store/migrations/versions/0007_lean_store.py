"""A leaner store: items' `data` as minified JSON.

`items.data` is rewritten as minified JSON (no spaces after separators, UTF-8 characters as
they are: `chidao.store.item_data.dumps`), in batches; every value stays as it was.

Revision ID: 0007_lean_store
Revises: 0006_pg_search_words
Create Date: 2026-12-02
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007_lean_store"
down_revision = "0006_pg_search_words"
branch_labels = None
depends_on = None

_BATCH = 2_000


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _rewrite_item_data(connection: sa.Connection) -> None:
    """Every item's `data` minified."""
    data = "data" if connection.dialect.name == "sqlite" else "data::text"  # as written
    last = -1
    while True:
        rows = connection.execute(sa.text(
            f"SELECT seq, {data} FROM items WHERE seq > :last ORDER BY seq LIMIT {_BATCH}"),
            {"last": last}).all()
        if not rows:
            break
        changed = []
        for seq, raw in rows:
            lean = _dumps(json.loads(raw))
            if lean != raw:
                changed.append({"seq": seq, "data": lean})
        if changed:
            connection.execute(sa.text("UPDATE items SET data = :data WHERE seq = :seq"), changed)
        last = rows[-1][0]


def upgrade() -> None:
    connection = op.get_bind()
    _rewrite_item_data(connection)


def downgrade() -> None:
    """Minified JSON reads as any JSON: nothing to undo."""
