"""Corrections: items rejected, fields fixed, items added by a person, a report's date set.

- `items.rejected`: a person said the item is not an item of its kind; registers
  hide it, re-extraction keeps it rejected.
- `items.origin`: "machine", or "person" for an item a person added from a span.
- `items.machine_values` / `documents.machine_values`: the machine's own value of
  each field a person corrected (`data` / `date` hold the corrected value), so both
  are shown and a newer extractor's value is kept aside, not written over the person's.
- `corrections`: one row per correction, with who and when (no foreign keys: the
  record of a deleted report's person-entered data outlives it).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("items", sa.Column("rejected", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("items", sa.Column("origin", sa.String(8), nullable=False, server_default="machine"))
    op.add_column("items", sa.Column("machine_values", sa.JSON))
    op.add_column("documents", sa.Column("machine_values", sa.JSON))
    op.create_table(
        "corrections",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("item_id", sa.String(96)),
        sa.Column("kind", sa.String(16)),
        sa.Column("field", sa.String(32)),
        sa.Column("old_value", sa.JSON), sa.Column("new_value", sa.JSON),
        sa.Column("reason", sa.Text),
        sa.Column("undone_by", sa.Integer),
    )
    op.create_index("ix_corrections_document_id", "corrections", ["document_id"])
    op.create_index("ix_corrections_item_id", "corrections", ["item_id"])


def downgrade() -> None:
    op.drop_table("corrections")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("machine_values")
    with op.batch_alter_table("items") as batch:
        for column in ("machine_values", "origin", "rejected"):
            batch.drop_column(column)
