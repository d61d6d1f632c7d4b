"""Diacritic folding for search and name comparison ("ma túy" -> "ma tuy", "Đ" -> "D")."""

from __future__ import annotations

import unicodedata
from functools import cache

import regex


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "D"}
    for code in range(0x00C0, 0x1EFF + 1):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    return table


def fold_diacritics(text: str) -> str:
    """Remove tone and vowel marks, map đ/Đ to d/D.

    Length-preserving on NFC text, so an offset into the folded text is an
    offset into the original.
    """
    return text.translate(_fold_table())


_SPACES = regex.compile(r"\s+")


def fold_key(text: str) -> str:
    """A comparison key: folded, lower-cased, whitespace collapsed and trimmed."""
    return _SPACES.sub(" ", fold_diacritics(text).lower()).strip()
