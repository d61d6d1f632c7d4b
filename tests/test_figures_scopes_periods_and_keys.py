"""Rounds 30-31's classes of indicators, targets, periods and scopes (round 15's pass): short sentences in
the genre, written for each rule."""

from __future__ import annotations

from extraction_reading import extracted_as_written


def test_a_provincial_city_s_police_named_with_tp_holds_the_report_s_figures_and_goals() -> None:
    ex = extracted_as_written(
        "Công an TP Cẩm Phả tổng kết công tác năm 2021\n\n"
        "Chiều 28/12, Công an TP Cẩm Phả tổ chức hội nghị tổng kết công tác công an năm 2021.\n\n"
        "Năm 2021, trên địa bàn thành phố xảy ra 72 vụ phạm tội về trật tự xã hội; Công an thành phố "
        "đã điều tra, làm rõ 66 vụ.\n\n"
        "Năm 2022, Công an thành phố phấn đấu tỷ lệ điều tra, khám phá án đạt trên 85%.", date="2021-12")
    assert {i.value: i.scope for i in ex.indicators} == {72: "Cẩm Phả", 66: "Cẩm Phả"}
    assert [(t.value, t.scope) for t in ex.targets] == [(85, "Cẩm Phả")]


def test_the_national_assembly_in_an_election_s_words_holds_nothing() -> None:
    ex = extracted_as_written(
        "Ban Thường vụ Tỉnh ủy Cao Bằng kết luận về công tác bảo đảm an ninh, trật tự\n\n"
        "Tại cuộc họp ngày 9/6, Ban Thường vụ Tỉnh ủy đánh giá: cuộc bầu cử đại biểu Quốc hội khóa XV "
        "diễn ra an toàn; tội phạm về trật tự xã hội xảy ra 58 vụ, giảm 7 vụ so với cùng kỳ năm 2020.",
        date="2021-06")
    assert {i.scope for i in ex.indicators} == {"Cao Bằng"}


def test_the_term_of_those_elected_is_no_period_of_the_figures_after_it() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Hà Giang sơ kết công tác 6 tháng đầu năm 2021\n\n"
        "Ngày 5/7, Công an tỉnh Hà Giang tổ chức hội nghị sơ kết công tác công an 6 tháng đầu năm 2021.\n\n"
        "6 tháng đầu năm 2021, Công an tỉnh đã bảo vệ an toàn cuộc bầu cử đại biểu Quốc hội khóa XV và "
        "đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026. Tội phạm về trật tự xã hội xảy ra 45 vụ.",
        date="2021-07")
    assert [(i.value, i.period) for i in ex.indicators] == [(45, "6 tháng đầu năm 2021")]


def test_a_holiday_named_by_its_days_is_the_period_and_the_baseline() -> None:
    ex = extracted_as_written(
        "CSGT Thanh Hóa ra quân bảo đảm an toàn giao thông dịp nghỉ lễ\n\n"
        "Sáng 27/4, Phòng Cảnh sát giao thông Công an tỉnh Thanh Hóa tổ chức lễ ra quân cao điểm dịp nghỉ lễ "
        "30/4 - 1/5 năm 2024.\n\n"
        "Dịp nghỉ lễ 30/4, 1/5 năm 2023, trên địa bàn tỉnh xảy ra 8 vụ tai nạn giao thông, "
        "làm chết 6 người.\n\n"
        "Mục tiêu của đợt cao điểm là kéo giảm ít nhất 10% số vụ tai nạn giao thông so với dịp nghỉ lễ "
        "năm 2023.",
        date="2024-04")
    assert {i.value: i.period for i in ex.indicators} == {8: "dịp nghỉ lễ 30/4, 1/5 năm 2023",
                                                          6: "dịp nghỉ lễ 30/4, 1/5 năm 2023"}
    assert [t.baseline for t in ex.targets] == ["dịp nghỉ lễ năm 2023"]


def test_bare_days_after_sau_are_the_period_of_a_review_of_as_many_days() -> None:
    ex = extracted_as_written(
        "Công an xã Phú Lộc sơ kết 100 ngày hoạt động\n\n"
        "Ngày 9/10, Công an xã Phú Lộc (tỉnh Huế) tổ chức hội nghị sơ kết 100 ngày hoạt động theo mô hình "
        "chính quyền hai cấp.\n\n"
        "Sau 100 ngày, Công an xã đã giải quyết 1.250 hồ sơ thủ tục hành chính.", date="2025-10")
    assert [(i.value, i.period) for i in ex.indicators] == [(1250, "100 ngày")]
    story = extracted_as_written(
        "Bắt đối tượng trộm cắp tài sản\n\n"
        "Ngày 3/5, Công an huyện Yên Thành (Nghệ An) tiếp nhận tin báo mất trộm. Sau 3 ngày, Công an "
        "huyện đã thu hồi 12 xe máy.", date="2024-05")
    assert all(i.period != "3 ngày" for i in story.indicators)


def test_norms_of_time_and_the_rate_of_timely_indictments_take_their_keys() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Long An và Công an tỉnh Svay Rieng ký kết biên bản hợp tác\n\n"
        "Ngày 12/3, Công an tỉnh Long An và Công an tỉnh Svay Rieng (Campuchia) tổ chức hội đàm. Hai bên "
        "thống nhất giao ban định kỳ 6 tháng một lần; trao trả đối tượng truy nã trong vòng 48 giờ kể từ "
        "khi bắt giữ; đề nghị các nhà mạng gỡ bỏ nội dung vi phạm trong vòng 24 giờ. "
        "Hai bên duy trì cơ chế giao ban định kỳ mỗi quý 1 lần giữa Công an các huyện giáp biên.\n\n"
        "Năm 2023, Viện kiểm sát tỉnh phấn đấu tỷ lệ truy tố đúng thời hạn đạt 100%.", date="2023-03")
    keys = {(t.value, t.unit): t.metric_key for t in ex.targets}
    assert keys[(6, "tháng")] == "briefing_interval_months"
    assert keys[(48, "giờ")] == "wanted_handover_hours"
    assert keys[(24, "giờ")] == "content_removal_hours"
    assert keys.get((1, "lần")) is None
    assert keys[(100, "%")] == "timely_indictment_rate"


def test_a_mediation_counts_mediated_disputes_and_admissions_to_rehab_are_no_arrests() -> None:
    ex = extracted_as_written(
        "Công an xã Hòa Bình sơ kết 6 tháng đầu năm 2024\n\n"
        "Ngày 2/7, Công an xã Hòa Bình (huyện Chợ Gạo, tỉnh Tiền Giang) tổ chức hội nghị sơ kết.\n\n"
        "6 tháng đầu năm 2024, Công an xã đã hòa giải thành 14 vụ mâu thuẫn trong nhân dân. Cơ sở cai nghiện "
        "ma túy tỉnh đã tiếp nhận 212 người vào cai nghiện bắt buộc.", date="2024-07")
    keys = {i.value: i.metric_key for i in ex.indicators}
    assert keys[14] == "disputes_mediated"
    assert keys[212] == "rehab_admissions"


def test_a_quarter_under_way_is_reviewed_and_its_clearance_rate_named_with_a_comma() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Lạng Sơn giao ban công tác quý III\n\n"
        "Ngày 27/9/2023, Công an tỉnh Lạng Sơn tổ chức hội nghị giao ban công tác công an quý III.\n\n"
        "Trong quý III/2023, tội phạm về trật tự xã hội xảy ra 38 vụ, giảm 9,5% so với cùng kỳ năm trước; "
        "tỷ lệ điều tra, khám phá đạt 90,2%.", date="2023-09-28")
    assert ex.targets == []
    keys = {i.value: i.metric_key for i in ex.indicators}
    assert (keys[9.5], keys[90.2]) == ("social_order_crime", "case_clearance_rate")
    ahead = extracted_as_written(
        "Công an tỉnh Lạng Sơn giao ban công tác quý III\n\n"
        "Ngày 27/6/2023, Công an tỉnh Lạng Sơn tổ chức hội nghị giao ban công tác công an.\n\n"
        "Trong quý III/2023, Công an tỉnh phấn đấu tỷ lệ điều tra, khám phá đạt trên 85%.", date="2023-06-28")
    assert [(t.value, t.metric_key) for t in ahead.targets] == [(85, "case_clearance_rate")]


def test_traffic_violations_abbreviated_vehicles_by_kind_and_records_cleaned_in_millions() -> None:
    ex = extracted_as_written(
        "Công an huyện Nghi Lộc tổng kết công tác năm 2023\n\n"
        "Ngày 20/12, Công an huyện Nghi Lộc (Nghệ An) tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
        "Năm 2023, Công an huyện đã xử lý 1.530 trường hợp vi phạm TTATGT, tạm giữ 312 mô tô, xe máy; làm "
        "sạch hơn 1,2 triệu trường hợp dữ liệu dân cư.", date="2023-12")
    found = {i.value: (i.metric_key, i.unit) for i in ex.indicators}
    assert found[1530] == ("traffic_violations", "trường hợp")
    assert found[312] == ("vehicles_impounded", "mô tô, xe máy")
    assert found[1200000] == ("population_records_cleaned", "trường hợp")


def test_a_fraction_s_whole_before_what_the_part_underwent_is_no_figure_unless_counted_in_cases() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Phú Yên triển khai Đề án 06\n\n"
        "Ngày 14/4, Công an tỉnh Phú Yên tổ chức hội nghị sơ kết Đề án 06.\n\n"
        "Năm 2023, toàn tỉnh đã có 22/25 dịch vụ công thiết yếu được cung cấp trực tuyến. Trong năm, "
        "có 48/55 vụ xâm phạm trật tự xã hội được điều tra, khám phá.", date="2023-04")
    values = [i.value for i in ex.indicators]
    assert 22 in values and 25 not in values
    assert 55 in values


def test_a_baseline_at_a_list_s_end_is_shared_by_the_changes_and_rates_before_it() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Cao Bằng giao ban công tác tháng 8\n\n"
        "Ngày 30/8, Công an tỉnh Cao Bằng tổ chức hội nghị giao ban công tác tháng 8/2022.\n\n"
        "Tháng 8/2022, tai nạn giao thông xảy ra 9 vụ, làm chết 6 người, giảm 3 vụ (-25%) và giảm 2 người "
        "chết (-25%) so với cùng kỳ năm trước.", date="2022-08-31")
    changes = [(i.value, i.baseline) for i in ex.indicators if i.direction is not None]
    assert changes and all(b == "cùng kỳ năm trước" for _, b in changes)
    assert {v for v, _ in changes} >= {3, 2, 25}


def test_a_goal_in_a_sentence_running_on_a_request_takes_the_request_s_year() -> None:
    ex = extracted_as_written(
        "Công an huyện Tiên Yên tổng kết công tác năm 2021\n\n"
        "Chiều 28/12, Công an huyện Tiên Yên (Quảng Ninh) tổ chức hội nghị tổng kết công tác năm 2021.\n\n"
        "Đồng chí Bí thư Huyện ủy yêu cầu Công an huyện trong năm 2022 tập trung giữ vững an ninh nông "
        "thôn. Tăng cường đấu tranh với tội phạm ma túy; phấn đấu tỷ lệ điều tra, khám phá án đạt trên 80%.",
        date="2021-12")
    assert [(t.value, t.deadline) for t in ex.targets] == [(80, "2022")]
