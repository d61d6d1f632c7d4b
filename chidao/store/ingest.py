"""Store extractions: one document and its items per transaction, idempotent by content.

- `ingest_documents(engine, documents, preparer)`: the batch path `chidao ingest`
  takes: texts already stored are skipped before any extraction, the others are
  prepared (`chidao.store.rows.prepare`), in worker processes when the
  `chidao.store.parallel.Preparer` has several jobs, and written here, in input
  order, each in its own transaction.
- `ingest_document(engine, document)`: the same for one document, in-process.
- `ingest_records(engine, records)`: store a stream of extract@1 records extracted
  earlier (`chidao spark-extract`, read by `chidao.ingest.records`) without
  extracting again: the same rows, groups and outcomes, `REPORTS_PER_TRANSACTION`
  reports a transaction written by a thread while the next are read; which texts are
  already stored is asked once a chunk.
- `store_reports(connection, prepared)`: write prepared documents, their items,
  search rows and LSH bands (caller's transaction), one statement a table for all
  of them, each joining the event group of a near-duplicate stored before it.
- `insert_items(connection, reports)`: stored reports' item rows and their search rows
  (`plan_items`, what must be read first, then `write_items`).

A lost connection (a PostgreSQL server restarting) or a SQLite store busy past its
timeout is retried with backoff (`RETRY_DELAYS`, about 15 s in all); after that the batch
stops with a `StoreError` in one line, what was stored before it staying stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from chidao.errors import StoreError
from chidao.ingest.records import ExtractRecord
from chidao.model import Document as SourceDocument
from chidao.store import bulk, dedup, item_ids, search
from chidao.store.item_data import KINDS, item_id
from chidao.store.locking import INGEST_LOCK, hold_write_lock
from chidao.store.parallel import Preparer
from chidao.store.rows import ITEM_COLUMNS, KIND_AT, ORDINAL_AT, PreparedDocument, prepare
from chidao.store.schema import Document
from chidao.text.numbers import format_number

# Seconds between tries of a store operation that lost its connection: a restart takes a few.
RETRY_DELAYS: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0, 8.0)
# Records stored in one transaction by `ingest_records` (`write_together`).
REPORTS_PER_TRANSACTION = 250
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one document: "new", "duplicate" or "failed" (with the error), and its group."""

    document: SourceDocument
    outcome: str
    group_id: str | None = None
    error: BaseException | None = None

    @property
    def document_id(self) -> str:
        return self.document.id


class ItemRows(NamedTuple):
    """A stored report's items to insert: tuples in `ITEM_COLUMNS` order (`rows.item_values`)
    and ((kind, ordinal), `search.indexed_text`) search rows."""

    document_seq: int
    document_id: str
    values: Sequence[tuple[Any, ...]]
    search_texts: Iterable[tuple[tuple[str, int], str]]


@dataclass(frozen=True, slots=True)
class PlannedItems:
    """Reports' item rows, numbered (`ITEM_ROW_COLUMNS`), and their (row number, indexed text)
    search rows, ready to write; `documents` the reports' ids by row number."""

    rows: list[tuple[Any, ...]]
    searched: list[tuple[int, str]]
    documents: dict[int, str]


ITEM_ROW_COLUMNS = ("seq", "document_seq", *ITEM_COLUMNS, "id")


def insert_items(connection: Connection, reports: Sequence[ItemRows]) -> None:
    """Insert the items of stored reports and their search rows, one statement a table. Their
    ids are made, not stored, unless a report's items take its whole id (`chidao.store.item_ids`)."""
    planned = plan_items(connection, reports)
    with bulk.together(connection):
        write_items(connection, planned)


def plan_items(connection: Connection, reports: Sequence[ItemRows]) -> PlannedItems:
    """The rows of `reports`' items, with what the store must be asked first (whole ids, row
    numbers) asked."""
    reports = [report for report in reports if report.values]
    whole = item_ids.whole_named(connection, [(one.document_seq, one.document_id) for one in reports])
    numbers = iter(bulk.next_numbers(connection, "items", sum(len(one.values) for one in reports)))
    rows: list[tuple[Any, ...]] = []
    searched: list[tuple[int, str]] = []
    for one in reports:
        seqs = {}
        named = one.document_seq in whole
        for value in one.values:
            kind, ordinal, seq = KINDS[value[KIND_AT]], value[ORDINAL_AT], next(numbers)
            seqs[(kind, ordinal)] = seq
            rows.append((seq, one.document_seq, *value,
                         item_id(one.document_id, kind, ordinal, whole=True) if named else None))
        searched += [(seqs[item], body) for item, body in one.search_texts]
    return PlannedItems(rows, searched, {one.document_seq: one.document_id for one in reports})


def write_items(connection: Connection, planned: PlannedItems) -> None:
    """Write planned items and their search rows (no statement waits for an answer)."""
    bulk.insert_values(connection, "items", ITEM_ROW_COLUMNS, planned.rows)
    search.index_indexed(connection, "item_fts", planned.searched)


_DOCUMENT_COLUMNS = ("seq", "id", "source", "title", "date", "event_date", "text", "group_id", "minhash",
                     "ingested_at", "extracted_at", "place_words")


def store_reports(connection: Connection, prepared: Sequence[PreparedDocument],
                  now: dt.datetime | None = None) -> list[IngestOutcome]:
    """Write new documents with their items, search rows and LSH bands (caller's transaction),
    one statement a table for all of them; each joins the event group of a near-duplicate stored
    before it or written before it here (`dedup.find_groups`).

    What must be read first is read first (near-duplicates, row numbers, whole ids); then every
    row is sent without waiting for an answer (`bulk.together`)."""
    if not prepared:
        return []
    now = now or dt.datetime.now(dt.UTC)
    # One writer at a time from here: a near-duplicate another process is storing now is
    # committed before we look for it, so one event's copies never split into two groups.
    hold_write_lock(connection, INGEST_LOCK)
    groups = dedup.find_groups(connection, [(one.document.id, dedup.from_bytes(one.minhash), one.bands)
                                            for one in prepared])
    numbered = list(zip(prepared, bulk.next_numbers(connection, "documents", len(prepared)), strict=True))
    documents = bulk.bound(connection.dialect, "documents", _DOCUMENT_COLUMNS, [
        (seq, doc.id, doc.source, doc.title, doc.date, one.event_date, doc.text, group or doc.id,
         one.minhash, now, now, one.place_words or None)
        for (one, seq), group in zip(numbered, groups, strict=True) for doc in (one.document,)])
    items = plan_items(connection, [ItemRows(seq, one.document.id, one.items, one.item_search)
                                    for one, seq in numbered])
    with bulk.together(connection):
        bulk.insert_values(connection, "documents", _DOCUMENT_COLUMNS, documents)
        search.index_indexed(connection, "document_fts", [(seq, one.search_body) for one, seq in numbered])
        bulk.insert_values(connection, "document_bands", ("band", "document_seq"),
                           [(band, seq) for one, seq in numbered for band in one.bands])
        write_items(connection, items)
    return [IngestOutcome(one.document, "new", group or one.document.id)
            for one, group in zip(prepared, groups, strict=True)]


def document_exists(connection: Connection, document_id: str) -> bool:
    return connection.execute(select(Document.seq).where(Document.id == document_id)).first() is not None


def stored_ids(connection: Connection, document_ids: Sequence[str], chunk: int = 500) -> set[str]:
    """Those of `document_ids` already stored (one query per `chunk` ids)."""
    found: set[str] = set()
    for start in range(0, len(document_ids), chunk):
        part = document_ids[start:start + chunk]
        found.update(connection.scalars(select(Document.id).where(Document.id.in_(part))))
    return found


def write_prepared(engine: Engine, prepared: PreparedDocument) -> IngestOutcome:
    """`store_reports` of one report in its own transaction; a text stored meanwhile is a duplicate.

    Any other error propagates after the transaction is rolled back, so nothing
    of the document remains.
    """
    try:
        with engine.begin() as connection:
            return store_reports(connection, [prepared])[0]
    except IntegrityError:
        # Stored meanwhile (by another process, or earlier in this batch): still one document.
        with engine.connect() as check:
            if document_exists(check, prepared.document.id):
                return IngestOutcome(prepared.document, "duplicate")
        raise


def transient(exc: BaseException) -> bool:
    """Whether a store error may pass if tried again: a lost or refused connection, a server
    shutting down, a SQLite store still locked after its busy timeout."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False
    if exc.orig is not None and type(exc.orig).__module__.startswith("sqlite3"):
        return any(word in str(exc.orig) for word in ("locked", "busy"))
    return True  # PostgreSQL: connection failures and shutdowns (SQL errors are other classes)


def with_retries(engine: Engine, operation: Callable[[], T]) -> T:
    """`operation()`, tried again after each of `RETRY_DELAYS` while it fails transiently;
    StoreError("STORE: kho không trả lời nữa (…)") when it still does."""
    from chidao.store.engine import store_name

    for delay in (*RETRY_DELAYS, None):
        try:
            return operation()
        except DBAPIError as exc:
            if not transient(exc):
                raise
            if delay is None:
                reason = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc).strip() else ""
                seconds = format_number(round(sum(RETRY_DELAYS), 2))
                tried = f"đã thử {len(RETRY_DELAYS) + 1} lần trong {seconds} giây"
                raise StoreError(store_name(engine.url.render_as_string(hide_password=False)),
                                 f"kho không trả lời nữa ({reason}; {tried})") from None
            time.sleep(delay)
    raise AssertionError("unreachable")


def ingest_document(engine: Engine, document: SourceDocument) -> IngestOutcome:
    """Extract and store one document in its own transaction; a stored text is a duplicate."""
    with engine.connect() as connection:
        if document_exists(connection, document.id):
            return IngestOutcome(document, "duplicate")
    return write_prepared(engine, prepare(document))


def ingest_documents(engine: Engine, documents: Iterable[SourceDocument],
                     preparer: Preparer | None = None) -> Iterator[IngestOutcome]:
    """Ingest a stream of documents, yielding one outcome each, in input order.

    Texts already stored are "duplicate" without being extracted. A `Preparer`
    with several jobs extracts in worker processes while this process writes; by
    default everything runs here. A document that fails (extraction or writing)
    yields "failed" with its error, and the batch goes on; a store that stops answering
    raises StoreError (see `with_retries`).
    """
    def stored(document_id: str) -> bool:
        with engine.connect() as connection:
            return document_exists(connection, document_id)

    def unseen() -> Iterator[SourceDocument | IngestOutcome]:
        for document in documents:
            seen = with_retries(engine, lambda: stored(document.id))  # noqa: B023 - called at once
            yield IngestOutcome(document, "duplicate") if seen else document

    for item, prepared in (preparer or Preparer()).map(unseen()):
        if isinstance(item, IngestOutcome):
            yield item
        elif isinstance(prepared, BaseException):
            yield IngestOutcome(item, "failed", error=prepared)
        else:
            try:
                outcome = with_retries(engine, lambda: write_prepared(engine, prepared))  # noqa: B023
            except StoreError:
                raise  # the store is gone: the batch stops, what was stored stays
            except Exception as exc:  # noqa: BLE001 - one bad report must not stop the batch
                outcome = IngestOutcome(item, "failed", error=exc)
            yield outcome


def write_together(engine: Engine, prepared: Sequence[PreparedDocument]) -> list[IngestOutcome]:
    """`store_reports` of `prepared` in one transaction: a report that fails is rolled back alone
    ("failed", or "duplicate" when its text was stored meanwhile) and the others are committed
    together. They are written first all at once, one statement a table; when that fails, the
    transaction is rolled back and they are written again each in a savepoint (`_write_each`).
    A transient error (see `transient`) rolls the whole transaction back and propagates, so that
    `with_retries` can write them again from the start."""
    try:
        with engine.begin() as connection:
            return store_reports(connection, prepared)
    except DBAPIError as exc:
        if transient(exc):
            raise
    except Exception:  # noqa: BLE001, S110 - one of them failed: found again, each in a savepoint
        pass
    return _write_each(engine, prepared)


def _write_each(engine: Engine, prepared: Sequence[PreparedDocument]) -> list[IngestOutcome]:
    """`write_together`'s second way: each report in a savepoint of its own."""
    outcomes: list[IngestOutcome] = []
    with engine.begin() as connection:
        # The write lock first: on SQLite it begins the transaction (BEGIN IMMEDIATE), so the
        # savepoints nest in it; a first savepoint would otherwise be the transaction itself,
        # committed by its RELEASE.
        hold_write_lock(connection, INGEST_LOCK)
        for one in prepared:
            try:
                with connection.begin_nested():
                    outcomes += store_reports(connection, [one])
            except DBAPIError as exc:
                if transient(exc):
                    raise
                duplicate = isinstance(exc, IntegrityError) and document_exists(connection, one.document.id)
                outcomes.append(IngestOutcome(one.document, "duplicate") if duplicate
                                else IngestOutcome(one.document, "failed", error=exc))
            except Exception as exc:  # noqa: BLE001 - one bad report must not stop the others
                outcomes.append(IngestOutcome(one.document, "failed", error=exc))
    return outcomes


_Entry = IngestOutcome | PreparedDocument  # a record's outcome, or its rows to write


def ingest_records(engine: Engine, records: Iterable[ExtractRecord],
                   preparer: Preparer | None = None) -> Iterator[IngestOutcome]:
    """Store records extracted earlier, yielding one outcome each, in order.

    A text already stored, or met earlier among the records, is "duplicate"; a record whose
    rows cannot be made or written is "failed" with its error (nothing of it is kept) and the
    others go on; a store that stops answering raises StoreError (`with_retries`).

    Records are taken `REPORTS_PER_TRANSACTION` at a time: which of them are stored is asked
    once, their rows are made by `preparer` (in this process when none is given; in its worker
    processes when it has several jobs, so that this process only reads and writes), and they
    are written in one transaction (`write_together`) by a thread of their own while the next
    ones are read and made into rows (the writer waits on the store, or runs SQLite's C code,
    without holding the interpreter). A commit writes every page it changed, and consecutive
    reports change many of the same pages (the newest rows of each table and index), so one
    commit for many reports writes each page once.
    """
    uncommitted: set[str] = set()  # ids handed on to be written, not yet committed

    def stored(ids: list[str]) -> set[str]:
        with engine.connect() as connection:
            return stored_ids(connection, ids)

    def checked() -> Iterator[ExtractRecord | IngestOutcome]:
        """The records to store, and the duplicates' outcomes in their place."""
        for chunk in _chunks(records, REPORTS_PER_TRANSACTION):
            ids = [item.document.id for item in chunk]
            seen = with_retries(engine, lambda: stored(ids))  # noqa: B023 - called at once
            for item in chunk:
                if item.document.id in seen or item.document.id in uncommitted:
                    yield IngestOutcome(item.document, "duplicate")
                    continue
                seen.add(item.document.id)
                uncommitted.add(item.document.id)
                yield item

    def written(entries: list[_Entry], writing: Future[list[IngestOutcome]] | None) -> list[IngestOutcome]:
        outcomes = _written(entries, writing)
        uncommitted.difference_update(outcome.document.id for outcome in outcomes)
        return outcomes

    with contextlib.ExitStack() as stack:
        if preparer is None:
            preparer = stack.enter_context(Preparer(1, time_limit=None))
        writer = stack.enter_context(ThreadPoolExecutor(max_workers=1, thread_name_prefix="chidao-write"))
        writing: tuple[list[_Entry], Future[list[IngestOutcome]] | None] | None = None
        try:
            for chunk in _chunks(preparer.map(checked()), REPORTS_PER_TRANSACTION):
                entries: list[_Entry] = []  # input order: outcomes, reports to write
                for item, prepared in chunk:
                    if prepared is None:
                        entries.append(item)  # a duplicate's outcome
                    elif isinstance(prepared, BaseException):
                        entries.append(IngestOutcome(item.document, "failed", error=prepared))
                    else:
                        entries.append(prepared)
                if writing is not None:
                    outcomes, writing = written(*writing), None
                    yield from outcomes
                waiting = [entry for entry in entries if isinstance(entry, PreparedDocument)]
                write = partial(write_together, engine, waiting)
                writing = (entries, writer.submit(with_retries, engine, write) if waiting else None)
            if writing is not None:
                outcomes, writing = written(*writing), None
                yield from outcomes
        except KeyboardInterrupt:
            # Ctrl-C while a chunk is being written: it is committed or rolled back as a whole
            # (the writer is never stopped half-way); its outcomes are told before stopping.
            if writing is not None:
                yield from _written(*writing)
            raise


def _chunks(records: Iterable[T], size: int) -> Iterator[list[T]]:
    """`records` `size` at a time (the last chunk shorter)."""
    found = iter(records)
    while chunk := list(islice(found, size)):
        yield chunk


def _written(entries: list[_Entry], writing: Future[list[IngestOutcome]] | None) -> list[IngestOutcome]:
    """The outcomes of a chunk of `ingest_records`, in order, once its writer is done."""
    waiting = [entry for entry in entries if isinstance(entry, PreparedDocument)]
    try:
        outcomes = iter(writing.result() if writing is not None else ())
    except StoreError:
        raise  # the store is gone: ingest stops, what was committed stays
    except Exception as exc:  # noqa: BLE001 - the commit itself failed: none of them is stored
        outcomes = iter([IngestOutcome(one.document, "failed", error=exc) for one in waiting])
    return [next(outcomes) if isinstance(entry, PreparedDocument) else entry for entry in entries]
