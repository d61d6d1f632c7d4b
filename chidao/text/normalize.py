"""Normalize Vietnamese text once, before any offset is computed.

NFC, Unix newlines, plain spaces, no NUL or zero-width characters, and one tone-mark
placement: the old style used throughout DESIGN.md ("hòa", "thủy", "Ủy viên"), so that
"hoà"/"hòa" and "uỷ"/"ủy" compare equal. Length is preserved except where NFC composes
decomposed input (Windows-1258-style base letter plus combining mark) and where NUL,
zero-width spaces and BOMs are removed (a NUL anywhere in a report, past the first 8 KB
that tell a binary file, is dropped here on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
# Odd spaces that must not change offsets: replaced one for one.
_ODD_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000]")
# NUL never belongs in a report (PostgreSQL refuses it in text): removed, on every store alike.
_INVISIBLE = re.compile("[\u200b\ufeff\x00]")
# Letters that look like Vietnamese ones but are not (Icelandic eth, African D): one for one.
_LOOK_ALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110", "\u0256": "\u0111"})


@cache
def _tone_tables() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    """(toned second vowel -> (bare vowel, tone)), ((first vowel, tone) -> toned first vowel)."""
    split: dict[str, tuple[str, str]] = {}
    join: dict[tuple[str, str], str] = {}
    for base in "aeyAEYoOuU":
        for tone in _TONES:
            composed = unicodedata.normalize("NFC", base + tone)
            if base in "aeyAEY":
                split[composed] = (base, tone)
            else:
                join[(base, tone)] = composed
    return split, join


# o+a, o+e, u+y ending a word, the tone on the second vowel; "qu" is a consonant;
# a stray second mark after the vowel leaves the word alone. The pattern starts
# with a plain character class so the engine can skip ahead; _old_style checks pairs.
_NEW_STYLE = re.compile(
    r"(?P<v1>[oOuU])(?P<v2>[àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![^\W\d_]|[\u0300-\u036f])"
)
_O_PAIRS = frozenset("àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ")


def _old_style(m: re.Match[str]) -> str:
    v1, v2 = m.group("v1"), m.group("v2")
    if v1 in "oO":
        if v2 not in _O_PAIRS:
            return m.group(0)
    elif v2 in _O_PAIRS or (m.start() > 0 and m.string[m.start() - 1] in "qQ"):
        return m.group(0)
    split, join = _tone_tables()
    bare, tone = split[v2]
    return join[(v1, tone)] + bare


def normalize_text(text: str) -> str:
    """NFC, `\\n` newlines, plain spaces, no NUL / zero-width space / BOM, "Đ" for its
    look-alikes ("Ðại tướng" with U+00D0), old-style tone marks ("hoà" -> "hòa", "uỷ" -> "ủy")."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Invisible characters go before composing, so a mark they separated still composes.
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = _ODD_SPACES.sub(" ", text).translate(_LOOK_ALIKES)
    return _NEW_STYLE.sub(_old_style, text)
