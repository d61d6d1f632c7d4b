"""Indicator fix pass ind50: short sentences in the genre, written for each rule."""

from __future__ import annotations

from extraction_reading import extracted_as_written


def _keys(ex) -> list[tuple[str | None, float, str | None]]:
    return [(i.metric_key, i.value, i.unit) for i in ex.indicators]


def test_a_count_joined_by_voi_after_what_it_counts() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Hà Giang sơ kết 6 tháng\n\n"
        "Ngày 5/7/2014, Công an tỉnh Hà Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2014.\n\n"
        "Trong 6 tháng đầu năm 2014, tình trạng xuất cảnh trái phép sang nước ngoài lao động vẫn còn phức "
        "tạp, với khoảng 420 lượt người. Tội phạm lừa đảo qua mạng có chiều hướng gia tăng với 17 vụ.",
        date="2014-07")
    assert ("illegal_exits", 420, "lượt người") in _keys(ex)
    assert ("high_tech_crime", 17, "vụ") in _keys(ex)
    exits = next(i for i in ex.indicators if i.value == 420)
    assert exits.text.startswith("với khoảng 420")


def test_a_count_after_voi_following_another_figure_is_not_read_so() -> None:
    ex = extracted_as_written(
        "Biên phòng tỉnh Kiên Giang sơ kết\n\n"
        "Ngày 5/7/2019, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang tổ chức sơ kết công tác 6 tháng.\n\n"
        "Lực lượng Biên phòng đã bắt giữ 9 vụ buôn lậu với 14 phương tiện. Hội nghị diễn ra với 120 đại "
        "biểu tham dự.",
        date="2019-07")
    keys = _keys(ex)
    assert ("smuggling", 9, "vụ") in keys
    assert not any(v == 120 for _, v, _ in keys)
    assert not any(k == "smuggling" and v == 14 for k, v, _ in keys)


def test_premises_in_breach_found_by_an_inspection_of_one_trade() -> None:
    ex = extracted_as_written(
        "Công an huyện Phú Lương sơ kết 6 tháng\n\n"
        "Ngày 2/7/2021, Công an huyện Phú Lương tổ chức sơ kết công tác 6 tháng đầu năm 2021.\n\n"
        "6 tháng đầu năm 2021, Công an huyện đã kiểm tra 58 cơ sở kinh doanh cầm đồ, phát hiện 9 cơ sở vi "
        "phạm. Lực lượng chức năng kiểm tra 74 lượt cơ sở kinh doanh karaoke, vũ trường, xử phạt 12 cơ sở vi "
        "phạm.",
        date="2021-07")
    keys = _keys(ex)
    assert ("pawnshop_violations", 9, "cơ sở") in keys
    assert ("entertainment_venue_violations", 12, "cơ sở") in keys


def test_an_inspection_of_bars_and_lodgings_names_no_one_trade() -> None:
    ex = extracted_as_written(
        "Công an phường Tân Mai kiểm tra cơ sở kinh doanh\n\n"
        "Ngày 8/10/2024, Công an phường Tân Mai tổ chức đợt kiểm tra.\n\n"
        "Qua kiểm tra 6 cơ sở karaoke và 31 nhà trọ, đoàn phát hiện 8 cơ sở vi phạm.",
        date="2024-10")
    assert not any(k == "entertainment_venue_violations" for k, _, _ in _keys(ex))


def test_cases_stopped_open_their_span_with_the_verb() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Điện Biên sơ kết công tác 6 tháng\n\n"
        "Ngày 9/7/2013, Công an tỉnh Điện Biên tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2013.\n\n"
        "Từ đầu năm 2013 đến nay, lực lượng chức năng đã ngăn chặn 4 vụ với 19 người có ý định xuất cảnh "
        "trái phép sang Lào.",
        date="2013-07")
    item = next(i for i in ex.indicators if i.value == 4)
    assert item.metric_key == "illegal_exits"
    assert item.text.startswith("ngăn chặn 4 vụ")


def test_cases_dealt_with_in_an_anti_smuggling_report_are_smuggling() -> None:
    ex = extracted_as_written(
        "Ban Chỉ đạo 389 tỉnh Lạng Sơn sơ kết công tác chống buôn lậu\n\n"
        "Ngày 10/7/2019, Ban Chỉ đạo 389 tỉnh Lạng Sơn họp sơ kết công tác chống buôn lậu, gian lận thương "
        "mại 6 tháng đầu năm 2019.\n\n"
        "6 tháng đầu năm 2019, các lực lượng chức năng đã bắt giữ, xử lý 734 vụ vi phạm, thu nộp ngân sách "
        "nhà nước 21 tỷ đồng.",
        date="2019-07")
    assert ("smuggling", 734, "vụ") in _keys(ex)


def test_accidents_with_no_word_of_their_kind_where_traffic_is_the_topic() -> None:
    ex = extracted_as_written(
        "Ban An toàn giao thông tỉnh Nghệ An sơ kết 6 tháng\n\n"
        "Ngày 4/7/2022, Ban An toàn giao thông tỉnh Nghệ An tổ chức sơ kết công tác 6 tháng đầu năm 2022.\n\n"
        "6 tháng đầu năm 2022, trên các tuyến đường sắt qua tỉnh xảy ra 5 vụ tai nạn, làm chết 4 người. "
        "Tai nạn giao thông đường bộ tiếp tục được kéo giảm. Trong 6 tháng, xảy ra 96 vụ, làm chết 71 "
        "người.\n\n"
        "Thành phố Vinh vẫn là địa phương có số vụ tai nạn nhiều nhất với 14 vụ.",
        date="2022-07")
    keys = _keys(ex)
    assert ("traffic_accidents", 5, "vụ") in keys
    assert ("traffic_accidents", 96, "vụ") in keys
    assert ("traffic_accidents", 14, "vụ") in keys
    assert next(i for i in ex.indicators if i.value == 5).text.endswith("5 vụ tai nạn")


def test_work_accidents_and_cases_of_another_topic_are_no_traffic_accidents() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Bình Dương sơ kết công tác phòng cháy\n\n"
        "Ngày 4/7/2022, Công an tỉnh Bình Dương tổ chức sơ kết công tác phòng cháy, chữa cháy 6 tháng đầu "
        "năm 2022.\n\n"
        "6 tháng đầu năm 2022, trên địa bàn tỉnh xảy ra 14 vụ cháy. Tại các khu công nghiệp xảy ra 6 vụ tai "
        "nạn lao động, làm chết 2 người.",
        date="2022-07")
    assert not any(k == "traffic_accidents" for k, _, _ in _keys(ex))


def test_an_intertitle_s_figure_is_read_as_a_title_s() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Thanh Hóa tổng kết công tác năm 2019\n\n"
        "Ngày 28/12/2019, Công an tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác công an năm 2019.\n\n"
        "Phạm pháp hình sự giảm 8,4%\n\n"
        "Năm 2019, trên địa bàn tỉnh xảy ra 702 vụ phạm pháp hình sự, giảm 8,4% so với năm 2018.\n\n"
        "Đại tá Nguyễn Văn A phát biểu tại hội nghị với 300 đại biểu",
        date="2019-12")
    heads = [i for i in ex.indicators if i.value == 8.4 and i.baseline is None]
    assert len(heads) == 1
    assert heads[0].metric_key == "social_order_crime" and heads[0].direction == "decrease"
    assert heads[0].period is None
    assert not any(i.value == 300 for i in ex.indicators)


def test_cases_and_vessels_seized_on_patrols_counted_in_nautical_miles() -> None:
    ex = extracted_as_written(
        "Vùng Cảnh sát biển 3 tổng kết công tác năm 2021\n\n"
        "Ngày 6/1/2022, Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức hội nghị tổng kết công tác năm 2021.\n\n"
        "Năm 2021, các biên đội tàu của Vùng đã thực hiện 96 chuyến tuần tra, kiểm soát với hơn 58.000 hải "
        "lý. Vùng đã phát hiện, bắt giữ 31 vụ, 38 phương tiện vi phạm; riêng quý IV bắt giữ 6 vụ vi phạm "
        "trên biển với 9 phương tiện.",
        date="2022-01")
    keys = _keys(ex)
    assert ("maritime_violations", 31, "vụ") in keys
    assert ("vehicles_impounded", 38, "phương tiện") in keys
    assert ("vehicles_impounded", 9, "phương tiện") in keys


def test_the_households_of_self_managed_teams_just_counted() -> None:
    ex = extracted_as_written(
        "Bộ đội Biên phòng tỉnh Kon Tum sơ kết phong trào\n\n"
        "Ngày 12/6/2020, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum sơ kết phong trào toàn dân tham gia bảo "
        "vệ chủ quyền lãnh thổ, an ninh biên giới.\n\n"
        "Đến nay, các đồn biên phòng đã phối hợp xây dựng 27 tổ tự quản đường biên, mốc quốc giới với 415 hộ "
        "tham gia.",
        date="2020-06")
    assert ("security_models", 27, "tổ") in _keys(ex)
    assert ("security_model_households", 415, "hộ") in _keys(ex)


def test_vessels_checked_on_the_waterways_and_vehicles_after_people_crossing() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Vĩnh Long sơ kết quý I\n\n"
        "Ngày 5/4/2022, Công an tỉnh Vĩnh Long tổ chức sơ kết công tác quý I/2022.\n\n"
        "Quý I/2022, lực lượng Cảnh sát đường thủy kiểm tra 860 lượt phương tiện, xử lý 74 trường hợp vi "
        "phạm. Cửa khẩu đã làm thủ tục xuất, nhập cảnh cho hơn 41.000 lượt người, tăng 6% so với quý "
        "IV/2021; hơn 9.300 lượt phương tiện.",
        date="2022-04")
    keys = _keys(ex)
    assert ("waterway_vehicle_inspections", 860, "lượt phương tiện") in keys
    assert ("border_crossings", 9300, "lượt phương tiện") in keys


def test_a_procuracy_s_recommendations_taken_up() -> None:
    ex = extracted_as_written(
        "Viện kiểm sát nhân dân tỉnh Trà Vinh tổng kết công tác năm 2018\n\n"
        "Ngày 4/1/2019, Viện kiểm sát nhân dân tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác kiểm sát năm "
        "2018.\n\n"
        "Năm 2018, Viện kiểm sát hai cấp đã ban hành 64 kiến nghị yêu cầu khắc phục vi phạm, được các cơ "
        "quan tiếp thu 61/64 kiến nghị. Viện kiểm sát cũng ban hành 12 kiến nghị phòng ngừa, có 12/12 kiến "
        "nghị được tiếp thu.",
        date="2019-01")
    keys = _keys(ex)
    assert ("procuracy_recommendations_accepted", 61, "kiến nghị") in keys
    assert ("procuracy_recommendations_accepted", 12, "kiến nghị") in keys


def test_violations_fined_where_illegal_fishing_is_the_topic() -> None:
    ex = extracted_as_written(
        "Quảng Ngãi họp Ban Chỉ đạo chống khai thác IUU\n\n"
        "Ngày 12/9/2024, Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy "
        "định (IUU) tỉnh Quảng Ngãi họp đánh giá kết quả 8 tháng. Dự họp có đại diện Công an tỉnh, Bộ "
        "Chỉ huy Bộ đội Biên phòng tỉnh.\n\n"
        "Toàn tỉnh hiện có 4.870 tàu cá. Từ đầu năm 2024 đến nay, các lực lượng đã phát hiện, xử phạt 64 vụ "
        "vi phạm, với tổng số tiền 1,2 tỷ đồng; kiểm tra, xử lý 9 tàu cá vi phạm quy định về khai thác thủy "
        "sản.",
        date="2024-09")
    keys = _keys(ex)
    assert ("iuu_violations", 64, "vụ") in keys
    assert ("iuu_violations", 9, "tàu cá") in keys


def test_the_audience_of_sessions_named_before_cho() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Gia Lai ký kết chương trình phối hợp với Tỉnh đoàn\n\n"
        "Ngày 20/3/2013, Công an tỉnh Gia Lai và Tỉnh đoàn Gia Lai ký kết chương trình phối hợp.\n\n"
        "Năm 2012, các cơ sở Đoàn đã phối hợp với lực lượng Công an tổ chức 87 buổi tuyên truyền pháp luật "
        "cho hơn 9.400 lượt đoàn viên, thanh niên.",
        date="2013-03")
    keys = _keys(ex)
    assert ("awareness_sessions", 87, "buổi") in keys
    assert ("awareness_attendance", 9400, "lượt") in keys
    assert next(i for i in ex.indicators if i.value == 9400).text.startswith("hơn 9.400")


def test_a_part_in_another_unit_its_whole_s_metric_counts() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Quảng Trị sơ kết công tác phòng, chống ma túy\n\n"
        "Ngày 6/7/2023, Công an tỉnh Quảng Trị tổ chức sơ kết công tác phòng, chống ma túy 6 tháng đầu năm "
        "2023.\n\n"
        "6 tháng đầu năm 2023, lực lượng chức năng đã phát hiện, bắt giữ 64 vụ, bắt 83 đối tượng, trong đó "
        "có 7 người nước ngoài; thu giữ 12 kg ma túy các loại.",
        date="2023-07")
    assert ("suspects_arrested", 7, "người") in _keys(ex)


def test_vessels_saved_after_the_people_saved() -> None:
    ex = extracted_as_written(
        "Bộ đội Biên phòng tỉnh Bạc Liêu sơ kết công tác 6 tháng\n\n"
        "Ngày 2/7/2019, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bạc Liêu tổ chức sơ kết công tác 6 tháng đầu năm "
        "2019.\n\n"
        "Từ đầu năm đến nay, lực lượng Biên phòng tỉnh đã tham gia cứu hộ, cứu nạn 9 vụ trên biển, cứu được "
        "57 ngư dân và 6 phương tiện.",
        date="2019-07")
    keys = _keys(ex)
    assert ("people_rescued", 57, "ngư dân") in keys
    assert ("vessels_rescued", 6, "phương tiện") in keys
