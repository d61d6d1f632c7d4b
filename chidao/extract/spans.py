"""Span sets asked many times per document: "does [start, end) overlap any of them?".

`layout.inside` answers by walking the whole list; a `SpanIndex` answers with one
binary search, which matters when every capitalized word of a report is checked
against the furniture spans.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable


class SpanIndex:
    """Spans sorted by start, with the running maximum of their ends.

    In: any spans (unsorted, overlapping, empty). `overlaps(start, end)` gives the
    same answer as `chidao.text.layout.inside(spans, start, end)`.
    """

    __slots__ = ("_starts", "_max_end")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _e in ordered]
        self._max_end: list[int] = []
        running = -1
        for _s, e in ordered:
            running = max(running, e)
            self._max_end.append(running)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span (s, e) has s < end and start < e."""
        # spans starting before `end` are a prefix of the sorted list; one of them
        # reaches past `start` exactly when the largest end among them does
        i = bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start
