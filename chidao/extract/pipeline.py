"""The extraction pipeline: an ordered list of steps, each filling one kind.

Each step is `(kind, function)`, the function taking `(document, context)` and
returning the items of that kind. Later steps read earlier ones through
`context.result` (events need people and localities, directives need people).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields, replace
from typing import Any

from chidao.extract.commitments import extract_commitments
from chidao.extract.context import Context
from chidao.extract.directives import extract_directives
from chidao.extract.events import extract_events
from chidao.extract.indicators import extract_indicators
from chidao.extract.legal_refs import extract_legal_refs
from chidao.extract.localities import extract_localities
from chidao.extract.organizations import extract_organizations
from chidao.extract.people import extract_people
from chidao.extract.targets import extract_targets
from chidao.model import ITEM_KINDS, Document, Extraction
from chidao.text.reading import reading_text

Step = Callable[[Document, Context], list[Any]]

STEPS: list[tuple[str, Step]] = [
    ("legal_refs", extract_legal_refs),
    ("people", extract_people),
    ("organizations", extract_organizations),
    ("localities", extract_localities),
    ("events", extract_events),
    ("directives", extract_directives),
    ("targets", extract_targets),
    ("commitments", extract_commitments),
    ("indicators", extract_indicators),
]


def extract_document(document: Document) -> Extraction:
    """Run every step over one normalized document.

    The steps read the text with a paragraph's hard line breaks as spaces (`reading_text`: a PDF
    copy's "chủ\ntrì", "Phó Chủ-\ntịch"); every span is given back in the document's own offsets
    and every item's text is the document's own words there."""
    reading, where = reading_text(document.text)
    read = document if reading == document.text else replace(document, text=reading)
    context = Context.for_document(read)
    assert context.result is not None
    for kind, step in STEPS:
        setattr(context.result, kind, step(read, context))
    if read is document:
        return context.result
    result = context.result
    result.document = document
    for kind in ITEM_KINDS:
        setattr(result, kind, [_grounded(item, document.text, where) for item in getattr(result, kind)])
    return result


def _grounded(item: Any, text: str, where: list[int] | None) -> Any:
    """An item found in the reading text with its spans and text in the document's offsets."""
    def back(span: tuple[int, int]) -> tuple[int, int]:
        if where is None:
            return span
        return (where[span[0]], where[span[1] - 1] + 1)

    names = {f.name for f in fields(item)}
    changes: dict[str, Any] = {}
    if "mentions" in names:
        changes["mentions"] = tuple(back(span) for span in item.mentions)
    if "span" in names:
        span = back(item.span)
        changes["span"] = span
        if "text" in names:
            changes["text"] = text[span[0]:span[1]]
    return replace(item, **changes)


def extract_many(documents: Iterable[Document]) -> Iterator[Extraction]:
    """Extract a stream of documents one at a time (memory stays flat)."""
    for document in documents:
        yield extract_document(document)
