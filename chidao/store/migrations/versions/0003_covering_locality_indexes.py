"""Locality indexes that hold the document: a place's reports are read from the index alone.

The locality filter of search and of the registers asks for the documents whose
locality items carry a code (`kind = 'localities' AND code IN (…)`). With
(kind, code) only, each of a province's thousands of locality rows cost a
lookup in the items table to read its document: about 20 ms for one province
of a 100,000-report archive, on every filtered search. With the document id in
the index the same list takes about a millisecond.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CODES = (("ix_items_kind_code", "code"), ("ix_items_kind_current_code", "current_code"))


def upgrade() -> None:
    for name, column in CODES:
        op.drop_index(name, table_name="items")
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "items", ["kind", column, "document_id"], sqlite_where=where,
                        postgresql_where=where)


def downgrade() -> None:
    for name, column in CODES:
        op.drop_index(name, table_name="items")
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "items", ["kind", column], sqlite_where=where, postgresql_where=where)
