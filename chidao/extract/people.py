"""People: the officials a report names, one item per person, with ranks and positions.

In: the document and its layout (photo credits, bylines and other furniture are
skipped; captions count). Out: one `Person` per full name, with the ranks and
positions the report gives them and every mention of the name.

- A name is 2-4 capitalized syllables starting with a family name (surnames.tsv).
  It counts when titles come before it ("Đại tướng Tô Lâm", "Bộ trưởng Bộ Công an Tô
  Lâm", "Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Thiện Nhân", "Ông ...",
  "đồng chí ...", "Đại tướng - Bộ trưởng Tô Lâm") or positions follow it after a
  comma or dash ("Hoàng Văn Nam, Bí thư Tỉnh ủy Nghệ An; Trần Thị Mai, ..."): the
  positions after the name are that person's until the first word that is not a
  position, and a position followed by a name belongs to that next name. "làm
  Trưởng đoàn" after them adds "Trưởng đoàn".
- A name that is a place ("Hà Nội", "Lâm Đồng", "Hồ Chí Minh" after "Thành phố")
  counts only after a rank or honorific; "Hồ Chí Minh" is never a participant.
- A title with one syllable after it ("Thứ trưởng Ngọc") is a mention of the full
  name ending with that syllable whose titles fit; the mention is the syllable.
  Every other occurrence of a full name is a mention too ("Bộ trưởng Tô Lâm"), and so is the given
  name written alone after it ("Mỗi tháng, Dũng chỉ về nhà …", `_given_names_alone`), which later
  steps do not read roles from.
- Positions are as written (spacing normalized); a bare form that a longer one
  of the same office covers ("Bộ trưởng" beside "Bộ trưởng Bộ Công an") is dropped.

Who a title without a name ("Bộ trưởng", "Ông") refers to is decided after this
step, in `chidao.extract.mentions`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from chidao.extract.context import Context
from chidao.extract.organizations import body_first_words, is_surname, match_body, readable_starts, surnames
from chidao.extract.spans import SpanIndex
from chidao.extract.titles import Title, fits, match_title, match_title_chain, title_first_words
from chidao.gazetteer.admin_units import admin_index
from chidao.model import Document, Person, Span
from chidao.text.encoding import is_vietnamese_syllable

# Historical figures and places that look like names: never a participant.
_NOT_PEOPLE = frozenset({"Hồ Chí Minh", "Hoàng Sa"})
_SHORT_LINE_WORDS = 8
# words after which a name is a street, a school, an award, a place or part of a longer proper noun
_NOT_BARE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?:(?i:đường|phố|số|tuyến|quận|huyện|xã|phường|thị trấn|trường|cầu|chợ|giải|tên|mang tên"
    r"|khu|ấp|thôn|bản|làng|xóm|hẻm|ngõ|kiệt|lộ|tượng đài|nhà|đảo|sông|núi|đèo|bến|cảng|chùa|đền|di tích"
    r"|công ty|tập đoàn|bệnh viện|học viện|đại học"
    # a tomb's, a shrine's or a clan house's name ("lăng Đỗ Nguyên Thụy", "nhà thờ họ …")
    r"|lăng|lăng mộ|mộ|miếu|nhà thờ|từ đường"
    # a border gate's name ("cửa khẩu Ma Lù Thàng", "cửa khẩu quốc tế Lao Bảo")
    r"|cửa khẩu(?:[ \t]+(?:quốc tế|chính|phụ))?)|Bác|\d+"
    # a lord's or a laureate's title of old: a historical figure, no participant ("lăng Quận công …")
    r"|Quận công|Quốc công|Thái úy|Thái sư|Tể tướng|Trạng nguyên|Thám hoa|Bảng nhãn"
    # a capitalized word makes it a longer proper noun, not a degree ("PGS.TS Lê Hoàng Nam")
    r"|(?!(?:PGS|GS|TS|ThS|BS|KS|NCS|TSKH|Th\.S)(?:\.(?:TS|ThS|BS|KS|TSKH))*[ \t]+$)\p{Lu}[\p{L}.]*)"
    r"|[-/])[ \t]+$")
_PAIRED = regex.compile(r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){2,3}[ \t]*(?:[–\-,&]|và)[ \t]*$")
# a name listed after a street's name ("tuyến đường Nguyễn Đình Chiểu, Huỳnh Thúc Kháng và …"): a street too
_LISTED_STREET = regex.compile(
    r"(?<![\p{L}])(?i:đường|phố)[ \t]+\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,3}"
    r"(?:[ \t]*,[ \t]*\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,3})*(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)$")
# a name that goes on (a hyphenated or a longer capitalized name, a number: "Nguyễn Du 2")
_NOT_BARE_AFTER = regex.compile(r"[ \t]*(?:-\p{L}|\d)")
# a religious title (no rank, no position) before a name of two syllables makes it a person's: "Mục sư Ksor
# Ding", "Sư cả Danh Sóc", "Linh mục Hồ Sĩ"
_RELIGIOUS_TITLE = regex.compile(
    r"(?<![\p{L}])(?:Mục sư|Linh mục|Hòa thượng|Thượng tọa|Đại đức|Sư cả|Ni sư|Ni trưởng|Sư thầy|Đức cha"
    r"|Giám mục|Truyền đạo|Achar)[ \t]+$")

_WORD = regex.compile(r"\p{L}+")
# a syllable may carry an apostrophe after its capital, as Central Highlands names do ("Siu H'Lai", "K'Bình")
_NAME_RUN = regex.compile(r"\p{Lu}(?:['’]\p{Lu})?\p{Ll}*(?![\p{L}\d])"
                          r"(?:[ ]\p{Lu}(?:['’]\p{Lu})?\p{Ll}*(?![\p{L}\d])){1,5}")
_MARKED_FIRST = regex.compile(r"[HK]['’]\p{Lu}")
_MARKED_SINGLE = regex.compile(r"[HK]['’]\p{Lu}\p{Ll}+(?![\p{L}\d'’])(?![ ]\p{Lu})")
_SINGLE = regex.compile(r"\p{Lu}\p{Ll}+(?![\p{L}\d])(?![ ]\p{Lu})(?!\.\p{L})")
_AFTER_NAME = regex.compile(r"(?!\.\p{L}|-\p{L})")
# an academic degree may stand between the titles and the name ("Trung tướng, PGS.TS Nguyễn
# Văn Long", "Thiếu tướng, TS. Trần Văn Bình"): it is neither rank nor position
_DEGREE = r"(?:GS|PGS|TS|ThS|TSKH)(?:\.[ \t]*(?:TS|TSKH|ThS))?\.?"
_GAP = regex.compile(r"(?:[ \t]*,)?[ \t]*" + _DEGREE + r"[ \t]+(?=\p{Lu})|[ \t]+|[ \t]*\n[ \t]*")
# (two offices joined by "kiêm": "…, Chủ tịch kiêm Tổng Giám đốc Tập đoàn …" holds both)
_APPOSITION = regex.compile(r"[ \t]*(?:,|[-–]|[ \t]kiêm(?=[ \t]))[ \t]*")
_LEADS = regex.compile(r"[ \t]*,?[ \t]+làm[ \t]+(?=(?:[Pp]hó )?[Tt]rưởng [đĐ]oàn)")
_LEVEL_BEFORE = regex.compile(
    r"(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|Thủ đô)\s*$")
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:các|những)\s+$")
# between the plural chain and the first name: "các đồng chí Ủy viên BTV Tỉnh ủy: Nguyễn …"
_LIST_GAP = regex.compile(r"[ \t]*:[ \t]*|[ \t]+|[ \t]*\n[ \t]*")
_LIST_NEXT = regex.compile(r"[ \t]*[;,][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+")
# before a chain, the words after which its titles up to the first comma name someone else: "của" (on
# whose behalf), and the one reported or answered to ("Báo cáo với Bộ trưởng, Đại tá X, Giám đốc …": X
# is not Bộ trưởng)
_OWNER_BEFORE = regex.compile(r"(?<![\p{L}])(?:của|(?:[Bb]áo cáo|[Tt]rả lời)(?:\s+với)?)\s+$")
# "nguyên Trưởng ty …": a former position marks a person but is not one they hold
_FORMER = regex.compile(r"(?:nguyên|cựu)\s+")
# "giữ chức vụ Giám đốc …": the position someone is appointed to
_TAKES_OFFICE = regex.compile(r"\s+(?:giữ chức vụ|giữ chức|giữ cương vị)\s+")
# the stems and branches that name a lunar year ("Giáp Thìn", "Ất Tỵ", "Đinh Dậu"): never a person's name
_CAN = frozenset({"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"})
_CHI = frozenset({"Tý", "Tí", "Sửu", "Dần", "Mão", "Mẹo", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu",
                  "Tuất", "Hợi"})
# a character that makes a name part of a longer word
_NAME_EDGE = regex.compile(r"[\p{L}\d]")


@dataclass(slots=True)
class _Reading:
    """What one place in the text says about a person."""

    name: str
    span: Span
    titles: list[Title] = field(default_factory=list)


def extract_people(document: Document, context: Context) -> list[Person]:
    """One Person per full name named in title, body and caption blocks."""
    text = document.text
    readings: list[_Reading] = []
    shorts: list[_Reading] = []
    _scan(text, person_anchors(context), readings, shorts, _short_lines(context))
    _share_listed_position(text, readings)
    by_name: dict[str, list[_Reading]] = {}
    for reading in readings:
        by_name.setdefault(reading.name, []).append(reading)
    for reading in shorts:
        name = _resolve_short(reading, by_name)
        if name is not None:
            by_name[name].append(reading)
    mentions = _occurrences(text, context, list(by_name))
    _given_names_alone(text, context, by_name, mentions, _short_lines(context))
    people = [_person(name, found, mentions.get(name, ())) for name, found in by_name.items()]
    return sorted(people, key=lambda p: p.mentions[0])


def _scan(text: str, anchors: list[int], readings: list[_Reading], shorts: list[_Reading],
          short_lines: SpanIndex) -> None:
    """Read names with their titles from each anchor (a title's or a name's first word); a name
    with no title is a person too where it reads as one (`_bare_name`)."""
    firsts = title_first_words()
    end = len(text)
    pos = 0
    for p in anchors:
        if p < pos:
            continue
        word = _WORD.match(text, p).group()
        if word in firsts:
            chain = _own_titles(text, match_title_chain(text, p))
            if chain:
                pos = _after_titles(text, chain, end, readings, shorts)
                continue
        if is_surname(word):
            name = _name_at(text, p, end)
            if name is None or _looks_like_place(text, p, name):
                continue
            appositives, stop, marked = _appositives(text, p + len(name), end)
            if marked or _bare_name(text, p, name, short_lines):
                readings.append(_Reading(name, (p, p + len(name)), appositives))
                pos = stop


def _short_lines(context: Context) -> SpanIndex:
    """Blocks of a few words, or a few more without a final stop (bylines "Văn Đức - Hoàng Nhân",
    "CTV Thúy Trinh – Nông Hòa (Công an tỉnh …)", credits): no bare name there is a participant."""
    text = context.document.text
    return SpanIndex((b.start, b.end) for b in context.blocks
                     if len(text[b.start:b.end].split()) <= _SHORT_LINE_WORDS
                     or (len(text[b.start:b.end].split()) <= 2 * _SHORT_LINE_WORDS
                         and text[b.start:b.end].rstrip()[-1:] not in ".!?…:;"))


def _bare_name(text: str, pos: int, name: str, short_lines: SpanIndex) -> bool:
    """Whether a full name with no title beside it names a person ("chiến thắng của Hồ Thị Duy ở
    …", "cặp Hoàng Văn Đạt – Nguyễn Phú"): not in a byline, not part of a longer proper noun
    ("Trường THPT Nguyễn Du") nor after a word that makes it a street, a school, an award or a
    place ("số 96 Nguyễn Du", "đường Lê Lợi", "quần đảo Hoàng Sa"), and not followed by a word
    that continues a proper noun."""
    if short_lines.overlaps(pos, pos + len(name)) or match_body(text, pos) is not None \
            or _inside_body(text, pos):
        return False
    if _NOT_BARE_BEFORE.search(text, max(0, pos - 24), pos) \
            or _LISTED_STREET.search(text, max(0, pos - 120), pos):
        return False
    # two syllables alone read as many things ("Đoàn Thể thao", a byline's "Nông Hòa"): only as
    # the second of a pair ("cặp Hoàng Văn Đạt – Nguyễn Phú")
    if name.count(" ") == 1 and not _PAIRED.search(text, max(0, pos - 40), pos) \
            and not _RELIGIOUS_TITLE.search(text, max(0, pos - 24), pos):
        return False
    return _NOT_BARE_AFTER.match(text, pos + len(name)) is None


_BODY_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}")


def _inside_body(text: str, pos: int) -> bool:
    """Whether a body named a few words before runs on over pos ("Đồn Biên phòng Ma Lù Thàng": the post's
    name, no person's)."""
    for m in _BODY_WORD.finditer(text, max(0, pos - 30), pos):
        body = match_body(text, m.start())
        if body is not None and body.end > pos:
            return True
    return False


def _own_titles(text: str, chain: list[Title]) -> list[Title]:
    """The titles of a chain that belong to the name after it: an honorific after a comma
    starts that name's own ("thừa ủy quyền của Thủ tướng, ông X": X is not Thủ tướng), and
    after "của" the titles before the first comma are the one on whose behalf ("thừa ủy quyền
    của Bộ trưởng Bộ Công an, Đại tá X": X is not Bộ trưởng)."""
    owner = bool(chain) and _OWNER_BEFORE.search(
        text, max(0, chain[0].start - 14), chain[0].start) is not None
    for i in range(1, len(chain)):
        if "," in text[chain[i - 1].end:chain[i].start] and (owner or chain[i].kind == "honorific"):
            return chain[i:] if owner else _own_titles(text, chain[i:])
    return chain


def person_anchors(context: Context) -> list[int]:
    """Where a title or a name may begin in the readable blocks (computed once per document;
    the mentions step reads the titles' among them)."""
    found = context.memo.get("person_anchors")
    if found is None:
        found = context.memo["person_anchors"] = readable_starts(context, _anchor_words())
    return found


@cache
def _anchor_words() -> frozenset[str]:
    """Words where a title or a name may begin."""
    return title_first_words() | surnames()


def _after_titles(text: str, chain: list[Title], end: int,
                  readings: list[_Reading], shorts: list[_Reading]) -> int:
    """Read what follows a chain of titles: a full name, one syllable, or nothing."""
    last = chain[-1].end
    gap = (_LIST_GAP if _plural(text, chain) else _GAP).match(text, last)
    if gap is None or gap.end() >= end:
        return last
    at = gap.end()
    name = _name_at(text, at, end)
    # the chain's own level word ("Phó Chủ tịch UBND thành phố Lê Khắc Nam") makes no place of the name
    if name is not None and name not in _NOT_PEOPLE \
            and (not _is_place_name(name) or _ward_named_after_a_person(name)):
        appositives, stop, _marked = _appositives(text, at + len(name), end)
        first = len(readings)
        readings.append(_Reading(name, (at, at + len(name)), chain + appositives))
        if _plural(text, chain):  # "các đồng chí Ủy viên BTV Tỉnh ủy: A - X; B - Y": each is Ủy viên
            shared = [t for t in chain if t.kind != "honorific"]
            # ";" goes on with a list opened by a colon; without one it ends it ("các Phó Thủ tướng A, B; Đại
            # tướng C, Bộ trưởng …": C is no Phó Thủ tướng)
            stop = _list_after(text, stop, end, shared, readings, semicolons=":" in gap.group())
            _share_last_positions(readings[first:], chain)
        return stop
    # a name without a Vietnamese family name after a rank, or after "đồng chí" (a Hà Nhì official's
    # "đ/c Pờ Xè Lù")
    foreign = _foreign_name_at(text, at, end) \
        if any(t.kind == "rank" or t.key == "comrade" for t in chain) else None
    if foreign is not None:  # "Thiếu tướng Chea Sophal, Chánh Cảnh sát tỉnh Svay Rieng"
        appositives, stop, marked = _appositives(text, at + len(foreign), end)
        if marked:
            readings.append(_Reading(foreign, (at, at + len(foreign)), chain + appositives))
            return stop
        if chain[-1].kind == "rank" and not all(is_vietnamese_syllable(w) for w in foreign.split(" ")):
            # with no position after it, only a name spelled as no Vietnamese one is ("Thiếu tướng Chhim Vuthy
            # phát biểu"; not "Đại tá Hồ Sơn" nor a Lao name written in syllables, "Khăm Phon")
            readings.append(_Reading(foreign, (at, at + len(foreign)), chain))
            return at + len(foreign)
    # a K'Ho or Ê Đê name of one marked syllable after "đồng chí" or a rank, with a position after it: a whole
    # name ("đồng chí K'Brêu, Phó Bí thư Thường trực Huyện ủy")
    marked_one = _MARKED_SINGLE.match(text, at, end) \
        if name is None and any(t.kind == "rank" or t.key == "comrade" for t in chain) else None
    if marked_one is not None:
        appositives, stop, marked = _appositives(text, marked_one.end(), end)
        if marked:
            readings.append(_Reading(marked_one.group(), marked_one.span(), chain + appositives))
            return stop
    single = _SINGLE.match(text, at, end)
    if single is not None and name is None:
        shorts.append(_Reading(single.group(), single.span(), chain))
        return single.end()
    return last


def _share_last_positions(listed: list[_Reading], chain: list[Title]) -> None:
    """"các Đại tá A, B, C, Phó Giám đốc Công an tỉnh": the position written once after the last name of
    a plural list is every listed person's, when none of the others has one of their own."""
    def own(reading: _Reading) -> list[Title]:
        return [t for t in reading.titles if t.kind == "position" and t not in chain]

    last = own(listed[-1]) if len(listed) >= 2 else []
    if not last or any(own(r) for r in listed[:-1]):
        return
    for reading in listed[:-1]:
        reading.titles = reading.titles + last


_LISTED_RANKED = regex.compile(r"[ \t]*,[ \t]*")
_LISTED_AT_LEAST = 3


def _share_listed_position(text: str, readings: list[_Reading]) -> None:
    """"Thượng tướng A, Thượng tướng B, Trung tướng C, Thứ trưởng Bộ Công an": a position written once after
    the last of three or more names, each with a rank of its own and nothing else, joined by commas alone,
    is every listed person's (as `_share_last_positions` for a plural list)."""
    def ranks_only(reading: _Reading) -> bool:
        return bool(reading.titles) and all(t.kind == "rank" for t in reading.titles)

    def positions(reading: _Reading) -> list[Title]:
        return [t for t in reading.titles if t.kind == "position" and t.start >= reading.span[1]]

    i = 0
    while i < len(readings):
        j = i
        while j + 1 < len(readings) and ranks_only(readings[j]) and readings[j + 1].titles \
                and readings[j + 1].titles[0].kind == "rank" \
                and _LISTED_RANKED.fullmatch(text, readings[j].span[1], readings[j + 1].titles[0].start):
            j += 1
        last = positions(readings[j]) if j > i else []
        if j - i + 1 >= _LISTED_AT_LEAST and last:
            for reading in readings[i:j]:
                reading.titles = reading.titles + last
        i = j + 1


def _plural(text: str, chain: list[Title]) -> bool:
    """Whether a chain introduces several people: "các đồng chí …", "các thiếu tướng: …"."""
    return chain[0].key == "comrades" or _PLURAL_BEFORE.search(text, max(0, chain[0].start - 8),
                                                               chain[0].start) is not None


def _list_after(text: str, pos: int, end: int, shared: list[Title], readings: list[_Reading],
                semicolons: bool = True) -> int:
    """The further names of a list that share `shared` titles, each with titles of its own (after a
    ";" only when `semicolons`)."""
    while True:
        sep = _LIST_NEXT.match(text, pos, end)
        if sep is None or not semicolons and ";" in sep.group():
            return pos
        at = sep.end()
        own = [t for t in match_title_chain(text, at) if t.kind != "honorific"]
        if own:
            gap = _GAP.match(text, own[-1].end)
            if gap is None:
                return pos
            at = gap.end()
        name = _name_at(text, at, end)
        if name is None or name in _NOT_PEOPLE or _is_place_name(name):
            return pos
        appositives, pos, _marked = _appositives(text, at + len(name), end)
        readings.append(_Reading(name, (at, at + len(name)), shared + own + appositives))


def _name_at(text: str, pos: int, end: int) -> str | None:
    """A person's full name starting at pos (2-4 capitalized syllables, family name first)."""
    run = _NAME_RUN.match(text, pos, end)
    if run is None:
        return None
    words = run.group().split(" ")
    # a title or body right after the name ("Tô Lâm Ủy viên ...") is not part of it
    offset = pos
    for i, word in enumerate(words):
        if i >= 2 and (word in title_first_words() and match_title(text, offset) is not None
                       or word in body_first_words() and match_body(text, offset) is not None):
            words = words[:i]
            break
        offset += len(word) + 1
    if len(words[-1]) == 1:
        return None  # "Nguyễn Văn T.": a name kept to its initial (a suspect's) is no participant
    # a family name of two syllables ("Rơ Châm Hlôm", "Rơ Mah Tuấn")
    two_syllables = len(words) >= 3 and is_surname(f"{words[0]} {words[1]}")
    # Ê Đê and K'Ho women's and men's names open with "H'", "K'" ("H'Hen Niê", "K'Bình")
    marked = _MARKED_FIRST.match(words[0]) is not None
    # a Ba Na, Jrai or Xơ Đăng man's name of two syllables opens with "A" ("ông A Minh", as "bà Y Ngọc");
    # only read after a title, since a bare "A" is no family name ("loại A", "khu A")
    ba_na = len(words) == 2 and words[0] == "A" and len(words[1]) > 1 \
        and words[1] not in title_first_words() and words[1] not in body_first_words()
    if not 2 <= len(words) <= 4 or not (two_syllables or marked or ba_na or is_surname(words[0])):
        return None
    if len(words) == 2 and words[0] in _CAN and words[1] in _CHI:
        return None  # "Tết Nguyên đán Đinh Dậu", "Xuân Giáp Thìn": a year of the lunar calendar
    name = " ".join(words)
    if not _AFTER_NAME.match(text, pos + len(name)):
        return None
    return name


def _foreign_name_at(text: str, pos: int, end: int) -> str | None:
    """A name of 2-5 capitalized syllables that opens with no Vietnamese family name (a Khmer or
    Lao officer's: "Chea Sophal", "Khonesavanh Phommachak", "Khăm Phon Sỉ Ma Ly"); taken only after a rank
    or "đồng chí" and before a position of their own, which the caller checks."""
    run = _NAME_RUN.match(text, pos, end)
    if run is None or is_surname(run.group().split(" ")[0]):
        return None
    words: list[str] = []
    offset = pos
    for word in run.group().split(" "):
        if word in title_first_words() and match_title(text, offset) is not None \
                or word in body_first_words() and match_body(text, offset) is not None:
            break
        words.append(word)
        offset += len(word) + 1
    name = " ".join(words)
    if not 2 <= len(words) <= 5 or len(words[-1]) == 1 or name in _NOT_PEOPLE or _is_place_name(name) \
            or not _AFTER_NAME.match(text, pos + len(name)):
        return None
    return name


@lru_cache(maxsize=4096)
def _is_place_name(name: str) -> bool:
    index = admin_index()
    return name in index.province_forms or name in index.districts or name in index.communes


@lru_cache(maxsize=4096)
def _ward_named_after_a_person(name: str) -> bool:
    """A full name of three syllables or more that only communes or wards bear, named after a person
    ("phường Hoàng Văn Thụ", "xã Trần Hưng Đạo"): after a title or "đại biểu" a person's name."""
    index = admin_index()
    return len(name.split()) >= 3 and name not in index.province_forms and name not in index.districts \
        and name in index.communes


# a deputy before a name ("đại biểu Hoàng Văn Thụ (tổ đại biểu huyện …)")
_DEPUTY_BEFORE = regex.compile(r"(?<![\p{L}])(?:đại biểu|Đại biểu)[ \t]+$")


def _looks_like_place(text: str, pos: int, name: str) -> bool:
    """A name that is a unit's name, or follows a level word ("Thành phố Hồ Chí Minh"); a ward's name
    that is a person's after "đại biểu" is no place."""
    if _ward_named_after_a_person(name) and _DEPUTY_BEFORE.search(text, max(0, pos - 12), pos):
        return False
    if name in _NOT_PEOPLE or _is_place_name(name):
        return True
    return _LEVEL_BEFORE.search(text, max(0, pos - 12), pos) is not None


_LOWER_WORD = regex.compile(r"[ \t]*(\p{Ll}+)")


def _lower_case_position(text: str, at: int) -> tuple[str, Title | None]:
    """A position written in lower case after the name, as some outlets write every office ("Đặng Văn A,
    chủ tịch UBND tỉnh X,", "trung tướng B, phó tổng cục trưởng Tổng cục Cảnh sát"): its first one to four
    lower-case words read capitalized one more at a time, until a position with its body (written as a
    name, in capitals) is found; a position with no body is not read."""
    source, pos = text, at
    for _ in range(4):
        word = _LOWER_WORD.match(source, pos)
        if word is None:
            break
        i = word.start(1)
        source = source[:i] + source[i].upper() + source[i + 1:]
        pos = word.end()
        title = match_title(source, at)
        if title is not None and title.body:
            return source, title
        standing = _STANDING_AFTER.match(source, title.end) if title is not None else None
        if standing is not None:  # "phó chủ tịch thường trực UBND tỉnh X": the standing vice-chair
            i = standing.start(1)
            capitalized = source[:i] + "T" + source[i + 1:]
            title = match_title(capitalized, at)
            if title is not None and title.body:
                return capitalized, title
        # "…, người phát ngôn của Công an tỉnh": the office alone, its body after "của" (the gazetteer's form)
        of = _OF_BODY.match(source, title.end) if title is not None and title.kind == "position" else None
        if of is not None and match_body(source, of.end()) is not None:
            return source, title
    return text, None


_OF_BODY = regex.compile(r"[ \t]+của[ \t]+")
# "thường trực" after an office in lower case, which the gazetteer's forms write "Thường trực"
_STANDING_AFTER = regex.compile(r"[ \t]+(thường)[ \t]+trực(?![\p{L}\d])")


def _appositives(text: str, pos: int, end: int) -> tuple[list[Title], int, bool]:
    """Positions after a name, each after a comma or dash, "làm Trưởng đoàn" and "giữ chức vụ …";
    also whether any title followed, a former one ("nguyên Trưởng ty …") included."""
    titles: list[Title] = []
    marked = False
    while True:
        join = _APPOSITION.match(text, pos, end)
        if join is None:
            break
        former = _FORMER.match(text, join.end(), end)
        at = former.end() if former else join.end()
        source = text
        title = match_title(text, at)
        if title is None and text[at:at + 1].islower():
            source, title = _lower_case_position(text, at)
        if title is None or title.kind != "position" or title.end > end:
            break
        chain = match_title_chain(source, at)
        gap = _GAP.match(text, chain[-1].end)
        if gap is not None and _name_at(text, gap.end(), end) is not None:
            break  # "..., Bộ trưởng Tô Lâm": the position belongs to the next name
        marked = True
        if former is None:
            titles.append(title)
        pos = title.end
    for join in (_LEADS, _TAKES_OFFICE):
        found = join.match(text, pos, end)
        if found is not None:
            title = match_title(text, found.end())
            if title is not None and title.kind == "position" and title.end <= end:
                titles.append(title)
                pos = title.end
                marked = True
    return titles, pos, marked or bool(titles)


def _resolve_short(reading: _Reading, by_name: dict[str, list[_Reading]]) -> str | None:
    """The full name a title plus one syllable ("Thứ trưởng Ngọc") refers to, if one fits."""
    candidates = [name for name in by_name if name.rsplit(" ", 1)[-1] == reading.name]
    if len(candidates) > 1:
        held = {name: [t for r in by_name[name] for t in r.titles] for name in candidates}
        candidates = [name for name in candidates
                      if all(any(fits(t, h) for h in held[name]) for t in reading.titles
                             if t.kind != "honorific")]
    return candidates[0] if len(candidates) == 1 else None


def _occurrences(text: str, context: Context, names: list[str]) -> dict[str, list[Span]]:
    r"""Every occurrence of each full name outside furniture, as whole words.

    The matches of `(?<![\p{L}\d])(?:longest name|...)(?![\p{L}\d])` scanned block by
    block, found by string search: compiling that pattern anew for each report's
    names would cost more than the rest of the step.
    """
    if not names:
        return {}
    # where each name occurs; the names at one place in the alternation's order (longest first)
    starts: dict[int, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        at = text.find(name)
        while at >= 0:
            starts.setdefault(at, []).append(name)
            at = text.find(name, at + 1)
    positions = sorted(starts)
    found: dict[str, list[Span]] = {}
    for block in context.blocks:
        if block.kind not in ("title", "body", "caption"):
            continue
        pos = block.start
        i = bisect_left(positions, block.start)
        while i < len(positions) and positions[i] < block.end:
            at = positions[i]
            i += 1
            if at < pos or (at > 0 and _NAME_EDGE.match(text, at - 1)):
                continue
            for name in starts[at]:
                after = at + len(name)
                # the lookahead sees nothing past the block's end
                if after > block.end or (after < block.end and _NAME_EDGE.match(text, after)):
                    continue
                # a ward named after a person, after its level word, is the ward ("Công an phường Hoàng
                # Văn Thụ")
                ward = _ward_named_after_a_person(name) and _LEVEL_BEFORE.search(text, max(0, at - 12), at)
                if not context.in_furniture(at, after) and not ward:
                    found.setdefault(name, []).append((at, after))
                pos = after
                break
    return found


# a given name alone: one capitalized syllable, not inside a longer proper noun or a word
_GIVEN_ALONE = regex.compile(r"(?<![\p{L}\d\-/&.'’])\p{Lu}\p{Ll}+(?![\p{L}\d\-'’])(?![ ]\p{Lu})")
# a capitalized word right before it: only a sentence's first word that is no family name ("Nhưng Dũng …", "Vợ
# Dũng, …"), not a name's or a place's ("Trần Dũng", "Bình Dương")
_CAPITAL_BEFORE = regex.compile(r"(\p{Lu}\p{L}*)[ ]$")
_SENTENCE_OPENS = regex.compile(r"[\n.!?:;\"“(][ \t]*$")
_NEXT_WORD = regex.compile(r"[ ](\p{Ll}+)")
# a number after it makes it a word of a date or a count ("Năm 2015, …", "Tháng 3"), unless a word in lower
# case comes right before it: an object of a verb ("tuyên phạt Huy 9 năm tù", "xử phạt Dũng 2 năm tù")
_NUMBER_AFTER = regex.compile(r"[ ]\d")
_LOWER_BEFORE = regex.compile(r"(?<![\p{L}])\p{Ll}+[ ]$")
# words after a given name that make no compound word with it
_FUNCTION_WORDS = frozenset({"và", "của", "cho", "với", "là", "đã", "đang", "sẽ", "được", "bị", "không",
                             "cũng", "còn", "thì", "mà", "có", "khi", "tại", "ở", "trong", "từ", "đến", "về",
                             "theo", "vẫn", "lại", "chỉ", "cùng", "hoặc", "nói"})
# phrases that open a sentence with a syllable that is also a given name ("Nhân dịp này, …")
_OPENERS = frozenset({"nhân dịp", "nhân ngày", "nhân danh", "nhân chuyến", "nhân buổi", "nhân kỷ", "nhân đây",
                      "năm nay", "năm qua", "năm tới", "tháng này", "thành ra", "bình thường", "quang cảnh",
                      "toàn bộ", "toàn thể", "tiến độ", "hòa chung", "hải quan", "lực lượng", "phương án"})


def _given_names_alone(text: str, context: Context, by_name: dict[str, list[_Reading]],
                       mentions: dict[str, list[Span]], short_lines: SpanIndex) -> None:
    """Add to each person's mentions the given name written alone after the full name ("Thượng úy Nông Văn
    Dũng … Mỗi tháng, Dũng chỉ về nhà …", "khởi tố bị can đối với Dương, Hải"), as the gold of the set has
    them: the last syllable of one person's full name of two syllables or more and of nobody else's name,
    capitalized and alone (no capitalized word touching it), after the first mention of the full name, not
    where a name is no person's ("đường", "xã" … before it), and not the first syllable of a word the report
    or the vocabularies write in lower case ("Lực lượng", "Phương án", "Hải quan" opening a sentence)."""
    last: dict[str, list[str]] = {}
    inner: set[str] = set()
    for name in by_name:
        syllables = name.split(" ")
        if len(syllables) < 2:
            continue
        last.setdefault(syllables[-1], []).append(name)
        inner.update(syllables[:-1])
    taken = SpanIndex([span for spans in mentions.values() for span in spans]
                      + [r.span for found in by_name.values() for r in found])
    alone: set[Span] = set()
    for given, names in last.items():
        if len(names) != 1 or given in inner or given in _CAN or given in _CHI or len(given) < 2:
            continue
        name = names[0]
        first = min([r.span[0] for r in by_name[name]] + [s for s, _ in mentions.get(name, ())])
        lower = given.lower()
        at = text.find(given, first + 1)
        while at >= 0:
            end = at + len(given)
            m = _GIVEN_ALONE.match(text, at)
            if m is not None and m.end() == end and not taken.overlaps(at, end) \
                    and not short_lines.overlaps(at, end) and not context.in_furniture(at, end) \
                    and _in_text_block(context, at) \
                    and not _inside_body(text, at) and match_body(text, at) is None \
                    and _alone_after(text, at, given):
                nxt = _NEXT_WORD.match(text, end)
                pair = f"{lower} {nxt.group(1)}" if nxt is not None else ""
                # (a word's first syllable: "Lực lượng …", "Nhân dịp này, …", "… với Bộ đội Biên
                # phòng, Hải quan"; a function word after it makes no word: "đối với Dương, Hải và 16
                # đối tượng khác")
                counted = _NUMBER_AFTER.match(text, end) is not None \
                    and not _LOWER_BEFORE.search(text, max(0, at - 12), at)
                if not counted and match_title(text, at) is None and (
                        nxt is None or nxt.group(1) in _FUNCTION_WORDS
                        or (pair not in text and pair not in _lower_bigrams() and pair not in _OPENERS)):
                    mentions.setdefault(name, []).append((at, end))
                    alone.add((at, end))
            at = text.find(given, at + 1)
    context.memo["given_names_alone"] = frozenset(alone)


def _alone_after(text: str, pos: int, given: str) -> bool:
    """Whether the word before a given name leaves it alone: no capitalized word, or a sentence's first word
    that is neither a family name nor a place's first word with it."""
    before = _CAPITAL_BEFORE.search(text, max(0, pos - 16), pos)
    if before is None:  # ("yêu cầu Nhung khai báo": the verb, no bridge's "cầu")
        return not _NOT_BARE_BEFORE.search(text, max(0, pos - 24), pos) or text.endswith("yêu cầu ", 0, pos)
    word = before.group(1)
    start = before.start(1)
    initial = start == 0 or _SENTENCE_OPENS.search(text, max(0, start - 3), start) is not None
    return initial and not is_surname(word) and not _is_place_name(f"{word} {given}") \
        and word not in title_first_words()


def _in_text_block(context: Context, pos: int) -> bool:
    return any(b.start <= pos < b.end and b.kind in ("title", "body", "caption") for b in context.blocks)


@cache
def _lower_bigrams() -> frozenset[str]:
    """Pairs of lower-case words the vocabularies write ("lực lượng", "phương án", "hải quan", "an ninh")."""
    from chidao.gazetteer.loader import GAZETTEER_DIR
    pairs: set[str] = set()
    for path in GAZETTEER_DIR.glob("*.tsv"):
        words = regex.findall(r"\p{L}+", path.read_text(encoding="utf-8").lower())
        pairs.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return frozenset(pairs)


def _person(name: str, readings: list[_Reading], occurrences: list[Span] | tuple[Span, ...]) -> Person:
    titles = [t for r in readings for t in r.titles]
    ranks = list(dict.fromkeys(t.text for t in titles if t.kind == "rank"))
    positions = _positions([t for t in titles if t.kind == "position"])
    mentions = sorted({*occurrences, *(r.span for r in readings)})
    return Person(name=name, ranks=tuple(ranks), positions=tuple(positions), mentions=tuple(mentions))


def _positions(titles: list[Title]) -> list[str]:
    """Positions as written, in order, without forms a longer one of the same office covers."""
    kept: list[Title] = []
    for title in titles:
        if any(t.key == title.key and _covers(t.body, title.body) and len(t.text) >= len(title.text)
               for t in titles if t is not title and t.text != title.text):
            continue
        if all(t.text != title.text for t in kept):
            kept.append(title)
    # an office as a title, capitalized ("… làm trưởng đoàn": "Trưởng đoàn")
    return [t.text[:1].upper() + t.text[1:] for t in kept]


def _covers(longer: str, shorter: str) -> bool:
    """Whether a body as written covers another: the same, longer, or the same body spelled out
    ("Ủy ban nhân dân tỉnh Đồng Tháp" covers "UBND tỉnh")."""
    if longer == shorter or not shorter or longer.startswith(shorter + " "):
        return True
    a, b = match_body(longer, 0), match_body(shorter, 0)
    return (a is not None and b is not None and a.key == b.key and a.end == len(longer)
            and b.end == len(shorter) and (not b.place or a.place.casefold() == b.place.casefold()))

