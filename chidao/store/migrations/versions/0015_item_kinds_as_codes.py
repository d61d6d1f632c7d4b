"""An item's kind and origin kept as small integers.

Every item row held its kind's name ("organizations", "legal_refs") and every index that
starts with the kind (four, and the one by report) held it again: a twelfth of the store.
The kind is now its place in `chidao.store.item_data.KINDS` (the names in alphabetical
order, so ordering by it orders as before), the origin ("machine" on almost every row) its
place in `ORIGINS`; the ORM reads and writes the names (`chidao.store.schema.Coded`).

On SQLite the values are rewritten and the table made again with integer columns, every
row keeping its `seq` (the indexes dropped and made again around the copy, which could
otherwise lose a partial condition); on PostgreSQL the columns change type in place. A
store holding a kind or an origin this chidao does not know is not changed: the upgrade
stops naming it. The downgrade writes the names back.

Revision ID: 0015_item_kinds_as_codes
Revises: 0014_bands_from_signatures
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_item_kinds_as_codes"
down_revision = "0014_bands_from_signatures"
branch_labels = None
depends_on = None

# chidao.store.item_data.KINDS and ORIGINS as of this revision: a name's code is its place.
_KINDS = ("commitments", "directives", "events", "indicators", "legal_refs", "localities",
          "organizations", "people", "targets")
_ORIGINS = ("machine", "person")
# Every index of `items` (as 0013 left them): (name, columns, the column of a partial index's
# "IS NOT NULL" condition, unique).
_INDEXES: tuple[tuple[str, tuple[str, ...], str | None, bool], ...] = (
    ("ix_items_document_kind", ("document_seq", "kind", "ordinal"), None, True),
    ("ix_items_id", ("id",), "id", True),
    ("ix_items_kind_date", ("kind", "date"), None, False),
    ("ix_items_kind_person", ("kind", "person_key"), "person_key", False),
    ("ix_items_kind_code", ("kind", "code", "document_seq"), "code", False),
    ("ix_items_kind_current_code", ("kind", "current_code", "document_seq"), "current_code", False),
)


def _to_codes(column: str, names: tuple[str, ...]) -> str:
    whens = " ".join(f"WHEN '{name}' THEN {code}" for code, name in enumerate(names))
    return f"CASE {column} {whens} END"


def _to_names(column: str, names: tuple[str, ...]) -> str:
    whens = " ".join(f"WHEN {code} THEN '{name}'" for code, name in enumerate(names))
    return f"CASE {column} {whens} END"


def _check_known() -> None:
    """Stop before changing anything when a row holds a kind or origin with no code."""
    for column, names in (("kind", _KINDS), ("origin", _ORIGINS)):
        listed = ", ".join(f"'{name}'" for name in names)
        unknown = op.get_bind().execute(sa.text(
            f"SELECT DISTINCT {column} FROM items WHERE {column} NOT IN ({listed}) LIMIT 5")).scalars().all()
        if unknown:
            # An SQLAlchemyError: `chidao.store.engine.open_engine` says it in one line.
            raise sa.exc.SQLAlchemyError(
                f"items.{column} holds {', '.join(map(str, unknown))}, which this chidao has no code for")


def _sqlite_columns(kind: sa.types.TypeEngine, origin: sa.types.TypeEngine, default: str) -> None:
    with op.batch_alter_table("items", recreate="always") as batch:
        batch.alter_column("kind", type_=kind, existing_nullable=False)
        batch.alter_column("origin", type_=origin, server_default=default, existing_nullable=False)


def _create() -> None:
    for name, columns, partial, unique in _INDEXES:
        where = sa.text(f"{partial} IS NOT NULL") if partial else None
        op.create_index(name, "items", list(columns), unique=unique, sqlite_where=where,
                        postgresql_where=where)


def _drop() -> None:
    for name, *_ in _INDEXES:
        op.drop_index(name, table_name="items")


def upgrade() -> None:
    _check_known()
    if op.get_bind().dialect.name == "sqlite":
        _drop()
        # Written as text first ('2' in a text column), then read as integers by the copy.
        op.execute(f"UPDATE items SET kind = {_to_codes('kind', _KINDS)}, "
                   f"origin = {_to_codes('origin', _ORIGINS)}")
        _sqlite_columns(sa.SmallInteger(), sa.SmallInteger(), "0")
        _create()
        return
    op.alter_column("items", "origin", server_default=None)
    op.execute(f"ALTER TABLE items ALTER COLUMN kind TYPE smallint USING {_to_codes('kind', _KINDS)}, "
               f"ALTER COLUMN origin TYPE smallint USING {_to_codes('origin', _ORIGINS)}")
    op.alter_column("items", "origin", server_default="0")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _drop()
        _sqlite_columns(sa.String(16), sa.String(8), "machine")
        op.execute(f"UPDATE items SET kind = {_to_names('CAST(kind AS INTEGER)', _KINDS)}, "
                   f"origin = {_to_names('CAST(origin AS INTEGER)', _ORIGINS)}")
        _create()
        return
    op.alter_column("items", "origin", server_default=None)
    op.execute(f"ALTER TABLE items ALTER COLUMN kind TYPE varchar(16) USING {_to_names('kind', _KINDS)}, "
               f"ALTER COLUMN origin TYPE varchar(8) USING {_to_names('origin', _ORIGINS)}")
    op.alter_column("items", "origin", server_default="machine")
