"""The extracted records, each carrying the span of the words it came from.

Every item holds `text` and `span` (or `mentions`) in characters of
`Document.text`, and `Document.text[start:end] == text` for each of them.
`Extraction.to_dict()` is the one place that produces the `chidao/extract@1`
JSON contract described in DESIGN.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, Literal

SCHEMA = "chidao/extract@1"

Span = tuple[int, int]

EventType = Literal["working_session", "conference", "ceremony", "inspection", "other"]
LocalityLevel = Literal["province", "district", "commune", "region", "country"]
TargetDirection = Literal["decrease", "increase", "reach"]
CommitmentKind = Literal["staffing", "funding", "construction", "equipment", "policy", "other"]


def document_id(text: str) -> str:
    """sha256 hex of the normalized text: the document's identity."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """One normalized report. `text` is what every span points into."""

    id: str
    source: str
    title: str | None
    date: str | None
    text: str

    @classmethod
    def from_text(cls, text: str, source: str, title: str | None = None,
                  date: str | None = None) -> Document:
        return cls(id=document_id(text), source=source, title=title, date=date, text=text)


@dataclass(frozen=True, slots=True)
class Event:
    type: EventType
    date: str | None
    place: str | None
    localities: tuple[str, ...]
    leader: str | None
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    ranks: tuple[str, ...]
    positions: tuple[str, ...]
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Locality:
    name: str
    level: LocalityLevel
    code: str | None
    current_name: str | None
    current_code: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class LegalRef:
    kind: str
    number: str | None
    symbol: str | None
    name: str | None
    date: str | None
    issuer: str | None
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Directive:
    speaker: str | None
    verb: str | None
    addressee: str | None
    text: str
    topics: tuple[str, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Target:
    metric: str | None
    metric_key: str | None
    direction: TargetDirection | None
    value: float | None
    unit: str | None
    at_least: bool
    baseline: str | None
    deadline: str | None
    scope: str | None
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Commitment:
    kind: CommitmentKind
    amount: float | None
    unit: str | None
    giver: str | None
    receiver: str | None
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Indicator:
    metric: str | None
    metric_key: str | None
    value: float | None
    unit: str | None
    direction: Literal["decrease", "increase"] | None
    baseline: str | None
    period: str | None
    scope: str | None
    text: str
    span: Span


ITEM_KINDS: tuple[str, ...] = (
    "events", "people", "organizations", "localities", "legal_refs",
    "directives", "targets", "commitments", "indicators",
)


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document, in contract order."""

    document: Document
    events: list[Event] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    localities: list[Locality] = field(default_factory=list)
    legal_refs: list[LegalRef] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The `chidao/extract@1` object for this document."""
        out: dict[str, Any] = {"schema": SCHEMA, "document": item_to_dict(self.document)}
        for kind in ITEM_KINDS:
            out[kind] = [item_to_dict(item) for item in getattr(self, kind)]
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def item_to_dict(item: Any) -> dict[str, Any]:
    """A dataclass item as JSON-ready values: tuples become lists, 1000.0 becomes 1000."""
    return {f.name: _plain(getattr(item, f.name)) for f in fields(item)}


def item_spans(item: Any) -> list[Span]:
    """Every span an item claims: its `span`, or all of its `mentions`."""
    if hasattr(item, "span"):
        return [item.span]
    return list(getattr(item, "mentions", ()))


def grounding_errors(extraction: Extraction) -> list[str]:
    """Items whose span does not reproduce their text (empty when grounded).

    Items with `mentions` must have at least one, each inside the text and non-empty.
    """
    text = extraction.document.text
    errors: list[str] = []
    for kind in ITEM_KINDS:
        for i, item in enumerate(getattr(extraction, kind)):
            spans = item_spans(item)
            if not spans:
                errors.append(f"{kind}[{i}]: no span")
            for start, end in spans:
                if not (0 <= start < end <= len(text)):
                    errors.append(f"{kind}[{i}]: span {start}:{end} out of range")
                elif hasattr(item, "span") and text[start:end] != item.text:
                    errors.append(f"{kind}[{i}]: text {item.text!r} != {text[start:end]!r}")
    return errors
