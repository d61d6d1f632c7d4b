"""/items and /targets: the registers with the CLI's filters, one item with its history,
follow-up changes and corrections (reject, correct, undo)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from sqlalchemy.orm import Session

from chidao.store.copies import original_of
from chidao.store.lookup import resolve_item_id
from chidao.store.queries import get_item
from chidao.track.correction_records import list_corrections
from chidao.track.corrections import correct_item, reject_item, undo_correction
from chidao.track.history import item_history
from chidao.track.status import set_follow_up
from chidao.web.api.models import FieldCorrection, FollowUpChange, ItemKind, Rejection
from chidao.web.auth import Person, api_editor, api_viewer, db_session
from chidao.web.changes import apply
from chidao.web.registers import SORT_CHOICES, FilterError, RegisterFilter, evaluated, register_items_page

router = APIRouter(tags=["items"])


def register_filter(
    kind: str,
    locality: str | None = None,
    person: str | None = None,
    topic: str | None = None,
    status: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    orphans: bool = False,
    rejected: bool = False,
    copies: bool = False,
) -> RegisterFilter:
    try:
        return RegisterFilter(
            locality, person, topic, status, date_from, date_to, orphans, rejected, copies
        ).checked(kind)
    except FilterError as exc:
        raise HTTPException(400, str(exc)) from None


def _listed(
    session: Session, kind: str, filter: RegisterFilter, sort: str, limit: int, offset: int
) -> list[dict[str, Any]]:
    if sort not in SORT_CHOICES:
        raise HTTPException(400, f"không sắp xếp được theo: {sort} (chọn: {', '.join(SORT_CHOICES)})")
    page, rest = divmod(offset, limit)
    if rest:
        raise HTTPException(400, "offset phải là bội số của limit")
    items, _total, _more = register_items_page(
        session, kind, filter, sort=sort, page=page + 1, per_page=limit
    )
    return items


FILTER_DOC = (
    "Filters as in the CLI: locality (old or new name), person, topic, status (a follow-up "
    "status or overdue; for targets also met, not_met, pending), from/to (YYYY[-MM[-DD]])."
)


@router.get("/items", description=FILTER_DOC)
def items(
    kind: ItemKind,
    locality: str | None = Query(None, max_length=200),
    person: str | None = Query(None, max_length=200),
    topic: str | None = Query(None, max_length=100),
    status: str | None = Query(None, max_length=20),
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    orphans: bool = False,
    rejected: bool = False,
    copies: bool = False,
    sort: str = "-date",
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0, le=10_000_000),
    _: Person = Depends(api_viewer),
    session: Session = Depends(db_session),
) -> list[dict[str, Any]]:
    """Items of one kind, as `chidao KIND --format json` lists them, a page at a time (newest first
    by default); targets carry "evaluation" and "evidence"."""
    filter = register_filter(
        kind, locality, person, topic, status, date_from, date_to, orphans, rejected, copies
    )
    return _listed(session, kind, filter, sort, limit, offset)


@router.get("/targets", description=FILTER_DOC)
def targets(
    locality: str | None = Query(None, max_length=200),
    person: str | None = Query(None, max_length=200),
    topic: str | None = Query(None, max_length=100),
    status: str | None = Query(None, max_length=20),
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    orphans: bool = False,
    rejected: bool = False,
    copies: bool = False,
    sort: str = "-date",
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0, le=10_000_000),
    _: Person = Depends(api_viewer),
    session: Session = Depends(db_session),
) -> list[dict[str, Any]]:
    """Targets with their evaluation ("evaluation": met | not_met | pending) and its evidence (the
    indicators compared, the decisive one marked); "status" is the follow-up status."""
    filter = register_filter(
        "targets", locality, person, topic, status, date_from, date_to, orphans, rejected, copies
    )
    return _listed(session, "targets", filter, sort, limit, offset)


@router.get("/items/{item_ref}")
def item(
    item_ref: str, _: Person = Depends(api_viewer), session: Session = Depends(db_session)
) -> dict[str, Any]:
    """One item (id or unique prefix) as `chidao status ITEM --format json`: the item, "copy_of"
    and its "history" (follow-up and corrections, UTC and Vietnam time); a target also its
    evaluation and evidence."""
    item_id = resolve_item_id(session, item_ref)
    found = get_item(session, item_id)
    if found is None:
        raise HTTPException(404, f"không tìm thấy mục: {item_ref}")
    if found["kind"] == "targets":
        found = evaluated(session, [found])[0]
    return {**found, "copy_of": original_of(session, item_id), "history": item_history(session, item_id)}


@router.patch("/items/{item_ref}/follow-up")
def follow_up(
    request: Request,
    item_ref: str,
    body: FollowUpChange,
    person: Person = Depends(api_editor),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Change status, owner, due date, or add a note (`chidao status ITEM --set …`); another outlet's
    copy is followed up on its original. Returns the item as now stored."""
    item_id = resolve_item_id(session, item_ref)
    target = original_of(session, item_id) or item_id
    return apply(
        request,
        session,
        lambda: set_follow_up(
            session,
            target,
            status=body.status,
            owner=body.owner,
            due=body.due,
            note=body.note,
            who=person.name,
        ),
    )


@router.post("/items/{item_ref}/reject")
def reject(
    request: Request,
    item_ref: str,
    body: Rejection,
    person: Person = Depends(api_editor),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Reject the item (`chidao reject`): {"item", "corrections"}."""
    return apply(
        request, session, lambda: reject_item(session, item_ref, reason=body.reason, who=person.name)
    )


@router.post("/items/{item_ref}/corrections")
def correct(
    request: Request,
    item_ref: str,
    body: FieldCorrection,
    person: Person = Depends(api_editor),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Correct fields (`chidao correct --set`): {"item", "corrections"}."""
    return apply(request, session, lambda: correct_item(session, item_ref, body.values, who=person.name))


@router.get("/corrections")
def corrections(
    document: str | None = Query(None, max_length=96),
    item: str | None = Query(None, max_length=96),
    _: Person = Depends(api_viewer),
    session: Session = Depends(db_session),
) -> list[dict[str, Any]]:
    """Corrections oldest first (`chidao corrections list --format json`)."""
    return list_corrections(session, document_ref=document, item_ref=item)


@router.post("/corrections/{number}/undo")
def undo(
    request: Request,
    number: int,
    body: Rejection | None = None,
    person: Person = Depends(api_editor),
    session: Session = Depends(db_session),
) -> dict[str, Any]:
    """Withdraw correction `number` (`chidao corrections undo`)."""
    if not 0 < number < 2**62:
        raise HTTPException(404, f"không có sửa đổi số {number}")
    reason = body.reason if body else None
    return apply(request, session, lambda: undo_correction(session, number, reason=reason, who=person.name))
