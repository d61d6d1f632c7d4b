"""Round 48's classes of figures (fix pass fix48b): short sentences in the genre, written for each rule."""

from __future__ import annotations

from extraction_reading import extracted_as_written


def _keys(ex) -> list[tuple[str | None, float, str | None]]:
    return [(i.metric_key, i.value, i.unit) for i in ex.indicators]


def test_fishing_vessels_checked_at_the_sea_mouths_and_trackers_turned_off() -> None:
    ex = extracted_as_written(
        "Bộ đội Biên phòng tỉnh Cà Mau sơ kết 6 tháng\n\n"
        "Ngày 3-7, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau tổ chức sơ kết công tác 6 tháng đầu năm 2023.\n\n"
        "6 tháng đầu năm 2023, Bộ đội Biên phòng tỉnh đã kiểm tra, kiểm soát 12.380 lượt tàu cá ra, vào các "
        "cửa biển, phát hiện 7 trường hợp tắt thiết bị giám sát hành trình.",
        date="2023-07")
    assert _keys(ex) == [("fishing_vessel_inspections", 12380, "lượt"),
                         ("vms_disconnections", 7, "trường hợp")]
    # the checks' span opens with their verbs, "kiểm soát" among them
    assert ex.indicators[0].text.startswith("kiểm tra, kiểm soát 12.380 lượt tàu cá")


def test_the_goods_value_of_smuggling_and_people_rescued_at_sea() -> None:
    ex = extracted_as_written(
        "Hải đoàn Cảnh sát biển làm việc với tỉnh Quảng Ninh\n\n"
        "Ngày 14/9/2021, Hải đoàn 22 Cảnh sát biển làm việc với UBND tỉnh Quảng Ninh về công tác phối "
        "hợp.\n\n"
        "Từ năm 2018 đến nay, Hải đoàn đã bắt giữ 19 vụ buôn lậu, vận chuyển trái phép hàng hóa với tổng "
        "giá trị hàng hóa trên 12 tỷ đồng. Lực lượng của Hải đoàn đã cứu nạn, cứu hộ thành công 64 người "
        "gặp nạn trên biển.",
        date="2021-09")
    assert ("smuggled_goods_value", 12, "tỷ đồng") in _keys(ex)
    assert ("people_rescued", 64, "người") in _keys(ex)


def test_successful_rescues_counted_in_cases_stay_rescue_operations() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Bến Tre sơ kết công tác phòng cháy 6 tháng\n\n"
        "Ngày 5/7, Phòng Cảnh sát PCCC và CNCH Công an tỉnh Bến Tre tổ chức sơ kết công tác 6 tháng đầu năm "
        "2023.\n\n"
        "6 tháng đầu năm 2023, trên địa bàn tỉnh xảy ra 9 vụ cháy. Lực lượng chức năng đã cứu nạn, cứu hộ "
        "thành công 14 vụ, cứu được 11 người.",
        date="2023-07")
    assert _keys(ex) == [("fires", 9, "vụ"), ("rescue_operations", 14, "vụ"), ("people_rescued", 11, "người")]


def test_cases_broken_up_in_a_sentence_that_seizes_drugs_are_drug_cases() -> None:
    ex = extracted_as_written(
        "Công an huyện Mường Lát đón nhận Huân chương\n\n"
        "Sáng 9/6, Công an huyện Mường Lát (Thanh Hóa) tổ chức lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng "
        "Nhì.\n\n"
        "Trong 5 năm qua, Công an huyện đã triệt phá 137 vụ, bắt 180 đối tượng, thu giữ 21 bánh heroin và "
        "hơn 9.000 viên ma túy tổng hợp.",
        date="2022-06")
    assert _keys(ex)[0] == ("drug_crime", 137, "vụ")


def test_cases_broken_up_with_no_drugs_in_their_sentence_name_no_kind() -> None:
    ex = extracted_as_written(
        "Công an huyện Mường Lát đón nhận Huân chương\n\n"
        "Sáng 9/6, Công an huyện Mường Lát (Thanh Hóa) tổ chức lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng "
        "Nhì. Mường Lát là địa bàn trọng điểm về tội phạm ma túy.\n\n"
        "Trong 5 năm qua, Công an huyện đã triệt phá 137 vụ, bắt 180 đối tượng, thu giữ 12 khẩu súng tự chế.",
        date="2022-06")
    assert "drug_crime" not in [i.metric_key for i in ex.indicators]


def test_a_rate_s_margin_over_its_norm_after_the_rate() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Quảng Bình tổng kết công tác năm 2019\n\n"
        "Ngày 25/12, Công an tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác năm 2019.\n\n"
        "Năm 2019, Công an tỉnh đã điều tra, khám phá 512 vụ phạm pháp hình sự, đạt tỷ lệ 83,2%, vượt 8,2% "
        "chỉ tiêu Bộ Công an giao; bắt 201 đối tượng truy nã.",
        date="2020-01")
    margin = next(i for i in ex.indicators if i.value == 8.2)
    assert (margin.metric_key, margin.direction, margin.baseline, margin.text) == (
        "case_clearance_rate", "increase", "chỉ tiêu Bộ Công an giao", "vượt 8,2% chỉ tiêu Bộ Công an giao")


def test_a_percentage_after_vuot_with_no_norm_is_no_margin() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Quảng Bình tổng kết công tác năm 2019\n\n"
        "Ngày 25/12, Công an tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác năm 2019.\n\n"
        "Năm 2019, Công an tỉnh đã điều tra, khám phá 512 vụ phạm pháp hình sự, đạt tỷ lệ 83,2%, vượt 8,2% "
        "so với năm 2018.",
        date="2020-01")
    assert [i for i in ex.indicators if i.value == 8.2 and i.baseline == "chỉ tiêu Bộ Công an giao"] == []
