"""Ranks, positions and honorifics: the words that introduce or follow a person's name.

`match_title(text, pos)` reads one title at pos: a rank ("Đại tướng"), an honorific
("Ông", "đồng chí") or a position from `positions.tsv`, which takes the body that
follows it ("Bộ trưởng Bộ Công an", "Bí thư Tỉnh ủy Nghệ An", "Chủ tịch UBND tỉnh")
and ends where that body ends. `match_title_chain` reads several in a row, joined
by spaces, " - " or commas ("Đại tướng - Bộ trưởng"). Used by the people step to
find names and by `mentions` to resolve a title without a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

import regex

from chidao.extract.organizations import (
    _DESCRIPTION,
    GAP,
    is_surname,
    match_body,
    normalize_name,
    phrase_candidates,
    phrase_index,
)
from chidao.gazetteer.admin_units import admin_index
from chidao.gazetteer.loader import load_table

TitleKind = Literal["rank", "position", "honorific"]

_GAP_RE = regex.compile(GAP)
# an elected office goes on with its term and its province: "Phó Trưởng đoàn đại biểu Quốc hội khóa XIV tỉnh"
_ELECTED = ("Quốc hội", "ĐBQH", "HĐND", "Hội đồng nhân dân")
# a bare level word after "Đảng ủy", no place name after it: "Bí thư Đảng ủy phường; bà …"
_PARTY_LEVEL_TAIL = regex.compile(
    r"[ \t]+(?:phường|xã|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|thành phố)(?![\p{L}])(?![ \t]+\p{Lu})",
    regex.V1)
_TERM_AND_LEVEL = regex.compile(r"(?:[ \t]+khóa[ \t]+[IVXLC]+)?(?:[ \t]+(?:tỉnh|thành phố)(?![\p{L}]))?")
# Between two titles before a name: a space, " - ", a comma, or the colon of "các đồng chí:".
_CHAIN_JOIN = regex.compile(r"[ \t]*[-–:,][ \t]*|" + GAP)


@dataclass(frozen=True, slots=True)
class Title:
    """One title at text[start:end]. `text` has normalized spacing; `key` is the
    vocabulary key ("minister", "general"); `body` the body it names ("Bộ Công an",
    "" when none)."""

    kind: TitleKind
    key: str
    start: int
    end: int
    text: str
    body: str


@cache
def _vocabulary() -> dict[str, tuple[tuple[regex.Pattern[str], tuple], ...]]:
    """Title phrases -> (kind, key, body mode, implied body), indexed by first words."""
    entries: list[tuple[str, tuple]] = []
    for row in load_table("ranks.tsv"):
        forms = [f.strip() for f in row["phrasings"].split("|") if f.strip()]
        # a rank is returned in its first form, however it is written ("trung tướng" in several outlets)
        canonical = forms[0] if row["kind"] == "rank" else ""
        for form in dict.fromkeys(forms + ([f[0].lower() + f[1:] for f in forms] if canonical else [])):
            entries.append((form, (row["kind"], row["key"], "none", canonical)))
    for row in load_table("positions.tsv"):
        for form in row["phrasings"].split("|"):
            if form.strip():
                entries.append((form.strip(), ("position", row["key"], row["body"], row["implied_body"])))
    return phrase_index(entries)


_LETTERS = regex.compile(r"\p{L}+")


@cache
def title_first_words() -> frozenset[str]:
    """Words a title can start with ("Đại", "Bộ", "đồng", "Ông", ...): the letters a phrasing
    starts with, so "Đ/c" (đồng chí written short) starts at the word "Đ"."""
    return frozenset(_LETTERS.match(key).group() for key in _vocabulary())


# "anh", "chị" capitalized introduce a name only at a sentence's start ("Anh Tài cho biết …", "Chị Lò Thị Hoa
# …"); inside one "Anh" is a given name ("Lan Anh") or the country
_CAPITALIZED_ONLY_FIRST = frozenset({"Anh", "Chị"})
_OPENS_SENTENCE = regex.compile(r"(?:^|[\n.!?:;]|[\n.!?:;][ \t]*[\"“(\-–])[ \t]*$")


# a name alone on its line after it: an author's byline ("Anh Khoa", "Anh Tuấn"), no honorific
_NAME_ALONE = regex.compile(r"[ \t]+\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,3}[ \t]*(?:\n|$)")


def _sentence_initial(text: str, pos: int) -> bool:
    return _OPENS_SENTENCE.search(text, max(0, pos - 6), pos) is not None


@lru_cache(maxsize=8192)
def match_title(text: str, pos: int) -> Title | None:
    """The longest rank, honorific or position (with its body) at text[pos], or None
    (memoized: a name's titles are read again while reading the names around it)."""
    best: Title | None = None
    for pattern, (kind, key, mode, implied) in phrase_candidates(_vocabulary(), text, pos):
        m = pattern.match(text, pos)
        if m is None:
            continue
        if kind == "honorific" and m.group() in _CAPITALIZED_ONLY_FIRST and (
                not _sentence_initial(text, pos) or _NAME_ALONE.match(text, m.end())):
            continue  # "Anh" inside a sentence is a given name or England, not "anh"; "Anh Khoa" a byline
        end, body = m.end(), implied
        if mode in ("optional", "required"):
            gap = _GAP_RE.match(text, end)
            found = match_body(text, gap.end()) if gap else None
            if found is not None:
                end, body = found.end, normalize_name(text[found.start:found.end])
                if found.key in _BOARDS and not found.specific:  # "Trưởng Ban Chỉ đạo diễn tập"
                    end = _board_purpose_end(text, end)
                unit = found.key.startswith("unit ") and not found.place
                after = _GAP_RE.match(text, end) if unit else None
                outer = match_body(text, after.end()) if after else None
                if outer is not None and not outer.specific:
                    # "Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh": the office as written, with
                    # the bare body the unit belongs to
                    end, body = outer.end, normalize_name(text[found.start:outer.end])
            else:
                own = _own_unit_end(text, gap.end() if gap else end, key)
                if own is not None:  # "Trưởng ban An toàn giao thông tỉnh", "Giám thị Trại tạm giam"
                    end, body = own, normalize_name(text[gap.end():own])
                elif mode == "required":
                    continue
        if body == implied and text[pos:end].endswith("Đảng ủy"):
            # "Bí thư Đảng ủy phường", "Phó Bí thư Đảng ủy xã": the committee of the level written bare
            tail = _PARTY_LEVEL_TAIL.match(text, end)
            end = tail.end() if tail else end
        if mode == "none" and text[pos:end].endswith(_ELECTED):  # "… đại biểu Quốc hội khóa XIV tỉnh"
            tail = _TERM_AND_LEVEL.match(text, end)
            end = tail.end() if tail and tail.end() > end else end
        # the longest reading wins: "Trưởng Đoàn ĐBQH tỉnh" (Trưởng + a body) over the office "Trưởng Đoàn"
        if best is None or end > best.end:
            if kind == "rank":  # `implied` holds the rank's canonical form
                best = Title(kind, key, pos, end, implied, "")
            else:
                best = Title(kind, key, pos, end, normalize_name(text[pos:end]), body)
    return best


# A unit written bare after its head's office, as the report's own ("Phó Giám đốc Sở chủ trì", "Giám thị
# Trại tạm giam báo cáo", "Chủ tịch Hội đồng"): before a stop or a lower-case word (the verb)
# ("Giám đốc Cơ sở", "Giám đốc chi nhánh"), a department's code ("Phó Cục trưởng C10"), or a company by its
# initials, a branch and its place after them ("Tổng Giám đốc EVNNPC", "Giám đốc BIDV chi nhánh Bạc Liêu"), a
# working group the report names in full elsewhere ("Tổ phó Thường trực Tổ công tác chủ trì …"), a coast
# guard's or navy's region ("Thiếu tướng …, Tư lệnh Vùng dẫn đầu"), a military region named earlier by its
# number ("Thiếu tướng …, Phó Tư lệnh Quân khu dự")
_BARE_UNIT = regex.compile(
    r"(?:Trại tạm giam|Trại giam|Sở|Hội đồng|Cơ sở|chi nhánh|Tổ công tác|Vùng|Quân khu"
    # a department by its code after its head's office ("Phó Cục trưởng C10 dự")
    r"|(?<=(?:Cục|cục|Vụ|vụ)[ ]trưởng[ \t]+)(?:[ACKX]|P[A-Z]{1,2})\d{2}"
    r"|\p{Lu}{3,}(?:[ \t]+chi nhánh(?:[ \t]+\p{Lu}\p{Ll}*)+)?)(?=[ \t]*(?:[,.;:\n]|$)|[ \t]+\p{Ll})",
    regex.V1)
# a board's name written after "Trưởng ban" without "Ban" again ("Trưởng ban An toàn giao thông tỉnh",
# "Phó Trưởng Ban Thường trực Ban Chỉ đạo"): a capitalized word, then at most six words, to a stop or a verb
_BOARD_HEADS = frozenset({"board_head", "deputy_board_head"})
_BOARD_WORD = regex.compile(r"[ \t]+(?P<w>[\p{L}\d]+)", regex.V1)
_BOARD_STOP = regex.compile(r"[ \t]*(?:[,.;:\n)]|$)", regex.V1)
_AFTER_BOARD = frozenset({"chủ trì", "báo cáo", "thừa nhận", "tiếp thu", "cho biết", "phát biểu", "trao",
                          "làm", "và", "năm", "cùng", "đã", "đến", "tại", "dự", "khai mạc", "ký", "nói"})
_MAX_BOARD_WORDS = 6
_TWO_WORDS = regex.compile(r"[\p{L}\d]+[ \t]+[\p{L}\d]+", regex.V1)


def _own_unit_end(text: str, pos: int, key: str) -> int | None:
    """Where the unit a head's office names without a body of the gazetteer ends, or None."""
    bare = _BARE_UNIT.match(text, pos)
    if bare is not None:
        return bare.end()
    if key not in _BOARD_HEADS or not text.endswith(("Ban ", "ban "), 0, pos) \
            or match_body(text, pos - 4) is not None:
        return None  # "Trưởng Ban Chỉ đạo …": the board of the gazetteer, read with "Ban" as a body
    first = regex.match(r"\p{Lu}[\p{L}]*", text[pos:pos + 20])
    if first is None:
        return None
    end, words = pos + first.end(), [first.group()]
    if is_surname(words[0]) and regex.match(r"[ \t]+\p{Lu}", text[end:end + 3]):
        return None  # "Trưởng ban Nguyễn Văn A": a name follows the office
    while len(words) < _MAX_BOARD_WORDS:
        if _BOARD_STOP.match(text, end):
            return end
        nxt = _BOARD_WORD.match(text, end)
        if nxt is None:
            return None
        pair = _TWO_WORDS.match(text, nxt.start("w"))
        two = " ".join(pair.group().split()) if pair else ""
        if nxt.group("w") in _AFTER_BOARD or two in _AFTER_BOARD or two in _verbs():
            return end
        if is_surname(nxt.group("w")) and not _place_at(text, nxt.start("w")) \
                and regex.match(r"[ \t]+\p{Lu}", text[nxt.end():nxt.end() + 3]):
            return end  # "Trưởng ban An toàn giao thông tỉnh Nguyễn Văn A": the holder's name follows
        end, words = nxt.end(), words + [nxt.group("w")]
    return None


def _place_at(text: str, pos: int) -> bool:
    """Whether a province's or district's name of two or three words begins at text[pos] ("Lâm Đồng")."""
    index = admin_index()
    words = regex.match(r"\p{L}+(?:[ ]\p{L}+){0,2}", text[pos:pos + 40])
    parts = words.group().split(" ") if words else []
    return any(" ".join(parts[:n]) in index.province_forms or " ".join(parts[:n]) in index.districts
               for n in (2, 3) if n <= len(parts))


# Boards named by what they are for; without a place, a short purpose still belongs to the office.
_BOARDS = frozenset({"steering_committee", "management_board"})


def _board_purpose_end(text: str, end: int) -> int:
    """Where a board's purpose of at most three lower-case words ends ("diễn tập" of "Trưởng Ban Chỉ
    đạo diễn tập chỉ đạo …"); `end` when none, or when it runs longer or over a comma."""
    words = _DESCRIPTION.match(text, end)
    if words is None:
        return end
    purpose = words.group().split()
    if " ".join(purpose[:2]) in _verbs() or purpose[0] in _verbs():  # "Trưởng Ban Chỉ đạo giao …"
        return end
    # the purpose is its first words (three at most, no comma) that end at a stop or a verb of saying
    # ("Trưởng Ban Chỉ đạo diễn tập tỉnh trực tiếp chỉ đạo …"), never before more of its name ("quốc gia
    # về …")
    ends = [m.end() for m in _WORD_END.finditer(text, words.start(), words.end())]
    for n in range(min(3, len(ends)), 0, -1):
        if "," in text[end:ends[n - 1]]:
            continue
        after = text[ends[n - 1]:ends[n - 1] + 40]
        if after.startswith(" trực tiếp "):
            after = after[len(" trực tiếp"):]
        if after[:1] in ",.;:)\n" or any(after.startswith(" " + v + " ") for v in _verbs()):
            return ends[n - 1]
    return end


_WORD_END = regex.compile(r"[^\s,]+")


@cache
def _verbs() -> frozenset[str]:
    """Verbs of saying and asking, and "chỉ đạo", as written (lower case)."""
    forms = {f.strip() for row in load_table("speech_verbs.tsv") for f in row["phrasings"].split("|")}
    return frozenset(f for f in forms | {"chỉ đạo", "phát biểu"} if f)


def match_title_chain(text: str, pos: int) -> list[Title]:
    """Titles in a row at text[pos] ("Đại tướng - Bộ trưởng Bộ Công an"), possibly none."""
    return list(_title_chain(text, pos))


@lru_cache(maxsize=8192)
def _title_chain(text: str, pos: int) -> tuple[Title, ...]:
    """`match_title_chain`, memoized: the people and mentions steps read the same places."""
    chain: list[Title] = []
    title = match_title(text, pos)
    while title is not None:
        chain.append(title)
        join = _CHAIN_JOIN.match(text, title.end)
        if join is None:
            break
        title = match_title(text, join.end())
    return tuple(chain)


def same_office(title: Title, held: Title) -> bool:
    """Whether a bare or partial title ("Bộ trưởng", "Bí thư Thành ủy") names the office
    a person holds ("Bộ trưởng Bộ Công an", "Bí thư Thành ủy Thành phố Hồ Chí Minh")."""
    if title.key != held.key:
        return False
    if not title.body or not held.body or title.body == held.body:  # a bare held title fits any body
        return True
    written, holds = _comparable(title.body), _comparable(held.body)  # "UBND thành phố" ~ "UBND TP Hà Nội"
    return written == holds or holds.startswith(written + " ") or written.startswith(holds + " ")


_BODY_FORMS = ((regex.compile(r"\bTP\.?\s*|\bThành phố\b"), "thành phố "),
               (regex.compile(r"\bTỉnh\b(?= \p{Lu})"), "tỉnh"),
               (regex.compile(r"\bỦy ban nhân dân\b"), "UBND"),
               (regex.compile(r"\bHội đồng nhân dân\b"), "HĐND"))


def _comparable(body: str) -> str:
    """A body's name with its level word and its abbreviations in one form ("UBND TP Hà Nội"
    -> "UBND thành phố Hà Nội")."""
    for pattern, form in _BODY_FORMS:
        body = pattern.sub(form, body)
    return " ".join(body.split())


def fits(title: Title, held: Title) -> bool:
    """Whether a title as written ("Thứ trưởng", "Đại tướng") fits one a person holds."""
    if title.kind == "rank":
        return held.kind == "rank" and held.text == title.text
    # "Trưởng Ban" (of "Trưởng Ban Chỉ đạo …") names the office "Trưởng Ban Chỉ đạo 138 tỉnh" written whole
    return held.kind == "position" and (same_office(title, held) or held.text.startswith(title.text + " "))
