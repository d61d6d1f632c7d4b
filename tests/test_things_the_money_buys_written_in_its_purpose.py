"""Things bought with money pledged, counted in the money's own purpose: "bố trí 1,2 tỷ đồng để mua sắm 60
máy tính …", "hỗ trợ 1,5 tỷ đồng để Công an tỉnh mua sắm 20 bộ máy …" (the body that buys receives the money
and the things), "bố trí 32 tỷ đồng để sửa chữa, xây dựng trụ sở … và mua sắm 40 xe mô tô …": each a
commitment of its own, the money's giver's. Things the money does not buy are not read so.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Sáng 9/5, Công an tỉnh Vĩnh Long tổ chức hội nghị sơ kết công tác bảo đảm an ninh, trật tự 6 tháng "
         "đầu năm 2024.\n\n")


def test_things_bought_right_after_the_moneys_de_are_equipment() -> None:
    ex = extracted(_LEAD + "UBND tỉnh đồng ý bố trí 2 tỷ đồng để mua sắm 40 máy tính chuyên dùng, ưu tiên "
                           "các huyện vùng sâu.", "2024-05")
    assert [(c.kind, c.amount, c.giver) for c in ex.commitments] == [
        ("funding", 2, "UBND tỉnh Vĩnh Long"), ("equipment", 40, "UBND tỉnh Vĩnh Long")]


def test_the_body_that_buys_receives_the_money_and_the_things() -> None:
    ex = extracted(_LEAD + "Ông Trần Văn Lâm cho biết, UBND tỉnh sẽ hỗ trợ 1,5 tỷ đồng để Công an tỉnh mua "
                           "sắm 20 bộ máy thu nhận sinh trắc học.", "2024-05")
    assert [(c.kind, c.amount, c.giver, c.receiver) for c in ex.commitments] == [
        ("funding", 1.5, "UBND tỉnh Vĩnh Long", "Công an tỉnh Vĩnh Long"),
        ("equipment", 20, "UBND tỉnh Vĩnh Long", "Công an tỉnh Vĩnh Long")]


def test_things_bought_after_other_works_of_the_money() -> None:
    ex = extracted(_LEAD + "Năm 2024, UBND tỉnh sẽ bố trí 30 tỷ đồng để sửa chữa, xây dựng trụ sở Công an xã "
                           "và mua sắm 50 xe mô tô.", "2024-05")
    assert [(c.kind, c.amount, c.giver) for c in ex.commitments] == [
        ("funding", 30, "UBND tỉnh Vĩnh Long"), ("equipment", 50, "UBND tỉnh Vĩnh Long")]


def test_vehicles_seized_after_money_are_not_bought() -> None:
    ex = extracted(_LEAD + "Lực lượng chức năng đã thu giữ 300 triệu đồng và 5 xe mô tô của các đối tượng.",
                   "2024-05")
    assert ex.commitments == []
