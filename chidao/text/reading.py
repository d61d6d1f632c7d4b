"""The text the extractors read: the normalized text with a page's typographic forms read as meant.

- a paragraph's hard line breaks are spaces (`chidao.text.wraps`: "chủ\\ntrì", "Phó Chủ-\\ntịch");
- a space between groups of three digits is a thousands separator ("12 480 trường hợp", "1 046 giấy
  phép", "1 000 bình", as a French- or Word-typed page writes them, the thin or non-breaking space
  plain after normalization): read as the dot Vietnamese writes ("12.480"). A number so grouped is a first
  group of one to three digits and groups of exactly three, followed by a word or "%"; not after a
  word that numbers things ("ngày 12 480 …", "tháng", "năm", "số", "Điều", "khoản", "lần", "thứ") nor
  inside a list of numbers ("1 2 3", "12 480 560" of groups not all three digits is left);
- a pair of dashes around an aside in a sentence are its commas: em dashes ("Đại tá Lê Văn Tam — Giám
  đốc Công an TP — chủ trì") and en dashes before a lower-case word ("712 vụ – đạt tỷ lệ 81,6% – bắt 1.045
  đối tượng"); a single dash ("Bà Rịa – Vũng Tàu", "2012 – 2015") is left. " —" is read ", " (same length);
- words in capitals are read in ordinary case where they are Vietnamese words (`chidao.text.capitals`:
  "CÔNG AN TỈNH NGHỆ AN" -> "Công an tỉnh Nghệ An", "KỲ SƠN, TƯƠNG DƯƠNG" -> "Kỳ Sơn, Tương Dương").

The text read keeps the text's offsets but where a broken word's hyphen is dropped; `reading_text`
gives the map back.
"""

from __future__ import annotations

import regex

from chidao.text.capitals import recase_capitals
from chidao.text.wraps import unwrap

_SPACED_THOUSANDS = regex.compile(
    r"(?<![\d.,/:\-–]|(?<!\w)(?:ngày|tháng|năm|quý|số|điều|khoản|mục|lần|thứ|khóa|kỳ|đợt|phiên|tuổi)[ ])"
    r"\d{1,3}(?:[ ]\d{3})+(?![\d.,]?\d)(?=[ ]?(?:%|\p{L}))",
    regex.IGNORECASE | regex.V1)


_PAIRED_DASHES = regex.compile(
    r"(?<=[\p{L}\d%)\"”’»]) (?P<dash>—|–(?= \p{Ll})) [^\n.!?;:–—]{1,120}?"
    r"(?<=[\p{L}\d%)\"”’»]) (?P=dash) (?=\S)",
    regex.V1)


def _dashes_as_commas(text: str) -> str:
    if "–" not in text and "—" not in text:
        return text
    chars: list[str] | None = None
    for m in _PAIRED_DASHES.finditer(text):
        chars = chars or list(text)
        for dash in (m.start(), m.end() - 3):
            chars[dash:dash + 2] = [",", " "]
    return text if chars is None else "".join(chars)


def reading_text(text: str) -> tuple[str, list[int] | None]:
    """(the text as read, the offset in `text` of each of its characters, or None when each is its own)."""
    reading, where = unwrap(text)
    if " " in reading:
        reading = _SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", "."), reading)
    return recase_capitals(_dashes_as_commas(reading)), where
