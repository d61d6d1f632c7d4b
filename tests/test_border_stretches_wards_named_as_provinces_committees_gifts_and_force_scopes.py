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


def test_a_steering_committee_for_a_month_of_action_is_named_with_its_province() -> None:
    text = ("Sáng 3-5, Ban Chỉ đạo Tháng hành động về an toàn, vệ sinh lao động tỉnh Đồng Nai tổ "
            "chức lễ phát "
            "động tại huyện Trảng Bom. Ông Nguyễn Văn Hoàng, Phó Chủ tịch UBND tỉnh dự và phát biểu.")
    names = [o.name for o in extracted(text, "2019-05-04").organizations]
    assert "Ban Chỉ đạo Tháng hành động về an toàn, vệ sinh lao động tỉnh Đồng Nai" in names


def test_a_region_commanders_position_is_kept_as_written() -> None:
    text = ("Chiều 8/3, đoàn công tác Bộ Tư lệnh Vùng Cảnh sát biển 2 do Chuẩn đô đốc Lê Văn Tâm, Tư lệnh "
            "Vùng dẫn đầu đã làm việc với UBND tỉnh Quảng Ngãi.")
    people = {p.name: p.positions for p in extracted(text, "2023-03-09").people}
    assert list(people["Lê Văn Tâm"]) == ["Tư lệnh Vùng"]


_LEAD = ("Sáng 20/12, Công an huyện Hương Khê tổ chức hội nghị tổng kết công tác bảo đảm an ninh, "
         "trật tự năm "
         "2022. Năm 2022, Công an huyện đã điều tra, làm rõ 45 vụ phạm pháp hình sự.\n\n")


def test_money_given_with_a_merit_certificate_is_a_commitment() -> None:
    text = _LEAD + ("Dịp này, UBND tỉnh Hà Tĩnh tặng Bằng khen và 50 triệu đồng cho Công an huyện "
                    "Hương Khê vì "
                    "thành tích xuất sắc.")
    gifts = [(c.kind, c.amount, c.unit, c.giver) for c in extracted(text, "2022-12-21").commitments]
    assert ("funding", 50, "triệu đồng", "UBND tỉnh Hà Tĩnh") in gifts


def test_gifts_in_the_reports_last_paragraph_cut_mid_sentence_are_read() -> None:
    text = _LEAD + ("Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh trao tặng 150 áo phao và 40 "
                    "túi thuốc y tế "
                    "cho ngư dân xã Kỳ Xuân; huyện tặng")
    gifts = [(c.kind, c.amount, c.unit) for c in extracted(text, "2022-12-21").commitments]
    assert ("equipment", 150, "áo phao") in gifts and ("other", 40, "túi") in gifts


def test_a_short_last_line_with_no_stop_stays_a_caption() -> None:
    text = _LEAD + "Đại tá Trần Văn Hùng trao tặng 150 áo phao cho ngư dân xã Kỳ Xuân"
    assert extracted(text, "2022-12-21").commitments == []


def test_a_sea_region_forces_own_figures_at_a_working_session_with_a_province_have_no_scope() -> None:
    text = ("Sáng 5/4, đoàn công tác Bộ Tư lệnh Vùng Cảnh sát biển 2 đã đến làm việc với UBND tỉnh "
            "Quảng Ngãi "
            "về công tác phối hợp bảo vệ chủ quyền biển, đảo.\n\n"
            "Theo báo cáo của Vùng Cảnh sát biển 2, năm 2022, đơn vị đã tổ chức 96 chuyến tuần tra, "
            "kiểm soát, "
            "bắt giữ 41 vụ buôn lậu.\n\n"
            "Theo báo cáo của Công an tỉnh, năm 2022, toàn tỉnh xảy ra 120 vụ phạm pháp hình sự.")
    scopes = {i.value: i.scope for i in extracted(text, "2023-04-06").indicators}
    assert scopes[96] is None and scopes[41] is None
    assert scopes[120] == "Quảng Ngãi"
