"""Indicator fix pass ind2 (rounds 50-57), second step: sentences in the genre, written for each rule."""

from __future__ import annotations

from extraction_reading import extracted_as_written

_HEAD = ("Công an tỉnh Đắk Nông tổng kết năm 2022\n\n"
         "Ngày 28/12/2022, Công an tỉnh Đắk Nông tổ chức hội nghị tổng kết công tác năm 2022.\n\n")


def _keys(ex) -> list[tuple[str | None, float, str | None]]:
    return [(i.metric_key, i.value, i.unit) for i in ex.indicators]


def test_the_suspects_of_the_gangs_just_counted() -> None:
    ex = extracted_as_written(
        _HEAD + "Năm 2022, lực lượng Công an đã triệt phá 11 băng, nhóm tội phạm với 64 đối tượng.",
        date="2022-12")
    keys = _keys(ex)
    assert ("criminal_gangs", 11, "băng, nhóm") in keys
    assert ("suspects_arrested", 64, "đối tượng") in keys


def test_a_bare_operation_count_before_the_drug_cases_of_its_sentence() -> None:
    ex = extracted_as_written(
        _HEAD + "Bộ đội Biên phòng tỉnh đã phối hợp đấu tranh thành công 7 chuyên án, bắt giữ 21 vụ, 26 đối "
        "tượng mua bán trái phép chất ma túy.",
        date="2022-12")
    assert ("drug_operations", 7, "chuyên án") in _keys(ex)


def test_a_bare_operation_count_with_no_drugs_stays_unkeyed() -> None:
    ex = extracted_as_written(
        _HEAD + "Công an tỉnh đã đấu tranh thành công 5 chuyên án, bắt giữ 12 đối tượng trộm cắp tài sản.",
        date="2022-12")
    assert not any(k == "drug_operations" for k, _, _ in _keys(ex))


def test_migrants_returned_weapons_offences_grams_and_fraud_losses() -> None:
    ex = extracted_as_written(
        "Hơn 40 tỷ đồng bị lừa qua mạng trong năm 2022\n\n"
        "Ngày 28/12/2022, Công an tỉnh Đắk Nông tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
        "Năm 2022, lực lượng Công an đã vận động 19 hộ với 83 khẩu di cư tự do trở về địa phương; xử lý 8 vụ "
        "tàng trữ, sử dụng trái phép vũ khí; thu giữ 2,4 kg heroin và 380 gram ma túy đá.",
        date="2022-12")
    keys = _keys(ex)
    assert ("fraud_losses", 40, "tỷ đồng") in keys
    assert ("free_migrants_returned", 19, "hộ") in keys
    assert ("free_migrants_returned", 83, "khẩu") in keys
    assert ("explosives_violations", 8, "vụ") in keys
    assert ("drug_seizures", 380, "gram") in keys


def test_cases_inspected_are_no_part_of_the_cases_caught() -> None:
    ex = extracted_as_written(
        "Ban Chỉ đạo 389 tỉnh Quảng Ninh sơ kết 6 tháng\n\n"
        "Ngày 10/7/2022, Ban Chỉ đạo 389 tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác chống buôn lậu.\n\n"
        "Sáu tháng đầu năm, các lực lượng đã bắt giữ, xử lý 924 vụ vi phạm về buôn lậu, gian lận thương mại. "
        "Trong đó, Cục Hải quan tỉnh bắt giữ 87 vụ; Cục Quản lý thị trường tỉnh kiểm tra 612 vụ, xử lý 540 "
        "vụ vi phạm; Bộ đội Biên phòng tỉnh bắt giữ 41 vụ.",
        date="2022-07")
    keys = _keys(ex)
    assert ("smuggling", 87, "vụ") in keys
    assert ("smuggling", 540, "vụ") in keys
    assert not any(v == 612 for _, v, _ in keys)


def test_citizens_are_receptions_only_where_they_are_received() -> None:
    ex = extracted_as_written(
        _HEAD + "Lực lượng vũ trang tỉnh quản lý 9 khu cách ly tập trung với hơn 2.700 lượt công dân. Các cơ "
        "quan hành chính đã tiếp 1.318 lượt công dân đến khiếu nại, tố cáo.",
        date="2022-12")
    keys = _keys(ex)
    assert not any(v == 2700 for _, v, _ in keys)
    assert ("citizen_receptions", 1318, "lượt") in keys


def test_money_stopped_in_time_and_vessels_before_their_crew() -> None:
    ex = extracted_as_written(
        _HEAD + "Lực lượng chức năng đã phong tỏa 96 tài khoản, ngăn chặn kịp thời hơn 7 tỷ đồng trước khi "
        "bị chuyển đi. Năm 2022 có 14 tàu cá với 102 ngư dân của tỉnh bị nước ngoài bắt giữ.",
        date="2022-12")
    keys = _keys(ex)
    assert ("fraud_losses_prevented", 7, "tỷ đồng") in keys
    assert ("fishermen_detained_abroad", 14, "tàu cá") in keys
    assert ("fishermen_detained_abroad", 102, "ngư dân") in keys


def test_vessels_before_a_crew_whose_words_count_no_vessels_stay_unkeyed() -> None:
    ex = extracted_as_written(
        _HEAD + "Đồn Biên phòng đã cứu hộ 3 tàu cá với 21 ngư dân gặp nạn trên biển.",
        date="2022-12")
    assert not any(k == "fishermen_detained_abroad" for k, _, _ in _keys(ex))
