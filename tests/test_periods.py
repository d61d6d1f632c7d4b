"""Periods, baselines and deadlines of figures: the forms the genre writes, normalized."""

from __future__ import annotations

import pytest

from chidao.extract.periods import baseline_after, find_deadline, find_periods, opening_baselines, with_year


def periods(text: str) -> list[str]:
    found = find_periods(text, 0, len(text))
    for p in found:
        assert p.start < p.end <= len(text)
    return [p.value for p in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trong tháng 5.2023, Công an huyện bắt 12 đối tượng.", ["tháng 5/2023"]),
    ("Kết quả công tác tháng 11/2021 cho thấy", ["tháng 11/2021"]),
    ("trong tháng 3 năm 2024, toàn tỉnh", ["tháng 3/2024"]),
    ("Trong 6 tháng đầu, hai lực lượng đã phối hợp", ["6 tháng đầu năm"]),
    ("6 tháng cuối năm 2019", ["6 tháng cuối năm 2019"]),
    ("Trong 9 tháng năm 2022, toàn tỉnh", ["9 tháng năm 2022"]),
    ("tổng kết năm 2023, sơ kết các tháng đầu năm 2024", ["năm 2023", "các tháng đầu năm 2024"]),
    ("Quý I năm 2022, lực lượng Công an", ["quý I năm 2022"]),
    ("Năm 2019, Công an tỉnh đã thực hiện tốt", ["năm 2019"]),
])
def test_periods_are_normalized_as_the_text_gives_them(text: str, expected: list[str]) -> None:
    assert periods(text) == expected


def test_a_date_a_deadline_and_a_baseline_are_no_periods() -> None:
    # "ngày 5 tháng 7 năm 2022" is a day, "đến năm 2025" a deadline, "so với năm 2022" a baseline
    assert periods("Ngày 5 tháng 7 năm 2022, hội nghị đề ra mục tiêu đến năm 2025") == []
    assert periods("giảm 9% so với năm 2022") == []


def test_a_campaign_is_named_by_the_occasion_it_serves() -> None:
    text = ("hội nghị tổng kết đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh trật tự "
            "Tết Nguyên đán Quý Mão 2023.")
    assert periods(text) == ["đợt cao điểm Tết Nguyên đán Quý Mão 2023"]
    # without an occasion in its sentence the campaign is just "đợt cao điểm"
    assert periods("Công an huyện đã triển khai đợt cao điểm. Tết năm nay") == ["đợt cao điểm"]


@pytest.mark.parametrize(("text", "value"), [
    ("so với cùng kỳ năm 2022", "cùng kỳ năm 2022"),
    ("so với cùng kì", "cùng kỳ"),
    ("so với cùng kì năm trước", "cùng kỳ năm trước"),
    ("so với cùng kỳ cao điểm", "cùng kỳ"),
    ("so với năm 2020", "năm 2020"),
    ("so với cùng kỳ năm ngoái", "cùng kỳ năm ngoái"),
    ("so với cùng thời điểm năm trước", "cùng thời điểm năm trước"),
])
def test_baselines_read_the_old_spelling_and_the_campaign_of_last_year(text: str, value: str) -> None:
    found = baseline_after(text, 0, len(text))
    assert found is not None and found.value == value
    assert found.end == len(text)


def test_a_baseline_before_its_changes_opens_them() -> None:
    text = "xảy ra 70 vụ, làm chết 30 người; so với cùng kỳ năm 2022 giảm 8 vụ, giảm 5 người chết"
    (opening,) = opening_baselines(text, 0, len(text))
    assert opening.value == "cùng kỳ năm 2022"
    # a baseline after its figure opens nothing
    text = "tội phạm giảm 8,2% so với năm 2022; tỷ lệ điều tra đạt 84,5%"
    assert opening_baselines(text, 0, len(text)) == []


def test_deadlines_are_years() -> None:
    text = "phấn đấu đến năm 2030 giảm 5%"
    found = find_deadline(text, 0, len(text))
    assert found is not None and found.value == "2030"


@pytest.mark.parametrize(("text", "expected"), [
    ("Theo báo cáo, từ ngày 15/9 đến 15/11, toàn tỉnh", ["từ ngày 15/9 đến 15/11"]),
    ("Từ 1/1/2024 đến ngày 30/6/2024, Công an", ["từ 1/1/2024 đến ngày 30/6/2024"]),
    ("từ tháng 1 đến tháng 9 năm 2023, lực lượng", ["từ tháng 1 đến tháng 9 năm 2023"]),
    ("kết quả tính đến 15/11.", []),
])
def test_a_range_of_days_or_months_is_one_period(text: str, expected: list[str]) -> None:
    assert periods(text) == expected


def test_a_period_without_its_year_is_completed_from_the_report() -> None:
    text = "Quý I năm 2024, tình hình ổn định. 6 tháng đầu năm 2024, ... Trong quý I, ... 6 tháng đầu năm"
    known = find_periods(text, 0, len(text))
    assert with_year("quý I", text.index("Trong quý"), known) == "quý I năm 2024"
    assert with_year("6 tháng đầu năm", len(text), known) == "6 tháng đầu năm 2024"
    # "quý I" is not "quý II"; a period the report never gives a year keeps as written
    assert with_year("quý II", len(text), known) == "quý II"
    assert with_year("các tháng đầu năm", len(text), known) == "các tháng đầu năm"


def test_a_campaign_s_dates_in_brackets_a_school_year_and_the_quarter_before_as_a_baseline() -> None:
    # a campaign named without its occasion runs over the dates written after it in brackets
    text = ("Công an huyện sơ kết đợt cao điểm vận động người dân giao nộp vũ khí, công cụ hỗ trợ "
            "(từ ngày 1/4 đến ngày 30/6/2022). Qua đợt này, thu hồi 40 khẩu súng.")
    assert periods(text) == ["từ ngày 1/4 đến ngày 30/6/2022"]
    # the occasion still names a campaign that has one; its dates stay a range of their own
    text = "đợt cao điểm bảo đảm an ninh Tết Nguyên đán Giáp Thìn 2024 (từ ngày 15/12 đến 29/2)"
    assert periods(text) == ["đợt cao điểm Tết Nguyên đán Giáp Thìn 2024", "từ ngày 15/12 đến 29/2"]
    # dates in brackets after something else are no campaign's
    assert periods("Hội nghị (từ ngày 2/3 đến 4/3) bàn nhiều việc.") == ["từ ngày 2/3 đến 4/3"]
    # a school year is a period; the one before it, compared with, a baseline
    text = "Năm học 2022 - 2023, toàn thành phố xảy ra 12 vụ, giảm 3 vụ so với năm học trước."
    assert periods(text) == ["năm học 2022 - 2023"]
    # the quarter a change is measured against is its baseline, not its period
    text = "Quý IV/2019, toàn tỉnh xảy ra 30 vụ tai nạn. So với quý III/2019, giảm 5 vụ."
    assert periods(text) == ["quý IV/2019"]
    assert [b.value for b in opening_baselines(text, 0, len(text))] == ["quý III/2019"]
    change = "giảm 2 người chết so với quý I năm 2020"
    found = baseline_after(change, len("giảm 2 người chết"), len(change))
    assert found is not None and found.value == "quý I năm 2020"


@pytest.mark.parametrize(("text", "expected"), [
    # the older quarter written with a hyphen, Arabic or Roman
    ("Trong quý 2-2012, toàn huyện bắt 9 vụ.", ["quý 2-2012"]),
    ("quý III-2010 xảy ra 4 vụ", ["quý III-2010"]),
    # "Quý" of a year's name is no quarter, nor is a number that goes on
    ("so với Tết Quý Tỵ 2013", []),
    ("quý 12 chiến sĩ", []),
    # the holiday opening a clause, without name or year
    ("Trong dịp Tết, Công an huyện đã xử lý 40 trường hợp.", ["dịp Tết"]),
    ("chuẩn bị cho dịp Tết sắp tới", []),
    # the school year counted back from the report
    ("Trong năm học vừa qua, nhà trường phát hiện 3 học sinh vi phạm.", ["năm học vừa qua"]),
    # two periods joined by "và" are one
    ("Năm 2020 và 6 tháng đầu năm 2021, đơn vị bảo vệ 40 sự kiện.", ["năm 2020 và 6 tháng đầu năm 2021"]),
])
def test_older_quarters_holidays_school_years_and_two_part_periods(text: str, expected: list[str]) -> None:
    assert periods(text) == expected


def test_a_day_labelling_a_line_of_figures_is_its_period() -> None:
    text = "Số liệu từng ngày:\nNgày 3/5 (thứ Bảy): 9 vụ, 4 người chết.\nNgày 4/5: 6 vụ, 2 người chết."
    assert periods(text) == ["ngày 3/5", "ngày 4/5"]
    # a day that opens a sentence, not a label before a colon, is a date
    assert periods("Ngày 3/5, đoàn công tác làm việc tại huyện.") == []
    assert periods("Ông nói ngày 3/5: sẽ kiểm tra.") == []


def test_years_after_a_plan_s_start_open_a_clause_with_the_plan_named() -> None:
    # "Sau 3 năm thực hiện Chương trình, …" is the period of its paragraph's figures, as "Sau 3 năm, …"
    assert periods("Sau 3 năm thực hiện Chương trình, toàn huyện có 12 xã đạt chuẩn.") == ["3 năm"]
    assert periods("Sau 4 năm triển khai mô hình điểm tại hai xã, số vụ trộm giảm.") == ["4 năm"]
    # not a stretch of time inside a clause: "sau 2 năm thì" names no period
    assert periods("Người nghiện tái nghiện sau 2 năm thì phải cai lại.") == []


def test_the_first_months_take_the_year_the_report_gives_them_in_another_form() -> None:
    text = "Tình hình an ninh 7 tháng năm 2022\n\nTrong 7 tháng đầu năm, toàn tỉnh xảy ra 40 vụ."
    known = find_periods(text, 0, len(text))
    assert with_year("7 tháng đầu năm", len(text), known) == "7 tháng đầu năm 2022"
    assert with_year("6 tháng đầu năm", len(text), known) == "6 tháng đầu năm"


def test_a_record_year_is_no_period_and_a_season_to_now_is_one() -> None:
    assert periods("mực nước vượt mức lũ lịch sử năm 1964, làm ngập 200 nhà") == []
    assert periods("mức kỷ lục năm 2017") == []
    assert periods("Từ đầu mùa mưa lũ năm 2023 đến nay, cứu 12 người") == \
        ["từ đầu mùa mưa lũ năm 2023 đến nay"]


def test_months_counted_back_are_the_half_year_the_report_named_before() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document, grounding_errors

    ex = extract_document(Document.from_text(
        "Chiều 20/7, HĐND huyện Thạnh Trị chất vấn Trưởng Công an huyện về an ninh, trật tự.\n\n"
        "Trưởng Công an huyện cho biết, 6 tháng đầu năm 2012, trên địa bàn huyện xảy ra 35 vụ phạm pháp "
        "hình sự.\n\nVề giao thông, ông cho biết, 6 tháng qua, lực lượng cảnh sát giao thông đã xử lý 940 "
        "trường hợp vi phạm trật tự an toàn giao thông.\n\nTrong 12 tháng qua, Công an huyện đã triệt phá 3 "
        "băng, nhóm tội phạm.", source="test", date="2012-07"))
    assert grounding_errors(ex) == []
    periods = {i.value: i.period for i in ex.indicators}
    assert periods[940] == "6 tháng đầu năm 2012"
    assert periods[35] == "6 tháng đầu năm 2012"
    assert periods[3] == "12 tháng qua"


def test_a_stretch_opening_a_paragraph_after_trong_is_its_figures_period() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document, grounding_errors

    ex = extract_document(Document.from_text(
        "Ngày 10/11, Đồn Biên phòng Bờ Y tổ chức hội nghị sơ kết 5 năm phong trào tự quản đường biên, mốc "
        "quốc giới và an ninh, trật tự.\n\nTrong 5 năm, các tổ tự quản cùng cán bộ, chiến sĩ Đồn tổ chức 520 "
        "lượt tuần tra trên tuyến biên giới; người dân cung cấp cho Đồn 96 nguồn tin có giá trị.",
        source="test", date="2019-11"))
    assert grounding_errors(ex) == []
    assert {i.value: i.period for i in ex.indicators} == {520: "5 năm", 96: "5 năm"}


def test_the_first_half_year_and_the_last_holiday_s_campaign_are_baselines() -> None:
    from chidao.extract.periods import baseline_after, opening_baselines

    text = "phấn đấu kéo giảm ít nhất 10% số vụ cháy so với 6 tháng đầu năm"
    found = baseline_after(text, text.index("số vụ cháy") + len("số vụ cháy"), len(text))
    assert found is not None and found.value == "6 tháng đầu năm"
    text = "So với đợt cao điểm Tết Giáp Thìn 2024, số vụ tai nạn giao thông giảm 12%."
    assert [b.value for b in opening_baselines(text, 0, len(text))] == ["đợt cao điểm Tết Giáp Thìn 2024"]
