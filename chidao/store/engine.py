"""Where the store lives and how to open it.

`database_url(db)` turns what a user gives (`--db PATH`, `--db postgresql://…`,
`CHIDAO_DB`, nothing: `./chidao.db`) into a SQLAlchemy URL; `open_engine(db)`
creates the engine (SQLite: WAL journal, synchronous=NORMAL, foreign keys on, writers
wait up to a minute for the write lock)
and upgrades the schema to the newest migration, once per engine. A store that
cannot be opened (not a database, no such folder, server unreachable, a database
other than SQLite or PostgreSQL), or a SQLite file that does not exist when
`create` is false, raises `StoreError` naming the store and the reason.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from chidao.errors import StoreError
from chidao.store import item_data, report_text

DEFAULT_DB = "chidao.db"
BACKENDS = ("sqlite", "postgresql")
ENV_VAR = "CHIDAO_DB"
# How long a SQLite writer waits for the write lock (ms): ingest holds it for one report
# at a time, a status change for a moment.
BUSY_TIMEOUT_MS = 60_000
# SQLite's page size for a new store: a report's row (its text compressed, 0017) is about 2 KB,
# so 4 KiB pages held one row each and were 40% empty; 8 KiB pages hold three or four
# (docs/ARCHIVE_SCALE.md). `chidao compact` moves an older store to them.
PAGE_SIZE = 8192


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


def _journal_wal(cursor) -> None:
    """Put the store in WAL mode (it stays so in the file). Two processes opening a new store
    at once: one converts it, and the other may be told "database is locked" at once, without
    the busy timeout (SQLite refuses a lock upgrade that could deadlock); it tries again for a
    few seconds, after which the other's conversion has made the file WAL anyway."""
    for delay in (0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, None):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if delay is None or not any(word in str(exc) for word in ("locked", "busy")):
                raise
            time.sleep(delay)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # A writer waits for another one's transaction rather than failing "database is locked".
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # A new file's pages (a file with tables keeps its own until `chidao compact`)
    cursor.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    # WAL + NORMAL: durable at checkpoints, fast per-document commits.
    _journal_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Checkpoint (and fsync) every ~40 MB of WAL rather than every 4 MB: ingest commits
    # one small transaction per report, and the default made fsync a third of its time.
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()
    report_text.register(dbapi_connection)  # reports' text is compressed (0017)


def create_store_engine(db: str | None = None, pool_size: int | None = None) -> Engine:
    """A new engine for `db` (path or URL), without touching the schema. `pool_size` keeps that
    many connections open (a server answering many requests at once; default: SQLAlchemy's 5,
    more opened and closed as needed, each starting with a cold page cache)."""
    url = database_url(db)
    pool = {"pool_size": pool_size, "max_overflow": pool_size} if pool_size else {}
    if url.startswith("sqlite"):
        kwargs: dict = pool
        if url == "sqlite://":
            # One connection for an in-memory database, or every session sees an empty one.
            kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        engine = create_engine(url, json_serializer=item_data.dumps, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, json_serializer=item_data.dumps, **pool)


NO_STORE = ("chưa có kho dữ liệu ở đây (nạp báo cáo vào bằng chidao ingest trước, hoặc chọn kho bằng "
            "--db / CHIDAO_DB)")


def open_engine(db: str | None = None, *, create: bool = True) -> Engine:
    """The engine for `db`, its schema upgraded to the newest migration.

    With `create` false a SQLite file must already exist (commands that only read
    or follow up say so rather than make an empty store of a mistyped path).
    Engines of files and servers are cached per URL; an in-memory database is new each call.
    """
    url = database_url(db)
    try:
        where = store_name(url)
        backend = make_url(url).get_backend_name()
    except (SQLAlchemyError, ValueError) as exc:
        raise StoreError(url.split("://", 1)[0] + "://…",
                         f"không phải địa chỉ cơ sở dữ liệu ({_reason(exc)})") from exc
    if backend not in BACKENDS:
        raise StoreError(where, f"chidao chỉ lưu vào SQLite hoặc PostgreSQL, không vào {backend}")
    if not create and (path := sqlite_file(url)) is not None and not path.exists():
        raise StoreError(where, NO_STORE)
    try:
        if url == "sqlite://":
            from chidao.store.migrate import upgrade

            engine = create_store_engine(url)
            upgrade(engine)
            return engine
        return _open_url(url)
    except (SQLAlchemyError, OSError) as exc:
        raise StoreError(where, _reason(exc)) from exc


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, whatever its driver and query ("sqlite+pysqlite:///a.db?timeout=20",
    "sqlite:///file:a.db?mode=ro&uri=true"); None for a server or an in-memory database."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if parsed.query.get("uri") == "true" and database.startswith("file:"):
        database = database.removeprefix("file:").split("?", 1)[0]
        if not database or database == ":memory:" or parsed.query.get("mode") == "memory":
            return None
    return Path(database).expanduser()


def server_here(url: str) -> bool:
    """Whether the store at `url` is a database server on this machine (a PostgreSQL URL whose host
    is this machine's loopback or a Unix socket), which takes CPU of its own while we write."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return False
    host = parsed.host or parsed.query.get("host") or ""
    if isinstance(host, tuple):
        host = host[0] if host else ""
    return host in ("", "localhost", "127.0.0.1", "::1") or host.startswith("/")


def store_name(url: str) -> str:
    """How messages name a store: its file path, or its URL without the password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    if url == "sqlite://":
        return ":memory:"
    parsed = make_url(url)
    return parsed.set(drivername=parsed.get_backend_name()).render_as_string(hide_password=True)


# What SQLite says of a file it cannot open as a store, as an officer reads it; other drivers'
# lines (a server's) are kept in their own words.
_SQLITE_REASONS = {"file is not a database": "tệp này không phải cơ sở dữ liệu",
                   "unable to open database file":
                       "không mở được tệp (thư mục không có, hoặc không có quyền)",
                   "attempt to write a readonly database": "kho chỉ cho đọc, không ghi được",
                   "database disk image is malformed": "tệp cơ sở dữ liệu bị hỏng"}


def _reason(exc: BaseException) -> str:
    """The driver's own first line ("Connection refused"), SQLite's common ones in Vietnamese
    ("tệp này không phải cơ sở dữ liệu")."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    first = lines[0] if lines else type(cause).__name__
    return _SQLITE_REASONS.get(first, first)


_ENGINES: dict[str, Engine] = {}


def _open_url(url: str) -> Engine:
    from chidao.store.migrate import upgrade

    if url not in _ENGINES:
        engine = create_store_engine(url)
        upgrade(engine)
        _ENGINES[url] = engine
    return _ENGINES[url]


def forget_engines() -> None:
    """Close every cached engine's connections and forget the engines (a store dropped or
    restored under this process opens afresh)."""
    for engine in _ENGINES.values():
        engine.dispose()
    _ENGINES.clear()


def is_sqlite(engine_or_dialect_name: Engine | str) -> bool:
    """True for a SQLite engine (or dialect name)."""
    name = engine_or_dialect_name if isinstance(engine_or_dialect_name, str) else \
        engine_or_dialect_name.dialect.name
    return name == "sqlite"
