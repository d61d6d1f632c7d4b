"""One item (its words, follow-up, corrections, history, a target's evaluation) and the forms
that change it: follow-up (status, owner, due date, note), reject, correct a field, undo."""

from __future__ import annotations

from fastapi import Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from chidao.store.copies import original_of
from chidao.store.lookup import resolve_item_id
from chidao.store.queries import get_item
from chidao.track.correction_fields import FIELDS
from chidao.track.corrections import correct_item, reject_item, undo_correction
from chidao.track.history import item_history
from chidao.track.status import set_follow_up
from chidao.web.auth import Person, db_session, form_editor, page_viewer
from chidao.web.changes import apply
from chidao.web.pages.common import back, render, router
from chidao.web.registers import evaluated


@router.get("/items/{item_ref}", response_class=HTMLResponse)
def item_page(
    request: Request,
    item_ref: str,
    person: Person = Depends(page_viewer),
    session: Session = Depends(db_session),
) -> HTMLResponse:
    item_id = resolve_item_id(session, item_ref)
    item = get_item(session, item_id)
    assert item is not None
    if item["kind"] == "targets":
        item = evaluated(session, [item])[0]
    return render(
        request,
        "item.html",
        person,
        item=item,
        history=item_history(session, item_id),
        copy_of=original_of(session, item_id),
        fields=FIELDS,
        next=request.url.path,
    )


@router.post("/items/{item_ref}/follow-up")
def follow_up_form(
    request: Request,
    item_ref: str,
    status: str = Form(""),
    owner: str | None = Form(None),
    due: str | None = Form(None),
    note: str = Form(""),
    next: str = Form(""),
    person: Person = Depends(form_editor),
    session: Session = Depends(db_session),
) -> Response:
    item_id = resolve_item_id(session, item_ref)
    # One event's item is followed up once: on the item the registers list.
    target = original_of(session, item_id) or item_id
    item = apply(
        request,
        session,
        lambda: set_follow_up(
            session, target, status=status or None, owner=owner, due=due, note=note or None, who=person.name
        ),
    )
    return back(next or f"/items/{item['id']}", f"Đã cập nhật {item['id']}.")


@router.post("/items/{item_ref}/reject")
def reject_form(
    request: Request,
    item_ref: str,
    reason: str = Form(""),
    next: str = Form(""),
    person: Person = Depends(form_editor),
    session: Session = Depends(db_session),
) -> Response:
    result = apply(
        request, session, lambda: reject_item(session, item_ref, reason=reason or None, who=person.name)
    )
    item = result["item"]
    return back(
        next or f"/items/{item['id']}", f"Đã loại bỏ {item['id']} (#{result['corrections'][0]['id']})."
    )


@router.post("/items/{item_ref}/correct")
def correct_form(
    request: Request,
    item_ref: str,
    field: str = Form(...),
    value: str = Form(""),
    next: str = Form(""),
    person: Person = Depends(form_editor),
    session: Session = Depends(db_session),
) -> Response:
    result = apply(request, session, lambda: correct_item(session, item_ref, {field: value}, who=person.name))
    item = result["item"]
    said = f"Đã sửa {item['id']}." if result["corrections"] else f"Không có gì thay đổi: {item['id']}."
    return back(next or f"/items/{item['id']}", said)


@router.post("/corrections/{number}/undo")
def undo_form(
    request: Request,
    number: int,
    next: str = Form(""),
    person: Person = Depends(form_editor),
    session: Session = Depends(db_session),
) -> Response:
    apply(request, session, lambda: undo_correction(session, number, who=person.name))
    return back(next, f"Đã hoàn tác #{number}.")
