"""How a person's corrections sit on the machine's reading of a report, in the store.

An item's `data` holds the values in force; `machine_values` holds the machine's
own value of each field a person corrected ({"speaker": "Nguyễn Văn A"}), so
readers need no merging and both values can be shown. An item a person added
(`origin` "person") keeps the words the person chose; `rejected` hides an item a
person said is not one.

- `carry_over(item, machine_data)`: when a newer extractor finds the item again,
  its new machine data with the person's corrected fields (and an added item's
  words) kept; returns (data, machine_values).
- `has_person_data(item, with_history)`: whether re-extraction must keep the item.
- `refresh_derived(session, document_id)`: recompute the columns the filters read
  (person, topics, codes, names, date), a commitment's giver, and the document's
  event date from the values in force, after a correction or a re-extraction: a
  corrected speaker is found by `--person`, a rejected event no longer dates the
  report, a commitment outside a directive keeps the person who gave it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chidao.store import search_places
from chidao.store.rows import derive_filter_columns, item_row, person_of
from chidao.store.schema import Document, Item

DERIVED_COLUMNS = ("person_key", "topics", "code", "current_code", "name_key")


def carry_over(item: Item, machine_data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The data in force once `item` matched a newer extraction (`machine_data`), and its
    new `machine_values`: the person's fields stay, the machine's go aside."""
    corrected = item.machine_values or {}
    data = dict(machine_data)
    if item.origin == "person":
        # The words a person chose are theirs: the extractor's overlapping span does not replace them.
        data["text"], data["span"] = item.data.get("text"), item.data.get("span")
    for field in corrected:
        data[field] = item.data.get(field)
    machine = {field: machine_data.get(field) for field in corrected}
    return data, machine or None


def has_person_data(item: Item, with_history: set[str]) -> bool:
    """Whether a person entered anything on the item: follow-up (a history row, any follow-up
    field) or a correction (rejected, a field corrected, added by a person)."""
    return (item.id in with_history or bool(item.owner or item.due or item.notes)
            or item.status not in (None, "open") or bool(item.rejected) or bool(item.machine_values)
            or item.origin == "person")


def _live(item: Item) -> bool:
    return not item.rejected and not item.orphan


def refresh_derived(session: Session, document_id: str) -> str | None:
    """Recompute the filter columns of a document's items and its event date from the values
    in force (caller's transaction); returns the event date."""
    document = session.execute(select(Document).where(Document.id == document_id)).scalar_one()
    items = list(session.scalars(select(Item).where(Item.of_document(document_id))))
    in_text_order = sorted(items, key=lambda item: (item.span_start or 0, item.kind, item.ordinal))
    rows = [{**item_row(item.kind, item.data), "item": item} for item in in_text_order]
    # Targets, commitments, indicators inside a directive take its speaker and topics, unless a
    # person said it is no directive; outside one, who gave a commitment is read from the text.
    people = [person_of(item.data) for item in in_text_order if item.kind == "people" and _live(item)]
    derive_filter_columns(rows, [row for row in rows if row["kind"] == "directives" and _live(row["item"])],
                          document.text, people)
    event_date = next((item.data["date"] for item in in_text_order
                       if item.kind == "events" and _live(item) and item.data.get("date")), None)
    date = event_date or document.date
    for row in rows:
        item = row["item"]
        for column in DERIVED_COLUMNS:
            if getattr(item, column) != row[column]:
                setattr(item, column, row[column])
        if row["data"] != item.data:  # a commitment's giver ("speaker")
            item.data = row["data"]
        if item.date != date:
            item.date = date
    document.event_date = event_date
    # A place corrected, added or re-extracted changes the place words of the report's search rows.
    session.flush()
    if search_places.refresh_places(session.connection(), [document.seq]):
        session.expire(document, ["place_words"])
    return event_date
