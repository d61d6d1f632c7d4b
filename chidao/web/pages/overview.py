"""The overview (Tổng quan): follow-up at a glance."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from chidao.web.auth import Person, db_session, page_viewer
from chidao.web.pages.common import render, router
from chidao.web.svg import monthly_chart, province_map


@router.get("/", response_class=HTMLResponse)
def overview_page(
    request: Request, person: Person = Depends(page_viewer), session: Session = Depends(db_session)
) -> HTMLResponse:
    data = request.app.state.overview.get(request.app.state.db, session)
    return render(
        request,
        "overview.html",
        person,
        data=data,
        chart=monthly_chart(data["months"]),
        map=province_map(data["province_counts"]),
    )
