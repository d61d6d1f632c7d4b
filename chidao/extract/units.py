"""Named units: departments, divisions and subcommittees a report names without a place.

In: a text and an offset. Out: `match_unit(text, pos)`, the longest unit name
starting there, or None. Used by `organizations.match_body`, which adds a body that
follows the unit ("Phòng Cảnh sát hình sự Công an tỉnh Lâm Đồng").

Three readings, each bounded:
- a head and a standard function of units.tsv ("Cục Cảnh sát hình sự", "Phòng An ninh
  chính trị nội bộ", "Tiểu ban An ninh trật tự, an toàn xã hội", "Vùng Cảnh sát biển 2",
  "Cụm thi đua số 5"); letter case after the head is free, a head in lower case
  ("Trưởng phòng An ninh …") needs a capitalized function;
- a head and a unit code, "Phòng PC45", "Phòng PC 04" (`code` set), or a head and up
  to ten words closed by a code in brackets, "Phòng Tình báo (PA25)": the code
  vouches for the name, whatever its words;
- a national association, company, team or centre, a head ("Hiệp hội", "Hội", "Tập đoàn", "Đài", "Đoàn",
  "Trung tâm" …),
  up to eight words (the first capitalized, no "và"/"của"/…) and "Việt Nam" or "quốc gia":
  "Hiệp hội Lương thực Việt Nam", "Đài Truyền hình Việt Nam", "Hiệp hội Dữ liệu quốc gia".
`words_pattern` and `GAP` are shared with the body vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from chidao.gazetteer.loader import load_table

# Between two words of a name: spaces, or a line break (captions wrap inside names).
GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
END = r"(?![\p{L}\d])"
_DASH = regex.compile(r"\s*[-–]\s*")


def words_pattern(phrase: str) -> str:
    """A phrase as a regex: a line break may fall between words, a comma written in the
    phrase may be left out ("phòng, chống" also reads "phòng chống"), and the spaces
    around a hyphen or en dash vary ("Thi đua - Khen thưởng", "Thi đua-Khen thưởng")."""
    parts = []
    for part in _DASH.split(phrase.strip()):
        words = [regex.escape(w[:-1]) + ",?" if w.endswith(",") and len(w) > 1 else regex.escape(w)
                 for w in part.split()]
        parts.append(GAP.join(words))
    return r"[ \t]*[-–][ \t]*".join(parts)


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit's name at text[start:end]; `key` identifies it within a report (the
    name folded: lower case, commas and hyphen spacing dropped); `code` the unit code a
    "Phòng PC45" is written with (no space), else None."""

    key: str
    start: int
    end: int
    code: str | None = None


# not a count of things given to it: "bàn giao cho Trại tạm giam 1 xe ô tô", "… 2 tỷ đồng"
_COUNTED = (r"(?![ ]+(?:xe|chiếc|người|tỷ|tỉ|triệu|nghìn|bộ|máy|tấn|kg|suất|căn|cán bộ|chiến sĩ|"
            r"đối tượng|vụ|lượt|camera|ca nô|tàu|xuồng|phương tiện)(?![\p{L}\d]))")
_NUMBER_RE = regex.compile(GAP + r"(?:số" + GAP + r")?(?:\d{1,3}|[IVX]{1,4})" + END + _COUNTED)
_GAP_RE = regex.compile(GAP)
# A word of a function ("&" inside "PC&CC"), or a hyphen; between two of them only spaces,
# a line break or a comma.
_TOKEN = regex.compile(r"[\p{L}\d&]+|[-–]")
_BETWEEN = regex.compile(r"[ \t]*(?:\n[ \t]*)?,?[ \t]*")
_CODE = r"(?:P[A-Z]{1,2}|[ACKX])[ ]?\d{2}"
CODE = _CODE  # a unit code ("PC45", "PC 04", "A05"), shared with the organizations step
_HEAD_CODE = regex.compile(r"(?:Phòng|phòng|Cục|cục|Đội|đội)[ ](?P<code>" + _CODE + ")" + END)
# (a comma inside the name before a lower-case word, never a second head: "Phòng Cảnh sát phòng, chống
# tội phạm về môi trường (PC05)")
_CODE_CLOSED = regex.compile(
    r"(?:Phòng|phòng|Cục|cục|Đội|đội)[ ]\p{Lu}\p{L}*(?:[ ]\p{L}+|,[ ](?!(?:phòng|cục|đội)[ ])\p{Ll}+){0,11}?"
    r"(?=[ ]?\(" + _CODE + r"\))")
# Words that end a name: function words and verbs ("Hội Nông dân cùng nhân dân Việt Nam" is no name).
_NOT_INSIDE = (r"(?!(?:và|với|của|tại|ở|cho|từ|là|được|đã|đang|sẽ|có|cùng|các|những|trong|về|để|nhân|"
               r"(?<![Aa]n[ ])toàn|phối|tặng|trao|tổ|Việt)" + END + ")")
_NATIONAL = regex.compile(
    r"(?:Tổng Liên đoàn|Liên đoàn|Hiệp hội|Tổng hội|Hội|Liên minh|Tập đoàn|Tổng công ty|Ngân hàng|Đài|Đoàn"
    r"|Tổng cục|Cục|Trung tâm)"
    # (two trades joined by a dash: "Hiệp hội Cà phê - Ca cao Việt Nam")
    r"[ ]\p{Lu}\p{L}*(?:[ ]" + _NOT_INSIDE + r"\p{L}+|[ ]?[-–][ ]?\p{Lu}\p{L}*){0,7}"
    # (a name that goes on with its subject is longer: "Trung tâm Thông tin quốc gia về ma túy")
    r"[ ](?:Việt[ ]Nam|quốc[ ]gia)" + END + r"(?![ ](?:về|phòng)[ ])")
_NATIONAL_HEADS = frozenset({"Tổng", "Liên", "Hiệp", "Hội", "Tập", "Ngân", "Đài", "Đoàn", "Cục", "Trung"})
# Heads of one word: any word may follow them.
_ONE_WORD_HEADS = frozenset({"Cục", "cục", "Phòng", "phòng", "Đội", "đội", "Vùng", "Hội", "Đài", "Đoàn"})
_LOWER_ONE = frozenset({"Cục", "cục", "Phòng", "phòng", "Đội", "đội"})
# Heads the press also writes in lower case after a position ("Trưởng phòng An ninh …").
_LOWER_HEADS = frozenset({"Cục", "Phòng", "Đội"})
# Heads whose function is written capitalized: "Trung tâm Chỉ huy Công an tỉnh …", never "trung tâm chỉ huy"
# or "Trung tâm thông tin chỉ huy" as a common noun …
_CAPITAL_FUNCTION = frozenset({"Trung tâm"})
# ... unless the police it belongs to follows: "Trung tâm chỉ huy Công an tỉnh"
_POLICE_AFTER = regex.compile(r"[ ]Công an(?![\p{L}\d])")
_FOLD = regex.compile(r"[\s,]+")
_WORD = regex.compile(r"[\p{L}\d]+")


# Abbreviations of functions, spelt out for a unit's identity ("Cục CSGT" = "Cục Cảnh sát giao thông").
_SPELT_OUT = {"csgt": "cảnh sát giao thông", "cshs": "cảnh sát hình sự", "cskt": "cảnh sát kinh tế",
              "cscđ": "cảnh sát cơ động", "csđt": "cảnh sát điều tra", "qlhc": "quản lý hành chính",
              "ttxh": "trật tự xã hội", "pccc": "phòng cháy chữa cháy", "pc&cc": "phòng cháy chữa cháy",
              "cnch": "cứu nạn cứu hộ", "pccc&cnch": "phòng cháy chữa cháy và cứu nạn cứu hộ",
              "pc&cc&cnch": "phòng cháy chữa cháy và cứu nạn cứu hộ"}
_ABBREVIATED_WORD = regex.compile(r"(?<![\p{L}\d&])(?:" + "|".join(regex.escape(k) for k in _SPELT_OUT)
                                  + r")(?![\p{L}\d&])")


def unit_key(name: str) -> str:
    """A unit's name folded for identity: "Phòng Cảnh Sát Hình sự" = "phòng cảnh sát hình sự", "Cục CSGT"
    = "cục cảnh sát giao thông" (the abbreviations of functions spelt out)."""
    folded = _FOLD.sub(" ", _DASH.sub("-", name)).strip().casefold()
    return _ABBREVIATED_WORD.sub(lambda m: _SPELT_OUT[m.group()], folded)


@dataclass(frozen=True, slots=True)
class _Head:
    """A head as written ("Phòng", "phòng", "Trung đoàn"), what follows it and its functions
    as tuples of lower-case words ("-" for a hyphen), the longest `longest` words long."""

    form: str
    lower: bool
    after: str
    functions: frozenset[tuple[str, ...]]
    longest: int
    firsts: frozenset[str]  # the words its functions start with


def _words(phrase: str) -> tuple[str, ...]:
    """A function's words, lower-cased, commas dropped, a hyphen as the word "-"."""
    return tuple(m.group().casefold() for m in _TOKEN.finditer(phrase))


@cache
def _table() -> dict[str, tuple[_Head, ...]]:
    """First word of a head (as written, capitalized or not) -> its heads."""
    merged: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for row in load_table("units.tsv"):
        for head in row["heads"].split("|"):
            merged.setdefault((head, row["after"]), set()).update(
                _words(f) for f in row["functions"].split("|") if f.strip())
    index: dict[str, list[_Head]] = {}
    for (head, after), functions in merged.items():
        longest = max((len(f) for f in functions), default=0)
        forms = [(head, False)] + ([(head.lower(), True)] if head in _LOWER_HEADS and functions else [])
        for form, lower in forms:
            firsts = frozenset(f[0] for f in functions)
            head_of = _Head(form, lower, after, frozenset(functions), longest, firsts)
            index.setdefault(form.split()[0], []).append(head_of)
    return {word: tuple(found) for word, found in index.items()}


def _function_end(text: str, pos: int, head: _Head) -> int | None:
    """Where the longest function of `head` that starts at text[pos] ends, or None. Words
    compare in lower case; commas and line breaks between them do not count."""
    first = _TOKEN.match(text, pos)
    if first is None or first.group().casefold() not in head.firsts:
        return None
    tokens: list[str] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text, pos):
        if len(tokens) == head.longest or not _BETWEEN.fullmatch(text, ends[-1] if ends else pos, m.start()):
            break
        tokens.append(m.group().casefold())
        ends.append(m.end())
    for count in range(len(tokens), 0, -1):
        if tuple(tokens[:count]) in head.functions:
            return ends[count - 1]
    return None


@cache
def _region_tail() -> regex.Pattern[str]:
    """An optional region after a unit's name ("Trung đoàn Cảnh sát cơ động Tây Nguyên")."""
    forms = {f for row in load_table("regions.tsv") for f in row["phrasings"].split("|") if f[:1].isupper()}
    forms |= {"Đông Bắc", "Thủ đô"}
    names = "|".join(words_pattern(f) for f in sorted(forms, key=len, reverse=True))
    return regex.compile("(?:" + GAP + "(?:" + names + ")" + END + ")?")


@cache
def unit_first_words() -> frozenset[str]:
    """Words a unit's name can start with."""
    return frozenset(_table()) | _NATIONAL_HEADS | {"phòng", "cục", "đội"} | _VOUCHED_FIRSTS


@cache
def _head_pairs() -> frozenset[str]:
    """The first two words of heads of more than one word ("Trung đoàn", "Bộ Tư")."""
    pairs = {" ".join(h.form.split()[:2]) for heads in _table().values() for h in heads if " " in h.form}
    return frozenset(pairs | {"Tổng Liên", "Liên đoàn", "Hiệp hội", "Tổng hội", "Liên minh", "Tập đoàn",
                              "Tổng công", "Ngân hàng"})


def may_start_unit(first: str, pair: str | None) -> bool:
    """Whether a unit's name may start with these words (`pair`: the first two, or None):
    a quick test before `match_unit` ("Trung ương", "Đại tướng", "Hội nghị" start none)."""
    if first not in unit_first_words():
        return False
    if first in _VOUCHED_FIRSTS:
        return True  # a short form in brackets may vouch for the name (`_vouched`)
    if first in _ONE_WORD_HEADS:  # "Phòng cảnh sát …" but "Hội Nông dân …", not "Hội nghị"
        return first in _LOWER_ONE or (pair is not None and pair.split(" ")[1][:1].isupper())
    return pair is not None and pair in _head_pairs()


# Heads of a name a short form in brackets vouches for ("Vụ Kiểm sát … (Vụ 8)", "Trung tâm Giáo dục nghề
# nghiệp - Giáo dục thường xuyên (GDNN-GDTX)", "Cơ quan Cảnh sát điều tra (CSĐT)").
_VOUCHED_HEADS = ("Vụ", "Cục", "Tổng cục", "Phòng", "Trung tâm", "Cơ quan", "Viện", "Học viện", "Trường",
                  "Văn phòng", "Ban", "Ủy ban", "Hội đồng", "Quỹ", "Bệnh viện", "Trại", "Sở", "Chi cục")
_VOUCHED_FIRSTS = frozenset(h.split()[0] for h in _VOUCHED_HEADS)
_VOUCHED = regex.compile(
    r"(?P<head>" + "|".join(sorted(_VOUCHED_HEADS, key=len, reverse=True)) + r")[ ](?=\p{Lu})"
    r"(?P<name>[^()\n.;:!?\"“”]{2,110}?)[ ]?\((?P<short>[^()\n]{1,30})\)")
_SKIPPED_INITIALS = frozenset({"và", "về", "của"})


def _vouched(text: str, pos: int) -> UnitMatch | None:
    """A head and a capitalized name closed by its short form in brackets: the head and a number ("(Vụ
    8)") or the initials of the name's words, with or without the head's ("(CSĐT)", "(GDNN-GDTX)",
    "(VKSND)"). The unit ends before the bracket."""
    m = _VOUCHED.match(text, pos)
    if m is None:
        return None
    short = m.group("short").strip()
    head = m.group("head")
    words = _WORD.findall(m.group("name"))
    if regex.fullmatch(regex.escape(head) + r"[ ](?:\d{1,3}|[IVX]{1,4})", short) is None:
        letters = "".join(_WORD.findall(short))
        if len(letters) < 2 or not letters.isupper():
            return None
        head_words = _WORD.findall(head)
        readings = {"".join(w[0] for w in ws).upper()
                    for ws in (words, head_words + words,
                               [w for w in words if w not in _SKIPPED_INITIALS],
                               head_words + [w for w in words if w not in _SKIPPED_INITIALS])}
        if letters not in readings:
            return None
    end = m.start("name") + len(m.group("name").rstrip(" ,"))
    return UnitMatch(unit_key(text[pos:end]), pos, end)


def match_unit(text: str, pos: int, first: str | None = None) -> UnitMatch | None:
    """The longest named unit starting at text[pos], or None. `first` is the word at pos,
    when the caller has read it."""
    best: UnitMatch | None = None
    if first is None:
        word = _WORD.match(text, pos, pos + 24)
        first = word.group() if word else ""
    for head in _table().get(first, ()):
        end = _unit_end(text, pos, head)
        if end is not None and (best is None or end > best.end):
            best = UnitMatch(unit_key(text[pos:end]), pos, end)
    if first.lower() in ("phòng", "cục", "đội"):
        m = _HEAD_CODE.match(text, pos)
        if m is not None and (best is None or m.end() > best.end):
            code = m.group("code").replace(" ", "")
            best = UnitMatch("code " + code, pos, m.end(), code)
        m = _CODE_CLOSED.match(text, pos) if "(" in text[pos:pos + 120] else None
        if m is not None and (best is None or m.end() > best.end):
            best = UnitMatch(unit_key(m.group()), pos, m.end())
    if first in _VOUCHED_FIRSTS and "(" in text[pos:pos + 150]:
        found = _vouched(text, pos)
        if found is not None and (best is None or found.end > best.end):
            best = found
    if first in _NATIONAL_HEADS:
        m = _NATIONAL.match(text, pos)
        if m is not None and (best is None or m.end() > best.end):
            best = UnitMatch(unit_key(m.group()), pos, m.end())
    return best


def _unit_end(text: str, pos: int, head: _Head) -> int | None:
    """Where a unit of `head` starting at text[pos] ends (its function, then its number or
    region), or None."""
    end = pos + len(head.form)
    if not text.startswith(head.form, pos) or (end < len(text) and text[end].isalnum()):
        return None
    if head.functions:
        gap = _GAP_RE.match(text, end)
        lower = gap is not None and not text[gap.end():gap.end() + 1].isupper()
        if gap is None or (head.lower and lower):
            return None
        end = _function_end(text, gap.end(), head)  # type: ignore[assignment]
        if end is None or (lower and head.form in _CAPITAL_FUNCTION and not _POLICE_AFTER.match(text, end)):
            return None
    if head.after == "number":
        number = _NUMBER_RE.match(text, end)
        return number.end() if number else None
    if head.after == "region":
        region = _region_tail().match(text, end)
        return region.end() if region else end
    return end


def code_after(text: str, end: int) -> str | None:
    """The unit code in brackets right after a name ("… (PC 04)"), without its space."""
    m = _CODE_AFTER.match(text, end)
    return m.group(1).replace(" ", "") if m else None


_CODE_AFTER = regex.compile(r"[ ]?\((" + _CODE + r")\)")
_BARE_CODE = regex.compile(r"(?<![\p{L}\d])" + _CODE + END)


def bare_codes(text: str) -> list[regex.Match[str]]:
    """Every unit code written in the text ("PC45", "PC 04", "PA02")."""
    return list(_BARE_CODE.finditer(text))
