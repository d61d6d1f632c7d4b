"""The registers (directives, targets, commitments, indicators): filtered as on the command line,
sorted, paginated, exported, with inline follow-up edits and each item's history."""

from __future__ import annotations

import math

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from chidao.report.tables import topic_label
from chidao.track.correction_records import with_history
from chidao.track.history import item_history
from chidao.web.auth import Person, db_session, page_viewer
from chidao.web.pages.common import page_url, render, router
from chidao.web.registers import (
    REGISTER_KINDS,
    SORT_CHOICES,
    FilterError,
    RegisterFilter,
    all_register_items,
    export_csv,
    export_xlsx,
    register_items_page,
)

PER_PAGE = 50


def _kind(kind: str) -> str:
    if kind not in REGISTER_KINDS:
        raise HTTPException(404, f"Không có sổ theo dõi này: {kind}")
    return kind


def _filter(
    kind: str,
    locality: str,
    person_name: str,
    topic: str,
    status: str,
    date_from: str,
    date_to: str,
    orphans: bool,
    rejected: bool,
    copies: bool,
) -> RegisterFilter:
    try:
        return RegisterFilter(
            locality, person_name, topic, status, date_from, date_to, orphans, rejected, copies
        ).checked(kind)
    except FilterError as exc:
        raise HTTPException(400, str(exc)) from None


@router.get("/registers/{kind}", response_class=HTMLResponse)
def register_page(
    request: Request,
    kind: str,
    locality: str = "",
    person_name: str = Query("", alias="person"),
    topic: str = "",
    status: str = "",
    date_from: str = Query("", alias="from"),
    date_to: str = Query("", alias="to"),
    orphans: bool = False,
    rejected: bool = False,
    copies: bool = False,
    sort: str = "-date",
    page: int = Query(1, ge=1, le=100_000),
    person: Person = Depends(page_viewer),
    session: Session = Depends(db_session),
) -> HTMLResponse:
    kind = _kind(kind)
    filter = _filter(
        kind, locality, person_name, topic, status, date_from, date_to, orphans, rejected, copies
    )
    if sort not in SORT_CHOICES:
        raise HTTPException(400, f"Không sắp xếp được theo: {sort}")
    items, total, more = register_items_page(session, kind, filter, sort=sort, page=page, per_page=PER_PAGE)
    followed = with_history(session, [item["id"] for item in items])
    histories = {item["id"]: item_history(session, item["id"]) for item in items if item["id"] in followed}
    if page == 1 and not more and total <= PER_PAGE:
        total = len(items)  # one page: other outlets' copies were folded into their originals
    pages = max(1, math.ceil(total / PER_PAGE))
    return render(
        request,
        "register.html",
        person,
        kind=kind,
        items=items,
        total=total,
        more=more,
        page=page,
        pages=pages,
        sort=sort,
        filter=filter,
        histories=histories,
        topic_label=topic_label,
        page_url=lambda **changes: page_url(request, **changes),
        export_url=lambda format: page_url(request, page=None, sort=None).replace(
            f"/registers/{kind}", f"/registers/{kind}/export.{format}", 1
        ),
        next=page_url(request),
    )


@router.get("/registers/{kind}/export.{format}")
def register_export(
    kind: str,
    format: str,
    locality: str = "",
    person_name: str = Query("", alias="person"),
    topic: str = "",
    status: str = "",
    date_from: str = Query("", alias="from"),
    date_to: str = Query("", alias="to"),
    orphans: bool = False,
    rejected: bool = False,
    copies: bool = False,
    person: Person = Depends(page_viewer),
    session: Session = Depends(db_session),
) -> Response:
    kind = _kind(kind)
    if format not in ("csv", "xlsx"):
        raise HTTPException(404, f"Không xuất được định dạng: {format} (csv hoặc xlsx)")
    filter = _filter(
        kind, locality, person_name, topic, status, date_from, date_to, orphans, rejected, copies
    )
    items = all_register_items(session, kind, filter)
    if format == "csv":
        body, media = export_csv(items, kind), "text/csv; charset=utf-8"
    else:
        body, media = (
            export_xlsx(items, kind),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    return Response(
        body,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="so-theo-doi-{kind}.{format}"'},
    )
