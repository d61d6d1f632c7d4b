"""Items refer to their document by its row number, not its 64-character id.

`items.document_id` (the document's sha256, 64 characters in the row and again in each of
the three indexes that hold it) becomes `items.document_seq`, the document's `documents.seq`
(an integer, a byte or three), with the same foreign key and cascade. The indexes that held
the id hold the row number: (document_seq, kind), and the locality code indexes' covering
column. A new report's items now land at the end of the document index instead of at a
random place, as its row number grows with every report.

Every item keeps its row number (`items.seq`, which the search tables and nothing else
refer to), its id and every value. On SQLite the table is made again (a column that
holds a foreign key cannot be dropped in place) and the rows copied in `seq` order; on
PostgreSQL the column is added, filled from `documents` and the old one dropped.

Revision ID: 0008_items_by_document_row
Revises: 0007_lean_store
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_items_by_document_row"
down_revision = "0007_lean_store"
branch_labels = None
depends_on = None

# Every index of `items` but its id's: (name, its columns with "{document}" for the
# document's reference, the column of a partial index's "IS NOT NULL" condition). All are
# dropped and made again, so that SQLite's copy of the table cannot lose a partial condition.
_INDEXES: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("ix_items_document_kind", ("{document}", "kind"), None),
    ("ix_items_kind_date", ("kind", "date"), None),
    ("ix_items_kind_person", ("kind", "person_key"), "person_key"),
    ("ix_items_kind_code", ("kind", "code", "{document}"), "code"),
    ("ix_items_kind_current_code", ("kind", "current_code", "{document}"), "current_code"),
)


def _drop_indexes() -> None:
    for name, *_ in _INDEXES:
        op.drop_index(name, table_name="items")


def _create_indexes(document: str) -> None:
    for name, columns, partial in _INDEXES:
        where = sa.text(f"{partial} IS NOT NULL") if partial else None
        op.create_index(name, "items", [column.format(document=document) for column in columns],
                        sqlite_where=where, postgresql_where=where)


def _switch(old: str, new: str, new_type: sa.types.TypeEngine, referred: str, fill: str) -> None:
    """Replace the items' reference to their document `old` by `new` (documents.`referred`),
    filled by the scalar subquery `fill` over the item's row (`items`)."""
    _drop_indexes()
    op.add_column("items", sa.Column(new, new_type, nullable=True))
    op.execute(f"UPDATE items SET {new} = ({fill})")
    if op.get_bind().dialect.name == "sqlite":
        # Made again: SQLite cannot drop a column that holds a foreign key. The copy keeps
        # every row's seq; the new column gets its foreign key and NOT NULL here.
        with op.batch_alter_table("items", recreate="always") as batch:
            batch.drop_column(old)
            batch.alter_column(new, existing_type=new_type, nullable=False)
            batch.create_foreign_key(f"fk_items_{new}", "documents", [new], [referred], ondelete="CASCADE")
    else:
        op.alter_column("items", new, existing_type=new_type, nullable=False)
        op.create_foreign_key(f"fk_items_{new}", "items", "documents", [new], [referred], ondelete="CASCADE")
        op.drop_column("items", old)
    _create_indexes(new)


def upgrade() -> None:
    _switch("document_id", "document_seq", sa.Integer(), "seq",
            "SELECT documents.seq FROM documents WHERE documents.id = items.document_id")


def downgrade() -> None:
    _switch("document_seq", "document_id", sa.String(64), "id",
            "SELECT documents.id FROM documents WHERE documents.seq = items.document_seq")
