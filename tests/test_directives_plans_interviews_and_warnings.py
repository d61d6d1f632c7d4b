"""Directives and commitments of round 34's classes: a plan's body told to find the money with no verb of
asking, the share of that money given by the same verb after "trong đó", a building's capacity in a plan, an
interviewer's question about requests, and the scammers' demand told after the source of a warning.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom
from extraction_reading import commitments_read_of

_PLAN = (
    "UBND tỉnh Long An vừa ban hành kế hoạch phòng, chống ma túy năm 2023.\n\n"
    "Kế hoạch giao Công an tỉnh chủ trì phối hợp với các sở, ngành mở các đợt cao điểm tấn công tội phạm "
    "ma túy. Sở Y tế chủ trì tổ chức điều trị nghiện. Sở Tài chính bố trí kinh phí thực hiện kế hoạch, "
    "trong đó năm 2023 bố trí 3 tỷ đồng.")


def test_a_plans_body_told_to_find_the_money_is_given_a_task() -> None:
    found = directives_of(_PLAN, "2023-03")
    assert who_asks_whom(found) == [(None, "giao", "Công an tỉnh"), (None, None, "Sở Y tế"),
                                     (None, None, "Sở Tài chính")]


def test_a_body_that_reports_money_it_found_is_given_no_task() -> None:
    found = directives_of(
        "Sáng 5/1, Công an tỉnh Long An tổng kết công tác năm 2022.\n\n"
        "Năm qua, Sở Tài chính đã bố trí kinh phí cho lực lượng Công an xã.", "2023-01")
    assert found == []


def test_the_share_of_money_after_trong_do_is_given_by_the_sentences_subject() -> None:
    assert commitments_read_of(_PLAN, "2023-03") == [("funding", 3, "tỷ đồng", "Sở Tài chính", None)]


def test_a_share_of_a_sum_with_no_giver_before_it_takes_none() -> None:
    found = commitments_read_of(
        "Sáng 5/1, Công an tỉnh Long An tổng kết công tác năm 2022.\n\n"
        "Tổng kinh phí thực hiện là 10 tỷ đồng, trong đó năm 2023 bố trí 3 tỷ đồng.", "2023-01")
    assert [giver for *_, giver, _ in found] in ([], [None], [None, None])


def test_an_interviewers_question_about_requests_is_none_and_the_answer_is_the_interviewees() -> None:
    found = directives_of(
        "Nhân dịp năm mới 2024, phóng viên có cuộc trao đổi với Đại tá Nguyễn Văn Hùng, Giám đốc Công an "
        "tỉnh Bắc Kạn.\n\n"
        "PV: Đồng chí có kiến nghị gì với cấp ủy, chính quyền về công tác bảo đảm an ninh, trật tự?\n\n"
        "Đại tá Nguyễn Văn Hùng: Tôi đề nghị UBND tỉnh tiếp tục quan tâm đầu tư trụ sở cho Công an xã.",
        "2024-01")
    assert who_asks_whom(found) == [("Nguyễn Văn Hùng", "đề nghị", "UBND tỉnh")]


def test_an_answer_that_sets_our_own_goals_is_no_request() -> None:
    found = directives_of(
        "Nhân dịp năm mới 2024, phóng viên có cuộc trao đổi với Đại tá Nguyễn Văn Hùng, Giám đốc Công an "
        "tỉnh Bắc Kạn.\n\n"
        "PV: Năm 2024, Công an tỉnh đặt ra những mục tiêu gì?\n\n"
        "Đại tá Nguyễn Văn Hùng: Chúng tôi đặt mục tiêu kéo giảm ít nhất 5% số vụ phạm tội.", "2024-01")
    assert found == []


def test_the_scammers_demand_told_after_the_warnings_source_asks_nothing() -> None:
    found = directives_of(
        "Công an tỉnh Thái Bình vừa phát đi cảnh báo về thủ đoạn giả danh cán bộ công an lừa đảo chiếm đoạt "
        "tài sản.\n\n"
        "Theo Phòng Cảnh sát hình sự Công an tỉnh, các đối tượng gọi điện cho người dân, yêu cầu nạn nhân "
        "chuyển tiền vào tài khoản. Công an tỉnh khuyến cáo người dân không cung cấp mã OTP cho bất kỳ ai.",
        "2024-05")
    assert who_asks_whom(found) == [(None, "khuyến cáo", "người dân")]


def test_the_order_the_interviewees_body_gave_is_told_as_his() -> None:
    found = directives_of(
        "Nhân dịp năm mới 2024, phóng viên có cuộc trao đổi với Đại tá Nguyễn Văn Hùng, Giám đốc Công an "
        "tỉnh Bắc Kạn.\n\n"
        "PV: Công an tỉnh chuẩn bị gì cho dịp Tết?\n\n"
        "Đại tá Nguyễn Văn Hùng: Tình hình an ninh, trật tự được giữ vững. Ban Giám đốc đã yêu cầu Công an "
        "các huyện lập danh sách người nghiện ma túy trước ngày 10/1/2024.", "2024-01")
    assert who_asks_whom(found) == [("Nguyễn Văn Hùng", "yêu cầu", "Công an các huyện")]


def test_a_bodys_order_told_outside_an_interview_answer_is_not_given_a_speaker() -> None:
    found = directives_of(
        "Sáng 5/1, Công an tỉnh Bắc Kạn tổng kết công tác năm 2023.\n\n"
        "Năm qua, Ban Giám đốc đã yêu cầu Công an các huyện lập danh sách người nghiện ma túy.", "2024-01")
    assert all(d.speaker is None for d in found)


def test_a_plans_capacity_of_a_building_upgraded_is_a_construction_commitment() -> None:
    found = commitments_read_of(
        "UBND tỉnh Long An vừa ban hành kế hoạch phòng, chống ma túy năm 2023.\n\n"
        "Sở Y tế chủ trì nâng cấp Cơ sở cai nghiện ma túy tỉnh Long An, bảo đảm tiếp nhận 200 học viên.",
        "2023-03")
    assert found == [("construction", 200, "học viên", "Sở Y tế", None)]


def test_admissions_a_centre_reports_are_no_commitment() -> None:
    found = commitments_read_of(
        "Sáng 5/1, Công an tỉnh Long An tổng kết công tác năm 2022.\n\n"
        "Năm qua, Cơ sở cai nghiện tỉnh đã được nâng cấp và đã tiếp nhận 200 học viên.", "2023-01")
    assert found == []
