"""Precision, recall and F1 per kind and per field, and the list of what went wrong.

Kinds: an item is a true positive when it pairs with a gold item (see
`matching`), a false negative when a gold item pairs with nothing, a false
positive when an extracted item pairs with nothing.

Fields are scored on paired items only, so that they measure values, not
detection. A field is scored only where the gold item has the key (a key left
out means "not annotated"; `null` means "annotated as none"). For a scalar,
equal non-null values are a TP; a gold value the extractor missed or got wrong
is a FN; an extracted value that is wrong or not in the gold is a FP (a wrong
value is both). For a list (ranks, positions, localities, topics) each element
counts, compared as sets of folded values. `mentions` of people, organizations
and localities count each gold mention paired by overlap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from chidao.evaluate.gold import ENTITY_KINDS, GoldDocument, item_spans
from chidao.evaluate.matching import (
    entity_key,
    match_entities,
    match_mentions,
    match_spans,
    value_key,
    values_equal,
)
from chidao.model import ITEM_KINDS, Extraction, item_to_dict

FIELDS: dict[str, tuple[str, ...]] = {
    "events": ("type", "date", "place", "localities", "leader"),
    "people": ("ranks", "positions", "mentions"),
    "organizations": ("mentions",),
    "localities": ("code", "current_name", "current_code", "mentions"),
    "legal_refs": ("kind", "number", "symbol", "date", "issuer"),
    "directives": ("speaker", "verb", "addressee", "topics"),
    "targets": ("metric_key", "direction", "value", "unit", "at_least", "baseline", "deadline", "scope"),
    "commitments": ("kind", "amount", "unit", "giver", "receiver"),
    "indicators": ("metric_key", "value", "unit", "direction", "baseline", "period", "scope"),
}


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives, and the scores they give.

    With nothing expected and nothing found, precision and recall are 1.0; `defined()`
    tells whether they measure anything (`to_dict` and the eval table show null / "–").
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        found = self.tp + self.fp
        return self.tp / found if found else (1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return self.tp / expected if expected else (1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def defined(self) -> tuple[bool, bool]:
        """Whether precision and recall measure anything: something found, something expected."""
        return self.tp + self.fp > 0, self.tp + self.fn > 0

    def to_dict(self) -> dict[str, Any]:
        """Counts and scores; a score with nothing to measure (no item found, or none expected)
        is null, not the 1.0 the properties give to keep sums and floors simple."""
        found, expected = self.defined()
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4) if found else None,
                "recall": round(self.recall, 4) if expected else None,
                "f1": round(self.f1, 4) if found and expected else None}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing to look at: a miss, a false hit, or a wrong field value.

    `text` is the document's words at the item's (first) span.
    """

    source: str
    kind: str
    problem: str  # "miss" | "false_hit" | "field"
    text: str
    span: tuple[int, int]
    field: str | None = None
    gold: Any = None
    extracted: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "kind": self.kind, "problem": self.problem, "field": self.field,
                "span": list(self.span), "text": self.text, "gold": self.gold, "extracted": self.extracted}


@dataclass(slots=True)
class Scores:
    """Counts per kind and per (kind, field), with the problems found; sums over documents."""

    kinds: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in ITEM_KINDS})
    fields: dict[tuple[str, str], Counts] = field(
        default_factory=lambda: {(k, f): Counts() for k in ITEM_KINDS for f in FIELDS[k]})
    problems: list[Problem] = field(default_factory=list)
    documents: int = 0

    def add(self, other: Scores) -> None:
        for kind, counts in other.kinds.items():
            self.kinds[kind].add(counts)
        for key, counts in other.fields.items():
            self.fields[key].add(counts)
        self.problems.extend(other.problems)
        self.documents += other.documents

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.kinds.values():
            total.add(counts)
        return total

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: kinds, fields (\"kind.field\"), overall, problems."""
        return {
            "documents": self.documents,
            "overall": self.overall.to_dict(),
            "kinds": {k: c.to_dict() for k, c in self.kinds.items()},
            "fields": {f"{k}.{f}": c.to_dict() for (k, f), c in self.fields.items()},
            "problems": [p.to_dict() for p in self.problems],
        }


def _plain_list(value: Any) -> set[Any]:
    return {value_key(v) for v in (value or ())}


def _score_field(counts: Counts, gold: Any, predicted: Any, listed: bool) -> bool:
    """Add one paired value to `counts`; True when it is right."""
    if listed:
        g, p = _plain_list(gold), _plain_list(predicted)
        counts.tp += len(g & p)
        counts.fn += len(g - p)
        counts.fp += len(p - g)
        return g == p
    if gold is not None and predicted is not None and values_equal(gold, predicted):
        counts.tp += 1
        return True
    counts.fn += gold is not None
    counts.fp += predicted is not None
    return gold is None and predicted is None


def score_document(gold: GoldDocument, extraction: Extraction) -> Scores:
    """Compare one document's extraction with its gold annotations."""
    text = extraction.document.text
    source = gold.source or extraction.document.source
    scores = Scores(documents=1)
    for kind in ITEM_KINDS:
        gold_items = gold.items.get(kind, [])
        predicted = [item_to_dict(item) for item in getattr(extraction, kind)]
        matcher = match_entities if kind in ENTITY_KINDS else match_spans
        pairs = matcher(kind, gold_items, predicted)
        counts = scores.kinds[kind]
        counts.tp += len(pairs)
        paired_g = {gi for gi, _, _ in pairs}
        paired_p = {pi for _, pi, _ in pairs}
        for gi, g in enumerate(gold_items):
            if gi not in paired_g:
                counts.fn += 1
                scores.problems.append(_problem(source, kind, "miss", text, g, gold=_values(kind, g)))
        for pi, p in enumerate(predicted):
            if pi not in paired_p:
                counts.fp += 1
                scores.problems.append(_problem(source, kind, "false_hit", text, p,
                                                extracted=_values(kind, p)))
        for gi, pi, _ in pairs:
            g, p = gold_items[gi], predicted[pi]
            for name in FIELDS[kind]:
                if name not in g:
                    continue
                field_counts = scores.fields[(kind, name)]
                if name == "mentions":
                    gm, pm = item_spans(g), item_spans(p)
                    hit = match_mentions(gm, pm)
                    field_counts.tp += hit
                    field_counts.fn += len(gm) - hit
                    field_counts.fp += len(pm) - hit
                    continue
                listed = isinstance(g[name], list)
                if not _score_field(field_counts, g[name], p.get(name), listed):
                    scores.problems.append(_problem(source, kind, "field", text, g, name=name,
                                                    gold=g[name], extracted=p.get(name)))
    return scores


def _values(kind: str, item: dict[str, Any]) -> dict[str, Any]:
    """The item's values worth showing beside its words (no spans, no text)."""
    shown = {k: v for k, v in item.items() if k not in ("span", "mentions", "text", "note")}
    if kind in ENTITY_KINDS:
        shown = {"name": item["name"], **{k: v for k, v in shown.items() if k != "name"}}
        entity_key(kind, item)  # names must be strings: fail here rather than in a report
    return shown


def _problem(source: str, kind: str, problem: str, text: str, item: dict[str, Any], *,
             name: str | None = None, gold: Any = None, extracted: Any = None) -> Problem:
    start, end = item_spans(item)[0]
    return Problem(source=source, kind=kind, problem=problem, text=text[start:end], span=(start, end),
                   field=name, gold=gold, extracted=extracted)


def total(scores: Iterable[Scores]) -> Scores:
    """The sum of per-document scores."""
    out = Scores()
    for one in scores:
        out.add(one)
    return out
