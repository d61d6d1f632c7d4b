"""When a figure was measured and against what: periods, baselines and deadlines.

- baselines: "so với năm 2020" -> "năm 2020", "so với cùng kì năm 2019" -> "cùng kỳ năm
  2019" (old spelling kì), "so với cùng kỳ cao điểm" -> "cùng kỳ"; a baseline may follow
  its figure ("giảm 8,2% so với năm 2022") or open the changes after it ("so với cùng kỳ
  năm 2023 giảm 49 vụ, giảm 46 người chết");
- deadlines: "đến năm 2030" -> "2030"; a frame opening the goals' sentence ("Những tháng cuối năm, …",
  "Giai đoạn 2022 - 2027, …" not yet over, "Từ năm 2019, …", "Phấn đấu cả năm …"), read against the year the
  report is written in (`Context.report_year`, `chidao.text.dates.report_year`: a report given with no date
  the year of the day its lead gives);
- periods, normalized: "năm 2020", "6 tháng đầu năm 2017" ("Trong 6 tháng đầu" ->
  "6 tháng đầu năm"), "9 tháng năm 2023", "các tháng đầu năm 2025", "tháng 7/2022"
  ("Trong tháng 7.2022"),
  "quý I năm 2023", "nhiệm kỳ 2020-2025", "từ đầu năm đến nay", a range of days or
  months as written ("từ ngày 15/10 đến 15/12", "từ tháng 1 đến tháng 6 năm 2023", "từ ngày
  1-7 đến nay", "từ năm 2017 đến hết tháng 4-2019", "từ đầu tháng 9-2017 đến nay", "từ tháng 5 đến tháng
  11-2019"), the season of an event ("mùa World Cup 2018"; also a campaign's occasion and a baseline),
  a start named by its occasion ("từ khi …
  đi vào hoạt động ngày 1/7/2025" -> "từ ngày 1/7/2025"), the recent past framing a clause
  ("Thời gian qua, …" -> "thời gian qua", "Trong 12 tháng qua, …" -> "12 tháng qua"), and a
  campaign named by
  its occasion ("đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh trật tự Tết
  Nguyên đán Nhâm Dần 2022" -> "đợt cao điểm Tết Nguyên đán Nhâm Dần 2022") or, without one, by
  its dates in brackets ("đợt cao điểm vận động … (từ ngày 15/3 đến ngày 15/6/2021)"), a school
  year ("Năm học 2023 - 2024, …", "năm học vừa qua"), an older quarter ("quý 1-2011"), the holiday
  of a clause ("Trong dịp Tết, …" -> "dịp Tết", "Trong dịp Tết Nguyên đán Giáp Ngọ, …" -> "dịp Tết
  Nguyên đán Giáp Ngọ"), the day labelling a line of figures ("Ngày 8/2
  (29 Tết): 17 vụ, …" -> "ngày 8/2"), two periods joined by "và" as one ("năm 2021 và 5 tháng đầu
  năm 2022"), a range of days with the month only at its end ("(từ 10 đến 12-9)"), a raid's night and day
  ("Trong đêm 11 và ngày 12-10, …"), "Từ năm 2013 đến hết năm 2017", "Từ sau ngày 1/7/2025, …", "sau 9 tháng
  triển khai, …", "Riêng dịp Tết …, …", "…, 4 tháng qua xử phạt …"; the quarter a change is compared with is a
  baseline ("So với quý II/2016, giảm 6 vụ"), as is the one a list's heading ends with ("(so với quý
  II/2025):", `heading_baseline`);
- a period written without its year completed from the report (`with_year`: "6 tháng đầu
  năm" -> "6 tháng đầu năm 2017" where the report writes that; a quarter "Quý I, …" -> "quý I/2014"
  where the lead writes that, not from a deadline "trong quý I-2023").

Offsets are characters of the text given.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import regex

_SPACES = regex.compile(r"\s+")
# a season named by the event it is the season of, its name in capitals of the Latin alphabet, its year
# optional: "mùa World Cup", "mùa World Cup 2018", "mùa EURO 2016" (not "mùa mưa bão")
_SEASON = r"mùa\s+[A-Z][A-Za-z]*(?!\w)(?:\s+[A-Z][A-Za-z]*(?!\w))*(?:\s+\d{4}(?!\d))?"


@dataclass(frozen=True, slots=True)
class Marked:
    """A normalized value found at text[start:end]."""

    value: str
    start: int
    end: int


# ---------------------------------------------------------------- baselines

_BASELINE = re.compile(
    r"[Ss]o\s+với\s+(?:dịp\s+)?(?P<base>cùng\s+(?:k[ỳì]|thời\s+điểm)"
    # "cùng kỳ năm 2023", "cùng kỳ Tết Quý Mão 2023"
    r"(?:\s+năm\s+(?:\d{4}|trước|ngoái)|\s+Tết(?:\s+Nguyên\s+đán)?\s+[^\W\d_]+\s+[^\W\d_]+(?:\s+\d{4})?)?"
    r"|năm\s+\d{4}|năm\s+học\s+(?:trước|\d{4}\s*[-–]\s*\d{4})"
    # a stock against the year's end: "tăng 96 người so với cuối năm 2019"
    r"|cuối\s+năm\s+\d{4}"
    # the same holiday a year before: "so với dịp Tết Ất Tỵ 2025", "so với Tết Kỷ Hợi 2019"
    r"|Tết(?:\s+Nguyên\s+đán)?\s+[^\W\d_]+\s+[^\W\d_]+(?:\s+(?:năm\s+)?\d{4})?"
    # … or a holiday by its year: "so với dịp nghỉ lễ năm 2023", "so với dịp nghỉ lễ 30/4 - 1/5 năm 2023"
    r"|dịp\s+(?:nghỉ\s+)?lễ(?:\s+\d{1,2}/\d{1,2}\s*(?:[-–,]|và)\s*\d{1,2}/\d{1,2})?\s+năm\s+\d{4}"
    r"|năm\s+(?:trước|ngoái)|kế\s+hoạch"
    # the week or month before: "So với tuần trước đó, …", "so với tuần cuối cùng của năm 2024"
    r"|(?:tuần|tháng)\s+(?:trước(?:\s+đó)?|cuối(?:\s+cùng)?\s+của\s+năm\s+\d{4})"
    # the quarter before: "So với quý II/2016, giảm 6 vụ"
    r"|quý\s+(?:IV|I{1,3})(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?(?![\w/])"
    r"|đầu\s+nhiệm\s+kỳ|nhiệm\s+kỳ\s+trước|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    # the months before, with or without their year: "so với 6 tháng đầu năm (2013)"
    r"|\d+\s+tháng\s+đầu\s+năm(?:\s+\d{4})?"
    # the same campaign of the last holiday: "So với đợt cao điểm Tết Đinh Dậu 2017, …"
    r"|đợt\s+cao\s+điểm\s+Tết(?:\s+Nguyên\s+đán)?\s+[^\W\d_]+\s+[^\W\d_]+(?:\s+(?:năm\s+)?\d{4})?"
    # the season of the same event before: "tăng 35% so với mùa EURO 2016"
    r"|" + _SEASON + r")"
    # "so với cùng kỳ (đợt) cao điểm": the same campaign a year before, still "cùng kỳ"
    r"(?:\s+(?:đợt\s+)?cao\s+điểm(?:\s+năm\s+trước)?)?",
    )
# the change a baseline opens may have its subject first: "So với cùng kỳ năm 2024, tội phạm về trật
# tự xã hội giảm 12,3%"
# (a colon may stand between: "(so với năm 2018: giảm 4 vụ, …)")
_CHANGE_AHEAD = re.compile(r"[\s,:]*(?:[^\W\d_][^,;.:\d]{0,60}?\s)?(?:kéo\s+giảm|giảm|tăng)\b", re.IGNORECASE)


def _baseline(m: re.Match[str]) -> Marked:
    value = _SPACES.sub(" ", m.group("base")).replace("cùng kì", "cùng kỳ")
    return Marked(value, m.start(), m.end())


# what may stand between a change and its baseline: the change as a rate in brackets
# ("giảm 12 vụ (-3,1%) so với cùng kỳ"), or the closing bracket of that rate
_ASIDE = regex.compile(r"\s*(?:\([^()]{1,24}\)|\))", regex.V1)


def baseline_after(text: str, pos: int, end: int) -> Marked | None:
    """A "so với ..." right after pos (only spaces, or a rate in brackets, between): "năm 2020",
    "cùng kỳ năm 2024", "giảm 12 vụ (-3,1%) so với cùng kỳ"."""
    m = _BASELINE.match(text, _skip_spaces(text, pos, end), end)
    if m is None:
        aside = _ASIDE.match(text, pos, end)
        if aside is not None:
            m = _BASELINE.match(text, _skip_spaces(text, aside.end(), end), end)
    return _baseline(m) if m is not None else None


# a list's heading that ends with the baseline of its lines: "Số liệu của một số xã trong quý (so với quý
# II/2025):"
_CLOSES_HEADING = re.compile(r"\)?\s*:\s*$")


def heading_baseline(text: str, start: int, end: int) -> Marked | None:
    """The baseline a list's heading text[start:end] ends with, the baseline of the changes on its lines
    ("… trong quý (so với quý II/2025):" then "- Phường A: 11 vụ, giảm 5 vụ"), else None."""
    found = [m for m in _BASELINE.finditer(text, start, end) if _CLOSES_HEADING.match(text, m.end(), end)]
    return _baseline(found[-1]) if found else None


def opening_baselines(text: str, start: int, end: int) -> list[Marked]:
    """Baselines in text[start:end] written before the changes they measure:
    "so với cùng kỳ năm 2023 giảm 49 vụ" (the baseline is followed by "giảm"/"tăng")."""
    return [_baseline(m) for m in _BASELINE.finditer(text, start, end)
            if _CHANGE_AHEAD.match(text, m.end(), end)]


# ---------------------------------------------------------------- deadlines

_DEADLINE = regex.compile(
    r"(?:đến|tới|trước|trong|vào|hết|cuối|Đến|Trong)\s+(?:hết\s+|cuối\s+)?năm\s+(?P<year>\d{4})"
    # (a period compared with is a baseline: "so với giai đoạn 2016 - 2020")
    r"|(?<!so\s+với\s+)giai\s+đoạn\s+\d{4}\s*[-–]\s*(?P<end>\d{4})"
    # the last months of a year: "phấn đấu 6 tháng cuối năm kéo giảm …", "yêu cầu trong 6 tháng cuối năm, …;
    # phấn đấu …" -> the report's year (not a start: "từ 6 tháng cuối năm")
    # (… "Những tháng cuối năm, Công an tỉnh phải kéo giảm …" opening its sentence)
    r"|(?<![Tt]ừ\s+)(?:\d+|[Nn]hững|[Cc]ác)\s+tháng\s+cuối\s+năm(?:\s+(?P<hy>\d{4}))?"
    # the year's end with no year written: "phấn đấu đến cuối năm tỷ lệ … đạt trên 80%" -> the report's year
    # (not a school or fiscal year: "đến hết năm học 2025 - 2026")
    r"|(?:đến|tới|Đến)\s+(?:hết|cuối)\s+năm(?:\s+nay)?(?![\p{L}\d]|\s+(?:\d|học|tài\s+chính))"
    # a day: "đến ngày 30/6/2022", "trước ngày 30-9-2023", "trước ngày 30/9" (the report's year)
    r"|(?:đến|trước|hết|Đến|Trước)\s+(?:hết\s+)?ngày\s+(?P<d>\d{1,2})\s*(?P<s>[/.\-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=s)\s*(?P<y>\d{4}))?(?![\d/.\-]*\d)"
    # a day without "ngày", only with its year ("trước 30/6/2026"; "trước 2/3 số vụ" is a share)
    r"|(?:đến|trước|hết|Đến|Trước)\s+(?:hết\s+)?(?P<d>\d{1,2})\s*(?P<s>[/.\-])\s*(?P<m>\d{1,2})"
    r"\s*(?P=s)\s*(?P<y>\d{4})(?![\d/.\-]*\d)"
    # a day in words: "trước ngày 30 tháng 6 năm 2019", "đến ngày 15 tháng 9" (the report's year)
    r"|(?:đến|trước|hết|Đến|Trước)\s+(?:hết\s+)?ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:\s+năm\s+(?P<y>\d{4}))?(?!\s*[/\-]?\s*\d)"
    # a quarter: "trong quý I/2026" -> its last day
    r"|(?:đến|trước|trong|hết|cuối|Đến|Trong|Trước)\s+(?:hết\s+|cuối\s+)?quý\s+(?P<q>IV|I{1,3}|[1-4])"
    r"\s*(?:[/\-]|năm)\s*(?P<qy>\d{4})(?!\d)"
    # a month: "trong tháng 11/2025", "đến hết tháng 6/2024", "trong tháng 6" -> its last day (not the
    # period a sentence opens with: "Trong tháng 5/2024, …")
    r"|(?:(?P<in>[Tt]rong)|đến|trước|hết|cuối|Đến|Trước)\s+(?:hết\s+|cuối\s+)?tháng\s+(?P<mo>\d{1,2})"
    r"(?:\s*(?:/|năm)\s*(?P<moy>\d{4}))?(?![\d/.\-]*\d)(?(in)(?!\s*,))",
    regex.V1)
_QUARTER_END = {"I": "03-31", "1": "03-31", "II": "06-30", "2": "06-30", "III": "09-30", "3": "09-30",
                "IV": "12-31", "4": "12-31"}
# the time frame a sentence opens with: "Năm 2019, …", "Trong năm 2024, …", "6 tháng cuối năm 2021, …"
_OPENING_FRAME = regex.compile(
    # … after the heading of a part of a review: "Về nhiệm vụ 6 tháng cuối năm, Công an tỉnh phấn đấu …"
    r"[\s\"“]*(?:Về\s+(?:phương hướng,?\s+)?(?:nhiệm vụ|phương hướng)(?:\s+trọng tâm)?\s+(?:trong\s+)?)?"
    r"(?:Trong\s+|Đến\s+(?:hết\s+|cuối\s+)?|(?P<from>Từ\s+))?(?:[Nn]ăm\s+(?P<year>\d{4})"
    r"|(?P<part>\d+\s+tháng\s+(?:đầu|cuối)\s+năm)(?:\s+(?P<part_year>\d{4}))?"
    # a stage not yet over: "Giai đoạn 2022 - 2027, hai đơn vị phấn đấu mỗi năm …" -> "2027"
    r"|[Gg]iai\s+đoạn\s+\d{4}\s*[-–]\s*(?P<stage_end>\d{4}))\s*,", regex.V1)
# a year or a quarter that frames what follows it in a sentence, without a preposition: "năm 2018 phải …",
# "Theo đó, năm 2024, tỉnh …", "quý IV phải …", "năm nay phải …" (the report's year; not a baseline "so với
# năm 2023", "cùng kỳ năm nay", nor a start "từ năm", "từ đầu năm nay")
_FRAME_WORD = regex.compile(
    r"(?<!so với |so với cùng kỳ |[Tt]ừ |[Ss]au |[Tt]rước |[Tt]háng \d{1,2} |[Kk]ỳ |đầu |[Tt]ừ đầu )(?<!\w)"
    r"(?:[Nn]ăm\s+(?:(?P<fy>\d{4})|(?P<now>nay)(?!\w))"
    # the whole of the report's year: "Phấn đấu cả năm kéo giảm …"
    r"|[Cc]ả\s+năm(?!\s*\d|\s+(?:qua|trước|học))"
    # the action month of the report's year, named without its year: "trong tháng hành động, tỉnh phấn đấu …"
    r"|(?<=[Tt]rong\s)[Tt]háng\s+hành\s+động(?!\s+(?:[^\W\d_]+\s+){0,8}?năm\s+\d)"
    r"|[Qq]uý\s+(?P<fq>IV|I{1,3})(?:\s*(?:/|năm)\s*(?P<fqy>\d{4}))?)(?![\d/])",
    regex.V1)


def find_deadline(text: str, start: int, end: int, this_year: str | None = None) -> Marked | None:
    """The first deadline in text[start:end]: "đến năm 2030" -> "2030", "đến ngày 30/6/2022" ->
    "2022-06-30", "trong tháng 11/2025" -> "2025-11-30"; a day, month or quarter written without its
    year takes `this_year` (the report's), and is no deadline without one."""
    for m in _DEADLINE.finditer(text, start, end):
        found = _deadline(m, this_year)
        if found is not None:
            return found
    return None


def _deadline(m: regex.Match[str], this_year: str | None) -> Marked | None:
    if m.group("d"):
        day, month, year = int(m.group("d")), int(m.group("m")), m.group("y") or this_year
        if not (1 <= day <= 31 and 1 <= month <= 12) or year is None:
            return None
        return Marked(f"{year}-{month:02d}-{day:02d}", m.start(), m.end())
    if m.group("q"):
        return Marked(f"{m.group('qy')}-{_QUARTER_END[m.group('q')]}", m.start(), m.end())
    if m.group("mo"):
        month, year = int(m.group("mo")), m.group("moy") or this_year
        if not 1 <= month <= 12 or year is None:
            return None
        last_day = calendar.monthrange(int(year), month)[1]
        return Marked(f"{year}-{month:02d}-{last_day:02d}", m.start(), m.end())
    if m.group("hy") or (m.group("year") is None and m.group("end") is None):
        year = m.group("hy") or this_year
        return Marked(year, m.start(), m.end()) if year is not None else None
    if m.group("year") and m.group().startswith("trước") and "hết" not in m.group():
        # "hoàn thành … trước năm 2025": by the end of the year before
        return Marked(str(int(m.group("year")) - 1), m.start(), m.end())
    return Marked(m.group("year") or m.group("end"), m.start(), m.end())


_CLOSES_CLAUSE = regex.compile(r"[\s,]*;")
# the marker of an item of a list written inline after ":" or ";": "(3) đến năm 2027, …; (4) …", "b) …"
_INLINE_ITEM = regex.compile(r"(?<=[:;]\s*)(?:\(\d{1,2}\)|\d{1,2}\)|\p{Ll}\))\s", regex.V1)


def _inside_quote(text: str, start: int, end: int) -> int:
    """Where the quotation open at `end` begins in text[start:end], else start: a goal quoted from
    elsewhere ("… trong Nghị quyết: “Phấn đấu …") has its own frame."""
    curly = text.rfind("“", start, end)
    if curly >= 0 and text.find("”", curly, end) < 0:
        return curly + 1
    if text.count('"', start, end) % 2:
        return text.rfind('"', start, end) + 1
    return start


def sentence_deadline(text: str, start: int, end: int, this_year: str | None) -> Marked | None:
    """The last deadline or framing year or quarter written in text[start:end], the part of a sentence
    before a goal: what the goals after it are set for ("Ông nhấn mạnh, năm 2018 phải kéo giảm …",
    "Theo đó, năm 2024, tỉnh giao …; kéo giảm …", "quý IV phải …", "phấn đấu đến hết năm 2025, …;
    100% …"). A framing year before the report's year (`this_year`) is a past year's, not a goal's;
    without the report's year only deadlines with a preposition count."""
    start = _inside_quote(text, start, end)
    found: Marked | None = None
    for m in _DEADLINE.finditer(text, start, end):
        if _CLOSES_CLAUSE.match(text, m.end(), end):
            continue  # "thành lập tổ công tác trước ngày 31/8/2024; …": the deadline of that clause's task
        if _INLINE_ITEM.search(text, start, m.start()) and _INLINE_ITEM.search(text, m.end(), end):
            continue  # "…: (3) đến năm 2027, 100% …; (4) …": the deadline of its own item, not the next ones'
        found = _deadline(m, this_year) or found
    if this_year is not None:
        for m in _FRAME_WORD.finditer(text, start, end):
            if found is not None and m.start() < found.end:
                continue
            if _INLINE_ITEM.search(text, start, m.start()) and _INLINE_ITEM.search(text, m.end(), end):
                continue
            year = m.group("fy") or m.group("fqy") or this_year
            if year < this_year:
                continue
            value = f"{year}-{_QUARTER_END[m.group('fq')]}" if m.group("fq") else year
            found = Marked(value, m.start(), m.end())
    return found


def opening_frame(text: str, start: int, end: int, this_year: str | None = None) -> Marked | None:
    """The year of the time frame text[start:end] opens with ("Năm 2019, Công an tỉnh phải phấn
    đấu …" -> "2019"; "6 tháng cuối năm, …" -> `this_year`, the report's), the deadline of the
    goals it sets."""
    m = _OPENING_FRAME.match(text, start, end)
    if m is None:
        return None
    if m.group("stage_end"):
        # a stage that ended before the report is reviewed, not set ("Giai đoạn 2015 - 2020, tội phạm giảm …")
        stage_end = m.group("stage_end")
        return Marked(stage_end, m.start(), m.end()) if this_year and stage_end >= this_year else None
    year = m.group("year") or m.group("part_year") or this_year
    if m.group("from") and (m.group("year") is None or this_year is None or m.group("year") < this_year):
        return None  # a start that is past, "Từ năm 2015, …" (a year from the report's on: "Từ năm 2019, …")
    return Marked(year, m.start(), m.end()) if year else None


# ---------------------------------------------------------------- periods

# a day and month, its year optional: "15/10", "15-10-2023", "1.1"
_DAY = r"\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?"
# stdlib re: one pass over each sentence with figures, several times faster than `regex` here
_PERIOD = re.compile(
    r"(?P<half>\d+)\s+tháng\s+(?P<part>đầu|cuối)(?:\s+năm(?:\s+(?P<hy>\d{4}))?)?(?!\s*tiên)(?!\w)"
    r"|(?:các|những)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?"
    r"|\d+\s+tháng\s+năm\s+\d{4}"
    r"|[Tt]háng\s+(?P<month>\d{1,2})(?:\s*[./\-]\s*|\s+năm\s+)(?P<my>\d{4})(?![\d./\-])"
    # a range of days or months: "từ ngày 15/10 đến 15/12", "từ tháng 1 đến tháng 6 năm 2023"
    r"|(?P<range>[Tt]ừ\s+(?:ngày\s+)?" + _DAY + r"\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?" + _DAY
    # … its year after "/", "-" or "." ("từ tháng 5 đến tháng 11-2019")
    + r"|[Tt]ừ\s+tháng\s+\d{1,2}(?:\s*[/.\-]\s*\d{4})?\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+\d{1,2}"
    r"(?:\s*[/.\-]\s*\d{4}|\s+năm\s+\d{4})?)(?!\d|[./\-]\d)"
    # "từ ngày 1 đến 30/6", "từ ngày 1/7/2025 đến nay", "từ ngày 1-7 đến nay"
    r"|[Tt]ừ\s+ngày\s+\d{1,2}(?:\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?)?\s+(?:đến|tới)\s+"
    r"(?:nay|(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)(?!\d|[./\-]\d)"
    # … the month only at its end, "ngày" left out: "(từ 10 đến 12-9)", "từ 14 đến 16/10," (closing its
    # clause, so no count "từ 10 đến 12/100 hộ")
    r"|[Tt]ừ\s+(?:[12]?\d|3[01])\s+(?:đến|tới)\s+(?:[12]?\d|3[01])\s*[/.\-]\s*(?:0?[1-9]|1[0-2])"
    r"(?:\s*[/.\-]\s*\d{4})?(?=\s*[),;:]|\s*\.(?!\d))"
    # a night and a day of a raid, the month at its end: "Trong đêm 11 và ngày 12-10, …"
    r"|(?<=[Tt]rong\s)(?:đêm|ngày)\s+\d{1,2}\s+và\s+(?:đêm|ngày)\s+\d{1,2}\s*[/.\-]\s*\d{1,2}"
    r"(?:\s*[/.\-]\s*\d{4})?(?!\d|[./\-]\d)"
    # since an occasion on a day: "từ khi chính quyền hai cấp đi vào hoạt động ngày 1/7/2025" ->
    # "từ ngày 1/7/2025" (the occasion's words left out)
    # from the day after a day, opening a clause: "Từ sau ngày 1/7/2025, …" (kept as written)
    r"|[Tt]ừ\s+sau\s+ngày\s+" + _DAY + r"(?=\s*,)"
    r"|(?P<since>[Tt]ừ\s+khi)\s+[^\W\d_][^,;.:\d]{0,80}?\s+ngày\s+(?P<since_day>" + _DAY + r")(?!\d|[./\-]\d)"
    r"|(?:[Hh]ai|[Bb]a|[Bb]ốn|[Ss]áu|[Cc]hín)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?"
    # a quarter, its number Roman or Arabic, its year after "/", "-" or "năm": "quý I/2023", "quý 1-2011"
    r"|[Qq]uý\s+(?:[IV]+|[1-4](?![\d/.,]\d))(?:\s+năm\s+\d{4}|\s*[/\-]\s*\d{4})?(?!\d)"
    r"|[Tt]ừ\s+đầu\s+nhiệm\s+kỳ\s+(?:đến\s+nay|tới\s+nay)|[Tt]ừ\s+đầu\s+năm(?:\s+\d{4})?\s+(?:đến|tới)\s+nay"
    # … to a day: "từ đầu năm 2023 đến ngày 15-9", "từ đầu năm đến hết ngày 30/6/2022"
    r"|[Tt]ừ\s+đầu\s+năm(?:\s+\d{4})?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?" + _DAY + r"(?!\d|[./\-]\d)"
    # "từ tháng 8/2023 đến nay", "từ năm 2021 đến tháng 10/2023"; a month's start, middle or end and a
    # month of the report's year up to now too: "từ đầu tháng 9-2017 đến nay", "Từ tháng 4 đến nay"; "từ
    # đầu năm" alone
    r"|[Tt]ừ\s+(?:(?:(?:đầu|giữa|cuối)\s+)?tháng\s+\d{1,2}(?:\s*[/.\-]\s*\d{4}|\s+năm\s+\d{4})?"
    r"(?=\s+(?:đến|tới)\s+nay)"
    r"|tháng\s+\d{1,2}\s*/\s*\d{4}|năm\s+\d{4})\s+(?:đến|tới)\s+"
    # … or to a year's end: "Từ năm 2013 đến hết năm 2017, …"
    r"(?:nay|(?:hết\s+)?tháng\s+\d{1,2}\s*[/\-]\s*\d{4}|hết\s+năm\s+\d{4})"
    r"|[Tt]ừ\s+đầu\s+năm(?!\s+\d{4}\s+(?:đến|tới))(?:\s+\d{4})?(?!\s+(?:đến|tới))"
    # a season up to now: "từ đầu mùa mưa bão năm 2020 đến nay"
    r"|[Tt]ừ\s+đầu\s+mùa\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s+năm\s+\d{4})?\s+(?:đến|tới)\s+nay"
    # the season of an event: "mùa World Cup", "mùa World Cup 2018" (a baseline "so với mùa EURO 2016" is
    # skipped)
    + r"|" + _SEASON +
    # an occasion with its year: "dịp Tết Ất Tỵ 2025", "dịp Festival Huế 2024"
    r"|dịp\s+(?:Tết|Festival|[Ll]ễ\s+hội|[Ll]ễ)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+\d{4}"
    # the holiday of the report's own days, opening a clause: "Trong dịp Tết, …" -> "dịp Tết", "Trong dịp Tết
    # Nguyên đán Giáp Ngọ, …" -> "dịp Tết Nguyên đán Giáp Ngọ" (its year's name without the year)
    # (or "Riêng dịp Tết Nguyên đán Quý Mão, …": the holiday's part of a longer stretch)
    r"|(?:(?<=[Tt]rong\s)|(?<=[Rr]iêng\s))dịp\s+Tết(?:\s+Nguyên\s+đán)?(?:\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)"
    r"\s+(?:Tý|Sửu|Dần|Mão|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi))?(?=\s*,)"
    # a holiday named by its days: "dịp nghỉ lễ 30/4 - 1/5 năm 2023", "Dịp nghỉ lễ 30/4, 1/5 năm 2022" (not
    # cut to its year)
    r"|[Dd]ịp\s+(?:nghỉ\s+)?[Ll]ễ\s+\d{1,2}/\d{1,2}\s*(?:[-–,]|và)\s*\d{1,2}/\d{1,2}"
    r"(?:\s+năm\s+\d{4})?(?![\d/])"
    # days counted bare, opening a clause, in the review of as many days: "Sau 100 ngày, …" where the report
    # is "sơ kết 100 ngày hoạt động" (see `find_periods`)
    r"|[Ss]au\s+(?P<after_days>\d+\s+ngày)(?=\s*,)"
    r"|[Nn]hiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}|[Gg]iai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    # a school year: "Năm học 2023 - 2024, …"
    r"|[Nn]ăm\s+học\s+(?:\d{4}\s*[-–]\s*\d{4}|vừa\s+qua)"
    # a day that labels a line of figures: "Ngày 8/2 (29 Tết): 17 vụ, …" -> "ngày 8/2"
    r"|(?<![^\n])(?P<dayline>[Nn]gày\s+(?P<dayline_date>" + _DAY + r"))(?=\s*(?:\([^()\n]{1,30}\))?\s*:)"
    r"|(?P<campaign>[Đđ]ợt\s+cao\s+điểm)"
    # the recent past framing a clause: "Thời gian qua, …", "Trong 12 tháng qua, …", "5 năm qua, …" (not
    # "kết quả đạt được trong thời gian qua.")
    r"|(?:[Tt]hời\s+gian|\d+\s+(?:năm|tháng))\s+qua(?=\s*,)"
    # … or the clause after a comma, with no comma of its own: "…, 4 tháng qua xử phạt 9.600 trường hợp"
    r"|(?<=,\s)\d+\s+(?:năm|tháng)\s+qua(?=\s+[^\W\d_])"
    # … "Trong năm qua, …" opening a sentence -> "năm qua" (the year before the report; "… của Công an tỉnh
    # trong năm qua, đồng thời …" closing a clause frames nothing)
    r"|(?<=Trong\s)năm\s+qua(?=\s*,)"
    # … or "Năm qua, …" opening a sentence by itself
    r"|(?<![^\s])(?<![\w,]\s)Năm\s+qua(?=\s*,)"
    # … or a stretch opening a clause after "Trong": "Trong 5 năm, …" -> "5 năm" (its paragraph's), "Trong 6
    # tháng, …" -> "6 tháng" (the "6 tháng đầu năm" named before, if any)
    r"|(?<=[Tt]rong\s)\d+\s+(?:năm|tháng)(?=\s*,)"
    # years counted from a plan's start that open a clause: "Sau 10 năm, …", "Sau 2 năm triển khai Đề án, …"
    # -> "10 năm", "2 năm" (as "10 năm qua")
    r"|(?P<after>[Ss]au\s+(?P<after_years>\d+)\s+năm)"
    r"(?=\s*,|\s+(?:triển\s+khai|thực\s+hiện|tổ\s+chức\s+thực\s+hiện)\s[^,.;:\n]{1,80},)"
    # … and months counted from what they are the months of, "hơn"/"gần" kept: "Sau hơn 3 tháng vận hành chính
    # quyền hai cấp, …" -> "hơn 3 tháng" (a bare "Sau 3 tháng, …" names no start: no period)
    r"|[Ss]au\s+(?P<after_months>(?:(?:hơn|gần)\s+)?\d+\s+tháng)"
    # (what they are the months of may be left unsaid: "sau 9 tháng triển khai, …")
    r"(?=\s+(?:triển\s+khai|thực\s+hiện|vận\s+hành|áp\s+dụng|đi\s+vào\s+hoạt\s+động)(?:\s[^,.;:\n]{1,80})?,)"
    # a week opening a clause after "Trong"/"Sau" is named with what it is the week of, up to the comma:
    # "Trong tuần đầu cao điểm Tết Nguyên đán Giáp Thìn, …", "Sau một tuần áp dụng Nghị định 168/2024/NĐ-CP,
    # …"
    r"|(?:(?<=[Tt]rong\s)|[Ss]au\s+)(?P<week>(?:(?:một|hai|\d)\s+tuần|tuần\s+(?:đầu|cuối))\s[^,.;:\n(]{1,80}?)(?=,)"
    r"|[Nn]ăm\s+\d{4}")
# a period counted back from the report ("thời gian qua", "5 năm qua"): it frames its own paragraph only
RECENT = re.compile(r"(?:thời gian|(?P<years>\d+) năm|\d+ tháng|năm) qua|(?P<after_years>\d+) năm|\d+ tháng")
_STAGE = re.compile(r"giai đoạn (\d{4}) ?[-–] ?(\d{4})")


def same_stage(recent: str, stage: str | None) -> bool:
    """Whether "N năm qua" is the stage a report names in full ("5 năm qua" and "giai đoạn 2016 - 2021"
    or "2016 - 2020")."""
    m, s = RECENT.fullmatch(recent), _STAGE.fullmatch(stage or "")
    years = m.group("years") or m.group("after_years") if m else None
    if not (years and s):
        return False
    return int(s.group(2)) - int(s.group(1)) in (int(years), int(years) - 1)
# a campaign is named by the occasion it serves when its sentence gives one
_OCCASION = regex.compile(
    r"[^.;:!?\n]{0,120}?(?P<occasion>Tết\s+Nguyên\s+đán(?:\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)?(?:\s+\d{4})?"
    # … or by the year's name alone: "đợt cao điểm Tết Mậu Tuất"
    r"|Tết\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?"
    # … or by the season of an event it serves: "đợt cao điểm mùa World Cup 2018" (not one compared with: "so
    # với mùa EURO 2016")
    r"|(?<!so\s+với\s+)" + _SEASON + r")",
    regex.V1)
# the dates of a campaign in brackets after its name, in its sentence: "đợt cao điểm vận động … (từ ngày 15/3
# đến ngày 15/6/2021)"
_CAMPAIGN_DATES = regex.compile(
    r"[^.;:!?\n()]{0,160}?\(\s*(?P<dates>từ\s+(?:ngày\s+)?" + _DAY
    + r"\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?" + _DAY + r")\s*\)", regex.V1)
# a year after these is a deadline or a start ("đến năm 2025"), or the end of a date ("tháng 7 năm 2022",
# "ngày 5 tháng 7 năm 2022")
# … or the year of a record the text compares with ("vượt mức lũ lịch sử năm 1979", "mức kỷ lục năm 2010")
# … or a person's birth year ("Nguyễn Văn T. (sinh năm 1991, …)", "(SN 1985)"), never a period
_NOT_PERIOD_BEFORE = re.compile(r"(?:\b(?:đến|tới|trước|sau|từ|hết|lịch\s+sử|kỷ\s+lục|sinh|SN)"
                                r"|tháng\s+\d{1,2}|ngày\s+\d{1,2})\s+$", re.IGNORECASE)


def find_periods(text: str, start: int, end: int) -> list[Marked]:
    """Reporting periods in text[start:end], normalized, skipping those inside a "so với ..."
    baseline and years that are deadlines ("đến năm 2025")."""
    baselines = [(m.start(), m.end()) for m in _BASELINE.finditer(text, start, end)]
    out = []
    for m in _PERIOD.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in baselines):
            continue
        if _NOT_PERIOD_BEFORE.search(text, max(start, m.start() - 10), m.start()):
            continue
        if m.group().lower().startswith("nhiệm") \
                and _ELECTED.search(text, max(0, m.start() - 120), m.start()) \
                and not _FRAMES_CLAUSE.match(text, m.end()):
            continue  # the term of those elected: "cuộc bầu cử đại biểu … HĐND các cấp nhiệm kỳ 2021-2026"
        if m.group("after_days") and not regex.search(
                rf"(?:sơ|tổng)\s+kết\s+{m.group('after_days').split()[0]}\s+ngày", text, regex.IGNORECASE):
            continue  # "Sau 3 ngày, …" in a story: a delay, no stretch the report reviews
        if any(p.start <= m.start() < p.end for p in out):
            continue  # the dates in brackets a campaign was read with
        if m.group("campaign"):
            occasion = _OCCASION.match(text, m.end(), end)
            dates = None if occasion else _CAMPAIGN_DATES.match(text, m.end(), end)
            if dates is not None:
                # a campaign whose dates follow it in brackets: "đợt cao điểm … (từ ngày 15/3 đến ngày
                # 15/6/2021)" ran over those dates
                out.append(Marked(_SPACES.sub(" ", dates.group("dates")), m.start(), dates.end()))
                continue
            value = "đợt cao điểm" + (" " + _SPACES.sub(" ", occasion.group("occasion")) if occasion else "")
            out.append(Marked(value, m.start(), occasion.end() if occasion else m.end()))
            continue
        found = Marked(_period_value(m), m.start(), m.end())
        if out and _AND.fullmatch(text, out[-1].end, found.start):
            # two periods as one: "năm 2021 và 5 tháng đầu năm 2022"
            found = Marked(f"{out[-1].value} và {found.value}", out.pop().start, found.end)
        out.append(found)
    return out


_AND = re.compile(r"\s+và\s+")
# a term that opens a clause of figures after it ("Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ 2015 -
# 2020, tội phạm … giảm 11,2%"): the stretch the figures are of, though a congress is named before it
_FRAMES_CLAUSE = regex.compile(r"\s*,(?=[^.;:!?\n]*\d)", regex.V1)
# an election, its deputies or a congress, named in the clause before a term: the term is theirs, no period
_ELECTED = regex.compile(
    r"(?:bầu\s+cử|đại\s+biểu|Đại\s+hội|HĐND|Hội\s+đồng\s+nhân\s+dân)[^.;:!?\n]*$", regex.V1)


_YEAR_TAIL = re.compile(r"(?:năm\s+)?\d{4}")
_QUARTER = re.compile(r"quý (?:IV|I{1,3}|[1-4])")
_QUARTER_YEAR_TAIL = re.compile(r"\s*[/\-]\s*\d{4}")
# what makes a quarter a deadline: "trong quý I-2023", "đến hết quý IV/2024"
_BY_QUARTER = re.compile(r"(?:đến|tới|trước|trong|hết|cuối)\s+(?:hết\s+|cuối\s+)?$", re.IGNORECASE)
_FIRST_MONTHS = re.compile(r"(\d+) tháng đầu năm")
_MONTHS_OF = re.compile(r"(\d+) tháng năm (\d{4})")


_MONTHS_BACK = re.compile(r"(\d+) tháng(?: qua)?")


def months_named(recent: str, pos: int, known: list[Marked]) -> str | None:
    """The months "N tháng (qua)" counts back, when the report names them before pos ("6 tháng đầu năm 2011,
    … xảy ra 47 vụ …. Trưởng Công an huyện cho biết, 6 tháng qua, …"): the last "N tháng đầu năm" before
    it, with its year; None when it names none."""
    back = _MONTHS_BACK.fullmatch(recent)
    if back is None:
        return None
    named = [p for p in known if p.end <= pos and p.value.startswith(f"{back.group(1)} tháng đầu năm")]
    return with_year(named[-1].value, named[-1].end, known) if named else None


def with_year(period: str, pos: int, known: list[Marked], text: str | None = None) -> str:
    """A period written without its year ("6 tháng đầu năm") completed from the same period
    that the report writes with one elsewhere ("6 tháng đầu năm 2017", or "6 tháng năm 2017"): the
    last such before pos, else the first after it; unchanged when the report gives no year for it."""
    prefix = period + " "
    fuller = [p for p in known if p.value.startswith(prefix) and _YEAR_TAIL.fullmatch(p.value, len(prefix))]
    if _QUARTER.fullmatch(period):
        # a quarter: also "quý I/2014", "quý 1-2011" (the lead's "… quý I/2014", then "Quý I, … xảy ra …"),
        # not one that is a deadline ("… tăng cường 8 cán bộ trong quý I-2023")
        fuller = [p for p in known if p.value.startswith(period)
                  and (_QUARTER_YEAR_TAIL.fullmatch(p.value, len(period))
                       or _YEAR_TAIL.fullmatch(p.value, len(prefix)))
                  and not (text and _BY_QUARTER.search(text, max(0, p.start - 16), p.start))]
    first = _FIRST_MONTHS.fullmatch(period)
    if not fuller and first is not None:
        # "9 tháng đầu năm" and "9 tháng năm 2019" (a title's) are the same months
        same = [p for p in known if (m := _MONTHS_OF.fullmatch(p.value)) and m.group(1) == first.group(1)]
        if same:
            before = [p for p in same if p.end <= pos]
            return f"{period} {_MONTHS_OF.fullmatch((before[-1] if before else same[0]).value).group(2)}"
    if not fuller:
        return period
    before = [p for p in fuller if p.end <= pos]
    return (before[-1] if before else fuller[0]).value


def _period_value(m: re.Match[str]) -> str:
    if m.group("half"):
        year = f" {m.group('hy')}" if m.group("hy") else ""
        return f"{m.group('half')} tháng {m.group('part')} năm{year}"
    if m.group("month"):
        return f"tháng {int(m.group('month'))}/{m.group('my')}"
    if m.group("after"):
        return f"{m.group('after_years')} năm"
    if m.group("week"):
        return _SPACES.sub(" ", m.group("week"))
    if m.group("after_months"):
        return _SPACES.sub(" ", m.group("after_months"))
    if m.group("after_days"):
        return _SPACES.sub(" ", m.group("after_days"))
    if m.group("dayline"):
        return "ngày " + _SPACES.sub("", m.group("dayline_date"))
    if m.group("since"):
        return "từ ngày " + _SPACES.sub("", m.group("since_day"))
    value = _SPACES.sub(" ", m.group())
    return value[:1].lower() + value[1:]


def _skip_spaces(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos
