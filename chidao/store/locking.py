"""Take the store's write lock at the start of a change that reads before it writes.

A status change reads an item's notes and appends to them; two people doing it at once
must not lose one of the notes. `hold_write_lock(session)` makes the rest of the
session's transaction run alone among writers: on SQLite it begins the transaction with
`BEGIN IMMEDIATE` (the reserved lock, waited for up to the busy timeout, so readers
go on and a second writer waits rather than fails); on PostgreSQL row locks do the same
(`SELECT … FOR UPDATE` on the rows to change), so nothing is done here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def hold_write_lock(session: Session) -> None:
    """Begin the session's SQLite transaction as a writer now (no-op when one is open, or on
    PostgreSQL)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    driver = connection.connection.driver_connection
    # Python's sqlite3 opens a transaction only at the first write: before it, reads ran
    # without one, and BEGIN IMMEDIATE can start it here.
    if driver is not None and not driver.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
