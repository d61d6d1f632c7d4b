"""What the follow-up pages and reports read: items of every kind, per locality or person.

`select_items(source, scope, name, copies=False)` returns a `Selection`: the
items a page or report on one place (scope "locality"), one person ("person")
or everything ("all") lists, kind by kind (item dicts shaped like the store's:
extract@1 fields plus "id", "kind", "document_id", "document_date",
"document_source", "document_title", "event_date", the follow-up fields
"status", "owner", "due", "notes", "overdue"), targets evaluated, with what
names the subject. A place's items are those about it: their events' places or
their own scope, not every place their report mentions (`chidao.store.places`);
a person is asked for by a name or part of one, whole words, diacritics optional
("Lâm", "to lam"), and a part that fits several people names them all
(`Selection.candidates`). `source` is either:

- a store (`StoreSource(db)`): each kind is read with the registers' own query
  and filter (`chidao.store.queries.list_items` with `locality=` or `person=`),
  so a report counts what the register shows for the same filter, and several
  outlets' copies of one event's item are one item (listed under its "copies";
  `copies=True` lists each, as the registers' `--copies`);
- `FollowData` from `chidao extract --format jsonl` files (`load_extractions`;
  no database, no follow-up fields, no event groups: nothing to fold; each item's
  "localities" are the places of its report it is about, `item_places`), selected
  by the pure functions `match_locality`, `locality_items`, `people_named`,
  `person_items`, `all_items` over those places and the directives' speakers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chidao.store.places import event_place_names, item_places
from chidao.text.fold import fold_key

ITEM_KINDS = ("events", "people", "localities", "directives", "targets", "commitments", "indicators")
FOLLOW_ITEM_KINDS = ("events", "directives", "targets", "commitments", "indicators")
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


@dataclass(frozen=True, slots=True)
class StoreSource:
    """The chidao store at `db` (path or URL; None: $CHIDAO_DB, then ./chidao.db)."""

    db: str | None = None


@dataclass(slots=True)
class Selection:
    """What a page or report on one subject lists.

    `items`: kind ("events", "directives", "targets" (evaluated), "commitments",
    "indicators") -> item dicts; `people`: the person's mentions, every report's,
    for the role timeline (scope "person"); `candidates`: the full names a part of a
    name fits when it fits several people (then nothing is selected); `match`: the
    place asked for (scope "locality"); `localities`: the locality items naming it
    (for its former names, and the reports that only mention it).
    """

    items: dict[str, list[dict[str, Any]]]
    people: list[dict[str, Any]] = field(default_factory=list)
    match: LocalityMatch | None = None
    localities: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        """Whether the subject is known: the place is named somewhere, the person appears or spoke."""
        if self.match is not None:
            return self.match.found
        return bool(self.people or self.items.get("directives"))


def select_items(source: StoreSource | FollowData, scope: str, name: str = "",
                 copies: bool = False) -> Selection:
    """The items a page or report on `scope` ("locality", "person", "all") named `name` lists
    (see the module docstring); `copies` lists every outlet's copy of an event's item (store only)."""
    if isinstance(source, FollowData):
        return _select_from_files(source, scope, name)
    from chidao.store import queries  # the store is optional for file-based use
    from chidao.track.evaluation import evaluate_targets

    with queries.open_session(source.db) as session:
        people: list[dict[str, Any]] = []
        if scope == "person":
            # A part of a name ("Lâm") is one person's full name, or a choice to make.
            people = queries.get_person_mentions(session, name)
            speakers = [d.get("speaker") for d in queries.list_items(session, "directives", person=name,
                                                                     copies=True)]
            names = people_named([*(p.get("name") for p in people), *speakers], name)
            if len(names) > 1:
                return Selection({kind: [] for kind in FOLLOW_ITEM_KINDS}, candidates=names)
            name = names[0] if names else name
            people = [p for p in people if fold_key(p.get("name") or "") == fold_key(name)]
        filters = {"locality": name} if scope == "locality" else {"person": name} if scope == "person" else {}
        items = {kind: [{**FOLLOW_FIELDS, **item} for item in queries.list_items(
            session, kind, copies=copies, **filters)] for kind in FOLLOW_ITEM_KINDS}
        # The registers evaluate targets against every indicator, each event's once.
        items["targets"] = evaluate_targets(items["targets"], queries.list_items(session, "indicators"))
        selection = Selection(items, people=people)
        if scope == "locality":
            selection.localities = queries.list_items(session, "localities", locality=name, copies=True)
            selection.match = _match_among(selection.localities, name)
    return selection


def _select_from_files(data: FollowData, scope: str, name: str) -> Selection:
    if scope == "locality":
        match = match_locality(data, name)
        naming = [loc for loc in data.items["localities"] if locality_keys(loc) & match.keys]
        return Selection(locality_items(data, match), match=match, localities=naming)
    if scope == "person":
        names = people_named([*(p.get("name") for p in data.items["people"]),
                              *(d.get("speaker") for d in data.items["directives"])], name)
        if len(names) > 1:
            return Selection({kind: [] for kind in FOLLOW_ITEM_KINDS}, candidates=names)
        people, items = person_items(data, names[0] if names else name)
        return Selection(items, people=people)
    return Selection(all_items(data))


def load_directives(source: StoreSource | FollowData, copies: bool = False) -> list[dict[str, Any]]:
    """Every directive with its report's places ("localities"): from files as they are, from
    the store one per event's directive (each listing its "copies") unless `copies`."""
    if isinstance(source, FollowData):
        return source.items["directives"]
    from chidao.store import queries

    with queries.open_session(source.db) as session:
        directives = queries.list_items(session, "directives", copies=copies)
        places: dict[str, list[dict[str, Any]]] = {}
        for place in queries.list_items(session, "localities", copies=True):
            places.setdefault(place["document_id"], []).append(place)
        events: dict[str, list[dict[str, Any]]] = {}
        for event in queries.list_items(session, "events", copies=True):
            events.setdefault(event["document_id"], []).append(event)
    # Where each was said: the places of its report it is about (recurring lists them per group).
    out = []
    for directive in directives:
        document_id = directive["document_id"]
        about = item_places(directive, event_place_names(events.get(document_id, ())),
                            places.get(document_id, []))
        out.append({**directive, "localities": about})
    return out


def locality_keys(locality: dict[str, Any]) -> set[str]:
    """Folded names a locality goes by: its name at the report's date and its unit's name now."""
    return {fold_key(n) for n in (locality.get("name"), locality.get("current_name")) if n}


def match_locality(data: FollowData, query: str) -> LocalityMatch:
    """The place named `query` as the data knows it, by its name then or now ("Bắc Giang" or
    "Bắc Ninh" both reach a 2023 Bắc Giang report), with its unit after 2025."""
    wanted = fold_key(query)
    return _match_among([loc for loc in data.items["localities"] if wanted in locality_keys(loc)], query)


def _match_among(hits: list[dict[str, Any]], query: str) -> LocalityMatch:
    """The place named `query`, given the locality items that name it (none: not found)."""
    wanted = fold_key(query)
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


def people_named(names: Iterable[str | None], name: str) -> list[str]:
    """The full names among `names` (people named in reports, directives' speakers) that hold
    `name`'s words, diacritics optional ("Lam", "to lam" -> ["Tô Lâm"]); the exact name alone
    when someone bears it. The rule of the registers' --person
    (`chidao.store.queries.person_condition`)."""
    wanted = fold_key(name)
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
