"""Sentence spans in Vietnamese report text.

A sentence ends at ".", "!", "?", "…" or "..." followed by space and a capital
letter, a quote or a line break; a line break always ends one. Abbreviations
("TP.", "TS.", "ANTD.VN"), decimals ("11,3"), dates ("19.8.1945") and "./." do
not split. A closing quote after the stop belongs to the sentence. A list marker that
opens a line ("- ", "+ ", "• ", "1. ", "1/ ", "a) ", "a/ ", "II. ") is not part of its sentence.
"""

from __future__ import annotations

import regex

_ABBREVIATIONS = ("TP", "Tp", "TS", "PGS", "GS", "ThS", "BS", "KS", "Th", "St", "Q", "P", "X", "H")

# End of a sentence: terminal punctuation (plus closing quotes), then whitespace,
# then something that starts a sentence; or a line break.
_BOUNDARY = regex.compile(
    r"(?:(?<=[.!?…][\"”’»)]*)(?<!\b(?:" + "|".join(_ABBREVIATIONS) + r")\.)"
    r"(?<!(?:^|\n)[ \t]*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])\.)[ \t]+"  # a list item's number: "2. Phấn đấu"
    r"(?=[\"“‘«(]?\p{Lu}|[\"“‘«]|\d+\s*[./-]?\s*\p{L})"
    r"|\n+)"
)

# A list item's marker at the start of a line: a bullet, or a number or letter with "." or ")" (a number
# or a letter also with "/": "1/ Nâng cao …", "b/ Xử lý nghiêm …").
_MARKER = r"(?:[-–—+•*·▪●○■□➢➤✓]|\d{1,2}[.)/]|[a-zđ][)/]|[IVX]{1,4}[.)])"
_LIST_MARKER = regex.compile(_MARKER + r"[ \t]+(?=\S)")
# a line that opens with a list marker ("- ", "1. ", "a) "): also what `chidao.text.wraps` never joins
MARKED_LINE = regex.compile(r"[ \t]*" + _MARKER + r"[ \t]+")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        _add(text, pos, m.start(), spans)
        pos = m.end()
    _add(text, pos, end, spans)
    return spans


def opens_list_item(text: str, start: int) -> bool:
    """Whether the sentence at `start` is a list item: a marker ("- ", "1. ", "a) ") opens its line,
    the part of the line `split_sentences` leaves out."""
    window = max(0, start - 16)  # a marker is short: look no further back (linear in the text)
    newline = text.rfind("\n", window, start)
    line = newline + 1 if newline >= 0 else 0 if window == 0 else -1
    return 0 <= line < start and MARKED_LINE.fullmatch(text, line, start) is not None


def list_heading(text: str, pos: int, item: regex.Pattern[str]) -> tuple[int, int] | None:
    """The heading line of the list whose item's line holds `pos` ("… với các mục tiêu:", "… đơn vị
    sẽ:"), as (start, end) without its trailing space: the first line before it that is neither blank nor
    an item (`item` matched at a line's start) and ends in ":"; None when pos's line is no item, or the
    line before the items ends otherwise."""
    line = text.rfind("\n", 0, pos) + 1
    if not item.match(text, line):
        return None
    while line > 0:
        prev = text.rfind("\n", 0, line - 1) + 1
        body = text[prev:line].rstrip()
        line = prev
        if not body.strip():
            continue
        if item.match(body + " "):
            continue
        return (prev, prev + len(body)) if body.endswith(":") else None
    return None


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e and (s == 0 or text[s - 1] == "\n"):
        marker = _LIST_MARKER.match(text, s, e)
        if marker is not None:
            s = marker.end()
    if s < e:
        spans.append((s, e))
