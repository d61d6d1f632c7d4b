"""Give a store's free room back and refresh its statistics (`chidao compact`).

A store grows by appending rows and splitting index pages, which leaves pages part empty
(SQLite's indexes filled in random order, such as the items by kind and date, end about three
quarters full), and deleted or re-extracted reports leave free pages. Measured on 100,000
generated reports: 3.04 bytes of store per byte of text as written, 2.93 compacted
(docs/ARCHIVE_SCALE.md).

- SQLite: `VACUUM` (the file written again, every page full; it needs as much free disk as the
  store and waits for other writers), then `PRAGMA optimize`, then the WAL emptied.
- PostgreSQL: `VACUUM (ANALYZE)`: dead rows' room made reusable and the planner's statistics
  made again (after a large ingest they are what its plans for search rest on); the files are
  not made smaller, which only `VACUUM FULL` does, locking every table while it runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from chidao.store.engine import sqlite_file


@dataclass(frozen=True, slots=True)
class Compacted:
    """The store's size in bytes before and after."""

    before: int
    after: int


def store_size(engine: Engine) -> int:
    """Bytes the store takes: the SQLite file and its WAL, or PostgreSQL's database."""
    path = sqlite_file(engine.url.render_as_string(hide_password=False))
    if path is not None:
        wal = path.with_name(path.name + "-wal")
        return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    with engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one())


def compact(engine: Engine) -> Compacted:
    """Compact the store at `engine` (see the module docstring); its size before and after."""
    before = store_size(engine)
    # VACUUM runs outside a transaction on both databases
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("VACUUM")
            connection.exec_driver_sql("PRAGMA optimize")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            connection.exec_driver_sql("VACUUM (ANALYZE)")
    return Compacted(before, store_size(engine))
