"""Migration 0004 adds what corrections need to a store that already holds reports, on SQLite
and PostgreSQL alike."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from chidao.store.engine import create_store_engine
from chidao.store.migrate import MIGRATIONS_DIR, upgrade

MIGRATION = MIGRATIONS_DIR / "versions" / "0004_corrections.py"


def test_a_store_at_0003_keeps_its_items_and_gains_the_corrections(tmp_path: Path) -> None:
    engine = create_store_engine(str(tmp_path / "old.db"))
    upgrade(engine, "0003")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO documents (id, text, ingested_at, extracted_at) "
                                "VALUES ('d1', 'Bộ trưởng yêu cầu.', '2024-01-01', '2024-01-01')"))
        connection.execute(text("INSERT INTO items (id, document_id, kind, ordinal, data, status) "
                                "VALUES ('d1:directives:0', 'd1', 'directives', 0, '{}', 'in_progress')"))
    upgrade(engine, "0004")  # (0015 keeps the origin as a code)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT status, rejected, origin, machine_values FROM items")).one() \
            == ("in_progress", 0, "machine", None)
        assert connection.execute(text("SELECT machine_values FROM documents")).scalar_one() is None
        assert connection.execute(text("SELECT count(*) FROM corrections")).scalar_one() == 0
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT status, kind, origin FROM items")).one() \
            == ("in_progress", 1, 0)


def test_the_migration_renders_for_postgresql_without_a_server() -> None:
    spec = importlib.util.spec_from_file_location("migration_0004", MIGRATION)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    buffer = io.StringIO()
    context = MigrationContext.configure(dialect_name="postgresql",
                                         opts={"as_sql": True, "output_buffer": buffer})
    with Operations.context(context):
        migration.upgrade()
    sql = buffer.getvalue()
    assert "ALTER TABLE items ADD COLUMN rejected BOOLEAN DEFAULT false NOT NULL" in sql
    assert "ALTER TABLE items ADD COLUMN origin VARCHAR(8) DEFAULT 'machine' NOT NULL" in sql
    assert "ALTER TABLE items ADD COLUMN machine_values JSON" in sql
    assert "ALTER TABLE documents ADD COLUMN machine_values JSON" in sql
    assert "CREATE TABLE corrections (\n    seq SERIAL NOT NULL" in sql
    assert "CREATE INDEX ix_corrections_item_id ON corrections (item_id)" in sql
