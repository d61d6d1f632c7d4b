"""Receivers of gifts and help. The worth of each gift written between the lot and its receiver ("trao 50
suất quà, mỗi suất trị giá 500.000 đồng cho các tổ an ninh nhân dân tiêu biểu") no longer hides the
receiver. People or families in hardship named by what they went through ("cho người sau cai nghiện có
hoàn cảnh khó khăn") receive as households in need do; pupils stay none. Where the receivers are or work is
no part of them ("cho các gia đình chính sách tại phường X", "cho các tổ tuần tra trên sông"), and "an ninh,
trật tự" is one phrase inside a receiver's name. A gift after ";" whose own receiver is written but not read
does not take the gift's before it.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 15/12/2016, Công an tỉnh Bạc Liêu tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an "
         "ninh Tổ quốc năm 2016.\n\n")


def _gifts(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.amount, c.receiver) for c in extracted(_LEAD + text, "2016-12").commitments]


def test_a_receiver_after_each_gifts_worth() -> None:
    assert _gifts("Đại tá Trần Văn Bảy, Giám đốc Công an tỉnh trao tặng 50 suất quà, mỗi suất trị giá "
                  "500.000 đồng cho các tổ an ninh nhân dân tiêu biểu.") == [
        (50, "các tổ an ninh nhân dân tiêu biểu")]


def test_people_in_hardship_receive_pupils_do_not() -> None:
    assert _gifts("Dịp này, Sở Lao động - Thương binh và Xã hội trao 30 phần quà, mỗi phần trị giá 300.000 "
                  "đồng cho người sau cai nghiện có hoàn cảnh khó khăn.") == [
        (30, "người sau cai nghiện có hoàn cảnh khó khăn")]
    assert _gifts("Dịp này, Tỉnh Đoàn trao 50 suất học bổng cho học sinh có hoàn cảnh khó khăn.") == [
        (50, None)]


def test_the_receivers_place_is_no_part_of_them() -> None:
    assert _gifts("Cùng ngày, đoàn công tác tặng 40 suất quà cho các gia đình chính sách tại phường 7, mỗi "
                  "suất trị giá 1 triệu đồng.") == [(40, "các gia đình chính sách")]
    assert _gifts("UBND tỉnh trang bị thêm 8 xuồng máy cho các tổ tuần tra trên sông.") == [
        (8, "các tổ tuần tra")]


def test_security_and_order_is_one_phrase_in_a_receiver() -> None:
    assert _gifts("Dịp này, UBND huyện hỗ trợ 120 triệu đồng cho các mô hình tự quản về an ninh, trật tự "
                  "tiêu biểu.") == [(120, "các mô hình tự quản về an ninh, trật tự tiêu biểu")]


def test_a_gift_with_its_own_receiver_after_a_semicolon_keeps_none_of_the_one_before() -> None:
    got = _gifts("Dịp này, Ban tổ chức trao 50 suất quà cho các hộ nghèo, mỗi suất trị giá 500.000 đồng; "
                 "Công ty TNHH Thủy sản Minh Hải trao tặng 100 triệu đồng cho Quỹ Phòng, chống tội phạm "
                 "tỉnh.")
    assert got[0] == (50, "các hộ nghèo")
    assert got[1][0] == 100 and got[1][1] != "các hộ nghèo"
