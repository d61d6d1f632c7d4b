"""Run the package's bundled Alembic migrations programmatically (no alembic.ini needed).

`upgrade(engine)` brings a store to the newest revision all-or-nothing and one process
at a time: every migration still to run goes in one transaction (SQLite and PostgreSQL
both have transactional DDL), taken under the store's write lock (SQLite: `BEGIN
IMMEDIATE`; PostgreSQL: a transaction-scoped advisory lock). A process killed midway
leaves the store as it was before, and a second process that wanted to create or
upgrade the same store waits, then finds it done. A store already at the revision is
only read (no lock), so commands that read never wait for a writer.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from chidao.store.engine import BUSY_TIMEOUT_MS

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# pg_advisory_xact_lock key of schema changes (any fixed number: "chidao" in ASCII).
_PG_LOCK_KEY = 0x636869_64616F
# How long a process waits for another one's upgrade of a SQLite store (milliseconds).
_SQLITE_UPGRADE_WAIT_MS = 600_000


def alembic_config() -> Config:
    """An Alembic config pointing at chidao/store/migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(engine: Engine) -> str | None:
    """The store's revision (None for an empty store)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database at `engine` up to `revision` (default: the newest), all or nothing."""
    config = alembic_config()
    wanted = ScriptDirectory.from_config(config).get_revision(revision)
    if wanted is not None and current_revision(engine) == wanted.revision:
        return
    with _schema_lock(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


@contextmanager
def _schema_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds the store's schema lock; committed on exit,
    rolled back on an error."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # Python's sqlite3 starts no transaction before DDL: begin one ourselves, and
            # take the write lock with it so that two processes never migrate at once.
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {_SQLITE_UPGRADE_WAIT_MS}")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        elif connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
        try:
            yield connection
        except BaseException:
            connection.rollback()
            raise
        finally:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.commit()
