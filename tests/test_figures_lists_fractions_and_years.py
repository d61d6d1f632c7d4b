"""Round 34's classes of indicators, targets and periods (round 15's pass): short sentences in the genre,
written for each rule."""

from __future__ import annotations

from extraction_reading import extracted_as_written


def test_fraud_through_cyberspace_and_commune_police_paperwork_online_are_keyed() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Thái Bình họp giao ban tháng 9\n\n"
        "Sáng 2/10, Công an tỉnh Thái Bình họp giao ban công tác tháng 9 năm 2024.\n\n"
        "Trong tháng 9, trên địa bàn tỉnh xảy ra 7 vụ lừa đảo chiếm đoạt tài sản qua không gian mạng.\n\n"
        "Giám đốc Công an tỉnh yêu cầu năm 2025 phấn đấu có 100% công an cấp xã giải quyết thủ tục "
        "hành chính trên môi trường điện tử.",
        date="2024-10")
    assert [(i.metric_key, i.value) for i in ex.indicators] == [("high_tech_crime", 7)]
    assert [(t.metric_key, t.value) for t in ex.targets] == [("online_processing_rate", 100)]


def test_one_victim_s_loss_named_by_initials_is_no_figure() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Hà Nam cảnh báo lừa đảo qua mạng\n\n"
        "Công an tỉnh Hà Nam vừa phát đi cảnh báo về thủ đoạn giả danh nhân viên ngân hàng.\n\n"
        "Ngày 3/4, ông N.V.H. (ở huyện Kim Bảng) làm theo hướng dẫn và bị chiếm đoạt 300 triệu đồng.\n\n"
        "Từ đầu năm 2024 đến nay, trên địa bàn tỉnh xảy ra 20 vụ lừa đảo qua mạng, thiệt hại hơn 9 tỷ đồng.",
        date="2024-05")
    assert sorted(i.value for i in ex.indicators) == [9, 20]


def test_a_fraction_s_whole_not_counted_in_cases_is_no_figure() -> None:
    ex = extracted_as_written(
        "Công an xã Tân Lạc họp giao ban\n\n"
        "Chiều 5-11, Công an xã Tân Lạc, tỉnh Phú Thọ họp giao ban công tác tháng 10.\n\n"
        "Từ ngày 1-7 đến nay, Công an xã đã giải quyết 9/10 tin báo về tội phạm; chốt trực tại 3/4 điểm đen; "
        "điều tra, khám phá 5/6 vụ phạm pháp hình sự.",
        date="2025-11")
    assert sorted((i.value, i.unit) for i in ex.indicators) == [
        (3, "điểm đen"), (5, "vụ"), (6, "vụ"), (9, "tin báo")]


def test_a_centre_s_capacity_in_a_plan_is_no_figure() -> None:
    ex = extracted_as_written(
        "UBND tỉnh Sóc Trăng ban hành kế hoạch phòng, chống ma túy năm 2022\n\n"
        "UBND tỉnh Sóc Trăng vừa ban hành kế hoạch phòng, chống ma túy năm 2022.\n\n"
        "Năm 2021, Cơ sở cai nghiện ma túy tỉnh tiếp nhận 120 học viên. Sở Lao động - Thương binh và Xã hội "
        "chủ trì nâng cấp Cơ sở cai nghiện ma túy tỉnh, bảo đảm tiếp nhận 250 học viên.",
        date="2022-03")
    assert [i.value for i in ex.indicators if i.unit == "học viên"] == [120]


def test_every_row_of_a_list_by_district_counts_what_the_total_counted() -> None:
    ex = extracted_as_written(
        "Quảng Ngãi: 6 tháng đầu năm, tai nạn giao thông giảm\n\n"
        "Ngày 4/7, Ban An toàn giao thông tỉnh Quảng Ngãi tổ chức hội nghị sơ kết 6 tháng đầu năm 2020.\n\n"
        "6 tháng đầu năm 2020, toàn tỉnh xảy ra 90 vụ tai nạn giao thông, làm chết 60 người. Kết quả ở "
        "một số địa phương:\n\n"
        "- TP Quảng Ngãi: 20 vụ, làm chết 9 người;\n\n"
        "- Thị xã Đức Phổ: 14 vụ, làm chết 8 người;\n\n"
        "- Huyện Bình Sơn: 12 vụ, làm chết 7 người.",
        date="2020-07")
    rows = {(i.value, i.scope) for i in ex.indicators if i.metric_key == "traffic_accidents"}
    assert rows == {(90, "Quảng Ngãi"), (20, "Quảng Ngãi"), (14, "Đức Phổ"), (12, "Bình Sơn")}


def test_the_year_s_end_with_no_year_is_the_report_s_year_but_not_a_school_year() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Lai Châu sơ kết 6 tháng đầu năm 2012\n\n"
        "Ngày 6/7, Công an tỉnh Lai Châu tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\n\n"
        "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh yêu cầu Công an tỉnh phấn đấu đến cuối năm tỷ lệ điều "
        "tra khám phá án đạt trên 75%. Ông đề nghị Sở Giáo dục và Đào tạo phấn đấu đến hết năm học "
        "2012 - 2013, 100% trường học tổ chức ngoại khóa về phòng, chống ma túy.",
        date="2012-07")
    assert {t.value: t.deadline for t in ex.targets} == {75: "2012", 100: None}


def test_the_year_a_speech_s_points_open_with_and_the_year_an_interviewer_asks_about() -> None:
    ex = extracted_as_written(
        "Bí thư Tỉnh ủy phát biểu tại hội nghị Công an tỉnh Hà Tĩnh\n\n"
        "Ngày 10/1, Công an tỉnh Hà Tĩnh tổ chức hội nghị triển khai nhiệm vụ năm 2021.\n\n"
        "Năm 2021 là năm diễn ra bầu cử đại biểu Quốc hội. Tôi đề nghị Công an tỉnh tập trung các nhiệm "
        "vụ sau:\n\n"
        "Một là, bảo đảm tuyệt đối an toàn cuộc bầu cử.\n\n"
        "Hai là, tấn công trấn áp tội phạm, phấn đấu kéo giảm ít nhất 4% số vụ phạm tội về trật tự xã hội.",
        date="2021-01")
    assert [(t.value, t.deadline) for t in ex.targets] == [(4, "2021")]
    ex = extracted_as_written(
        "Giám đốc Công an tỉnh Bắc Kạn trả lời phỏng vấn đầu năm\n\n"
        "PV: Năm 2023, Công an tỉnh đặt ra những mục tiêu gì, thưa đồng chí?\n\n"
        "Đại tá Nguyễn Văn A: Chúng tôi phấn đấu tỷ lệ điều tra khám phá án đạt trên 82%.",
        date="2023-01")
    assert [(t.value, t.deadline) for t in ex.targets] == [(82, "2023")]
