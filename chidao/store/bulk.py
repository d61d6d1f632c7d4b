"""Driver-level inserts for the rows ingestion writes by the dozen.

SQLAlchemy's per-row parameter processing costs more than SQLite's own insert
for the ~30 items of a report; `insert_values` hands prepared tuples straight
to the DBAPI driver, in the driver's parameter style, on SQLite and PostgreSQL
alike, as multi-row `INSERT … VALUES (…), (…)` statements: one statement for a
report's items, not one per item (on PostgreSQL each row of an executemany is a
statement of its own for the server). Row numbers are drawn first (`next_numbers`), so
that no statement waits for another's answer (`together`). Values must already be what
the driver takes (str, int, bool, bytes, None; JSON as text).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.exc import DBAPIError

from chidao.store.locking import hold_write_lock


@cache
def _placeholder(paramstyle: str) -> str:
    if paramstyle == "qmark":
        return "?"
    if paramstyle in ("format", "pyformat"):
        return "%s"
    raise ValueError(f"unsupported DBAPI parameter style: {paramstyle}")


# Parameters in one statement: SQLite takes 32,766 (since 3.32), PostgreSQL 65,535.
MAX_PARAMETERS = 32_000


def insert_sql(dialect: Dialect, table: str, columns: Sequence[str], rows: int = 1,
               row: Sequence[str] | None = None) -> str:
    """`INSERT INTO table (columns) VALUES (…), …` of `rows` rows with the driver's placeholders;
    `row` gives a row's SQL value by value ("?" a placeholder: "strip(to_tsvector('simple', ?))")."""
    mark = _placeholder(dialect.paramstyle)
    one = "(" + ", ".join(value.replace("?", mark) for value in (row or ["?"] * len(columns))) + ")"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * rows)}"


def insert_values(connection: Connection, table: str, columns: Sequence[str],
                  values: Sequence[tuple[Any, ...]], row: Sequence[str] | None = None,
                  types: Sequence[str] | None = None) -> None:
    """Insert `values` (tuples in `columns` order) into `table` in the caller's transaction (see
    `insert_sql` for `row`).

    SQLite: multi-row statements of as many rows as `MAX_PARAMETERS` allows. PostgreSQL: one
    statement of one array a column (`unnest_sql`; `types` are the columns' SQL types, read
    from the store's schema when not given), whose text is the same whatever the number of
    rows: psycopg parses and the server plans it once, where a statement of 30 rows of
    placeholders was parsed again each time."""
    if not values:
        return
    if connection.dialect.name == "postgresql":
        types = types or _column_types(connection.dialect, table, tuple(columns))
        connection.exec_driver_sql(unnest_sql(table, columns, types, row),
                                   tuple(list(column) for column in zip(*values, strict=True)))
        return
    per = max(1, MAX_PARAMETERS // max(1, len(columns)))
    for start in range(0, len(values), per):
        part = values[start:start + per]
        connection.exec_driver_sql(insert_sql(connection.dialect, table, columns, len(part), row),
                                   tuple(value for one in part for value in one))


_PG_NEXT = "SELECT nextval(pg_get_serial_sequence(%s, 'seq')) FROM generate_series(1, %s::int)"


def next_numbers(connection: Connection, table: str, count: int) -> list[int]:
    """`count` new row numbers (`seq`) for `table`, in order, drawn before its rows are written:
    rows that name each other's numbers then go in statements that wait for no answer
    (`together`). PostgreSQL draws them from the table's sequence; SQLite takes those after the
    largest, as it would itself, with the write lock held (so no other writer takes them)."""
    if count <= 0:
        return []
    if connection.dialect.name == "postgresql":
        return [number for (number,) in connection.exec_driver_sql(_PG_NEXT, (table, count))]
    hold_write_lock(connection)
    last = connection.exec_driver_sql(f"SELECT max(seq) FROM {table}").scalar() or 0
    return list(range(last + 1, last + 1 + count))


@contextmanager
def together(connection: Connection) -> Iterator[None]:
    """Statements sent one after another without waiting for each other's answers: PostgreSQL's
    pipeline mode (this process makes the next statement while the server runs the one before;
    an error is raised at the end of the block, as SQLAlchemy raises it: an IntegrityError for a
    text stored meanwhile). SQLite, in this process, runs each as it comes."""
    if connection.dialect.name != "postgresql":
        yield
        return
    import psycopg

    driver = connection.connection.driver_connection
    try:
        with driver.pipeline():
            yield
    except psycopg.Error as exc:
        raise DBAPIError.instance(None, None, exc, psycopg.Error, dialect=connection.dialect) from exc


def bound(dialect: Dialect, table: str, columns: Sequence[str],
          values: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """`values` (tuples in `columns` order) as the driver takes them: each through its column's
    SQLAlchemy type (a datetime as SQLite's text, as the ORM writes it)."""
    from chidao.store.schema import Base  # the tables' columns and types

    found = Base.metadata.tables[table].columns
    processors = [found[column].type.bind_processor(dialect) for column in columns]
    return [tuple(value if process is None else process(value)
                  for process, value in zip(processors, row, strict=True)) for row in values]


def unnest_sql(table: str, columns: Sequence[str], types: Sequence[str],
               row: Sequence[str] | None = None) -> str:
    """PostgreSQL's `INSERT INTO table (columns) SELECT … FROM unnest(%s::type[], …)`: one array
    parameter a column; `row` as in `insert_sql`, "?" there naming the column's value."""
    names = [f"v{i}" for i in range(len(columns))]
    selected = ", ".join(value.replace("?", name) for value, name in zip(row or ["?"] * len(columns), names,
                                                                        strict=True))
    arrays = ", ".join(f"%b::{sql_type}[]" for sql_type in types)
    return (f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selected} "
            f"FROM unnest({arrays}) AS v({', '.join(names)})")


@cache
def _column_types(dialect: Dialect, table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    from chidao.store.schema import Base  # the tables' columns and types

    found = Base.metadata.tables[table].columns
    return tuple(found[column].type.compile(dialect) for column in columns)


def select_sql(dialect: Dialect, sql: str) -> str:
    """`sql` written with `?` placeholders, in the driver's parameter style."""
    mark = _placeholder(dialect.paramstyle)
    return sql if mark == "?" else sql.replace("?", mark)
