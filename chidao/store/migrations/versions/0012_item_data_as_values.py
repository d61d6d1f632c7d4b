"""An item's `data` is the array of its values, not an object naming every field.

Every item of a kind held the same field names in the same order in its `data`
(`{"metric":…,"metric_key":…,…}`): a third of the column. `data` is now the array of the
values in the order of `chidao.store.item_data.FIELDS` (`[…,…,…]`) wherever its fields are
exactly those; any other `data` (a field of its own, the words kept because they are not
the report's text at the span) stays the object it was. `Item.data`, backups, the registers
and the SQL that reads a field (`item_data.field_sql`, `field_path`) read both forms. The
downgrade writes the objects back.

`FIELDS` is fixed with the store's format (a later change of it comes with a migration of
its own), so this migration reads it from `chidao.store.item_data`.

Revision ID: 0012_item_data_as_values
Revises: 0011_search_without_positions
Create Date: 2026-12-01
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from chidao.store.item_data import FIELDS, dumps

revision = "0012_item_data_as_values"
down_revision = "0011_search_without_positions"
branch_labels = None
depends_on = None

_BATCH = 5_000


def _as_values(kind: str, data: object) -> object:
    if isinstance(data, dict) and tuple(data) == FIELDS.get(kind):
        return list(data.values())
    return data


def _as_object(kind: str, data: object) -> object:
    if isinstance(data, list):
        return dict(zip(FIELDS[kind], data, strict=True))
    return data


def _rewrite(form) -> None:
    """Every item's `data` in the `form` (a function of the kind and the data)."""
    connection = op.get_bind()
    data = "data" if connection.dialect.name == "sqlite" else "data::text"  # as written
    last = -1
    while True:
        rows = connection.execute(sa.text(
            f"SELECT seq, kind, {data} FROM items WHERE seq > :last ORDER BY seq LIMIT {_BATCH}"),
            {"last": last}).all()
        if not rows:
            return
        changed = []
        for seq, kind, raw in rows:
            written = dumps(form(kind, json.loads(raw)))
            if written != raw:
                changed.append({"seq": seq, "data": written})
        if changed:
            connection.execute(sa.text("UPDATE items SET data = :data WHERE seq = :seq"), changed)
        last = rows[-1][0]


def upgrade() -> None:
    _rewrite(_as_values)


def downgrade() -> None:
    _rewrite(_as_object)
