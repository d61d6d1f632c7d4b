"""Givers (fix54b pass, rounds 54-58): a clause "…, đồng thời trao 300 camera …" with no subject of its own
goes on with the body its sentence opens with (after the day); the giver stops before "ưu tiên" ("tỉnh sẽ tiếp
tục ưu tiên bố trí …" gives "tỉnh", named as the report's province).

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_of, commitments_read


def test_a_clause_after_dong_thoi_goes_on_with_the_sentences_body() -> None:
    found = commitments_of(
        "Ngày 24.6, UBND tỉnh Sóc Trăng phối hợp với Công an tỉnh tổ chức lễ ra mắt mô hình camera an ninh "
        "tại xã An Hiệp, H.Châu Thành, đồng thời trao 300 camera cho công an các xã, thị trấn.", "2022-06")
    assert [c[:4] for c in commitments_read(found)] == [("equipment", 300, "camera", "UBND tỉnh Sóc Trăng")]


def test_the_giver_stops_before_uu_tien() -> None:
    found = commitments_of(
        "Sáng 10/11, Đoàn kiểm tra của Bộ Công an làm việc với UBND tỉnh Hà Giang về xây dựng Công an xã "
        "chính quy.\n\n"
        "Phát biểu tại buổi làm việc, ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh khẳng định, thời gian tới tỉnh "
        "sẽ tiếp tục ưu tiên bố trí 20 tỷ đồng để xây dựng trụ sở Công an xã.", "2021-11")
    givers = [c[3] for c in commitments_read(found) if c[:3] == ("funding", 20, "tỷ đồng")]
    assert givers and givers[0] is not None and "ưu tiên" not in givers[0], found
