"""Round 47's classes of events, bodies and goals (branch fix47b): a province's Đề án 06 working group named
with its place (one body, the subject of the meeting the lead tells), a statistics office named in full and
later bare; at a unit's review with no chair, the official who asks that unit (by its head word) leads; a
goal's year said before it ("cho biết, năm 2015 đơn vị phấn đấu …") in a report read without its date, the
year measured against the lead's date; a goal of places recognized with a quoted title ("… được công nhận
\"xã không ma túy\""); the share of villages with a model; the wanted still at large.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted


def test_a_provinces_working_group_is_named_with_its_place_and_its_meeting_is_the_event() -> None:
    text = ("Quảng Trị đánh giá tiến độ Đề án 06\n\n"
            "Sáng ngày 3 tháng 10 năm 2024, Tổ công tác triển khai Đề án 06 tỉnh Quảng Trị họp đánh giá "
            "kết quả thực hiện Đề án quý III. Đồng chí Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ "
            "công tác chủ trì cuộc họp.\n\n"
            "Theo báo cáo của Công an tỉnh, đến nay đã kích hoạt 312.500 tài khoản định danh điện tử mức "
            "độ 2.")
    ex = extracted(text, "2024-10-04")
    assert "Tổ công tác triển khai Đề án 06 tỉnh Quảng Trị" in [o.name for o in ex.organizations]
    assert [(e.type, e.date, e.leader) for e in ex.events] == [("conference", "2024-10-03", "Hoàng Văn Nam")]
    # the Government's group, with no place after it, keeps its name
    text = ("Chiều 5/3, Tổ công tác triển khai Đề án 06 của Chính phủ làm việc với UBND tỉnh Quảng Bình.")
    assert "Tổ công tác triển khai Đề án 06" in [o.name for o in extracted(text, "2024-03-06").organizations]


def test_a_statistics_office_named_in_full_then_bare_is_one_body() -> None:
    text = ("Theo số liệu Cục Thống kê tỉnh Nam Định công bố ngày 5-7-2024, tổng sản phẩm trên địa bàn "
            "tỉnh 6 tháng đầu năm tăng 8,1%. Cục Thống kê nhận định kinh tế của tỉnh tiếp tục phục hồi.")
    offices = [o for o in extracted(text, "2024-07-06").organizations if o.name.startswith("Cục Thống kê")]
    assert [(o.name, len(o.mentions)) for o in offices] == [("Cục Thống kê tỉnh Nam Định", 2)]


def test_at_a_units_review_with_no_chair_the_official_who_asks_the_unit_leads() -> None:
    text = ("Ngày 27/12/2022, Phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công "
            "tác năm 2022.\n\n"
            "Năm 2022, đơn vị đã xử lý 18.420 trường hợp vi phạm.\n\n"
            "Phát biểu tại hội nghị, Đại tá Trần Văn Hải, Phó Giám đốc Công an tỉnh ghi nhận kết quả đạt "
            "được và yêu cầu Phòng tiếp tục tuần tra, kiểm soát.")
    assert [e.leader for e in extracted(text, "2022-12-28").events] == ["Trần Văn Hải"]


def test_who_only_asks_others_at_an_event_with_no_chair_does_not_lead() -> None:
    # the speaker asks the pupils, not the unit that holds the event: nobody leads (rule 3)
    text = ("Sáng 12/9, Đội Cảnh sát giao thông Công an huyện Cam Lộ tổ chức chương trình tuyên truyền an "
            "toàn giao thông tại Trường THPT Cam Lộ.\n\n"
            "Trung tá Lê Văn Bình, Đội trưởng yêu cầu các em học sinh đội mũ bảo hiểm khi đi xe máy điện.")
    assert [e.leader for e in extracted(text, "2023-09-13").events] == [None]


def test_a_goals_year_said_before_it_in_a_report_read_without_its_date() -> None:
    text = ("Công an tỉnh tổng kết năm 2018\n\n"
            "Ngày 20/12/2018, Phòng Cảnh sát kinh tế Công an tỉnh Cao Bằng tổng kết công tác năm 2018.\n\n"
            "Trung tá Nông Văn Minh, Trưởng phòng cho biết, năm 2019 đơn vị phấn đấu giảm ít nhất 10% số vụ "
            "buôn lậu so với năm 2018.")
    targets = extracted(text, None).targets
    assert [(t.metric_key, t.value, t.deadline) for t in targets] == [("smuggling", 10, "2019")]
    # the date after a sapo, in the next paragraph's first sentence
    text = ("Đà Nẵng truy bắt đối tượng truy nã\n\n"
            "Năm 2015, Công an thành phố bắt 80 đối tượng truy nã.\n\n"
            "Ngày 6/1/2016, Đại tá Lê Văn Tam, Phó Giám đốc Công an thành phố cho biết, năm 2016 lực lượng "
            "Công an sẽ mở đợt cao điểm, phấn đấu giảm ít nhất 15% số đối tượng truy nã còn lẩn trốn.")
    targets = extracted(text, None).targets
    assert [(t.metric_key, t.value, t.deadline) for t in targets] == [("wanted_remaining", 15, "2016")]


def test_a_goal_of_communes_recognized_with_a_quoted_title() -> None:
    text = ("Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Lê Văn Hùng yêu cầu Công an tỉnh chủ động phối "
            "hợp triệt phá các đường dây mua bán ma túy; UBND các huyện phấn đấu đến hết năm 2025 có thêm "
            "ít nhất 12 xã được công nhận \"xã không ma túy\".")
    targets = extracted(text, "2025-06-20").targets
    assert [(t.metric_key, t.direction, t.value, t.deadline) for t in targets] == \
        [("drug_free_communes", "increase", 12, "2025")]


def test_the_share_of_villages_and_quarters_with_a_security_model() -> None:
    text = ("Kết luận hội nghị, Thượng tá Lê Văn Hà yêu cầu Công an các xã tăng cường nắm tình hình. "
            "Phấn đấu đến cuối năm 2020, 100% thôn, khu phố có mô hình tự quản về an ninh, trật tự.")
    ex = extracted(text, "2020-07-06")
    assert [(t.metric_key, t.value, t.deadline) for t in ex.targets] == \
        [("villages_with_security_models_rate", 100, "2020")]
    # the list "thôn, khu phố" is one metric's words, its comma no end
    assert "100% thôn, khu phố có mô hình tự quản" in ex.targets[0].text
    # the goal right after the request: the speech carried on, no verb of its own
    assert [(d.speaker, d.verb) for d in ex.directives] == [("Lê Văn Hà", "yêu cầu"), ("Lê Văn Hà", None)]
