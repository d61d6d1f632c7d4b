"""Items that several outlets' reports of one event repeat, folded into one in the registers.

The store groups near-duplicate reports of one event (`chidao.store.dedup`:
documents with the same `group_id`). Their items say the same things: the same
directive twice in a register would be followed up twice. Within a group, items
of one kind in two of its reports that say the same (the same words, or nearly:
word-set Jaccard at least `SIMILARITY`, outlets edit a little) are one item.

Which is the original is decided over the whole group, whatever a register's
filters keep, so a filter never shows a copy as an item of its own: the one of
the report dated most precisely (a conference's day beats a month: the original
keeps the event's date for date filters and target evaluation), then the one
someone followed up, then the one stored first. Follow-up goes to the original
(`chidao status` on a copy says so and updates it, `original_of`); a copy that
was followed up before it became one (a better-dated report came later) is no
copy: it stays listed, as what a person entered is never hidden.

`fold_copies(session, kind, items, groups)` drops the copies from a register's
items and lists them under their original's "copies"; `copy_pairs` decides.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex
from sqlalchemy import exists, false, func, select
from sqlalchemy.orm import Session

from chidao.store import item_data, item_ids
from chidao.store.schema import Document, Item, StatusChange
from chidao.text.fold import fold_lower

SIMILARITY = 0.7
_WORD = regex.compile(r"\w+")


@dataclass(slots=True)
class GroupItem:
    """What deciding copies needs of one item of a group's report."""

    id: str
    document_id: str
    document_seq: int
    document_source: str | None
    group_id: str
    kind: str
    date: str  # event date, else the report's date; "" when undated
    words: frozenset[str]
    followed_up: bool
    document_title: str | None = None
    document_date: str | None = None


def copies_in_groups(session: Session, kind: str,
                     group_ids: Iterable[str]) -> list[tuple[GroupItem, GroupItem]]:
    """(copy, original) pairs among the items of `kind` in those groups that have several reports."""
    groups = list(dict.fromkeys(group_ids))
    if not groups:
        return []
    shared = (select(Document.group_id).where(Document.group_id.in_(groups))
              .group_by(Document.group_id).having(func.count() > 1))
    item_id = item_ids.id_sql(Document.id)
    history = exists().where(StatusChange.item_id == item_id)
    rows = session.execute(
        select(item_id, Document.id, Item.text, Item.data, Item.status, Item.owner, Item.due,
               Item.notes, history, Document.seq, Document.source, Document.title, Document.date,
               Document.group_id, func.coalesce(Document.event_date, Document.date))
        .join(Document, Document.seq == Item.document_seq)
        .where(Item.kind == kind, Item.orphan == false(), Document.group_id.in_(shared)))
    items = []
    for (id_, document_id, text, data, status, owner, due, notes, had_history, seq, source, title,
         document_date, group, date) in rows:
        followed = bool(had_history) or status not in (None, "open") or bool(owner or due or notes)
        items.append(GroupItem(id=id_, document_id=document_id, document_seq=seq, document_source=source,
                               document_title=title, document_date=document_date, group_id=group,
                               kind=kind, date=date or "", followed_up=followed,
                               words=_words(text or item_data.full_data(kind, data, None).get("name") or "")))
    return copy_pairs(items)


def copy_pairs(items: Iterable[GroupItem]) -> list[tuple[GroupItem, GroupItem]]:
    """(copy, original) pairs among `items` (the items of groups' reports).

    Candidates are found with a prefix filter (a set-similarity join): two word sets
    with Jaccard >= SIMILARITY share a word among the rarest few of each, so only
    items sharing one of those are compared. Items with words of their own (a
    directive has) are compared with few others even in a group of thousands; a
    group whose items are all the same common words is compared pair by pair.
    """
    ordered = sorted(items, key=_precedence)
    by_key: dict[tuple[str, str], list[GroupItem]] = defaultdict(list)
    for item in ordered:
        by_key[(item.group_id, item.kind)].append(item)
    pairs: list[tuple[GroupItem, GroupItem]] = []
    for members in by_key.values():
        pairs += _pairs_in(members)
    return pairs


def _pairs_in(members: list[GroupItem]) -> list[tuple[GroupItem, GroupItem]]:
    """Copies among one group's items of one kind, `members` in precedence order."""
    frequency: Counter[str] = Counter(word for item in members for word in item.words)
    index: dict[str, list[GroupItem]] = defaultdict(list)  # prefix word -> originals
    copied_in: dict[str, set[str]] = defaultdict(set)  # original id -> reports it has a copy in
    pairs = []
    for item in members:
        prefix = _prefix(item.words, frequency)
        original = None
        if not item.followed_up:
            seen: set[str] = set()
            for word in prefix:
                for first in index[word]:
                    if first.id in seen:
                        continue
                    seen.add(first.id)
                    # One copy of an original per report: two items of one report are two things said.
                    if (first.document_id != item.document_id and item.document_id not in copied_in[first.id]
                            and _similar(item.words, first.words)
                            and (original is None or _precedence(first) < _precedence(original))):
                        original = first
        if original is None:
            for word in prefix:
                index[word].append(item)
        else:
            pairs.append((item, original))
            copied_in[original.id].add(item.document_id)
    return pairs


def _prefix(words: frozenset[str], frequency: Counter[str]) -> list[str]:
    """The rarest words of a set, as many as two sets at SIMILARITY must share one of."""
    if not words:
        return []
    rarest = sorted(words, key=lambda word: (frequency[word], word))
    return rarest[:len(words) - math.ceil(SIMILARITY * len(words)) + 1]


def _precedence(item: GroupItem) -> tuple[int, bool, int, str]:
    """Originals first: the most precisely dated report, then followed up, then stored first."""
    return -len(item.date), not item.followed_up, item.document_seq, item.id


def fold_copies(session: Session, kind: str, items: list[dict[str, Any]],
                groups: Iterable[str | None]) -> list[dict[str, Any]]:
    """`items` (dicts of one kind; `groups`: their reports' group ids) without the copies,
    each listing its own under "copies" (id, document_id, document_source, document_title,
    document_date of each)."""
    pairs = copies_in_groups(session, kind, (group for group in groups if group is not None))
    copy_ids = {copy.id for copy, _ in pairs}
    by_original: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for copy, original in sorted(pairs, key=lambda pair: (pair[0].document_seq, pair[0].id)):
        by_original[original.id].append({"id": copy.id, "document_id": copy.document_id,
                                         "document_source": copy.document_source,
                                         "document_title": copy.document_title,
                                         "document_date": copy.document_date})
    kept = [item for item in items if item["id"] not in copy_ids]
    for item in kept:
        item["copies"] = by_original.get(item["id"], [])
    return kept


def _words(said: str) -> frozenset[str]:
    return frozenset(_WORD.findall(fold_lower(said)))


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= SIMILARITY


def original_of(session: Session, item_id: str) -> str | None:
    """The id of the item `item_id` is a copy of, or None when it is no copy."""
    row = session.execute(select(Item.kind, Document.group_id)
                          .join(Document, Document.seq == Item.document_seq)
                          .where(item_ids.with_id(item_id))).first()
    if row is None or row.group_id is None:
        return None
    return next((original.id for copy, original in copies_in_groups(session, row.kind, [row.group_id])
                 if copy.id == item_id), None)
