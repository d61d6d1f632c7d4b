"""Vietnamese numbers and quantities: "1.000" -> 1000, "756,2" -> 756.2, "796 tỉ đồng".

Vietnamese writes '.' between thousands and ',' before decimals. A quantity is a
number with the unit that follows it ("tỷ đồng", "%", "m2", "biên chế", "vụ"),
and the qualifiers before it ("khoảng", "hơn", "ít nhất") become flags.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from chidao.text.anchored import anchored_finditer

# A number: grouped thousands ("22.022", "1.500.000"), decimals ("756,2"), or plain digits.
# Not part of a date ("19.8.1945", "24/1/2019") or a code ("16-NQ/TW").
NUMBER_PATTERN = (
    r"(?<![\d.,/\-])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?![\d/]|[.,]\d|\s*-\s*\w+/)(?!-\w)"
)

_NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000,
}

_NUMBER_RE = regex.compile(NUMBER_PATTERN)


def format_number(value: Any) -> str:
    """Vietnamese number: "1.000", "756,2"."""
    if value is None or value == "":
        return ""
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}".replace(",", ".")
    whole, _, frac = f"{number:,.2f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def parse_number(s: str) -> float | None:
    """The value of a Vietnamese-formatted number or a simple number word, else None.

    "1.000" -> 1000, "756,2" -> 756.2, "27.781" -> 27781, "1,5" -> 1.5, "mười" -> 10,
    "hai mươi" -> 20.
    """
    s = s.strip()
    if not s:
        return None
    if _NUMBER_RE.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    words = s.lower().split()
    if words and all(w in _NUMBER_WORDS or w == "mươi" for w in words):
        return _parse_number_words(words)
    return None


def _parse_number_words(words: list[str]) -> float | None:
    if len(words) == 1:
        return float(_NUMBER_WORDS[words[0]])
    if len(words) == 2 and words[1] == "mươi" and words[0] in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[words[0]] * 10)
    if len(words) == 3 and words[1] == "mươi":
        return float(_NUMBER_WORDS[words[0]] * 10 + _NUMBER_WORDS.get(words[2], 0))
    return None


# Units, longest first within each alternation; the key is the normalized unit.
_UNIT_FORMS: list[tuple[str, str]] = [
    (r"nghìn\s+tỷ\s+đồng|nghìn\s+tỉ\s+đồng|ngàn\s+tỷ\s+đồng|ngàn\s+tỉ\s+đồng", "nghìn tỷ đồng"),
    (r"tỷ\s+đồng|tỉ\s+đồng", "tỷ đồng"),
    (r"triệu\s+đồng", "triệu đồng"),
    (r"nghìn\s+đồng|ngàn\s+đồng", "nghìn đồng"),
    (r"tỷ|tỉ", "tỷ"),
    (r"triệu", "triệu"),
    (r"đồng", "đồng"),
    (r"%|phần\s+trăm", "%"),
    (r"m2|m²|mét\s+vuông", "m2"),
    (r"ha|héc-ta|hecta", "ha"),
    (r"km2|km²", "km2"),
    (r"km", "km"),
    (r"cán\s+bộ,\s+chiến\s+sĩ|cán\s+bộ\s+chiến\s+sĩ", "cán bộ, chiến sĩ"),
]
_COUNT_NOUNS = (
    "biên chế", "vụ án", "vụ việc", "vụ", "bị can", "người", "đối tượng", "cán bộ", "chiến sĩ",
    "chỗ", "tỉnh", "thành phố", "xã", "phường", "huyện", "đơn vị", "băng", "ổ nhóm", "nhóm",
    "đường dây", "trường hợp", "kg", "bánh", "tấn", "xe", "phương tiện", "khẩu", "học viên",
    "tiêu chí", "công trình", "dự án", "trụ sở", "lượt", "hộ", "căn",
    "gam", "viên", "ô tô", "mô tô", "tàu", "lần", "hồ sơ", "thủ tục", "doanh nghiệp",
)
_UNIT_ALTERNATION = "|".join(
    [f"(?P<u{i}>{form})" for i, (form, _) in enumerate(_UNIT_FORMS)]
    + [f"(?P<c>{'|'.join(regex.escape(n) for n in sorted(_COUNT_NOUNS, key=len, reverse=True))})"]
)
_UNIT_GROUPS = tuple((f"u{i}", key) for i, (_, key) in enumerate(_UNIT_FORMS))
_APPROX = r"khoảng|gần|hơn|trên|chừng|xấp\s+xỉ|ước\s+tính|trên\s+dưới"
_AT_LEAST = r"ít\s+nhất|tối\s+thiểu|không\s+dưới|không\s+ít\s+hơn"

_QUANTITY_RE = regex.compile(
    rf"(?:(?<!\w)(?P<atl>{_AT_LEAST})\s+|(?<!\w)(?P<apx>{_APPROX})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})"
    rf"(?:\s*(?:{_UNIT_ALTERNATION})(?!\w))?"
    rf"(?P<more>\s+trở\s+lên)?",
    regex.IGNORECASE,
)

# Where a quantity can start besides a digit: the first word of each qualifier.
_QUANTITY_STARTS = ("khoảng", "gần", "hơn", "trên", "chừng", "xấp", "ước", "ít", "tối", "không")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit. `span` covers the number and unit only; qualifiers are flags."""

    value: float
    unit: str | None
    text: str
    span: tuple[int, int]
    approx: bool
    at_least: bool


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number in text[start:end] with its unit, spans in the full text."""
    end = len(text) if end is None else end
    out: list[Quantity] = []
    for m in anchored_finditer(_QUANTITY_RE, text, start, end, _QUANTITY_STARTS):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        unit = None
        unit_end = m.end("num")
        groups = m.groupdict()
        for name, key in _UNIT_GROUPS:
            if groups[name] is not None:
                unit, unit_end = key, m.end(name)
                break
        else:
            if groups["c"] is not None:
                unit, unit_end = groups["c"].lower(), m.end("c")
        s = m.start("num")
        out.append(Quantity(
            value=value, unit=unit, text=text[s:unit_end], span=(s, unit_end),
            approx=groups["apx"] is not None,
            at_least=groups["atl"] is not None or groups["more"] is not None,
        ))
    return out
