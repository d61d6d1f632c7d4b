"""Officers sent to a body named after what they are or where they come from: "bổ sung 12 cán bộ có trình độ
tài chính, kế toán cho Phòng Cảnh sát kinh tế" and "tăng cường 200 cán bộ từ các phòng nghiệp vụ về Công an
cấp xã" name the receiver; staff sent "về" the police of many places at large ("về Công an các xã") name no
one body; a task after ";" does not take the receiver of the staff before it.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Sáng 9/5, Công an tỉnh Hưng Yên tổ chức hội nghị sơ kết công tác bảo đảm an ninh, trật tự 6 tháng "
         "đầu năm 2024.\n\n")


def test_staff_with_their_skills_go_to_the_body_after_cho() -> None:
    ex = extracted(_LEAD + "Đại tá Lê Văn Hòa cho biết, Công an tỉnh sẽ bổ sung 12 cán bộ có trình độ tài "
                           "chính, kế toán cho Phòng Cảnh sát kinh tế trong quý III.", "2024-05")
    assert [(c.kind, c.amount, c.receiver, c.text) for c in ex.commitments] == [
        ("staffing", 12, "Phòng Cảnh sát kinh tế",
         "bổ sung 12 cán bộ có trình độ tài chính, kế toán cho Phòng Cảnh sát kinh tế")]


def test_staff_from_the_departments_go_to_one_levels_police_after_ve() -> None:
    ex = extracted(_LEAD + "Đại tá Lê Văn Hòa cho biết, Công an tỉnh sẽ tăng cường 200 cán bộ từ các phòng "
                           "nghiệp vụ về Công an cấp xã trong năm 2024.", "2024-05")
    assert [(c.receiver, c.text) for c in ex.commitments] == [
        ("Công an cấp xã", "tăng cường 200 cán bộ từ các phòng nghiệp vụ về Công an cấp xã")]


def test_staff_sent_to_the_police_of_many_places_name_no_one_body() -> None:
    ex = extracted(_LEAD + "Đại tá Lê Văn Hòa cho biết, Công an tỉnh sẽ điều động 150 cán bộ, chiến sĩ từ "
                           "các phòng nghiệp vụ về Công an các xã trước ngày 30/6/2024.", "2024-05")
    assert [(c.kind, c.amount, c.receiver) for c in ex.commitments] == [("staffing", 150, None)]


def test_a_task_after_a_semicolon_keeps_no_receiver_of_the_staff_before_it() -> None:
    ex = extracted(_LEAD + "Công an tỉnh sẽ huy động 1.200 cán bộ, chiến sĩ, trong đó tăng cường 200 cán bộ "
                           "từ các phòng nghiệp vụ về Công an cấp xã; bố trí 30 tổ tuần tra lưu động tại "
                           "thành phố Hưng Yên.", "2024-05")
    assert [(c.amount, c.receiver) for c in ex.commitments][-2:] == [(200, "Công an cấp xã"), (30, None)]


def test_staff_on_duty_for_a_festival_name_no_receiver() -> None:
    ex = extracted(_LEAD + "Công an tỉnh sẽ bố trí 120 cán bộ trực tại các chốt, bảo đảm an toàn cho Lễ hội "
                           "Phủ Dày.", "2024-05")
    assert [(c.amount, c.receiver) for c in ex.commitments] == [(120, None)]
