"""How an item's `data` (its extract@1 fields) is kept in `items.data`: without its words.

An item's words are `items.text`, and `documents.text[span]` by the grounding invariant
(`chidao.model`), so `data` does not hold them a second time: `stored_data` leaves "text"
out and `full_data` puts it back, at the place it had, whoever reads it (the ORM's
`Item.data`, backups, the registers). `data` is written as minified JSON (`dumps`).

"text" is put back before the first field that follows it in the contract ("span", or a
directive's "topics"), or last when none is there; `stored_data` keeps "text" in `data`
whenever putting it back would not give the same dict in the same order (its words other
than `items.text`, its place elsewhere), so nothing is ever lost.
"""

from __future__ import annotations

import json
from typing import Any

# The fields after "text" in each kind's contract order (chidao.model): where "text" goes back.
_AFTER_TEXT: dict[str, frozenset[str]] = {
    "events": frozenset({"span"}), "legal_refs": frozenset({"span"}),
    "directives": frozenset({"topics", "span"}), "targets": frozenset({"span"}),
    "commitments": frozenset({"span"}), "indicators": frozenset({"span"}),
}
_NONE: frozenset[str] = frozenset()


def full_data(kind: str, stored: dict[str, Any] | None, text: str | None) -> dict[str, Any]:
    """The item's fields as extract@1 has them: `stored` with "text" (`text`) back in its place."""
    if stored is None:
        return {}
    if text is None or "text" in stored:
        return dict(stored)
    after = _AFTER_TEXT.get(kind, _NONE)
    out: dict[str, Any] = {}
    placed = False
    for key, value in stored.items():
        if not placed and key in after:
            out["text"] = text
            placed = True
        out[key] = value
    if not placed:
        out["text"] = text
    return out


def stored_data(kind: str, data: dict[str, Any], text: str | None) -> dict[str, Any]:
    """What `items.data` holds of `data` for an item whose words are `text`: `data` without
    "text" when `full_data` gives it back exactly (same words, same place), else `data`."""
    if text is None or not isinstance(data, dict) or data.get("text") != text:
        return data
    kept = {key: value for key, value in data.items() if key != "text"}
    if list(full_data(kind, kept, text)) != list(data):
        return data
    return kept


# One encoder for every call: json.dumps with options makes a new one each time.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps(value: Any) -> str:
    """JSON as the store writes it: minified, UTF-8 characters as they are."""
    return _ENCODE(value)
