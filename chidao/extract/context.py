"""What an extractor sees: the document, its layout, and the items of earlier steps."""

from __future__ import annotations

from dataclasses import dataclass, field

from chidao.model import Document, Extraction
from chidao.text.layout import Block, furniture_spans, segment


@dataclass(slots=True)
class Context:
    """Shared state of one pipeline run over one document.

    `blocks` splits the text into title, body, caption and furniture blocks,
    `furniture` holds the spans no item may come from (photo credits, counters);
    extractors take directives, targets, commitments and indicators from body
    blocks only. `result` fills up step by step, so a later step can read
    what an earlier one found (directives read `result.people`).
    """

    document: Document
    blocks: list[Block] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)
    result: Extraction | None = None

    @classmethod
    def for_document(cls, document: Document) -> Context:
        blocks = segment(document.text)
        return cls(document=document, blocks=blocks,
                   furniture=furniture_spans(document.text, blocks),
                   result=Extraction(document=document))

    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in ("body", "title")]
