"""Character tables of the pre-Unicode Vietnamese encodings still found in old reports.

TCVN3 (ABC, TCVN 5712:1993 VN3, the ".Vn" fonts): one byte per letter, lower-case
toned vowels only; capitals with tone marks were drawn with a separate caps font
from the same bytes, so they decode as lower case.

VNI-Windows (the "VNI-" fonts): an ASCII base letter followed by one byte for its
marks, read through Windows-1252 glyphs ("Vieät Nam" is "Việt Nam"); ơ, ư, đ and
the toned i's are single bytes.

Each table maps the legacy character sequence (bytes read as Latin-1) to the NFC
Vietnamese letter.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# TCVN3 in the standard's order: each Vietnamese letter, then its byte.
_TCVN3_PAIRS = (
    "à\xb5 ả\xb6 ã\xb7 á\xb8 ạ\xb9 "
    "ă\xa8 ằ\xbb ẳ\xbc ẵ\xbd ắ\xbe ặ\xc6 "
    "â\xa9 ầ\xc7 ẩ\xc8 ẫ\xc9 ấ\xca ậ\xcb "
    "đ\xae "
    "è\xcc ẻ\xce ẽ\xcf é\xd0 ẹ\xd1 "
    "ê\xaa ề\xd2 ể\xd3 ễ\xd4 ế\xd5 ệ\xd6 "
    "ì\xd7 ỉ\xd8 ĩ\xdc í\xdd ị\xde "
    "ò\xdf ỏ\xe1 õ\xe2 ó\xe3 ọ\xe4 "
    "ô\xab ồ\xe5 ổ\xe6 ỗ\xe7 ố\xe8 ộ\xe9 "
    "ơ\xac ờ\xea ở\xeb ỡ\xec ớ\xed ợ\xee "
    "ù\xef ủ\xf1 ũ\xf2 ú\xf3 ụ\xf4 "
    "ư\xad ừ\xf5 ử\xf6 ữ\xf7 ứ\xf8 ự\xf9 "
    "ỳ\xfa ỷ\xfb ỹ\xfc ý\xfd ỵ\xfe "
    "Ă\xa1 Â\xa2 Đ\xa7 Ê\xa3 Ô\xa4 Ơ\xa5 Ư\xa6"
)

# VNI: the byte after a base vowel, lower-case form; the upper-case form is the
# Latin-1 capital of the same glyph. Keys: (vowel mark, tone mark).
_VNI_MARKS = {
    (None, "\u0301"): "ù", (None, "\u0300"): "ø", (None, "\u0309"): "û",
    (None, "\u0303"): "õ", (None, "\u0323"): "ï",
    ("\u0302", None): "â", ("\u0302", "\u0301"): "á", ("\u0302", "\u0300"): "à",
    ("\u0302", "\u0309"): "å", ("\u0302", "\u0303"): "ã", ("\u0302", "\u0323"): "ä",
    ("\u0306", None): "ê", ("\u0306", "\u0301"): "é", ("\u0306", "\u0300"): "è",
    ("\u0306", "\u0309"): "ú", ("\u0306", "\u0303"): "ü", ("\u0306", "\u0323"): "ë",
}
# Letters that VNI writes as one byte (lower case; capitals are the Latin-1 capitals).
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò"}
_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


@cache
def tcvn3_table() -> dict[str, str]:
    """Legacy character (byte as Latin-1) -> Vietnamese letter."""
    table = {}
    for pair in _TCVN3_PAIRS.split(" "):
        letter, byte = pair[0], pair[1]
        table[byte] = letter
    return table


@cache
def vni_table() -> dict[str, str]:
    """Legacy sequence (bytes as Latin-1, one or two characters) -> Vietnamese letter."""
    table: dict[str, str] = {}
    for letter, glyph in _VNI_SINGLE.items():
        table[glyph] = letter
        table[glyph.upper()] = letter.upper()
    # Toned i's are single bytes, but i plus a tone byte is read too.
    for base in "aeiouyAEIOUY" + "ơưƠƯ":
        for (vowel_mark, tone), glyph in _VNI_MARKS.items():
            letter = unicodedata.normalize("NFC", base + (vowel_mark or "") + (tone or ""))
            if len(letter) != 1 or not _valid_vni_base(base, vowel_mark):
                continue
            written = _VNI_SINGLE.get(base.lower(), base.lower())
            written = written.upper() if base.isupper() else written
            for mark in (glyph, glyph.upper()):
                table.setdefault(written + mark, letter)
    return table


def _valid_vni_base(base: str, vowel_mark: str | None) -> bool:
    lower = base.lower()
    if vowel_mark == "\u0302":
        return lower in "aeo"
    if vowel_mark == "\u0306":
        return lower == "a"
    return True


def encode_tcvn3(text: str) -> bytes:
    """Vietnamese text in TCVN3; capitals with tone marks become lower case (as the
    caps font did). For building samples and tests."""
    reverse = {letter: byte for byte, letter in tcvn3_table().items()}
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in reverse:
            out.append(reverse[char])
        elif char.lower() in reverse and not char.islower():
            out.append(reverse[char.lower()])
        else:
            out.append(char)
    return "".join(out).encode("cp1252")


def encode_vni(text: str) -> bytes:
    """Vietnamese text in VNI-Windows. For building samples and tests."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        lower = char.lower()
        if lower in _VNI_SINGLE:
            glyph = _VNI_SINGLE[lower]
            out.append(glyph if char.islower() else glyph.upper())
            continue
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        if not marks or not base.isascii():
            out.append(char)
            continue
        tone = next((m for m in marks if m in _TONES), None)
        if "\u031b" in marks:  # horn: ơ/ư are single glyphs, the tone follows
            glyph = _VNI_SINGLE[unicodedata.normalize("NFC", base.lower() + "\u031b")]
            out.append(glyph if char.islower() else glyph.upper())
            vowel_mark = None
        else:
            out.append(base)
            vowel_mark = next((m for m in marks if m in ("\u0302", "\u0306")), None)
        if vowel_mark or tone:
            glyph = _VNI_MARKS[(vowel_mark, tone)]
            out.append(glyph if char.islower() else glyph.upper())
    return "".join(out).encode("cp1252")
