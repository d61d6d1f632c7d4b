"""Figures of round 36's class pass: land records cleaned (a key of the vocabulary), crossings whose
procedures a border post did (not illegal ones), a suspect's birth year (never a period), what one case
caught in the act yields (no figure), and a count with a former province's area and its period written
after it in its clause.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

from chidao.model import Extraction


def _figures(ex: Extraction) -> list[tuple[str | None, float, str | None, str | None, str | None]]:
    return [(i.metric_key, i.value, i.unit, i.period, i.scope) for i in ex.indicators]


def test_land_records_cleaned_are_a_figure_of_their_own_key() -> None:
    ex = extracted("Ngày 12/1/2026, Ban Chỉ đạo Đề án 06 tỉnh Phú Thọ tổ chức hội nghị tổng kết Đề án 06 "
                   "giai đoạn 2022-2025. Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh báo cáo kết quả.\n\nKết "
                   "quả giai đoạn 2022-2025 của tỉnh:\n\n- Thu nhận hồ sơ cấp căn cước: 1.946.000 hồ sơ;\n- "
                   "Làm sạch dữ liệu đất đai: gần 870.000 thửa đất.\n\nKết luận hội nghị, Chủ tịch UBND tỉnh "
                   "yêu cầu Công an tỉnh tiếp tục đẩy mạnh thực hiện Đề án 06.", "2026-01")
    assert ("land_records_cleaned", 870000, "thửa đất", "giai đoạn 2022-2025", "Phú Thọ") in _figures(ex)


def test_crossings_a_post_cleared_are_border_crossings_not_illegal_exits() -> None:
    ex = extracted("Ngày 5/12/2025, Bí thư Tỉnh ủy Hà Tĩnh làm việc với Bộ đội Biên phòng tỉnh.\n\nNăm 2025, "
                   "Đồn Biên phòng cửa khẩu quốc tế Cầu Treo đã làm thủ tục cho hơn 800.000 lượt người xuất, "
                   "nhập cảnh; phát hiện, ngăn chặn 46 lượt người xuất cảnh trái phép.", "2025-12")
    keys = {(key, value) for key, value, *_ in _figures(ex)}
    assert ("border_crossings", 800000) in keys
    assert ("illegal_exits", 46) in keys


def test_a_birth_year_is_no_period_and_one_catchs_seizures_are_no_figures() -> None:
    ex = extracted("Ngày 6-4-2026, Công an xã Tân Phú, tỉnh Đồng Nai cho biết vừa bắt quả tang Trần Văn Lộc "
                   "(sinh năm 1994, ngụ xã Phú Lâm) về hành vi tàng trữ trái phép chất ma túy.\n\nKhám xét "
                   "nơi ở của Lộc, lực lượng chức năng thu giữ thêm 18 gam ma túy tổng hợp và 3 điện thoại "
                   "di động.", "2026-04")
    assert _figures(ex) == []
    # the province's figures the report adds name their period and are read
    ex = extracted("Ngày 6-4-2026, Công an xã Tân Phú, tỉnh Đồng Nai cho biết vừa bắt quả tang Trần Văn Lộc "
                   "(sinh năm 1994) về hành vi tàng trữ trái phép chất ma túy.\n\nTừ đầu năm 2026 đến nay, "
                   "Công an tỉnh đã thu giữ 4,2 kg ma túy các loại.", "2026-04")
    assert _figures(ex) == [("drug_seizures", 4.2, "kg", "từ đầu năm 2026 đến nay", "Đồng Nai")]


def test_a_count_with_a_former_provinces_area_and_its_period_after_it() -> None:
    ex = extracted("Ngày 20 tháng 1 năm 2026, UBND tỉnh Gia Lai tổ chức lễ khánh thành trụ sở làm việc Công "
                   "an xã Ia Grai.\n\nĐây là một trong 22 trụ sở Công an xã khu vực tỉnh Bình Định cũ được "
                   "đầu tư xây dựng trong năm 2025.", "2026-01")
    assert ("commune_police_headquarters", 22, "trụ sở", "năm 2025", "Bình Định") in _figures(ex)
