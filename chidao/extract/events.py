"""Events: the working session, conference, ceremony or inspection a report describes.

An event is introduced by a sentence with an event cue ("làm việc với", "hội nghị",
"lễ khởi công", "kiểm tra"). The first such sentence is the main event; a later one
is another event only when it carries its own date ("Trước đó, sáng 7-3, … dự lễ
khởi công …"). The date is resolved against the document date; dates inside legal
references are never event dates. The leader is the person after "do" ("do Đại tướng
Tô Lâm … làm Trưởng đoàn"), or before "chủ trì", or the first person the sentence
names. The span is the introducing sentence.
"""

from __future__ import annotations

import regex

from chidao.extract.context import Context
from chidao.model import Document, Event, EventType, Person
from chidao.text.dates import find_dates, resolve_date
from chidao.text.layout import Block, inside
from chidao.text.sentences import split_sentences

_CUES: list[tuple[EventType, regex.Pattern[str]]] = [
    ("ceremony", regex.compile(r"\b(?:dự lễ|[Ll]ễ (?:khởi công|khánh thành|trao|đón|kỷ niệm|ra mắt|"
                               r"phát động)|khởi công xây dựng|khánh thành|gắn biển)\b")),
    ("conference", regex.compile(r"\b(?:[Hh]ội nghị|sơ kết|tổng kết|giao ban|[Hh]ội thảo|tọa đàm)\b")),
    ("working_session", regex.compile(r"\b(?:làm việc với|buổi làm việc|cuộc làm việc|đến thăm và làm việc|"
                                      r"thăm, làm việc|tiếp và làm việc)\b")),
    ("inspection", regex.compile(r"\b(?:kiểm tra|thị sát|khảo sát)\b")),
]
_TIME_WORD = regex.compile(r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm)\s+(?:\w+\s+)?\(?$")
# "tại X", continued by ", TP Y" / ", tỉnh Z" when the place is given level by level.
_PLACE = regex.compile(
    r"\btại ((?:TP\.HCM|[^.,;:\n])+"
    r"(?:, (?:TP\.? ?|[Tt]hành phố |[Tt]ỉnh |[Hh]uyện |[Qq]uận |[Tt]hị xã )(?:TP\.HCM|[^.,;:\n])+)*)"
)
_LEADER_DO = regex.compile(r"\bdo\b")
_DIRECTS = regex.compile(r"\bphát biểu chỉ đạo\b")
_CHAIR = regex.compile(r"\b(?:đồng chủ trì|chủ trì|làm Trưởng đoàn|dẫn đầu)\b")


def _event_type(sentence: str) -> EventType | None:
    for kind, pattern in _CUES:
        if pattern.search(sentence):
            return kind
    return None


def extract_events(document: Document, context: Context) -> list[Event]:
    """The report's events, main event first."""
    text = document.text
    result = context.result
    people = result.people if result else []
    localities = result.localities if result else []
    legal_spans = [r.span for r in result.legal_refs] if result else []
    events: list[Event] = []
    for block in context.blocks:
        if block.kind not in ("title", "body", "caption"):
            continue
        for start, end in split_sentences(text, block.start, block.end):
            sentence = text[start:end]
            kind = _event_type(sentence)
            if kind is None:
                continue
            date = _event_date(text, start, end, legal_spans, document.date)
            if events and date is None:
                continue  # later mentions of the same meeting
            if block.kind == "caption" and (events or date is None):
                continue
            if any(e.date == date and e.type == kind for e in events):
                continue
            events.append(Event(
                type=kind, date=date, place=_place(sentence),
                localities=tuple(loc.name for loc in localities
                                 if any(start <= s and e <= end for s, e in loc.mentions)),
                leader=_leader(text, start, end, people) or _block_leader(text, block, people),
                text=sentence, span=(start, end),
            ))
    return events


def _event_date(text: str, start: int, end: int, legal_spans: list[tuple[int, int]],
                doc_date: str | None) -> str | None:
    """The first day-month date of the sentence that a time word introduces, or a full date."""
    for mention in find_dates(text, start, end):
        if legal_spans and inside(legal_spans, mention.start, mention.end):
            continue
        if mention.day is None:
            continue
        before = max(start, mention.start - 16)
        if mention.year is None and not _TIME_WORD.search(text, before, mention.start):
            continue
        return resolve_date(mention, doc_date)
    return None


def _place(sentence: str) -> str | None:
    m = _PLACE.search(sentence)
    if m is None:
        return None
    place = m.group(1).strip()
    # "tại buổi làm việc", "tại Hội nghị" name the meeting, not a place
    if regex.match(r"(?:buổi|cuộc|hội nghị|Hội nghị|lễ|buổi lễ|đây|địa phương)\b", place):
        return None
    return place or None


def _block_leader(text: str, block: Block, people: list[Person]) -> str | None:
    """When the event sentence names no one: who chairs or directs it in the same paragraph."""
    named = sorted((s, e, p.name) for p in people for s, e in p.mentions
                   if block.start <= s and e <= block.end)
    for s, _e, name in named:
        sentence_end = text.find(".", s, block.end)
        if _CHAIR.search(text, s, sentence_end if sentence_end > 0 else block.end) or \
                _DIRECTS.search(text, s, sentence_end if sentence_end > 0 else block.end):
            return name
    return named[0][2] if named else None


def _leader(text: str, start: int, end: int, people: list[Person]) -> str | None:
    """Who led the event, from the people named in the sentence."""
    in_sentence = sorted(
        (s, p.name) for p in people for s, e in p.mentions if start <= s and e <= end
    )
    if not in_sentence:
        return None
    sentence = text[start:end]
    do = _LEADER_DO.search(sentence)
    if do is not None:
        after = [name for s, name in in_sentence if s >= start + do.end()]
        if after:
            return after[0]
    return in_sentence[0][1]
