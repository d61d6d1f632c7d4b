"""/documents: the stored reports, their items, uploads, a report's date, deleting one."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from chidao.errors import InputError
from chidao.ingest.upload import UPLOAD_LIMIT, read_uploaded
from chidao.store.document_list import list_documents
from chidao.store.lookup import resolve_document_id
from chidao.store.queries import get_document, list_items
from chidao.store.uploads import store_upload
from chidao.track.corrections import add_item
from chidao.track.document_corrections import delete_document, document_summary, set_document_date
from chidao.web.api.models import DocumentDate, NewItem
from chidao.web.auth import Person, api_editor, api_viewer, db_session
from chidao.web.changes import apply

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("")
def documents(
    limit: int = Query(20, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10_000_000),
    _: Person = Depends(api_viewer),
    session: Session = Depends(db_session),
) -> list[dict[str, Any]]:
    """Stored reports, newest first (no text): id, source, title, date, event_date, items."""
    return list_documents(session, limit=limit, offset=offset)


@router.post("", status_code=201)
async def upload(
    request: Request,
    file: UploadFile = File(...),
    person: Person = Depends(api_editor),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Upload a report (.txt, .html, .docx, at most 5 MB): stored and extracted; returns
    {"outcome": "new" | "duplicate", "document": …}."""
    data = await file.read(UPLOAD_LIMIT + 1)
    if len(data) > UPLOAD_LIMIT:
        raise HTTPException(413, f"tệp quá lớn: tối đa {UPLOAD_LIMIT // 2**20} MB")
    try:
        document = read_uploaded(data, file.filename or "")
    except InputError as exc:
        raise HTTPException(400, str(exc)) from None
    outcome = await run_in_threadpool(store_upload, request.app.state.engine, document, person.name)
    if outcome.error is not None:
        raise HTTPException(400, f"{document.source}: không lưu được ({outcome.error})")
    request.app.state.overview.clear()
    session.rollback()  # read what the upload's own transaction wrote
    return {"outcome": outcome.outcome, "document": document_summary(session, document.id)}


@router.get("/{document_ref}")
def document(
    document_ref: str, _: Person = Depends(api_viewer), session: Session = Depends(db_session)
) -> dict[str, Any]:
    """A report (id or unique prefix): `chidao document show --format json` with its text."""
    summary = document_summary(session, document_ref)
    stored = get_document(session, summary["id"])
    return {
        **summary,
        "text": stored["text"] if stored else None,
        "group_id": stored["group_id"] if stored else None,
    }


@router.get("/{document_ref}/items")
def document_items(
    document_ref: str, _: Person = Depends(api_viewer), session: Session = Depends(db_session)
) -> list[dict[str, Any]]:
    """Every item of the report, rejected ones included (marked "rejected")."""
    document_id = resolve_document_id(session, document_ref)
    return list_items(session, None, document_id=document_id, include_rejected=True)  # type: ignore[arg-type]


@router.post("/{document_ref}/items", status_code=201)
def add(
    request: Request,
    document_ref: str,
    body: NewItem,
    person: Person = Depends(api_editor),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Add an item the extractor missed (`chidao add-item`): {"item", "corrections"}."""
    span = (body.span[0], body.span[1]) if body.span else None
    return apply(
        request,
        session,
        lambda: add_item(
            session,
            document_ref,
            body.kind,
            span=span,
            words=body.words,
            occurrence=body.occurrence,
            values=body.values,
            who=person.name,
        ),
    )


@router.put("/{document_ref}/date")
def date(
    request: Request,
    document_ref: str,
    body: DocumentDate,
    person: Person = Depends(api_editor),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Set the report's date (`chidao document date`): {"document", "corrections"}."""
    return apply(
        request, session, lambda: set_document_date(session, document_ref, body.date, who=person.name)
    )


@router.delete("/{document_ref}")
def delete(
    request: Request,
    document_ref: str,
    reason: str | None = Query(None, max_length=300),
    person: Person = Depends(api_editor),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Delete a report (`chidao document delete`); what people entered is kept in the record."""
    return apply(
        request, session, lambda: delete_document(session, document_ref, reason=reason, who=person.name)
    )
