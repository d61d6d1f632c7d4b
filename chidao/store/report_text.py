"""Reports' text compressed in a SQLite store (migration 0017).

A report's text was nearly a third of a SQLite store (4.3 KB of a generated report's 15 KB with
its items, indexes and search rows): the one copy the store must keep, since every item's words
are read from it at their span (0009). SQLite has no compression of its own, so `documents.text` holds each
report's UTF-8 compressed with zlib (0.36 of its size on generated reports, 0.43 on the real
ones of the corpus) as a BLOB in the TEXT column. PostgreSQL compresses long values itself
(TOAST) and keeps the text as it is.

- `ReportText`, the column's type: the ORM and Core statements write the compressed bytes on
  SQLite and read text on both backends; a row holding text as it is (a store made before 0017,
  which the migration converts) reads as it is.
- `plain(column)`: the text in SQL (`report_text(documents.text)` on SQLite, the column itself on
  PostgreSQL), for the statements that read part of it, such as an item's words at its span
  (`chidao.store.schema.Item.text`, `chidao.store.item_data.forget_span_words`).
- `register(connection)`: defines SQLite's `report_text` on a new connection
  (`chidao.store.engine` does for every connection it opens). A tool opening the file without it
  (the sqlite3 shell) sees each report's text as a BLOB, which `unpack` reads.
- `unpack` keeps the last 2,048 texts it decompressed (`forget` drops them): a search ranks the
  texts of its newest matches, which the next searches mostly match again.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from typing import Any

from sqlalchemy import Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator

SQL_FUNCTION = "report_text"
_LEVEL = 6  # zlib's default: level 9 saves 0.01% more and takes twice as long


def pack(text: str) -> bytes:
    """The bytes a SQLite store keeps for a report's text."""
    return zlib.compress(text.encode("utf-8"), _LEVEL)


# Reports decompressed lately, by their bytes: a search ranks the texts of its newest matches (100-300
# reports' or their items' words, 20 microseconds each to decompress 4 KB), and the searches that follow
# mostly match the same newest reports. About 20 MB at most.
_RECENT = 2048


@lru_cache(maxsize=_RECENT)
def _decompressed(value: bytes) -> str:
    return zlib.decompress(value).decode("utf-8")


def unpack(value: bytes | memoryview | str | None) -> str | None:
    """A report's text from what `documents.text` holds (compressed bytes, or text as it is)."""
    if isinstance(value, memoryview):
        value = bytes(value)
    if isinstance(value, bytes):
        return _decompressed(value)
    return value


def forget() -> None:
    """Drop the texts decompressed lately (a benchmark's run as of a new process)."""
    _decompressed.cache_clear()


class ReportText(TypeDecorator[str]):
    """`documents.text`: compressed on SQLite (`pack`), as it is on PostgreSQL."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> bytes | str | None:
        return pack(value) if value is not None and dialect.name == "sqlite" else value

    def process_result_value(self, value: bytes | str | None, dialect: Any) -> str | None:
        return unpack(value)


class plain(FunctionElement[str]):  # noqa: N801 (a SQL function, named as one)
    """The report's text of a `documents.text` column in SQL."""

    type = Text()
    name = "plain"
    inherit_cache = True


@compiles(plain)
def _plain_as_is(element: plain, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(plain, "sqlite")
def _plain_on_sqlite(element: plain, compiler: Any, **kw: Any) -> str:
    return f"{SQL_FUNCTION}({compiler.process(element.clauses, **kw)})"


def plain_sql(column: str, dialect_name: str) -> str:
    """`plain` for a statement written as text: `column` (such as "d.text") read as text."""
    return f"{SQL_FUNCTION}({column})" if dialect_name == "sqlite" else column


def register(dbapi_connection: Any) -> None:
    """Define `report_text(value)` on a SQLite connection."""
    dbapi_connection.create_function(SQL_FUNCTION, 1, unpack, deterministic=True)
