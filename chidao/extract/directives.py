"""Directives: one per sentence of a report that asks something of someone.

Needs the report's references to people (`chidao.extract.mentions`: speakers are
full names, also behind "Bộ trưởng", "Ông", "đồng chí Thứ trưởng") and
`.localities` / `.organizations` (to recognise an addressee). Reads body blocks only; photo
captions neither give directives nor interrupt a speech.

A sentence is a directive when
- a verb of saying from `speech_verbs.tsv` follows its speaker ("Bộ trưởng Tô Lâm đề
  nghị, Hải Phòng tiếp tục ..."): `ask` verbs always, `weak` verbs ("nhấn mạnh", "cho
  rằng", "đánh giá") only when what follows is prescriptive ("cần", "phải", "mục tiêu");
- or it continues the same speech in a later sentence or paragraph without a verb of
  saying and reads as an order ("Tiếp tục đẩy mạnh ...", "... phải ...", "... cần ..."):
  the speaker carries over, `verb` is null; "tôi yêu cầu" inside a quote and "do đó
  yêu cầu, ..." keep the speaker of the speech with their verb;
- or both sides agree ("Hai bên nhất trí ...", "Hội nghị thống nhất ..."): `speaker`
  is null, `verb` is "nhất trí" / "thống nhất" as written.
A paragraph of reporting ("Tại buổi làm việc, các đại biểu đã ...") ends the speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from chidao.extract.context import Context, lower_text
from chidao.extract.mentions import Reference, references, references_between
from chidao.extract.metrics import (
    Passage,
    body_starts,
    find_topics,
    looks_like_body,
    passages,
    trie_pattern,
)
from chidao.gazetteer.loader import load_table
from chidao.model import Directive, Document


@cache
def _verbs() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """Alternation over speech-verb phrasings, and phrasing -> (key, strength)."""
    owner: dict[str, tuple[str, str]] = {}
    for row in load_table("speech_verbs.tsv"):
        for form in row["phrasings"].split("|"):
            if form.strip():
                owner[form.strip().lower()] = (row["key"], row["strength"])
    # matched on lower-cased text with stdlib re: much faster than IGNORECASE
    return re.compile(rf"(?<!\w)(?:{trie_pattern(owner)})(?!\w)"), owner


# a noun use ("lãnh đạo, chỉ đạo", "ý kiến chỉ đạo", "Đây là yêu cầu", "chỉ đạo của") is no verb of saying
_NOUN_BEFORE = regex.compile(
    r"(?<!\w)(?:lãnh đạo,?|ý kiến|sự|phát biểu|[Pp]hát biểu,|và|theo|được|là|Căn cứ|căn cứ|các|những|"
    r"nhiệm vụ|tiếp thu|cùng|thường xuyên|trực tiếp|thực hiện) $", regex.V1)
_NOUN_AFTER = regex.compile(
    r" (?:của|tại|về|đối với|hội nghị|Hội nghị|buổi|cuộc|kết luận|cao|lại|chung|ra|trong công tác)\b",
    regex.V1)


@lru_cache(maxsize=4)
def _verbs_in(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Verbs of saying in the whole text as (start, end, form, strength), noun uses left out."""
    pattern, owner = _verbs()
    low = lower_text(text)
    out = []
    for m in _anchored_matches(pattern, low if len(low) == len(text) else text, owner):
        # the noun-use pattern ends with a space: search only where one precedes the verb
        noun_before = m.start() > 0 and text[m.start() - 1] == " " and _NOUN_BEFORE.search(
            text, max(0, m.start() - 16), m.start()) is not None
        if noun_before or _NOUN_AFTER.match(text, m.end()):
            continue
        key, strength = owner[m.group()]
        out.append((m.start(), m.end(), key if strength == "joint" else text[m.start():m.end()], strength))
    return tuple(out)


def _anchored_matches(pattern: re.Pattern[str], text: str, forms: dict[str, object]) -> list[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, for a pattern whose every match is one of
    `forms`: tried only where a form occurs (string search), which is twice as fast."""
    candidates: list[int] = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            candidates.append(at)
            at = text.find(form, at + 1)
    candidates.sort()
    out: list[re.Match[str]] = []
    position = 0
    for at in candidates:
        if at < position:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            position = m.end()
    return out


# what may stand between a speaker and the verb: positions, "cũng", "đã", "khi nói về ..."
_GAP_BLOCK = regex.compile(
    r"[;:.“”\"]|\b(?:làm Trưởng đoàn|làm việc|đến thăm|chủ trì|dự lễ|cảm ơn|trao tặng|tặng|ghi nhận|"
    r"biểu dương|cho biết|thông báo|báo cáo|tiếp thu)\b", regex.V1)
_ADVERBS = regex.compile(r"\s*(?:(?:cũng|đã|còn|tiếp tục|đặc biệt|một lần nữa)\s+)*", regex.V1)
_PRESCRIPTIVE = regex.compile(
    r"\b(?:cần|phải|mục tiêu|hãy|tiếp tục|chú trọng|chú ý|phấn đấu|[Pp]hấn đấu|không để|không được|"
    r"tuyệt đối|quyết tâm|yêu cầu|đề nghị)\b", regex.V1)
_MODAL = regex.compile(r"\b(?:cần phải|cần|phải)\b", regex.V1)
_IMPERATIVE_START = regex.compile(
    r"[\"“]?(?:Đặc biệt,?\s+(?:chú trọng|quan tâm|lưu ý|chú ý)\b|(?:Đặc biệt,?\s+)?(?:"
    r"Tiếp tục|Tập trung|Đẩy mạnh|Kết hợp|Phối hợp|Chủ động|Tăng cường|Đảm bảo|Bảo đảm|Nâng cao|Xây dựng|"
    r"Chú trọng|Chú ý|Quan tâm|Thực hiện|Triển khai|Kiên quyết|Quyết liệt|Tuyệt đối|Không để|Làm tốt|"
    r"Nắm chắc|Khẩn trương|Sớm|Rà soát|Đổi mới|Phát huy|Giữ vững|Củng cố|Hoàn thiện|Kiện toàn|Phấn đấu|"
    r"Duy trì|Siết chặt|Huy động|Đấu tranh|Ngăn chặn|Kiểm soát|Tham mưu|Quán triệt|Kịp thời|Thường xuyên|"
    r"Tổ chức|Mở|Làm rõ|Xử lý nghiêm|Đề cao|Chấn chỉnh|Kéo giảm)\b)",
    regex.V1)
_NARRATIVE = regex.compile(r"\bđã\b|\bđạt được\b|\bcho biết\b|\bbáo cáo\b", regex.V1)
_CONNECTIVE_ONLY = regex.compile(
    r"[\s\"“]*(?:(?:do đó|vì vậy|vì thế|đồng thời|cũng|và|Do đó|Vì vậy|Đồng thời),?\s*)*", regex.V1)
_JOINT_SUBJECT = regex.compile(
    r"(?:^|,\s*)(?P<subj>(?:[Hh]ai bên|[Cc]ác bên|Hội nghị|[^,]{3,140}? và [^,]{3,140}?))\s+$", regex.V1)
_JOINT_NOT_SUBJECT = regex.compile(r"\b(?:đã|đang|sẽ|phối hợp|thường xuyên|cần|phải|tiếp tục)\b", regex.V1)
_SELF = regex.compile(r"\btôi\s+$", regex.V1)

# the addressee ends where its verb phrase begins
_ADDRESSEE_CUT = regex.compile(
    r"\s(?:cần|phải|tiếp tục|tập trung|chủ động|thực hiện|triển khai|bám sát|quan tâm|theo dõi|tăng cường|"
    r"đẩy mạnh|nâng cao|chú trọng|chú ý|làm tốt|khắc phục|xây dựng|giữ vững|giữ|nắm chắc|phối hợp|tham mưu|"
    r"quyết liệt|kiên quyết|khẩn trương|sớm|rà soát|đánh giá|có trách nhiệm|lãnh đạo|chỉ đạo|hoàn thành|"
    r"bảo đảm|đảm bảo|nghiên cứu|thống nhất|quán triệt|chăm lo|giải quyết|ngăn chặn|kiểm soát|đấu tranh|"
    r"tổ chức|phát huy|cụ thể hóa|cũng|nhận thức|là|thảo luận|phát triển|duy trì|kịp thời|thường xuyên|"
    r"đặc biệt|nhất là|tạo điều kiện|hỗ trợ|ưu tiên|quyết tâm|phấn đấu|rút kinh nghiệm|không|tuyệt đối|"
    r"mạnh dạn|củng cố|hiện đại hóa|truy bắt|triệt phá|tiến hành|kéo giảm|tích cực|siết chặt)\b"
    r"|[;:!?“”\"]|\.(?=\s|$)",
    regex.V1)
_LEADING_ADVERBIAL = regex.compile(
    r"[\s,:\"“]*(?:(?:trong|Trong)\s+(?:thời gian tới|năm \d{4}|giai đoạn tới)|thời gian tới|Thời gian tới)?"
    r"[\s,\"“]*",
    regex.V1)
_MAX_ADDRESSEE = 110
_ACCORDING = regex.compile(r"Theo\s+(?P<who>[^,;.]{2,140}?),", regex.V1)
# "X cho biết …, đồng thời đề nghị …": a second verb of the same subject
_COORDINATED = regex.compile(
    r"[,;]\s*(?:đồng thời|và|nhưng|song|tuy nhiên)(?:\s+(?:cũng|còn))?\s*$", regex.V1)
_TRAILING_STOPS = regex.compile(r"[\s.!?…”\"]*", regex.V1)
_QUOTE_THEN_COMMA = regex.compile(r"[”\"]\s*,", regex.V1)
_CLAUSE_MARK = regex.compile(r"[;:“\"]", regex.V1)
_SUBCLAUSE = regex.compile(r",\s+|\sthì\s", regex.V1)
_SUBJECT_ADVERB = regex.compile(r"\s+(?:cũng|càng|đều|thì)$", regex.V1)


@dataclass(slots=True)
class _Speech:
    """The speech in progress: who speaks and to whom."""

    speaker: str
    addressee: str | None


@dataclass(frozen=True, slots=True)
class _Verb:
    key: str
    strength: str
    start: int
    end: int


def extract_directives(document: Document, context: Context) -> list[Directive]:
    """Directives of the document's body, in order (see the module docstring)."""
    assert context.result is not None
    text = document.text
    refs = references(context)
    bodies = body_starts(context)
    out: list[Directive] = []
    speech: _Speech | None = None
    for passage in passages(context):
        if passage.caption:
            continue
        speech = _read_passage(text, passage, speech, refs, bodies, out)
    return out


def _read_passage(text: str, passage: Passage, speech: _Speech | None, refs: tuple[Reference, ...],
                  bodies: frozenset[int], out: list[Directive]) -> _Speech | None:
    for index, (start, end) in enumerate(passage.sentences):
        found = _speech_verb(text, start, end, refs, speech)
        if found is not None:
            verb, speaker, subject_start = found
            if verb.strength == "joint":
                out.append(_directive(text, start, end, None, verb.key, _joint_addressee(text, start, verb)))
                speech = None
                continue
            content = (verb.end, end) if not _at_sentence_end(text, verb.end, end) else (start, subject_start)
            after = _addressee(text, verb.end, end, bodies) if content[0] == verb.end else None
            before_modal = _subject_before_modal(text, content[0], content[1], bodies)
            # "nhấn mạnh, TP.HCM là ...; Công an Thành phố phải ...": a weak verb's addressee is who "phải"
            addressee = (before_modal or after) if verb.strength == "weak" else (after or before_modal)
            if speaker is None:  # "tôi yêu cầu", "do đó yêu cầu": the speech goes on
                assert speech is not None
                speaker = speech.speaker
            carried = speech.addressee if speech and speech.speaker == speaker else None
            speech = _Speech(speaker, addressee or carried)
            if verb.strength == "ask" or _PRESCRIPTIVE.search(text, content[0], content[1]):
                out.append(_directive(text, start, end, speaker, verb.key.lower(), addressee))
            continue
        according = _according_to(text, start, end, refs)
        if according is not None:  # "Theo Bộ trưởng, Hải Phòng cần ...": a speech without a verb of saying
            speech = _Speech(according, None)
            if _MODAL.search(text, start, end):
                own = _subject_before_modal(text, start, end, bodies)
                speech.addressee = own
                out.append(_directive(text, start, end, according, None, own))
            continue
        if speech is not None and _continues_speech(text, start, end):
            own = _subject_before_modal(text, start, end, bodies)
            out.append(_directive(text, start, end, speech.speaker, None, own or speech.addressee))
            continue
        if index == 0:  # a paragraph that opens with reporting ends the speech
            speech = None
    return speech


def _directive(text: str, start: int, end: int, speaker: str | None, verb: str | None,
               addressee: str | None) -> Directive:
    return Directive(speaker=speaker, verb=verb, addressee=addressee, text=text[start:end],
                     topics=find_topics(text, start, end), span=(start, end))


def _speech_verb(text: str, start: int, end: int, refs: tuple[Reference, ...],
                 speech: _Speech | None) -> tuple[_Verb, str | None, int] | None:
    """The sentence's verb of saying, its speaker (None: the speech's) and where the subject starts."""
    candidates = _verbs_in(text)
    i = bisect_left(candidates, (start,))
    while i < len(candidates) and candidates[i][1] <= end:
        verb = _Verb(*candidates[i][2:], candidates[i][0], candidates[i][1])
        i += 1
        if _at_sentence_end(text, verb.end, end) and not _quote_before(text, start, verb.start):
            continue
        if verb.strength == "joint":
            subject = _JOINT_SUBJECT.search(text[start:verb.start])
            # "đã thường xuyên phối hợp thống nhất" describes, it does not agree
            if subject and not _JOINT_NOT_SUBJECT.search(subject.group("subj")):
                return verb, None, start
            continue
        found = _speaker_before(text, start, verb.start, refs)
        if found is not None:
            name, subject_start = found
            return verb, name, subject_start
        if speech is not None and (_SELF.search(text, start, verb.start)
                                   or _CONNECTIVE_ONLY.fullmatch(text, start, verb.start)):
            return verb, None, verb.start
    return None


def _speaker_before(text: str, start: int, verb_start: int,
                    refs: tuple[Reference, ...]) -> tuple[str, int] | None:
    """The person who is the subject of the verb at verb_start, and where that subject starts."""
    before = references_between(refs, start, verb_start)
    if not before:
        return None
    last = before[-1]
    gap = text[last.end:verb_start]
    if _adjacent(text, last.end, verb_start) or (len(gap) <= 200 and not _GAP_BLOCK.search(gap)):
        return last.name, last.head
    if _COORDINATED.search(text, start, verb_start):  # "X cho biết …, đồng thời đề nghị …"
        subject = next((r for r in before if r.subject), None)
        if subject is not None:
            return subject.name, subject.head
    return None


def _according_to(text: str, start: int, end: int, refs: tuple[Reference, ...]) -> str | None:
    """The speaker of a sentence opening "Theo Thứ trưởng Nguyễn Văn A, ...", "Theo ông, ..."."""
    m = _ACCORDING.match(text, start, end)
    if m is None:
        return None
    inside = references_between(refs, m.start("who"), m.end("who"))
    return inside[0].name if inside and inside[0].head <= m.start("who") + 1 else None


def _adjacent(text: str, pos: int, verb_start: int) -> bool:
    return _ADVERBS.fullmatch(text, pos, verb_start) is not None


def _at_sentence_end(text: str, pos: int, end: int) -> bool:
    return _TRAILING_STOPS.fullmatch(text, pos, end) is not None


def _quote_before(text: str, start: int, verb_start: int) -> bool:
    """A quotation ends before the verb: '"...", Bộ trưởng Tô Lâm nêu rõ.'"""
    return _QUOTE_THEN_COMMA.search(text, start, verb_start) is not None


def _continues_speech(text: str, start: int, end: int) -> bool:
    """An order without a verb of saying: an imperative opening, or "phải"/"cần" and no past-tense report."""
    if _IMPERATIVE_START.match(text, start, end):
        return True
    modal = _MODAL.search(text, start, end)
    return modal is not None and not _NARRATIVE.search(text, start, modal.start())


def _addressee(text: str, pos: int, end: int, bodies: frozenset[int]) -> str | None:
    """The body right after the verb: "đề nghị, Hải Phòng tiếp tục" -> "Hải Phòng"."""
    lead = _LEADING_ADVERBIAL.match(text, pos, end)
    start = lead.end() if lead else pos
    cut = _ADDRESSEE_CUT.search(text, start, end)
    if cut is None:
        return None
    stop = cut.start()
    phrase = text[start:stop].rstrip(" ,")
    if not phrase or len(phrase) > _MAX_ADDRESSEE or not looks_like_body(text, start, stop, bodies):
        return None
    return phrase


def _subject_before_modal(text: str, start: int, end: int, bodies: frozenset[int]) -> str | None:
    """The body a modal applies to: "...; Công an Thành phố phải chủ động" -> "Công an Thành phố"."""
    modal = _MODAL.search(text, start, end)
    if modal is None:
        return None
    clause_start = start
    for m in _CLAUSE_MARK.finditer(text, start, modal.start()):
        clause_start = m.end()
    # the longest stretch after a comma or "thì" that names a body: "Công an các đơn vị, địa phương"
    cuts = [clause_start] + [m.end() for m in _SUBCLAUSE.finditer(text, clause_start, modal.start())]
    for cut in cuts:
        while cut < modal.start() and text[cut] in " ,":
            cut += 1
        phrase = _SUBJECT_ADVERB.sub("", text[cut:modal.start()].rstrip())
        if (phrase and len(phrase) <= _MAX_ADDRESSEE
                and looks_like_body(text, cut, cut + len(phrase), bodies)):
            return phrase
    return None


def _joint_addressee(text: str, start: int, verb: _Verb) -> str | None:
    """The parties of an agreement: "Hai bên", "Ban Thường vụ ... và Ban Thường vụ ..."."""
    m = _JOINT_SUBJECT.search(text[start:verb.start])
    return m.group("subj").strip() if m else None
