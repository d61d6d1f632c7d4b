"""Give a store's free room back and refresh its statistics (`chidao compact`).

A store grows by appending rows and splitting index pages, which leaves pages part empty
(SQLite's indexes filled in random order, such as the items by kind and date, end about three
quarters full), and deleted or re-extracted reports leave free pages. Measured on 100,000
generated reports: 3.04 bytes of store per byte of text as written, 2.93 compacted
(docs/ARCHIVE_SCALE.md).

- SQLite: `VACUUM` (the file written again, every page full; it needs as much free disk as the
  store and waits for other writers), then `PRAGMA optimize`, then the WAL emptied. A store made
  with 4 KiB pages is written with 8 KiB ones (`chidao.store.engine.PAGE_SIZE`), a tenth smaller
  with its reports' text compressed (0017).
- PostgreSQL: `VACUUM (ANALYZE)`: dead rows' room made reusable and the planner's statistics
  made again (after a large ingest they are what its plans for search rest on); the files are
  not made smaller, which only `VACUUM FULL` does, locking every table while it runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from chidao.store.engine import PAGE_SIZE, sqlite_file


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


def _vacuum_sqlite(connection: Connection) -> None:
    """VACUUM; a store with smaller pages than chidao makes now (`PAGE_SIZE`) is written with
    them, which SQLite does only outside WAL mode, and so only when no other connection has the
    store open: the journal is put back to WAL after. Otherwise its pages stay as they are."""
    if connection.exec_driver_sql("PRAGMA page_size").scalar_one() < PAGE_SIZE:
        try:
            alone = connection.exec_driver_sql("PRAGMA journal_mode=DELETE").scalar_one() == "delete"
        except OperationalError:  # "database is locked": another connection has it open
            alone = False
        if alone:
            try:
                connection.exec_driver_sql(f"PRAGMA page_size = {PAGE_SIZE}")
                connection.exec_driver_sql("VACUUM")
            finally:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            return
    connection.exec_driver_sql("VACUUM")


def compact(engine: Engine) -> Compacted:
    """Compact the store at `engine` (see the module docstring); its size before and after."""
    before = store_size(engine)
    engine.dispose()  # this process's other connections closed: the journal may change (SQLite)
    # VACUUM runs outside a transaction on both databases
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if engine.dialect.name == "sqlite":
            _vacuum_sqlite(connection)
            connection.exec_driver_sql("PRAGMA optimize")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            connection.exec_driver_sql("VACUUM (ANALYZE)")
    return Compacted(before, store_size(engine))
