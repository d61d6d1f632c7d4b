"""Store extractions: one document and its items per transaction, idempotent by content.

- `ingest_documents(engine, documents, preparer)`: the batch path `chidao ingest`
  takes: texts already stored are skipped before any extraction, the others are
  prepared (`chidao.store.rows.prepare`), in worker processes when the
  `chidao.store.parallel.Preparer` has several jobs, and written here, in input
  order, each in its own transaction.
- `ingest_document(engine, document)`: the same for one document, in-process.
- `ingest_records(engine, batch)`: store a batch of extract@1 records extracted
  earlier (`chidao spark-extract`, read by `chidao.ingest.records`) without
  extracting again: the same rows, groups and outcomes, each report in its own
  transaction; which texts are already stored is asked once per batch.
- `store_prepared(connection, prepared)`: write one prepared document, its items,
  its search rows and its LSH bands (caller's transaction), joining the event
  group of a near-duplicate already stored.
- `insert_items(connection, document_seq, document_id, values, search_texts)`: item rows and
  their search rows.

A lost connection (a PostgreSQL server restarting) or a SQLite store busy past its
timeout is retried with backoff (`RETRY_DELAYS`, about 15 s in all); after that the batch
stops with a `StoreError` in one line, what was stored before it staying stored.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from chidao.errors import StoreError
from chidao.ingest.records import ExtractRecord
from chidao.model import Document as SourceDocument
from chidao.store import bulk, dedup, item_ids, search
from chidao.store.item_data import KINDS, item_id
from chidao.store.locking import INGEST_LOCK, hold_write_lock
from chidao.store.parallel import Preparer
from chidao.store.rows import ITEM_COLUMNS, KIND_AT, ORDINAL_AT, PreparedDocument, prepare, prepare_record
from chidao.store.schema import Document

# Seconds between tries of a store operation that lost its connection: a restart takes a few.
RETRY_DELAYS: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0, 8.0)
# Records stored in one transaction by `ingest_records` (`write_together`).
REPORTS_PER_TRANSACTION = 100
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


def insert_items(connection: Connection, document_seq: int, document_id: str, values: list[tuple[Any, ...]],
                 search_texts: Iterable[tuple[tuple[str, int], str]]) -> None:
    """Insert the items (tuples in `ITEM_COLUMNS` order, `rows.item_values`) of the document
    `document_id` stored as row `document_seq`, and their ((kind, ordinal), folded text) search
    rows. Their ids are made, not stored, unless the report's items take its whole id
    (`chidao.store.item_ids`)."""
    if not values:
        return
    rows = [(document_seq, *value) for value in values]
    columns = ("document_seq", *ITEM_COLUMNS)
    if item_ids.whole_ids(connection, document_seq, document_id):
        columns += ("id",)
        rows = [(*row, item_id(document_id, KINDS[value[KIND_AT]], value[ORDINAL_AT], whole=True))
                for row, value in zip(rows, values, strict=True)]
    seqs = {(KINDS[kind], ordinal): seq for kind, ordinal, seq
            in bulk.insert_values(connection, "items", columns, rows, returning="kind, ordinal, seq")}
    search.index_folded(connection, "item_fts", [(seqs[item], body) for item, body in search_texts])


def store_prepared(connection: Connection, prepared: PreparedDocument,
                   now: dt.datetime | None = None) -> IngestOutcome:
    """Write one new document with its items, search rows and LSH bands (caller's transaction)."""
    doc = prepared.document
    now = now or dt.datetime.now(dt.UTC)
    # One writer at a time from here: a near-duplicate another process is storing now is
    # committed before we look for it, so one event's copies never split into two groups.
    hold_write_lock(connection, INGEST_LOCK)
    group_id = dedup.find_group(connection, dedup.from_bytes(prepared.minhash), prepared.bands) or doc.id
    seq = connection.execute(Document.__table__.insert().returning(Document.__table__.c.seq), {
        "id": doc.id, "source": doc.source, "title": doc.title, "date": doc.date,
        "event_date": prepared.event_date, "text": doc.text, "group_id": group_id,
        "minhash": prepared.minhash, "ingested_at": now, "extracted_at": now}).scalar_one()
    search.index_folded(connection, "document_fts", [(seq, prepared.search_body)])
    bulk.insert_values(connection, "document_bands", ("band", "document_seq"),
                       [(band, seq) for band in prepared.bands])
    insert_items(connection, seq, doc.id, list(prepared.items), prepared.item_search)
    return IngestOutcome(doc, "new", group_id)


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
    """`store_prepared` in its own transaction; a text stored meanwhile is a duplicate.

    Any other error propagates after the transaction is rolled back, so nothing
    of the document remains.
    """
    try:
        with engine.begin() as connection:
            return store_prepared(connection, prepared)
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
    StoreError("STORE: lost the connection …") when it still does."""
    from chidao.store.engine import store_name

    for delay in (*RETRY_DELAYS, None):
        try:
            return operation()
        except DBAPIError as exc:
            if not transient(exc):
                raise
            if delay is None:
                reason = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc).strip() else ""
                tried = f"{len(RETRY_DELAYS) + 1} tries over {sum(RETRY_DELAYS):g} s"
                raise StoreError(store_name(engine.url.render_as_string(hide_password=False)),
                                 f"the store stopped answering ({reason}; {tried})") from None
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
    """`store_prepared` for each of `prepared` in one transaction: a report that fails is rolled
    back alone ("failed", or "duplicate" when its text was stored meanwhile) and the others are
    committed together. They are written first without a savepoint each (two statements a
    report fewer); when one fails, that transaction is rolled back and they are written again
    each in a savepoint (`_write_each`). A transient error (see `transient`) rolls the whole
    transaction back and propagates, so that `with_retries` can write them again from the start."""
    try:
        with engine.begin() as connection:
            hold_write_lock(connection, INGEST_LOCK)
            return [store_prepared(connection, one) for one in prepared]
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
                    outcomes.append(store_prepared(connection, one))
            except DBAPIError as exc:
                if transient(exc):
                    raise
                duplicate = isinstance(exc, IntegrityError) and document_exists(connection, one.document.id)
                outcomes.append(IngestOutcome(one.document, "duplicate") if duplicate
                                else IngestOutcome(one.document, "failed", error=exc))
            except Exception as exc:  # noqa: BLE001 - one bad report must not stop the others
                outcomes.append(IngestOutcome(one.document, "failed", error=exc))
    return outcomes


def ingest_records(engine: Engine, batch: Sequence[ExtractRecord]) -> Iterator[IngestOutcome]:
    """Store a batch of records extracted earlier, yielding one outcome each, in order.

    A text already stored, or met earlier in the batch, is "duplicate"; a record whose
    rows cannot be made or written is "failed" with its error (nothing of it is kept)
    and the batch goes on; a store that stops answering raises StoreError (`with_retries`).
    Reports are written `REPORTS_PER_TRANSACTION` at a time (`write_together`): a commit
    writes every page it changed, and consecutive reports change many of the same pages (the
    newest rows of each table and index), so one commit for many reports writes each page once.
    """
    def stored() -> set[str]:
        with engine.connect() as connection:
            return stored_ids(connection, [item.document.id for item in batch])

    seen = with_retries(engine, stored)
    queue: list[IngestOutcome | PreparedDocument] = []  # input order: outcomes, reports to write

    def written() -> list[IngestOutcome]:
        waiting = [entry for entry in queue if isinstance(entry, PreparedDocument)]
        try:
            outcomes = iter(with_retries(engine, lambda: write_together(engine, waiting)) if waiting else ())
        except StoreError:
            raise  # the store is gone: the batch stops, what was committed stays
        except Exception as exc:  # noqa: BLE001 - the commit itself failed: none of them is stored
            outcomes = iter([IngestOutcome(one.document, "failed", error=exc) for one in waiting])
        done = [next(outcomes) if isinstance(entry, PreparedDocument) else entry for entry in queue]
        queue.clear()
        return done

    to_write = 0  # reports in `queue`
    for item in batch:
        if item.document.id in seen:
            queue.append(IngestOutcome(item.document, "duplicate"))
            continue
        seen.add(item.document.id)
        try:
            queue.append(prepare_record(item.document, item.record, item.minhash, item.bands))
            to_write += 1
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the batch
            queue.append(IngestOutcome(item.document, "failed", error=exc))
        if to_write == REPORTS_PER_TRANSACTION:
            yield from written()
            to_write = 0
    yield from written()
