"""Re-extract stored documents with the current extractor, keeping what people entered.

Old and new items of the same kind are matched (same text and span, else the same
text, else the most overlapping span; items with mentions by name). A matched
item keeps its id and its person-entered fields (status, owner, due, notes,
history) and takes the new machine-made fields. A new item with no match is
added under a fresh id. An old item with no match is deleted, unless a person
entered something on it: then it stays as an orphan (`orphan` true, hidden from
registers by default), so nothing a person entered is ever lost; an orphan that
a later extractor finds again is matched and revived.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from chidao.extract import pipeline
from chidao.model import Document as SourceDocument
from chidao.store import item_data, search
from chidao.store.corrected import carry_over, has_person_data, refresh_derived
from chidao.store.ingest import ItemRows, insert_items
from chidao.store.rows import item_rows, item_values
from chidao.store.schema import Correction, Document, Item, StatusChange

# Machine-made columns replaced on a matched item.
MACHINE_COLUMNS = ("data", "text", "span_start", "span_end", "date", "person_key", "topics", "code",
                   "current_code", "name_key")
MIN_OVERLAP = 0.5


@dataclass(slots=True)
class ReextractOutcome:
    """Counts for one or more documents: items matched, added, orphaned, removed."""

    documents: int = 0
    kept: int = 0
    added: int = 0
    orphaned: int = 0
    removed: int = 0

    def add(self, other: ReextractOutcome) -> None:
        self.documents += other.documents
        self.kept += other.kept
        self.added += other.added
        self.orphaned += other.orphaned
        self.removed += other.removed


def match_score(old: Item, new: dict[str, Any]) -> float:
    """How well a stored item matches a new one of the same kind (0: not at all)."""
    if old.text is None or new["text"] is None:
        return 2.0 if old.name_key and old.name_key == new["name_key"] else 0.0
    same_span = (old.span_start, old.span_end) == (new["span_start"], new["span_end"])
    if old.text == new["text"]:
        return 3.0 if same_span else 2.0
    if old.span_start is None or new["span_start"] is None:
        return 0.0
    overlap = min(old.span_end, new["span_end"]) - max(old.span_start, new["span_start"])
    shorter = min(old.span_end - old.span_start, new["span_end"] - new["span_start"]) or 1
    ratio = overlap / shorter
    return 1.0 + ratio if ratio >= MIN_OVERLAP else 0.0


def match_items(old: list[Item], new: list[dict[str, Any]]) -> list[tuple[Item, dict[str, Any]]]:
    """Greedy best-first pairs of old and new items (each used at most once)."""
    scored = sorted(((match_score(o, n), i, j) for i, o in enumerate(old) for j, n in enumerate(new)),
                    key=lambda t: (-t[0], t[1], t[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score <= 0:
            break
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((old[i], new[j]))
    return pairs


def reextract_document(session: Session, document_id: str,
                       now: dt.datetime | None = None) -> ReextractOutcome:
    """Extract one stored document again and reconcile its items (caller's transaction)."""
    doc = session.execute(select(Document).where(Document.id == document_id)).scalar_one()
    source = SourceDocument(id=doc.id, source=doc.source or "", title=doc.title, date=doc.date, text=doc.text)
    extraction = pipeline.extract_document(source)
    new_rows = item_rows(extraction)
    old_items = list(session.scalars(select(Item).where(Item.document_seq == doc.seq)))
    # Rows are indexed with the places they were indexed with; `refresh_derived` below indexes
    # them again if the new places differ (`chidao.store.search_places`).
    place = doc.place_words or ""
    old_ids = [item.id for item in old_items]
    # An item with any record of a person's change keeps its id (its records point at it).
    with_history = set(session.scalars(select(StatusChange.item_id).where(StatusChange.item_id.in_(old_ids))))
    with_history |= set(session.scalars(select(Correction.item_id).where(Correction.item_id.in_(old_ids))))
    outcome = ReextractOutcome(documents=1)
    fresh: list[dict[str, Any]] = []
    for kind in {row["kind"] for row in new_rows} | {item.kind for item in old_items}:
        olds = [item for item in old_items if item.kind == kind]
        news = [row for row in new_rows if row["kind"] == kind]
        pairs = match_items(olds, news)
        matched_old = {id(o) for o, _ in pairs}
        matched_new = {id(n) for _, n in pairs}
        for old, new in pairs:
            data, old.machine_values = carry_over(old, new["data"])
            added = old.origin == "person"  # its words stay (and stay indexed)
            if old.text and not added:
                search.unindex_rows(session, "item_fts", [(old.seq, old.text)], place)
            for column in MACHINE_COLUMNS:
                if not (added and column in ("text", "span_start", "span_end")):
                    setattr(old, column, new[column])  # `text` read by `data`'s setter below
            if not added:
                old.words = item_data.stored_words(new["text"], new["span_start"], new["span_end"], doc.text)
            old.data = data
            old.orphan = False
            if new["text"] and not added:
                search.index_rows(session, "item_fts", [(old.seq, new["text"])], place)
            outcome.kept += 1
        next_ordinal = max((item.ordinal for item in olds), default=-1) + 1
        for new in news:
            if id(new) not in matched_new:
                new.update(ordinal=next_ordinal)
                next_ordinal += 1
                fresh.append(new)
        for old in olds:
            if id(old) in matched_old or old.origin == "person":
                continue  # an item a person added needs no extractor to find it
            if has_person_data(old, with_history):
                outcome.orphaned += not old.orphan
                old.orphan = True
            else:
                if old.text:
                    search.unindex_rows(session, "item_fts", [(old.seq, old.text)], place)
                session.execute(delete(Item).where(Item.seq == old.seq))
                outcome.removed += 1
    session.flush()
    searched = [((row["kind"], row["ordinal"]),
                 search.with_place(search.indexed_text(search.fold_body(row["text"])), place, "item_fts"))
                for row in fresh if row["text"]]
    insert_items(session.connection(), [ItemRows(doc.seq, doc.id, item_values(fresh, doc.text), searched)])
    outcome.added += len(fresh)
    session.flush()
    refresh_derived(session, document_id)
    doc.extracted_at = now or dt.datetime.now(dt.UTC)
    return outcome
