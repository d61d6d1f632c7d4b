"""Where the store lives and how to open it.

`database_url(db)` turns what a user gives (`--db PATH`, `--db postgresql://…`,
`CHIDAO_DB`, nothing: `./chidao.db`) into a SQLAlchemy URL; `open_engine(db)`
creates the engine (SQLite: WAL journal, synchronous=NORMAL, foreign keys on)
and upgrades the schema to the newest migration, once per engine.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

DEFAULT_DB = "chidao.db"
ENV_VAR = "CHIDAO_DB"


def database_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from a path or URL; None reads $CHIDAO_DB, then `./chidao.db`."""
    db = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in db:
        # Plain "postgresql://" means psycopg 3 here, the driver we depend on.
        if db.startswith("postgresql://") or db.startswith("postgres://"):
            db = "postgresql+psycopg://" + db.split("://", 1)[1]
        return db
    if db == ":memory:":
        return "sqlite://"
    # Absolute, so a cached engine never changes meaning with the working directory.
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL + NORMAL: durable at checkpoints, fast per-document commits.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Checkpoint (and fsync) every ~40 MB of WAL rather than every 4 MB: ingest commits
    # one small transaction per report, and the default made fsync a third of its time.
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def create_store_engine(db: str | None = None) -> Engine:
    """A new engine for `db` (path or URL), without touching the schema."""
    url = database_url(db)
    if url.startswith("sqlite"):
        kwargs: dict = {}
        if url == "sqlite://":
            # One connection for an in-memory database, or every session sees an empty one.
            kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_engine(db: str | None = None) -> Engine:
    """The engine for `db`, its schema upgraded to the newest migration.

    Engines of files and servers are cached per URL; an in-memory database is new each call.
    """
    url = database_url(db)
    if url == "sqlite://":
        from chidao.store.migrate import upgrade

        engine = create_store_engine(url)
        upgrade(engine)
        return engine
    return _open_url(url)


@cache
def _open_url(url: str) -> Engine:
    from chidao.store.migrate import upgrade

    engine = create_store_engine(url)
    upgrade(engine)
    return engine


def is_sqlite(engine_or_dialect_name: Engine | str) -> bool:
    """True for a SQLite engine (or dialect name)."""
    name = engine_or_dialect_name if isinstance(engine_or_dialect_name, str) else \
        engine_or_dialect_name.dialect.name
    return name == "sqlite"
