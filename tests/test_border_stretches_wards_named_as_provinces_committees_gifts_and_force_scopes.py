"""Round 48's classes of places, bodies, gifts and scope (branch fix48): districts named bare as a border's
stretch ("tuyến biên giới A - B") or a sea area ("vùng biển A"); in a report from July 2025, a ward named
like a former province in a list of wards; a steering committee with a long name and its province; "Tư lệnh
Vùng" as written; money given with a merit certificate; life-jackets and bags of medicine given; a maritime
force's own figures at a working session with a city given no scope.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted


def _places(ex) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.level, p.code) for p in ex.localities]


def test_a_borders_stretch_and_a_sea_area_name_the_districts_bare() -> None:
    text = ("Ngày 12-6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác 6 tháng "
            "đầu năm. Đại tá Trần Văn Lâm, Chỉ huy trưởng yêu cầu các đồn tăng cường tuần tra trên tuyến "
            "biên giới Tràng Định - Văn Lãng.\n\n"
            "Cùng ngày, Bộ đội Biên phòng tỉnh Quảng Ninh ra quân kiểm soát tàu cá trên vùng biển Cô Tô.")
    places = _places(extracted(text, "2023-06-13"))
    assert ("Tràng Định", "district", "180") in places
    assert ("Văn Lãng", "district", "182") in places
    assert ("Cô Tô", "district", "207") in places


def test_a_border_between_countries_names_no_district() -> None:
    text = ("Bộ đội Biên phòng tỉnh Quảng Trị phối hợp tuần tra trên tuyến biên giới Việt Nam - Lào, "
            "không để hình thành tụ điểm mua bán ma túy.")
    places = _places(extracted(text, "2022-04-02"))
    assert [p for p in places if p[1] == "district"] == []


def test_a_ward_named_like_a_former_province_goes_on_a_list_of_wards_since_july_2025() -> None:
    text = ("Sáng 9/12, Công an tỉnh Cà Mau tổ chức hội nghị. Tai nạn giao thông tập trung trên Quốc lộ 1 "
            "qua các phường Tân Thành, Bạc Liêu, Giá Rai.")
    places = _places(extracted(text, "2025-12-10"))
    assert ("Bạc Liêu", "province", "96") not in places
    names = [(name, level) for name, level, _code in places]
    assert ("Bạc Liêu", "commune") in names and ("Giá Rai", "commune") in names
    # a province that still is one ends the list
    text = "Đoàn đã làm việc tại các phường Tân Thành, Bạc Liêu, Hà Nội trong tháng 11."
    assert ("Hà Nội", "province") in [(n, lv) for n, lv, _c in _places(extracted(text, "2025-12-10"))]
