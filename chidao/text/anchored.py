"""Fast `finditer` for patterns whose matches can only start at a digit or a keyword.

The `regex` engine tries a complex alternation at every character, about 0.15 µs
each; dates and quantities only ever start at the first digit of a number or at
a word such as "ngày" or "khoảng". Trying the pattern anchored at those
positions alone gives the same matches, 5-10x faster.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_DIGIT_RUN = regex.compile(r"(?<!\d)\d")


def anchored_finditer(pattern: regex.Pattern[str], text: str, start: int, end: int,
                      keywords: tuple[str, ...]) -> Iterator[regex.Match[str]]:
    """The matches `pattern.finditer(text, start, end)` gives, for a pattern whose
    every match starts at a digit run or at one of the lower-case `keywords`
    (matched case-insensitively)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A letter whose lower case is longer would shift offsets: take the slow path.
        yield from pattern.finditer(text, start, end)
        return
    candidates = [m.start() for m in _DIGIT_RUN.finditer(text, start, end)]
    for keyword in keywords:
        i = lowered.find(keyword, start, end)
        while i != -1:
            candidates.append(i)
            i = lowered.find(keyword, i + 1, end)
    candidates.sort()
    position = start
    for candidate in candidates:
        if candidate < position:
            continue
        m = pattern.match(text, candidate, end)
        if m is not None and m.end() > m.start():
            yield m
            position = m.end()
