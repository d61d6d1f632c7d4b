"""Documents, items, LSH bands, status history, and full-text search by dialect.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("source", sa.Text), sa.Column("title", sa.Text),
        sa.Column("date", sa.String(10)), sa.Column("event_date", sa.String(10)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("group_id", sa.String(64)),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("ingested_at", STAMP, nullable=False),
        sa.Column("extracted_at", STAMP, nullable=False),
    )
    op.create_index("ix_documents_date", "documents", ["date"])
    op.create_index("ix_documents_group_id", "documents", ["group_id"])
    op.create_table(
        "items",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(96), nullable=False, unique=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("span_start", sa.Integer), sa.Column("span_end", sa.Integer),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("person_key", sa.Text), sa.Column("topics", sa.Text),
        sa.Column("code", sa.String(16)), sa.Column("current_code", sa.String(16)),
        sa.Column("name_key", sa.Text),
        sa.Column("status", sa.String(16)), sa.Column("owner", sa.Text),
        sa.Column("due", sa.String(10)), sa.Column("notes", sa.Text),
        sa.Column("orphan", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_items_document_kind", "items", ["document_id", "kind"])
    op.create_index("ix_items_kind_date", "items", ["kind", "date"])
    op.create_index("ix_items_kind_person", "items", ["kind", "person_key"])
    op.create_index("ix_items_kind_code", "items", ["kind", "code"])
    op.create_index("ix_items_kind_current_code", "items", ["kind", "current_code"])
    op.create_table(
        "document_bands",
        sa.Column("band", sa.BigInteger, primary_key=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_table(
        "status_history",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("item_id", sa.String(96), nullable=False),
        sa.Column("at", STAMP, nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("old_value", sa.Text), sa.Column("new_value", sa.Text),
    )
    op.create_index("ix_status_history_item_id", "status_history", ["item_id"])
    if op.get_bind().dialect.name == "sqlite":
        # Contentless FTS5 over diacritic-folded text; rowid = documents.seq / items.seq.
        for table in ("document_fts", "item_fts"):
            op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(body, content='', "
                       "tokenize='unicode61 remove_diacritics 0')")
    else:
        for table in ("document_fts", "item_fts"):
            op.create_table(table, sa.Column("seq", sa.Integer, primary_key=True),
                            sa.Column("body", sa.Text, nullable=False))
            op.execute(f"CREATE INDEX ix_{table}_body ON {table} "
                       "USING gin (to_tsvector('simple', body))")


def downgrade() -> None:
    for table in ("item_fts", "document_fts", "status_history", "document_bands", "items", "documents"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
