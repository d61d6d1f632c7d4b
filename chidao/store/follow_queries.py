"""What the follow-up pages and reports read: items of every kind, per locality or person.

Two sources give the same `FollowData` (item dicts shaped like the store's:
extract@1 fields plus "id", "kind", "document_id", "document_date",
"document_source", "document_title", "event_date", the follow-up fields
"status", "owner", "due", "notes", "overdue", and "localities": the locality
dicts of its report that the item is about, its events' places or its own scope,
`chidao.store.places.item_places`):

- `load_extractions(paths)`: `chidao extract --format jsonl` output files (no
  database needed; follow-up fields are empty);
- `load_store(db)`: the chidao store, through `chidao.store.queries`
  (`open_session(db)` as a context manager and `list_items(session, kind)`;
  adjust here if the store's API names differ).

Selections are pure functions over `FollowData`: `match_locality`,
`locality_items`, `match_people`, `person_items`, `all_items`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chidao.store.places import event_place_names, item_places

try:
    from chidao.text.fold import fold_key
except ImportError:  # until chidao.text.fold lands
    from chidao.track.evaluation import fold_key

ITEM_KINDS = ("events", "people", "localities", "directives", "targets", "commitments", "indicators")
FOLLOW_FIELDS = {"status": None, "owner": None, "due": None, "notes": None, "overdue": False}


@dataclass(slots=True)
class FollowData:
    """Every document (id -> extract@1 document fields without text) and item dicts per kind."""

    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    items: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {k: [] for k in ITEM_KINDS})


@dataclass(frozen=True, slots=True)
class LocalityMatch:
    """A place asked for by name: every name and code it goes by, then and now."""

    query: str
    name: str | None
    current_name: str | None
    keys: frozenset[str]

    @property
    def found(self) -> bool:
        return bool(self.keys)


def load_extractions(paths: Iterable[Path | str]) -> FollowData:
    """FollowData from extract@1 JSONL files (one object per line)."""
    data = FollowData()
    for path in paths:
        with Path(path).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    add_extraction(data, json.loads(line))
    return data


def add_extraction(data: FollowData, extraction: dict[str, Any]) -> None:
    """Add one extract@1 object's items, each with its document's fields and localities."""
    document = extraction["document"]
    doc_id = document["id"]
    data.documents[doc_id] = {k: v for k, v in document.items() if k != "text"}
    events = extraction.get("events") or []
    event_date = next((e.get("date") for e in events if e.get("date")), None)
    localities = extraction.get("localities") or []
    event_names = event_place_names(events)
    base = {"document_id": doc_id, "document_date": document.get("date"),
            "document_source": document.get("source"), "document_title": document.get("title"),
            "event_date": event_date}
    for kind in ITEM_KINDS:
        for index, item in enumerate(extraction.get(kind) or []):
            row = dict(FOLLOW_FIELDS)
            row.update(item)
            if kind == "commitments":
                row["commitment_kind"] = item.get("kind")
            row.update(base, id=f"{doc_id[:12]}:{kind}:{index}", kind=kind)
            if kind != "localities":
                row["localities"] = item_places(item, event_names, localities)
            data.items[kind].append(row)


def load_store(db: str | None) -> FollowData:
    """FollowData from the chidao store at `db` (path or URL; None: the store's default).

    Every report's own items, other outlets' copies of one event included: the pages
    tie a report's places, directives and targets together (a target is a person's
    when it sits in their directive of the same report).
    """
    from chidao.store import queries  # the store is optional for file-based use

    if not (hasattr(queries, "open_session") and hasattr(queries, "list_items")):
        raise ImportError("chidao.store.queries lacks open_session(db) / list_items(session, kind)")
    data = FollowData()
    with queries.open_session(db) as session:
        for kind in ITEM_KINDS:
            for item in queries.list_items(session, kind, copies=True):
                row = dict(FOLLOW_FIELDS)
                row.update(item)
                data.items[kind].append(row)
                if row.get("document_id"):
                    data.documents.setdefault(row["document_id"], {
                        "id": row["document_id"], "source": row.get("document_source"),
                        "title": row.get("document_title"), "date": row.get("document_date")})
    _attach_document_localities(data)
    return data


def _attach_document_localities(data: FollowData) -> None:
    """Give each item the locality dicts of its report that it is about."""
    by_document: dict[str, list[dict[str, Any]]] = {}
    for locality in data.items["localities"]:
        by_document.setdefault(locality.get("document_id") or "", []).append(locality)
    events: dict[str, list[dict[str, Any]]] = {}
    for event in data.items["events"]:
        events.setdefault(event.get("document_id") or "", []).append(event)
    names = {document_id: event_place_names(found) for document_id, found in events.items()}
    for kind in ITEM_KINDS:
        if kind == "localities":
            continue
        for item in data.items[kind]:
            document_id = item.get("document_id") or ""
            item["localities"] = item_places(item, names.get(document_id, frozenset()),
                                             by_document.get(document_id, []))


def locality_keys(locality: dict[str, Any]) -> set[str]:
    """Folded names a locality goes by: its name at the report's date and its unit's name now."""
    return {fold_key(n) for n in (locality.get("name"), locality.get("current_name")) if n}


def match_locality(data: FollowData, query: str) -> LocalityMatch:
    """The place named `query` as the data knows it, by its name then or now ("Bắc Giang" or
    "Bắc Ninh" both reach a 2023 Bắc Giang report), with its unit after 2025."""
    wanted = fold_key(query)
    hits = [loc for loc in data.items["localities"] if wanted in locality_keys(loc)]
    if not hits:
        return LocalityMatch(query=query, name=None, current_name=None, keys=frozenset())
    exact = [loc for loc in hits if fold_key(loc.get("name") or "") == wanted] or hits
    latest = max(exact, key=lambda loc: loc.get("document_date") or "")
    return LocalityMatch(query=query, name=latest.get("name"), current_name=latest.get("current_name"),
                         keys=frozenset({wanted}))


def _about_locality(item: dict[str, Any], match: LocalityMatch) -> bool:
    """Whether one of the places the item is about (its "localities") is the place asked for."""
    return any(locality_keys(loc) & match.keys for loc in item.get("localities") or ())


def locality_items(data: FollowData, match: LocalityMatch) -> dict[str, list[dict[str, Any]]]:
    """Events, directives, targets, commitments, indicators about the place (their events'
    places or their own scope); targets evaluated against every indicator."""
    from chidao.track.evaluation import evaluate_targets

    out = {kind: [i for i in data.items[kind] if _about_locality(i, match)]
           for kind in ("events", "directives", "targets", "commitments", "indicators")}
    out["targets"] = evaluate_targets(out["targets"], data.items["indicators"])
    return out


def match_people(data: FollowData, name: str) -> list[str]:
    """Full names of the people (named in reports, or speaking a directive) whose name holds
    `name`'s words, diacritics optional ("Lam", "to lam" -> ["Tô Lâm"]); the exact name alone
    when someone bears it. The rule of the registers' --person
    (`chidao.store.queries.person_condition`)."""
    wanted = fold_key(name)
    names = [p.get("name") for p in data.items["people"]]
    names += [d.get("speaker") for d in data.items["directives"]]
    found: dict[str, str] = {}
    for full in names:
        if full and wanted and f" {wanted} " in f" {fold_key(full)} ":
            found.setdefault(fold_key(full), full)
    return [found[wanted]] if wanted in found else sorted(found.values(), key=fold_key)


def person_items(data: FollowData, name: str) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """(the person's people-items across documents, items of kind -> those they gave or lead).

    Directives by their speaker; events they led; targets and commitments set in
    directives they gave (same document, span inside one of their directives), and
    commitments the store found they gave outside one ("speaker").
    """
    from chidao.track.evaluation import evaluate_targets

    key = fold_key(name)
    mentions = [p for p in data.items["people"] if fold_key(p.get("name") or "") == key]
    directives = [d for d in data.items["directives"] if fold_key(d.get("speaker") or "") == key]
    spoken = {}
    for d in directives:
        spoken.setdefault(d.get("document_id"), []).append(d.get("span") or (0, 0))

    def inside(item: dict[str, Any]) -> bool:
        start, end = item.get("span") or (0, 0)
        return any(s <= start and end <= e for s, e in spoken.get(item.get("document_id"), ()))

    targets = [t for t in data.items["targets"] if inside(t)]
    return mentions, {
        "events": [e for e in data.items["events"] if fold_key(e.get("leader") or "") == key],
        "directives": directives,
        "targets": evaluate_targets(targets, data.items["indicators"]),
        "commitments": [c for c in data.items["commitments"]
                        if inside(c) or fold_key(c.get("speaker") or "") == key],
        "indicators": [],
    }


def all_items(data: FollowData) -> dict[str, list[dict[str, Any]]]:
    """Every follow-up item, targets evaluated."""
    from chidao.track.evaluation import evaluate_targets

    out = {kind: list(data.items[kind]) for kind in ("events", "directives", "commitments", "indicators")}
    out["targets"] = evaluate_targets(data.items["targets"], data.items["indicators"])
    return out
