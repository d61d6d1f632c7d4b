"""Item filter indexes over the rows that have the value (person, locality codes).

Most items have no person, and only localities have codes; indexing the NULLs
cost every ingest a page write per item per index for lookups that never
ask for NULL. `person_key = ?` and `code IN (…)` imply `IS NOT NULL`, so
SQLite and PostgreSQL both use the partial indexes for the filters.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PARTIAL = (("ix_items_kind_person", "person_key"), ("ix_items_kind_code", "code"),
           ("ix_items_kind_current_code", "current_code"))


def upgrade() -> None:
    for name, column in PARTIAL:
        op.drop_index(name, table_name="items")
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "items", ["kind", column], sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    for name, column in PARTIAL:
        op.drop_index(name, table_name="items")
        op.create_index(name, "items", ["kind", column])
