"""Store extractions: one document and its items per transaction, idempotent by content.

- `ingest_document(engine, document)`: skip a text already stored (document id =
  sha256 of the text), else extract it (`chidao.extract.pipeline.extract_document`)
  and write the document, its items, its search rows and its LSH bands in one
  transaction, joining the event group of a near-duplicate already stored.
- `reextract_document(engine, document_id)`: run the current extractor again and
  replace machine-made fields, keeping what people entered (see `chidao.store.reextract`).
- `item_rows(extraction)`: the `items` rows of one extraction (filters' columns
  filled in: date, person_key, topics, codes, name_key).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from chidao.extract import pipeline
from chidao.model import ITEM_KINDS, Extraction, item_to_dict
from chidao.model import Document as SourceDocument
from chidao.store import dedup, search
from chidao.store.schema import TRACKED_KINDS, Document, DocumentBand, Item
from chidao.text.fold import fold_key

# Kinds whose items contained in a directive's span inherit its speaker and topics.
_SPOKEN_KINDS = ("targets", "commitments", "indicators")


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one document: "new" or "duplicate", and its event group."""

    document_id: str
    outcome: str
    group_id: str | None = None


def item_id(document_id: str, kind: str, ordinal: int) -> str:
    """The stable id of an item: document prefix, kind, number ("3f2a9c1b04de:directives:4")."""
    return f"{document_id[:12]}:{kind}:{ordinal}"


def event_date(extraction: Extraction) -> str | None:
    """The first resolved event date of the document, if any."""
    return next((e.date for e in extraction.events if e.date), None)


def item_row(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """The machine-made columns of one item (no ids, dates or follow-up fields)."""
    span = data.get("span") or (data.get("mentions") or [None])[0]
    row: dict[str, Any] = {
        "kind": kind, "data": data, "text": data.get("text"),
        "span_start": span[0] if span else None, "span_end": span[1] if span else None,
        "person_key": None, "topics": None, "code": None, "current_code": None, "name_key": None,
    }
    if kind in ("people", "organizations", "localities"):
        row["name_key"] = fold_key(data["name"])
    if kind == "people":
        row["person_key"] = row["name_key"]
    elif kind == "localities":
        row["code"], row["current_code"] = data.get("code"), data.get("current_code")
        if data.get("current_name"):
            row["name_key"] += "|" + fold_key(data["current_name"])
    elif kind == "directives":
        row["person_key"] = fold_key(data["speaker"]) if data.get("speaker") else None
        row["topics"] = _topics(data.get("topics"))
    elif kind == "events":
        row["person_key"] = fold_key(data["leader"]) if data.get("leader") else None
    return row


def _topics(topics: list[str] | None) -> str | None:
    return "|" + "|".join(topics) + "|" if topics else None


def item_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """Rows for every item of an extraction, numbered per kind in contract order."""
    doc = extraction.document
    date = event_date(extraction) or doc.date
    rows: list[dict[str, Any]] = []
    directives: list[dict[str, Any]] = []
    for kind in ITEM_KINDS:
        for ordinal, item in enumerate(getattr(extraction, kind)):
            row = item_row(kind, item_to_dict(item))
            row.update(id=item_id(doc.id, kind, ordinal), document_id=doc.id, ordinal=ordinal, date=date,
                       status="open" if kind in TRACKED_KINDS else None,
                       owner=None, due=None, notes=None, orphan=False)
            rows.append(row)
            if kind == "directives":
                directives.append(row)
    inherit_from_directives(rows, directives)
    return rows


def inherit_from_directives(rows: list[dict[str, Any]], directives: list[dict[str, Any]]) -> None:
    """Targets, commitments, indicators inside a directive's span take its speaker and topics."""
    for row in rows:
        if row["kind"] not in _SPOKEN_KINDS or row["span_start"] is None:
            continue
        for directive in directives:
            if directive["span_start"] <= row["span_start"] and row["span_end"] <= directive["span_end"]:
                row["person_key"] = directive["person_key"]
                row["topics"] = directive["topics"]
                break


def insert_items(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert item rows (one executemany) and their search rows (items with text)."""
    if not rows:
        return
    connection = session.connection()
    connection.execute(Item.__table__.insert(), rows)
    # Read the new rows' seqs back by id: cheaper than RETURNING per row, and the same on every backend.
    seqs = dict(connection.execute(select(Item.id, Item.seq).where(
        Item.document_id == rows[0]["document_id"], Item.id.in_([row["id"] for row in rows]))).all())
    search.index_rows(session, "item_fts", [(seqs[row["id"]], row["text"]) for row in rows if row["text"]])


def store_extraction(session: Session, extraction: Extraction,
                     now: dt.datetime | None = None) -> IngestOutcome:
    """Write one new document with its items, search rows and LSH bands (caller's transaction)."""
    doc = extraction.document
    now = now or dt.datetime.now(dt.UTC)
    sig = dedup.signature(doc.text)
    keys = dedup.band_keys(sig)
    group_id = dedup.find_group(session, sig, keys) or doc.id
    seq = session.connection().execute(Document.__table__.insert().returning(Document.__table__.c.seq), {
        "id": doc.id, "source": doc.source, "title": doc.title, "date": doc.date,
        "event_date": event_date(extraction), "text": doc.text, "group_id": group_id,
        "minhash": dedup.to_bytes(sig), "ingested_at": now, "extracted_at": now}).scalar_one()
    search.index_rows(session, "document_fts", [(seq, _document_body(doc))])
    session.connection().execute(DocumentBand.__table__.insert(),
                                 [{"band": key, "document_id": doc.id} for key in set(keys)])
    insert_items(session, item_rows(extraction))
    return IngestOutcome(doc.id, "new", group_id)


def _document_body(doc: SourceDocument | Document) -> str:
    """Searchable text of a document: its title (when the text does not start with it) and text."""
    if doc.title and not doc.text.startswith(doc.title):
        return doc.title + "\n" + doc.text
    return doc.text


def document_exists(session: Session, document_id: str) -> bool:
    return session.execute(select(Document.seq).where(Document.id == document_id)).first() is not None


def ingest_document(engine: Engine, document: SourceDocument) -> IngestOutcome:
    """Extract and store one document in its own transaction; a stored text is a duplicate.

    Any error (extraction or writing) propagates after the transaction is rolled
    back, so nothing of the document remains.
    """
    with Session(engine) as session:
        if document_exists(session, document.id):
            return IngestOutcome(document.id, "duplicate")
        session.rollback()  # no read transaction held while extracting
        extraction = pipeline.extract_document(document)
        try:
            with session.begin():
                return store_extraction(session, extraction)
        except IntegrityError:
            # Stored meanwhile by another process: still one document.
            with Session(engine) as check:
                if document_exists(check, document.id):
                    return IngestOutcome(document.id, "duplicate")
            raise
