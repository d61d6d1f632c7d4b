"""Commitments not to read (fix54b pass, rounds 54-58): a ring's turnover ("tổng số tiền giao dịch hơn 2.100
tỉ đồng"), forces and boats sent when a report of an incident came in ("Nhận tin báo, Công an huyện huy động
30 cán bộ, chiến sĩ, 3 xuồng máy cùng người dân tìm kiếm"), a count compared with a year before ("tăng 8 tàu
so với cùng kỳ"). A gift of money and forces a plan sends stay commitments.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_of, commitments_read


def test_a_rings_turnover_is_no_funding() -> None:
    found = commitments_of(
        "Sáng 5-3, Công an tỉnh Bắc Giang họp báo về chuyên án đánh bạc qua mạng.\n\n"
        "Công an tỉnh đã triệt phá đường dây cá độ bóng đá qua mạng với tổng số tiền giao dịch hơn 300 tỷ "
        "đồng, bắt 12 đối tượng.", "2019-03")
    assert commitments_read(found) == []


def test_forces_sent_on_a_report_of_a_drowning_are_no_pledge() -> None:
    found = commitments_of(
        "Sáng 3-6, Công an huyện Thọ Xuân tổ chức hội nghị về công tác bảo đảm an ninh, trật tự, phòng, "
        "chống đuối nước cho trẻ em.\n\n"
        "Chiều 2-6, ba học sinh ở xã Xuân Lai tắm sông bị đuối nước. Nhận tin báo, Công an huyện Thọ Xuân "
        "huy động 25 cán bộ, chiến sĩ, 2 xuồng máy cùng nhiều người dân tìm kiếm.", "2023-06")
    assert commitments_read(found) == []


def test_forces_a_plan_sends_stay_a_commitment() -> None:
    found = commitments_of(
        "Sáng 2-1, Công an huyện Thọ Xuân triển khai kế hoạch bảo đảm an ninh, trật tự dịp Tết.\n\n"
        "Theo kế hoạch, Công an huyện sẽ huy động 120 cán bộ, chiến sĩ tham gia tuần tra, kiểm soát.",
        "2023-01")
    assert [c[:3] for c in commitments_read(found)] == [("staffing", 120, "cán bộ, chiến sĩ")]


def test_a_count_compared_with_a_year_before_is_no_gift() -> None:
    found = commitments_of(
        "Sáng 10-11, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên tổ chức hội thảo về phòng, chống tội phạm "
        "trên biển.\n\n"
        "Trong 10 tháng năm 2016 có 30 tàu cá của ngư dân bị nước ngoài bắt giữ, tăng 6 tàu so với cùng kỳ "
        "năm 2015.", "2016-11")
    assert commitments_read(found) == []


def test_money_given_to_the_police_stays_funding() -> None:
    found = commitments_of(
        "Sáng 20-1, UBND tỉnh Tây Ninh tổ chức lễ ra quân tấn công trấn áp tội phạm.\n\n"
        "Dịp này, UBND tỉnh trao tặng Công an tỉnh 1 tỷ đồng để động viên lực lượng.", "2025-01")
    assert [c[:3] for c in commitments_read(found)] == [("funding", 1, "tỷ đồng")]
