"""Localities: provinces, districts, communes, regions and countries a report names.

In: the document and its layout blocks (furniture such as related headlines and
photo credits is skipped). Out: one `Locality` per unit, with every mention.

- Provinces are found by name anywhere ("Quảng Ninh", "Công an Hải Phòng",
  "TP.HCM"), except "Hồ Chí Minh" (and "HCM", "Sài Gòn"), which is a place only
  after a level word ("Thành phố Hồ Chí Minh") or inside "TP.HCM": "Chủ tịch Hồ
  Chí Minh" and "tư tưởng Hồ Chí Minh" are not places. A name right after a
  personal-name syllable ("Nguyễn Thái Bình") is part of a person's name.
- Districts and communes are found only after their level word ("huyện Mèo Vạc",
  "TP Hạ Long", "thị xã …", "phường Hồng Hà", "xã Lũng Cú", "thị trấn …"). A name
  shared by several units is settled by a district, then a province, the
  document mentions; still ambiguous, the unit keeps its name with code null.
  "thành phố X" is the province X when X is a centrally-run city, else the
  provincial city X (a district). A name with a dash is read whole, spaced or not
  ("thành phố Phan Rang - Tháp Chàm", "Phan Rang-Tháp Chàm", "phường Xuân Hương - Đà Lạt").
- Abbreviated level words ("Q.Tân Bình", "H. Củ Chi", "P.12", "Q.1") take only
  units the data knows. The names listed after a plural level word are units of
  that level too ("các huyện Đồng Văn, Quản Bạ và Mèo Vạc"), until a province ends
  the list. A commune is settled first by the district named right after it
  ("phường 12, quận Tân Bình").
- A numbered ward or district written in lower case ("phường 1", "quận 2", "Q.1")
  is a place only where the report names the district or province it lies in.
- A commune is one of the communes since July 2025 (`new_communes`: its own
  successor, "đặc khu" among the level words) in a report dated from then, or in an
  undated report that names a commune only the new data has or writes a two-level
  address with no district anywhere ("phường Cửa Nam, thành phố Hà Nội"), or that
  tells it is written since (`_era`: "chính quyền địa phương hai cấp", "xã, phường,
  đặc khu", its year from 2026, "sau sáp nhập" with a year 2025 or a term from 2026).
  A border post named after a commune merged away then names no place.
- "Thành phố", "tỉnh" alone, "5 thành phố trực thuộc trung ương" name nothing;
  "toàn quốc"/"cả nước" are not places; "Việt Nam" is the country where written,
  inside a body's name too ("Công an nhân dân Việt Nam"), but not in the honorific
  "Mẹ Việt Nam anh hùng". A road named after the places it joins ("cao tốc Nội Bài -
  Lào Cai", "quốc lộ …", "tuyến Hà Nội - Hải Phòng") names none of them.
- Regions of Vietnam (regions.tsv) and foreign places (foreign_places.tsv) have
  level region or country and code null. Provinces divided before the data begins
  ("Quảng Nam - Đà Nẵng", "tỉnh Sông Bé"; historical_provinces.tsv) have level
  province, code null and the 2025 province all of them went to, if any.
- A province's name is the one it had at the document's date ("Thừa Thiên Huế"
  before 2025); in an undated report, the name the report writes when that is one
  of the unit's names (a report writing "Thừa Thiên - Huế" keeps "Thừa Thiên Huế").

A mention spans the name without its level word ("Hạ Long" in "TP Hạ Long"); an
abbreviation is the mention as written ("TP.HCM"); a numbered unit's mention is
"Quận 1" whole. Names and codes come from `chidao.gazetteer.admin_units`; see
there for what `current_name`/`current_code` hold (None for districts).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from chidao.extract.context import Context, lower_text
from chidao.extract.organizations import capitalized_words, is_surname
from chidao.extract.spans import SpanIndex
from chidao.gazetteer.admin_units import (
    AdminUnit,
    HistoricalProvince,
    admin_index,
    alias_key,
    historical_provinces,
    province_name_at,
    spelled_names,
    spelling_key,
)
from chidao.gazetteer.loader import load_table
from chidao.model import Document, Locality, Span

# Forms that name a province only after a level word or inside an abbreviation.
_NOT_BARE = frozenset({"Hồ Chí Minh", "HCM", "Sài Gòn"})

# Syllables that open or continue Vietnamese personal names: a place name right
# after one of them is part of a person's name ("Nguyễn Thái Bình").
_NAME_SYLLABLES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương "
    "Lâm Mai Tô Cao Đoàn Lương Vương Tạ Kiều Chu Quách Triệu Nông Lò Hứa Lưu Thân Khổng "
    "Văn Thị Đức Hữu Minh Quang Thanh Xuân Ngọc Đình Quốc Mạnh Trọng Tiến Thế Kim Anh "
    "Thu Tuấn Hải Bá Duy Khắc Viết Như Trung Hồng Thái".split()
)

# Middle names that only a person's name holds after its family name ("Đỗ Thị Minh Phương", "Lò Văn Mừng")
_MIDDLE_NAMES = frozenset({"Thị", "Văn"})

# Words after a place name that make it something else ("Thái Bình Dương" is the Pacific).
_NOT_AFTER = {"Thái Bình": ("Dương",)}

# Words before a place name that make it part of an honorific ("Mẹ Việt Nam anh hùng").
_NOT_BEFORE = {"Việt Nam": ("Mẹ", "mẹ")}
# "xứ Huế", "xứ Lạng": the land of a name, a cultural region, not the unit
_LAND_OF = frozenset({"xứ", "Xứ"})

# Where a place name can begin: every capitalized word.
_UPPER_WORD = regex.compile(r"\p{Lu}\p{L}*")
# Up to five title-case words (a name after a level word), or a number ("Quận 1").
# (a syllable of the Central Highlands may hold an apostrophe, either form: "M'Đrắk", "Ia H'Drai", "Ea H'leo",
# "K’Bang")
_NAME_RUN = regex.compile(r"\p{Lu}(?:['’]\p{L})?\p{Ll}*(?![\p{L}\d'’])"
                          r"(?:[ ]\p{Lu}(?:['’]\p{L})?\p{Ll}*(?![\p{L}\d'’])){0,4}")
# a number closing a commune's name ("Hòa Tú 1"), not a figure ("xã X 1.200 hộ")
_NAME_NUMBER = regex.compile(r"[ ](\d{1,2})(?![\p{L}\d]|[.,]\d)")
_NUMBERED = regex.compile(r"(Quận|Phường)[ ](\d{1,2})(?![\p{L}\d])")
_LOWER_NUMBERED = regex.compile(r"(?<![\p{L}\d])(?:(quận|phường)[ ]|(Q|P)\.[ ]?)(\d{1,2})(?![\p{L}\d])")
# Abbreviated level words right before a name: "Q.Tân Bình", "H. Củ Chi", "TX.An Khê", "P.Bến Nghé".
ABBREVIATED_LEVEL = r"(Q|H|TX|P)\.[ ]?"
_ABBREVIATED = regex.compile(ABBREVIATED_LEVEL + r"(?=\p{Lu}|\d)")
_ABBREVIATED_KIND = {"Q": "quận", "H": "huyện", "TX": "thị xã", "P": "phường"}
# A line of initials alone is a byline ("P.V", "T.H.", "N.A.T"), not "phường V" (dev rule 10).
# So is one after a credit ("Tin, ảnh: P.V", "Bài và ảnh: P.V", "Nhóm P.V") or before a note or a second
# author ("P.V (tổng hợp)", "P.V - N.H", "P.V - TTXVN").
_INITIALS_LINE = regex.compile(r"[ \t]*\p{Lu}{1,2}(?:\.[ ]?\p{Lu}{1,2}){1,3}\.?"
                               r"(?:[ \t]*\((?:tổng hợp|TH|st)\)|[ \t]+[-–][ \t]*[\p{Lu}][\p{L}.]{0,14})?"
                               r"[ \t]*(?:\n|$)")
_BYLINE_PREFIX = regex.compile(r"[ \t]*(?:(?:(?:Tin|Bài|Ảnh|Video)(?:[ \t]*(?:,|và)[ \t]*(?:ảnh|bài|video))?"
                               r"[ \t]*:|Nhóm|Theo)[ \t]*)?")
# Between two names of a list after a plural level word ("các huyện Đồng Văn, Mèo Vạc và Yên Minh").
_LIST_NEXT = regex.compile(r"(?:,[ ]+(?:và[ ]+)?|[ ]+và[ ]+)(?=\p{Lu})")
_PLURAL_BEFORE = regex.compile(r"(?:các|những|\d{1,3})[ ]$")
# What kind of units a plural level word lists, before their names ("các xã biên giới A, B").
# (after a singular level word, only a kind that a unit's name never starts: "xã đảo Quan Lạn")
_SINGLE_KINDS = r"đảo|biên giới|vùng cao|miền núi|ven biển"
_QUALIFIER = regex.compile(
    r"(?:" + _SINGLE_KINDS + r"|giáp biên(?: giới)?|vùng sâu, vùng xa|vùng sâu|ven biên|"
    r"trọng điểm(?: về [\p{Ll} ]{2,30}?)?|đặc biệt khó khăn|khó khăn|nông thôn|ngoại thành|nội thành|"
    r"mới|còn lại|trên địa bàn|thuộc tỉnh|giáp ranh|điểm)[ ]+(?=\p{Lu})")
_SINGLE_QUALIFIER = regex.compile(r"(?:" + _SINGLE_KINDS + r")[ ]+(?=\p{Lu})")
_LISTED_KINDS = frozenset({"thành phố", "thị xã", "quận", "huyện", "phường", "xã", "thị trấn", "đặc khu"})
# A paragraph that opens with a place in capitals and a dash: "HÀ NỘI - ", "ĐÀ NẴNG – "
_CAPS_DATELINE = regex.compile(r"(?m)^[ \t]*(?P<place>\p{Lu}{1,12}(?:[ ]\p{Lu}{1,12}){1,3})[ \t]*[-–—][ \t]")
# Between a commune and the district named right after it ("phường 12, quận Tân Bình").
_TO_DISTRICT = regex.compile(r"[ ,(]*(?:(?:quận|huyện|thị xã|thành phố|TP|Q|H|TX)\.?[ ]*)?", regex.IGNORECASE)
# Level words, lower-cased, as searched for; "tp" must be followed by "." or a space.
_LEVEL_NEEDLES = ("thành phố", "thị xã", "thị trấn", "tỉnh", "quận", "huyện", "phường", "xã", "tp", "đặc khu")
_AFTER_LEVEL = regex.compile(r"(?:\.[ \t]*|[ \t]+\n?[ \t]*|\n[ \t]*)(?=\p{Lu}|\d)")
_LEVEL_KIND = {
    "đặc khu": "đặc khu",
    "thành phố": "thành phố", "tp": "thành phố", "thị xã": "thị xã", "thị trấn": "thị trấn",
    "tỉnh": "tỉnh", "quận": "quận", "huyện": "huyện", "phường": "phường", "xã": "xã",
}
_DISTRICT_KINDS = frozenset({"thành phố", "thị xã", "quận", "huyện"})
_COMMUNE_KINDS = frozenset({"phường", "xã", "thị trấn", "đặc khu"})
# A ward named since 2025 with a hyphen ("phường Xuân Hương - Đà Lạt").
_HYPHENATED = regex.compile(r"\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){0,3}[ ]?[-–][ ]?"
                            r"\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){0,3}(?![\p{L}\d])")
# Between a commune and the province of a two-level address ("phường Cửa Nam, thành phố Hà Nội").
_TO_PROVINCE = regex.compile(r"[ ,]*(?:(?:tỉnh|thành phố|TP)\.?[ ]*)?", regex.IGNORECASE)
# The reorganisation of communes took effect on this day.
_NEW_COMMUNES_FROM = "2025-07-01"
# What an undated report writes only after the reorganisation: the two-level local government, the
# communes with the special zones ("102 xã, phường, đặc khu").
_TWO_LEVEL = regex.compile(
    r"(?<![\p{L}])(?:chính quyền(?:[ ]địa phương)?|mô hình(?:[ ]chính quyền)?)[ ](?:hai|2)[ ]cấp(?![\p{L}])"
    r"|(?<![\p{L}])(?:xã|phường),[ ](?:(?:xã|phường),[ ])?(?:và[ ])?đặc[ ]khu(?![\p{L}])",
    regex.V1 | regex.IGNORECASE)
# … and what it may write before too, read as the reorganisation's only with a year from 2025: the units
# "after the merger / rearrangement", the commune-level police
_REORGANISED = regex.compile(
    r"(?<![\p{L}])(?:sau[ ](?:khi[ ])?(?:sáp[ ]nhập|sắp[ ]xếp)|công[ ]an[ ]cấp[ ]xã)(?![\p{L}])",
    regex.V1 | regex.IGNORECASE)
# an elected body's term from 2026 on ("HĐND tỉnh khóa XVI, nhiệm kỳ 2026 - 2031")
_TERM_FROM_2026 = regex.compile(r"(?<![\p{L}])nhiệm[ ]kỳ[ ](?P<year>20\d\d)[ ]?[-–][ ]?20\d\d(?!\d)",
                                regex.V1 | regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Place:
    """A place outside the administrative data: a region or a country."""

    name: str
    level: str


@cache
def _forms_by_first_word() -> dict[str, tuple[tuple[str, str, object], ...]]:
    """First word -> (form, "province" | "historical" | "place", code, former province or
    place), longest form first.

    Province forms are the data's names and abbreviations ("TP.HCM"); former provinces
    those of historical_provinces.tsv whose name alone is a place; places are the
    phrasings of regions.tsv and foreign_places.tsv.
    """
    entries: list[tuple[str, str, object]] = [
        (form, "province", code) for form, code in admin_index().province_forms.items()]
    entries += [(form, "historical", old) for old in historical_provinces() if old.bare for form in old.forms]
    for row in load_table("regions.tsv"):
        for form in row["phrasings"].split("|"):
            entries.append((form[0].upper() + form[1:], "place", _Place(row["name"], "region")))
    for row in load_table("foreign_places.tsv"):
        for form in row["phrasings"].split("|"):
            entries.append((form, "place", _Place(row["name"], row["level"])))
    grouped: dict[str, list[tuple[str, str, object]]] = {}
    for entry in sorted(entries, key=lambda e: len(e[0]), reverse=True):
        grouped.setdefault(_UPPER_WORD.match(entry[0]).group(), []).append(entry)
    return {prefix: tuple(found) for prefix, found in grouped.items()}


@cache
def _lowercase_places() -> tuple[tuple[str, str, _Place], ...]:
    """Region phrasings written with a lower-case first letter ("vùng kinh tế trọng điểm phía Bắc"),
    each with its all-lower-case form to search for."""
    return tuple((form, form.lower(), _Place(row["name"], "region")) for row in load_table("regions.tsv")
                 for form in row["phrasings"].split("|") if form[0].islower())


_WORD_BEFORE = regex.compile(r"(\p{L}+)[ ]$")
_WORD_AFTER = regex.compile(r"[ ](\p{L}+)")


def _previous_word(text: str, start: int) -> str:
    if not text.startswith(" ", start - 1) or start == 0:  # the pattern needs a space right before
        return ""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, end + 20)
    return m.group(1) if m else ""


def _part_of_a_name(text: str, start: int, end: int, form: str) -> bool:
    """Whether the place name at text[start:end] belongs to a person's or another name."""
    before = _previous_word(text, start)
    if before in _NAME_SYLLABLES or before in _NOT_BEFORE.get(form, ()) or before in _LAND_OF:
        return True
    return _next_word(text, end) in _NOT_AFTER.get(form, ())


@cache
def _historical_after_tinh() -> dict[str, tuple[tuple[str, HistoricalProvince], ...]]:
    """First word -> the written forms of former provinces, as they may follow "tỉnh",
    longest first."""
    found: dict[str, list[tuple[str, HistoricalProvince]]] = {}
    for old in historical_provinces():
        for form in sorted(old.forms, key=len, reverse=True):
            found.setdefault(form.split()[0], []).append((form, old))
    return {word: tuple(sorted(forms, key=lambda f: -len(f[0]))) for word, forms in found.items()}


def _pick(candidates: tuple[AdminUnit, ...], provinces: set[str],
          districts: set[str], strict: bool = False) -> AdminUnit | None:
    """The one candidate the document's other places point to; None when still ambiguous.
    A lone candidate is taken unless `strict` (it must lie in a place the report names)."""
    if len(candidates) == 1 and not strict:
        return candidates[0]
    in_district = [u for u in candidates if u.district_code in districts]
    if len(in_district) == 1:
        return in_district[0]
    in_province = [u for u in candidates if u.province_code in provinces]
    if len(in_province) == 1:
        return in_province[0]
    return None


def _beside_the_list_head(text: str, f: _Found, head: _Found,
                          head_unit: AdminUnit | None) -> AdminUnit | None:
    """A name listed right after another of its level ("huyện Xuyên Mộc, Châu Đức" in a report naming no
    province): the one unit of that name in the province of the name before it."""
    if head_unit is None or head.kind != f.kind:
        return None
    after = _LIST_NEXT.match(text, head.span[1])
    if after is None or after.end() != f.span[0]:
        return None
    same = [u for u in f.candidates if u.province_code == head_unit.province_code]
    return same[0] if len(same) == 1 else None


def _units_named(name: str, kind: str) -> tuple[AdminUnit, ...]:
    """Districts or communes called `name`, of the level word's kind if any is."""
    index = admin_index()
    level_kinds = _DISTRICT_KINDS if kind in _DISTRICT_KINDS else _COMMUNE_KINDS
    table = index.districts if kind in _DISTRICT_KINDS else index.communes
    found = table.get(name, ())
    if not found:
        # a former name the data keeps as an alias of the unit that absorbed it
        level = "district" if kind in _DISTRICT_KINDS else "commune"
        found = tuple(u for u in index.folded_aliases.get(alias_key(f"{kind} {name}"), ())
                      if u.level == level)
    same_kind = tuple(u for u in found if u.kind == kind)
    return same_kind or tuple(u for u in found if u.kind in level_kinds)


@dataclass(slots=True)
class _Found:
    """A place name found in the text, before disambiguation.

    `kind` is the level word's kind for a name after one, "province" for a
    province named bare, "place" for a region or country (`place` set),
    "historical" for a former province (`former` set). `strict`: the unit must be
    one the document's other places point to (a lower-case "phường 1"). A commune's
    `candidates` are the units before July 2025, `later` those since.
    """

    span: Span
    name: str
    kind: str
    candidates: tuple[AdminUnit, ...]
    place: _Place | None = None
    former: HistoricalProvince | None = None
    strict: bool = False
    later: tuple[AdminUnit, ...] = ()  # communes of that name since July 2025


def _level_positions(text: str, lowered: str) -> tuple[dict[int, str], set[int]]:
    """Where a name can start after a level word ("tỉnh Quảng Ninh", "TP.HCM", "Q.Tân Bình") ->
    the word's kind; and which of those follow a plural level word ("các huyện", "3 xã")."""
    found: dict[int, str] = {}
    plural: set[int] = set()
    for needle in _LEVEL_NEEDLES:
        start = lowered.find(needle)
        while start >= 0:
            end = start + len(needle)
            if (start == 0 or not text[start - 1].isalnum()) and (needle != "tp" or text[start] == "T"):
                gap = _AFTER_LEVEL.match(text, end)
                if gap and (needle == "tp" or "." not in gap.group()):
                    found.setdefault(gap.end(), _LEVEL_KIND[needle])
                    if _PLURAL_BEFORE.search(text, max(0, start - 5), start):
                        plural.add(gap.end())
                elif needle != "tp" and text.startswith(" ", end):
                    # "các huyện biên giới Sốp Cộp, Sông Mã", "xã đảo Quan Lạn": what kind of units, then
                    # their names (after a singular level word, only a kind that a unit's name never starts)
                    many = _PLURAL_BEFORE.search(text, max(0, start - 5), start) is not None
                    kind_of = (_QUALIFIER if many else _SINGLE_QUALIFIER).match(text, end + 1)
                    if kind_of is not None:
                        found.setdefault(kind_of.end(), _LEVEL_KIND[needle])
                        if many:
                            plural.add(kind_of.end())
            start = lowered.find(needle, end)
    for abbreviation, kind in _ABBREVIATED_KIND.items():
        start = text.find(abbreviation + ".")
        while start >= 0:
            m = _ABBREVIATED.match(text, start)
            if m is not None and (start == 0 or not text[start - 1].isalnum()):
                line_start = text.rfind("\n", 0, start) + 1
                byline = _BYLINE_PREFIX.fullmatch(text, line_start, start) \
                    and _INITIALS_LINE.match(text, start)
                if not byline:
                    found.setdefault(m.end(), kind)
            start = text.find(abbreviation + ".", start + 1)
    return found, plural


def _after_level_word(text: str, pos: int, kind: str) -> _Found | None:
    """The longest name at `pos` the data knows for a unit of the level word's kind."""
    index = admin_index()
    m = _NAME_RUN.match(text, pos)
    if m is None:
        return None
    if kind == "tỉnh":
        for form, old in _historical_after_tinh().get(m.group().split(" ", 1)[0], ()):
            end = pos + len(form)
            if text.startswith(form, pos) and not (end < len(text) and text[end].isalnum()):
                return _Found((pos, end), old.name, "historical", (), former=old)
    if kind in _COMMUNE_KINDS or kind in _DISTRICT_KINDS:
        hyphenated = _HYPHENATED.match(text, pos)
        name = regex.sub(r"[ ]?[-–][ ]?", " - ", hyphenated.group()) if hyphenated else ""
        if kind in _COMMUNE_KINDS and name in index.new_communes:
            return _Found(hyphenated.span(), name, kind, (), later=_new_units_named(name, kind))  # type: ignore[union-attr]
        if kind in _DISTRICT_KINDS and name in index.districts:
            # a former city whose name holds a dash ("thành phố Phan Rang - Tháp Chàm", "Phan Rang-Tháp Chàm")
            return _Found(hyphenated.span(), name, kind, _units_named(name, kind))  # type: ignore[union-attr]
    numbered = _NAME_NUMBER.match(text, m.end()) if kind in _COMMUNE_KINDS else None
    if numbered is not None:  # a commune whose name ends in a number ("xã Hòa Tú 1", "xã Gia Hòa 2")
        name = m.group() + " " + numbered.group(1)
        units = _units_named(name, kind)
        later = _new_units_named(name, kind)
        if units or later:  # a commune of 2025 too ("xã Vị Thanh 1", "phường Hà Giang 1")
            return _Found((pos, numbered.end()), name, kind, units, later=later)
    words = m.group().split(" ")
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        if size < len(words) and words[size] in _MIDDLE_NAMES and is_surname(words[0]):
            # a person's name after a body's level word: "Chủ tịch UBND phường Đỗ Thị Minh Phương" (no "phường
            # Đỗ"), a family name with a middle name after it
            continue
        span = (pos, pos + len(name))
        code = index.province_forms.get(name)
        province = index.provinces[code] if code else None
        if province and (kind == "tỉnh" or (kind == "thành phố" and province.kind == "thành phố")):
            return _Found(span, name, "tỉnh", (province,))
        if kind == "tỉnh":
            continue
        units = _units_named(name, kind)
        later = _new_units_named(name, kind) if kind in _COMMUNE_KINDS else ()
        if units or later:
            return _Found(span, name, kind, units, later=later)
        spelled = _spelled(name, kind)
        if spelled is not None:
            units = _units_named(spelled, kind)
            later = _new_units_named(spelled, kind) if kind in _COMMUNE_KINDS else ()
            if units or later:
                return _Found(span, spelled, kind, units, later=later)
        if size == 1 and kind in _DISTRICT_KINDS:
            # a name of two syllables written as one, as some outlets write it ("Đakrông" for the
            # data's "Đa Krông"): the unit of that name, spaces and case aside
            joined = _joined_district_names().get(name.lower())
            units = _units_named(joined, kind) if joined else ()
            if units:
                return _Found(span, joined, kind, units)  # type: ignore[arg-type]
    return None


def _spelled(name: str, kind: str) -> str | None:
    """The data's spelling of a district's or commune's name written another way ("Đắk Hà" for the
    data's "Đăk Hà", "Krong" for "Krông", "Ya" for "Ia", "Qui" for "Quy"): the one name of that level,
    before or since July 2025, under the same spelling key; None when none or several are."""
    key = spelling_key(name)
    tables = ("districts",) if kind in _DISTRICT_KINDS else ("communes", "new_communes")
    names = {spelled for table in tables for spelled in spelled_names(table).get(key, ())}
    return names.pop() if len(names) == 1 and name not in names else None


@cache
def _joined_district_names() -> dict[str, str]:
    """District names of several syllables by their letters run together in lower case ("đakrông")."""
    return {name.replace(" ", "").lower(): name for name in admin_index().districts if " " in name}


def _new_units_named(name: str, kind: str) -> tuple[AdminUnit, ...]:
    """Communes called `name` since July 2025, of the level word's kind if any is."""
    found = admin_index().new_communes.get(name, ())
    return tuple(u for u in found if u.kind == kind) or found


# a country's bare name that is also a given name ("Nga", "Mỹ", "Úc"): a country only after "khách",
# "người", "nước", "phía", "thị trường", "sang", "tại", "từ", or in a list after another country ("khách Hàn
# Quốc, Nga và Trung Quốc", "thị trường Mỹ và Úc") or before one written in full ("sang Mỹ, Úc, Nhật
# Bản"); never
# before another capitalised word (a place's or a person's name: "Mỹ Tho", "Nga Sơn", "Mỹ Linh")
_GIVEN_NAME_COUNTRIES = frozenset({"Nga", "Mỹ", "Úc"})
_COUNTRY_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:khách|người|nước|phía|công dân|du khách|thị trường|sang|tại|từ)[ ]$")
_LIST_JOIN_BEFORE = regex.compile(r"(?:,[ ]+(?:và[ ]+)?|[ ]+(?:và|hoặc)[ ]+)$")
_LIST_JOIN_AFTER = regex.compile(r"(?:,[ ]+(?:và[ ]+)?|[ ]+(?:và|hoặc)[ ]+)")
_CAPITALISED_NEXT = regex.compile(r"[ ]\p{Lu}")


@cache
def _country_names() -> frozenset[str]:
    return frozenset(form for row in load_table("foreign_places.tsv") if row["level"] == "country"
                     for form in row["phrasings"].split("|") if form not in _GIVEN_NAME_COUNTRIES)


def _country_context(text: str, start: int, end: int, look_after: bool = True) -> bool:
    """Whether a bare country name that is also a given name stands where a country does."""
    if _CAPITALISED_NEXT.match(text, end):
        return False
    if _COUNTRY_WORD_BEFORE.search(text, max(0, start - 12), start):
        return True
    before = _LIST_JOIN_BEFORE.search(text, max(0, start - 8), start)
    if before is not None:
        if any(text.endswith(c, 0, before.start()) for c in _country_names()):
            return True
        for c in _GIVEN_NAME_COUNTRIES:  # a list's earlier name that stands as a country itself
            if text.endswith(c, 0, before.start()) and _country_context(
                    text, before.start() - len(c), before.start(), look_after=False):
                return True
    if not look_after:
        return False
    after = _LIST_JOIN_AFTER.match(text, end)
    return after is not None and any(text.startswith(c, after.end()) for c in _country_names())


def _bare_form(text: str, pos: int, entries: tuple[tuple[str, str, object], ...]) -> _Found | None:
    """A province, region or country name starting at `pos`, not inside a person's name."""
    for form, what, value in entries:
        end = pos + len(form)
        if not text.startswith(form, pos) or (end < len(text) and (text[end].isalnum())):
            continue
        if form in _GIVEN_NAME_COUNTRIES and not _country_context(text, pos, end):
            continue  # "chị Nga", "Hằng Nga": a given name
        if (what == "province" and form in _NOT_BARE) or _part_of_a_name(text, pos, end, form):
            # not a place, and no shorter place inside it ("Bình Dương" in "Thái Bình Dương")
            return _Found((pos, end), form, "rejected", ())
        if what == "province":
            unit = admin_index().provinces[value]  # type: ignore[index]
            return _Found((pos, end), form, "province", (unit,))
        if what == "historical":
            return _Found((pos, end), value.name, "historical", (), former=value)  # type: ignore[union-attr]
        place: _Place = value  # type: ignore[assignment]
        return _Found((pos, end), place.name, "place", (), place)
    return None


# a border post's name, which is the district's or commune's it guards when the report names the province or
# district that unit lies in ("Đồn Biên phòng Chung Chải"); else no unit ("Đồn Biên phòng Bu Prăng", a gate)
_BORDER_POST = regex.compile(r"(?<![\p{L}])Đồn (?:Biên phòng|BP)[ ](?=\p{Lu})")


def _scan(text: str, skip: SpanIndex, new_units: bool = False) -> list[_Found]:
    """Every place name in the text, in order: after a level word, bare, or a region.

    Driven by the capitalized words (a few hundred in a report) and by the places
    where level words end, each tested with slices and dict lookups: scanning the
    whole text with one big alternation pattern costs several times more.
    """
    by_first_word = _forms_by_first_word()
    lowered = lower_text(text)
    levels, plural = _level_positions(text, lowered)
    posts = {m.end() for m in _BORDER_POST.finditer(text)}
    listed: set[int] = set()  # where the next name of a list after a plural level word starts
    found: list[_Found] = []
    consumed = 0
    # the capitalized words the people step scanned: every place where `\p{Lu}\p{L}*` starts
    # after a non-alphanumeric character
    for pos, word in capitalized_words(text):
        if pos < consumed or (pos and text[pos - 1].isalnum()):
            continue
        hit: _Found | None = None
        if pos in levels:
            hit = _after_level_word(text, pos, levels[pos])
            if hit is not None and pos in listed:
                if hit.name in admin_index().province_forms \
                        and not _ward_named_as_former_province(hit, new_units):
                    hit = None  # "các huyện A, B, Quảng Ninh": a province ends the list
                else:
                    hit.strict = True
            # a list after a level word: "các huyện A, B và C", and after a singular one too
            # ("huyện Kỳ Sơn, Tương Dương", "xã Quan Lạn và Bản Sen"), each name a unit of that level
            if hit is not None and hit.kind in _LISTED_KINDS:
                after = _LIST_NEXT.match(text, hit.span[1])
                if after is not None:
                    levels.setdefault(after.end(), levels[pos])
                    listed.add(after.end())
        if hit is None and pos in posts:  # "Đồn Biên phòng A Nông": a border post named after its unit
            # (in a report from July 2025, a special zone's first: "Đồn Biên phòng Phú Quý" guards đặc khu
            # Phú Quý, no longer the district of the old province)
            zone = _after_level_word(text, pos, "đặc khu") if new_units else None
            if zone is not None and any(u.kind == "đặc khu" for u in zone.later):
                hit = zone
            elif new_units:  # (no districts since: only a commune since July 2025 of the post's name)
                hit = _after_level_word(text, pos, "xã")
                if hit is not None and not hit.later:
                    hit = None  # "Đồn Biên phòng Leng Su Sìn": a commune merged away is only the post's name
            else:
                hit = _after_level_word(text, pos, "huyện") or _after_level_word(text, pos, "xã")
            if hit is not None:
                hit.strict = True
        if hit is None and word in ("Quận", "Phường"):
            hit = _numbered(text, pos)
        if hit is None and word in by_first_word:
            hit = _bare_form(text, pos, by_first_word[word])
        if hit is not None:
            consumed = hit.span[1]
            if hit.kind != "rejected" and not skip.overlaps(*hit.span):
                found.append(hit)
    for pos, kind in levels.items():  # "phường 1", "quận 2", "Q.1", "P. 12"
        if kind in ("quận", "phường") and text[pos].isdigit():
            m = _LOWER_NUMBERED.search(text, max(0, pos - 8), pos + 3)
            if m is not None and m.start(3) == pos and not skip.overlaps(*m.span()):
                name = f"{kind.capitalize()} {m.group(3)}"
                units = _units_named(name, kind)
                if units:
                    found.append(_Found(m.span(), name, kind, units, strict=True))
    for form, lower_form, place in _lowercase_places():
        start = lowered.find(lower_form)
        while start >= 0:
            end = start + len(form)
            if text.startswith(form, start) and not skip.overlaps(start, end) \
                    and not any(f.span[0] < end and start < f.span[1] for f in found):
                found.append(_Found((start, end), place.name, "place", (), place))
            start = lowered.find(lower_form, end)
    for m in _CAPS_DATELINE.finditer(text):  # "HÀ NỘI - Đại học …": the place a dateline names, in capitals
        code = admin_index().province_forms.get(m.group("place").title())
        if code is not None and not skip.overlaps(*m.span("place")):
            found.append(_Found(m.span("place"), m.group("place").title(), "province",
                                (admin_index().provinces[code],)))
    return sorted(found, key=lambda f: f.span)


def _ward_named_as_former_province(hit: _Found, new_units: bool) -> bool:
    """In a report from July 2025, a name in a list of communes that is a province's only before then and a
    commune of the list's kind since ("các phường Quy Nhơn Bắc, Bình Định, Hoài Nhơn" in Gia Lai, 2026): the
    ward, and the list goes on (no province of that name is left to end it)."""
    if not new_units or hit.kind not in _COMMUNE_KINDS or not any(u.kind == hit.kind for u in hit.later):
        return False
    return hit.name not in {name for name, _code in admin_index().current_provinces.values()}


def _numbered(text: str, pos: int) -> _Found | None:
    """A numbered district or ward: "Quận 1", "Phường 5"."""
    m = _NUMBERED.match(text, pos)
    if m is None:
        return None
    units = _units_named(m.group(), m.group(1).lower())
    return _Found(m.span(), m.group(), m.group(1).lower(), units) if units else None


# a caption after "Ảnh:", a sentence of its own ("Ảnh: Quang cảnh hội nghị tại điểm cầu phường Ninh Kiều."),
# not a photo credit ("Ảnh: Xuân Khu - TTXVN", "ẢNH: NGỌC THẮNG")
_CAPTION_AFTER_CUE = regex.compile(r"[ \t]*\p{Lu}\p{Ll}*(?:[ \t]+[^ \t\n]+){4,}[.!][ \t]*$")
# the report's last line, a name alone: the author's byline ("Hải Dương", "Thanh Hà"), no place; so is a
# given name after an initial ("P.Thanh", "N. Hương"), no "phường Thanh"
_LAST_LINE_NAME = regex.compile(r"\n[ \t]*(\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,3}"
                                r"|\p{Lu}\.[ ]?\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,2})[ \t]*\s*$")


# a road or railway named after the places it joins ("cao tốc Nội Bài - Lào Cai", "quốc lộ Quản Lộ - Phụng
# Hiệp", "tuyến Hà Nội - Hải Phòng"): a structure's name, as a border gate's, names no place
_ROUTE_PLACE = r"\p{Lu}[\p{Ll}.]*(?:[ ]\p{Lu}[\p{Ll}.]*){0,3}"
_ROUTE_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?i:cao tốc|quốc lộ|tỉnh lộ|đường sắt|tuyến(?:[ ]đường)?)[ ]"
    rf"(?P<name>{_ROUTE_PLACE}(?:[ ]?[-–][ ]?{_ROUTE_PLACE})+)(?![\p{{L}}\d])", regex.V1)


def _skip_spans(text: str, context: Context) -> list[Span]:
    """Furniture and dateline blocks, photo credits ("Ảnh: Xuân Khu - TTXVN") to the line's end (not a
    caption written after "Ảnh:"), the report's last line when it is a name alone (a byline) and the
    names of roads joining two places (`_ROUTE_NAME`)."""
    spans = [(b.start, b.end) for b in context.blocks if b.kind in ("furniture", "dateline")]
    spans += [m.span("name") for m in _ROUTE_NAME.finditer(text)]
    for cue in ("Ảnh:", "Ảnh :", "Nguồn ảnh:"):
        start = text.find(cue)
        while start >= 0:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if _CAPTION_AFTER_CUE.fullmatch(text, start + len(cue), end) is None:
                spans.append((start, end))
            start = text.find(cue, start + 1)
    byline = _LAST_LINE_NAME.search(text, max(0, len(text) - 60))
    if byline is not None:
        spans.append(byline.span(1))
    return spans


def _era(document: Document, context: Context) -> str | None:
    """The day a report's places are read at: its date; in an undated report, the reorganisation's day
    when its text tells it is written since (`_TWO_LEVEL`; the year it is written in, `report_year`, from
    2026; or "sau sáp nhập"/"Công an cấp xã" with that year 2025 or an elected term from 2026); else None."""
    if document.date is not None:
        return document.date
    text = document.text
    if _TWO_LEVEL.search(text):
        return _NEW_COMMUNES_FROM
    year = context.report_year()
    if year is not None and year >= "2026":
        return _NEW_COMMUNES_FROM
    terms = [m.group("year") >= "2026" for m in _TERM_FROM_2026.finditer(text)]
    if (year == "2025" or any(terms)) and _REORGANISED.search(text):
        return _NEW_COMMUNES_FROM
    return None


def extract_localities(document: Document, context: Context) -> list[Locality]:
    """Every administrative unit, region and country the report names, with its mentions."""
    text = document.text
    date = _era(document, context)
    found = _scan(text, SpanIndex(_skip_spans(text, context)),
                  date is not None and date >= _NEW_COMMUNES_FROM)
    province_at = {f.span[0]: f.candidates[0] for f in found if f.kind in ("province", "tỉnh")}
    provinces = {unit.code for unit in province_at.values()}
    # districts first: a commune is settled by the district the report names
    districts: set[str] = set()
    district_at: dict[int, str] = {}  # where a resolved district is named -> its code
    resolved: list[tuple[_Found, AdminUnit | None]] = []
    named_new = _new_communes_named(found, date, province_at)
    if date is not None and date < _NEW_COMMUNES_FROM:
        found = [_districts_of_listed_communes(text, f, provinces) for f in found]
    for f in sorted(found, key=lambda f: f.kind in _COMMUNE_KINDS):
        if f.kind in ("province", "tỉnh"):
            unit: AdminUnit | None = f.candidates[0]
        elif f.place is not None or f.former is not None:
            unit = None
        elif (merged := _merged_into(f, named_new)) is not None:
            unit = merged
        elif f.later and _after_reorganisation(f, text, date, bool(districts), province_at):
            now = {u.current_code for u in province_at.values()}
            unit = _pick(f.later, now, set(), f.strict)  # type: ignore[arg-type]
            if unit is None and f.strict:
                continue
        elif not f.candidates:  # a name only the communes since 2025 have, in an earlier report
            continue
        else:
            near = None
            if f.kind in _COMMUNE_KINDS:
                near = district_at.get(_TO_DISTRICT.match(text, f.span[1]).end())
            in_near = [u for u in f.candidates if u.district_code == near] if near else []
            if near and not in_near and f.kind in _COMMUNE_KINDS:
                # the district written beside it holds one of that name of another kind: a commune whose kind
                # changed since ("xã Tiến Thành (thị xã Đồng Xoài)", a ward of the city the town became)
                in_near = [u for u in admin_index().communes.get(f.name, ()) if u.district_code == near]
            if not in_near and f.kind in _DISTRICT_KINDS and provinces \
                    and not any(u.province_code in provinces for u in f.candidates):
                # the report's province holds a district of that name of another kind since: "huyện Phong
                # Điền" in a 2020 report on Thừa Thiên Huế, a town the data keeps (not Cần Thơ's huyện)
                in_near = [u for u in admin_index().districts.get(f.name, ()) if u.province_code in provinces]
            unit = in_near[0] if len(in_near) == 1 else _pick(f.candidates, provinces, districts, f.strict)
            if unit is None and f.strict and resolved:
                unit = _beside_the_list_head(text, f, *resolved[-1])
            if unit is None and f.strict:
                continue
            if unit is not None and unit.level == "district":
                districts.add(unit.code)
                district_at[f.span[0]] = unit.code
        resolved.append((f, unit))

    examples = _listed_as_examples(text, SpanIndex([f.span for f in found]), date, provinces,
                                   {u.current_code for u in province_at.values()})
    resolved += examples
    if date is None or date < _NEW_COMMUNES_FROM:
        taken = SpanIndex([f.span for f in found] + [f.span for f, _u in examples])
        resolved += _bare_list(text, taken, provinces, districts)
        resolved += _bare_after_tai(text, taken, provinces)
        resolved += _dateline_town(text, taken, provinces)
        resolved += _district_again(text, resolved, SpanIndex([f.span for f, _u in resolved]),
                                    SpanIndex(_skip_spans(text, context)))

    # an undated report that names communes as they are since July 2025 names its provinces as they are since
    # then too ("Công an tỉnh Gia Lai" beside "phường Quy Nhơn": the merged Gia Lai, code 52)
    era = date
    if era is None and any(u is not None and u.level == "commune" and u.district_code is None
                           for _f, u in resolved):
        era = _NEW_COMMUNES_FROM
    groups: dict[tuple[str, str], tuple[Locality, list[_Found]]] = {}
    for f, unit in sorted(resolved, key=lambda r: r[0].span):
        if unit is not None:
            # a commune since 2025 has no district; its code may repeat an older one's
            new = unit.level == "commune" and unit.district_code is None
            key = (unit.level, f"2025 {unit.code}" if new else unit.code)
            make = _locality(unit, era, f.name)
        elif f.place is not None:
            key = (f.place.level, f.place.name)
            make = Locality(f.place.name, f.place.level, None, None, None, ())  # type: ignore[arg-type]
        elif f.former is not None:
            key = ("province", f.former.name)
            make = Locality(f.former.name, "province", None, f.former.current_name, f.former.current_code, ())
        else:
            level = "district" if f.kind in _DISTRICT_KINDS else "commune"
            key = (level, f.name)
            make = Locality(f.name, level, None, None, None, ())  # type: ignore[arg-type]
        groups.setdefault(key, (make, []))[1].append(f)
    out = [_with_mentions(loc, [f.span for f in spans]) for loc, spans in groups.values()]
    return sorted(out, key=lambda loc: loc.mentions[0])


# a list of names without a level word: "giáp biên Trùng Khánh, Hạ Lang, Thạch An", "cho Đình Dù, Tân Quang"
_BARE_NAME = r"\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,3}"
# communes of a kind listed by the districts they lie in: "tại các xã vùng cao Mường Lát, Quan Sơn"
_KINDS_OF_UNITS = _QUALIFIER.pattern.removesuffix(r"(?=\p{Lu})")
_COMMUNES_OF_LISTED = regex.compile(
    rf"(?<![\p{{L}}])(?:các|những)[ ](?:xã|phường|thị trấn)[ ](?:{_KINDS_OF_UNITS})"
    rf"(?:{_BARE_NAME}(?:,[ ]+(?:và[ ]+)?|[ ]+và[ ]+))*$", regex.V1)


def _districts_of_listed_communes(text: str, f: _Found, provinces: set[str]) -> _Found:
    """In a report dated before July 2025, a name listed after "các xã <kind of units>" that is no
    commune of that kind in the report's provinces but the one district of that name there: that
    district (the communes meant are the district's: "các xã vùng cao Mường Lát, Quan Sơn" in a 2023
    report on Thanh Hóa, where Mường Lát was a township and no Quan Sơn a commune, and neither name's
    commune since July 2025 is meant). Any other name as found."""
    if f.kind not in _COMMUNE_KINDS or not provinces or f.place is not None or f.former is not None:
        return f
    if any(u.kind == f.kind and u.province_code in provinces for u in f.candidates):
        return f
    here = [u for u in admin_index().districts.get(f.name, ()) if u.province_code in provinces]
    if len(here) != 1 or not _COMMUNES_OF_LISTED.search(text, max(0, f.span[0] - 200), f.span[0]):
        return f
    return _Found(f.span, f.name, "huyện", (here[0],))


# (each name may carry its count in brackets: "Hoàng Mai (142 ca), Đống Đa (118 ca), Thanh Trì (97 ca)")
_COUNT_AFTER = r"(?:[ ]\(\d[^()\n]{0,20}\))?"
_BARE_LIST = regex.compile(
    rf"(?<![\p{{L}}\d]){_BARE_NAME}(?:{_COUNT_AFTER}(?:,[ ]+(?:và[ ]+)?|[ ]+và[ ]+){_BARE_NAME})+"
    rf"(?![\p{{L}}\d])", regex.V1)
_BARE_SEPARATOR = regex.compile(_COUNT_AFTER + r"(?:,[ ]+(?:và[ ]+)?|[ ]+và[ ]+)", regex.V1)


def _bare_list(text: str, taken: SpanIndex, provinces: set[str],
               districts: set[str]) -> list[tuple[_Found, AdminUnit | None]]:
    """The units of a list of two or more names written without a level word (each with its count in
    brackets or not), when every name is
    the one district of a province the report names, or every name the one commune of a district it
    names ("các giải Ba thuộc về Đình Dù, Tân Quang" in a report on huyện Văn Lâm); else none of
    them (a list of people or bodies is no list of places)."""
    index = admin_index()
    out: list[tuple[_Found, AdminUnit | None]] = []
    for m in _BARE_LIST.finditer(text):
        names, pos = [], m.start()
        for sep in [*_BARE_SEPARATOR.finditer(text, m.start(), m.end()), None]:
            stop = sep.start() if sep is not None else m.end()
            names.append(((pos, stop), text[pos:stop]))
            pos = sep.end() if sep is not None else pos
        units, levels = [], set()
        for span, name in names:
            in_district = [u for u in index.communes.get(name, ()) if u.district_code in districts]
            in_province = [u for u in index.districts.get(name, ()) if u.province_code in provinces]
            if len(in_district) + len(in_province) != 1:
                break
            unit = (in_district or in_province)[0]
            levels.add(unit.level)
            units.append((span, name, unit))
        if len(units) < 2 or len(units) != len(names) or len(levels) != 1:
            continue
        for span, name, unit in units:
            if not taken.overlaps(*span):
                kind = "huyện" if unit.level == "district" else "xã"
                out.append((_Found(span, name, kind, (unit,)), unit))
    return out


# a place named bare after "tại" ("Sáng 6-8, tại Phú Quốc, …"): the whole run of capitalized words; or the
# stretch of a border or sea it holds ("trên tuyến biên giới Hà Tiên - Giang Thành", "vùng biển Phú Quốc"), a
# border's stretch written as the pair of districts it runs between
_AFTER_TAI = regex.compile(
    rf"(?<![\p{{L}}])(?:tại|(?:tuyến[ ])?biên giới|vùng biển(?:,[ ]đảo)?)[ ]"
    rf"(?P<name>{_BARE_NAME})(?:[ ]?[-–][ ]?(?P<second>{_BARE_NAME}))?(?![\p{{L}}\d]|[ ]\p{{Lu}})",
    regex.V1)


def _bare_after_tai(text: str, taken: SpanIndex,
                    provinces: set[str]) -> list[tuple[_Found, AdminUnit | None]]:
    """A name of two words or more written bare after "tại", "(tuyến) biên giới" or "vùng biển" that is the
    one district of that name in the provinces the report names ("tại Phú Quốc" in a report on Kiên Giang):
    that district (an event's or a figure's place); a name no such district has, or one of several, is none
    (a building, a body). A border's stretch written as a pair ("tuyến biên giới Hà Tiên - Giang Thành")
    names both when both are such districts, else neither ("biên giới Việt Nam - Lào" names countries)."""
    index = admin_index()
    out: list[tuple[_Found, AdminUnit | None]] = []
    for m in _AFTER_TAI.finditer(text):
        after_tai = m.group().startswith("tại")
        if not after_tai and m.group("second") is None \
                and regex.match(r"[ ]?[-–]", text[m.end():m.end() + 2]):
            continue  # "biên giới Việt Nam - Lào": a pair not both named in full
        if _CREDIT_LINE.search(text, max(0, m.start() - 200), m.start()):
            continue
        # after "tại", the first name alone, as before pairs were read ("tại Phan Rang - Tháp Chàm")
        names = ["name"] if after_tai else [g for g in ("name", "second") if m.group(g) is not None]
        units = []
        for group in names:
            here = [u for u in index.districts.get(m.group(group), ()) if u.province_code in provinces]
            border = m.group().startswith(("biên giới", "tuyến biên giới"))
            if not here and border and m.group("second") is None:
                # a border's stretch named after the one commune of that name there ("tuyến biên giới Lao
                # Bảo", the township on the border in a report on Quảng Trị)
                here = [u for u in index.communes.get(m.group(group), ()) if u.province_code in provinces]
            if len(here) != 1:
                break
            units.append((m.span(group), m.group(group), here[0]))
        if len(units) != len(names):
            continue  # both of a pair are districts there, or neither is read
        for span, name, unit in units:
            if not taken.overlaps(*span):
                out.append((_Found(span, name, "huyện", (unit,)), unit))
    return out


# a date line opening a paragraph with a town's name: "Đông Hà, ngày 27/12/2012 - …", "ĐÔNG HÀ - …"
_DATELINE_TOWN = regex.compile(
    r"(?:^|(?<=\n))[ \t]*(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,3}|\p{Lu}+(?:[ ]\p{Lu}+){1,3})"
    r"(?:,[ ]ngày[ ]\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?)?[ ]?[-–][ ]", regex.V1)


def dateline_place_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the places that open a paragraph as its date line ("Đông Hà, ngày 27/12/2012 - …",
    "ĐÔNG HÀ - …"): where the report is written from, no event's place."""
    return [m.span("name") for m in _DATELINE_TOWN.finditer(text)]


def _dateline_town(text: str, taken: SpanIndex, provinces: set[str]) -> list[tuple[_Found, AdminUnit | None]]:
    """The town a paragraph's date line names, when it is the one district of that name in the provinces
    the report names ("Đông Hà, ngày 27/12/2012 -" in a report on Quảng Trị; as a province's date line is
    read)."""
    out: list[tuple[_Found, AdminUnit | None]] = []
    for m in _DATELINE_TOWN.finditer(text):
        name = " ".join(w.capitalize() for w in m.group("name").split())
        here = [u for u in admin_index().districts.get(name, ()) if u.province_code in provinces]
        if len(here) == 1 and not taken.overlaps(*m.span("name")):
            out.append((_Found(m.span("name"), name, "huyện", (here[0],)), here[0]))
    return out


# names given as examples of a level written before them: "tại các xã ven biển như Hải Hậu, Giao Thủy", "các
# huyện biên giới như Mường Tè, Sìn Hồ và Phong Thổ"
_AS_EXAMPLES = regex.compile(
    rf"(?<![\p{{L}}])các[ ](?P<level>xã|phường|thị trấn|huyện|quận|thị xã)(?:[ ]\p{{Ll}}+){{0,4}}?[ ]như[ ]"
    rf"(?P<names>{_BARE_NAME}(?:(?:,[ ]+(?:và[ ]+)?|[ ]+và[ ]+){_BARE_NAME})*)(?![\p{{L}}\d])", regex.V1)


def _listed_as_examples(text: str, taken: SpanIndex, date: str | None, provinces: set[str],
                        current: set[str]) -> list[tuple[_Found, AdminUnit | None]]:
    """The names listed after "các <level> … như" without a level word of their own: units of that level
    in the report's province, each the one of its name there (the communes since July 2025 in a report
    dated from then, the districts and communes before it in an earlier one); none of them when one name
    is no such unit (a list of people or bodies is no list of places)."""
    index = admin_index()
    out: list[tuple[_Found, AdminUnit | None]] = []
    for m in _AS_EXAMPLES.finditer(text):
        kind = m.group("level")
        new = kind in _COMMUNE_KINDS and date is not None and date >= _NEW_COMMUNES_FROM
        if kind in _COMMUNE_KINDS:
            table, within = (index.new_communes, current) if new else (index.communes, provinces)
        elif date is not None and date >= _NEW_COMMUNES_FROM:
            continue  # no districts since July 2025
        else:
            table, within = index.districts, provinces
        units, pos = [], m.start("names")
        for sep in [*_BARE_SEPARATOR.finditer(text, m.start("names"), m.end("names")), None]:
            stop = sep.start() if sep is not None else m.end("names")
            name = text[pos:stop]
            here = [u for u in table.get(name, ()) if u.province_code in within]
            if len(here) != 1:
                break
            units.append(((pos, stop), name, here[0]))
            pos = sep.end() if sep is not None else pos
        else:
            for span, name, unit in units:
                if not taken.overlaps(*span):
                    later = (unit,) if new else ()
                    out.append((_Found(span, name, kind, () if new else (unit,), later=later), unit))
    return out


_CAPITALIZED = regex.compile(r"\p{Lu}", regex.V1)
# a feature named after the district ("sông Lục Nam", "cửa Trần Đề", "bán đảo Sơn Trà"), not the district; a
# market is where it is named after ("chợ Tam Kỳ" in the city of Tam Kỳ), as a resort named after its district
_FEATURE_BEFORE = regex.compile(
    r"(?<!\w)(?:sông|biển|cửa|bán đảo|vịnh|hồ|núi|đèo|cảng|cầu|bến|đầm|suối|phà|đường|phố|bãi)[ ]$",
    regex.V1)
# a port, airport or station named after the district, its head's lower-case words between ("Cảng hàng
# không quốc tế Cam Ranh", "sân bay quốc tế Phú Quốc", "bến xe khách trung tâm Đà Lạt"): the facility, not
# the district (a preposition ends them: "cảng cá tại Cam Ranh" names it; an industrial park's name is a
# mention, as 422's "Khu công nghiệp Bình Xuyên")
# (not a fishing port, named by the district or commune it serves: "tại cảng cá Lý Sơn" names Lý Sơn, as the
# gold of 530 and 540 has it; an airport's place is no mention, 224, 490)
_FACILITY_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:[Cc]ảng(?![ ]cá(?![\p{L}]))|[Ss]ân[ ]bay|[Bb]ến[ ]xe|[Nn]hà[ ]ga)"
    r"(?:[ ](?!(?:tại|ở|của|thuộc|trên|và|với|cho|từ|đến|qua)(?![\p{L}]))\p{Ll}+){0,4}[ ]$", regex.V1)
# a border gate named after its commune or district ("cửa khẩu quốc tế Lao Bảo" in thị trấn Lao Bảo)
_GATE_BEFORE = regex.compile(r"(?<!\w)cửa khẩu(?:[ ](?:quốc tế|chính|phụ))?[ ]$", regex.V1)
# a byline or a photo credit's line: "Tin, ảnh: Minh Đức (Mèo Vạc)"
_CREDIT_LINE = regex.compile(r"(?:^|\n)[^\n]*(?:[Ảả]nh\s*:|(?:^|\n)\s*(?:Tin|Bài)\s*:)[^\n]*$", regex.V1)


def _district_again(text: str, resolved: list[tuple[_Found, AdminUnit | None]], taken: SpanIndex,
                    skip: SpanIndex) -> list[tuple[_Found, AdminUnit | None]]:
    """A district the report names with its level word ("huyện Lương Tài") written again bare: in a
    title ("Lương Tài tổng kết …", "… ở Tứ Kỳ") or inside a body ("Huyện ủy Lương Tài"). Only a name
    of two words or more that no other unit the report names shares, standing alone (no capitalized
    word right before or after it: not part of a person's or a longer name). A commune so written again
    counts only as a border gate's name ("thị trấn Lao Bảo" … "cửa khẩu quốc tế Lao Bảo")."""
    written: dict[str, tuple[str, AdminUnit]] = {}
    names: dict[str, set[str]] = {}
    for f, unit in resolved:
        if unit is None:
            continue
        names.setdefault(f.name, set()).add(unit.code)
        # a provincial city too ("TP Uông Bí" … "Bí thư Thành ủy Uông Bí")
        if unit.level == "district" and f.kind in ("huyện", "quận", "thị xã", "thành phố") and " " in f.name:
            written[f.name] = (f.kind, unit)
        elif unit.level == "commune" and " " in f.name:  # only as a border gate's name (`_GATE_BEFORE`)
            written.setdefault(f.name, (f.kind, unit))
    out: list[tuple[_Found, AdminUnit | None]] = []
    for name, (kind, unit) in written.items():
        if len(names[name]) != 1:
            continue
        for m in regex.finditer(r"(?<![\p{L}\d])" + regex.escape(name) + r"(?![\p{L}\d])", text):
            span = (m.start(), m.end())
            if taken.overlaps(*span) or skip.overlaps(*span):
                continue
            if unit.level == "commune" and not _GATE_BEFORE.search(text, max(0, span[0] - 25), span[0]):
                continue
            before, after = _previous_word(text, span[0]), _next_word(text, span[1])
            if _CAPITALIZED.match(before) or _CAPITALIZED.match(after) \
                    or _FEATURE_BEFORE.search(text, max(0, span[0] - 10), span[0]) \
                    or _FACILITY_BEFORE.search(text, max(0, span[0] - 40), span[0]) \
                    or _CREDIT_LINE.search(text, max(0, span[0] - 200), span[0]):
                continue
            out.append((_Found(span, name, kind, (unit,)), unit))
    return out


def _new_communes_named(found: list[_Found], date: str | None,
                        province_at: dict[int, AdminUnit]) -> dict[str, AdminUnit]:
    """The communes since July 2025 a report dated from then names, by code."""
    if not date or date < _NEW_COMMUNES_FROM:
        return {}
    now = {u.current_code for u in province_at.values()}
    named: dict[str, AdminUnit] = {}
    for f in found:
        if f.later and f.kind in _COMMUNE_KINDS:
            unit = _pick(f.later, now, set(), f.strict)  # type: ignore[arg-type]
            if unit is not None:
                named[unit.code] = unit
    return named


def _merged_into(f: _Found, named_new: dict[str, AdminUnit]) -> AdminUnit | None:
    """The former commune a name means in a report written after July 2025 that names the commune it
    was merged into ("phường Hạc Thành được thành lập trên cơ sở sáp nhập các phường Điện Biên, Lam Sơn
    …"): the one unit of that name and of the level word's kind whose successor is a new commune the
    report names, under another name; None when there is no such unit, or more than one, or the name
    is itself a new commune of that kind in the same province."""
    if f.kind not in _COMMUNE_KINDS or not named_new:
        return None
    merged = [u for u in f.candidates if u.kind == f.kind and u.current_code in named_new
              and u.current_name != f.name]
    if len(merged) != 1:
        return None
    province = named_new[merged[0].current_code].province_code  # type: ignore[index]
    if any(u.kind == f.kind and u.province_code == province for u in f.later):
        return None
    return merged[0]


def _after_reorganisation(f: _Found, text: str, date: str | None, districts: bool,
                          province_at: dict[int, AdminUnit]) -> bool:
    """Whether a commune's name means a commune since July 2025: the report is dated from
    then; or it is undated and the name is only a new commune's, or it writes a two-level
    address ("phường Cửa Nam, thành phố Hà Nội", no district in the whole report) with a
    province the new commune lies in."""
    if date:
        return date >= _NEW_COMMUNES_FROM
    if not f.candidates:
        return True
    province = province_at.get(_TO_PROVINCE.match(text, f.span[1]).end())
    return not districts and province is not None and any(
        u.province_code == province.current_code for u in f.later)


def _locality(unit: AdminUnit, date: str | None, written: str) -> Locality:
    """A unit as a Locality; a province named as at `date`, or as `written` (its first
    mention) when the report has no date and the written form spells one of its names. From
    July 2025 a province's name that a province since then bears means that one ("Lào Cai" in
    August 2025 is the province that took in Yên Bái, code 15)."""
    name = unit.name
    if unit.level == "province" and date and date >= _NEW_COMMUNES_FROM and unit.current_code:
        current = admin_index().current_provinces.get(unit.current_code)
        if current is not None and current[0] == unit.name:
            return Locality(current[0], "province", current[1], current[0], current[1], ())
    if unit.level == "province":
        name = province_name_at(unit, date)
        if date is None:
            spelled = admin_index().form_names.get(written)
            if spelled is not None and admin_index().province_forms.get(spelled) == unit.code:
                name = spelled
    return Locality(name, unit.level, unit.code, unit.current_name, unit.current_code, ())  # type: ignore[arg-type]


def _with_mentions(loc: Locality, spans: list[Span]) -> Locality:
    return Locality(loc.name, loc.level, loc.code, loc.current_name, loc.current_code,
                    tuple(sorted(set(spans))))
