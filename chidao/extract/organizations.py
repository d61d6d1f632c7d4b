"""Organizations: the public bodies a report names, one item per body.

In: the document and its layout (furniture such as photo credits is skipped).
Out: one `Organization` per body, its name as first written (spacing
normalized), with every mention.

A body is a phrase of `bodies.tsv`: a whole name ("Bộ Công an", "Bộ Chính trị",
"Đảng ủy Công an Trung ương", "BCH Trung ương Đảng"), a head that takes a place
("Tỉnh ủy Quảng Ninh", "Công an tỉnh Nghệ An", "UBND tỉnh Bắc Giang", "Thành ủy
Thành phố Hồ Chí Minh", "Công an TP.HCM", "MTTQ TPHCM") or a prefix before another
body ("Ban Thường vụ Tỉnh ủy Bắc Giang", "Ban Tuyên giáo Tỉnh ủy Nghệ An"); or a
named unit (`chidao.extract.units`: "Phòng Cảnh sát hình sự", "Vùng Cảnh sát biển
2", "Phòng PC45"), with the body it belongs to when that follows. The place is a
province as the administrative data writes it (a province divided before 1997
too), or a level word with a unit name; the name ends there, so it never runs into
"đối với", "về" or a person's name. A head without its place ("Tỉnh ủy sẽ ...",
"Công an xã") names no particular body and is not an item. A head whose second
word is capitalized may be written in lower case ("Phó ban Tổ chức Trung ương").

One body is one item, however it is written: a body with a place is identified by
its head and the unit its place names ("Công an Gia Lai" = "Công an tỉnh Gia Lai",
"Công an TP Hà Nội" = "Công an Hà Nội"), a whole name by its key ("BCH Trung
ương Đảng" = "Ban Chấp hành Trung ương Đảng"), a unit by its folded name; a unit
code in brackets after a name ("Phòng Cảnh sát điều tra tội phạm về ma túy (PC
04)") makes a later "Phòng PC 04" the same unit. The item's name is its fullest
mention. `match_body` is shared with the people step (positions such as "Bí thư
Tỉnh ủy Nghệ An" end where the body ends).
"""

from __future__ import annotations

from bisect import bisect_right, insort
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from chidao.extract.context import Context
from chidao.extract.units import (
    CODE,
    GAP,
    bare_codes,
    code_after,
    match_unit,
    may_start_unit,
    unit_first_words,
    unit_key,
    words_pattern,
)
from chidao.gazetteer.admin_units import admin_index, historical_provinces
from chidao.gazetteer.loader import load_table, load_vocabulary
from chidao.model import Document, Organization, Span

_GAP_RE = regex.compile(GAP)
_END = r"(?![\p{L}\d])"

# Level words before a unit's name; "TP." may touch the name.
_LEVEL = regex.compile(
    r"(?P<level>tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|huyện|quận|Quận|thị xã|xã|phường|thị trấn"
    r"|đặc khu|Đặc khu|Thủ đô)"
    r"(?:(?<=\.)" + GAP + r"?|" + GAP + r"|(?=[;,.:)\s]|$))"
)
# Abbreviated level words before a district's or ward's name: "Q.Tân Bình", "H. Củ Chi", "P.12".
_ABBREVIATED = regex.compile(r"(Q|H|TX|P)\.[ ]?(?=\p{Lu}|\d)")
_ABBREVIATED_KIND = {"Q": "quận", "H": "huyện", "TX": "thị xã", "P": "phường"}
# a numbered ward or urban district ("Phường 12", "Quận 1"), not a count given to a unit written without its
# place ("hỗ trợ Công an phường 2 xe ô tô", "tặng … phường 3 chiếc máy tính": an amount)
_NUMBERED = regex.compile(
    r"\d{1,2}" + _END + r"(?![ ](?:xe|ô tô|mô tô|tàu|xuồng|ca nô|máy|bộ|chiếc|camera|thiết bị|phương tiện"
    r"|người|cán bộ|chiến sĩ|vụ|đối tượng|tỷ|tỉ|triệu|nghìn|tấn|kg|trụ sở|căn|suất|con)" + _END + ")")
_NUMBERED_LEVELS = frozenset({"quận", "phường"})
# What a board is for, before its place ("Ban Chỉ đạo 138 tỉnh …", "… phòng, chống tội phạm tỉnh …").
# Verbs and function words end it: "Ban Chỉ đạo đã họp tại tỉnh …" names no board of that province.
# "về" opens a purpose ("Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh …") and "dự án" is one
# ("Ban Quản lý dự án đầu tư xây dựng huyện …"); "về" after a verb never reaches it, the verb ends it first.
_NOT_PURPOSE = ("đã|đang|sẽ|vừa|được|bị|là|có|cho|của|với|tại|đến|giao(?![ ]thông)|theo|từ|ở|đề|ra|trao|"
                "tặng|họp|tổ|chỉ|yêu|nhấn|phát|báo|kiểm|tiếp|làm|đánh|thực(?![ ]phẩm)|triển|chủ|"
                "dự(?![ ]án)|gồm|trên|khi|nhằm|để")
_DESCRIPTION = regex.compile(r"(?:" + GAP + r"(?!(?:" + _NOT_PURPOSE + r")(?![\p{L}\d]))"
                             # capitalized only in a movement's or project's name ("Toàn dân bảo vệ
                             # an ninh Tổ quốc", "Đề án 06") or a programme's ("Ban Chỉ đạo Chương trình
                             # giảm nghèo tỉnh …", "… Cuộc vận động …"), a campaign or a month of action
                             r"(?:[\p{Ll}\d][\p{L}\d/]*|\p{Lu}{2,}|Toàn(?= dân)|Tổ(?= quốc)|Đề(?= án)"
                             r"|Chương(?= trình)|Dự(?= án)|Kế(?= hoạch)|Cuộc(?= vận động)|Phong(?= trào)"
                             r"|Chiến(?= dịch)"
                             # a task the board's name capitalizes ("Ban Chỉ huy Phòng, chống thiên tai
                             # và tìm kiếm cứu nạn tỉnh …", "Ban Chỉ đạo Phòng chống tội phạm …")
                             r"|Phòng(?=,?[ ]chống)"
                             # a month of action ("Ban Chỉ đạo Tháng hành động về an toàn, vệ sinh lao
                             # động tỉnh …")
                             r"|Tháng(?= hành động)"
                             # a continent in a disease's name ("dịch tả lợn châu Phi")
                             r"|(?<=châu[ ])(?:Phi|Âu|Á|Mỹ|Úc)"
                             # an epidemic by its name ("phòng, chống dịch Covid-19 tỉnh …", "dịch Ebola")
                             r"|(?<=dịch[ ])\p{Lu}\p{L}*(?:-\d{1,2})?),?)"
                             r"{1,24}")
# the office's chief: "Chánh Văn phòng", "Phó Chánh Văn phòng"
_CHIEF_OF = regex.compile(r"(?<![\p{L}])Chánh[ ]$")
# "Văn phòng Thường trực" after its chief's word: the office's own words, no body
_STANDING_OFFICE = regex.compile(r"[Tt]hường trực" + GAP)
# a title that "Thường trực" qualifies: "Phó Bí thư Thường trực", "Phó Chủ tịch Thường trực"
_STANDING_TITLE = regex.compile(
    r"(?:Bí thư|Chủ tịch|Phó Thủ tướng|Trưởng ban|Phó Trưởng ban|Ủy viên|Tổ phó|Tổ trưởng)[ ]+$")
_WORD_STARTS = regex.compile(r"(?<=\s)\S")
# The name of a body named after a place without a level word ("Đồn Biên phòng Lũng Cú", "Chi cục Hải
# quan cửa khẩu sân bay quốc tế Nội Bài").
_NAMED = regex.compile(r"(?:[Cc]ửa[ ]khẩu[ ](?:[Ss]ân[ ]bay[ ])?(?:(?:[Qq]uốc[ ]tế|[Cc]hính)[ ])?)?"
                       r"(?P<name>\p{Lu}\p{Ll}*(?![\p{L}\d])(?:[ ]\p{Lu}\p{Ll}*(?![\p{L}\d])){0,3})")
# (a syllable may hold an apostrophe after its capital: "Công an huyện M'Đrắk", "… Ia H’Drai")
_CAP_RUN = regex.compile(r"\p{Lu}(?:['’]\p{L})?\p{Ll}*(?![\p{L}\d'’])"
                         r"(?:[ ]\p{Lu}(?:['’]\p{L})?\p{Ll}*(?![\p{L}\d'’])){0,5}")
_DISTRICT_LEVELS = frozenset({"huyện", "quận", "thị xã", "thành phố", "tp"})
_COMMUNE_LEVELS = frozenset({"xã", "phường", "thị trấn", "đặc khu"})
# A ward named since 2025 with a hyphen ("Công an phường Xuân Hương - Đà Lạt").
_HYPHENATED = regex.compile(r"[ ]?[-–][ ]?(\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*){0,3})(?![\p{L}\d])")


@dataclass(frozen=True, slots=True)
class BodyMatch:
    """A body's name at text[start:end]. `key` names the kind of body (the bodies.tsv key,
    "standing_committee>provincial_party_committee" for a prefix, "unit …" for a named
    unit); `place` is the place part as written ("" when none); `level` the level word
    before it, lower-cased ("tỉnh", "xã"), or None; `specific` says whether it names one
    body (a whole name, a unit, or a head with its place); `code` the unit code of a
    "Phòng PC45"."""

    key: str
    start: int
    end: int
    place: str
    level: str | None
    specific: bool
    code: str | None = None


def phrase_pattern(phrase: str) -> str:
    """A vocabulary phrase as a regex that tolerates a line break between words, a
    comma of the phrase left out and any spacing around a hyphen (`units.words_pattern`)."""
    return words_pattern(phrase) + _END


_TWO_WORDS = regex.compile(r"(\p{L}+)(?:" + GAP + r"(\p{L}+))?")


class _PhraseIndex(dict):
    """A phrase index whose patterns are compiled when their key is first looked up
    (`index[key]`; a report meets a few dozen of the hundreds of keys); a key without
    phrases gives (). Iterating it lists every key."""

    def __init__(self, raw: dict[str, tuple[tuple[str, tuple], ...]]) -> None:
        super().__init__()
        self.raw = raw

    def __missing__(self, key: str) -> tuple[tuple[regex.Pattern[str], tuple], ...]:
        found = tuple((regex.compile(pattern), payload) for pattern, payload in self.raw.get(key, ()))
        if found or len(self) < 50_000:  # words that start no phrase are remembered too, within bounds
            self[key] = found
        return found

    def __iter__(self):
        return iter(self.raw)


def phrase_index(entries: list[tuple[str, tuple]]) -> dict[str, tuple[tuple[regex.Pattern[str], tuple], ...]]:
    """Vocabulary phrases with their payloads, keyed by their first two words ("Bộ
    trưởng") or their one word ("Bí"), longest phrase first within a key; looking a key
    up (`index[key]`, `phrase_candidates`) compiles its patterns once."""
    grouped: dict[str, list[tuple[str, tuple]]] = {}
    for form, payload in sorted(entries, key=lambda e: len(e[0]), reverse=True):
        # keyed as the text is looked up (`_first_words`): by letters, so "Đ/c" is found under "Đ"
        words = _first_words(form, 0) or (form.split()[0], None)
        key = words[1] if words[1] is not None and form.startswith(words[1]) else words[0]
        grouped.setdefault(key, []).append((phrase_pattern(form), payload))
    return _PhraseIndex({key: tuple(found) for key, found in grouped.items()})  # type: ignore[return-value]


def phrase_candidates(index: dict[str, tuple[tuple[regex.Pattern[str], tuple], ...]], text: str,
                      pos: int) -> tuple[tuple[regex.Pattern[str], tuple], ...]:
    """The phrases of an index that may start at text[pos], longest first."""
    words = _first_words(text, pos)
    if words is None:
        return ()
    first, pair = words
    one = index[first]
    if pair is None:
        return one
    return index[pair] + one


@lru_cache(maxsize=8192)
def _first_words(text: str, pos: int) -> tuple[str, str | None] | None:
    """(first word, "first second" or None) at text[pos], or None (memoized: the title and
    body vocabularies are both looked up at the same places)."""
    m = _TWO_WORDS.match(text, pos)
    if m is None:
        return None
    return m.group(1), (None if m.group(2) is None else f"{m.group(1)} {m.group(2)}")


# Heads of bodies with a place that the press also writes in lower case ("công an tỉnh X",
# "Trưởng ban An toàn giao thông tỉnh X").
_LOWER_HEADS = frozenset({"Công", "Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Đảng", "Ủy", "Hội", "Bộ", "Ban",
                          "Tòa", "Viện"})
# Heads in lower case that name a body only before a capitalized word ("Trưởng phòng An ninh …",
# "Phó ban Tổ chức Trung ương"), never in "ban hành", "phòng, chống", "đội ngũ".
_CAPITAL_NEXT = frozenset({"ban", "phòng", "cục", "đội"})
# "Chi" before "cục": the "cục" is part of a sub-department's name ("Chi cục Hải quan …").
_SUB_DEPARTMENT = regex.compile(r"(?<!\p{L})[Cc]hi\s+$")
# Abbreviations the press writes inside bodies' names.
_SPELLINGS = (("Trung ương", ("T.Ư", "TƯ", "TW")), ("Công an nhân dân", ("CAND",)))


def _forms(form: str) -> list[str]:
    """A bodies.tsv form and its abbreviated spellings ("Đảng ủy Công an T.Ư")."""
    out = [form]
    for whole, shorts in _SPELLINGS:
        out += [f.replace(whole, short) for f in list(out) if whole in f for short in shorts]
    return out


@cache
def _bodies() -> dict[str, tuple[tuple[regex.Pattern[str], tuple], ...]]:
    """Body phrases -> (key, place mode, lower-case variant), indexed by first words."""
    entries: list[tuple[str, tuple]] = []
    for row in load_table("bodies.tsv"):
        for written in row["phrasings"].split("|"):
            for form in _forms(written.strip()) if written.strip() else ():
                entries.append((form, (row["key"], row["place"], False)))
                words = form.split()
                if not form[0].isupper() or form[1:2].isupper():
                    continue
                # "công an tỉnh Quảng Ninh" mid-sentence: a head in lower case still names a body
                if row["place"] == "required" and words[0] in _LOWER_HEADS:
                    entries.append((form[0].lower() + form[1:], (row["key"], row["place"], True)))
                # "Phó ban Tổ chức Trung ương": so does a board before a capitalized word
                elif words[0] == "Ban" and len(words) > 1 and words[1][0].isupper():
                    entries.append((form[0].lower() + form[1:], (row["key"], row["place"], False)))
    return phrase_index(entries)


@cache
def _province_forms() -> regex.Pattern[str]:
    """Province names, and the names of provinces divided before 1997 that are places alone."""
    forms = set(admin_index().province_forms) | {f for old in historical_provinces() if old.bare
                                                  for f in old.forms}
    patterns = dict.fromkeys(phrase_pattern(f) for f in sorted(forms, key=len, reverse=True))
    return regex.compile("(?:" + "|".join(patterns) + ")")


@cache
def _historical_forms() -> regex.Pattern[str]:
    """Names of provinces divided before 1997, as they may follow "tỉnh"."""
    forms = sorted({f for old in historical_provinces() for f in old.forms}, key=len, reverse=True)
    return regex.compile("(?:" + "|".join(phrase_pattern(f) for f in forms) + ")")


@cache
def surnames() -> frozenset[str]:
    """Vietnamese family names (surnames.tsv), and the first syllable of those of two ("Rơ" of "Rơ Mah"),
    where a name may start."""
    names = {f for forms in load_vocabulary("surnames.tsv").values() for f in forms}
    return frozenset(names | {name.split(" ")[0] for name in names})


def is_surname(word: str) -> bool:
    """Whether a capitalized syllable is a Vietnamese family name."""
    return word in surnames()


@cache
def body_first_words() -> frozenset[str]:
    """Words a body's name can start with."""
    return frozenset(key.split()[0] for key in _bodies()) | unit_first_words()


@lru_cache(maxsize=8192)
def match_body(text: str, pos: int, depth: int = 0) -> BodyMatch | None:
    """The longest body name starting at text[pos], or None (memoized: the people and
    organizations steps ask about the same places of the same text). Of two readings
    that end at the same place, one naming a particular body wins, then the longer phrase."""
    words = _first_words(text, pos)
    if words is not None and words[0] in _CAPITAL_NEXT and (
            words[1] is None or not words[1].split(" ")[1][:1].isupper()):
        return None  # "ban hành", "phòng, chống", "đội ngũ"
    if words is not None and words[0] in ("cục", "Cục") \
            and _SUB_DEPARTMENT.search(text, max(0, pos - 4), pos):
        return None  # "Chi cục Kiểm lâm …" is a sub-department, never the "Cục …" inside its name
    force = _FORCE.match(text, pos) if _COMMANDER.search(text, max(0, pos - 12), pos) else None
    if force is not None:  # "Tư lệnh Cảnh sát cơ động": the commander of the whole force names it
        return BodyMatch("force:" + unit_key(force.group()), pos, force.end(), "", None, True)
    best: BodyMatch | None = None
    for pattern, (key, mode, lower) in phrase_candidates(_bodies(), text, pos):
        m = pattern.match(text, pos)
        if m is None:
            continue
        found = _complete(text, pos, m.end(), key, mode, lower, depth)
        if found is not None and (best is None or (found.end, found.specific) > (best.end, best.specific)):
            best = found
    unit = None
    if words is not None and words[0] in unit_first_words() and may_start_unit(*words):
        unit = match_unit(text, pos, words[0])
    if unit is not None and (best is None or unit.end > best.end):
        best = BodyMatch("unit " + unit.key, pos, unit.end, "", None, True, unit.code)
        gap = _INSIDE_ABBREVIATION.match(text, unit.end) or _GAP_RE.match(text, unit.end)
        inner = match_body(text, gap.end(), depth + 1) if gap and depth < 2 else None
        if inner is not None and inner.specific:  # "Phòng Tham mưu Công an tỉnh Nghệ An"
            best = BodyMatch(f"{best.key}>{inner.key}", pos, inner.end, inner.place, inner.level, True)
        elif inner is not None and words[0] in _TEAM_HEADS and _PLURAL.match(text, inner.end):
            # "Phòng Cảnh sát giao thông Công an các tỉnh": the unit of many bodies names no one body
            best = BodyMatch(best.key, pos, unit.end, "", None, False)
        elif inner is None and gap:  # "Đội Cảnh sát giao thông quận 1": a district's or commune's unit
            place = _match_place(text, gap.end())
            if place is not None and place[1] and place[2] in _DISTRICT_LEVELS | _COMMUNE_LEVELS:
                best = BodyMatch(best.key, pos, place[0], place[1], place[2], True)
    return best


# forces a commander ("Tư lệnh") heads, written without "Bộ Tư lệnh" or a number
_FORCE = regex.compile(r"Cảnh sát cơ động|Cảnh sát biển(?![ ](?:Việt Nam|\d))" + _END)
_TEAM_HEADS = frozenset({"Phòng", "phòng", "Đội", "đội", "Cơ"})
# After a body's head, words that make it many bodies ("Công an các tỉnh, thành phố", "Công an cấp huyện").
_PLURAL = regex.compile(GAP + r"(?:các|những|cấp)" + _END)


def _complete(text: str, pos: int, end: int, key: str, mode: str, lower: bool,
              depth: int) -> BodyMatch | None:
    """A body phrase at text[pos:end] with what its mode adds: the place, or the body
    a prefix stands before; None when a prefix has no body or a lower-case head no place."""
    if mode == "none":
        return BodyMatch(key, pos, end, "", None, True)
    inside = _INSIDE_ABBREVIATION.match(text, end)
    if inside is not None:  # "Viện Kiểm sát nhân dân (VKSND) tỉnh Bến Tre": the abbreviation inside the name
        found = _complete(text, pos, inside.end() - 1, key, mode, lower, depth)
        if found is not None and found.end > inside.end():
            return found
    gap = _GAP_RE.match(text, end)
    after = gap.end() if gap else end
    if mode == "prefix":
        inner = match_body(text, after, depth + 1) if gap and depth < 2 else None
        if inner is None and gap and key in _PLACED_PREFIXES:  # "Đảng ủy xã Bố Trạch": a commune's own
            place = _match_place(text, after)
            if place is not None and place[1] and place[2] in _COMMUNE_LEVELS:
                return BodyMatch(key, pos, place[0], place[1], place[2], True)
        if inner is None:
            return None
        return BodyMatch(f"{key}>{inner.key}", pos, inner.end, inner.place, inner.level, inner.specific)
    if mode == "named":  # "Đồn Biên phòng Lũng Cú", "Đồn Biên phòng cửa khẩu Quốc tế Lao Bảo"
        run = _NAMED.match(text, after) if gap else None
        words = run.group("name").split(" ") if run else []
        if key == "named_hospital":  # "Bệnh viện Chợ Rẫy": its own name whole, no place; a kind is no name
            if run is None or words[0] in _HOSPITAL_KINDS:
                return None
            return BodyMatch(f"{key}:{unit_key(run.group('name'))}", pos, run.end("name"), "", None, True)
        # a name that looks like a person's may be a district's or a commune's ("Đồn Biên phòng Trần Đề")
        # (a known unit's name is whole though a family name sits inside it: "Cảng hàng không quốc tế Tân Sơn
        # Nhất")
        count = max(_place_words(words, ""), _known_words(words, "huyện"), _known_words(words, "xã")) \
            if run else 0
        if count == 0 and run and 2 <= len(words) <= 4 \
                and text.count(text[pos:run.end("name")]) >= 2:
            count = len(words)  # "Đồn Biên phòng Ma Lù Thàng" written so again: a gate's name, no person's
        if count == 0 and run and run.start("name") > run.start():
            count = len(words)  # "Đồn Biên phòng Cửa khẩu Ma Lù Thàng": after "Cửa khẩu", a gate's name
        if count == 0:
            return BodyMatch(key, pos, end, "", None, False)
        name_end = run.start("name") + len(" ".join(run.group("name").split(" ")[:count]))  # type: ignore[union-attr]
        dash = _HYPHENATED.match(text, name_end) if key in _HYPHENATED_NAMES else None
        if dash is not None:  # "Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng"
            name_end = dash.end()
        if key in _NAMES_NOT_PLACES:  # "Trại giam Nam Hà" lies in Hà Nam's Kim Bảng: its name is no place
            return BodyMatch(f"{key}:{unit_key(text[after:name_end])}", pos, name_end, "", None, True)
        return BodyMatch(key, pos, name_end, text[after:name_end], None, True)
    if mode == "described":  # "Ban Chỉ đạo phòng, chống tội phạm tỉnh Nghệ An"
        return _described(text, pos, end, key) if gap else None
    place = _match_place(text, after) if gap or text.startswith(".", end) else None
    if place is None and gap and key in _DISTRICT_HEADS:  # "Huyện ủy Mèo Vạc": the district's name alone
        place = _abbreviated_place(text, after, _DISTRICT_HEADS[key])
    if place is None:
        return None if lower else BodyMatch(key, pos, end, "", None, mode == "optional")
    place_end, place_text, level = place
    if lower and not place_text:
        return None
    if not place_text and mode == "optional" and key in _BARE_LEVEL_NAMED:
        # "Hiệp hội Du lịch tỉnh đề xuất …": the report's province's association, named by its trade alone
        return BodyMatch(key, pos, end, "", None, True)
    return BodyMatch(key, pos, place_end, place_text, level, bool(place_text))


# bodies of a province named with a bare level word and no place ("Hiệp hội Du lịch tỉnh", "Chi cục Thú y
# tỉnh"): one body by its own name (a state department's "Sở Tài chính tỉnh" is left as it was)
_BARE_LEVEL_NAMED = frozenset(row["key"] for row in load_table("bodies.tsv")
                              if row["key"].startswith(("hiep_hoi_", "chi_cuc_"))
                              and row["place"] == "optional")
# prefixes that also head a commune's or ward's own body ("Đảng ủy xã Bố Trạch", "Đảng bộ phường Hòa Bình")
_PLACED_PREFIXES = frozenset({"party_committee", "party_organization_of"})
# Bodies named after a place whose name is only a name: prisons and airports are not where they say
# (a national park's board too: "Vườn quốc gia Phong Nha - Kẻ Bàng" is a feature named after a place)
_NAMES_NOT_PLACES = frozenset({"prison", "airport", "national_park_board"})
# bodies whose name may join two names with a hyphen
_HYPHENATED_NAMES = frozenset({"national_park_board"})
# A body's abbreviation in brackets between its head and its place or body, with the space after it.
_INSIDE_ABBREVIATION = regex.compile(r"[ ]?\(\p{Lu}[\p{Lu}\d&-]+\)[ ]")

# party committees of a district: their place may be written without its level word (a provincial city's
# too: "Bí thư Thành ủy Uông Bí", where no province follows)
_DISTRICT_HEADS = {"huyen_uy": "huyện", "quan_uy": "quận", "thi_uy": "thị xã",
                   "city_party_committee": "thành phố"}


def _described(text: str, pos: int, end: int, key: str) -> BodyMatch | None:
    """A head, what it is for in up to 24 words (lower case, numbers, abbreviations, commas)
    and the place it serves: one body, told apart from the head's others by that purpose."""
    words = _DESCRIPTION.match(text, end)
    if words is None:
        return BodyMatch(key, pos, end, "", None, False)
    short = _SHORT_NAME_BEFORE_PLACE.match(text, words.end())
    if short is not None:
        # "Ban Chỉ đạo phòng, chống tội phạm, … (Ban Chỉ đạo 138) tỉnh Bình Định": the short name in brackets
        # between the purpose and the place is inside the one name
        place = _match_place(text, short.end())
        if place is not None and place[1]:
            purpose = unit_key(text[end:words.end()].rstrip(", "))
            return BodyMatch(f"{key}:{purpose}", pos, place[0], place[1], place[2], True)
    bare = None
    for m in _WORD_STARTS.finditer(text, words.start(), words.end() + 2):  # the place may be capitalized
        place = _match_place(text, m.start())
        if place is not None and place[1] and _PLURAL_BEFORE.search(text, words.start(), m.start()):
            # "Ban Chỉ huy PCCC rừng các huyện U Minh, Trần Văn Thời": the boards of several places, none
            return BodyMatch(key, pos, end, "", None, False)
        if place is not None and place[1]:
            purpose = unit_key(text[end:m.start()])
            return BodyMatch(f"{key}:{purpose}", pos, place[0], place[1], place[2], True)
        if place is not None and not text[place[0]:words.end()].strip(", "):  # "… 127 tỉnh, cho biết"
            bare = place
    if bare is not None:  # "Trưởng Ban Chỉ đạo 138 tỉnh": the board of the report's province, not named
        return BodyMatch(key, pos, bare[0], "", bare[2], False)
    purpose = unit_key(text[end:words.end()].rstrip(","))
    central = _CENTRAL.match(text, words.end())
    if central is not None:  # "Ban Chỉ đạo 127 Trung ương": the national board of that purpose
        return BodyMatch(f"{key}:{purpose}@central", pos, central.end(), "", None, True)
    gap = _GAP_RE.match(text, words.end())
    inner = match_body(text, gap.end(), 1) if gap else None
    if inner is not None and inner.specific and not inner.key.startswith("unit "):
        # "Ban Chỉ đạo 138 Bộ LĐ-TB&XH": the board of that ministry or province's body
        return BodyMatch(f"{key}:{purpose}>{inner.key}", pos, inner.end, inner.place, inner.level, True)
    return BodyMatch(key, pos, end, "", None, False)


# "các", "những", "hai" … before a board's place: the boards of several places ("… các huyện U Minh, Trần Văn
# Thời"), no one body
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}\d])(?:các|những|hai|ba|bốn)" + GAP + r"$")
# a board's short name in brackets after its purpose, its place after it: "(Ban Chỉ đạo 138)
# tỉnh …", "(BCĐ 138) tỉnh …"
_SHORT_NAME_BEFORE_PLACE = regex.compile(r"[ ]?\((?:Ban [Cc]hỉ đạo|BCĐ)[ ][^()\n]{1,20}\)[ ]")
_CENTRAL = regex.compile(GAP + r"(?:Trung ương|T\.Ư|TƯ|TW|quốc gia)" + _END)


def _match_place(text: str, pos: int) -> tuple[int, str, str | None] | None:
    """(end, place as written, level word) of a place starting at pos, or None."""
    m = _province_forms().match(text, pos)
    if m:
        return m.end(), m.group(), None
    abbreviated = _ABBREVIATED.match(text, pos)
    if abbreviated is not None:  # a unit the data knows, or a number
        return _abbreviated_place(text, abbreviated.end(), _ABBREVIATED_KIND[abbreviated.group(1)])
    level = _LEVEL.match(text, pos)
    if level is None:
        return None
    kind = level.group("level").lower().rstrip(".")
    after = level.end()
    former = _historical_forms().match(text, after) if kind == "tỉnh" else None
    # only wards and urban districts are numbered ("Quận 10", "Phường 12"; not "Công an tỉnh 10 xe")
    numbered = _NUMBERED.match(text, after) if kind in _NUMBERED_LEVELS else None
    for found in (former, _province_forms().match(text, after), numbered):
        if found:
            return found.end(), found.group(), kind
    run = _CAP_RUN.match(text, after)
    if run is None:
        return level.end("level"), "", kind
    words = run.group().split(" ")
    if kind in _COMMUNE_LEVELS or kind in _DISTRICT_LEVELS:
        # a name with a dash: a ward named since 2025 ("phường Xuân Hương - Đà Lạt") or a former city
        # ("thành phố Phan Rang - Tháp Chàm", "Phan Rang-Tháp Chàm")
        dash = _HYPHENATED.match(text, run.end())
        names = admin_index().new_communes if kind in _COMMUNE_LEVELS else admin_index().districts
        if dash and f"{run.group()} - {dash.group(1)}" in names:
            return dash.end(), text[after:dash.end()], kind
    count = _place_words(words, kind)
    if count == 0:
        return level.end("level"), "", kind
    place = " ".join(words[:count])
    return after + len(place), place, kind


def _abbreviated_place(text: str, pos: int, kind: str) -> tuple[int, str, str | None] | None:
    """(end, place, level word) of a number or a known unit's name after an abbreviated level word."""
    found = _NUMBERED.match(text, pos)
    if found:
        return found.end(), found.group(), kind
    run = _CAP_RUN.match(text, pos)
    count = _known_words(run.group().split(" "), kind) if run else 0
    if count == 0:
        return None
    place = " ".join(run.group().split(" ")[:count])  # type: ignore[union-attr]
    return pos + len(place), place, kind


def _known_words(words: list[str], kind: str) -> int:
    """How many of the words name a district or commune (of the level word's kind) the data
    knows; 0 when none does."""
    index = admin_index()
    units = index.districts if kind in _DISTRICT_LEVELS else (
        index.communes if kind in _COMMUNE_LEVELS else {})
    later = index.new_communes if kind in _COMMUNE_LEVELS else {}
    for count in range(min(len(words), 4), 0, -1):
        if " ".join(words[:count]) in units or " ".join(words[:count]) in later:
            return count
    return 0


def _place_words(words: list[str], kind: str) -> int:
    """How many of the capitalized words after a level word name the place; the rest
    (a name such as "Nguyễn Văn A") belongs to a person."""
    count = _known_words(words, kind)
    if count:
        return count
    if is_surname(words[0]) and 2 <= len(words) <= 4:
        return 0
    for i in range(1, len(words)):
        if is_surname(words[i]) and 2 <= len(words) - i <= 4:
            return i
    return min(len(words), 4)


# the kinds a hospital is named by, no name of its own ("Bệnh viện Đa khoa tỉnh …", "Bệnh viện Nhi Trung
# ương")
_HOSPITAL_KINDS = frozenset({"Đa", "Nhi", "Sản", "Phụ", "Quân", "Y", "Mắt", "Ung", "Tâm", "Đại", "Hữu",
                             "Răng", "Da", "Lao", "Phổi", "Tai", "Nội", "Ngoại", "Phục", "Thể", "Trung",
                             "Điều", "Huyết", "Chấn", "Tim", "Lão", "Bệnh", "Công", "Cấp"})
_CAPITALIZED = regex.compile(r"(?<![\p{L}\d])\p{Lu}\p{L}*")


def word_starts(text: str, start: int, end: int, words: frozenset[str]) -> list[int]:
    """Sorted offsets in text[start:end] where a whole word of `words` begins.

    Capitalized words come from one scan; lower-case ones ("đồng", "công") from
    string search, which is far faster than testing every word of the text.
    """
    found = [at for at, word in capitalized_words(text) if start <= at < end and word in words]
    for word in _lower_words(words):
        at = text.find(word, start, end)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
                found.append(at)
            at = text.find(word, after, end)
    return sorted(found)


@lru_cache(maxsize=4)
def capitalized_words(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, word) of every capitalized word: scanned once per text for every step."""
    return tuple((m.start(), m.group()) for m in _CAPITALIZED.finditer(text))


@cache
def _lower_words(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(w for w in words if not w[0].isupper()))


def readable_starts(context: Context, words: frozenset[str]) -> list[int]:
    """Offsets where a word of `words` begins inside a title, body or caption block
    and outside furniture (photo credits, outlet prefixes): where names may start."""
    blocks = [b for b in context.blocks if b.kind in ("title", "body", "caption")]
    starts = [b.start for b in blocks]
    out: list[int] = []
    for at in word_starts(context.document.text, 0, len(context.document.text), words):
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < blocks[i].end and not context.in_furniture(at, at + 1):
            out.append(at)
    return out


def find_bodies(text: str, start: int = 0, end: int | None = None,
                starts: list[int] | None = None) -> list[BodyMatch]:
    """Every body named in text[start:end], left to right, without overlaps; only at
    `starts` when given."""
    end = len(text) if end is None else end
    out: list[BodyMatch] = []
    pos = start
    for at in word_starts(text, start, end, body_first_words()) if starts is None else starts:
        if at < pos:
            continue
        found = match_body(text, at)
        if found is not None and found.key.startswith("standing_office>") \
                and _STANDING_TITLE.search(text, max(0, at - 20), at):
            # "Phó Bí thư Thường trực Thành ủy Hà Nội": "Thường trực" is the title's, the body is the Thành ủy
            after = _GAP_RE.match(text, at + len("Thường trực"))
            found = match_body(text, after.end()) if after else None
        if found is not None and text.startswith("Văn phòng", at) \
                and _CHIEF_OF.search(text, max(0, at - 12), at):
            # "Chánh Văn phòng Bộ Công an": "Văn phòng" is the position's word, the body is the one after it
            after = _GAP_RE.match(text, at + len("Văn phòng"))
            # "Phó Chánh Văn phòng Thường trực Ban Chỉ đạo 138/CP": the standing office's chief, the
            # body the board
            standing = _STANDING_OFFICE.match(text, after.end()) if after else None
            if standing:
                after = standing
            found = match_body(text, after.end()) if after else None
        if found is not None and found.end <= end:
            out.append(found)
            pos = found.end
    return out


def normalize_name(name: str) -> str:
    """A name with every run of whitespace as one space."""
    return " ".join(name.split())


def extract_organizations(document: Document, context: Context) -> list[Organization]:
    """One Organization per specific body the report names, mentions in text order."""
    text = document.text
    bodies = [b for b in find_bodies(text, starts=readable_starts(context, body_first_words())) if b.specific]
    keys = [identity(b) for b in bodies]
    bodies, keys = _without_bracketed_repeats(text, bodies, keys)
    codes: dict[str, str] = {}  # a unit code written in brackets after a name -> that body
    for body, key in zip(bodies, keys, strict=True):
        code = code_after(text, body.end) or _code_inside(text, body)
        if code is not None and body.code is None:
            codes.setdefault(code, key)
    names: dict[str, tuple[bool, str]] = {}  # body -> (named by a code only, name)
    mentions: dict[str, list[Span]] = {}
    for body, key in zip(bodies, keys, strict=True):
        key = codes.get(body.code, key) if body.code else key
        head = _POSITIONS_UNIT.match(text, body.start, body.end) if key.startswith("unit ") else None
        if head is not None and _IN_POSITION.search(text, max(0, body.start - 10), body.start) \
                and code_after(text, body.end) is None \
                and not _CODE_ONLY.fullmatch(text, head.end(), body.end):  # "Trưởng phòng PA05": below
            inner = _after_positions_unit(text, body)
            if inner is not None:  # "Phó Trưởng phòng … Công an tỉnh X": the province's police, no unit
                body, key = inner, identity(inner)
            elif _named_in_full(text, body, bodies) or not body.place:
                # "Trưởng phòng Cảnh sát giao thông" after "Phòng Cảnh sát giao thông Công an …"; named only
                # in the position, in lower case, without its code or its body ("Trưởng phòng Tổ chức cán
                # bộ công bố …"), the unit is the position's word too (with a code, "Trưởng phòng An ninh
                # đối nội (PA02)", it is a body: above)
                continue
        if body.key.startswith("unit ") and not body.place and _BARE_LEVEL_AFTER.match(text, body.end):
            continue  # "Phòng Tài nguyên và Môi trường huyện rà soát …": of a level word alone, no one body
        if not body.place and body.key in _optional_place_keys() and _among_forces(text, body):
            continue  # "phối hợp giữa Công an, Bộ đội Biên phòng và Hải quan": forces at large, no body
        if _LAW_TITLE.search(text, max(0, body.start - 30), body.start):
            continue  # "Pháp lệnh Lực lượng Cảnh sát biển Việt Nam": the law's title, no body
        if body.key == "provincial_newspaper" and _OUTLET_PREFIX.match(text, body.end) \
                and text[max(0, body.start - 1):body.start] == "(":
            continue  # "(Báo Kon Tum) - Chiều 11/4, …": the outlet's prefix, no body of the report's
        if body.key == "government" and _DIGITAL.match(text, body.end):
            continue  # "Chính phủ số", "Chính phủ điện tử": a way of governing, no body
        if body.key.startswith("unit ") and not body.place and body.code is None \
                and _COUNTED_UNITS.search(text, max(0, body.start - 16), body.start):
            continue  # "xây dựng trụ sở 2 Đội Cảnh sát …": units counted, no one body
        if body.key.startswith("unit ") and body.code is None and _several_units(text, body):
            continue  # "các đội CSGT", "các trạm và đội Cảnh sát giao thông", "Phòng An ninh các huyện"
        if not body.place and body.key in _optional_place_keys() \
                and _COMMANDER.search(text, max(0, body.start - 12), body.start):
            key = "force:" + key  # "Phó Tư lệnh Bộ đội Biên phòng": the force, no province's command
        # a name wins over a code ("Phòng Cảnh sát hình sự" over "Phòng PC45"), then the fuller name
        # the name without "(VKSND)" or a board's bracketed short name ("… (Ban Chỉ đạo 138) tỉnh …")
        written = _SHORT_NAME_BEFORE_PLACE.sub(" ", _INSIDE_ABBREVIATION.sub(" ", text[body.start:body.end]))
        name = (body.code is not None, normalize_name(written))
        if key not in names or name[0] < names[key][0] or (
                name[0] == names[key][0] and _fuller(name[1], names[key][1])):
            names[key] = name
        mentions.setdefault(key, []).append((body.start, body.end))
    if codes:
        _code_mentions(text, context, codes, mentions)
    _merge_short_forms(mentions)
    _without_positions_units(text, mentions)
    _companies(text, context, mentions, names)
    _acronym_mentions(text, context, mentions, names)
    return [Organization(name=names[key][1][0].upper() + names[key][1][1:], mentions=tuple(spans))
            for key, spans in mentions.items()]


# the end of an outlet's prefix after its name: "(Báo Kon Tum) - ", "(Báo Quảng Ngãi)- "
_OUTLET_PREFIX = regex.compile(r"\)[ \t]*[-–]")
# A law's or an ordinance's title before a body's name ("Luật Cảnh sát biển Việt Nam", "Pháp lệnh Lực lượng
# Cảnh sát biển Việt Nam"): the body names the law, it is no mention.
_LAW_TITLE = regex.compile(r"(?<![\p{L}\d])(?:Luật|Pháp lệnh|Bộ luật)"
                        r"(?:[ ]\p{Lu}\p{Ll}*(?:[ ]\p{Ll}+)?)?[ ]$")


# digital government, not the Government: "xây dựng Chính phủ số", "Chính phủ điện tử" (never "Chính phủ số
# 01/NQ-CP", a number)
_DIGITAL = regex.compile(r"[ ](?:số(?![ ]*\d)(?![ ]hóa)|điện tử)" + _END)
# a count before a unit's name: "trụ sở 2 Đội Cảnh sát phòng cháy, chữa cháy …", "thành lập 3 Đội …" (not a
# date's or a number's last figures: "ngày 15/3 Cục …", "Quân khu 7 …")
_COUNTED_UNITS = regex.compile(r"(?<!(?:ngày|tháng|năm|số|khu|Vùng|vùng|đoàn|đội)[ ])(?<![\d/.,:-])"
                               r"\d{1,3}[ ]$")
# units in the plural: "các" right before ("các Đội Cảnh sát phòng cháy, chữa cháy khu vực", "các đội
# CSGT"), or before another noun and "và" when the unit's head is in lower case ("các trạm và đội Cảnh sát
# giao thông"); or the units of several places ("Phòng An ninh các huyện của tỉnh Xiêng Khoảng")
_PLURAL_UNITS = regex.compile(r"(?<![\p{L}])(?:[Cc]ác|[Nn]hững)[ ]$")
_PLURAL_BEFORE_LOWER = regex.compile(r"(?<![\p{L}])(?:[Cc]ác|[Nn]hững)[ ]\p{Ll}+[ ]và[ ]$")
_PLURAL_PLACES_AFTER = regex.compile(r"[ ](?:các|những)[ ](?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)"
                                     r"(?![\p{L}])")


def _several_units(text: str, body: BodyMatch) -> bool:
    """Whether a named unit is written in the plural: several units of that name, no one body (a numbered
    one's name is one force's: "các Tổ công tác đặc biệt 141")."""
    if text[body.end - 1].isdigit():
        return False
    before = text[max(0, body.start - 30):body.start]
    return bool(_PLURAL_UNITS.search(before) or _PLURAL_PLACES_AFTER.match(text, body.end)
                or (text[body.start].islower() and _PLURAL_BEFORE_LOWER.search(before)))


# a unit's level word with no name after it ("Phòng Tư pháp huyện rà soát …"): the unit of the district at
# large, no body (as a bare "Công an huyện")
_BARE_LEVEL_AFTER = regex.compile(r"[ ](?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?![ ]*\p{Lu})"
                                  r"(?![\p{L}])")
# a commander's office before a force written bare names the whole force ("Phó Tư lệnh Bộ đội Biên phòng")
_COMMANDER = regex.compile(r"(?<![\p{L}])Tư lệnh[ ]$")
# forces named by their branch alone ("Công an", "Hải quan"): a force listed with them is the branch at large
# (and the forces at large: "phối hợp với Bộ đội Biên phòng và lực lượng chức năng của Lào")
_BRANCH = r"(?:Công an|Hải quan|Quân sự|Quản lý thị trường|Kiểm lâm|(?:các[ ])?lực lượng chức năng)"
_BRANCH_BEFORE = regex.compile(r"(?<![\p{L}])" + _BRANCH + r"(?:,|[ ]và)[ ]$")
_BRANCH_AFTER = regex.compile(r"(?:,|[ ]và)[ ]" + _BRANCH
                              + r"(?![ ]?(?:tỉnh|thành phố|TP|huyện|quận)[ .]*\p{Lu})" + _END)


def _among_forces(text: str, body: BodyMatch) -> bool:
    """Whether a force written bare stands in a list with branches named alone ("Công an, Bộ đội Biên phòng
    và Hải quan", "Bộ đội Biên phòng, Hải quan và Công an các tỉnh"): the branches, not one body."""
    return bool(_BRANCH_BEFORE.search(text, max(0, body.start - 30), body.start)
                or _BRANCH_AFTER.match(text, body.end))


_OPEN_BRACKET = regex.compile(r"[ ]?\($")


@cache
def _named_keys() -> frozenset[str]:
    """Bodies named after a place without a level word ("Đồn Biên phòng Lũng Cú", "Chi cục Hải quan Phú
    Quốc")."""
    return frozenset(row["key"] for row in load_table("bodies.tsv") if row["place"] == "named")


def named_places(context: Context) -> list[Span]:
    """Where each body named after a place names it ("Mỹ Quý Tây" in "Đồn Biên phòng Mỹ Quý Tây"): the
    place is the body's name, not where what the body did happened (memoized in `context.memo`)."""
    assert context.result is not None
    found = context.memo.get("named_places")
    if found is None:
        text = context.document.text
        found = []
        for organization in context.result.organizations:
            for start, end in organization.mentions:
                body = match_body(text, start)
                if body is not None and body.end == end and body.place \
                        and body.key.rsplit(">", 1)[-1] in _named_keys():
                    found.append((end - len(body.place), end))
        context.memo["named_places"] = found
    return found


@cache
def _optional_place_keys() -> frozenset[str]:
    """Bodies that are a national force or office and, with a place, that place's ("Bộ đội Biên phòng")."""
    return frozenset(row["key"] for row in load_table("bodies.tsv") if row["place"] == "optional")
_ABBREVIATION = regex.compile(r"\p{Lu}[\p{Lu}\d&.-]+")
_BARE_CODE_FULL = regex.compile(CODE)
# a unit's code in brackets inside its name, before the police it belongs to: "Phòng Cảnh sát phòng cháy, chữa
# cháy và cứu nạn, cứu hộ (PC07) Công an TP Hà Nội"
_CODE_INSIDE = regex.compile(r"[ ]?\((" + CODE + r")\)[ ]")


def _code_inside(text: str, body: BodyMatch) -> str | None:
    """The one unit code written in brackets inside a body's name, without its space (then "Phó Trưởng
    phòng PC07", "lực lượng PC07" are that body's mentions, no "Phòng PC07" of their own), or None."""
    found = list(_CODE_INSIDE.finditer(text, body.start, body.end))
    return found[0].group(1).replace(" ", "") if len(found) == 1 else None


def _without_bracketed_repeats(text: str, bodies: list[BodyMatch],
                               keys: list[str]) -> tuple[list[BodyMatch], list[str]]:
    """A body's abbreviation in brackets right after its name ("Tổ chức Y tế thế giới (WHO)") is the
    same mention, not a second one; a short name in words ("(Ban Chỉ đạo 389 quốc gia)") is one."""
    kept: list[tuple[BodyMatch, str]] = []
    for body, key in zip(bodies, keys, strict=True):
        if kept and kept[-1][1] == key and text[body.end:body.end + 1] == ")" \
                and _ABBREVIATION.fullmatch(text, body.start, body.end) \
                and _OPEN_BRACKET.fullmatch(text, kept[-1][0].end, body.start):
            continue
        kept.append((body, key))
    return [b for b, _ in kept], [k for _, k in kept]


# A company by its name: "Công ty Cổ phần Đường sắt Nghĩa Bình", "Công ty CP Thép Hoàng Long", "Công ty
# Công nghiệp Hóa chất mỏ Quảng Ninh". The name is capitalized words, with at most two lower-case
# words between two of them ("Đường sắt", "Hóa chất mỏ"); it ends before a word of joining or place
# ("và", "về", "tại" …) and before another body ("… phối hợp Công an huyện …").
_NAME_WORD = r"\p{Lu}[\p{L}\d]*(?![\p{L}\d])"
_JOINING = (r"(?:và|về|tại|của|với|cho|trên|ở|để|đã|sẽ|do|là|có|được|đang|vừa|cùng|từ|theo|trong|"
            r"ngoài|nhằm|thuộc|gồm)(?![\p{L}\d])")
_COMPANY = regex.compile(
    r"(?<![\p{L}\d])(?:Tổng công ty|Công ty|Ngân hàng(?![ ](?:Nhà nước|Chính sách))|Tập đoàn"
    # a cooperative by its name ("Hợp tác xã Cà phê Di Linh")
    r"|Hợp[ ]tác[ ]xã"
    # a school by its level and name ("Trường THPT Nguyễn Du", "Trường Tiểu học Kim Đồng")
    r"|Trường[ ](?:THPT|THCS|PTDTNT|PTDTBT|TH&THCS|THCS&THPT|Tiểu học|Mầm non|Trung học phổ thông"
    r"|Trung học cơ sở|Phổ thông dân tộc nội trú|Phổ thông dân tộc bán trú"
    # a university, college or academy ("Trường Đại học Bách khoa Hà Nội", "Học viện Ngân hàng")
    r"|Đại học|Cao đẳng)|Học viện)"
    # the company's form, capitalized or not ("Công ty cổ phần Xe khách …")
    r"(?:[ ](?:[Cc]ổ phần|CP|TNHH(?:[ ]MTV|[ ]một thành viên)?"
    r"|[Tt]rách nhiệm hữu hạn(?:[ ]một thành viên)?))?"
    r"[ ](?P<first>" + _NAME_WORD + r")"
    # "Đầu tư và Phát triển", "Sài Gòn - Hà Nội": words joined by "và" or a hyphen inside the name
    r"(?P<rest>(?:[ ](?:(?!" + _JOINING + r")\p{Ll}+[ ]){0,2}"
    r"(?:(?:và|-)[ ](?!(?:Công|Tổng|Ngân|Tập|Trường|Học|Hợp)[ ]))?"
    + _NAME_WORD + r")*)"
    # a branch: "… nông thôn chi nhánh tỉnh Đồng Nai", "… Việt Nam (BIDV) chi nhánh Bạc Liêu", a district's
    # ("… chi nhánh huyện Hòa Vang")
    r"(?P<branch>(?:[ ](?!" + _JOINING + r")\p{Ll}+){0,3}[ ](?:\([^()\s]{2,12}\)[ ])?chi[ ]nhánh"
    r"(?:[ ](?:tỉnh|thành phố|TP|huyện|quận|thị xã))?(?:[ ]" + _NAME_WORD + r")+)?",
    regex.V1)


# a bank's name to its branch, however many lower-case words its name has ("Ngân hàng Nông nghiệp và Phát
# triển nông thôn Việt Nam - Chi nhánh tỉnh Bạc Liêu"): words joined by "và" or a hyphen, no other joining
# word, then "- Chi nhánh" or "chi nhánh" and the branch's place
_BANK_BRANCH = regex.compile(
    r"Ngân hàng(?:[ ](?:(?!" + _JOINING + r")[\p{L}\d&]+|và|-)){1,12}?[ ](?:\([^()\s]{2,12}\)[ ])?"
    r"(?:[-–][ ])?[Cc]hi[ ]nhánh(?:[ ](?:tỉnh|thành phố|TP|huyện|quận|thị xã))?(?:[ ]" + _NAME_WORD + r")+",
    regex.V1)


# a name's long tail in lower case that ends with the country or a province, the name's end: "Ngân hàng Nông
# nghiệp và Phát| triển nông thôn Việt Nam", "Công ty TNHH MTV Khai| thác công trình thủy lợi Lâm Đồng" (the
# two-word limit of `_COMPANY` stops such names partway); no joining word in it, nothing capitalized after it
_TAIL_WORDS = regex.compile(r"(?:[ ](?!" + _JOINING + r")\p{Ll}+){3,5}[ ]")


def _long_tail(text: str, end: int) -> int | None:
    """The end of a company's name that runs on from `end` through three to five lower-case words to
    "Việt Nam" or a province's name that closes it, or None."""
    words = _TAIL_WORDS.match(text, end)
    if words is None:
        return None
    place = _tail_place().match(text, words.end())
    if place is None or regex.match(r"[\p{L}\d]|[ ]\p{Lu}", text[place.end():place.end() + 2]):
        return None
    return place.end()


@cache
def _tail_place() -> regex.Pattern[str]:
    return regex.compile("Việt[ ]Nam|" + _province_forms().pattern)


# a lower-case syllable after a company's name
_LAST_SYLLABLE = regex.compile(r"[ ](\p{Ll}+)(?![\p{L}\d])")


@cache
def _company_words() -> frozenset[str]:
    """Words of two syllables a company's name may end with, the second in lower case ("Quân đội")."""
    return frozenset(row["word"] for row in load_table("company_words.tsv"))


def _companies(text: str, context: Context, mentions: dict[str, list[Span]],
               names: dict[str, tuple[bool, str]]) -> None:
    """Companies the report names (each a body of its own), where no other body is named."""
    taken = sorted(span for spans in mentions.values() for span in spans)
    for at in readable_starts(context, frozenset({"Công", "Tổng", "Ngân", "Tập", "Trường", "Học", "Hợp"})):
        m = _COMPANY.match(text, at)
        if m is None:
            continue
        end = m.end("first")
        for word in regex.finditer(r"[ ](?:\p{Ll}+[ ]|-[ ]){0,2}(" + _NAME_WORD + r")", m.group("rest")):
            inner = m.start("rest") + word.start(1)
            if not word.group()[1].isupper() and (match_body(text, inner) is not None or (
                    text.startswith("Trường", at) and len(word.group().split()) > 2)):
                break  # "… phối hợp Công an huyện …": another body after lower-case words; a school's
                # name has one lower-case word at most ("Trường THPT Công nghiệp Việt Trì", never "… Kim
                # Đồng tưng bừng Hội khỏe Phù Đổng")
            end = m.start("rest") + word.end()
        last = _LAST_SYLLABLE.match(text, end)
        if last is not None and text[text.rfind(" ", at, end) + 1:last.end()] in _company_words():
            end = last.end()  # "… Viễn thông Quân đội", "Tổng công ty Đường sắt": the word's last syllable
        tail = _long_tail(text, end)
        if tail is not None and end == m.end("rest"):
            end = tail  # "… và Phát triển nông thôn Việt Nam", "… Khai thác công trình thủy lợi Lâm Đồng"
        if m.group("branch") and end == m.end("rest"):
            end = m.end("branch")
        branch = _BANK_BRANCH.match(text, at) if text.startswith("Ngân hàng", at) else None
        if branch is not None and branch.end() > end:
            end = branch.end()  # "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh …"
        i = bisect_right(taken, (at, len(text))) - 1
        if (i >= 0 and taken[i][1] > at) or (i + 1 < len(taken) and taken[i + 1][0] < end):
            continue
        # a short form in brackets inside the name is left out of it ("… Việt Nam (BIDV) chi nhánh …")
        name = normalize_name(regex.sub(r"[ ]\([^()]*\)", "", text[at:end]))
        key = "company@" + name
        names.setdefault(key, (False, name))
        mentions.setdefault(key, []).append((at, end))
        insort(taken, (at, end))  # "Công ty CP Tập đoàn Hoàng Phúc": the group inside is no second company


# "Bộ Tư lệnh Vùng Cảnh sát biển 3" is the command of "Vùng Cảnh sát biển 3": one body
_COMMAND_OF = "command_of>"


def _merge_short_forms(mentions: dict[str, list[Span]]) -> None:
    """A body written without its place or its body ("Sở Giáo dục và Đào tạo", "Phòng Cảnh sát hình
    sự") where the report names it in full once ("Sở Giáo dục và Đào tạo Hải Phòng", "Phòng Cảnh sát
    hình sự Công an tỉnh Thanh Hóa") is that body: its mentions go to the full name's item. With two
    full names it could be either, and stays on its own."""
    for short in [key for key in mentions if "@" not in key and ">" not in key]:
        full = [key for key in mentions if key != short and (
            key.startswith((short + "@", short + ">")) or key == _COMMAND_OF + short)]
        if len(full) == 1:
            mentions[full[0]] = sorted(mentions[full[0]] + mentions.pop(short))


# a head's title right before a unit written in lower case: "Trưởng phòng …", "Phó Trưởng phòng …", "Phó
# phòng …"
_IN_POSITION = regex.compile(r"(?<![\p{L}])(?:[Tt]rưởng|[Pp]hó)[ ]$")


def _named_in_full(text: str, unit: BodyMatch, bodies: list[BodyMatch]) -> bool:
    """Whether the report names the unit with its body elsewhere ("Phòng Cảnh sát giao thông Công an tỉnh
    Nghệ An (PC08)" and "Trưởng phòng Cảnh sát giao thông"): then the position's unit is its word, no mention
    (as it is, named only in the position, unless its code follows: "Trưởng phòng An ninh đối nội (PA02)")."""
    words = text[unit.start:unit.end].lower() + " "
    return any(b is not unit and text[b.start:b.end].lower().startswith(words) for b in bodies)


def _after_positions_unit(text: str, body: BodyMatch) -> BodyMatch | None:
    """The body a position's unit belongs to ("Phó Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh Quảng
    Nam" -> "Công an tỉnh Quảng Nam"), or None. The unit itself, written in lower case inside the position
    without its code (not "Trưởng phòng An ninh đối nội (PA02)"), is the position's word and no mention."""
    if ">" not in body.key:
        return None
    unit = match_unit(text, body.start)
    gap = _GAP_RE.match(text, unit.end) if unit is not None else None
    inner = match_body(text, gap.end(), 1) if gap is not None else None
    return inner if inner is not None and inner.specific and inner.end == body.end else None


def _without_positions_units(text: str, mentions: dict[str, list[Span]]) -> None:
    """A unit written in lower case inside a position ("Trưởng phòng Cảnh sát kinh tế") is the
    position's word where the report names the unit elsewhere too ("Phòng Cảnh sát kinh tế Công an
    tỉnh …"): no mention of it there, or its code only ("Trưởng phòng PA05"). Named only there with its
    code after it ("Trưởng phòng An ninh đối nội (PA02)"), it stays the unit's one mention."""
    for key, spans in mentions.items():
        if not key.startswith("unit ") or len(spans) < 2:
            continue
        kept: list[Span] = []
        for s, e in spans:
            head = _POSITIONS_UNIT.match(text, s, e)
            if head is None:
                kept.append((s, e))
            elif _CODE_ONLY.fullmatch(text, head.end(), e):
                kept.append((head.end(), e))  # "Trưởng phòng PA05": the code is the unit's mention
        if kept and kept != spans:
            mentions[key] = kept


_POSITIONS_UNIT = regex.compile(r"(?:phòng|đội|cục)[ ]+")
_CODE_ONLY = regex.compile(r"\p{Lu}{1,3}[ ]?\d{1,3}")


# A short form in capitals in brackets right after a body's name ("Hiệp hội An toàn thông tin Việt Nam
# (VNISA)").
_ACRONYM_AFTER = regex.compile(r"[ ]?\((\p{Lu}[\p{Lu}\d&]{2,9})\)")
# a company's short name in brackets, a brand in Latin letters ("Ngân hàng Nông nghiệp và Phát triển nông thôn
# Việt Nam (Agribank)"); the bracketed brand is a mention of the company too (probe 044's "(Techcombank)")
# a branch after a company's short name: "Agribank chi nhánh Lâm Đồng", "BIDV - Chi nhánh tỉnh Bạc Liêu"
_SHORT_BRANCH = regex.compile(r"[ ](?:[-–][ ])?[Cc]hi[ ]nhánh(?:[ ](?:tỉnh|thành phố|TP|huyện|quận|thị xã))?"
                              r"(?:[ ]" + _NAME_WORD + r")+", regex.V1)
_FIRMS = ("Công ty", "Tổng công ty", "Ngân hàng", "Tập đoàn")
_BRAND_AFTER = regex.compile(r"[ ]?\(([A-Z](?:[A-Z\d&]{1,9}|[a-z]{3,}(?:[A-Z][a-z]*)*))\)")


def _acronym_mentions(text: str, context: Context, mentions: dict[str, list[Span]],
                      names: dict[str, tuple[bool, str]]) -> None:
    """A body's short form written in brackets after its name ("… Việt Nam (VNISA)") and later alone
    ("Đại diện VNISA cho biết") is a mention of that body there; the bracketed form itself is not. A short
    form written after two bodies names neither."""
    owners: dict[str, set[str]] = {}
    companies: set[str] = set()
    for key, spans in mentions.items():
        for start, end in spans:
            company = key.startswith("company@") or text.startswith(_FIRMS, start)
            m = (_BRAND_AFTER if company else _ACRONYM_AFTER).match(text, end)
            if m is not None and not _BARE_CODE_FULL.fullmatch(m.group(1)):
                owners.setdefault(m.group(1), set()).add(key)
                if company:
                    companies.add(m.group(1))
    if not owners:
        return
    taken = sorted(span for spans in mentions.values() for span in spans)
    for short, keys in owners.items():
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        # a brand in brackets is a mention there too (probes 044, 568), capitals alone are not (177, 346)
        brand = short in companies and not short.isupper()
        before = r"(?<![\p{L}\d&])" if brand else r"(?<![\p{L}\d&(])"
        after = r"(?![\p{L}\d&])" if brand else r"(?![\p{L}\d&)])"
        for m in regex.finditer(before + regex.escape(short) + after, text):
            i = bisect_right(taken, (m.start(), len(text))) - 1
            if (i >= 0 and taken[i][1] > m.start()) or context.in_furniture(*m.span()):
                continue
            branch = _SHORT_BRANCH.match(text, m.end()) if short in companies else None
            if branch is not None and f"({short}){text[m.end():branch.end()]}" in text:
                branch = None  # "… Việt Nam (VietinBank) chi nhánh Sóc Trăng": the branch named in full there
            if branch is not None:  # "Agribank chi nhánh Lâm Đồng": the branch, a body of its own
                name = normalize_name(text[m.start():branch.end()])
                names.setdefault("company@" + name, (False, name))
                mentions.setdefault("company@" + name, []).append((m.start(), branch.end()))
                continue
            mentions[key].append(m.span())
        mentions[key].sort()


def _code_mentions(text: str, context: Context, codes: dict[str, str],
                   mentions: dict[str, list[Span]]) -> None:
    """A unit code written alone ("PC45 đã điều tra …") is a mention of the body the report
    wrote it after in brackets; the bracketed code itself is not."""
    taken = sorted(span for spans in mentions.values() for span in spans)
    for m in bare_codes(text):
        key = codes.get(m.group().replace(" ", ""))
        if key is None or text[m.start() - 1:m.start()] == "(" or context.in_furniture(*m.span()):
            continue
        i = bisect_right(taken, (m.start(), len(text))) - 1
        if i >= 0 and taken[i][1] > m.start():
            continue
        mentions[key].append(m.span())
        mentions[key].sort()


def _fuller(name: str, than: str) -> bool:
    """Whether a mention's name is the fuller one: longer, or as long and capitalized."""
    return len(name) > len(than) or (len(name) == len(than) and than[0].islower() and name[0].isupper())


def identity(body: BodyMatch) -> str:
    """What makes two mentions one body: its kind and, when it has one, the unit its place
    names ("Công an TP Hà Nội" and "Công an Hà Nội" are both police at province 01)."""
    if not body.place:
        return body.key
    place = normalize_name(body.place)
    level = "thành phố" if body.level == "tp" else body.level
    index = admin_index()
    code = index.province_forms.get(place)
    if code is not None and (level in (None, "tỉnh", "thủ đô")
                             or level == "thành phố" and index.provinces[code].kind == "thành phố"):
        return f"{body.key}@province {code}"
    return f"{body.key}@{level} {unit_key(place)}"
