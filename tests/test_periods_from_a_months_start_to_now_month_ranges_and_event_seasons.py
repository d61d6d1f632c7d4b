"""Round 44's periods and baselines (branch periods44): a stretch from a month's start (or a month of the
report's year) up to now ("từ đầu tháng 9-2017 đến nay", "Từ tháng 4 đến nay"), a range of months whose year
follows a dash ("từ tháng 5 đến tháng 11-2019"), and the season of an event as a period ("mùa World Cup"), as
a campaign's occasion ("đợt cao điểm mùa World Cup 2018") and as a baseline ("so với mùa EURO 2016").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from extraction_reading import extracted

from chidao.extract.periods import baseline_after, find_periods


def periods(text: str) -> list[str]:
    return [p.value for p in find_periods(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # a month's start, middle or end up to now, the year after "-", "/" or "năm", kept as written
    ("Từ đầu tháng 3-2022 đến nay, lực lượng chức năng đã kiểm tra 240 lượt cơ sở.",
     ["từ đầu tháng 3-2022 đến nay"]),
    ("Theo báo cáo, từ giữa tháng 8/2019 đến nay, toàn huyện xảy ra 6 vụ cháy.",
     ["từ giữa tháng 8/2019 đến nay"]),
    ("từ cuối tháng 10 năm 2021 tới nay, phát hiện 12 vụ", ["từ cuối tháng 10 năm 2021 tới nay"]),
    # a month of the report's year, no year written
    ("Từ tháng 7 đến nay, Đồn Biên phòng phát hiện 15 người xuất cảnh trái phép.", ["từ tháng 7 đến nay"]),
    # a range of months whose year follows a dash or a dot
    ("Từ tháng 2 đến tháng 6-2020, Công an huyện khởi tố 8 vụ.", ["từ tháng 2 đến tháng 6-2020"]),
    ("từ tháng 1.2018 đến tháng 9.2018, bắt 30 đối tượng", ["từ tháng 1.2018 đến tháng 9.2018"]),
])
def test_a_stretch_from_a_month_is_read_whole(text: str, expected: list[str]) -> None:
    assert periods(text) == expected


def test_a_month_alone_and_a_month_range_with_a_slash_stay_as_they_were() -> None:
    assert periods("Trong tháng 9-2017, toàn tỉnh xảy ra 4 vụ.") == ["tháng 9/2017"]
    assert periods("từ tháng 3 đến tháng 8/2021, nhóm này đã thực hiện 9 vụ") == [
        "từ tháng 3 đến tháng 8/2021"]
    # a month that is only a start of what goes on, not up to now, is no stretch from it
    assert periods("Đề án triển khai từ đầu tháng 9 tại 12 xã.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Triệt phá 5 ổ nhóm cá độ mùa EURO", ["mùa EURO"]),
    ("Trong mùa SEA Games 2021, lực lượng phát hiện 11 vụ cá độ.", ["mùa SEA Games 2021"]),
    # a campaign is named by the season it serves, as by the holiday it serves
    ("Trong đợt cao điểm mùa Olympic 2024, Công an thành phố bắt 17 vụ cá độ.",
     ["đợt cao điểm mùa Olympic 2024"]),
])
def test_an_events_season_is_a_period(text: str, expected: list[str]) -> None:
    assert periods(text) == expected


def test_a_weather_season_is_no_event_season() -> None:
    assert periods("Trong mùa mưa bão, lực lượng cứu hộ 20 người.") == []
    assert periods("mùa khô năm nay xảy ra 3 vụ cháy rừng") == []


def test_an_events_season_compared_with_is_a_baseline_not_a_period_nor_an_occasion() -> None:
    text = "tăng 20% so với mùa World Cup 2014."
    found = baseline_after(text, len("tăng 20%"), len(text))
    assert found is not None and found.value == "mùa World Cup 2014"
    assert periods(text) == []
    # a campaign whose sentence names a season only as what it is compared with keeps its bare name
    assert periods("Trong đợt cao điểm, phát hiện 9 vụ, tăng 3 vụ so với mùa EURO 2020.") == ["đợt cao điểm"]


def test_a_reports_figures_take_these_periods_and_baseline() -> None:
    text = ("Quảng Bình: Triệt phá 7 ổ nhóm cá độ bóng đá mùa EURO\n\n"
            "(PV) - Trong đợt cao điểm mùa EURO 2024, Công an tỉnh Quảng Bình phát hiện 21 vụ đánh bạc, "
            "cá độ bóng đá, tăng 40% so với mùa World Cup 2022.\n\n"
            "Ngày 16-7, Công an tỉnh Quảng Bình tổ chức hội nghị sơ kết đợt cao điểm. Từ tháng 6 đến nay, "
            "lực lượng chức năng còn phát hiện 12 vụ đánh bạc khác.")
    found = [(i.value, i.unit, i.period, i.baseline) for i in extracted(text, "2024-07-17").indicators]
    assert (7, "ổ nhóm", "mùa EURO", None) in found
    assert (21, "vụ", "đợt cao điểm mùa EURO 2024", None) in found
    assert (40, "%", "đợt cao điểm mùa EURO 2024", "mùa World Cup 2022") in found
    assert (12, "vụ", "từ tháng 6 đến nay", None) in found
