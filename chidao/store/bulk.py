"""Driver-level inserts for the rows ingestion writes by the dozen.

SQLAlchemy's per-row parameter processing costs more than SQLite's own insert
for the ~30 items of a report; `insert_values` hands prepared tuples straight
to the DBAPI driver, in the driver's parameter style, on SQLite and PostgreSQL
alike, as multi-row `INSERT … VALUES (…), (…)` statements: one statement for a
report's items, not one per item (on PostgreSQL each row of an executemany is a
statement of its own for the server), with the new rows' values when asked
(`RETURNING`, SQLite 3.35 and PostgreSQL). Values must already be what the driver
takes (str, int, bool, bytes, None; JSON as text).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Dialect


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
               row: Sequence[str] | None = None, returning: str | None = None) -> str:
    """`INSERT INTO table (columns) VALUES (…), …` of `rows` rows with the driver's placeholders;
    `row` gives a row's SQL value by value ("?" a placeholder: "strip(to_tsvector('simple', ?))"),
    `returning` the columns of `RETURNING`."""
    mark = _placeholder(dialect.paramstyle)
    one = "(" + ", ".join(value.replace("?", mark) for value in (row or ["?"] * len(columns))) + ")"
    tail = f" RETURNING {returning}" if returning else ""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * rows)}{tail}"


def insert_values(connection: Connection, table: str, columns: Sequence[str],
                  values: Sequence[tuple[Any, ...]], row: Sequence[str] | None = None,
                  returning: str | None = None, types: Sequence[str] | None = None) -> list[tuple[Any, ...]]:
    """Insert `values` (tuples in `columns` order) into `table` in the caller's transaction (see
    `insert_sql` for `row`); the rows `returning` gives, in no particular order ([] without it).

    SQLite: multi-row statements of as many rows as `MAX_PARAMETERS` allows. PostgreSQL: one
    statement of one array a column (`unnest_sql`; `types` are the columns' SQL types, read
    from the store's schema when not given), whose text is the same whatever the number of
    rows: psycopg parses and the server plans it once, where a statement of 30 rows of
    placeholders was parsed again each time."""
    if not values:
        return []
    if connection.dialect.name == "postgresql":
        types = types or _column_types(connection.dialect, table, tuple(columns))
        sql = unnest_sql(table, columns, types, row, returning)
        result = connection.exec_driver_sql(sql, tuple(list(column) for column in zip(*values, strict=True)))
        return [tuple(found) for found in result] if returning else []
    returned: list[tuple[Any, ...]] = []
    per = max(1, MAX_PARAMETERS // max(1, len(columns)))
    for start in range(0, len(values), per):
        part = values[start:start + per]
        sql = insert_sql(connection.dialect, table, columns, len(part), row, returning)
        result = connection.exec_driver_sql(sql, tuple(value for one in part for value in one))
        if returning:
            returned += [tuple(found) for found in result]
    return returned


def unnest_sql(table: str, columns: Sequence[str], types: Sequence[str], row: Sequence[str] | None = None,
               returning: str | None = None) -> str:
    """PostgreSQL's `INSERT INTO table (columns) SELECT … FROM unnest(%s::type[], …)`: one array
    parameter a column; `row` as in `insert_sql`, "?" there naming the column's value."""
    names = [f"v{i}" for i in range(len(columns))]
    selected = ", ".join(value.replace("?", name) for value, name in zip(row or ["?"] * len(columns), names,
                                                                        strict=True))
    arrays = ", ".join(f"%b::{sql_type}[]" for sql_type in types)
    tail = f" RETURNING {returning}" if returning else ""
    return (f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selected} "
            f"FROM unnest({arrays}) AS v({', '.join(names)}){tail}")


@cache
def _column_types(dialect: Dialect, table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    from chidao.store.schema import Base  # the tables' columns and types

    found = Base.metadata.tables[table].columns
    return tuple(found[column].type.compile(dialect) for column in columns)


def select_sql(dialect: Dialect, sql: str) -> str:
    """`sql` written with `?` placeholders, in the driver's parameter style."""
    mark = _placeholder(dialect.paramstyle)
    return sql if mark == "?" else sql.replace("?", mark)
