"""A locality's page (old and new names reach it) with the map, and a person's page with their
ranks and positions over time."""

from __future__ import annotations

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from chidao.report.content import locality_subject
from chidao.store.follow_queries import StoreSource, select_items
from chidao.track.timeline import current_roles, role_timeline
from chidao.web.auth import Person, db_session, page_viewer
from chidao.web.pages.common import render, router
from chidao.web.registers import evaluation_apart
from chidao.web.svg import province_map, provinces

KINDS = ("events", "directives", "targets", "commitments", "indicators")


@router.get("/localities/{name}", response_class=HTMLResponse)
def locality_page(
    request: Request, name: str, person: Person = Depends(page_viewer), session: Session = Depends(db_session)
) -> HTMLResponse:
    selection = select_items(StoreSource(request.app.state.db), "locality", name)
    match = selection.match
    if match is None or not match.found:
        raise HTTPException(404, f"Không tìm thấy địa phương: {name}")
    subject, former = locality_subject(name, match.name, match.current_name, selection.localities)
    current = match.current_name or match.name
    code = next((p.code for p in provinces() if p.name == current), None)
    counts = request.app.state.overview.get(request.app.state.db, session)["province_counts"]
    return render(
        request,
        "locality.html",
        person,
        subject=subject,
        match=match,
        former=former,
        items=evaluation_apart(selection.items),
        kinds=KINDS,
        map=province_map(counts, selected=code, title=f"Bản đồ: {subject}"),
    )


@router.get("/people/{name}", response_class=HTMLResponse)
def person_page(request: Request, name: str, person: Person = Depends(page_viewer)) -> HTMLResponse:
    selection = select_items(StoreSource(request.app.state.db), "person", name)
    if not selection.found:
        raise HTTPException(404, f"Không tìm thấy người: {name}")
    full_name = selection.people[0]["name"] if selection.people else name
    timeline = role_timeline(selection.people)
    return render(
        request,
        "person.html",
        person,
        name=full_name,
        timeline=timeline,
        current=current_roles(timeline),
        items=evaluation_apart(selection.items),
        kinds=KINDS,
    )
