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
- `insert_items(connection, document_id, values)`: item rows and their search rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError

from chidao.ingest.records import ExtractRecord
from chidao.model import Document as SourceDocument
from chidao.store import bulk, dedup, search
from chidao.store.parallel import Preparer
from chidao.store.rows import ITEM_COLUMNS, PreparedDocument, prepare, prepare_record
from chidao.store.schema import Document


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


def insert_items(connection: Connection, document_id: str, values: list[tuple[Any, ...]],
                 search_texts: Iterable[tuple[str, str]]) -> None:
    """Insert item rows (tuples in `ITEM_COLUMNS` order) and their (item id, folded text) search rows."""
    if not values:
        return
    bulk.insert_values(connection, "items", ITEM_COLUMNS, values)
    # Read the new rows' seqs back in one indexed query: cheaper than RETURNING per row.
    seqs = dict(connection.exec_driver_sql(
        bulk.select_sql(connection.dialect, "SELECT id, seq FROM items WHERE document_id = ?"),
        (document_id,)).all())
    search.index_folded(connection, "item_fts", [(seqs[item], body) for item, body in search_texts])


def store_prepared(connection: Connection, prepared: PreparedDocument,
                   now: dt.datetime | None = None) -> IngestOutcome:
    """Write one new document with its items, search rows and LSH bands (caller's transaction)."""
    doc = prepared.document
    now = now or dt.datetime.now(dt.UTC)
    group_id = dedup.find_group(connection, dedup.from_bytes(prepared.minhash), prepared.bands) or doc.id
    seq = connection.execute(Document.__table__.insert().returning(Document.__table__.c.seq), {
        "id": doc.id, "source": doc.source, "title": doc.title, "date": doc.date,
        "event_date": prepared.event_date, "text": doc.text, "group_id": group_id,
        "minhash": prepared.minhash, "ingested_at": now, "extracted_at": now}).scalar_one()
    search.index_folded(connection, "document_fts", [(seq, prepared.search_body)])
    bulk.insert_values(connection, "document_bands", ("band", "document_id"),
                       [(band, doc.id) for band in prepared.bands])
    insert_items(connection, doc.id, list(prepared.items), prepared.item_search)
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
    yields "failed" with its error, and the batch goes on.
    """
    def unseen() -> Iterator[SourceDocument | IngestOutcome]:
        for document in documents:
            with engine.connect() as connection:
                stored = document_exists(connection, document.id)
            yield IngestOutcome(document, "duplicate") if stored else document

    for item, prepared in (preparer or Preparer()).map(unseen()):
        if isinstance(item, IngestOutcome):
            yield item
        elif isinstance(prepared, BaseException):
            yield IngestOutcome(item, "failed", error=prepared)
        else:
            try:
                yield write_prepared(engine, prepared)
            except Exception as exc:  # noqa: BLE001 - one bad report must not stop the batch
                yield IngestOutcome(item, "failed", error=exc)


def ingest_records(engine: Engine, batch: Sequence[ExtractRecord]) -> Iterator[IngestOutcome]:
    """Store a batch of records extracted earlier, yielding one outcome each, in order.

    A text already stored, or met earlier in the batch, is "duplicate"; a record whose
    rows cannot be made or written is "failed" with its error (nothing of it is kept)
    and the batch goes on.
    """
    with engine.connect() as connection:
        seen = stored_ids(connection, [item.document.id for item in batch])
    for item in batch:
        if item.document.id in seen:
            yield IngestOutcome(item.document, "duplicate")
            continue
        seen.add(item.document.id)
        try:
            yield write_prepared(engine, prepare_record(item.document, item.record, item.minhash, item.bands))
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the batch
            yield IngestOutcome(item.document, "failed", error=exc)
