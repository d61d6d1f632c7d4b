"""Report text as HTML with its items highlighted in place, and search words marked.

Pure functions over strings: every character of the report is escaped
(`markupsafe.escape`), so a report holding `<script>`, tags or a `javascript:` link
shows those characters and runs nothing.

- `highlighted_text(text, items, focus=None)`: the text cut at every item's span
  (or mentions); each piece covered by items is a `<span class="hl k-KIND …">` coloured
  by its innermost item's kind, underlined in its outermost's, with `data-items` (the
  items' positions in `items`); an empty `<a id="iN">` anchor before the first
  words of item N lets the item list link to it. `focus` (start, end) is marked
  `id="focus"`. The HTML's text content is exactly `text`, so offsets a browser
  measures in it are offsets of the report.
- `highlight_terms(text, query)`: `text` escaped, with the query's words (diacritics
  optional) in `<mark>`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex
from markupsafe import Markup, escape

from chidao.store.search import query_terms
from chidao.text.fold import fold_diacritics

# Which kind colours a piece covered by several items of the same length (smaller wins).
_PRIORITY = {
    kind: n
    for n, kind in enumerate(
        (
            "targets",
            "indicators",
            "commitments",
            "legal_refs",
            "people",
            "localities",
            "organizations",
            "events",
            "directives",
        )
    )
}


@dataclass(frozen=True, slots=True)
class _Mark:
    index: int
    kind: str
    start: int
    end: int
    rejected: bool


def item_spans(item: dict[str, Any]) -> list[tuple[int, int]]:
    """The spans an item covers: its span, else its mentions."""
    if item.get("span"):
        return [tuple(item["span"])]  # type: ignore[list-item]
    return [tuple(span) for span in item.get("mentions") or ()]  # type: ignore[misc]


def _marks(text: str, items: Sequence[dict[str, Any]]) -> list[_Mark]:
    marks = []
    for index, item in enumerate(items):
        for start, end in item_spans(item):
            if 0 <= start < end <= len(text):
                marks.append(_Mark(index, item.get("kind") or "", start, end, bool(item.get("rejected"))))
    return marks


def highlighted_text(
    text: str, items: Sequence[dict[str, Any]], focus: tuple[int, int] | None = None
) -> Markup:
    """The escaped report with its items highlighted (see the module docstring)."""
    marks = _marks(text, items)
    cuts = {0, len(text)}
    for mark in marks:
        cuts.update((mark.start, mark.end))
    if focus and 0 <= focus[0] < focus[1] <= len(text):
        cuts.update(focus)
    else:
        focus = None
    bounds = sorted(cuts)
    starts: dict[int, list[int]] = {}
    for mark in sorted(marks, key=lambda m: (m.start, m.index)):
        if mark.index not in {i for indexes in starts.values() for i in indexes}:
            starts.setdefault(mark.start, []).append(mark.index)
    by_start = sorted(marks, key=lambda m: m.start)
    out: list[str] = []
    focus_opened = False
    for a, b in zip(bounds, bounds[1:], strict=False):
        out.extend(f'<a id="i{index}" class="anchor"></a>' for index in starts.get(a, ()))
        covering = [m for m in by_start if m.start <= a and m.end >= b]
        piece = str(escape(text[a:b]))
        in_focus = focus is not None and focus[0] <= a and b <= focus[1]
        attributes = ""
        if in_focus and not focus_opened:
            attributes, focus_opened = ' id="focus"', True
        if covering:
            live = [m for m in covering if not m.rejected] or covering
            inner = min(live, key=lambda m: (m.end - m.start, _PRIORITY.get(m.kind, 99)))
            outer = max(live, key=lambda m: (m.end - m.start, -_PRIORITY.get(m.kind, 99)))
            classes = ["hl", f"k-{inner.kind}"]
            if outer.kind != inner.kind:
                classes.append(f"o-{outer.kind}")
            if all(m.rejected for m in covering):
                classes.append("rejected")
            if in_focus:
                classes.append("focus")
            indexes = " ".join(str(i) for i in sorted({m.index for m in covering}))
            out.append(f'<span class="{" ".join(classes)}" data-items="{indexes}"{attributes}>{piece}</span>')
        elif in_focus:
            out.append(f'<span class="focus"{attributes}>{piece}</span>')
        else:
            out.append(piece)
    return Markup("".join(out))


def highlight_terms(text: str, query: str) -> Markup:
    """`text` escaped, each word of `query` found (diacritics and case optional) in <mark>."""
    terms = query_terms(query)
    if not terms or not text:
        return Markup(escape(text))
    folded = fold_diacritics(text).lower()  # same length as text: offsets carry over
    pattern = regex.compile(
        r"\b(?:" + "|".join(regex.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b"
    )
    out, at = [], 0
    for found in pattern.finditer(folded):
        out.append(str(escape(text[at : found.start()])))
        out.append(f"<mark>{escape(text[found.start() : found.end()])}</mark>")
        at = found.end()
    out.append(str(escape(text[at:])))
    return Markup("".join(out))
