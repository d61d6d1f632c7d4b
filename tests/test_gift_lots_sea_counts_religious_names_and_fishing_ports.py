"""Round 46's classes (branch fix46): gift lots counted in "phần quà" and medicine in "túi", counts at sea
(violations found on a patrol at sea, the crew rescued with their vessels, fishermen reached by awareness
sessions, fishing vessels checked at a port), names after religious titles, a named congregation, a monks'
association in a position, a position written once after a list of ranked names, a family name read as a
commune after a level word, and a fishing port's place.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_read_of, extracted, figures_of
from lookups import person


def test_gift_lots_counted_in_phan_qua_are_gifts_of_the_body_that_gives_them() -> None:
    text = ("Sáng 2-9, Công an huyện Krông Búk tổ chức buổi đối thoại với già làng, người có uy tín về "
            "công tác bảo đảm an ninh, trật tự.\n\n"
            "Dịp này, Công an huyện Krông Búk trao 30 phần quà, mỗi phần trị giá 300.000 đồng, tặng các hộ "
            "nghèo.")
    assert commitments_read_of(text, "2020-09") == [
        ("other", 30, "phần quà", "Công an huyện Krông Búk", None)]


def test_the_third_gift_of_a_list_in_bags_of_medicine_is_a_gift_too() -> None:
    text = ("Ngày 5-4, Đồn Biên phòng Cửa Việt tổ chức chương trình tuyên truyền bảo đảm an ninh trật tự "
            "vùng biển cho ngư dân.\n\n"
            "Tại chương trình, Đồn Biên phòng Cửa Việt trao tặng 100 lá cờ Tổ quốc, 80 áo phao và 30 túi "
            "thuốc y tế cho ngư dân.")
    found = commitments_read_of(text, "2023-04")
    assert ("other", 30, "túi", "Đồn Biên phòng Cửa Việt", None) in found
    assert len(found) == 3


def test_bags_of_what_is_seized_are_no_count_of_bags() -> None:
    text = ("Ngày 5-4, Công an huyện Mường Lát bắt quả tang đối tượng vận chuyển trái phép chất ma túy, thu "
            "giữ 3 túi ni lông chứa heroin.")
    assert all(unit != "túi" for _key, _value, unit in figures_of(extracted(text, "2023-04")))


def test_cases_found_on_a_patrol_at_sea_are_violations_at_sea_and_their_change_goes_on_with_them() -> None:
    text = ("Ngày 3-7, Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức hội nghị sơ kết công tác bảo đảm an ninh, "
            "trật tự trên biển.\n\n"
            "Từ đầu năm đến nay, đơn vị đã tổ chức 84 chuyến tuần tra, kiểm soát trên vùng biển được giao; "
            "phát hiện, xử lý 23 vụ vi phạm, tăng 5 vụ so với cùng kỳ năm 2022.")
    figures = figures_of(extracted(text, "2023-07"))
    assert ("maritime_violations", 23, "vụ") in figures
    assert ("maritime_violations", 5, "vụ") in figures


def test_the_crew_rescued_with_their_vessels_are_people_rescued() -> None:
    text = ("Ngày 3-7, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Định tổ chức hội nghị sơ kết công tác bảo đảm "
            "an ninh, trật tự trên biển.\n\n"
            "Trong 6 tháng đầu năm, Đồn Biên phòng Nhơn Lý đã phối hợp cứu hộ 4 tàu cá bị nạn cùng 27 ngư "
            "dân.")
    figures = figures_of(extracted(text, "2023-07"))
    assert ("vessels_rescued", 4, "tàu cá") in figures
    assert ("people_rescued", 27, "ngư dân") in figures


def test_those_awareness_sessions_reach_are_their_attendance_and_port_checks_count_vessels() -> None:
    text = ("Ngày 3-7, Đồn Biên phòng Sa Huỳnh tổ chức hội nghị sơ kết công tác bảo đảm an ninh, trật tự "
            "vùng biển.\n\n"
            "Trong 6 tháng đầu năm, đơn vị đã tổ chức 22 buổi tuyên truyền chống khai thác hải sản bất hợp "
            "pháp cho hơn 1.500 lượt ngư dân; kiểm soát 2.340 lượt tàu cá ra, vào cảng.")
    figures = figures_of(extracted(text, "2023-07"))
    assert ("awareness_sessions", 22, "buổi") in figures
    assert ("awareness_attendance", 1500, "lượt ngư dân") in figures
    assert ("fishing_vessel_inspections", 2340, "lượt") in figures


def test_a_change_after_an_unread_count_takes_no_key_of_the_count_before_it() -> None:
    text = ("Ngày 3-7, Ban Chỉ đạo chống khai thác IUU tỉnh Phú Yên tổ chức hội nghị sơ kết công tác bảo "
            "đảm an ninh, trật tự vùng biển.\n\n"
            "Trong 6 tháng đầu năm, lực lượng chức năng kiểm tra, kiểm soát 5.100 lượt tàu cá xuất, nhập "
            "bến; phát hiện, xử phạt 40 vụ vi phạm, tăng 12% so với cùng kỳ năm 2022.")
    figures = figures_of(extracted(text, "2023-07"))
    assert ("fishing_vessel_inspections", 5100, "lượt") in figures
    assert ("fishing_vessel_inspections", 12, "%") not in figures


def test_two_syllable_names_after_religious_titles_are_people() -> None:
    text = ("Chiều 20-12, Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức gặp mặt các chức sắc tôn giáo.\n\n"
            "Tại buổi gặp mặt, Mục sư Y Hlơi, Quản nhiệm Chi hội Tin Lành Plei Kần và Sư cả Danh Hên, "
            "trụ trì chùa Som Rong bày tỏ vui mừng.")
    ex = extracted(text, "2021-12")
    assert person(ex, "Y Hlơi").positions == ()
    assert person(ex, "Danh Hên").positions == ()
    assert "Chi hội Tin Lành Plei Kần" in [o.name for o in ex.organizations]


def test_a_monks_association_is_the_body_of_its_vice_chairmans_position() -> None:
    text = ("Sáng 6-4, Công an tỉnh Bạc Liêu tổ chức họp mặt chức sắc, sư sãi nhân dịp Tết Chôl Chnăm "
            "Thmây. Dự họp mặt có Hòa thượng Lý Hùng, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.")
    ex = extracted(text, "2021-04")
    assert person(ex, "Lý Hùng").positions == ("Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh",)


def test_a_position_after_three_ranked_names_is_each_ones() -> None:
    text = ("Sáng 20-12, Bộ Công an tổ chức hội nghị trực tuyến toàn quốc triển khai công tác bảo đảm an "
            "ninh, trật tự dịp Tết. Cùng dự có Trung tướng Nguyễn Văn Long, Trung tướng Lê Tấn Tới, Trung "
            "tướng Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an.")
    ex = extracted(text, "2021-12")
    for name in ("Nguyễn Văn Long", "Lê Tấn Tới", "Nguyễn Duy Ngọc"):
        assert person(ex, name).positions == ("Thứ trưởng Bộ Công an",)


def test_two_ranked_names_keep_the_position_to_the_last() -> None:
    text = ("Sáng 20-12, Công an tỉnh Hà Nam tổ chức hội nghị. Dự có Đại tá Trần Văn An, Thượng tá Lê Văn "
            "Bình, Phó Giám đốc Công an tỉnh Hà Nam.")
    ex = extracted(text, "2021-12")
    assert person(ex, "Trần Văn An").positions == ()


def test_a_family_name_after_a_wards_level_word_is_no_ward() -> None:
    text = ("Sáng 21-3, UBND phường Hàng Bông (quận Hoàn Kiếm) tổ chức hội nghị sơ kết công tác bảo đảm an "
            "ninh, trật tự.\n\n"
            "Phát biểu kết luận, Chủ tịch UBND phường Đỗ Thị Minh Phương yêu cầu Công an phường tăng cường "
            "tuần tra.")
    ex = extracted(text, "2023-03")
    assert sorted(loc.name for loc in ex.localities) == ["Hoàn Kiếm", "Hàng Bông"]


def test_a_fishing_port_names_its_district_an_airport_does_not() -> None:
    text = ("Ngày 16-5, Đồn Biên phòng Cô Tô phối hợp với UBND huyện Cô Tô tổ chức chương trình tại cảng "
            "cá Cô Tô. Cảng hàng không quốc tế Vân Đồn cũng tham gia.")
    ex = extracted(text, "2024-05")
    co_to = next(loc for loc in ex.localities if loc.name == "Cô Tô")
    at = text.index("cảng cá Cô Tô") + len("cảng cá ")
    assert (at, at + len("Cô Tô")) in co_to.mentions
    assert all(loc.name != "Vân Đồn" for loc in ex.localities)


def test_a_signing_is_led_by_its_first_signer_and_a_programme_at_a_port_is_held_there() -> None:
    text = ("Ngày 12-5-2015, tại thị trấn Cô Tô, Bộ Tư lệnh Vùng Cảnh sát biển 1 và UBND huyện Cô Tô tổ "
            "chức lễ ký kết quy chế phối hợp bảo đảm an ninh, trật tự trên vùng biển. Đại tá Nguyễn Văn "
            "Bình, Tư lệnh Vùng Cảnh sát biển 1 và ông Lê Văn Hải, Chủ tịch UBND huyện Cô Tô ký kết quy "
            "chế.")
    assert extracted(text, "2015-05").events[0].leader == "Nguyễn Văn Bình"
    text = ("Ngày 16-5, Đồn Biên phòng Sa Huỳnh phối hợp với UBND huyện Đức Phổ tổ chức chương trình "
            "\"Cờ Tổ quốc tiếp sức ngư dân bám biển\" bảo đảm an ninh, trật tự vùng biển tại cảng cá Sa "
            "Huỳnh.")
    assert extracted(text, "2024-05").events[0].place == "cảng cá Sa Huỳnh"


def test_a_norm_of_a_signing_with_a_district_takes_the_district() -> None:
    text = ("Ngày 12-5-2015, tại thị trấn Cô Tô, Bộ Tư lệnh Vùng Cảnh sát biển 1 và UBND huyện Cô Tô tổ "
            "chức lễ ký kết quy chế phối hợp bảo đảm an ninh, trật tự trên vùng biển.\n\n"
            "Theo quy chế, hai bên thống nhất tổ chức tuần tra chung ít nhất 3 lần mỗi quý.")
    assert [t.scope for t in extracted(text, "2015-05").targets] == ["Cô Tô"]


def test_a_goal_over_the_district_is_the_districts_after_a_wards_task() -> None:
    text = ("Sáng 10-10, Công an quận Gò Vấp tổ chức sơ kết mô hình \"Hẻm an toàn\" bảo đảm an ninh, trật "
            "tự. Tại phường 17, mỗi hẻm có ít nhất 1 camera.\n\n"
            "Phát biểu tại hội nghị, Thượng tá Nguyễn Văn Tâm đề nghị Công an phường kiểm tra định kỳ "
            "camera; phấn đấu đến cuối năm 2019, 100% hẻm trên địa bàn quận có camera an ninh.")
    targets = extracted(text, "2019-10").targets
    assert targets[-1].scope == "Gò Vấp"


def test_a_percentage_of_what_it_counts_keeps_its_baseline() -> None:
    text = ("Sáng 20-12, Bộ Công an tổ chức hội nghị trực tuyến toàn quốc triển khai công tác bảo đảm an "
            "ninh, trật tự dịp Tết. Năm 2023, tai nạn giao thông giảm 5,2% số vụ so với năm 2022.")
    found = [i for i in extracted(text, "2023-12").indicators if i.unit == "%"]
    assert [(i.metric_key, i.value, i.baseline) for i in found] == [("traffic_accidents", 5.2, "năm 2022")]


def test_a_posts_request_told_by_its_head_is_his() -> None:
    text = ("Sáng 3-11, Ban Chỉ đạo phòng, chống tội phạm huyện Mường Lát tổ chức hội nghị sơ kết công tác "
            "phòng, chống ma túy.\n\n"
            "Thiếu tá Lò Văn Pằn, Đồn trưởng Đồn Biên phòng Pù Nhi cho biết: Đồn đã tổ chức 12 đợt tuần tra "
            "song phương. Đồn đề nghị UBND huyện hỗ trợ kinh phí cho các tổ tự quản.")
    found = [(d.speaker, d.verb) for d in extracted(text, "2021-11").directives]
    assert ("Lò Văn Pằn", "đề nghị") in found
