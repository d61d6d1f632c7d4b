"""Pairing gold items with extracted items, and comparing their values.

Span kinds pair when the spans overlap by at least half of the shorter one and
their key values (amounts, figures, legal numbers) do not disagree; pairs are
chosen greedily, best overlap first, one to one. People and organizations pair
by folded name, localities by folded name and level.
"""

from __future__ import annotations

import math
from typing import Any

import regex

from chidao.evaluate.gold import item_spans
from chidao.text.fold import fold_key

MIN_OVERLAP = 0.5

# Values that tell apart items sharing one sentence ("796 tỉ đồng, ... 756,2 tỉ đồng").
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "legal_refs": ("number",),
    "targets": ("value",),
    "commitments": ("amount",),
    "indicators": ("value",),
}

# Level words that may or may not lead a body or place value ("tỉnh Quảng Ninh" = "Quảng Ninh").
_LEADING_LEVEL = regex.compile(r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong|thi tran) (?!uy\b)")


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters shared by two spans over the length of the shorter one (0..1)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def name_key(value: str) -> str:
    """A name for comparison: folded, lower-cased, without a leading level word."""
    return _LEADING_LEVEL.sub("", fold_key(value))


def value_key(value: Any) -> Any:
    """A scalar value for comparison: numbers as floats, text by `name_key`, dates as they are."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return round(float(value), 6)
    if isinstance(value, str):
        text = value.strip()
        # Legal numbers: "06" and "6" are the same document number.
        if text.isdigit():
            return str(int(text))
        return name_key(text)
    return value


def values_equal(gold: Any, predicted: Any) -> bool:
    """Two scalar values that mean the same (None equals only None)."""
    g, p = value_key(gold), value_key(predicted)
    if isinstance(g, float) and isinstance(p, float):
        return math.isclose(g, p, rel_tol=1e-9, abs_tol=1e-9)
    return g == p


def keys_conflict(kind: str, gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """True when both items give a key value and the values differ."""
    for field in KEY_FIELDS.get(kind, ()):
        g, p = gold.get(field), predicted.get(field)
        if g is not None and p is not None and not values_equal(g, p):
            return True
    return False


def match_spans(kind: str, gold: list[dict[str, Any]],
                predicted: list[dict[str, Any]]) -> list[tuple[int, int, float]]:
    """(gold index, predicted index, overlap) pairs, one to one, best overlap first."""
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        (gspan,) = item_spans(g)
        for pi, p in enumerate(predicted):
            (pspan,) = item_spans(p)
            ratio = overlap_ratio(gspan, pspan)
            if ratio >= MIN_OVERLAP and not keys_conflict(kind, g, p):
                candidates.append((ratio, gi, pi))
    # Ties go to the earlier gold item, then the earlier prediction: stable results.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for ratio, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi, ratio))
    return sorted(pairs)


def entity_key(kind: str, item: dict[str, Any]) -> tuple[str, ...]:
    """What identifies a person, body or place: its folded name (and level for places)."""
    if kind == "localities":
        return (name_key(item["name"]), item.get("level") or "")
    return (fold_key(item["name"]),)


def match_entities(kind: str, gold: list[dict[str, Any]],
                   predicted: list[dict[str, Any]]) -> list[tuple[int, int, float]]:
    """(gold index, predicted index, 1.0) pairs of entities with the same key, one to one."""
    free: dict[tuple[str, ...], list[int]] = {}
    for pi, p in enumerate(predicted):
        free.setdefault(entity_key(kind, p), []).append(pi)
    pairs: list[tuple[int, int, float]] = []
    for gi, g in enumerate(gold):
        waiting = free.get(entity_key(kind, g))
        if waiting:
            pairs.append((gi, waiting.pop(0), 1.0))
    return pairs


def match_mentions(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> int:
    """How many gold mentions pair with an extracted mention (overlap rule, one to one)."""
    candidates = sorted(
        ((overlap_ratio(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for ratio, gi, pi in candidates:
        if ratio < MIN_OVERLAP:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)
