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
  provincial city X (a district).
- "Thành phố", "tỉnh" alone, "5 thành phố trực thuộc trung ương" name nothing;
  "toàn quốc"/"cả nước" are not places; "Việt Nam" is the country only where written.
- Regions of Vietnam (regions.tsv) and foreign places (foreign_places.tsv) have
  level region or country and code null.

A mention spans the name without its level word ("Hạ Long" in "TP Hạ Long"); an
abbreviation is the mention as written ("TP.HCM"); a numbered unit's mention is
"Quận 1" whole. Names and codes come from `chidao.gazetteer.admin_units`; see
there for what `current_name`/`current_code` hold (None for districts).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from chidao.extract.context import Context
from chidao.gazetteer.admin_units import AdminUnit, admin_index, alias_key, province_name_at
from chidao.gazetteer.loader import load_table
from chidao.model import Document, Locality, Span
from chidao.text.layout import furniture_spans, inside

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

# Words after a place name that make it something else ("Thái Bình Dương" is the Pacific).
_NOT_AFTER = {"Thái Bình": ("Dương",)}

# "Việt Nam" closing a body's name (a party, a front) is not a mention of the country.
_ORG_BEFORE_VIET_NAM = regex.compile(
    r"(?:Cộng sản|Tổ quốc|nhân dân|Phụ nữ|Nông dân|Cựu chiến binh|Thanh niên|Công đoàn)\s+$"
)

_LEVEL_WORD = (
    r"(?P<lvl>[Tt]hành\s+phố|[Tt]hị\s+xã|[Tt]hị\s+trấn|[Tt]ỉnh|[Qq]uận|[Hh]uyện|[Pp]hường|[Xx]ã"
    r"|T[Pp](?=[.\s]))"
)
_WORD = r"\p{Lu}\p{Ll}*(?![\p{L}\d])"
# A level word, space (at most one line break) and up to five title-case words or a number.
_LEVELLED = regex.compile(
    rf"(?<![\p{{L}}\d]){_LEVEL_WORD}(?:\.[ \t]*|[ \t]*\n?[ \t]*(?<=\s))"
    rf"(?P<name>\d{{1,2}}(?![\p{{L}}\d])|{_WORD}(?:[ ]{_WORD}){{0,4}})"
)
_LEVEL_KIND = {
    "thành phố": "thành phố", "tp": "thành phố", "thị xã": "thị xã", "thị trấn": "thị trấn",
    "tỉnh": "tỉnh", "quận": "quận", "huyện": "huyện", "phường": "phường", "xã": "xã",
}
_DISTRICT_KINDS = frozenset({"thành phố", "thị xã", "quận", "huyện"})
_COMMUNE_KINDS = frozenset({"phường", "xã", "thị trấn"})
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class _Place:
    """A place outside the administrative data: a region or a country."""

    name: str
    level: str


def _alternation(forms) -> str:
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(regex.escape(f) for f in ordered)


@cache
def _province_pattern() -> regex.Pattern[str]:
    forms = admin_index().province_forms
    return regex.compile(rf"(?<![\p{{L}}\d.])(?:{_alternation(forms)})(?![\p{{L}}\d])")


@cache
def _named_places() -> tuple[regex.Pattern[str], dict[str, _Place]]:
    """One pattern over every region and foreign place phrasing, and phrasing -> place."""
    places: dict[str, _Place] = {}
    for row in load_table("regions.tsv"):
        for form in row["phrasings"].split("|"):
            places[form] = _Place(row["name"], "region")
            places[form[0].upper() + form[1:]] = _Place(row["name"], "region")
    for row in load_table("foreign_places.tsv"):
        for form in row["phrasings"].split("|"):
            places[form] = _Place(row["name"], row["level"])
    pattern = regex.compile(rf"(?<![\p{{L}}\d])(?:{_alternation(places)})(?![\p{{L}}\d])")
    return pattern, places


def _previous_word(text: str, start: int) -> str:
    m = regex.search(r"(\p{L}+)[ ]$", text[max(0, start - 20):start])
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    m = regex.match(r"[ ](\p{L}+)", text[end:end + 20])
    return m.group(1) if m else ""


def _part_of_a_name(text: str, start: int, end: int, form: str) -> bool:
    """Whether the place name at text[start:end] belongs to a person's or another name."""
    if _previous_word(text, start) in _NAME_SYLLABLES:
        return True
    return _next_word(text, end) in _NOT_AFTER.get(form, ())


def _pick(candidates: tuple[AdminUnit, ...], provinces: set[str],
          districts: set[str]) -> AdminUnit | None:
    """The one candidate the document's other places point to; None when still ambiguous."""
    if len(candidates) == 1:
        return candidates[0]
    in_district = [u for u in candidates if u.district_code in districts]
    if len(in_district) == 1:
        return in_district[0]
    in_province = [u for u in candidates if u.province_code in provinces]
    if len(in_province) == 1:
        return in_province[0]
    return None


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
    """What one level-word phrase resolved to, before disambiguation."""

    span: Span
    name: str
    kind: str
    candidates: tuple[AdminUnit, ...]


def _levelled(text: str, skip: list[Span]) -> list[_Found]:
    """Level word + name phrases, each cut to the longest name the data knows."""
    index = admin_index()
    found: list[_Found] = []
    for m in _LEVELLED.finditer(text):
        if inside(skip, m.start(), m.end()):
            continue
        kind = _LEVEL_KIND[_SPACES.sub(" ", m.group("lvl")).lower()]
        raw, start = m.group("name"), m.start("name")
        if raw.isdigit():
            if kind in ("tỉnh", "thành phố"):
                continue
            # a numbered unit keeps its level word: "Quận 1", "Phường 5"
            name = f"{kind[0].upper()}{kind[1:]} {raw}"
            units = _units_named(name, kind)
            if units:
                found.append(_Found((m.start("lvl"), m.end("name")), name, kind, units))
            continue
        words = raw.split(" ")
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            span = (start, start + len(name))
            code = index.province_forms.get(name)
            province = index.provinces[code] if code else None
            if province and (kind == "tỉnh" or (kind == "thành phố" and province.kind == "thành phố")):
                found.append(_Found(span, name, "tỉnh", (province,)))
                break
            if kind == "tỉnh":
                continue
            units = _units_named(name, kind)
            if units:
                found.append(_Found(span, name, kind, units))
                break
    return found


def _bare_provinces(text: str, skip: list[Span], claimed: list[Span]) -> list[tuple[Span, AdminUnit]]:
    index = admin_index()
    out: list[tuple[Span, AdminUnit]] = []
    for m in _province_pattern().finditer(text):
        form, (start, end) = m.group(), m.span()
        if form in _NOT_BARE or inside(skip, start, end) or inside(claimed, start, end):
            continue
        if _part_of_a_name(text, start, end, form):
            continue
        out.append(((start, end), index.provinces[index.province_forms[form]]))
    return out


def _named(text: str, skip: list[Span], claimed: list[Span]) -> list[tuple[Span, _Place]]:
    pattern, places = _named_places()
    out: list[tuple[Span, _Place]] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        if inside(skip, start, end) or inside(claimed, start, end):
            continue
        if _part_of_a_name(text, start, end, m.group()):
            continue
        place = places[m.group()]
        if place.name == "Việt Nam" and _ORG_BEFORE_VIET_NAM.search(text, max(0, start - 25), start):
            continue
        out.append(((start, end), place))
    return out


def extract_localities(document: Document, context: Context) -> list[Locality]:
    """Every administrative unit, region and country the report names, with its mentions."""
    text = document.text
    skip = furniture_spans(text, context.blocks)
    levelled = _levelled(text, skip)
    claimed = [f.span for f in levelled]
    bare = _bare_provinces(text, skip, claimed)

    provinces = {unit.code for _, unit in bare}
    provinces |= {f.candidates[0].code for f in levelled if f.kind == "tỉnh"}
    # districts first: a commune is settled by the district the report names
    resolved: list[tuple[Span, AdminUnit | None, _Found | None]] = [(s, u, None) for s, u in bare]
    districts: set[str] = set()
    for f in sorted(levelled, key=lambda f: f.kind in _COMMUNE_KINDS):
        unit = f.candidates[0] if f.kind == "tỉnh" else _pick(f.candidates, provinces, districts)
        if unit is not None and unit.level == "district":
            districts.add(unit.code)
        resolved.append((f.span, unit, f))

    groups: dict[tuple[str, str], tuple[Locality, list[Span]]] = {}

    def add(key: tuple[str, str], span: Span, make) -> None:
        if key not in groups:
            groups[key] = (make(), [])
        groups[key][1].append(span)

    for span, unit, f in resolved:
        if unit is not None:
            add((unit.level, unit.code), span, lambda u=unit: _locality(u, document.date))
        elif f is not None:
            level = "district" if f.kind in _DISTRICT_KINDS else "commune"
            add((level, f.name), span, lambda f=f, level=level: Locality(f.name, level, None, None, None, ()))
    for span, place in _named(text, skip, claimed + [s for s, _ in bare]):
        add((place.level, place.name), span,
            lambda p=place: Locality(p.name, p.level, None, None, None, ()))

    out = [_with_mentions(loc, spans) for loc, spans in groups.values()]
    return sorted(out, key=lambda loc: loc.mentions[0])


def _locality(unit: AdminUnit, date: str | None) -> Locality:
    name = province_name_at(unit, date) if unit.level == "province" else unit.name
    return Locality(name, unit.level, unit.code, unit.current_name, unit.current_code, ())  # type: ignore[arg-type]


def _with_mentions(loc: Locality, spans: list[Span]) -> Locality:
    return Locality(loc.name, loc.level, loc.code, loc.current_name, loc.current_code,
                    tuple(sorted(set(spans))))
