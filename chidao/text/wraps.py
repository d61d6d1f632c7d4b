"""Hard line breaks inside a paragraph (a PDF or e-mail copy), read as the spaces they stand for.

A copied PDF breaks its paragraphs into lines of the page's width: "Đại tá X, Giám đốc Công an tỉnh
chủ\\ntrì.", "Phó Chủ-\\ntịch UBND tỉnh", "các huyện Cao Lộc, Tràng\\nĐịnh". Paragraphs, list items,
headlines, bylines and captions are told apart by line breaks, so a break is read as a space only where
the line plainly goes on:

- the line does not end a sentence or a clause (no ".", "!", "?", "…", ":", ";", closing quote or
  bracket) and the next line starts with a lower-case letter that opens no list item ("a) ", "b/ "):
  a word never starts a sentence, a headline or a list item in lower case; or
- in a paragraph that has such a break (a wrapped paragraph, no blank line between its lines), a
  line as long as the paragraph's longest (the page's width) ending in a word, a number or a comma,
  followed by a line that starts with a letter or a digit and opens no list item ("với\\nBộ đội Biên
  phòng", "Tràng\\nĐịnh"): a headline or a caption is shorter than a wrapped line.

A word broken with a hyphen at the line's end ("Chủ-\\ntịch", "điều-\\ntra") loses the hyphen: a
Vietnamese word is one syllable, and the hyphen stood for the space between two. The text read is the
same length but for those hyphens; `reading_text` gives the offsets back into the text as written.
"""

from __future__ import annotations

import regex

from chidao.text.sentences import MARKED_LINE

_ENDS_CLAUSE = frozenset(".!?…:;\"”’»)]")
# a word broken by a hyphen at the line's end: a letter right before it, a lower-case letter after the break
_HYPHEN_BREAK = regex.compile(r"(?<=\p{L})-$")
_LOWER_START = regex.compile(r"\p{Ll}")
_WORD_START = regex.compile(r"[\p{L}\d]")
_WORD_END = regex.compile(r"[\p{L}\d,]$")
# the page's width: a wrapped line is at least this share of its paragraph's longest line, and this long
_FULL_LINE = 0.75
_MIN_FULL = 50


def unwrap(text: str) -> tuple[str, list[int] | None]:
    """(the text with its wrapped lines joined, the offset in `text` of each character of it, or None
    when the two are the same length and every offset is its own)."""
    if "\n" not in text:
        return text, None
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    joins: dict[int, bool] = {}  # line index i (break after line i) -> drop the line's final hyphen
    paragraph: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].strip():
            paragraph.append(i)
            continue
        if len(paragraph) > 1:
            _join_paragraph(lines, paragraph, joins)
        paragraph = []
    if not joins:
        return text, None
    chars = list(text)
    dropped: set[int] = set()
    for i, hyphen in joins.items():
        newline = starts[i] + len(lines[i])
        chars[newline] = " "
        if hyphen:
            dropped.add(newline - 1)
    if not dropped:
        return "".join(chars), None
    where = [k for k in range(len(text)) if k not in dropped]
    return "".join(chars[k] for k in where), where


def _join_paragraph(lines: list[str], paragraph: list[int], joins: dict[int, bool]) -> None:
    wrapped: dict[int, bool] = {}
    for i in paragraph[:-1]:
        line, following = lines[i].rstrip(), lines[i + 1]
        if not line or line[-1] in _ENDS_CLAUSE or _opens_item(following):
            continue
        if _LOWER_START.match(following):
            wrapped[i] = _HYPHEN_BREAK.search(line) is not None
    if not wrapped:
        return
    widest = max(len(lines[i].rstrip()) for i in paragraph)
    for i in paragraph[:-1]:
        if i in wrapped:
            continue
        line, following = lines[i].rstrip(), lines[i + 1]
        if (len(line) >= max(_MIN_FULL, _FULL_LINE * widest) and _WORD_END.search(line)
                and _WORD_START.match(following) and not _opens_item(following)):
            wrapped[i] = False
    joins.update(wrapped)


def _opens_item(line: str) -> bool:
    return MARKED_LINE.match(line) is not None
