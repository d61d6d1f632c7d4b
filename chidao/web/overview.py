"""What the overview page shows, computed from the registers as `chidao report all` reads them
(`chidao.store.follow_queries.select_items`: each event's item once, targets evaluated).

`overview(db, session)` -> dict:
- "status": {kind: {status: n, "overdue": n, "total": n}} for directives, targets, commitments;
- "evaluation": {"met": n, "not_met": n, "pending": n} of the targets;
- "topics": [(topic key, directives)] most first; "localities": [(province name, items)];
- "province_counts": {province code after 2025: items} (the map);
- "overdue": the overdue items, the longest overdue first (at most OVERDUE_SHOWN);
- "latest": the newest reports (`chidao.store.document_list`);
- "months": {"YYYY-MM": {kind: n}} (the chart), "documents": how many reports.

`OverviewCache` keeps the result for `ttl` seconds (an archive of 100,000 reports takes
seconds to read whole); the app clears it whenever a person changes something.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy.orm import Session

from chidao.store.document_list import count_documents, list_documents
from chidao.store.follow_queries import StoreSource, select_items
from chidao.store.queries import list_items

TRACKED = ("directives", "targets", "commitments")
OVERDUE_SHOWN = 20


def overview(db: str | None, session: Session) -> dict[str, Any]:
    """The overview's numbers and lists (see the module docstring)."""
    items = select_items(StoreSource(db), "all").items
    status: dict[str, Counter[str]] = {}
    for kind in TRACKED:
        counter: Counter[str] = Counter()
        for item in items[kind]:
            counter[item.get("follow_status", item.get("status")) or "open"] += 1
            counter["overdue"] += bool(item.get("overdue"))
            counter["total"] += 1
        status[kind] = counter
    evaluation = Counter(target.get("status") for target in items["targets"])
    topics = Counter(topic for directive in items["directives"] for topic in directive.get("topics") or ())
    places: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for place in list_items(session, "localities", copies=True):
        if place.get("level") == "province":
            places[place["document_id"]].append(place)
    by_name: Counter[str] = Counter()
    by_code: Counter[str] = Counter()
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for kind in TRACKED:
        for item in items[kind]:
            seen: set[str] = set()
            for place in places.get(item["document_id"], ()):
                name = place.get("current_name") or place.get("name")
                if name and name not in seen:
                    seen.add(name)
                    by_name[name] += 1
                    if place.get("current_code"):
                        by_code[place["current_code"]] += 1
            date = item.get("event_date") or item.get("document_date") or ""
            if len(date) >= 7:
                months[date[:7]][kind] += 1
    overdue = sorted(
        (item for kind in TRACKED for item in items[kind] if item.get("overdue")),
        key=lambda item: item.get("due") or "",
    )
    return {
        "status": {kind: dict(counter) for kind, counter in status.items()},
        "evaluation": {key: evaluation.get(key, 0) for key in ("met", "not_met", "pending")},
        "topics": topics.most_common(12),
        "localities": by_name.most_common(12),
        "province_counts": dict(by_code),
        "overdue": overdue[:OVERDUE_SHOWN],
        "overdue_total": len(overdue),
        "latest": list_documents(session, limit=10),
        "months": {key: dict(value) for key, value in months.items()},
        "documents": count_documents(session),
    }


class OverviewCache:
    """The last overview, kept `ttl` seconds or until `clear()`."""

    def __init__(self, ttl: float = 60.0) -> None:
        self.ttl = ttl
        self._value: dict[str, Any] | None = None
        self._at = 0.0
        self._lock = threading.Lock()

    def get(self, db: str | None, session: Session) -> dict[str, Any]:
        with self._lock:
            if self._value is None or time.monotonic() - self._at > self.ttl:
                self._value, self._at = overview(db, session), time.monotonic()
            return self._value

    def clear(self) -> None:
        with self._lock:
            self._value = None
