"""Directives read from a few sentences written for a test, each checked against the grounding
invariant (its text is the report's text at its span)."""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Directive, Document
from chidao.text.normalize import normalize_text


def directives_of(text: str, date: str) -> list[Directive]:
    """The directives of a report made of `text`, dated `date`."""
    document = Document.from_text(normalize_text(text).strip(), "t.txt", date=date)
    found = extract_document(document).directives
    for directive in found:
        assert document.text[directive.span[0]:directive.span[1]] == directive.text
    return found


def who_asks_whom(found: list[Directive]) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, verb, addressee) of each directive."""
    return [(d.speaker, d.verb, d.addressee) for d in found]
