"""Items that several outlets' reports of one event repeat, folded into one.

The store groups near-duplicate reports of one event (`chidao.store.dedup`:
documents with the same `group_id`). Their items say the same things: the same
directive twice in a register would be followed up twice. Among the items a
query lists, items of two reports of a group that say the same (the same words,
or nearly: word-set Jaccard at least `SIMILARITY`, outlets edit a little) are
one item. The original is the one someone followed up (status changed, owner,
due date or notes), else the one of the report dated most precisely (a
conference's date beats a month), else the one stored first. A copy someone has
followed up stays listed: what a person entered is never hidden.

`fold_copies(items, documents)` returns the originals with a "copies" list
(id, document_id, document_source of each copy) and the copies left out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import regex

from chidao.text.fold import fold_lower

SIMILARITY = 0.7
_WORD = regex.compile(r"\w+")


def fold_copies(items: list[dict[str, Any]], documents: dict[str, tuple[int, str | None]],
                ) -> list[dict[str, Any]]:
    """`items` (as `chidao.store.queries.item_dict` gives them) without the copies of one
    another, each original listing its copies under "copies"; `documents` maps each
    document id to (its row number, its group id)."""
    for item in items:
        item["copies"] = []
    by_group: dict[str, set[str]] = defaultdict(set)
    for item in items:
        group = documents.get(item["document_id"], (0, None))[1]
        if group is not None:
            by_group[group].add(item["document_id"])
    shared = {group for group, members in by_group.items() if len(members) > 1}
    if not shared:
        return items
    copies: set[str] = set()
    earlier: dict[tuple[str, str], list[tuple[dict[str, Any], frozenset[str]]]] = defaultdict(list)

    def precedence(item: dict[str, Any]) -> tuple[bool, int, int]:
        return not followed_up(item), -len(_date(item)), documents[item["document_id"]][0]

    ordered = sorted((item for item in items if documents[item["document_id"]][1] in shared), key=precedence)
    for item in ordered:
        key = (documents[item["document_id"]][1] or "", item["kind"])
        words = _words(item)
        # One copy of an original per report: two items of one report are two things said.
        original = next((first for first, first_words in earlier[key]
                         if first["document_id"] != item["document_id"]
                         and all(c["document_id"] != item["document_id"] for c in first["copies"])
                         and _similar(words, first_words)), None)
        if original is not None and not followed_up(item):
            original["copies"].append({"id": item["id"], "document_id": item["document_id"],
                                       "document_source": item.get("document_source")})
            copies.add(item["id"])
        else:
            earlier[key].append((item, words))
    return [item for item in items if item["id"] not in copies]


def followed_up(item: dict[str, Any]) -> bool:
    """Someone entered follow-up on the item: a status other than the first, owner, due, notes."""
    return item.get("status") not in (None, "open") or any(item.get(f) for f in ("owner", "due", "notes"))


def _date(item: dict[str, Any]) -> str:
    return item.get("event_date") or item.get("document_date") or ""


def _words(item: dict[str, Any]) -> frozenset[str]:
    said = item.get("text") or item.get("name") or ""
    return frozenset(_WORD.findall(fold_lower(said)))


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= SIMILARITY
