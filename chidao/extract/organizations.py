"""Organizations: the public bodies a report names, one item per body.

In: the document and its layout (furniture such as photo credits is skipped).
Out: one `Organization` per body, its name as first written (spacing
normalized), with every mention.

A body is a phrase of `bodies.tsv`: a whole name ("Bộ Công an", "Bộ Chính trị",
"Đảng ủy Công an Trung ương"), a head that takes a place ("Tỉnh ủy Quảng Ninh",
"Công an tỉnh Nghệ An", "UBND tỉnh Bắc Giang", "Thành ủy Thành phố Hồ Chí Minh",
"Công an TP.HCM") or a prefix before another body ("Ban Thường vụ Tỉnh ủy Bắc
Giang"). The place is a province as the administrative data writes it, or a level
word with a unit name; the name ends there, so it never runs into "đối với",
"về" or a person's name. A head without its place ("Tỉnh ủy sẽ ...") names no
particular body and is not an item, except the generic "Công an xã" / "Công an
phường". `match_body` is shared with the people step (positions such as
"Bí thư Tỉnh ủy Nghệ An" end where the body ends).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from chidao.extract.context import Context
from chidao.gazetteer.admin_units import admin_index
from chidao.gazetteer.loader import load_table, load_vocabulary
from chidao.model import Document, Organization, Span

# Between two words of a name: spaces, or a line break (captions wrap inside names).
GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
_GAP_RE = regex.compile(GAP)
_END = r"(?![\p{L}\d])"

# Level words before a unit's name; "TP." may touch the name.
_LEVEL = regex.compile(
    r"(?P<level>tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|huyện|quận|Quận|thị xã|xã|phường|thị trấn|Thủ đô)"
    r"(?:(?<=\.)" + GAP + r"?|" + GAP + r"|(?=[;,.:)\s]|$))"
)
_NUMBERED = regex.compile(r"\d{1,2}" + _END)
_CAP_RUN = regex.compile(r"\p{Lu}\p{Ll}*(?![\p{L}\d])(?:[ ]\p{Lu}\p{Ll}*(?![\p{L}\d])){0,5}")
_DISTRICT_LEVELS = frozenset({"huyện", "quận", "thị xã", "thành phố", "tp"})
_COMMUNE_LEVELS = frozenset({"xã", "phường", "thị trấn"})


@dataclass(frozen=True, slots=True)
class BodyMatch:
    """A body's name at text[start:end]. `place` is the place part as written ("" when
    none); `level` the level word before it, lower-cased ("tỉnh", "xã"), or None;
    `specific` says whether it names one body (a whole name, or a head with its place)."""

    key: str
    start: int
    end: int
    place: str
    level: str | None
    specific: bool


def phrase_pattern(phrase: str) -> str:
    """A vocabulary phrase as a regex that tolerates a line break between words."""
    return GAP.join(regex.escape(w) for w in phrase.split()) + _END


_TWO_WORDS = regex.compile(r"(\p{L}+)(?:" + GAP + r"(\p{L}+))?")


def phrase_index(entries: list[tuple[str, tuple]]) -> dict[str, tuple[tuple[regex.Pattern[str], tuple], ...]]:
    """Vocabulary phrases with their payloads, keyed by their first two words ("Bộ
    trưởng") or their one word ("Bí"), longest phrase first within a key."""
    grouped: dict[str, list[tuple[regex.Pattern[str], tuple]]] = {}
    for form, payload in sorted(entries, key=lambda e: len(e[0]), reverse=True):
        words = form.split()
        grouped.setdefault(" ".join(words[:2]), []).append((regex.compile(phrase_pattern(form)), payload))
    return {key: tuple(found) for key, found in grouped.items()}


def phrase_candidates(index: dict[str, tuple[tuple[regex.Pattern[str], tuple], ...]], text: str,
                      pos: int) -> tuple[tuple[regex.Pattern[str], tuple], ...]:
    """The phrases of an index that may start at text[pos], longest first."""
    words = _first_words(text, pos)
    if words is None:
        return ()
    first, pair = words
    one = index.get(first, ())
    if pair is None:
        return one
    return index.get(pair, ()) + one


@lru_cache(maxsize=8192)
def _first_words(text: str, pos: int) -> tuple[str, str | None] | None:
    """(first word, "first second" or None) at text[pos], or None (memoized: the title and
    body vocabularies are both looked up at the same places)."""
    m = _TWO_WORDS.match(text, pos)
    if m is None:
        return None
    return m.group(1), (None if m.group(2) is None else f"{m.group(1)} {m.group(2)}")


@cache
def _bodies() -> dict[str, tuple[tuple[regex.Pattern[str], tuple], ...]]:
    """Body phrases -> (key, place mode, lower-case variant), indexed by first words."""
    entries: list[tuple[str, tuple]] = []
    for row in load_table("bodies.tsv"):
        for form in row["phrasings"].split("|"):
            form = form.strip()
            if not form:
                continue
            entries.append((form, (row["key"], row["place"], False)))
            # "công an tỉnh Quảng Ninh" mid-sentence: a head in lower case still names a body
            if row["place"] == "required" and form[0].isupper() and not form[1:2].isupper():
                entries.append((form[0].lower() + form[1:], (row["key"], row["place"], True)))
    return phrase_index(entries)


@cache
def _province_forms() -> regex.Pattern[str]:
    forms = sorted(admin_index().province_forms, key=len, reverse=True)
    return regex.compile("(?:" + "|".join(phrase_pattern(f) for f in forms) + ")")


@cache
def surnames() -> frozenset[str]:
    """Vietnamese family names (surnames.tsv)."""
    return frozenset(f for forms in load_vocabulary("surnames.tsv").values() for f in forms)


def is_surname(word: str) -> bool:
    """Whether a capitalized syllable is a Vietnamese family name."""
    return word in surnames()


@cache
def body_first_words() -> frozenset[str]:
    """Words a body's name can start with."""
    return frozenset(key.split()[0] for key in _bodies())


@lru_cache(maxsize=8192)
def match_body(text: str, pos: int, depth: int = 0) -> BodyMatch | None:
    """The longest body name starting at text[pos], or None (memoized: the people and
    organizations steps ask about the same places of the same text)."""
    for pattern, (key, mode, lower) in phrase_candidates(_bodies(), text, pos):
        m = pattern.match(text, pos)
        if m is None:
            continue
        if mode == "none":
            return BodyMatch(key, pos, m.end(), "", None, True)
        gap = _GAP_RE.match(text, m.end())
        after = gap.end() if gap else m.end()
        if mode == "prefix":
            inner = match_body(text, after, depth + 1) if gap and depth < 2 else None
            if inner is None:
                continue
            return BodyMatch(key, pos, inner.end, inner.place, inner.level, inner.specific)
        place = _match_place(text, after) if gap or text.startswith(".", m.end()) else None
        if place is None:
            if lower:
                continue
            return BodyMatch(key, pos, m.end(), "", None, mode == "optional")
        end, place_text, level = place
        if lower and not place_text:
            continue
        specific = bool(place_text) or level in _COMMUNE_LEVELS
        return BodyMatch(key, pos, end, place_text, level, specific)
    return None


def _match_place(text: str, pos: int) -> tuple[int, str, str | None] | None:
    """(end, place as written, level word) of a place starting at pos, or None."""
    m = _province_forms().match(text, pos)
    if m:
        return m.end(), m.group(), None
    level = _LEVEL.match(text, pos)
    if level is None:
        return None
    kind = level.group("level").lower().rstrip(".")
    after = level.end()
    for found in (_province_forms().match(text, after), _NUMBERED.match(text, after)):
        if found:
            return found.end(), found.group(), kind
    run = _CAP_RUN.match(text, after)
    if run is None:
        return level.end("level"), "", kind
    words = run.group().split(" ")
    count = _place_words(words, kind)
    if count == 0:
        return level.end("level"), "", kind
    place = " ".join(words[:count])
    return after + len(place), place, kind


def _place_words(words: list[str], kind: str) -> int:
    """How many of the capitalized words after a level word name the place; the rest
    (a name such as "Nguyễn Văn A") belongs to a person."""
    index = admin_index()
    units = index.districts if kind in _DISTRICT_LEVELS else (
        index.communes if kind in _COMMUNE_LEVELS else {})
    for count in range(min(len(words), 4), 0, -1):
        if " ".join(words[:count]) in units:
            return count
    if is_surname(words[0]) and 2 <= len(words) <= 4:
        return 0
    for i in range(1, len(words)):
        if is_surname(words[i]) and 2 <= len(words) - i <= 4:
            return i
    return min(len(words), 4)


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
    names: dict[str, str] = {}
    mentions: dict[str, list[Span]] = {}
    for body in find_bodies(text, starts=readable_starts(context, body_first_words())):
        if not body.specific:
            continue
        name = normalize_name(text[body.start:body.end])
        key = name.casefold()
        if key not in names or (names[key][0].islower() and name[0].isupper()):
            names[key] = name
        mentions.setdefault(key, []).append((body.start, body.end))
    return [Organization(name=names[key], mentions=tuple(spans)) for key, spans in mentions.items()]
