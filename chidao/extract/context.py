"""What an extractor sees: the document, its layout, and the items of earlier steps."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from chidao.extract.spans import SpanIndex
from chidao.model import Document, Extraction
from chidao.text.dates import report_year
from chidao.text.layout import Block, furniture_spans, segment
from chidao.text.sentences import split_sentences


@dataclass(slots=True)
class Context:
    """Shared state of one pipeline run over one document.

    `blocks` splits the text into title, body, caption and furniture blocks,
    `furniture` holds the spans no item may come from (photo credits, counters);
    extractors take directives, targets, commitments and indicators from body
    blocks only. `result` fills up step by step, so a later step can read
    what an earlier one found (directives read `result.people`).

    Work several steps need is done once per document and kept here:
    `in_furniture` (binary search over `furniture`), `sentences` (memoized
    `split_sentences`), `memo` (results a step computes for later steps, such
    as the body passages). `lower_text` lower-cases a text once for every step.
    """

    document: Document
    blocks: list[Block] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)
    result: Extraction | None = None
    _furniture_index: SpanIndex | None = None
    _sentences: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def for_document(cls, document: Document) -> Context:
        blocks = segment(document.text)
        return cls(document=document, blocks=blocks,
                   furniture=furniture_spans(document.text, blocks),
                   result=Extraction(document=document))

    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in ("body", "title")]

    def in_furniture(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a furniture span (`layout.inside(furniture, ...)`)."""
        if self._furniture_index is None:
            self._furniture_index = SpanIndex(self.furniture)
        return self._furniture_index.overlaps(start, end)

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        """The sentence of a readable block (title, body, caption) holding pos, or None; only
        that block is split into sentences (memoized)."""
        readable = self.memo.get("readable_blocks")
        if readable is None:
            readable = self.memo["readable_blocks"] = [
                (b.start, b.end) for b in self.blocks if b.kind in ("title", "body", "caption")]
        i = bisect_right(readable, (pos, len(self.document.text) + 1)) - 1
        if i < 0 or not readable[i][0] <= pos < readable[i][1]:
            return None
        found = self.sentences(*readable[i])
        j = bisect_right(found, (pos, len(self.document.text) + 1)) - 1
        return found[j] if j >= 0 and found[j][0] <= pos < found[j][1] else None

    def report_year(self) -> str | None:
        """The year the report is written in (`dates.report_year`: its date's, else the year of the day its
        lead gives), read once."""
        if "report_year" not in self.memo:
            body = [(b.start, b.end) for b in self.blocks if b.kind == "body"]
            self.memo["report_year"] = report_year(self.document.text, self.document.date, body)
        return self.memo["report_year"]

    def sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        """`split_sentences(text, start, end)`, computed once per range (do not mutate)."""
        found = self._sentences.get((start, end))
        if found is None:
            found = self._sentences[(start, end)] = split_sentences(self.document.text, start, end)
        return found


@lru_cache(maxsize=4)
def lower_text(text: str) -> str:
    """`text.lower()`, computed once per text for all steps (may differ in length from `text`)."""
    return text.lower()
