"""Works the money goes to are no receiver (fix54b pass, rounds 54-58): "bố trí 50 tỷ đồng cho các công trình
trụ sở Công an xã còn lại" has none; "cho Công an các xã" keeps its receiver.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_of, commitments_read

_LEAD = ("Sáng 5/10, Đoàn kiểm tra của Bộ Công an làm việc với UBND tỉnh Lạng Sơn về xây dựng Công an xã "
         "chính quy.\n\n")
_SAID = "Ông Hồ Tiến Thiệu, Chủ tịch UBND tỉnh cho biết, trong năm 2024, tỉnh sẽ "


def test_works_are_no_receiver() -> None:
    found = commitments_of(_LEAD + _SAID + "tiếp tục bố trí 50 tỷ đồng cho các công trình trụ sở Công an xã "
                           "còn lại.", "2023-10")
    assert [(c[0], c[4]) for c in commitments_read(found)] == [("funding", None)]


def test_a_body_stays_the_receiver() -> None:
    found = commitments_of(_LEAD + _SAID + "hỗ trợ 5 tỷ đồng cho Công an tỉnh Lạng Sơn.", "2023-10")
    assert [(c[0], c[4]) for c in commitments_read(found)] == [("funding", "Công an tỉnh Lạng Sơn")]
