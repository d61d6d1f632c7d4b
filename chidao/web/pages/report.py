"""A report with every item highlighted in place, and the editor's corrections of it."""

from __future__ import annotations

from typing import Any

import regex
from fastapi import Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from chidao.store.lookup import resolve_document_id
from chidao.store.queries import get_document, list_items
from chidao.track.correction_fields import FIELDS
from chidao.track.corrections import ADDABLE, add_item
from chidao.track.document_corrections import delete_document, document_summary, set_document_date
from chidao.web.auth import Person, db_session, form_editor, page_viewer
from chidao.web.changes import apply
from chidao.web.highlight import highlighted_text, item_spans
from chidao.web.pages.common import back, render, router

_SPAN = regex.compile(r"(\d+)-(\d+)")
# The item list beside the text: the kinds people follow first, then what the report names.
LIST_ORDER = (
    "directives",
    "targets",
    "commitments",
    "indicators",
    "events",
    "legal_refs",
    "people",
    "organizations",
    "localities",
)


def report_items(session: Session, document_id: str) -> list[dict[str, Any]]:
    """The report's items (rejected ones too, marked), in the order of their first words."""
    items = list_items(session, None, document_id=document_id, include_rejected=True)  # type: ignore[arg-type]
    return sorted(items, key=lambda item: (item_spans(item) or [(0, 0)])[0])


@router.get("/reports/{document_ref}", response_class=HTMLResponse)
def report_page(
    request: Request,
    document_ref: str,
    span: str | None = None,
    person: Person = Depends(page_viewer),
    session: Session = Depends(db_session),
) -> HTMLResponse:
    document_id = resolve_document_id(session, document_ref)
    document = get_document(session, document_id)
    assert document is not None
    items = report_items(session, document_id)
    focus = None
    if span and (found := _SPAN.fullmatch(span)):
        focus = (int(found[1]), int(found[2]))
    body = highlighted_text(document["text"], items, focus)
    kinds = [kind for kind in LIST_ORDER if any(item["kind"] == kind for item in items)]
    return render(
        request,
        "report.html",
        person,
        document=document,
        summary=document_summary(session, document_id),
        body=body,
        items=items,
        kinds=kinds,
        fields=FIELDS,
        addable=list(ADDABLE),
        next=request.url.path,
    )


def _optional_int(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isdigit() else None


@router.post("/reports/{document_ref}/items")
def add_item_form(
    request: Request,
    document_ref: str,
    kind: str = Form(...),
    start: str = Form(""),
    end: str = Form(""),
    words: str = Form(""),
    occurrence: str = Form(""),
    field: str = Form(""),
    value: str = Form(""),
    person: Person = Depends(form_editor),
    session: Session = Depends(db_session),
) -> Response:
    begin, finish = _optional_int(start), _optional_int(end)
    span = (begin, finish) if begin is not None and finish is not None else None
    values = {field: value} if field.strip() else {}
    result = apply(
        request,
        session,
        lambda: add_item(
            session,
            document_ref,
            kind,
            span=span,
            words=None if span else words,
            occurrence=_optional_int(occurrence),
            values=values,
            who=person.name,
        ),
    )
    item = result["item"]
    return back(f"/reports/{item['document_id']}#item-{item['id']}", f"Đã thêm mục {item['id']}.")


@router.post("/reports/{document_ref}/date")
def date_form(
    request: Request,
    document_ref: str,
    date: str = Form(...),
    person: Person = Depends(form_editor),
    session: Session = Depends(db_session),
) -> Response:
    result = apply(request, session, lambda: set_document_date(session, document_ref, date, who=person.name))
    changed = "Đã đặt ngày văn bản." if result["corrections"] else "Văn bản đã có ngày này."
    return back(f"/reports/{result['document']['id']}", changed)


@router.post("/reports/{document_ref}/delete")
def delete_form(
    request: Request,
    document_ref: str,
    confirm: str = Form(""),
    reason: str = Form(""),
    person: Person = Depends(form_editor),
    session: Session = Depends(db_session),
) -> Response:
    if confirm != "yes":
        return back(f"/reports/{document_ref}", "Chưa xoá: đánh dấu ô xác nhận để xoá văn bản.")
    result = apply(
        request,
        session,
        lambda: delete_document(session, document_ref, reason=reason or None, who=person.name),
    )
    kept = len(result["corrections"][0]["old"]["person_items"])
    return RedirectResponse(
        f"/?flash=Đã xoá văn bản {result['document']['id'][:12]}; giữ dữ liệu của {kept} mục do người nhập.",
        status_code=303,
    )
