"""Periods, baselines and deadlines left by rounds 43-47 (branch periods2): a range of days with the month
only at its end ("từ 10 đến 12-9"), a night and a day of a raid ("đêm 11 và ngày 12-10"), a register's
running totals with no period of their own (cards issued, accounts activated), and the year goals are set
for when it stands before them: in a report given with no date (the year of the day its lead opens with), in
"Những tháng cuối năm, …", "Giai đoạn 2022 - 2027, …", "Từ năm 2019, …", "Phấn đấu cả năm …" and in the
heading of a list numbered "1/ …"; and baselines written once for several changes: opening a list of
changes parted by ";" or after ":" ("So với cùng kỳ năm 2022, giảm 5 vụ; giảm 3 người chết"), or ending a
list's heading ("(so với quý II/2025):").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from extraction_reading import extracted

from chidao.extract.context import Context
from chidao.extract.periods import find_periods, opening_frame, sentence_deadline
from chidao.model import Document


def opening_year(text: str) -> str | None:
    return Context.for_document(Document(id="t", source="t", title="", date=None, text=text)).report_year()


def periods(text: str) -> list[str]:
    return [p.value for p in find_periods(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # a range of days whose month (and year) is written only at its end, kept as written
    ("Trong 4 ngày (từ 3 đến 6-11), đoàn đã kiểm tra 20 cơ sở.", ["từ 3 đến 6-11"]),
    ("Từ 21 đến 23/5, lực lượng chức năng kiểm tra 14 nhà hàng.", ["từ 21 đến 23/5"]),
    ("Trong 2 ngày (từ 8 tới 9.4.2021), phát hiện 5 vụ.", ["từ 8 tới 9.4.2021"]),
    # a night and a day of a raid
    ("Trong đêm 20 và ngày 21-3, Công an huyện kiểm tra 7 quán bar.", ["đêm 20 và ngày 21-3"]),
    ("Trong ngày 4 và đêm 5/8, tổ công tác phát hiện 3 xe quá tải.", ["ngày 4 và đêm 5/8"]),
])
def test_a_range_of_days_with_the_month_at_its_end_is_a_period(text: str, expected: list[str]) -> None:
    assert periods(text) == expected


def test_a_count_between_two_numbers_is_no_range_of_days() -> None:
    # the range is read only where it closes its clause: not a count or a share that goes on
    assert periods("Mỗi tổ có từ 5 đến 7-8 người tham gia tuần tra.") == []
    assert periods("tỷ lệ đạt từ 10 đến 12/100 hộ dân") == []


def test_a_leads_range_of_days_is_the_period_of_the_next_paragraphs_figures() -> None:
    text = ("Kiểm tra an toàn cháy nổ tại các chợ\n\n"
            "(PV) - Trong 3 ngày (từ 5 đến 7-6), đoàn kiểm tra liên ngành tỉnh Bình Dương đã kiểm tra "
            "công tác phòng cháy, chữa cháy tại các chợ đầu mối.\n\n"
            "Qua kiểm tra 32 cơ sở, đoàn lập biên bản, xử phạt vi phạm hành chính 9 trường hợp với tổng số "
            "tiền 71 triệu đồng.")
    found = [(i.value, i.unit, i.period) for i in extracted(text, "2021-06-09").indicators]
    assert (9, "trường hợp", "từ 5 đến 7-6") in found
    assert (71, "triệu đồng", "từ 5 đến 7-6") in found


def test_a_registers_running_totals_take_no_period_from_the_lead() -> None:
    text = ("Công an tỉnh Hà Nam tổng kết công tác năm 2022\n\n"
            "(PV) - Ngày 28/12/2022, Công an tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2022. "
            "Năm 2022, lực lượng Công an tỉnh đã phát hiện 312 vụ phạm pháp hình sự.\n\n"
            "Lực lượng Công an cũng đã cấp 640.000 thẻ căn cước công dân gắn chip, kích hoạt hơn "
            "215.000 tài khoản định danh điện tử mức độ 2.")
    found = [(i.value, i.metric_key, i.period) for i in extracted(text, "2022-12-29").indicators]
    assert (312, "social_order_crime", "năm 2022") in found or any(v == 312 and p == "năm 2022"
                                                                     for v, _, p in found)
    assert (640000, "electronic_ids", None) in found
    assert (215000, "electronic_ids", None) in found


def test_running_totals_keep_a_period_written_in_their_paragraph() -> None:
    text = ("Công an tỉnh Hà Nam tổng kết công tác năm 2022\n\n"
            "(PV) - Ngày 28/12/2022, Công an tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
            "Trong năm 2022, Công an tỉnh đã cấp 640.000 thẻ căn cước công dân gắn chip.")
    found = [(i.value, i.period) for i in extracted(text, "2022-12-29").indicators]
    assert (640000, "năm 2022") in found


@pytest.mark.parametrize(("text", "year"), [
    ("Cần Thơ: hội nghị\n\n(CT) - Chiều 27/12/2016, Công an thành phố tổ chức hội nghị.", "2016"),
    ("Tin tức\n\nNgày 8-1-2013, thông tin từ Công an tỉnh cho biết, năm 2012 …", "2013"),
    ("Tin tức\n\nSáng 5.3.2019, đoàn công tác làm việc tại huyện.", "2019"),
    # a date inside a sentence, not opening a paragraph, telling a past arrest
    ("Tin tức\n\nTrước đó, Công an tỉnh đã bắt 3 đối tượng.\n\nHai đối tượng bỏ trốn.\n\n"
     "Sau đó, ngày 8/1/2013, đã bắt thêm 2 đối tượng.", None),
])
def test_the_year_of_the_day_a_lead_opens_with(text: str, year: str | None) -> None:
    assert opening_year(text) == year


def test_an_undated_reports_goals_take_the_year_set_before_them() -> None:
    text = ("Công an tỉnh tổng kết năm 2018\n\n"
            "(PV) - Chiều 26/12/2018, Công an tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác năm 2018.\n\n"
            "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh yêu cầu Công an tỉnh phấn đấu năm 2019 kéo giảm tội phạm "
            "về trật tự xã hội từ 5% trở lên, tỷ lệ điều tra, khám phá án đạt trên 85%.")
    found = [(t.value, t.deadline) for t in extracted(text, None).targets]
    assert (5, "2019") in found
    assert (85, "2019") in found


@pytest.mark.parametrize(("text", "this_year", "expected"), [
    ("Những tháng cuối năm, Công an tỉnh phải ", "2020", "2020"),
    ("Phấn đấu cả năm ", "2021", "2021"),
])
def test_a_frame_before_the_goal_is_its_deadline(text: str, this_year: str, expected: str) -> None:
    found = sentence_deadline(text, 0, len(text), this_year)
    assert found is not None and found.value == expected


def test_a_stage_or_a_start_opening_the_sentence_frames_its_goals_only_when_not_past() -> None:
    text = "Giai đoạn 2023 - 2028, hai đơn vị phấn đấu mỗi năm"
    found = opening_frame(text, 0, len(text), "2023")
    assert found is not None and found.value == "2028"
    assert opening_frame("Giai đoạn 2015 - 2020, tội phạm giảm", 0, 30, "2021") is None
    text = "Từ năm 2020, tỷ lệ giải quyết tin báo phải"
    found = opening_frame(text, 0, len(text), "2019")
    assert found is not None and found.value == "2020"
    assert opening_frame("Từ năm 2015, tỷ lệ giải quyết tin báo", 0, 30, "2019") is None


def test_a_lists_heading_frames_lines_numbered_with_a_slash() -> None:
    text = ("Công an tỉnh triển khai nhiệm vụ năm 2024\n\n"
            "(PV) - Ngày 28/12/2023, Công an tỉnh Long An tổ chức hội nghị triển khai công tác công an. "
            "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh nhấn mạnh, năm 2024, Công an tỉnh cần tập trung:\n\n"
            "1/ Tấn công trấn áp tội phạm, bảo đảm tỷ lệ điều tra khám phá án đạt trên 90%;\n\n"
            "2/ Phấn đấu kéo giảm ít nhất 5% số vụ phạm pháp hình sự.")
    found = [(t.value, t.deadline) for t in extracted(text, "2023-12-28").targets]
    assert (90, "2024") in found
    assert (5, "2024") in found


def test_a_baseline_opening_a_list_of_changes_is_each_changes() -> None:
    text = ("Ban An toàn giao thông tỉnh họp quý I\n\n"
            "(PV) - Ngày 5/4/2023, Ban An toàn giao thông tỉnh Quảng Bình tổ chức hội nghị.\n\n"
            "Theo báo cáo, trong quý I, toàn tỉnh xảy ra 31 vụ tai nạn giao thông, làm chết 20 người. So với "
            "cùng kỳ năm 2022, giảm 7 vụ (-18,4%); giảm 2 người chết (-9,1%).\n\n"
            "- Cháy: 4 vụ (so với năm 2022: giảm 3 vụ, tăng 1 người bị thương).")
    found = [(i.value, i.direction, i.baseline) for i in extracted(text, "2023-04-06").indicators]
    assert (7, "decrease", "cùng kỳ năm 2022") in found
    assert (2, "decrease", "cùng kỳ năm 2022") in found
    assert (3, "decrease", "năm 2022") in found


def test_a_part_after_a_semicolon_that_is_no_change_ends_the_opening_baseline() -> None:
    text = ("Ban An toàn giao thông tỉnh họp quý I\n\n"
            "(PV) - Ngày 5/4/2023, Ban An toàn giao thông tỉnh Quảng Bình tổ chức hội nghị.\n\n"
            "Theo báo cáo, so với cùng kỳ năm 2022, tai nạn giao thông giảm 7 vụ; lực lượng chức năng xử lý "
            "1.200 trường hợp vi phạm, tăng 150 trường hợp.")
    found = [(i.value, i.baseline) for i in extracted(text, "2023-04-06").indicators]
    assert (7, "cùng kỳ năm 2022") in found
    assert (150, None) in found


def test_a_lists_heading_ending_with_a_baseline_gives_its_lines_changes_it() -> None:
    text = ("Công an tỉnh giao ban quý III\n\n"
            "(PV) - Ngày 3/10/2025, Công an tỉnh Cao Bằng tổ chức hội nghị giao ban quý III.\n\n"
            "Số liệu của một số xã trọng điểm trong quý (so với quý II/2025):\n\n"
            "- Xã Hà Quảng: 9 vụ phạm pháp hình sự, giảm 4 vụ.\n\n"
            "- Xã Trà Lĩnh: 3 vụ phạm pháp hình sự, tăng 2 vụ.")
    found = [(i.value, i.direction, i.baseline) for i in extracted(text, "2025-10-04").indicators]
    assert (4, "decrease", "quý II/2025") in found
    assert (2, "increase", "quý II/2025") in found


@pytest.mark.parametrize(("text", "expected"), [
    # a range of years to a year's end
    ("Từ năm 2016 đến hết năm 2020, cả nước xảy ra 210 vụ cháy nhà xưởng.", ["từ năm 2016 đến hết năm 2020"]),
    # months counted from a model's start, what they are the months of left unsaid
    ("Theo đánh giá, sau 6 tháng triển khai, người dân đã lắp 240 camera.", ["6 tháng"]),
    ("Sau hơn 4 tháng thực hiện, toàn phường giảm 9 vụ trộm.", ["hơn 4 tháng"]),
    # from the day after a day, opening its clause
    ("Từ sau ngày 15/8/2024, Công an xã tiếp nhận 1.020 hồ sơ.", ["từ sau ngày 15/8/2024"]),
])
def test_stretches_opening_a_clause(text: str, expected: list[str]) -> None:
    assert periods(text) == expected


def test_months_and_a_day_after_that_open_no_stretch_stay_no_period() -> None:
    # a bare "Sau 3 tháng, …" names no start (as before); "sau ngày 1/7" inside a clause is no frame
    assert periods("Sau 3 tháng, toàn xã lắp 120 camera.") == []
    assert periods("các vụ việc phát sinh sau ngày 1/7/2025 được giải quyết") == []


def test_a_holidays_part_and_recent_months_after_a_comma_are_periods() -> None:
    assert periods("Riêng dịp Tết Nguyên đán Giáp Thìn, toàn tỉnh xảy ra 6 vụ.") == [
        "dịp Tết Nguyên đán Giáp Thìn"]
    assert periods("lực lượng chốt trực tại 3 điểm đen, 5 tháng qua xử lý 2.100 trường hợp") == [
        "5 tháng qua"]
    # not where no clause follows: "trong 2 năm qua." closes its sentence
    assert periods("Kết quả đạt được, 2 năm qua.") == []
