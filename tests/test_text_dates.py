"""Dates in a report resolve to ISO dates, a missing year taken from the report's own date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.text.anchored import anchored_finditer
from chidao.text.dates import (
    _DATE_RE,
    _DATE_STARTS,
    DateMention,
    find_dates,
    iso_date,
    parse_document_date,
    resolve_date,
)

_TOKENS = st.sampled_from([
    "ngày", "Ngày", "tháng", "năm", "sáng", "Chiều", "tối", "hôm", "rạng sáng", "(", ")",
    "9/5", "7-3", "31/7", "13.6", "24/1/2019", "18.11.2020", "2020", "1945", "12", "45",
    "16-NQ/TW", "1.000", "756,2", "/", "-", ".", ",", ":", " ", "\n", "Nghị quyết số", "của",
])
_REPORTISH = st.lists(_TOKENS, max_size=30).map(" ".join)
_ANY = st.text(alphabet="0123456789./-,:% ngàyáchiềutốsTNC()\n", max_size=60)


def _one(text: str) -> DateMention:
    (mention,) = find_dates(text)
    return mention


@pytest.mark.parametrize(("text", "doc_date", "iso", "span_text"), [
    ("ký ngày 24/1/2019", None, "2019-01-24", "24/1/2019"),
    ("ký ngày 24-1-2019", None, "2019-01-24", "24-1-2019"),
    ("Nghị định ngày 18.11.2020", None, "2020-11-18", "18.11.2020"),
    ("ban hành ngày 24 tháng 1 năm 2019", None, "2019-01-24", "ngày 24 tháng 1 năm 2019"),
    ("từ tháng 5/2024", None, "2024-05", "tháng 5/2024"),
    ("so với năm 2020", None, "2020", "2020"),
    ("Ngày 9/5, Đoàn công tác làm việc", "2024-05", "2024-05-09", "9/5"),
    ("Trước đó, sáng 7-3, Bộ trưởng dự lễ", "2024-03", "2024-03-07", "7-3"),
    ("Chiều 31/7, hội nghị bế mạc", "2023-08", "2023-07-31", "31/7"),
    ("ngày 13.6 tới", "2022-06", "2022-06-13", "13.6"),
    ("dự kiến ngày 24 tháng 1", "2024-01", "2024-01-24", "ngày 24 tháng 1"),
    ("trong tháng 12 năm 2023", None, "2023-12", "tháng 12 năm 2023"),
    ("Chiều 21 tháng 9, hội nghị khai mạc", "2021-09", "2021-09-21", "21 tháng 9"),
])
def test_each_written_form_resolves_to_iso(text: str, doc_date: str | None, iso: str, span_text: str) -> None:
    mention = _one(text)
    assert mention.text == span_text == text[mention.start:mention.end]
    assert resolve_date(mention, doc_date) == iso


def test_a_resolution_dated_in_a_reference_is_that_date() -> None:
    text = "thực hiện Nghị quyết số 45 ngày 24/1/2019 của Bộ Chính trị"
    assert resolve_date(_one(text), "2024-05") == "2019-01-24"


def test_day_and_month_take_the_report_year() -> None:
    assert resolve_date(_one("sáng 7-3"), "2024-03") == "2024-03-07"


def test_december_in_a_january_report_is_last_year() -> None:
    assert resolve_date(_one("ngày 28/12"), "2024-01") == "2023-12-28"


def test_day_and_month_without_a_report_date_stay_unresolved() -> None:
    assert resolve_date(_one("Ngày 9/5"), None) is None


def test_feb_29_only_in_a_leap_year() -> None:
    assert resolve_date(_one("ngày 29/2"), "2024-03") == "2024-02-29"
    assert resolve_date(_one("ngày 29/2"), "2023-03") is None


@pytest.mark.parametrize("text", [
    "khoảng 3/4 số vụ",            # a fraction, no time word before it
    "Nghị quyết 16-NQ/TW",          # a document code
    "ngày 32/1/2019",               # no such day
    "ngày 12/13/2019",              # no such month
    "năm 1850",                     # out of the years a report talks about
    "tăng 1.000 người",
])
def test_things_that_are_not_dates_are_not_found(text: str) -> None:
    assert find_dates(text) == []


def test_month_with_a_dash_before_the_year() -> None:
    mention = _one("từ tháng 3-2024 đến nay")
    assert (mention.text, resolve_date(mention, None)) == ("tháng 3-2024", "2024-03")


def test_document_date_from_marker_or_dateline() -> None:
    assert parse_document_date(" date 2024-05 Ngày 9/5, Đoàn công tác") == "2024-05"
    assert parse_document_date("Tiêu đề\n\n  • 24/06/2021 07:36\n  • 0 bình luận") == "2021-06-24"
    assert parse_document_date("Ngày 24/06/2021, hội nghị diễn ra.") is None


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from("/-."), st.booleans())
def test_full_dates_in_every_separator_are_found(day: dt.date, sep: str, padded: bool) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    written = f"{d}{sep}{m}{sep}{day.year}"
    text = f"Thực hiện Kế hoạch ban hành ngày {written}, Công an tỉnh đã triển khai."
    mention = _one(text)
    assert mention.text == written
    assert resolve_date(mention, "2024-05") == day.isoformat()


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.integers(min_value=1, max_value=12))
def test_day_month_resolves_to_this_year_or_the_one_before(day: dt.date, report_month: int) -> None:
    mention = _one(f"Ngày {day.day}/{day.month}, hội nghị")
    resolved = resolve_date(mention, f"{day.year}-{report_month:02d}")
    year = day.year - 1 if day.month > report_month + 2 else day.year
    try:
        expected = dt.date(year, day.month, day.day).isoformat()
    except ValueError:
        expected = None  # 29/2 pushed into a year that has no such day
    assert resolved == expected


def _assert_well_formed(text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    previous_end = start
    for m in find_dates(text, start, end):
        assert previous_end <= m.start < m.end <= end
        assert text[m.start:m.end] == m.text
        assert m.month is None or 1 <= m.month <= 12
        assert m.day is None or m.month is not None
        previous_end = m.end


@settings(max_examples=200, deadline=None)
@given(_REPORTISH)
def test_dates_in_reportlike_text_are_grounded_and_ordered(text: str) -> None:
    _assert_well_formed(text)
    for m in find_dates(text):
        resolve_date(m, "2024-01")


@settings(max_examples=200, deadline=None)
@given(_ANY, st.data())
def test_dates_never_crash_and_stay_in_the_range(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _assert_well_formed(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_REPORTISH, _ANY))
def test_anchored_search_finds_what_a_full_scan_finds(text: str) -> None:
    # find_dates tries the pattern only at digits and date words; a full scan is the reference.
    expected = [(m.span(), m.group()) for m in _DATE_RE.finditer(text)]
    found = [(m.span(), m.group()) for m in anchored_finditer(_DATE_RE, text, 0, len(text), _DATE_STARTS)]
    assert found == expected


@pytest.mark.parametrize(("given", "iso"), [
    ("2024", "2024"), ("2024-05", "2024-05"), ("2024-05-03", "2024-05-03"),
    ("2024-05-03T10:00:00+07:00", "2024-05-03"), (" 2024-05-03 10:00 ", "2024-05-03"),
    ("03/05/2024", "2024-05-03"), ("3/5/2024", "2024-05-03"), ("2024/05/03", "2024-05-03"),
    ("05/2024", "2024-05"), ("5/2024", "2024-05"), ("13/2024", None),
    # A moment with its zone is the day it was in Vietnam (UTC+7).
    ("2024-05-02T20:00:00Z", "2024-05-03"), ("2024-05-02T16:59:00Z", "2024-05-02"),
    ("2024-05/03", None), ("2024-13-01T10:00", None),
    ("không rõ", None), ("2022-13", None), ("2024-02-30", None), ("31/02/2024", None),
    ("2024-5", None), ("20240", None), ("2024-05T", None), ("", None),
])
def test_a_date_someone_gave_is_read_as_iso_or_refused(given: str, iso: str | None) -> None:
    assert iso_date(given) == iso


def test_a_spaced_dash_is_a_day_and_month_only_after_a_time_word() -> None:
    assert [(d.day, d.month) for d in find_dates("Sáng ngày 3 - 9, hội nghị")] == [(3, 9)]
    assert [(d.day, d.month) for d in find_dates("Chiều thứ Sáu, 20/11, đoàn")] == [(20, 11)]
    assert find_dates("tăng (4 - 5%) so với") == []
