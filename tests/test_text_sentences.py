"""A directive is one sentence: sentences end where a Vietnamese reader says they do."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.text.sentences import list_heading, split_sentences

_TOKENS = st.sampled_from([
    "Bộ trưởng", "yêu cầu", "TP.", "TS.", "Hồ Chí Minh", "11,3%", "19.8.1945", "./.", "...", "…",
    ".", "!", "?", ":", ",", "\"", "“", "”", "(", ")", "\n", "\n\n", " ", "  ", "\t", "Ngày 9/5",
    "các đơn vị", "Công an", "2.5", "ANTD.VN", "-", "Q.", "a",
])
_REPORTISH = st.lists(_TOKENS, max_size=40).map(" ".join)
_ANY = st.text(alphabet="aĐđBộ .!?…\"“”'()\n\t:,0123456789TP", max_size=80)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_stop_before_a_capital_ends_the_sentence() -> None:
    text = "Hội nghị kết thúc. Bộ trưởng yêu cầu các đơn vị thực hiện!  Ai làm? Công an tỉnh."
    assert _sentences(text) == [
        "Hội nghị kết thúc.", "Bộ trưởng yêu cầu các đơn vị thực hiện!", "Ai làm?", "Công an tỉnh.",
    ]


@pytest.mark.parametrize("text", [
    "Đoàn công tác làm việc tại TP. Hồ Chí Minh về công tác bảo đảm an ninh.",
    "TS. Nguyễn Văn An trình bày tham luận tại hội nghị.",
    "Tỷ lệ điều tra khám phá đạt 11,3% so với cùng kỳ.",
    "Cách mạng Tháng Tám thành công ngày 19.8.1945 mở ra kỷ nguyên mới.",
    "Theo ANTD.VN, hội nghị diễn ra trực tuyến./.",
])
def test_abbreviations_decimals_and_dates_do_not_split(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    text = "Bộ trưởng yêu cầu: “Phải giữ vững an ninh chính trị.” Các đơn vị cam kết thực hiện."
    assert _sentences(text) == [
        "Bộ trưởng yêu cầu: “Phải giữ vững an ninh chính trị.”", "Các đơn vị cam kết thực hiện.",
    ]


def test_straight_quotes_and_an_opening_quote_start_a_sentence() -> None:
    text = 'Ông nói: "Phải làm ngay." "Không được chậm trễ," ông nhấn mạnh.'
    assert _sentences(text) == ['Ông nói: "Phải làm ngay."', '"Không được chậm trễ," ông nhấn mạnh.']


def test_a_line_break_always_ends_a_sentence() -> None:
    assert _sentences("Tiêu đề không có dấu chấm\nNgày 9/5, hội nghị diễn ra.") == [
        "Tiêu đề không có dấu chấm", "Ngày 9/5, hội nghị diễn ra.",
    ]


def test_a_sentence_may_start_with_a_count() -> None:
    assert _sentences("Hội nghị bế mạc. 12 đơn vị được khen thưởng.") == [
        "Hội nghị bế mạc.", "12 đơn vị được khen thưởng.",
    ]


def test_a_letter_with_a_slash_opening_a_line_is_a_list_marker() -> None:
    text = "Yêu cầu ba việc:\na/ Tuần tra ban đêm;\nb/ Kiểm tra nồng độ cồn.\nc/d là phân số."
    assert _sentences(text) == [
        "Yêu cầu ba việc:", "Tuần tra ban đêm;", "Kiểm tra nồng độ cồn.", "c/d là phân số.",
    ]


def test_spans_are_in_the_full_text_when_a_range_is_given() -> None:
    text = "Mở đầu. Câu một. Câu hai. Kết thúc."
    start, end = text.index("Câu một"), text.index("Kết thúc")
    assert [text[s:e] for s, e in split_sentences(text, start, end)] == ["Câu một.", "Câu hai."]


def _assert_well_formed(text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    spans = split_sentences(text, start, end)
    previous_end = start
    for s, e in spans:
        assert previous_end <= s < e <= end
        assert not text[s].isspace() and not text[e - 1].isspace()
        # Only whitespace falls between sentences, or a list marker opening a line: no word is lost.
        gap = text[previous_end:s].strip()
        if gap:
            at = text.rindex(gap, previous_end, s)
            line_start = text[:at].rstrip(" \t")
            assert _MARKER.fullmatch(gap) and (not line_start or line_start.endswith("\n")), gap
        previous_end = e
    assert not text[previous_end:end].strip()


# a bullet, or a number or letter closed by "." or ")", or "/"
_MARKER = re.compile(r"[-–—+•*·▪●○■□➢➤✓]|\d{1,2}[.)/]|[a-zđ][)/]|[IVX]{1,4}[.)]")


@settings(max_examples=200, deadline=None)
@given(_REPORTISH)
def test_sentences_of_reportlike_text_cover_every_word_in_order(text: str) -> None:
    _assert_well_formed(text)


@settings(max_examples=200, deadline=None)
@given(_ANY, st.data())
def test_sentences_never_crash_and_stay_in_the_range(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _assert_well_formed(text, start, end)


def test_the_heading_of_a_list_is_the_line_before_its_items_ending_in_a_colon() -> None:
    dash = regex.compile(r"[ \t]*[–\-+•][ \t]")
    text = ("Ngày 3/3, Công an tỉnh họp giao ban. Trong năm 2024, đơn vị sẽ:\n"
            "- Lắp đặt thêm 20 camera;\n\n- Bố trí 10 cán bộ cho các xã.\nHội nghị kết thúc lúc 11 giờ.")
    heading = list_heading(text, text.index("Bố trí"), dash)
    assert heading is not None and text[heading[0]:heading[1]].endswith("đơn vị sẽ:")
    assert list_heading(text, text.index("Hội nghị"), dash) is None  # no item
    assert list_heading("Kết quả\n- 12 vụ", 10, dash) is None  # the line before ends in no colon
