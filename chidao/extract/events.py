"""Events: the working sessions, conferences, ceremonies and inspections a report describes.

Needs `context.result.legal_refs` (their dates are not event dates), the
references to people (`chidao.extract.mentions`: the leader is a full name, also
behind "do Bộ trưởng chủ trì") and `.localities` (the event's places).
Out: one `Event` per event, the main one first; its span is the sentence that
introduces it.

- A sentence introduces an event when it has a cue word: "làm việc với", "buổi làm
  việc" -> working_session; "hội nghị", "sơ kết", "tổng kết", "giao ban" ->
  conference; "lễ", "khởi công", "khánh thành", "trao tặng" -> ceremony; "kiểm tra",
  "thị sát" -> inspection (the first cue in the sentence decides; "Tại buổi làm
  việc" refers back and is no cue). The main event is the first such sentence (or,
  when it has no date, the first dated one of the same type); every other event
  needs a date of its own: a time word and a day ("Ngày 9/5", "sáng 7-3", "Chiều
  31/7"; "Trước đó, sáng 7-3, ... dự lễ khởi công ..."). A date inside a
  legal reference ("Kế hoạch số 125/KH-BCA ngày 20/4/2023") is never an event date.
  The date resolves against the document date; with no day written it is null.
- leader: the person "do ... làm Trưởng đoàn", else the first person named before
  "chủ trì", "đồng chủ trì" (of co-chairs, the first named) in the sentence, the rest
  of its paragraph or the next one; only when nobody chairs, who "dự và chỉ đạo" or
  "phát biểu chỉ đạo" (the President who addresses a conference the Minister chairs
  is not its leader); else the first person the sentence names.
- place: "tại" followed by named places ("tại phường Hồng Hà, TP Hạ Long", "tại Hà
  Nội") or a building ("tại trụ sở Bộ Công an"), as written; else null.
- localities: the localities the sentence mentions, including those inside the
  bodies it names ("làm việc với Ban Thường vụ Tỉnh ủy Bắc Giang" -> Bắc Giang).
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from chidao.extract.context import Context, lower_text
from chidao.extract.mentions import references
from chidao.model import Document, Event, EventType, Span
from chidao.text.dates import DateMention, find_dates, resolve_date
from chidao.text.layout import inside
from chidao.text.sentences import split_sentences

_CUES: tuple[tuple[EventType, tuple[str, ...]], ...] = (
    ("working_session", ("làm việc với", "buổi làm việc", "cuộc làm việc", "thăm và làm việc",
                         "thăm, làm việc", "thăm làm việc")),
    ("conference", ("hội nghị", "sơ kết", "tổng kết", "giao ban", "hội thảo", "tọa đàm")),
    ("ceremony", ("lễ", "khởi công", "khánh thành", "trao tặng", "gắn biển", "mít tinh")),
    ("inspection", ("kiểm tra", "thị sát")),
)
# "Tại buổi làm việc", "Phát biểu tại Hội nghị": the event is already under way.
_BACK_REFERENCE = regex.compile(r"(?:[Tt]ại|[Tt]rong|[Kk]ết thúc|[Cc]uối|[Qq]ua)\s+(?:buổi|cuộc)?\s*$")
_TIME_WORD = regex.compile(
    r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm|[Rr]ạng sáng)\s+(?:\w+\s+)?\(?$")
_HAS_TIME_WORD = regex.compile(
    r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm)\s+(?:\w+\s+)?\(?\d")
_LEADER_DO = regex.compile(r"(?<![\p{L}])do\s")
_LEADS = regex.compile(r"làm\s+Trưởng\s+[đĐ]oàn")
_CHAIRS = regex.compile(r"(?<![\p{L}])(?:đồng chủ trì|chủ trì)(?![\p{L}])")
_DIRECTS = regex.compile(
    r"(?<![\p{L}])(?:dự và chỉ đạo|dự và phát biểu chỉ đạo|phát biểu chỉ đạo)(?![\p{L}])")
_OUTLET = regex.compile(r"\([\p{Lu}\d.]{2,12}\)[ \t]*(?:[-–][ \t]*)?")
_AT = regex.compile(r"(?<![\p{L}])tại\s+")
_COMMA = regex.compile(r",[ \t]*")
_LEVEL = regex.compile(
    r"(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|huyện|quận|Quận|thị xã|xã|phường|thị trấn|Thủ đô)[ \t]*")
_BUILDING = regex.compile(
    r"(?:[Tt]rụ sở|[Hh]ội trường|[Nn]hà [Qq]uốc hội|[Tt]rung tâm [Hh]ội nghị|[Đđ]iểm cầu)[^,.;:\n]{0,80}")


def extract_events(document: Document, context: Context) -> list[Event]:
    """The events of one report, the main one first."""
    assert context.result is not None
    text = document.text
    legal = [r.span for r in context.result.legal_refs]
    people = [(r.head, r.end, r.name) for r in references(context) if r.form != "pronoun"]
    places = sorted((s, e, loc.name) for loc in context.result.localities for s, e in loc.mentions)
    cues = _cues(text)
    candidates = _candidates(context, [(at, kind) for at, kind, back in cues if not back], legal)
    if not candidates:  # "(PLO) Phát biểu tại hội nghị trực tuyến …": the only event is referred back to
        candidates = _candidates(context, [(at, kind) for at, kind, _back in cues], legal)
    if not candidates:
        return []
    dated = [c for c in candidates if c[1] is not None]
    main = candidates[0]
    if main[1] is None:  # a headline or caption first, the dated sentence of the same event after
        main = next((c for c in dated if c[0] == main[0]), main)
    chosen = [main] + [c for c in dated if c is not main]
    events: list[Event] = []
    seen: set[tuple[str, str | None]] = set()
    for kind, mention, (start, end), reach in chosen:
        date = resolve_date(mention, document.date) if mention is not None else None
        if (kind, date) in seen:
            continue
        seen.add((kind, date))
        events.append(Event(
            type=kind, date=date, place=_place(text, start, end, places),
            localities=_localities(text, start, end, places),
            leader=_leader(text, start, end, reach, people),
            text=text[start:end], span=(start, end)))
    return events


def _candidates(context: Context, cues: list[tuple[int, EventType]],
                legal: list[Span]) -> list[tuple[EventType, DateMention | None, Span, int]]:
    """(type, date, sentence, end of the next body paragraph) of each sentence with a cue."""
    text = context.document.text
    cue_starts = [c[0] for c in cues]
    candidates: list[tuple[EventType, DateMention | None, Span, int]] = []
    blocks = [b for b in context.blocks if b.kind in ("title", "body", "caption")]
    for i, block in enumerate(blocks):
        first = bisect_left(cue_starts, block.start)
        if first == len(cues) or cue_starts[first] >= block.end:
            continue
        # who chairs is often said in the next paragraph ("Đại tướng Tô Lâm ... chủ trì Hội nghị.")
        reach = next((b.end for b in blocks[i + 1:] if b.kind == "body"), block.end)
        for start, end in context.sentences(block.start, block.end):
            start = _skip_furniture(text, start, end, context.furniture)
            at = bisect_left(cue_starts, start)
            if at < len(cues) and cue_starts[at] < end:
                candidates.append((cues[at][1], _event_date(text, start, end, legal), (start, end), reach))
    return candidates


def _skip_furniture(text: str, start: int, end: int, furniture: list[Span]) -> int:
    """Move a sentence start past an outlet prefix ("ANTD.VN - ", "(PLO) - ") it opens with."""
    for s, e in furniture:
        if s <= start < e < end:
            start = e
            while start < end and text[start].isspace():
                start += 1
    outlet = _OUTLET.match(text, start, end)
    return outlet.end() if outlet else start


def _cues(text: str) -> list[tuple[int, EventType, bool]]:
    """(start, event type, whether it refers back: "Tại buổi làm việc") of every cue word in
    the text, in text order; found by string search in the lower-cased text (fast)."""
    lower = lower_text(text)
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out: list[tuple[int, EventType, bool]] = []
    for kind, phrases in _CUES:
        for phrase in phrases:
            at = lower.find(phrase)
            while at >= 0:
                after = at + len(phrase)
                if ((at == 0 or not lower[at - 1].isalnum())
                        and (after == len(lower) or not lower[after].isalnum())):
                    out.append((at, kind, _BACK_REFERENCE.search(text, max(0, at - 20), at) is not None))
                at = lower.find(phrase, after)
    return sorted(out)


def _event_date(text: str, start: int, end: int, legal: list[Span]) -> DateMention | None:
    """The first day date in the sentence that follows a time word and is no legal reference's."""
    if _HAS_TIME_WORD.search(text, start, end) is None:  # no "Ngày 9/5": skip the date scan
        return None
    for mention in find_dates(text, start, end):
        if mention.day is None or mention.month is None or inside(legal, mention.start, mention.end):
            continue
        if _TIME_WORD.search(text, max(start, mention.start - 20), mention.start):
            return mention
    return None


def _leader(text: str, start: int, end: int, paragraph_end: int,
            people: list[tuple[int, int, str]]) -> str | None:
    """The person who leads the event introduced by text[start:end]."""
    lead = _LEADS.search(text, start, end)
    if lead is not None:
        by = None
        for m in _LEADER_DO.finditer(text, start, lead.start()):
            by = m
        if by is not None:
            name = _first_person(people, by.end(), lead.start())
            if name is not None:
                return name
    for role in (_CHAIRS, _DIRECTS):
        for chair in role.finditer(text, start, paragraph_end):
            clause = max((s for s, _e in split_sentences(text, start, chair.start())), default=start)
            name = _first_person(people, clause, chair.start())
            if name is not None:
                return name
    return _first_person(people, start, end)


def _first_person(people: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    for s, e, name in people:
        if start <= s and e <= end:
            return name
    return None


def _localities(text: str, start: int, end: int, places: list[tuple[int, int, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for s, e, name in places if start <= s and e <= end))


def _place(text: str, start: int, end: int, places: list[tuple[int, int, str]]) -> str | None:
    """The place phrase after "tại", as written, or None."""
    for at in _AT.finditer(text, start, end):
        pos = at.end()
        building = _BUILDING.match(text, pos, end)
        if building is not None:
            return text[pos:building.end()].rstrip()
        stop = _places_from(text, pos, end, places)
        if stop > pos:
            return text[pos:stop]
    return None


def _places_from(text: str, pos: int, end: int, places: list[tuple[int, int, str]]) -> int:
    """End of a run of place names starting at pos ("phường Hồng Hà, TP Hạ Long"), or pos."""
    stop = pos
    while True:
        found = next((e for s, e, _ in places if s == pos), None)  # "TP.HCM" is a mention whole
        level = _LEVEL.match(text, pos, end) if found is None else None
        if level is not None:
            found = next((e for s, e, _ in places if s == level.end()), None)
        if found is None:
            return stop
        stop = found
        comma = _COMMA.match(text[found:end])
        if comma is None:
            return stop
        pos = found + comma.end()
