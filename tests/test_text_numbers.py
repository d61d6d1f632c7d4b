"""Figures in a report read as the numbers and units the writer meant."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.text.anchored import anchored_finditer
from chidao.text.numbers import _QUANTITY_RE, _QUANTITY_STARTS, find_quantities, parse_number

# Report-like text: words that take part in numbers, units, dates and codes, mixed with noise.
_TOKENS = st.sampled_from([
    "khoảng", "hơn", "ít nhất", "trên", "tỷ đồng", "tỉ", "nghìn tỷ đồng", "%", "m2", "biên chế",
    "vụ", "người", "trở lên", "ngày", "tháng", "năm", "sáng", "NQ/TW", "số", "giảm", "so với",
    "1.000", "756,2", "27.781", "19.8.1945", "16-NQ/TW", "24/1/2019", "7-3", "2020", "5", "11,3",
    " ", ".", ",", "-", "/", ":", "\n", "(", ")",
])
_REPORTISH = st.lists(_TOKENS, max_size=30).map(" ".join)
_QUALIFIED = st.lists(st.sampled_from([
    "Khoảng", "KHOẢNG", "gần", "hơn", "nhơn", "trên dưới", "chừng", "xấp xỉ", "ước tính", "Ít nhất",
    "tối thiểu", "không dưới", "không ít hơn", "5", "1.000", "12,5", "%", "tỷ đồng", "Tỉ Đồng",
    "trở lên", " ", "  ",
]), max_size=12).map(" ".join)
_ANY = st.text(alphabet="0123456789.,/-:% ađêươtyngkhoảtrỷỉ\n", max_size=60)


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_integers_read_back_exactly(n: int) -> None:
    assert parse_number(_grouped(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=999))
def test_decimals_with_a_comma_read_back(whole: int, fraction: int) -> None:
    written = f"{_grouped(whole)},{fraction}"
    assert parse_number(written) == pytest.approx(float(f"{whole}.{fraction}"))


@pytest.mark.parametrize(("written", "value"), [
    ("1.000", 1000), ("756,2", 756.2), ("27.781", 27781), ("1,5", 1.5), ("22.022", 22022),
    ("1.500.000", 1_500_000), ("mười", 10), ("hai mươi", 20), ("ba mươi lăm", None),
])
def test_vietnamese_numbers_read_as_values(written: str, value: float | None) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize("written", ["", "abc", "19.8.1945", "1.00", "16-NQ/TW", "1,2,3"])
def test_things_that_are_not_numbers_give_none(written: str) -> None:
    assert parse_number(written) is None


def test_area_in_square_metres_is_one_quantity() -> None:
    (q,) = find_quantities("xây dựng trên diện tích 27.781 m2 tại phường Hồng Hà")
    assert (q.value, q.unit, q.text) == (27781, "m2", "27.781 m2")


def test_money_written_ti_is_normalized_to_ty_dong() -> None:
    (q,) = find_quantities("có tổng mức đầu tư 796 tỉ đồng")
    assert (q.value, q.unit, q.text) == (796, "tỷ đồng", "796 tỉ đồng")


def test_thousand_billion_dong_is_its_own_unit() -> None:
    (q,) = find_quantities("bố trí 12,5 nghìn tỷ đồng")
    assert (q.value, q.unit) == (12.5, "nghìn tỷ đồng")


def test_at_least_five_percent_is_flagged_at_least() -> None:
    (q,) = find_quantities("giảm ít nhất 5% số vụ phạm tội")
    assert (q.value, q.unit, q.text, q.at_least, q.approx) == (5, "%", "5%", True, False)


def test_about_a_thousand_staff_is_flagged_approximate() -> None:
    (q,) = find_quantities("tăng thêm khoảng 1.000 biên chế cho công an tỉnh")
    assert (q.value, q.unit, q.approx, q.at_least) == (1000, "biên chế", True, False)


def test_or_more_after_the_unit_is_at_least() -> None:
    (q,) = find_quantities("các vụ có từ 300 người trở lên")
    assert (q.value, q.unit, q.at_least) == (300, "người", True)


@pytest.mark.parametrize("text", [
    "thực hiện Nghị quyết 16-NQ/TW của Bộ Chính trị",
    "theo Quyết định 1234/QĐ-TTg",
    "Chỉ thị số 12-CT/TW",
    "Cách mạng Tháng Tám ngày 19.8.1945",
    "Nghị quyết ngày 24/1/2019",
    "sáng 7-3",
])
def test_document_codes_and_dates_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_search_range_limits_quantities_and_spans_stay_in_the_full_text() -> None:
    text = "Có 5 vụ. Giảm 11,3% so với năm trước. Hỗ trợ 756,2 tỉ đồng."
    start = text.index("Giảm")
    end = text.index("Hỗ trợ")
    (q,) = find_quantities(text, start, end)
    assert text[q.span[0]:q.span[1]] == "11,3%"


def _assert_well_formed(text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    previous_end = start
    for q in find_quantities(text, start, end):
        s, e = q.span
        assert previous_end <= s < e <= end
        assert text[s:e] == q.text
        assert q.value >= 0
        previous_end = e


@settings(max_examples=200, deadline=None)
@given(_REPORTISH)
def test_quantities_in_reportlike_text_are_grounded_and_ordered(text: str) -> None:
    _assert_well_formed(text)


@settings(max_examples=200, deadline=None)
@given(_ANY, st.data())
def test_quantities_never_crash_and_stay_in_the_range(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _assert_well_formed(text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_REPORTISH, _ANY, _QUALIFIED))
def test_anchored_search_finds_what_a_full_scan_finds(text: str) -> None:
    # find_quantities tries the pattern only at digits and qualifier words; a full scan is the reference.
    expected = [(m.span(), m.group()) for m in _QUANTITY_RE.finditer(text)]
    found = [(m.span(), m.group())
             for m in anchored_finditer(_QUANTITY_RE, text, 0, len(text), _QUANTITY_STARTS)]
    assert found == expected


def test_a_qualifier_must_be_a_whole_word() -> None:
    # "An Nhơn" is a town; its "hơn" does not make the count approximate.
    (q,) = find_quantities("thị xã An Nhơn 12 vụ")
    assert (q.value, q.unit, q.approx) == (12, "vụ", False)
