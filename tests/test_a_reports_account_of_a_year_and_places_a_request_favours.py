"""Two kinds of counts that are no goals. (1) The deeds of a year a report's account opens its paragraph
with ("Báo cáo tại buổi làm việc, Đại tá X cho biết: Năm 2020, lực lượng vũ trang tỉnh đã …"): the
paragraph's later sentences tell that year's results even where a body "chỉ đạo" something, whatever
year the report is of (its goal words, "phấn đấu", still set goals; a sentence opening with a time of
its own is not under it). (2) The places a request favours, counted ("…, trong đó ưu tiên 14 xã biên
giới còn phải mượn tạm trụ sở"): what the request is about, no goal.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted as _extracted


def extracted(text: str):
    return _extracted(text, None)  # undated, as a report with no date line


_LEAD = ("Ngày 9/3, Bí thư Tỉnh ủy làm việc với Bộ Chỉ huy Quân sự tỉnh Lai Châu về kết quả thực hiện "
         "nhiệm vụ "
         "quốc phòng, quân sự địa phương năm 2020 và phương hướng, nhiệm vụ năm 2021.\n\n")


def test_a_years_deeds_in_a_reports_account_are_no_goals() -> None:
    ex = extracted(_LEAD + "Báo cáo tại buổi làm việc, Đại tá Lò Văn Thắng, Chỉ huy trưởng Bộ CHQS tỉnh cho "
                           "biết: Năm 2020, lực lượng vũ trang tỉnh đã tham mưu thực hiện tốt nhiệm vụ "
                           "quân sự, "
                           "quốc phòng địa phương. Bộ CHQS tỉnh chỉ đạo tổ chức huấn luyện cho 7.350 lượt "
                           "dân quân "
                           "tự vệ đạt yêu cầu; phối hợp tổ chức 168 lượt tuần tra chung trên tuyến biên "
                           "giới.")
    assert ex.targets == []


def test_a_goal_word_in_the_account_still_sets_a_goal() -> None:
    ex = extracted(_LEAD + "Báo cáo tại buổi làm việc, Đại tá Lò Văn Thắng, Chỉ huy trưởng Bộ CHQS tỉnh cho "
                           "biết: Năm 2020, lực lượng vũ trang tỉnh đã tham mưu thực hiện tốt nhiệm vụ "
                           "quân sự, "
                           "quốc phòng địa phương. Năm 2021, Bộ CHQS tỉnh phấn đấu 100% xã biên giới được "
                           "diễn "
                           "tập chiến đấu phòng thủ.")
    assert [t.value for t in ex.targets] == [100]


def test_places_a_request_favours_are_no_goal() -> None:
    ex = extracted(_LEAD + "Thứ trưởng đề nghị UBND tỉnh Lai Châu tiếp tục quan tâm bố trí kinh phí xây dựng "
                           "trụ sở làm việc cho Công an xã, trong đó ưu tiên 12 xã biên giới còn phải "
                           "mượn tạm "
                           "trụ sở.")
    assert ex.targets == []


def test_a_share_of_places_asked_stays_a_goal() -> None:
    ex = extracted(_LEAD + "Thứ trưởng đề nghị UBND tỉnh Lai Châu bố trí trụ sở làm việc cho 100% Công an xã "
                           "trước ngày 31/12/2021.")
    assert [t.value for t in ex.targets] == [100]
