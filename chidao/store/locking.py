"""Take the store's write lock at the start of a change that reads before it writes.

A status change reads an item's notes and appends to them; two people doing it at once
must not lose one of the notes. A report joins the event group of a near-duplicate
stored before it; two ingests storing two outlets' reports of one event at once must
not each miss the other. `hold_write_lock(bind)` makes the rest of the transaction run
alone among writers: on SQLite it begins the transaction with `BEGIN IMMEDIATE` (the
write lock, waited for up to the busy timeout, so readers go on and a second writer
waits rather than fails); on PostgreSQL it takes the transaction-scoped advisory lock
`key` when one is given (ingest), and callers lock the rows they change otherwise
(`SELECT … FOR UPDATE`).
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.orm import Session

INGEST_LOCK = 0x636869_64616F + 1  # pg_advisory_xact_lock key of storing a report


def hold_write_lock(bind: Session | Connection, key: int | None = None) -> None:
    """Hold the write lock for the rest of the current transaction (see the module docstring)."""
    connection = bind.connection() if isinstance(bind, Session) else bind
    if connection.dialect.name == "sqlite":
        driver = connection.connection.driver_connection
        # Python's sqlite3 opens a transaction only at the first write: before it, reads ran
        # without one, and BEGIN IMMEDIATE can start it here.
        if driver is not None and not driver.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql" and key is not None:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({key})")
