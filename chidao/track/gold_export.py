"""What the office corrected, as gold annotations (docs/GOLD.md), so `chidao eval` scores a
newer extractor against it.

A report's gold is its stored items with the corrections in force: rejected items
left out, corrected fields at the person's value, items a person added in (with
the fields the person set; the others are "not annotated"), the report's date as a
person set it. Items nobody corrected are taken as they are: by correcting a report
the office has read it. Offsets, labels and values only, never the report's text;
`chidao eval GOLD_DIR --db STORE` reads the texts back from the store.

- `corrected_document_ids(session)`: reports with a correction in force.
- `gold_document(session, document_id)`: one report's gold object.
- `gold_file_names(documents)`: a file name per report, from its source ("004_81a6….json").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import regex
from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from chidao.evaluate.gold import ENTITY_KINDS
from chidao.evaluate.scoring import FIELDS
from chidao.model import ITEM_KINDS
from chidao.store.schema import Document, Item

_UNSAFE = regex.compile(r"[^\w.-]+")
# Fields of entity items that identify them (not scored, but part of the gold format).
_ENTITY_KEYS = {"people": ("name",), "organizations": ("name",), "localities": ("name", "level")}


def corrected_document_ids(session: Session) -> list[str]:
    """Ids of the reports with a correction in force (an item rejected, corrected or added, or
    the report's date set), in the order they were stored."""
    touched = select(Item.document_seq).where(or_(
        Item.rejected.is_(True), Item.machine_values.is_not(None), Item.origin == "person"))
    return list(session.scalars(select(Document.id).where(or_(
        Document.seq.in_(touched), Document.machine_values.is_not(None))).order_by(Document.seq)))


def all_document_ids(session: Session) -> list[str]:
    """Every stored report's id, in the order they were stored."""
    return list(session.scalars(select(Document.id).order_by(Document.seq)))


def gold_item(item: Item) -> dict[str, Any]:
    """One stored item as a gold item: its span (or name and mentions) and its scored fields;
    an item a person added carries only the fields the person set."""
    data = item.data
    corrected = sorted(item.machine_values or {})
    if item.kind in ENTITY_KINDS:
        out = {key: data.get(key) for key in _ENTITY_KEYS[item.kind]}
        out.update({field: data.get(field) for field in FIELDS[item.kind] if field != "mentions"})
        out["mentions"] = [list(span) for span in data.get("mentions") or ()]
    else:
        out = {"span": [item.span_start, item.span_end]}
        fields = corrected if item.origin == "person" else FIELDS[item.kind]
        out.update({field: data.get(field) for field in fields})
    if item.origin == "person":
        out["note"] = "added by a person" + (f"; fields set: {', '.join(corrected)}" if corrected else "")
    elif corrected:
        out["note"] = f"corrected by a person: {', '.join(corrected)}"
    return out


def gold_document(session: Session, document_id: str) -> dict[str, Any]:
    """The gold object of one stored report (see the module docstring)."""
    document = session.execute(select(Document).where(Document.id == document_id)).scalar_one()
    items = session.scalars(select(Item).where(Item.of_document(document_id), Item.rejected == false())
                            .order_by(Item.span_start, Item.ordinal))
    gold: dict[str, Any] = {"document": {"source": Path(document.source or "").name or None,
                                         "id": document.id, "date": document.date}}
    gold.update({kind: [] for kind in ITEM_KINDS})
    seen: set[tuple[str, Any]] = set()
    for item in items:
        out = gold_item(item)
        # One annotation per span (per name for people, bodies and places), as the gold format asks.
        key = (item.kind, out.get("name") if item.kind in ENTITY_KINDS else tuple(out["span"]))
        if key not in seen:
            seen.add(key)
            gold[item.kind].append(out)
    return gold


def gold_file_names(documents: list[tuple[str, str | None]]) -> dict[str, str]:
    """{document id: file name} for (id, source) pairs: the source's name as .json, made
    safe, with the id's first characters added where two would collide or a name is empty."""
    stems = {doc_id: _UNSAFE.sub("_", Path(source or "").stem)[:80].strip("._")
             for doc_id, source in documents}
    counts: dict[str, int] = {}
    for stem in stems.values():
        counts[stem] = counts.get(stem, 0) + 1
    return {doc_id: (f"{stem}.json" if stem and counts[stem] == 1 else
                     f"{stem + '_' if stem else ''}{doc_id[:12]}.json") for doc_id, stem in stems.items()}
