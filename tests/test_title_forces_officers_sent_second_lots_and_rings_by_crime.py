"""Round 44's classes of commitments and figures (branch fix44b): a title's pledge (its giver from the body's
telling of it), officers a body sends to another ("tăng cường cho X N cán bộ"), a second lot of people sent
along ("cùng N thành viên …"), things pledged after a thousands dot ("1.500 cán bộ, …, lắp đặt 64 camera"),
a part after ";" with no subject of its own, and rings counted by their crime.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_of, commitments_read, extracted, figures_of


def test_a_titles_forces_are_a_commitment_given_by_the_body_that_tells_them_again() -> None:
    text = ("Huy động hơn 4.000 cán bộ, chiến sĩ bảo vệ Lễ hội pháo hoa quốc tế\n\n"
            "Sáng 2-6, Công an tỉnh Khánh Hòa tổ chức hội nghị triển khai phương án bảo đảm "
            "an ninh, trật tự Lễ "
            "hội pháo hoa quốc tế.\n\n"
            "Theo phương án, Công an tỉnh huy động hơn 4.000 cán bộ, chiến sĩ tham gia bảo vệ "
            "các điểm bắn pháo "
            "hoa và các tuyến đường.")
    found = commitments_of(text, "2023-06")
    assert commitments_read(found) == [
        ("staffing", 4000, "cán bộ, chiến sĩ", "Công an tỉnh Khánh Hòa", None),
        ("staffing", 4000, "cán bộ, chiến sĩ", "Công an tỉnh Khánh Hòa", None)]
    assert found[0].text == "Huy động hơn 4.000 cán bộ, chiến sĩ"


def test_a_titles_rounded_count_takes_the_giver_of_the_bodys_exact_one() -> None:
    text = ("Huy động hơn 2.000 cán bộ, chiến sĩ bảo vệ kỳ thi\n\n"
            "Sáng 20-6, Công an tỉnh Nam Định tổ chức hội nghị triển khai kế hoạch bảo vệ kỳ "
            "thi tốt nghiệp "
            "THPT. Theo kế hoạch, Công an tỉnh sẽ huy động 2.180 cán bộ, chiến sĩ bảo vệ các "
            "điểm thi.")
    assert commitments_read(commitments_of(text, "2024-06"))[0] == (
        "staffing", 2000, "cán bộ, chiến sĩ", "Công an tỉnh Nam Định", None)


def test_a_title_with_no_pledge_in_the_body_keeps_no_giver_of_another_count() -> None:
    text = ("Huy động 900 cán bộ, chiến sĩ bảo vệ kỳ thi\n\n"
            "Sáng 20-6, Công an tỉnh Nam Định tổ chức hội nghị triển khai kế hoạch bảo vệ kỳ "
            "thi tốt nghiệp "
            "THPT. Theo kế hoạch, Công an tỉnh sẽ huy động 2.180 cán bộ, chiến sĩ bảo vệ các "
            "điểm thi.")
    assert commitments_read(commitments_of(text, "2024-06"))[0] == (
        "staffing", 900, "cán bộ, chiến sĩ", None, None)


def test_officers_sent_to_a_body_named_before_their_count_are_staffing_it_receives() -> None:
    text = ("Sáng 3-9, Công an tỉnh Thừa Thiên Huế tổ chức hội nghị triển khai phương án bảo vệ "
            "Festival Huế. "
            "Bộ Công an tăng cường cho Công an tỉnh Thừa Thiên Huế 600 cán bộ, chiến sĩ thuộc "
            "Bộ Tư lệnh Cảnh "
            "sát cơ động.")
    found = commitments_of(text, "2024-09")
    assert commitments_read(found) == [
        ("staffing", 600, "cán bộ, chiến sĩ", "Bộ Công an", "Công an tỉnh Thừa Thiên Huế")]
    assert found[0].text.endswith("tăng cường cho Công an tỉnh Thừa Thiên Huế 600 cán bộ, chiến sĩ")


def test_a_second_lot_of_people_sent_along_with_the_officers_is_staffing_of_the_same_giver() -> None:
    text = ("Sáng 10-3, Công an tỉnh Hà Tĩnh tổ chức hội nghị triển khai kế hoạch bảo vệ bầu cử. "
            "Theo kế hoạch, "
            "Công an tỉnh sẽ huy động 1.600 cán bộ, chiến sĩ cùng với 2.300 thành viên tổ bảo "
            "vệ an ninh, trật "
            "tự ở cơ sở tham gia bảo vệ các điểm bỏ phiếu.")
    found = commitments_of(text, "2026-03")
    assert commitments_read(found) == [
        ("staffing", 1600, "cán bộ, chiến sĩ", "Công an tỉnh Hà Tĩnh", None),
        ("staffing", 2300, "thành viên", "Công an tỉnh Hà Tĩnh", None)]
    assert found[1].text == "2.300 thành viên tổ bảo vệ an ninh, trật tự ở cơ sở"


def test_things_planned_after_a_count_with_a_thousands_dot_and_a_part_after_a_semicolon() -> None:
    text = ("Chiều 5-5, đoàn công tác của Bộ Công an kiểm tra công tác bảo đảm an ninh tại nhà thi đấu. "
            "Báo cáo "
            "với đoàn, Đại tá Trần Văn Long, Phó Giám đốc Công an tỉnh Bắc Ninh cho biết: "
            "Công an tỉnh đã xây "
            "dựng 8 phương án; dự kiến huy động 1.200 cán bộ, chiến sĩ mỗi ngày thi đấu, lắp "
            "đặt 40 camera "
            "giám sát quanh nhà thi đấu và 2 cổng soi chiếu an ninh.")
    found = commitments_of(text, "2022-05")
    assert commitments_read(found) == [
        ("staffing", 1200, "cán bộ, chiến sĩ", "Công an tỉnh Bắc Ninh", None),
        ("equipment", 40, "camera", "Công an tỉnh Bắc Ninh", None),
        ("equipment", 2, "cổng", "Công an tỉnh Bắc Ninh", None)]


def test_cameras_already_installed_are_no_pledge_after_a_thousands_dot_either() -> None:
    text = ("Sáng 5-1, Công an huyện Yên Dũng tổng kết công tác năm 2023. Năm qua, đơn vị đã kiểm tra 1.250 "
            "lượt cơ sở, lắp đặt 64 camera an ninh tại các thôn.")
    assert [c for c in commitments_of(text, "2024-01") if c.unit == "camera"] == []


def test_rings_counted_by_their_crime_take_its_key() -> None:
    text = ("Công an tỉnh Tây Ninh sơ kết công tác phòng, chống tín dụng đen\n\n"
            "Sáng 12-12, Công an tỉnh Tây Ninh tổ chức sơ kết. Từ tháng 6 đến nay, Công an "
            "tỉnh đã triệt phá 6 "
            "đường dây cho vay lãi nặng, 3 ổ nhóm cá độ bóng đá qua mạng và 2 đường dây mua "
            "bán người.")
    found = figures_of(extracted(text, "2023-12"))
    assert ("usury", 6, "đường dây") in found
    assert ("gambling", 3, "ổ nhóm") in found


def test_a_ring_with_no_crime_counted_in_its_unit_stays_a_gang() -> None:
    text = ("Công an tỉnh Tây Ninh sơ kết công tác năm\n\n"
            "Sáng 12-12, Công an tỉnh Tây Ninh tổ chức sơ kết. Từ đầu năm đến nay, Công an "
            "tỉnh đã triệt phá 5 "
            "băng nhóm tội phạm hình sự.")
    assert ("criminal_gangs", 5, "băng nhóm") in figures_of(extracted(text, "2023-12"))


def test_a_rings_transactions_are_no_fine_but_a_fine_told_by_its_sum_stays_one() -> None:
    text = ("Xét xử đường dây đánh bạc qua mạng\n\n"
            "Ngày 24/11, TAND tỉnh Gia Lai mở phiên tòa sơ thẩm xét xử 8 bị cáo trong đường "
            "dây tổ chức đánh bạc "
            "qua mạng với số tiền giao dịch hơn 300 tỷ đồng. Trong năm, Phòng Cảnh sát PCCC "
            "và CNCH đã xử phạt 20 "
            "trường hợp vi phạm về phòng cháy, chữa cháy với số tiền 150 triệu đồng.")
    found = figures_of(extracted(text, "2022-11"))
    assert all(value != 300 for _, value, _ in found)
    assert ("fire_safety_fines", 150, "triệu đồng") in found


def test_lodging_places_inspected_by_the_visit_and_declarations_received_of_foreigners() -> None:
    text = ("Công an tỉnh Quảng Ninh bảo đảm an ninh mùa du lịch\n\n"
            "Sáng 2-7, Công an tỉnh Quảng Ninh tổ chức hội nghị. Từ đầu năm đến nay, lực "
            "lượng Công an đã kiểm tra "
            "512 lượt cơ sở lưu trú, phát hiện 23 trường hợp không khai báo tạm trú; tiếp "
            "nhận khai báo tạm trú "
            "của 6.800 lượt người nước ngoài.")
    found = figures_of(extracted(text, "2023-07"))
    assert ("conditional_business_inspections", 512, "lượt cơ sở") in found
    assert ("residence_violations", 23, "trường hợp") in found
    assert ("foreigner_residence_declarations", 6800, "lượt người") in found


def _targets_read(text: str, date: str) -> list[tuple[str | None, float, str, bool]]:
    return [(t.metric_key, t.value, t.unit, t.at_least) for t in extracted(text, date).targets]


def test_one_floor_over_two_counts_joined_by_va_floors_the_second_on_its_own_words() -> None:
    text = ("Công an tỉnh Hà Tĩnh triển khai kế hoạch bảo vệ bầu cử\n\n"
            "Sáng 10/3, Công an tỉnh Hà Tĩnh tổ chức hội nghị triển khai kế hoạch bảo vệ bầu "
            "cử. Mỗi khu vực bỏ "
            "phiếu bố trí ít nhất 2 cán bộ, chiến sĩ Công an và 3 thành viên tổ bảo vệ an "
            "ninh, trật tự trực bảo "
            "vệ.")
    ex = extracted(text, "2026-03")
    assert [(t.metric_key, t.value, t.at_least) for t in ex.targets] == [
        ("polling_station_officers", 2, True), ("polling_station_team_members", 3, True)]
    assert ex.targets[1].text.startswith("3 thành viên tổ bảo vệ an ninh")


def test_a_count_after_va_with_no_floor_before_it_keeps_none() -> None:
    text = ("Công an tỉnh Hà Tĩnh triển khai kế hoạch bảo vệ bầu cử\n\n"
            "Sáng 10/3, Công an tỉnh Hà Tĩnh tổ chức hội nghị triển khai kế hoạch bảo vệ bầu "
            "cử. Mỗi khu vực bỏ "
            "phiếu bố trí 2 cán bộ, chiến sĩ Công an và 3 thành viên tổ bảo vệ an ninh, trật "
            "tự trực bảo vệ.")
    assert all(not t.at_least for t in extracted(text, "2026-03").targets)


def test_goals_of_lodging_checks_screening_medical_staff_and_safe_schools_have_keys() -> None:
    text = ("Công an tỉnh Ninh Bình bảo đảm an ninh giải đấu\n\n"
            "Sáng 2-5, Giám đốc Công an tỉnh Ninh Bình yêu cầu Công an các huyện hoàn thành "
            "kiểm tra 100% cơ sở "
            "lưu trú trên địa bàn trước ngày 10-5; bảo đảm 100% khán giả được soi chiếu an "
            "ninh trước khi vào "
            "sân; mỗi chốt có ít nhất 1 nhân viên y tế trực. Ông đề nghị ngành giáo dục phấn "
            "đấu đến năm 2025, "
            "100% trường học đạt tiêu chuẩn an toàn về an ninh, trật tự.")
    found = _targets_read(text, "2023-05")
    assert ("accommodation_inspection_rate", 100, "%", False) in found
    assert ("spectator_screening_rate", 100, "%", False) in found
    assert ("checkpoint_medical_staff", 1, "nhân viên y tế", True) in found
    assert ("safe_schools_rate", 100, "%", False) in found


def test_the_people_of_cases_whose_words_list_two_crimes_are_the_suspects() -> None:
    text = ("Công an tỉnh Hải Dương sơ kết đợt cao điểm\n\n"
            "Sáng 25-7, Công an tỉnh Hải Dương tổ chức sơ kết. Trong đợt cao điểm, Công an tỉnh phát hiện, "
            "bắt giữ 38 vụ đánh bạc, cá độ bóng đá với 190 đối tượng.")
    found = figures_of(extracted(text, "2018-07"))
    assert ("gambling", 38, "vụ") in found
    assert ("suspects_arrested", 190, "đối tượng") in found
