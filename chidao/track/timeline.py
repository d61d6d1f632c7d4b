"""Role timelines: a person's ranks and positions over time, each with dated evidence.

`role_timeline(mentions)` takes the person's people-items from many documents,
as the store returns them (extract@1 person fields "name", "ranks", "positions",
"mentions", plus "document_id", "document_date", "event_date",
"document_source", "document_title") and returns one entry per rank or position:

    {"kind": "rank" | "position" | "event_role", "value": "Đại tướng",
     "first_seen": "2019-…" | None, "last_seen": … | None,
     "documents": [{document_id, date, source, title, span}]}

A role held at one event only ("Trưởng đoàn", "Phó Trưởng đoàn": who led that
delegation) is no position held: its entries have kind "event_role", come after
the positions, and are not among `current_roles`.

Dates are the event's date, else the document's; an undated document is listed
as evidence but moves neither first_seen nor last_seen. Values are compared
diacritic-folded ("Uỷ viên" and "Ủy viên" are one); the form shown is the most
frequent one. Entries are ordered ranks first, then positions, each by
first_seen (undated last), so Tô Lâm reads "Thượng tướng" (2018) then
"Đại tướng" (2019 on).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

try:
    from chidao.text.fold import fold_key
except ImportError:  # until chidao.text.fold lands
    from chidao.track.evaluation import fold_key

_KINDS = (("rank", "ranks"), ("position", "positions"))
_ORDER = {"rank": 0, "position": 1, "event_role": 2}
# Folded roles held at one event, not over time: the head of a delegation and their deputy.
EVENT_ROLES = frozenset({"truong doan", "pho truong doan", "truong doan cong tac",
                         "pho truong doan cong tac"})


def _kind_of(kind: str, value: str) -> str:
    """"event_role" for a position that is a role at one event ("Trưởng đoàn"), else `kind`."""
    return "event_role" if kind == "position" and fold_key(value) in EVENT_ROLES else kind


def role_timeline(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ranks and positions over time for one person's items (see module docstring)."""
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    forms: dict[tuple[str, str], Counter[str]] = {}
    for item in sorted(mentions, key=lambda m: (_date(m) or "9999", m.get("document_id") or "")):
        date = _date(item)
        for kind, field in _KINDS:
            for value in item.get(field) or ():
                key = (_kind_of(kind, value), fold_key(value))
                forms.setdefault(key, Counter())[value] += 1
                entry = entries.setdefault(key, {"kind": key[0], "first_seen": None, "last_seen": None,
                                                 "documents": []})
                if date:
                    entry["first_seen"] = min(filter(None, (entry["first_seen"], date)))
                    entry["last_seen"] = max(filter(None, (entry["last_seen"], date)))
                if not any(d["document_id"] == item.get("document_id") for d in entry["documents"]):
                    entry["documents"].append(_evidence(item, date))
    out = []
    for key, entry in entries.items():
        value = forms[key].most_common(1)[0][0]
        out.append({"kind": entry["kind"], "value": value, "first_seen": entry["first_seen"],
                    "last_seen": entry["last_seen"], "documents": entry["documents"]})
    out.sort(key=lambda e: (_ORDER[e["kind"]], e["first_seen"] is None, e["first_seen"] or "",
                            e["last_seen"] or "", e["value"]))
    return out


def current_roles(timeline: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The rank(s) and positions seen in the latest dated document: {"rank": [...], "position": [...]}."""
    latest = max((e["last_seen"] for e in timeline if e["last_seen"]), default=None)
    roles: dict[str, list[str]] = {"rank": [], "position": []}
    for entry in timeline:
        if entry["kind"] in roles and latest is not None and entry["last_seen"] == latest:
            roles[entry["kind"]].append(entry["value"])
    return roles


def _date(item: dict[str, Any]) -> str | None:
    return item.get("event_date") or item.get("document_date") or None


def _evidence(item: dict[str, Any], date: str | None) -> dict[str, Any]:
    spans = item.get("mentions") or ([item["span"]] if item.get("span") else [])
    first = list(spans[0]) if spans else None
    return {"document_id": item.get("document_id"), "date": date, "source": item.get("document_source"),
            "title": item.get("document_title"), "span": first}
