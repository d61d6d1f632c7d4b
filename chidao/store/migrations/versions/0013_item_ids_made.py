"""An item's id is made of its report's id, kind and ordinal, not stored.

Every item's id was "3f2a9c1b04de:directives:4", the first 12 characters of its report's
id, its kind and its ordinal, kept in `items.id` and again in its unique index: an eighth
of the store. The column now holds an id only where it is not made so (none is expected;
a row is left as it was rather than change an id that history and corrections point at),
and the store makes it from the report (`chidao.store.item_ids`). (report, kind, ordinal)
become unique (`ix_items_document_kind`), and the ids still stored unique among themselves
(`ix_items_id`, partial). A report whose id's first 12 characters another report stored
before it shares names its items with its whole id, stored (`item_ids.whole_ids`).

On SQLite the table is made again (its id column was declared NOT NULL UNIQUE), every
row keeping its `seq`; on PostgreSQL the constraint is dropped in place. The downgrade
writes every made id back.

Revision ID: 0013_item_ids_made
Revises: 0012_item_data_as_values
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_item_ids_made"
down_revision = "0012_item_data_as_values"
branch_labels = None
depends_on = None

# Every index of `items`: (name, columns, the column of a partial index's "IS NOT NULL"
# condition, unique). All are dropped and made again around SQLite's copy of the table,
# which could otherwise lose a partial condition.
_INDEXES: tuple[tuple[str, tuple[str, ...], str | None, bool], ...] = (
    ("ix_items_kind_date", ("kind", "date"), None, False),
    ("ix_items_kind_person", ("kind", "person_key"), "person_key", False),
    ("ix_items_kind_code", ("kind", "code", "document_seq"), "code", False),
    ("ix_items_kind_current_code", ("kind", "current_code", "document_seq"), "current_code", False),
)
_BY_DOCUMENT_BEFORE = ("ix_items_document_kind", ("document_seq", "kind"), None, False)
_BY_DOCUMENT = ("ix_items_document_kind", ("document_seq", "kind", "ordinal"), None, True)
_STORED_IDS = ("ix_items_id", ("id",), "id", True)
# The id an item's row makes (chidao.store.item_data.item_id as of this revision).
_MADE = ("(SELECT substr(d.id, 1, 12) FROM documents d WHERE d.seq = items.document_seq) "
         "|| ':' || items.kind || ':' || CAST(items.ordinal AS VARCHAR(12))")


def _create(indexes) -> None:
    for name, columns, partial, unique in indexes:
        where = sa.text(f"{partial} IS NOT NULL") if partial else None
        op.create_index(name, "items", list(columns), unique=unique, sqlite_where=where,
                        postgresql_where=where)


def _drop(indexes) -> None:
    for name, *_ in indexes:
        op.drop_index(name, table_name="items")


def _id_column(nullable: bool) -> None:
    """`items.id` nullable without its unique constraint, or NOT NULL UNIQUE as before."""
    if op.get_bind().dialect.name == "sqlite":
        # The table's UNIQUE (id) has no name: the convention names it as read, to drop it.
        with op.batch_alter_table("items", recreate="always",
                                  naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"}) as batch:
            batch.alter_column("id", existing_type=sa.String(96), nullable=nullable)
            if nullable:
                batch.drop_constraint("uq_items_id", type_="unique")
            else:
                batch.create_unique_constraint("uq_items_id", ["id"])
    elif nullable:
        op.drop_constraint("items_id_key", "items", type_="unique")
        op.alter_column("items", "id", existing_type=sa.String(96), nullable=True)
    else:
        op.alter_column("items", "id", existing_type=sa.String(96), nullable=False)
        op.create_unique_constraint("items_id_key", "items", ["id"])


def upgrade() -> None:
    _drop((*_INDEXES, _BY_DOCUMENT_BEFORE))
    _id_column(nullable=True)
    op.execute(f"UPDATE items SET id = NULL WHERE id = {_MADE}")
    _create((*_INDEXES, _BY_DOCUMENT, _STORED_IDS))


def downgrade() -> None:
    _drop((*_INDEXES, _BY_DOCUMENT, _STORED_IDS))
    op.execute(f"UPDATE items SET id = {_MADE} WHERE id IS NULL")
    _id_column(nullable=False)
    _create((*_INDEXES, _BY_DOCUMENT_BEFORE))
