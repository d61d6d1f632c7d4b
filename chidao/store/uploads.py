"""Store a report uploaded in the browser, recording who uploaded it.

`store_upload(engine, document, who)` -> IngestOutcome: extracted and stored in one
transaction as `chidao ingest` stores it ("new"), or "duplicate" when the same text is
already stored; `documents.added_by` names the person (migration 0005_users).
"""

from __future__ import annotations

from sqlalchemy import Engine, update

from chidao.model import Document as SourceDocument
from chidao.store.ingest import IngestOutcome, ingest_document
from chidao.store.schema import Document


def store_upload(engine: Engine, document: SourceDocument, who: str) -> IngestOutcome:
    """Ingest one uploaded report and note its uploader (see the module docstring)."""
    outcome = ingest_document(engine, document)
    if outcome.outcome == "new":
        with engine.begin() as connection:
            connection.execute(update(Document).where(Document.id == document.id).values(added_by=who))
    return outcome
