"""Diacritic folding for search and name comparison ("ma túy" -> "ma tuy", "Đ" -> "D")."""

from __future__ import annotations

import unicodedata
from functools import cache

import numpy as np
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


# Above this length a vectorised lookup over code points beats str.translate (about 9x on a report).
_LONG = 256
_TABLE_END = 0x1F00


@cache
def _fold_lut(lower: bool = False) -> np.ndarray:
    lut = np.arange(_TABLE_END, dtype=np.uint32)
    for code, base in _fold_table().items():
        lut[code] = ord(base)
    if lower:
        for code in range(_TABLE_END):
            lowered = chr(lut[code]).lower()
            if len(lowered) == 1:  # every folded letter below the table's end lowers to one
                lut[code] = ord(lowered)
    return lut


def fold_diacritics(text: str) -> str:
    """Remove tone and vowel marks, map đ/Đ to d/D.

    Length-preserving on NFC text, so an offset into the folded text is an
    offset into the original.
    """
    if text.isascii():
        return text
    if len(text) < _LONG:
        return text.translate(_fold_table())
    folded = _through_lut(text, _fold_lut())
    assert folded is not None  # a partial mapping always gives a text
    return folded


def fold_lower(text: str) -> str:
    """`fold_diacritics(text).lower()`, in one pass over a long text (search scoring).

    Letters are lowered one by one, so a Greek final sigma stays "σ" where
    `str.lower` writes "ς"; Vietnamese and Latin text come out the same.
    """
    if len(text) >= _LONG:
        folded = _through_lut(text, _fold_lut(lower=True), whole=True)
        if folded is not None:
            return folded
    return fold_diacritics(text).lower()


def _through_lut(text: str, lut: np.ndarray, whole: bool = False) -> str | None:
    """`text` with each code point below the table's end mapped through `lut`; None when
    `whole` and the text has a code point beyond it (the table does not cover it)."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if points.max() < _TABLE_END:
        mapped = lut[points]
    elif whole:
        return None
    else:
        mapped = points.copy()
        low = points < _TABLE_END
        mapped[low] = lut[points[low]]
    return mapped.tobytes().decode("utf-32-le", "surrogatepass")


_SPACES = regex.compile(r"\s+")


def fold_key(text: str) -> str:
    """A comparison key: folded, lower-cased, whitespace collapsed and trimmed."""
    return _SPACES.sub(" ", fold_diacritics(text).lower()).strip()
