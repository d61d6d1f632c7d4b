"""Driver-level inserts for the rows ingestion writes by the dozen.

SQLAlchemy's per-row parameter processing costs more than SQLite's own insert
for the ~30 items of a report; `insert_values` hands prepared tuples straight
to the DBAPI driver's executemany, in the driver's parameter style, on
SQLite and PostgreSQL alike. Values must already be what the driver takes
(str, int, bool, bytes, None; JSON as text).
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


def insert_sql(dialect: Dialect, table: str, columns: Sequence[str]) -> str:
    """`INSERT INTO table (columns) VALUES (…)` with the driver's placeholders."""
    mark = _placeholder(dialect.paramstyle)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"


def insert_values(connection: Connection, table: str, columns: Sequence[str],
                  values: Sequence[tuple[Any, ...]]) -> None:
    """executemany of `values` (tuples in `columns` order) into `table`, in the caller's transaction."""
    if values:
        connection.exec_driver_sql(insert_sql(connection.dialect, table, columns), list(values))


def select_sql(dialect: Dialect, sql: str) -> str:
    """`sql` written with `?` placeholders, in the driver's parameter style."""
    mark = _placeholder(dialect.paramstyle)
    return sql if mark == "?" else sql.replace("?", mark)
