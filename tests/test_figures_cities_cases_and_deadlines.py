"""Rounds 32-33's classes of indicators, targets, periods and scopes (round 15's pass): short sentences in
the genre, written for each rule."""

from __future__ import annotations

from extraction_reading import extracted_as_written


def test_a_city_s_own_report_gives_its_unnamed_thanh_pho_to_the_city_not_the_province() -> None:
    ex = extracted_as_written(
        "TP. Tam Kỳ (Quảng Nam) triển khai nhiệm vụ bảo đảm trật tự an toàn giao thông năm 2023\n\n"
        "Sáng 10/2, Ban An toàn giao thông TP. Tam Kỳ họp triển khai nhiệm vụ năm 2023.\n\n"
        "Năm 2022, trên địa bàn thành phố xảy ra 21 vụ tai nạn giao thông, làm chết 9 người.",
        date="2023-02")
    assert {i.value: i.scope for i in ex.indicators} == {21: "Tam Kỳ", 9: "Tam Kỳ"}


def test_a_special_zone_s_own_bodies_and_area_hold_its_figures() -> None:
    ex = extracted_as_written(
        "Đặc khu Côn Đảo bảo đảm an ninh, trật tự dịp cuối năm\n\n"
        "Sáng 20-11, đồng chí Lê Văn Hùng, Bí thư Đảng ủy đặc khu Côn Đảo làm việc với Công an đặc khu "
        "về công tác bảo đảm an ninh, trật tự.\n\n"
        "Đặc khu Côn Đảo được thành lập từ ngày 1-7-2025 trên cơ sở huyện cùng tên thuộc tỉnh "
        "Bà Rịa - Vũng Tàu cũ, nay thuộc Thành phố Hồ Chí Minh.\n\n"
        "Từ ngày 1-7 đến nay, trên địa bàn đặc khu xảy ra 6 vụ phạm pháp hình sự, điều tra, làm rõ 6 vụ.",
        date="2025-11")
    assert {i.scope for i in ex.indicators} == {"Côn Đảo"}


def test_norms_of_an_agreement_take_the_interval_and_joint_patrol_keys() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Lào Cai và Cục Hải quan ký kết quy chế phối hợp\n\n"
        "Sáng 5/4, Công an tỉnh Lào Cai và Cục Hải quan tỉnh Lào Cai tổ chức lễ ký kết quy chế phối hợp.\n\n"
        "Theo quy chế, hai đơn vị thống nhất trao đổi thông tin định kỳ 3 tháng một lần; tổ chức tuần tra, "
        "kiểm soát chung ít nhất 1 lần mỗi tháng trên tuyến biên giới.", date="2022-04")
    assert {(t.value, t.unit): t.metric_key for t in ex.targets} == {
        (3, "tháng"): "info_exchange_interval_months", (1, "lần"): "joint_patrols"}


def test_goals_of_depot_cameras_swimming_lessons_drills_and_crimes_against_social_order() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Yên Bái triển khai nhiệm vụ năm 2024\n\n"
        "Ngày 8/1, Công an tỉnh Yên Bái tổ chức hội nghị triển khai nhiệm vụ năm 2024.\n\n"
        "Năm 2024, Công an tỉnh phấn đấu kéo giảm ít nhất 4% số vụ phạm tội về TTXH so với năm 2023; bảo đảm "
        "100% kho vật liệu nổ được lắp đặt camera giám sát.\n\n"
        "Ngành giáo dục phấn đấu đến cuối năm 2024, 100% học sinh tiểu học được học bơi an toàn.\n\n"
        "Huyện phấn đấu đến năm 2025, 100% xã được diễn tập chiến đấu phòng thủ.", date="2024-01")
    assert [t.metric_key for t in ex.targets] == [
        "social_order_crime", "explosive_depot_camera_rate", "pupils_swim_trained_rate",
        "commune_defence_drill_rate"]


def test_child_drowning_foreigners_declared_drills_and_traffic_violations_penalised() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Bình Định sơ kết công tác 6 tháng đầu năm 2024\n\n"
        "Ngày 5/7, Công an tỉnh Bình Định tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.\n\n"
        "6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 5 vụ đuối nước làm 7 trẻ em tử vong. Các cơ sở lưu "
        "trú đã khai báo tạm trú cho 25.000 lượt khách nước ngoài. Các huyện tổ chức 6 cuộc diễn tập chiến "
        "đấu trong khu vực phòng thủ cấp xã. Lực lượng Cảnh sát giao thông đã xử phạt 8.200 trường hợp vi "
        "phạm.", date="2024-07")
    assert {(i.value, i.unit): i.metric_key for i in ex.indicators} == {
        (5, "vụ"): "child_drowning_cases", (7, "trẻ em"): "child_drowning_deaths",
        (25000, "lượt khách"): "foreigner_residence_declarations", (6, "cuộc"): "defence_drills",
        (8200, "trường hợp"): "traffic_violations"}


def test_a_campaign_s_span_told_in_the_paragraph_before_is_the_deadline_of_its_goal() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Trà Vinh ra quân cao điểm dịp Tết\n\n"
        "Sáng 14/12, Công an tỉnh Trà Vinh tổ chức lễ ra quân đợt cao điểm tấn công trấn áp tội phạm dịp Tết "
        "Nguyên đán.\n\n"
        "Đợt cao điểm diễn ra từ ngày 15/12/2022 đến ngày 15/2/2023. Năm 2022, Công an tỉnh đã điều tra làm "
        "rõ 300 vụ phạm pháp hình sự.\n\n"
        "Theo kế hoạch, đợt cao điểm phấn đấu kéo giảm ít nhất 5% số vụ phạm pháp hình sự so với cùng kỳ Tết "
        "năm 2022.", date="2022-12")
    assert [t.deadline for t in ex.targets] == ["2023-02-15"]


def test_a_span_inside_a_request_of_the_paragraph_before_is_no_deadline() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Trà Vinh ra quân cao điểm dịp Tết\n\n"
        "Sáng 14/12, Công an tỉnh Trà Vinh tổ chức lễ ra quân đợt cao điểm tấn công trấn áp tội phạm dịp Tết "
        "Nguyên đán.\n\n"
        "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh yêu cầu Công an tỉnh mở đợt cao điểm từ ngày 15/12/2022 đến "
        "ngày 15/2/2023.\n\n"
        "Trong đợt cao điểm, phấn đấu kéo giảm ít nhất 5% số vụ phạm pháp hình sự so với cùng kỳ Tết "
        "năm 2022.", date="2022-12")
    assert [t.deadline for t in ex.targets] == [None]


def test_a_city_where_events_are_secured_in_a_request_is_no_scope_of_its_goal() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Khánh Hòa sơ kết công tác 6 tháng đầu năm 2023\n\n"
        "Ngày 6/7, Công an tỉnh Khánh Hòa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n\n"
        "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh đề nghị Công an tỉnh bảo đảm an ninh các lễ hội lớn "
        "tại TP Nha Trang; tăng cường phòng ngừa tội phạm lừa đảo; phấn đấu trong năm 2023 kéo giảm ít nhất "
        "5% số người chết vì tai nạn giao thông so với năm 2022.", date="2023-07")
    assert [t.scope for t in ex.targets] == ["Khánh Hòa"]


def test_a_drill_s_scenario_one_ring_and_one_catch_in_the_act_give_no_figures() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Nghệ An tổng kết đợt cao điểm\n\n"
        "Ngày 20/12, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết đợt cao điểm tấn công trấn áp tội phạm "
        "năm 2023.\n\n"
        "Trong đợt cao điểm, Công an tỉnh đã điều tra, làm rõ 150 vụ phạm pháp hình sự, bắt 210 đối tượng. "
        "Tiêu biểu, ngày 5-12, Phòng Cảnh sát hình sự triệt phá đường dây cá độ bóng đá qua mạng với số tiền "
        "giao dịch hơn 90 tỷ đồng, bắt 11 đối tượng. Đường dây đã tổ chức cho hơn 2.000 người tham gia đánh "
        "bạc. Ngày 10-12, Công an huyện Diễn Châu bắt quả tang 9 đối tượng đang đánh bạc tại một nhà dân.\n\n"
        "Theo tình huống giả định của buổi diễn tập, lực lượng Công an đã bắt giữ 4 đối tượng cầm đầu.",
        date="2023-12")
    assert sorted((i.value, i.unit) for i in ex.indicators) == [(150, "vụ"), (210, "đối tượng")]


def test_the_work_inspected_and_the_households_whose_records_are_checked_are_no_goals() -> None:
    ex = extracted_as_written(
        "Kiểm tra công tác bảo quản vật liệu nổ tại các mỏ đá\n\n"
        "Ngày 12-5, đoàn kiểm tra của Công an tỉnh Ninh Bình đã kiểm tra công tác bảo quản vật liệu nổ công "
        "nghiệp và bảo đảm an ninh, trật tự tại 4 doanh nghiệp khai thác đá trên địa bàn huyện Gia Viễn.\n\n"
        "Kết luận, trưởng đoàn yêu cầu Phòng Tài nguyên và Môi trường huyện rà soát hồ sơ kiểm đếm của 25 "
        "hộ, báo cáo trước ngày 30/5/2022; bảo đảm 100% kho vật liệu nổ được lắp đặt camera giám sát.",
        date="2022-05")
    assert [(t.value, t.unit) for t in ex.targets] == [(100, "%")]


def test_inspections_of_businesses_using_explosives_are_of_conditional_businesses() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Thanh Hóa sơ kết công tác quản lý vật liệu nổ\n\n"
        "Ngày 3/6, Công an tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác quản lý vũ khí, vật liệu nổ.\n\n"
        "Từ đầu năm 2022 đến nay, lực lượng Cảnh sát quản lý hành chính đã kiểm tra 42 lượt cơ sở kinh "
        "doanh, sử dụng vật liệu nổ công nghiệp.", date="2022-06")
    assert [(i.value, i.metric_key) for i in ex.indicators] == [(42, "conditional_business_inspections")]
