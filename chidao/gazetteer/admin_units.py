"""Vietnam's administrative units, before and after the 2025 reorganisation.

Built once (`admin_index()`, cached) from the data shipped inside the
`vietnamadminunits` package: its SQLite table of the 63 provinces with their
districts and communes as they stood before 1 July 2025, its table of the 34
provinces and their communes after, and its converter map from old communes and
provinces to new ones. Nothing is downloaded.

Names are kept as the data spells them, short form ("Hải Phòng", "Hạ Long",
"Hồng Hà"; a numbered unit keeps its level word: "Quận 1"), normalized to the
project's old-style tone marks. Codes are the GSO codes the data gives
(province "31", district "193", commune "06697").

The communes since 1 July 2025 are listed too (`new_communes`), for reports
written after the reorganisation ("phường Xuân Hương - Đà Lạt", "đặc khu Phú Quý").

What comes after 2025 (`current_name`, `current_code`):
- a province: the province it became part of (Bắc Giang -> Bắc Ninh "24");
- a commune: the new commune the converter maps it to (for a commune split
  among several, the one the data marks as default);
- a district: None, because districts were abolished and no single unit
  replaced them (the province around it carries the province's successor).

`lookup_province(text)` resolves a user's "Bắc Giang", "bac ninh", "TP.HCM" to
a province; `predecessors(code)` lists the old provinces inside a new one, so
that a filter on "Bắc Ninh" can also find reports about Bắc Giang.
`historical_provinces()` lists the provinces divided before the data begins
("Quảng Nam - Đà Nẵng", "Sông Bé"; historical_provinces.tsv), with the 2025
province all of each went to, if there is one.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

import regex

from chidao.gazetteer.loader import load_table
from chidao.text.fold import fold_key
from chidao.text.normalize import normalize_text

# Names repeat across thousands of rows: normalize each spelling once.
_norm = cache(normalize_text)

# Forms the data does not carry but reports use, mapped to the data's short name.
PROVINCE_ALIASES: dict[str, str] = {
    "TP.HCM": "Hồ Chí Minh", "TP. HCM": "Hồ Chí Minh", "TP HCM": "Hồ Chí Minh", "TPHCM": "Hồ Chí Minh",
    "TP.Hồ Chí Minh": "Hồ Chí Minh", "TP. Hồ Chí Minh": "Hồ Chí Minh", "Tp.HCM": "Hồ Chí Minh",
    "Tp. HCM": "Hồ Chí Minh", "Tp HCM": "Hồ Chí Minh", "HCM": "Hồ Chí Minh", "Sài Gòn": "Hồ Chí Minh",
    "Thừa Thiên Huế": "Huế", "Thừa Thiên - Huế": "Huế", "Thừa Thiên-Huế": "Huế",
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "BR-VT": "Bà Rịa - Vũng Tàu", "Đắc Lắc": "Đắk Lắk", "Đăk Lăk": "Đắk Lắk", "Đắk Lăk": "Đắk Lắk",
    "Đăk Nông": "Đắk Nông", "Đắc Nông": "Đắk Nông", "Bắc Cạn": "Bắc Kạn", "Kontum": "Kon Tum",
    "TP.Hà Nội": "Hà Nội", "TP. Hà Nội": "Hà Nội",
}

# Province names that changed before the data's date: (code, until ISO date, earlier name).
EARLIER_NAMES: tuple[tuple[str, str, str], ...] = (
    ("46", "2025-01-01", "Thừa Thiên Huế"),
)

_DISTRICT_KINDS = {"Quận": "quận", "Huyện": "huyện", "Thị xã": "thị xã", "Thành phố": "thành phố"}
_COMMUNE_KINDS = {"Phường": "phường", "Xã": "xã", "Thị trấn": "thị trấn"}
_NEW_COMMUNE_KINDS = {"Phường": "phường", "Xã": "xã", "Đặc khu": "đặc khu"}


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """One unit as it stood before July 2025, with its successor where there is one."""

    name: str
    level: str  # province | district | commune
    kind: str  # the data's level word, lower-case: tỉnh, thành phố, quận, huyện, thị xã, phường, xã, thị trấn
    code: str
    province_code: str
    district_code: str | None
    current_name: str | None
    current_code: str | None


@dataclass(frozen=True, slots=True)
class AdminIndex:
    """Lookup tables over every unit; built once by `admin_index()`."""

    provinces: dict[str, AdminUnit]  # code -> province
    province_forms: dict[str, str]  # written form ("Quảng Ninh", "TP.HCM") -> code
    districts: dict[str, tuple[AdminUnit, ...]]  # short name -> districts of that name
    communes: dict[str, tuple[AdminUnit, ...]]  # short name -> communes of that name
    folded_aliases: dict[str, tuple[AdminUnit, ...]]  # folded former name -> units that absorbed it
    current_provinces: dict[str, tuple[str, str]]  # new code -> (new short name, new code)
    # written form -> the name it spells ("Thừa Thiên- Huế" -> "Thừa Thiên Huế", "TP.HCM" -> "Hồ Chí Minh")
    form_names: dict[str, str]
    # short name -> the communes of that name since July 2025 (province_code is the new
    # province's; current_name/current_code are the commune itself; kind phường, xã or đặc khu)
    new_communes: dict[str, tuple[AdminUnit, ...]]


def _short(name: str, kind_words: dict[str, str], full: str) -> tuple[str, str]:
    """(short name, kind) of a unit; a numbered unit keeps its level word ("Quận 1"). The level word is
    matched in any case: the data writes a few as "Thành Phố Đồng Hới", "Thị Xã Buôn Hồ"."""
    for word, kind in kind_words.items():
        if full.lower().startswith(word.lower() + " "):
            rest = full[len(word) + 1:]
            return (full if rest.isdigit() else rest), kind
    return name, ""


def _aliases(raw: str | None) -> list[str]:
    return json.loads(raw) if raw else []


def _data_dir() -> Path:
    """The package's data folder, found without importing the package (its import pulls pandas)."""
    spec = find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("vietnamadminunits is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@cache
def admin_index() -> AdminIndex:
    """Read the packaged data once and build every lookup table (about 0.1 s)."""
    data = _data_dir()
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    with sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True) as db:
        legacy = db.execute(
            "select province, provinceShort, provinceCode, provinceKey, district, districtShort,"
            " districtCode, districtKey, districtAlias, ward, wardShort, wardCode, wardKey, wardAlias"
            " from admin_units_legacy").fetchall()
        new_rows = db.execute(
            "select provinceShort, provinceCode, provinceKey, wardShort, wardCode, wardKey, ward"
            " from admin_units").fetchall()

    new_province: dict[str, tuple[str, str]] = {}
    new_ward: dict[tuple[str, str], tuple[str, str]] = {}
    new_communes: list[AdminUnit] = []
    for p_short, p_code, p_key, w_short, w_code, w_key, w_full in new_rows:
        new_province[p_key] = (_norm(p_short), p_code)
        if w_key:
            new_ward[(p_key, w_key)] = (_norm(w_short), w_code)
            kind = next((k for word, k in _NEW_COMMUNE_KINDS.items() if w_full.startswith(word + " ")), "")
            new_communes.append(AdminUnit(_norm(w_short), "commune", kind, w_code, p_code, None,
                                          _norm(w_short), w_code))
    old_to_new_province = {old: new for new, olds in converter["DICT_PROVINCE"].items() for old in olds}
    old_to_new_ward: dict[str, tuple[str, str]] = {}
    for p_key, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for w_key, olds in wards.items():
            for old in olds:
                old_to_new_ward[old] = (p_key, w_key)
    for p_key, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, choices in olds.items():
            default = next((c for c in choices if c.get("isDefaultNewWard")), choices[0])
            old_to_new_ward[old] = (p_key, default["newWardKey"])

    provinces: dict[str, AdminUnit] = {}
    districts: dict[str, AdminUnit] = {}
    communes: dict[str, AdminUnit] = {}
    aliases: dict[str, set[AdminUnit]] = defaultdict(set)
    for (p_full, p_short, p_code, p_key, d_full, d_short, d_code, d_key, d_alias,
         w_full, w_short, w_code, w_key, w_alias) in legacy:
        if p_code not in provinces:
            now = new_province.get(old_to_new_province.get(p_key, ""))
            provinces[p_code] = AdminUnit(
                _norm(p_short), "province",
                "thành phố" if p_full.startswith("Thành phố") else "tỉnh", p_code, p_code, None,
                now[0] if now else None, now[1] if now else None)
        if d_code and d_code not in districts:
            name, kind = _short(_norm(d_short), _DISTRICT_KINDS, _norm(d_full))
            districts[d_code] = AdminUnit(name, "district", kind, d_code, p_code, d_code, None, None)
            for alias in _aliases(d_alias):
                aliases[alias].add(districts[d_code])
        if w_code and w_code not in communes:
            name, kind = _short(_norm(w_short), _COMMUNE_KINDS, _norm(w_full))
            target = old_to_new_ward.get(f"{p_key}_{d_key}_{w_key}")
            now = new_ward.get(target) if target else None
            communes[w_code] = AdminUnit(name, "commune", kind, w_code, p_code, d_code,
                                         now[0] if now else None, now[1] if now else None)
            for alias in _aliases(w_alias):
                aliases[alias].add(communes[w_code])

    form_names = {unit.name: unit.name for unit in provinces.values()}
    forms = {unit.name: code for code, unit in provinces.items()}
    for alias, short in PROVINCE_ALIASES.items():
        forms[alias] = forms[short]
        form_names[alias] = short
    for _code, _until, earlier in EARLIER_NAMES:
        forms[earlier] = _code
        form_names[earlier] = earlier
    # "Thừa Thiên - Huế" spells the earlier name too
    for alias in ("Thừa Thiên - Huế", "Thừa Thiên-Huế"):
        form_names[alias] = "Thừa Thiên Huế"
    for form in list(forms):
        for variant in dash_variants(form):
            forms.setdefault(variant, forms[form])
            form_names.setdefault(variant, form_names[form])
    return AdminIndex(
        provinces=provinces,
        province_forms=forms,
        districts=_group(districts.values()),
        communes=_group(communes.values()),
        folded_aliases={k: tuple(sorted(v, key=lambda u: u.code)) for k, v in aliases.items()},
        current_provinces={code: (name, code) for name, code in new_province.values()},
        form_names=form_names,
        new_communes=_group(new_communes),
    )


_DASH = regex.compile(r"[ \t]*[-–][ \t]*")


def dash_variants(form: str) -> list[str]:
    """A hyphenated name as reports write it, with or without spaces around its hyphen or
    en dash ("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Thừa Thiên- Huế", "BR - VT")."""
    parts = _DASH.split(form)
    if len(parts) != 2:
        return []
    return [sep.join(parts) for sep in (" - ", "-", "- ", " -", " – ", "–", "– ", " –")]


@dataclass(frozen=True, slots=True)
class HistoricalProvince:
    """A province divided before the data begins. `forms` are its written names (hyphen
    spacing variants included); `bare` whether the name alone is a place (else only after
    "tỉnh"); `current_name`/`current_code` the 2025 province all of it went to, or None."""

    name: str
    forms: tuple[str, ...]
    bare: bool
    current_name: str | None
    current_code: str | None


@cache
def historical_provinces() -> tuple[HistoricalProvince, ...]:
    """The rows of historical_provinces.tsv, successors resolved through the packaged data."""
    index = admin_index()
    by_name = {unit.name: unit for unit in index.provinces.values()}
    out: list[HistoricalProvince] = []
    for row in load_table("historical_provinces.tsv"):
        successors = {(by_name[name].current_name, by_name[name].current_code)
                      for name in row["successors"].split("|")}
        current = successors.pop() if len(successors) == 1 else (None, None)
        forms = [f.strip() for f in row["phrasings"].split("|") if f.strip()]
        forms += [v for f in forms for v in dash_variants(f) if v not in forms]
        out.append(HistoricalProvince(row["name"], tuple(dict.fromkeys(forms)), row["bare"] == "yes",
                                      *current))
    return tuple(out)


def _group(units) -> dict[str, tuple[AdminUnit, ...]]:
    grouped: dict[str, list[AdminUnit]] = defaultdict(list)
    for unit in units:
        grouped[unit.name].append(unit)
    return {name: tuple(found) for name, found in grouped.items()}


# Syllables that reports and the data spell several ways, lower-case, with the one form a spelling key
# gives them: the highlanders' "Đắk"/"Đăk"/"Đak"/"Dak" (and "Đắc" where the data has it so), "Krông"/"Krong",
# "Ia"/"Ya", the highland "Căng"/"Cang" (the data's district "Mù Căng Chải", its town "Mù Cang Chải").
_SYLLABLE_FORMS = {"đắk": "dak", "đăk": "dak", "đak": "dak", "dak": "dak", "đắc": "dak", "đăc": "dak",
                   "krông": "krong", "krong": "krong", "ia": "ia", "ya": "ia", "căng": "cang", "cang": "cang"}
# A syllable of consonants and a final "i" or "y", which writers swap ("Quy"/"Qui", "Kỳ"/"Kì").
_I_OR_Y = regex.compile(r"^(qu|[bcdđghklmnprstvx]{1,3})([iíìỉĩịyýỳỷỹỵ])$")
_I_TO_Y = str.maketrans("iíìỉĩị", "yýỳỷỹỵ")


def spelling_key(name: str) -> str:
    """A key under which spellings of one unit's name meet: lower case, the syllables of
    `_SYLLABLE_FORMS` in one form, a final "i" after consonants as "y", and no spaces ("Đắk Hà",
    "Đăk Hà" -> "dakhà"; "Kon Tum", "Kontum" -> "kontum"; "Quí", "Quý" -> "quý"; "K'Bang", "KBang" ->
    "kbang"). Tone marks
    otherwise stay: "Hà" and "Hạ" do not meet."""
    out = []
    # an apostrophe inside a syllable, either form or none: "K'Bang", "K’Bang", "KBang"
    for syllable in name.lower().replace("'", "").replace("’", "").split():
        syllable = _SYLLABLE_FORMS.get(syllable, syllable)
        m = _I_OR_Y.match(syllable)
        out.append(m.group(1) + m.group(2).translate(_I_TO_Y) if m else syllable)
    return "".join(out)


@cache
def spelled_names(table: str) -> dict[str, tuple[str, ...]]:
    """Spelling key -> the names of `table` ("districts", "communes", "new_communes") under it."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in getattr(admin_index(), table):
        found[spelling_key(name)].add(name)
    return {key: tuple(sorted(names)) for key, names in found.items()}


def alias_key(name: str) -> str:
    """The data's alias spelling of a name: folded, lower-case, no spaces ("Hoành Bồ" -> "hoanhbo")."""
    return fold_key(name).replace(" ", "")


def written_after_merger(date: str | None) -> bool:
    """Whether a report of `date` (ISO, a year, month or day) was written after July 2025, when
    the provinces merged and the districts ended; a report of July 2025 itself counts as after."""
    return (date or "") >= "2025-07"


def province_name_at(unit: AdminUnit, date: str | None) -> str:
    """A province's name as it was on `date` (ISO prefix): "Thừa Thiên Huế" before 2025."""
    if date:
        for code, until, earlier in EARLIER_NAMES:
            if unit.code == code and date < until:
                return earlier
    return unit.name


@cache
def _folded_province_forms() -> dict[str, str]:
    index = admin_index()
    folded = {fold_key(form): code for form, code in index.province_forms.items()}
    for name, code in index.current_provinces.values():
        folded.setdefault(fold_key(name), code)
    return folded


_LEVEL_PREFIXES = ("tinh ", "thanh pho ", "tp. ", "tp ")


def lookup_province(text: str) -> AdminUnit | None:
    """The province a user means by `text`, old or new name, with or without diacritics
    or level word ("Bắc Giang", "bac giang", "Tỉnh Bắc Ninh", "TP.HCM"); None if unknown.

    A name used both before and after 2025 ("Bắc Ninh") gives the old unit of
    that name, whose `current_name` is the new one.
    """
    key = fold_key(text)
    for prefix in _LEVEL_PREFIXES:
        if key.startswith(prefix) and key[len(prefix):] in _folded_province_forms():
            key = key[len(prefix):]
            break
    code = _folded_province_forms().get(key)
    return admin_index().provinces.get(code) if code else None


def predecessors(current_code: str) -> tuple[AdminUnit, ...]:
    """The pre-2025 provinces that make up the post-2025 province `current_code`."""
    return tuple(u for u in admin_index().provinces.values() if u.current_code == current_code)


_UNIT_LEVEL_PREFIXES = ("tinh ", "thanh pho ", "tp. ", "tp ", "huyen ", "quan ", "thi xa ", "xa ", "phuong ",
                        "thi tran ")


@cache
def _folded_unit_names() -> frozenset[str]:
    """Folded names of every unit before and after 2025 (provinces, districts, communes)."""
    index = admin_index()
    names = set(_folded_province_forms())
    for groups in (index.districts, index.communes):
        for name, units in groups.items():
            names.add(fold_key(name))
            names.update(fold_key(unit.current_name) for unit in units if unit.current_name)
    return frozenset(names)


def is_unit_name(text: str) -> bool:
    """Whether `text` names an administrative unit of Vietnam, old or new, with or without its
    level word or diacritics ("Hà Nội", "huyện Mèo Vạc", "xa Lung Cu"); "Trung Quốc" does not."""
    key = fold_key(text)
    if key in _folded_unit_names():
        return True
    return any(key.startswith(prefix) and key[len(prefix):] in _folded_unit_names()
               for prefix in _UNIT_LEVEL_PREFIXES)


def province_names(codes: frozenset[str], current_codes: frozenset[str] = frozenset()) -> frozenset[str]:
    """Folded names the provinces `codes` go by (every written form, "Thừa Thiên Huế" and
    "Huế", "TP.HCM"), and those of the old provinces inside the 2025 provinces
    `current_codes`, with the current names themselves."""
    index = admin_index()
    names = {fold_key(form) for form, code in index.province_forms.items() if code in codes}
    for current in current_codes:
        old = {unit.code for unit in predecessors(current)}
        names |= {fold_key(form) for form, code in index.province_forms.items() if code in old}
        if current in index.current_provinces:
            names.add(fold_key(index.current_provinces[current][0]))
    return frozenset(names)
