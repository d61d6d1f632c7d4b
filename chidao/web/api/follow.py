"""/people/{name} and /localities/{name}: a person's ranks and positions over time and the items
they gave or led; everything about a place (its old and new names reach it)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from chidao.report.content import locality_subject
from chidao.store.follow_queries import StoreSource, select_items
from chidao.track.timeline import current_roles, role_timeline
from chidao.web.auth import Person, api_viewer
from chidao.web.registers import evaluation_apart

router = APIRouter(tags=["people and places"])


def _slim(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != "localities"} for row in rows]


@router.get("/people/{name}")
def person(request: Request, name: str, _: Person = Depends(api_viewer)) -> dict[str, Any]:
    """As `chidao person NAME --format json`: name, current roles, timeline (each entry with its
    evidence), and the events, directives, targets (evaluated), commitments they gave or led."""
    selection = select_items(StoreSource(request.app.state.db), "person", name[:200])
    if not selection.found:
        raise HTTPException(404, f"không tìm thấy người: {name}")
    full_name = selection.people[0]["name"] if selection.people else name
    timeline = role_timeline(selection.people)
    items = evaluation_apart(selection.items)
    return {
        "name": full_name,
        "current": current_roles(timeline),
        "timeline": timeline,
        **{kind: _slim(rows) for kind, rows in items.items()},
    }


@router.get("/localities/{name}")
def locality(request: Request, name: str, _: Person = Depends(api_viewer)) -> dict[str, Any]:
    """As `chidao locality NAME --format json`: the place as its reports name it, its unit after
    2025, the former units a current name reaches, and its items (targets evaluated)."""
    selection = select_items(StoreSource(request.app.state.db), "locality", name[:200])
    match = selection.match
    if match is None or not match.found:
        raise HTTPException(404, f"không tìm thấy địa phương: {name}")
    _subject, former = locality_subject(name, match.name, match.current_name, selection.localities)
    items = evaluation_apart(selection.items)
    return {
        "query": name,
        "name": match.name,
        "current_name": match.current_name,
        "former_names": list(former),
        **{kind: _slim(rows) for kind, rows in items.items()},
    }
