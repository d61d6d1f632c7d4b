"""Money given to each of the units named right before it with no comma between ("trao tặng Công an phường
A và Công an xã B mỗi đơn vị 30 triệu đồng") is one funding commitment from "mỗi" (GOLD rule 16: money
given to each receiver is one), as the same share after a comma already was; a time after the name ("mỗi
tháng") is no share. Things counted with the classifier "chiếc" ("30 chiếc xe đạp", "2 chiếc xe mô tô")
are given things with the count noun after it as their unit; things seized so counted are no commitment.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 20/1/2025, Công an tỉnh Nghệ An tổ chức hội nghị triển khai kế hoạch bảo đảm an ninh, trật tự "
         "dịp Tết Nguyên đán.\n\n")


def test_money_to_each_of_two_units_named_without_a_comma_is_one_commitment() -> None:
    ex = extracted(_LEAD + "Nhân dịp này, Thứ trưởng trao tặng Công an phường Trường Thi và Công an xã "
                           "Nghi Lộc "
                           "mỗi đơn vị 30 triệu đồng; thăm hỏi cán bộ, chiến sĩ trực Tết.", "2025-01")
    assert [(c.kind, c.amount, c.unit, c.text) for c in ex.commitments] == [
        ("funding", 30, "triệu đồng", "mỗi đơn vị 30 triệu đồng")]


def test_the_share_after_a_comma_stays_as_it_was() -> None:
    ex = extracted(_LEAD + "Dịp này, Công an tỉnh tặng quà cho Đội Cảnh sát giao thông và Trạm Kiểm soát "
                           "liên "
                           "hợp, mỗi đơn vị 20 triệu đồng.", "2025-01")
    assert [(c.amount, c.text) for c in ex.commitments] == [(20, "mỗi đơn vị 20 triệu đồng")]


def test_a_time_after_the_units_name_is_no_share() -> None:
    ex = extracted(_LEAD + "Công an tỉnh tặng Đồn Biên phòng Nậm Cắn mỗi tháng 5 triệu đồng.", "2025-01")
    assert all(not c.text.startswith("mỗi") for c in ex.commitments)


def test_bicycles_counted_with_chiec_after_gifts_are_given_equipment() -> None:
    ex = extracted(_LEAD + "Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An trao tặng các bản kết "
                           "nghĩa của "
                           "Lào 80 suất quà và 30 chiếc xe đạp cho học sinh.", "2025-01")
    assert [(c.kind, c.amount, c.unit, c.giver) for c in ex.commitments] == [
        ("other", 80, "suất quà", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An"),
        ("equipment", 30, "xe", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An")]


def test_a_gift_counted_with_chiec_alone() -> None:
    ex = extracted(_LEAD + "Dịp này, Công an tỉnh trao tặng 30 chiếc xe đạp cho học sinh nghèo vượt khó.",
                   "2025-01")
    assert [(c.kind, c.amount, c.unit, c.giver) for c in ex.commitments] == [
        ("equipment", 30, "xe", "Công an tỉnh Nghệ An")]


def test_things_seized_counted_with_chiec_are_no_commitment() -> None:
    ex = extracted(_LEAD + "Năm 2024, Công an huyện Diễn Châu đã thu giữ 6 chiếc nhẫn vàng và 3 chiếc xe "
                           "mô tô "
                           "của các đối tượng.", "2025-01")
    assert ex.commitments == []
