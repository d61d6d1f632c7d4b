"""Round 47's classes of figures (fix pass fix47a): short sentences in the genre, written for each rule."""

from __future__ import annotations

from extraction_reading import extracted_as_written


def test_the_economy_s_rates_are_no_figures_of_the_register() -> None:
    ex = extracted_as_written(
        "Quý III: tai nạn giao thông trên địa bàn tỉnh Nam Định giảm\n\n"
        "Ban An toàn giao thông tỉnh Nam Định vừa có báo cáo tình hình quý III năm 2023.\n\n"
        "Quý III/2023, kinh tế tỉnh phục hồi, tổng sản phẩm trên địa bàn ước tăng 7,1%; khu vực dịch vụ tăng "
        "6,2%; kim ngạch xuất khẩu tăng 4,5%. Trên địa bàn tỉnh xảy ra 31 vụ tai nạn giao thông, giảm 12%.",
        date="2023-10")
    assert sorted((i.metric_key, i.value) for i in ex.indicators) == [
        ("traffic_accidents", 12), ("traffic_accidents", 31)]


def test_a_province_s_grdp_growth_is_no_rank() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Hưng Yên tổng kết năm 2022\n\n"
        "Ngày 28/12, Công an tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
        "Năm 2022, GRDP của tỉnh ước tăng 8,9%. Lực lượng Công an đã điều tra, khám phá 412 vụ phạm pháp "
        "hình sự.",
        date="2022-12")
    assert [i.value for i in ex.indicators if i.unit == "%"] == []


def test_licences_revoked_counted_in_cases() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Hà Tĩnh xử lý vi phạm giao thông tháng 5\n\n"
        "Công an tỉnh Hà Tĩnh vừa có báo cáo kết quả bảo đảm trật tự, an toàn giao thông tháng 5/2024.\n\n"
        "Trong tháng, lực lượng chức năng đã xử lý 2.310 trường hợp vi phạm; tước giấy phép lái xe 164 "
        "trường hợp; tạm giữ 385 phương tiện.",
        date="2024-06")
    assert ("licences_revoked", 164, "trường hợp") in [(i.metric_key, i.value, i.unit) for i in ex.indicators]


def test_a_bare_count_by_the_verb_of_an_earlier_kind_counts_that_kind() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Đồng Tháp báo cáo tình hình giao thông quý II\n\n"
        "Công an tỉnh Đồng Tháp vừa có báo cáo tình hình trật tự, an toàn giao thông quý II/2024.\n\n"
        "Các lực lượng đã kiểm tra, xử lý 6.120 trường hợp vi phạm trật tự, an toàn giao thông. Trên các "
        "tuyến sông, Cảnh sát đường thủy kiểm tra 640 lượt phương tiện, xử lý 57 trường hợp.",
        date="2024-07")
    assert [(i.metric_key, i.value) for i in ex.indicators if i.unit == "trường hợp"] == [
        ("traffic_violations", 6120), ("traffic_violations", 57)]


def test_a_part_takes_the_key_of_a_count_no_smaller_than_it() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Bắc Giang báo cáo quý I\n\n"
        "Công an tỉnh Bắc Giang vừa có báo cáo tình hình trật tự, an toàn giao thông quý I/2024.\n\n"
        "Lực lượng chức năng đã xử lý 9.410 trường hợp vi phạm trật tự, an toàn giao thông; tước giấy phép "
        "lái xe 520 trường hợp. Trong đó, vi phạm nồng độ cồn chiếm gần một nửa, với 4.380 trường hợp.",
        date="2024-04")
    assert [(i.metric_key, i.value) for i in ex.indicators if i.unit == "trường hợp"] == [
        ("traffic_violations", 9410), ("licences_revoked", 520), ("traffic_violations", 4380)]


def test_a_rate_s_margin_over_its_norm_and_a_ratio_to_last_year() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Hà Nam tổng kết công tác năm 2018\n\n"
        "Ngày 26/12/2018, Công an tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2018.\n\n"
        "Năm 2018, tỷ lệ điều tra, khám phá án đạt 88,2%, vượt 8,2% chỉ tiêu Bộ Công an giao. Lực lượng "
        "công an đã bắt, vận động đầu thú 35 đối tượng truy nã, bằng 105% so với năm 2017.",
        date="2018-12")
    got = [(i.metric_key, i.value, i.direction, i.baseline, i.text) for i in ex.indicators if i.unit == "%"]
    assert ("case_clearance_rate", 8.2, "increase", "chỉ tiêu Bộ Công an giao",
            "vượt 8,2% chỉ tiêu Bộ Công an giao") in got
    assert ("wanted_arrested", 105, None, "năm 2017", "bằng 105% so với năm 2017") in got


def test_a_count_after_doi_voi_and_a_rate_that_bounds_are_no_figures() -> None:
    ex = extracted_as_written(
        "Tổ công tác Đề án 06 tỉnh Hà Nam họp đánh giá tiến độ\n\n"
        "Chiều 10/10/2023, Tổ công tác triển khai Đề án 06 tỉnh Hà Nam họp đánh giá tiến độ 9 tháng "
        "năm 2023.\n\n"
        "Công an tỉnh đã kích hoạt 312.000 tài khoản định danh điện tử mức độ 2. "
        "Đối với 53 dịch vụ công thiết yếu, tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2%. Vẫn còn 2/6 huyện "
        "có tỷ lệ kích hoạt định danh điện tử dưới 40%.",
        date="2023-10")
    values = [i.value for i in ex.indicators]
    assert 53 not in values and 40 not in values
    assert 41.2 in values


def test_fractions_of_villages_and_districts_written_as_lists_of_their_kinds() -> None:
    ex = extracted_as_written(
        "Công an huyện Yên Định sơ kết 6 tháng đầu năm 2020\n\n"
        "Ngày 6/7/2020, Công an huyện Yên Định, tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác 6 tháng đầu "
        "năm 2020.\n\n"
        "Toàn huyện hiện có 162/190 thôn, khu phố đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"; 78% khu "
        "dân cư đạt tiêu chuẩn an toàn về an ninh, trật tự.",
        date="2020-07")
    got = [(i.metric_key, i.value, i.unit) for i in ex.indicators]
    assert ("safe_residential_areas", 162, "thôn, khu phố") in got
    assert ("safe_residential_areas_rate", 78, "%") in got


def test_districts_without_drug_hot_spots_counted_as_a_fraction() -> None:
    ex = extracted_as_written(
        "Sơ kết 6 tháng công tác phòng, chống ma túy tỉnh Thanh Hóa\n\n"
        "Sáng 20/6/2024, Ban Chỉ đạo phòng, chống tội phạm tỉnh Thanh Hóa sơ kết công tác phòng, chống "
        "ma túy 6 tháng đầu năm 2024.\n\n"
        "6 tháng đầu năm, lực lượng chức năng phát hiện, bắt giữ 312 vụ phạm tội về ma túy. Đến nay, toàn "
        "tỉnh có 14/26 huyện, thị xã, thành phố không còn xã trọng điểm về ma túy.",
        date="2024-06")
    got = [(i.metric_key, i.value, i.unit) for i in ex.indicators]
    assert ("districts_without_drug_hotspots", 14, "huyện, thị xã, thành phố") in got


def test_a_fire_police_year_bodies_recovered_designs_approved_and_buildings_accepted() -> None:
    ex = extracted_as_written(
        "Phòng Cảnh sát PCCC và CNCH Công an tỉnh Long An tổng kết năm 2022\n\n"
        "Ngày 27-12-2022, Phòng Cảnh sát PCCC và CNCH Công an tỉnh Long An tổ chức hội nghị tổng kết "
        "công tác năm 2022.\n\n"
        "Năm 2022, trên địa bàn tỉnh xảy ra 21 vụ cháy. Ngoài ra, xảy ra 2 vụ nổ. Lực lượng Cảnh sát PCCC "
        "đã cứu nạn, cứu hộ 31 vụ, cứu được 12 người, tìm kiếm 15 thi thể nạn nhân. Đơn vị đã thẩm duyệt "
        "thiết kế 604 hồ sơ, nghiệm thu 388 công trình. Có 41/530 công trình chưa được nghiệm thu về "
        "phòng cháy, chữa cháy.",
        date="2022-12")
    got = [(i.metric_key, i.value) for i in ex.indicators]
    assert ("fires", 2) in got
    assert ("bodies_recovered", 15) in got
    assert ("fire_design_approvals", 604) in got
    assert ("fire_acceptances", 388) in got
    assert ("fire_unaccepted_buildings", 41) in got


def test_records_cleaned_and_applications_counted_by_turns() -> None:
    ex = extracted_as_written(
        "Tổ công tác Đề án 06 tỉnh Hải Dương họp tiến độ quý III\n\n"
        "Chiều 12/10/2023, Tổ công tác triển khai Đề án 06 tỉnh Hải Dương họp đánh giá tiến độ 9 tháng năm "
        "2023.\n\n"
        "Công an tỉnh đã kích hoạt 540.000 tài khoản định danh điện tử. Toàn tỉnh đã làm sạch 1.126.000 dữ "
        "liệu dân cư; tiếp nhận 48,2 nghìn lượt hồ sơ trực tuyến.",
        date="2023-10")
    got = [(i.metric_key, i.value, i.unit) for i in ex.indicators]
    assert ("population_records_cleaned", 1126000, "dữ liệu") in got
    assert ("online_applications", 48200, "lượt hồ sơ") in got


def test_money_after_a_fine_a_taking_and_a_sum_paid_to_the_budget() -> None:
    ex = extracted_as_written(
        "Công an TP Huế tổng kết công tác năm 2013\n\n"
        "Ngày 6/1/2014, Công an TP Huế, tỉnh Thừa Thiên Huế tổng kết công tác năm 2013.\n\n"
        "Năm 2013, Đội Cảnh sát kinh tế phát hiện 9 vụ lừa đảo qua mạng, chiếm đoạt khoảng 2,1 tỷ đồng. "
        "Lực lượng Cảnh sát môi trường phát hiện 38 vụ vi phạm về môi trường, xử phạt 265 triệu đồng. "
        "Số tiền xử phạt vi phạm hành chính, bán hàng tịch thu nộp ngân sách nhà nước đạt 12,4 tỷ đồng. "
        "Chi cục Thuế đã truy thu, xử phạt hơn 8 tỷ đồng; đến hết năm 2014 tỷ lệ thu nợ thuế phải đạt 90%.",
        date="2014-01")
    got = [(i.metric_key, i.value, i.unit) for i in ex.indicators if i.unit in ("tỷ đồng", "triệu đồng")]
    assert got == [("fraud_losses", 2.1, "tỷ đồng"), ("fines_collected", 265, "triệu đồng"),
                   ("fines_collected", 12.4, "tỷ đồng")]


def test_parts_by_sub_kind_in_a_bracket_after_a_count() -> None:
    ex = extracted_as_written(
        "Công an huyện Nông Cống sơ kết 6 tháng đầu năm 2021\n\n"
        "Ngày 2/7/2021, Công an huyện Nông Cống, tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác 6 tháng đầu "
        "năm 2021.\n\n"
        "6 tháng đầu năm, lực lượng chức năng phát hiện 12 vụ, 15 đối tượng phạm tội về ma túy (10 vụ tàng "
        "trữ, 2 vụ mua bán). Tội phạm về trật tự xã hội giảm 4 vụ (-9,5%).",
        date="2021-07")
    got = [(i.metric_key, i.value, i.text) for i in ex.indicators if i.unit == "vụ"]
    assert ("drug_crime", 10, "10 vụ tàng trữ") in got
    assert ("drug_crime", 2, "2 vụ mua bán") in got


def test_a_title_s_bare_count_takes_the_body_s_metric_for_the_same_number() -> None:
    ex = extracted_as_written(
        "Phòng Cảnh sát kinh tế Công an tỉnh: Phát hiện 214 vụ vi phạm trong năm 2015\n\n"
        "Ngày 18/12/2015, Phòng Cảnh sát kinh tế Công an tỉnh Cao Bằng tổng kết công tác năm 2015.\n\n"
        "Năm 2015, Phòng đã phát hiện, bắt giữ 214 vụ vi phạm về buôn lậu, gian lận thương mại và hàng giả.",
        date="2015-12")
    got = [(i.metric_key, i.value, i.period, i.text) for i in ex.indicators]
    assert got[0] == ("smuggling", 214, "năm 2015", "Phát hiện 214 vụ")
    assert [g[0] for g in got] == ["smuggling", "smuggling"]


def test_a_field_named_by_its_short_label_opens_a_count() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Hưng Yên tổng kết công tác năm 2017\n\n"
        "Chiều 26/12/2017, Công an tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác năm 2017.\n\n"
        "Trên lĩnh vực kinh tế, phát hiện 58 vụ vi phạm, thu nộp ngân sách 3,2 tỷ đồng.",
        date="2017-12")
    assert ("economic_crime", 58) in [(i.metric_key, i.value) for i in ex.indicators]
