"""Who each mention of a person is: decided once per report, read by every later step.

Needs `context.result.people`. Out (`references(context)`, memoized on the
context): every place the report refers to a person, in text order, resolved to
the full name:

- `name`: the full name or a short form the people step tied to it ("Tô Lâm",
  "Ngọc" in "Thứ trưởng Ngọc"); `head` starts at the titles before the name
  ("Đại tướng Tô Lâm" starts at "Đại").
- `title`: a rank or position with no name after it ("Bộ trưởng nhấn mạnh",
  "Chủ tịch nước đề nghị", "đồng chí Thứ trưởng Bộ Công an lưu ý"): the one person
  of the report who holds it; of several holders, the one referred to last before
  it. A title after "của", "nguyên", "các" … names someone else, a former holder or
  many, and a title in apposition after a name ("Tô Lâm, Bộ trưởng Bộ Công an") is
  part of that name's reference: neither is a reference of its own.
- `pronoun`: "Ông", "bà", "đồng chí" with no name after it ("Ông cũng yêu cầu …", "Theo bà, …"):
  the person last referred to as the subject of a clause before it ("Bà" prefers a
  name with "Thị", "Ông" one without), else the person last referred to. So is a person
  named by the office he heads at a sentence's start ("Người đứng đầu Đảng bộ tỉnh lưu ý …").

`subject` says whether the reference opens its clause: at the start of its
sentence, or after opening phrases and their commas ("Phát biểu tại hội nghị, Bộ
trưởng …", "Trước đó, sáng 7-3, Bộ trưởng …").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

from chidao.extract.context import Context
from chidao.extract.people import person_anchors
from chidao.extract.titles import Title, fits, match_title, match_title_chain, title_first_words
from chidao.model import Person

Form = Literal["name", "title", "pronoun"]

_GAP = regex.compile(r"[ \t]+|[ \t]*\n[ \t]*")
_WORD = regex.compile(r"\p{L}+")
# what joins a name to the titles in apposition after it, or one such title to the next
_APPOSITION = regex.compile(r"[ \t]*(?:,|[-–])[ \t]*$")
# a title after these words is someone else's, a former holder's or several people's
_NOT_A_REFERENCE = regex.compile(
    r"(?<![\p{L}])(?:của|nguyên|cựu|các|những|Các|Những|Ban|ban|thay|cho|với|tặng|làm|là|và|cùng)\s+$")
# after a pronoun: a word that is not a name (the clause goes on: "Ông cũng yêu cầu")
_LOWER_WORD = regex.compile(r"\s+\p{Ll}")
# a person named by the office he heads, at a sentence's start: "Người đứng đầu Đảng bộ tỉnh lưu ý …"
# (not heads in general: "Người đứng đầu địa phương phải …", "… các bộ, ngành")
_HEAD_OF = regex.compile(
    r"(?:(?<=^|\n|[.!?:]\s)|(?<=,\s))Người đứng đầu(?=[ ]\p{Lu})(?![ ]\p{Lu}\p{L}*[ ]các\b)")
# "Theo ông, …": the speech of the person the pronoun refers to
_ACCORDING_TO = regex.compile(r"(?<![\p{L}])[Tt]heo\s+$")
# an opening phrase before the subject: "Phát biểu tại hội nghị, ", "Song song đó, "
# (after an outlet's dateline with dots: "(Baoquangninh.com.vn) - Ngày 18/3, ")
_OPENING = regex.compile(r"[\s\"“(]*(?:[\p{L}\d.]{2,40}\)\s*[-–—]\s+)?"
                         r"(?:(?:[^,;:.!?]|(?<=\d)\.(?=\d)){1,120},\s*){0,2}", regex.V1)


@dataclass(frozen=True, slots=True)
class Reference:
    """One reference to a person at text[start:end]; `head` is where its titles begin."""

    start: int
    end: int
    name: str
    form: Form
    head: int
    subject: bool


def references(context: Context) -> tuple[Reference, ...]:
    """Every reference to a person, in text order (computed once per document)."""
    found = context.memo.get("references")
    if found is None:
        found = context.memo["references"] = _find_references(context)
    return found


def references_between(refs: tuple[Reference, ...], start: int, end: int) -> list[Reference]:
    """The references that lie inside [start, end), in text order."""
    i = bisect_left(refs, start, key=lambda r: r.start)
    out = []
    while i < len(refs) and refs[i].start < end:
        if refs[i].end <= end:
            out.append(refs[i])
        i += 1
    return out


def _find_references(context: Context) -> tuple[Reference, ...]:
    assert context.result is not None
    text = context.document.text
    people = context.result.people
    # (a given name written alone is a mention of the person, no reference a later step reads a role from:
    # "khi Tèo đang giao ma túy" names no one who assigns)
    alone = context.memo.get("given_names_alone", frozenset())
    names = {s: (e, p.name) for p in people for s, e in p.mentions if (s, e) not in alone}
    name_ends = {e for p in people for s, e in p.mentions if (s, e) not in alone}
    heads: dict[int, int] = {}
    pending: list[tuple[int, int, list[Title]]] = []  # title or pronoun references, unresolved
    covered = -1  # end of the titles already read as part of a name's reference
    firsts = title_first_words()
    for at in person_anchors(context):
        if at < covered or _WORD.match(text, at).group() not in firsts:
            continue
        chain = match_title_chain(text, at)
        if not chain:
            continue
        end = chain[-1].end
        covered = end
        gap = _GAP.match(text, end)
        if gap is not None and gap.end() in names:  # "Đại tướng Tô Lâm": the name's own titles
            heads[gap.end()] = at
            continue
        if _in_apposition(text, at, name_ends) or _NOT_A_REFERENCE.search(text, max(0, at - 12), at):
            name_ends.add(end)  # a further title after this one is in apposition too
            continue
        if all(t.kind == "honorific" for t in chain):
            if chain[-1].key in ("mister", "madam", "comrade") and (
                    _LOWER_WORD.match(text, end) or _ACCORDING_TO.search(text, max(0, at - 6), at)
                    and text.startswith(",", end)):
                pending.append((at, end, chain))
            continue
        pending.append((at, end, chain))
    for m in _HEAD_OF.finditer(text):  # "Người đứng đầu Đảng bộ tỉnh lưu ý …": the person just named
        pending.append((m.start(), m.end(), []))
    pending.sort(key=lambda p: p[0])
    refs = [Reference(s, e, name, "name", heads.get(s, s), False) for s, (e, name) in names.items()]
    refs.sort(key=lambda r: r.start)
    refs = [_with_subject(r, text, context) for r in refs]
    for at, end, chain in pending:  # in text order: a pronoun may refer to a title resolved before it
        refs.sort(key=lambda r: r.start)
        before = refs[:bisect_left(refs, at, key=lambda r: r.start)]
        if not chain:
            name = _antecedent("comrade", before)
            form = "pronoun"
        elif any(t.kind != "honorific" for t in chain):
            name = title_holder(text[at:end], people, before)
            form: Form = "title"
        else:
            name = _antecedent(chain[-1].key, before, text)
            form = "pronoun"
        if name is not None:
            refs.append(_with_subject(Reference(at, end, name, form, at, False), text, context))
    refs.sort(key=lambda r: r.start)
    return tuple(refs)


def _in_apposition(text: str, at: int, name_ends: set[int]) -> bool:
    """Whether the title at `at` follows a name (or its titles) after a comma or a dash."""
    join = _APPOSITION.search(text, max(0, at - 4), at)
    return join is not None and join.start() in name_ends


def _with_subject(ref: Reference, text: str, context: Context) -> Reference:
    sentence = context.sentence_at(ref.head)
    if sentence is None:
        return ref
    opening = _OPENING.match(text, sentence[0], ref.head)
    subject = opening is not None and opening.end() == ref.head
    return Reference(ref.start, ref.end, ref.name, ref.form, ref.head, subject)


def title_holder(written: str, people: list[Person], before: list[Reference] | tuple[()] = ()) -> str | None:
    """The full name of the one person who holds every title written ("Bộ trưởng", "Đồng chí
    Thứ trưởng Bộ Công an"); of several, the one referred to last in `before`; else None."""
    written = " ".join(written.split())
    titles = [t for t in match_title_chain(written, 0) if t.kind != "honorific"]
    if not titles:
        return None
    written = written[titles[0].start:]
    holders = [p for p in people if all(any(fits(t, h) for h in _held_titles(p)) for t in titles)]
    if len(holders) > 1:
        exact = [p for p in holders if written in p.positions or written in p.ranks]
        holders = exact or holders
    if len(holders) == 1:
        return holders[0].name
    if not holders:
        return None
    names = {p.name for p in holders}
    last = next((r for r in reversed(before) if r.name in names), None)
    return last.name if last is not None else None


def _antecedent(pronoun: str, before: list[Reference], text: str = "") -> str | None:
    """The person a pronoun refers to: the last subject before it, of the right sex if known (a woman by
    "Thị" in her name or "bà" written before it: "bà Vũ Thu Hà, … . Bà đề xuất …")."""
    def fits(ref: Reference) -> bool:
        female = " Thị " in f" {ref.name} " or (ref.form == "name"
                                                and text[max(0, ref.start - 3):ref.start].lower() == "bà ")
        return not ((pronoun == "madam" and not female) or (pronoun == "mister" and female))
    for pool in ([r for r in before if r.subject], before):
        found = next((r for r in reversed(pool) if fits(r)), None)
        if found is not None:
            return found.name
    return None


def _held_titles(person: Person) -> list[Title]:
    return [t for t in (_held(p) for p in (*person.positions, *person.ranks)) if t is not None]


@lru_cache(maxsize=1024)
def _held(written: str) -> Title | None:
    return match_title(written, 0)

