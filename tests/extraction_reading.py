"""Items extracted from a few sentences written for a test, each checked against the grounding invariant
(an item's text is the report's text at its span), and the fields of them that tests compare."""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Commitment, Document, Extraction, grounding_errors
from chidao.text.normalize import normalize_text

CommitmentRead = tuple[str, float | None, str | None, str | None, str | None]


def extracted(text: str, date: str | None) -> Extraction:
    """The extraction of a report made of `text` (normalized, stripped), dated `date`."""
    ex = extract_document(Document.from_text(normalize_text(text).strip(), "t.txt", date=date))
    assert grounding_errors(ex) == []
    return ex


def extracted_as_written(text: str, date: str) -> Extraction:
    """The extraction of a report made of `text` as it is written (not normalized), dated `date`."""
    ex = extract_document(Document.from_text(text, source="test", date=date))
    assert grounding_errors(ex) == []
    return ex


def commitments_of(text: str, date: str) -> list[Commitment]:
    """The commitments of a report made of `text` (normalized, stripped), dated `date`."""
    document = Document.from_text(normalize_text(text).strip(), "t.txt", date=date)
    found = extract_document(document).commitments
    for item in found:
        assert document.text[item.span[0]:item.span[1]] == item.text
    return found


def commitments_read(found: list[Commitment]) -> list[CommitmentRead]:
    """(kind, amount, unit, giver, receiver) of each commitment."""
    return [(c.kind, c.amount, c.unit, c.giver, c.receiver) for c in found]


def commitments_read_of(text: str, date: str) -> list[CommitmentRead]:
    """(kind, amount, unit, giver, receiver) of each commitment of a report made of `text`."""
    return commitments_read(commitments_of(text, date))


def figures_of(ex: Extraction) -> list[tuple[str | None, float, str | None]]:
    """(metric key, value, unit) of each indicator."""
    return [(i.metric_key, i.value, i.unit) for i in ex.indicators]
