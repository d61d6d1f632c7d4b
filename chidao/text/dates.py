"""Vietnamese dates: find them in text and resolve them against the document date.

"24/1/2019", "24-1-2019", "18.11.2020", "ngày 24 tháng 1 năm 2019", "tháng 5/2024",
"tháng 3-2024", "năm 2020", and a day and month without a year only after a time word
("Ngày 9/5", "sáng 7-3", "Chiều 31/7", "ngày 13.6", "Sáng 18 tháng 8"), which takes its year from
the document date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from chidao.text.anchored import anchored_finditer
from chidao.text.sentences import split_sentences


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None


_TIME_WORD = r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm|[Rr]ạng\s+sáng)"
_SEP = r"[/\-.]"
# a weekday between the time word and the day, with or without a comma: "Sáng thứ Ba, 12/3"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật)\s*,?\s+"

_DATE_RE = regex.compile(
    rf"""
    (?P<full>(?<![\d/.\-])(?P<d1>\d{{1,2}})(?P<s1>{_SEP}|[ ][-–][ ])(?P<m1>\d{{1,2}})(?P=s1)(?P<y1>\d{{4}})
        (?![\d/])) |
    (?P<words>ngày\s+(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})(?:\s+năm\s+(?P<y2>\d{{4}}))?) |
    (?P<dm>(?:{_TIME_WORD}\s+(?:{_WEEKDAY}|\w+\s+)?\(?|\()
        (?P<d3>\d{{1,2}})(?P<s3>{_SEP}|(?<=\s\d{{1,2}})\s[-–]\s(?=\d{{1,2}}\b))(?P<m3>\d{{1,2}})
        (?![\d]|\s?{_SEP}\s?\d)) |
    (?P<tm>{_TIME_WORD}\s+(?P<d7>\d{{1,2}})\s+tháng\s+(?P<m7>\d{{1,2}})
        (?:\s+năm\s+(?P<y7>\d{{4}}))?(?![\d/])) |
    (?P<month>tháng\s+(?P<m4>\d{{1,2}})(?:\s*[/\-]\s*|\s+năm\s+)(?P<y4>\d{{4}})(?!\d)) |
    (?P<year>năm\s+(?P<y5>(?:19|20)\d{{2}})(?!\d))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# Where a date can start besides a digit: its words, a time word, "(".
_DATE_STARTS = ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "rạng", "tháng", "năm", "(")


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        try:
            dt.date(year or 2000, month or 1, day)
        except ValueError:
            return False
    return year is None or 1900 <= year <= 2100


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date mentions in text[start:end]; spans in the full text cover the date digits
    (and "ngày … tháng … năm …" wording), not the time word before a day-month."""
    end = len(text) if end is None else end
    out: list[DateMention] = []
    for m in anchored_finditer(_DATE_RE, text, start, end, _DATE_STARTS):
        if m.group("full"):
            y, mo, d, s, e = int(m["y1"]), int(m["m1"]), int(m["d1"]), m.start("full"), m.end("full")
        elif m.group("words"):
            y = int(m["y2"]) if m["y2"] else None
            mo, d, s, e = int(m["m2"]), int(m["d2"]), m.start("words"), m.end("words")
        elif m.group("dm"):
            y, mo, d, s, e = None, int(m["m3"]), int(m["d3"]), m.start("d3"), m.end("m3")
        elif m.group("tm"):  # "Sáng 18 tháng 8"
            y = int(m["y7"]) if m["y7"] else None
            mo, d, s, e = int(m["m7"]), int(m["d7"]), m.start("d7"), m.end("tm")
        elif m.group("month"):
            y, mo, d, s, e = int(m["y4"]), int(m["m4"]), None, m.start("month"), m.end("month")
        else:
            y, mo, d, s, e = int(m["y5"]), None, None, m.start("y5"), m.end("y5")
        if _valid(y, mo, d):
            out.append(DateMention(s, e, text[s:e], y, mo, d))
    return out


def _doc_year_month(doc_date: str | None) -> tuple[int, int | None] | None:
    if not doc_date:
        return None
    m = regex.match(r"(\d{4})(?:-(\d{2}))?", doc_date)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


def resolve_date(mention: DateMention, doc_date: str | None) -> str | None:
    """ISO date of a mention: "YYYY-MM-DD", "YYYY-MM" or "YYYY".

    A missing year comes from the document date; a month more than two months
    after the document's month belongs to the year before (a report dated
    2024-01 that says "ngày 28/12" means 2023-12-28).
    """
    year = mention.year
    if year is None:
        doc = _doc_year_month(doc_date)
        if doc is None:
            return None
        year, doc_month = doc
        if doc_month is not None and mention.month is not None and mention.month > doc_month + 2:
            year -= 1
    if mention.month is None:
        return f"{year:04d}"
    if mention.day is None:
        return f"{year:04d}-{mention.month:02d}"
    if not _valid(year, mention.month, mention.day):
        return None
    return f"{year:04d}-{mention.month:02d}-{mention.day:02d}"


# The seeds' leading " date 2024-05" marker; readers strip it off the text.
DATE_MARKER = regex.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|\Z)")
# A dateline is a line of its own: "  • 24/06/2021 07:36".
_DATELINE_RE = regex.compile(
    r"^[ \t•·\-|]*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$",
    regex.MULTILINE,
)


def parse_document_date(text: str) -> str | None:
    """The publication date from a " date 2024-05" marker or a dateline line "24/06/2021 07:36"."""
    m = DATE_MARKER.match(text)
    if m:
        return m.group(1)
    m = _DATELINE_RE.search(text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_ISO_PREFIX = regex.compile(r"(?P<year>\d{4})(?:(?P<sep>[-/])(?P<month>\d{2})(?:(?P=sep)(?P<day>\d{2}))?)?")
_DAY_FIRST = regex.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_MONTH_FIRST = regex.compile(r"(\d{1,2})/(\d{4})")
_VIETNAM = dt.timezone(dt.timedelta(hours=7))


def iso_date(value: str) -> str | None:
    """A date someone gave ("2024", "2024-05", "2024-05-03", "2024/05/03",
    "2024-05-03T10:00+07:00", "03/05/2024", "3/5/2024", "05/2024") as an ISO date or
    prefix; None when it is not a real date. A time with a zone is the day it was in
    Vietnam ("2024-05-02T20:00Z" is the 3rd)."""
    value = value.strip()
    if len(value) > 10 and value[10] in "T ":
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is not None:
            moment = moment.astimezone(_VIETNAM)
        return moment.date().isoformat()
    m = _ISO_PREFIX.fullmatch(value)
    if m:
        year, month, day = (int(m[name]) if m[name] else None for name in ("year", "month", "day"))
        parts = [m[name] for name in ("year", "month", "day") if m[name]]
        return "-".join(parts) if _valid(year, month, day) else None
    m = _DAY_FIRST.fullmatch(value)
    if m:
        day, month, year = (int(g) for g in m.groups())
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    m = _MONTH_FIRST.fullmatch(value)
    if m:
        month, year = (int(g) for g in m.groups())
        return f"{year:04d}-{month:02d}" if _valid(year, month, None) else None
    return None


def today_in_vietnam(now: dt.datetime | None = None) -> dt.date:
    """The date it is in Vietnam (UTC+7, no daylight saving) at `now` (default: this moment),
    whatever the machine's own zone: a report made at 23:30 UTC is dated the next day."""
    return (now or dt.datetime.now(dt.UTC)).astimezone(_VIETNAM).date()


def filter_date(value: str) -> str | None:
    """A date a person gives as a filter's bound ("24/06/2021", "06/2021", "2021", ISO
    "2021-06-24") as an ISO date or prefix; None when it is not a real date, or is a moment
    ("2024-05-03T10:00"), which is no bound a person types. The command line's --from/--to
    and the web's "Từ"/"Đến" read it alike."""
    iso = iso_date(value)
    if iso is None or "T" in value or " " in value.strip():
        return None
    return iso


def dates_in_order(date_from: str | None, date_to: str | None) -> bool:
    """Whether a range's ISO bounds are in order, compared at the precision both give
    ("2024-05" and "2024-05-03" overlap); a missing bound is in order."""
    if not date_from or not date_to:
        return True
    size = min(len(date_from), len(date_to))
    return date_from[:size] <= date_to[:size]


# How a person may write a filter's date, said in a refusal (the command line's and the web's).
FILTER_DATE_FORMS = "dd/mm/yyyy, mm/yyyy, yyyy hoặc yyyy-mm-dd"


def date_refusal(value: str) -> str:
    """Why a filter's bound is refused: "ngày không hợp lệ: 2024-13 (viết dd/mm/yyyy, …)"."""
    return f"ngày không hợp lệ: {value} (viết {FILTER_DATE_FORMS})"


def format_date(value: str | None) -> str:
    """ISO "2024-05-09" / "2024-05" / "2024" in Vietnamese order: "09/05/2024", "05/2024", "2024"."""
    if not value:
        return ""
    parts = value.split("-")
    return "/".join(reversed(parts)) if all(p.isdigit() for p in parts) else value


def range_refusal(date_from: str, date_to: str) -> str:
    """Why a range is refused, its ISO bounds read dd/mm/yyyy: "từ ngày 2025 sau đến ngày 2024"."""
    return f"từ ngày {format_date(date_from)} sau đến ngày {format_date(date_to)}"


# ---------------------------------------------------------------- the report's year

# a full date with its year, as a dated lead gives it: "Ngày 19/12/2014, …", "Chiều ngày 14 tháng 9 năm
# 2023, …"
_FULL_DATE = regex.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?P<y>(?:19|20)\d{2})(?!\d)"
                           r"|(?<![\p{L}])tháng\s+\d{1,2}\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\d)", regex.V1)
# … not a day of the past the lead's sentence names: a document's ("Nghị định số 77/2010/NĐ-CP ngày
# 12-7-2010", "Luật … được Quốc hội thông qua ngày 27/11/2023"), a range's or a deadline's ("từ ngày 1-1-2017
# đến …", "từ ngày 1 - 30/6/2018", "trước ngày 30/6/2026") or one in brackets ("(19/8/1945 - 19/8/2025)")
_NOT_THE_REPORTS = regex.compile(
    r"(?:(?<!\p{L})số\s+[\w/.\-]+|(?<!\p{L})(?:thông\s+qua|ban\s+hành|ký)"
    r"|(?<!\p{L})(?:[Tt]ừ|trước|đến|tới|hết)(?:\s+ngày)?(?:\s+\d{1,2}\s*[-–])?)\s+(?:ngày\s+)?(?:\d{1,2}\s+)?$"
    r"|\([^()]*$", regex.V1)
# the day a report opens its lead with, its year written: "Chiều 27/12/2016, …", "Ngày 8/1/2013, thông tin từ
# …", "(TB) - Sáng 15-3-2018, …" (a paragraph's first words, after an outlet's mark)
_OPENING_DAY = regex.compile(
    r"(?m)^(?:[^\n,.]{0,40}?\s[-–]\s)?(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\s+(?:ngày\s+)?|[Nn]gày\s+)"
    r"\d{1,2}\s*(?P<s>[/.\-])\s*\d{1,2}\s*(?P=s)\s*(?P<year>\d{4})\s*,", regex.V1)
# how far into a report its opening day is looked for (the title and the lead or the paragraph after it)
_OPENING_REACH = 1500
# a day framing a clause later in the opening paragraphs, its year written, and the clause it frames: "Tại
# hội nghị, ngày 12/3/2020, Đại tá … cho biết, …" (after a sentence's start or a comma; a document's date
# "số 12/KH ngày …" and a deadline "trước ngày …" follow no comma)
_FRAMING_DAY = regex.compile(
    r"(?<![\p{L}\d])(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?|[Nn]gày\s+)"
    r"(?:\d{1,2}\s*(?P<s>[/.\-])\s*\d{1,2}\s*(?P=s)\s*(?P<year>(?:19|20)\d{2})"
    r"|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?P<year>(?:19|20)\d{2}))(?!\d)\s*,(?P<clause>[^.;:]{0,160})",
    regex.V1)
# … when that clause tells the report's own occasion (a meeting, a visit, a review, the news given), not a
# past event ("Ngày 3/5/2018, Công an huyện bắt giữ …", "Ngày 19/8/1945, … ra đời")
_OCCASION = regex.compile(
    r"(?<!\p{L})(?:tổ\s+chức\s+(?:hội\s+nghị|lễ|buổi|cuộc)|hội\s+nghị|họp|làm\s+việc|kiểm\s+tra|giám\s+sát"
    r"|tổng\s+kết|sơ\s+kết|ký\s+kết|khai\s+mạc|ra\s+quân|phát\s+động|chủ\s+trì|cho\s+biết|thông\s+tin"
    r"|báo\s+cáo|phát\s+biểu)(?!\p{L})", regex.V1)
# how many body paragraphs a framing day is looked for in (the lead, the paragraph after a sapo, one more)
_FRAMING_PARAGRAPHS = 3


def report_year(text: str, date: str | None, paragraphs: Sequence[tuple[int, int]]) -> str | None:
    """The year a report is written in, the year its goals' frames and bare months are read against: its
    date's; else (a report given with no date) the year of the full date the first sentence of its lead, or
    of the paragraph after it, gives ("Ngày 19/12/2014, Phòng … tổng kết …"; "CAND.com.vn - Năm 2012, …"
    then "Ngày 8/1/2013, …"); else of the day a line of its opening (up to the paragraph after its lead)
    opens with, wherever its first sentence ends ("(TB) - Chiều 27/12/2016, …"); else of a day framing a
    later clause of its first three paragraphs that tells the report's occasion ("Tại hội nghị, ngày
    12/3/2020, Đại tá … cho biết, …"), not a past event's, a document's or a deadline's. `paragraphs` are
    the report's body paragraphs in order."""
    if date:
        return date[:4]
    for start, end in paragraphs[:2]:
        sentences = split_sentences(text, start, end)
        first_end = sentences[0][1] if sentences else end
        for found in _FULL_DATE.finditer(text, start, first_end):
            if not _NOT_THE_REPORTS.search(text, max(start, found.start() - 80), found.start()):
                return found.group("y")
    # (only as far as the paragraph after the lead: a later paragraph opening with a day tells an event)
    reach = paragraphs[1][1] if len(paragraphs) > 1 else len(text)
    found = _OPENING_DAY.search(text, 0, min(reach, _OPENING_REACH))
    if found is not None:
        return found.group("year")
    for start, end in paragraphs[:_FRAMING_PARAGRAPHS]:
        for sentence_start, sentence_end in split_sentences(text, start, end):
            for m in _FRAMING_DAY.finditer(text, sentence_start, sentence_end):
                before = text[sentence_start:m.start()].rstrip()
                if (not before or before.endswith(",")) and _OCCASION.search(m.group("clause")):
                    return m.group("year")
    # the year of a part of a year or of a year's action month that the title or the lead's first sentence
    # reviews or opens ("… kết quả công tác bảo đảm an ninh, trật tự 6 tháng đầu năm 2021", "Phát động Tháng
    # hành động phòng, chống ma túy năm 2014"): written within that year
    if paragraphs:
        sentences = split_sentences(text, paragraphs[0][0], paragraphs[0][1])
        found = _PART_OF_YEAR.search(text, 0, sentences[0][1] if sentences else paragraphs[0][1])
        if found is not None:
            return found.group("year")
    return None


_PART_OF_YEAR = regex.compile(
    r"(?:\d+\s+tháng\s+đầu\s+năm|[Qq]uý\s+(?:I{1,3}|[1-3])(?:\s*/\s*|\s+năm\s+)(?=\d)"
    r"|[Tt]háng\s+hành\s+động\s+(?:[^\W\d_]+[\s,]+){0,8}?năm)\s*(?P<year>(?:19|20)\d\d)(?!\d)", regex.V1)
