"""People: full names with their ranks and positions, and every mention of them.

A capitalized run of 2–4 syllables that starts with a Vietnamese family name is a
person when the report marks it as one: a rank, a position or an honorific right
before it ("Đại tướng Tô Lâm", "Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký",
"Ông Nguyễn Thiện Nhân", "đồng chí …") or a position right after it ("Hoàng Văn Nam,
Bí thư Tỉnh ủy Nghệ An; …"). A single given name after a rank or position
("Thứ trưởng Ngọc") is a short reference to the full name ending in it. Once known,
every other occurrence of a full name in the report is a mention too. Photo credits,
bylines and furniture never yield people. Mentions span the name words only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from chidao.extract.context import Context
from chidao.gazetteer.admin_units import lookup_province
from chidao.gazetteer.loader import load_table, load_vocabulary
from chidao.model import Document, Person
from chidao.text.fold import fold_key
from chidao.text.layout import inside

_SYLLABLE = r"\p{Lu}\p{Ll}*"
# A run of capitalized syllables joined by single spaces.
_RUN = regex.compile(rf"(?<![\p{{L}}\d])(?:{_SYLLABLE})(?: {_SYLLABLE})*(?![\p{{L}}\d])")
_HONORIFIC = regex.compile(r"(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Cc]ác đồng chí:?|[Cc]ó đồng chí)\s*$")
# Lower-case syllables that belong inside a body's name ("Bộ Công an", "Tỉnh ủy").
_NAME_LOWER = {
    "an", "ủy", "ương", "nhân", "dân", "tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã",
    "phường", "trấn", "vụ", "trực", "thường", "chính", "trị", "đảng", "chấp", "hành", "bộ",
    "quốc", "gia", "đội", "biên", "phòng", "sự", "quân", "sát", "nước", "và",
    "đầu", "tư", "pháp", "tài", "y", "tế", "giáo", "dục", "đào", "tạo", "viện", "kiểm",
}
# "và" joins two bodies only inside known names; as a tail it ends the position
_BODY_STOP = {"và"}
_LEVEL_BEFORE = regex.compile(
    r"(?:[Tt]hành phố|TP\.?|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị xã)\s+$"
)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(form for forms in load_vocabulary("surnames.tsv").values() for form in forms)


@cache
def _ranks() -> dict[str, str]:
    """Written form -> canonical rank."""
    forms: dict[str, str] = {}
    for row in load_table("ranks.tsv"):
        if row.get("kind", "rank") != "rank":
            continue
        written = [f.strip() for f in row["phrasings"].split("|") if f.strip()]
        for form in written:
            forms[form] = written[0]
    return forms


@cache
def _rank_re() -> regex.Pattern[str]:
    alternation = "|".join(regex.escape(f) for f in sorted(_ranks(), key=len, reverse=True))
    return regex.compile(rf"(?:{alternation})")


@cache
def _position_heads() -> tuple[str, ...]:
    heads = [form for forms in load_vocabulary("positions.tsv").values() for form in forms]
    return tuple(sorted(set(heads), key=len, reverse=True))


@cache
def _position_re() -> regex.Pattern[str]:
    """A position: a head ("Bí thư") and the body it belongs to ("Tỉnh ủy Nghệ An")."""
    heads = "|".join(regex.escape(h) for h in _position_heads())
    lower = "|".join(sorted(_NAME_LOWER - _BODY_STOP, key=len, reverse=True))
    tail = rf"(?: (?:UBND|HĐND|CAND|TP\.?\s?HCM|TP|{_SYLLABLE}|{lower})(?![\p{{L}}]))*"
    return regex.compile(rf"(?:{heads})(?![\p{{L}}]){tail}")


@dataclass(slots=True)
class _Found:
    name: str
    ranks: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _name_in_run(run: str) -> tuple[int, str] | None:
    """The person's name at the end of a capitalized run: (offset in run, name).

    "Hồ Chí Minh Nguyễn Thiện Nhân" -> "Nguyễn Thiện Nhân"; a run must end with
    the name and the name must start with a family name.
    """
    words = run.split(" ")
    if words[0] in ("Ông", "Bà"):
        words = words[1:]
        run = " ".join(words)
    surnames = _surnames()
    for size in (4, 3, 2):
        if len(words) >= size and words[-size] in surnames:
            offset = len(" ".join(words[:-size])) + (1 if len(words) > size else 0)
            return offset, " ".join(words[-size:])
    return None


def _split_positions(text: str, start: int, end: int) -> list[str]:
    """Positions written one after another from `start`: ", A, B; …" stops at the first non-position."""
    positions: list[str] = []
    pos = start
    pattern = _position_re()
    while pos < end:
        sep = regex.match(r"\s*(?:,|-|–)\s*", text[pos:end]) if positions or pos == start else None
        if sep is None:
            break
        m = pattern.match(text, pos + sep.end(), end)
        if m is None:
            break
        positions.append(_trim_position(m.group()))
        pos = m.end()
    return positions


def _trim_position(position: str) -> str:
    """Drop a trailing capitalized word that starts a new clause (a name or "Đoàn")."""
    return position.strip(" ,")


def _context_before(text: str, start: int) -> tuple[list[str], list[str], bool]:
    """Ranks and positions written right before a name, and whether an honorific is there."""
    window_start = max(0, start - 160)
    before = text[window_start:start]
    # only the clause the name belongs to
    cut = max(before.rfind(ch) for ch in ",.;:(\n“\"")
    clause = before[cut + 1:] if cut >= 0 else before
    ranks: list[str] = []
    positions: list[str] = []
    stripped = clause.rstrip()
    if not stripped or not clause.endswith(" "):
        return ranks, positions, False
    honorific = bool(_HONORIFIC.search(stripped))
    rank_m = None
    for m in _rank_re().finditer(clause):
        rank_m = m
    head_m = None
    for head in _position_heads():
        idx = clause.rfind(head)
        if idx >= 0 and (head_m is None or idx < head_m[0]):
            if idx == 0 or not clause[idx - 1].isalpha():
                head_m = (idx, head)
    if rank_m is not None and clause[rank_m.end():].strip(" -–") == "":
        ranks.append(_ranks()[rank_m.group()])
    if head_m is not None:
        position = clause[head_m[0]:].strip(" -–")
        m = _position_re().fullmatch(position)
        if m is not None:
            positions.append(position)
            rank_before = clause[:head_m[0]].strip(" -–")
            if rank_before in _ranks():
                ranks.append(_ranks()[rank_before])
    return ranks, positions, honorific


def extract_people(document: Document, context: Context) -> list[Person]:
    """People of the report, in order of first mention."""
    text = document.text
    furniture = context.furniture
    found: dict[str, _Found] = {}
    short_refs: list[tuple[str, tuple[int, int], list[str], list[str]]] = []
    for m in _RUN.finditer(text):
        if inside(furniture, m.start(), m.end()):
            continue
        words = m.group().split(" ")
        if len(words) == 1:
            ranks, positions, _ = _context_before(text, m.start())
            if ranks or positions:
                short_refs.append((m.group(), m.span(), ranks, positions))
            continue
        hit = _name_in_run(m.group())
        if hit is None:
            continue
        offset, name = hit
        end = m.end()
        start = end - len(name)
        if _LEVEL_BEFORE.search(text, max(0, start - 12), start) or lookup_province(name) is not None:
            continue  # "Thành phố Hồ Chí Minh" is a place
        ranks, positions, honorific = _context_before(text, start)
        after = _split_positions(text, end, min(len(text), end + 400))
        if not (ranks or positions or honorific or after):
            continue
        person = found.setdefault(name, _Found(name))
        _add_unique(person.ranks, ranks)
        _add_unique(person.positions, positions + after)
        person.mentions.append((start, end))
    _resolve_short_refs(found, short_refs)
    _add_plain_mentions(text, furniture, found)
    return [
        Person(name=p.name, ranks=tuple(p.ranks), positions=_fullest(p.positions),
               mentions=tuple(sorted(set(p.mentions))))
        for p in sorted(found.values(), key=lambda p: min(p.mentions))
    ]


def _fullest(positions: list[str]) -> tuple[str, ...]:
    """Positions less those that cut a longer one short ("Bộ trưởng" beside "Bộ trưởng Bộ Công an")."""
    return tuple(p for p in positions if not any(q != p and q.startswith(p + " ") for q in positions))


def _add_unique(target: list[str], values: list[str]) -> None:
    for value in values:
        if value and value not in target:
            target.append(value)


def _resolve_short_refs(found: dict[str, _Found],
                        refs: list[tuple[str, tuple[int, int], list[str], list[str]]]) -> None:
    """"Thứ trưởng Ngọc" -> Nguyễn Duy Ngọc when exactly one full name ends in "Ngọc"."""
    for given, span, ranks, _positions in refs:
        owners = [p for p in found.values() if p.name.split(" ")[-1] == given]
        if len(owners) == 1:
            owners[0].mentions.append(span)
            _add_unique(owners[0].ranks, ranks)


def _add_plain_mentions(text: str, furniture: list[tuple[int, int]], found: dict[str, _Found]) -> None:
    """Every other occurrence of a known full name, as a whole word, outside furniture."""
    for person in found.values():
        pattern = regex.compile(rf"(?<![\p{{L}}]){regex.escape(person.name)}(?![\p{{L}}])")
        for m in pattern.finditer(text):
            if not inside(furniture, m.start(), m.end()):
                person.mentions.append(m.span())


def resolve_title_reference(title: str, people: list[Person]) -> str | None:
    """The full name of the one person in `people` holding the position a bare title
    names ("Bộ trưởng", "Đồng chí Bộ trưởng", "Thứ trưởng Bộ Công an"), else None."""
    bare = regex.sub(r"^(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+", "", title.strip())
    key = fold_key(bare)
    if not key:
        return None
    holders = [p.name for p in people
               if any(fold_key(pos) == key or fold_key(pos).startswith(key + " ") for pos in p.positions)]
    if len(set(holders)) == 1:
        return holders[0]
    return None
