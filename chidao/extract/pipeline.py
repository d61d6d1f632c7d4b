"""The extraction pipeline: an ordered list of steps, each filling one kind.

Each step is `(kind, function)`, the function taking `(document, context)` and
returning the items of that kind. Later steps read earlier ones through
`context.result` (events need people and localities, directives need people).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
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
from chidao.model import Document, Extraction

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
    """Run every step over one normalized document."""
    context = Context.for_document(document)
    assert context.result is not None
    for kind, step in STEPS:
        setattr(context.result, kind, step(document, context))
    return context.result


def extract_many(documents: Iterable[Document]) -> Iterator[Extraction]:
    """Extract a stream of documents one at a time (memory stays flat)."""
    for document in documents:
        yield extract_document(document)
