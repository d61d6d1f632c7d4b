"""Events: type, resolved date, place, localities and leader of each event a report
describes, spanning the sentence that introduces it. Reports are short ones written
for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction

TWO_EVENTS = (
    " date 2024-04 Thứ trưởng Lê Quốc Hùng làm việc với Ban Thường vụ Tỉnh ủy Quảng Trị\n"
    "\n"
    "Tại buổi làm việc, Thượng tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công "
    "an đề nghị tỉnh tiếp tục quan tâm công tác bảo đảm an ninh trật tự.\n"
    "\n"
    "Trước đó, chiều 11-4, Thứ trưởng Lê Quốc Hùng đã dự lễ khánh thành trụ sở Công an huyện "
    "Hướng Hóa tại thị trấn Khe Sanh, huyện Hướng Hóa.\n"
)

LEGAL_DATE = (
    " date 2023-08 Thực hiện Kế hoạch số 210/KH-BCA ngày 5/6/2023 của Bộ Công an, sáng 22/8, "
    "Đoàn kiểm tra do Thiếu tướng Nguyễn Văn Long, Phó Chánh Văn phòng Bộ Công an làm Trưởng "
    "đoàn đã kiểm tra công tác cải cách hành chính tại Công an tỉnh Trà Vinh.\n"
    "\n"
    "Đoàn đã làm việc với lãnh đạo Công an tỉnh, kiểm tra hồ sơ theo Nghị quyết số 12-NQ/TW "
    "ngày 16/3/2022 của Bộ Chính trị.\n"
)

DATELINE = (
    "Hội nghị giao ban công tác Công an quý III\n"
    "\n"
    "  • 02/10/2022 10:15\n"
    "  • 0 bình luận\n"
    "  • N.H\n"
    "  • In bài\n"
    "ANTD.VN - Ngày 1/10, tại Hà Nội, Bộ Công an tổ chức hội nghị giao ban công tác Công an quý"
    " III năm 2022. Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an chủ trì hội "
    "nghị.\n"
    "\n"
    "Bộ trưởng Tô Lâm yêu cầu Công an các đơn vị, địa phương chủ động nắm chắc tình hình.\n"
)

CO_CHAIRS = (
    " date 2022-12 Chiều 20/12, tại Cần Thơ, Ban Thường vụ Đảng ủy Công an Trung ương và Ban "
    "Thường vụ Thành ủy Cần Thơ tổ chức hội nghị sơ kết công tác phối hợp.\n"
    "\n"
    "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an và đồng chí Đỗ Thanh Bình, Bí thư Thành ủy Cần Thơ "
    "đồng chủ trì Hội nghị.\n"
)


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def test_a_headline_session_and_an_earlier_dated_ceremony_are_two_events(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, TWO_EVENTS)
    session, ceremony = ex.events
    assert (session.type, session.date, session.leader) == ("working_session", None, "Lê Quốc Hùng")
    assert session.localities == ("Quảng Trị",)
    assert (ceremony.type, ceremony.date, ceremony.leader) == ("ceremony", "2024-04-11", "Lê Quốc Hùng")
    assert ceremony.place == "thị trấn Khe Sanh, huyện Hướng Hóa"
    assert ceremony.text.startswith("Trước đó, chiều 11-4") and ceremony.text.endswith("huyện Hướng Hóa.")
    # "Tại buổi làm việc" refers back to the session: no third event
    assert len(ex.events) == 2


def test_a_legal_references_date_is_not_the_event_date(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, LEGAL_DATE)
    (event,) = ex.events
    assert (event.type, event.date) == ("inspection", "2023-08-22")
    assert event.leader == "Nguyễn Văn Long"
    assert event.localities == ("Trà Vinh",)


def test_a_dateline_report_resolves_the_day_against_the_dateline_and_finds_the_chair(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, DATELINE)
    (event,) = ex.events
    assert (event.type, event.date, event.place) == ("conference", "2022-10-01", "Hà Nội")
    assert event.leader == "Tô Lâm"
    # the outlet prefix "ANTD.VN - " is page furniture, not part of the sentence
    assert event.text.startswith("Ngày 1/10, tại Hà Nội")
    assert ex.document.text[event.span[0]:event.span[1]] == event.text


def test_co_chairs_in_the_next_paragraph_give_the_first_named_as_leader(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, CO_CHAIRS)
    (event,) = ex.events
    assert (event.type, event.date, event.place) == ("conference", "2022-12-20", "Cần Thơ")
    assert event.leader == "Tô Lâm"


def test_the_seed_sessions_conferences_and_ceremony(seed_extractions) -> None:
    def summary(name: str) -> list[tuple]:
        return [(e.type, e.date, e.place, e.localities, e.leader) for e in seed_extractions[name].events]

    assert summary("000_03279662ad3bc2ee.txt") == [
        ("working_session", "2024-05-09", None, ("Hải Phòng",), "Tô Lâm")]
    session, ceremony = summary("001_cccaa0f77e974efb.txt")
    assert session == ("working_session", None, None, ("Quảng Ninh",), "Tô Lâm")
    assert ceremony[:2] == ("ceremony", "2024-03-07")
    assert ceremony[2] == "phường Hồng Hà, TP Hạ Long"
    assert summary("002_7bf578808520267a.txt") == [
        ("working_session", "2023-10-20", None, ("Bắc Giang",), "Tô Lâm")]
    assert summary("003_4d30831d878c59ec.txt") == [("conference", None, None, (), "Tô Lâm")]
    (hcm,) = summary("004_81a66e3ca0f5548f.txt")
    assert hcm[:2] == ("conference", None) and hcm[3] == ("Hồ Chí Minh",)
    assert hcm[4] in ("Nguyễn Thiện Nhân", "Tô Lâm")


def _events(text: str, date: str | None):
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    from chidao.text.normalize import normalize_text
    return extract_document(Document.from_text(normalize_text(text).strip(), "t.txt", date=date)).events


def test_an_undated_report_takes_the_year_of_the_review_its_event_holds():
    december = _events("Ngày 22.12, Công an tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2020 và "
                       "triển khai công tác năm 2021.", None)
    january = _events("Sáng 3.1, Công an tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2012.", None)
    unknown = _events("Sáng 16-8, Bộ Công an tổ chức lễ khánh thành trụ sở mới.", None)
    assert [e.date for e in (*december, *january, *unknown)] == ["2020-12-22", "2013-01-03", None]


def test_who_chairs_directs_or_presents_leads_and_who_only_attends_does_not():
    chaired = _events("Sáng 10/3, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm. "
                      "Dự và chủ trì hội nghị có Đại tá Đinh Văn Khoa, Giám đốc Công an tỉnh.", "2022-03")
    directed = _events("Ngày 22.12, Công an tỉnh Nam Định tổ chức hội nghị tổng kết năm 2020.\n\n"
                       "Phát biểu chỉ đạo tại Hội nghị, đại tướng Trần Văn Bình đề nghị Công an tỉnh "
                       "tiếp tục đổi mới.", "2020-12")
    presented = _events("Sáng 17/8, Bộ Công an tổ chức lễ đón nhận Huân chương Sao Vàng. "
                        "Ông Phạm Văn Giang, Trưởng ban Thi đua đọc quyết định. "
                        "Tổng Bí thư Trần Văn Bình trao Huân chương.", "2025-08")
    attended = _events("Sáng 16-8, Bộ Công an tổ chức Lễ khánh thành Trụ sở. "
                       "Dự lễ có Tổng Bí thư Trần Văn Bình.", "2025-08")
    assert [e[0].leader for e in (chaired, directed, presented, attended)] == [
        "Đinh Văn Khoa", "Trần Văn Bình", "Trần Văn Bình", None]


def test_a_place_after_tai_can_be_a_body_and_a_task_list_is_no_event():
    events = _events("Sáng 8/11, Đoàn kiểm tra của Bộ Công an đã đến kiểm tra công tác tại Công an tỉnh "
                     "Kon Tum.\n\nTheo đó, lồng ghép tuyên truyền vào các buổi tập huấn, tọa đàm, nói chuyện "
                     "chuyên đề.", "2022-11")
    assert [(e.type, e.place) for e in events] == [("inspection", "Công an tỉnh Kon Tum")]


def test_two_ceremonies_on_one_day_in_two_cities_are_two_events():
    events = _events("Sáng 18-8, Công an TP Hà Nội tổ chức lễ kỷ niệm 65 năm Ngày thành lập lực lượng "
                     "CAND (19-8-1945/19-8-2010).\n\n* Sáng 18-8, Thành ủy TP Hồ Chí Minh đã mít tinh kỷ "
                     "niệm 65 năm Ngày truyền thống CAND.", None)
    assert [(e.date, e.localities) for e in events] == [
        ("2010-08-18", ("Hà Nội",)), ("2010-08-18", ("Hồ Chí Minh",))]


def test_a_delegation_led_by_someone_and_the_year_a_report_goes_on_to_review():
    events = _events("Chiều 29/6, đoàn công tác của Bộ Công an do Trung tướng Nguyễn Văn Sơn, Thứ trưởng "
                     "Bộ Công an dẫn đầu, đến kiểm tra công tác tại Công an TP Cần Thơ.\n\nTại buổi làm "
                     "việc, lãnh đạo Công an thành phố cho biết, 6 tháng đầu năm 2017, Công an Cần Thơ "
                     "đã hoàn thành chương trình công tác.", None)
    assert [(e.type, e.date, e.leader) for e in events] == [("inspection", "2017-06-29", "Nguyễn Văn Sơn")]


def test_an_award_is_an_event_only_in_a_dated_sentence():
    dated = _events("Ngày 19.2, tại trụ sở Công an tỉnh Bình Phước, Chủ tịch UBND tỉnh Trần Thị Hiền đã "
                    "khen thưởng đột xuất 4 tập thể có thành tích trong đấu tranh phòng chống tội phạm.",
                    "2021-02")
    caption = _events("Công an tỉnh khen thưởng các cá nhân, tập thể có thành tích xuất sắc trong công tác",
                      "2022-08")
    assert [(e.type, e.date, e.leader) for e in dated] == [("ceremony", "2021-02-19", "Trần Thị Hiền")]
    assert caption == []


def test_a_date_written_in_words_dates_the_event(tmp_path: Path) -> None:
    # "Ngày 15 tháng 3 năm 2024": the time word is the date's own first word
    lead = "Bộ Công an tổ chức Hội nghị triển khai công tác bảo đảm trật tự, an toàn giao thông năm 2024."
    for opening, date in (("Ngày 15 tháng 3 năm 2024, tại Hà Nội, ", "2024-03-15"),
                          ("Sáng ngày 15 tháng 3, ", "2024-03-15"),
                          ("Căn cứ Quyết định số 12 ngày 2 tháng 3 năm 2024 của Bộ trưởng, ", None)):
        ex = extract_text(tmp_path, f" date 2024-03-15\n{opening}{lead}\n")
        assert [event.date for event in ex.events] == [date], opening


def test_a_campaign_launched_is_a_ceremony_dated_by_its_lead(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2025-10-02\nNgày 1/10, Công an tỉnh Tuyên Quang tổ chức ra quân tấn công trấn áp tội phạm. "
        "Dự lễ ra quân có đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy Tuyên Quang.\n"))
    assert [(e.type, e.date, e.leader) for e in ex.events] == [("ceremony", "2025-10-01", None)]


def test_a_drill_and_a_festival_are_events_and_a_deadline_dates_none(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2024-05\nSáng 23-5, UBND tỉnh Bình Dương tổ chức diễn tập phương án chữa cháy và cứu "
        "nạn, cứu hộ "
        "cấp tỉnh năm 2024.\n\n"
        "Phát biểu tại buổi rút kinh nghiệm, ông Võ Minh Châu yêu cầu các doanh nghiệp thường xuyên "
        "tự kiểm tra "
        "an toàn phòng cháy, chữa cháy; bảo đảm 100% cơ sở được kiểm tra trước ngày 30/9/2024.\n"))
    assert [(e.type, e.date) for e in ex.events] == [("other", "2024-05-23")]
    ex = extract_text(tmp_path, (
        " date 2022-08\nSáng 19-8, tại phường Phúc Đồng, quận Long Biên, Ban Chỉ đạo phong trào TP Hà Nội tổ "
        "chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2022.\n\n"
        "Nhân dịp này, Thành ủy Hà Nội trao tặng phường Phúc Đồng 50 triệu đồng.\n"))
    assert [(e.type, e.date) for e in ex.events] == [("ceremony", "2022-08-19")]


def test_a_congress_a_questioning_session_and_talks_are_events_and_a_sweep_is_none(tmp_path: Path) -> None:
    for lead, kind in (("Ngày 7/8, Đảng bộ Công an tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ I.",
                        "conference"),
                       ("Chiều 6-12, HĐND tỉnh Kiên Giang tổ chức phiên chất vấn về an ninh, trật tự.",
                        "conference"),
                       ("Ngày 22/8, Công an tỉnh Quảng Trị và Bộ Chỉ huy An ninh tỉnh Savannakhet hội đàm.",
                        "working_session")):
        ex = extract_text(tmp_path, f" date 2024-08\n{lead}\n")
        assert [e.type for e in ex.events] == [kind], lead
    ex = extract_text(tmp_path, " date 2024-10\nThành phố tổng kiểm tra cơ sở kinh doanh karaoke.\n\n"
                                "Sở Công Thương kiểm tra việc kinh doanh pháo.\n")
    assert ex.events == []


def test_an_event_over_two_days_is_dated_by_the_first(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2024-05\nTrong hai ngày 14 và 15/5, Đoàn kiểm tra của UBND tỉnh "
                                "Quảng Ninh kiểm tra công tác quản lý vũ khí, vật liệu nổ.\n")
    assert [(e.type, e.date) for e in ex.events] == [("inspection", "2024-05-14")]


def test_a_range_of_days_with_its_month_at_its_end_and_a_weekday_before_a_date(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2023-11\nTừ ngày 6 đến ngày 8/11, Đoàn công tác của Bộ Công an "
                                "kiểm tra công tác quản lý tạm giữ, tạm giam tại Công an tỉnh Hà Nam.\n")
    assert [(e.type, e.date) for e in ex.events] == [("inspection", "2023-11-06")]
    ex = extract_text(tmp_path, " date 2024-03\nChiều thứ Năm (21/3), Công an tỉnh Hà Nam tổ chức hội nghị "
                                "triển khai công tác phòng, chống tội phạm.\n")
    assert [e.date for e in ex.events] == ["2024-03-21"]


def test_a_signing_held_by_two_bodies_is_a_ceremony(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2024-04\nNgày 2/4, Công an tỉnh Hà Nam và Bộ Chỉ huy Quân sự "
                                "tỉnh Hà Nam tổ chức ký kết Quy chế phối hợp bảo vệ an ninh, trật tự. Đại tá "
                                "Trần Văn Hùng, Giám đốc Công an tỉnh chủ trì.\n\nPhát biểu tại hội nghị, "
                                "ông Lê Văn Nam đề nghị hai lực lượng xây dựng kế hoạch hằng năm.\n")
    assert [(e.type, e.date) for e in ex.events] == [("ceremony", "2024-04-02")]


def test_a_gift_during_the_event_is_no_event_of_its_own(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2023-09\nSáng 12/9, Phòng CSGT Công an TP.HCM phối hợp với Trường "
                                "THPT Nguyễn Công Trứ tổ chức chương trình an toàn giao thông cho học sinh."
                                "\n\nDịp này, Công an TP trao tặng nhà trường 500 mũ bảo hiểm.\n")
    assert all(not e.text.startswith("Dịp này") for e in ex.events)


def test_a_lead_with_no_date_is_the_event_not_the_title_that_names_it() -> None:
    text = ("Kiểm tra công tác cấp căn cước tại Công an huyện Thạch Hà\n\n"
            "Đoàn công tác của Công an tỉnh Hà Tĩnh do Đại tá Nguyễn Văn An, Phó Giám đốc Công an tỉnh "
            "dẫn đầu vừa có buổi làm việc với Công an huyện Thạch Hà về công tác cấp căn cước.\n\n"
            "Báo cáo với đoàn, lãnh đạo Công an huyện cho biết đã thu nhận 12.400 hồ sơ căn cước.")
    found = _events(text, "2024-06")
    assert [(e.type, e.date, e.leader, e.text[:12]) for e in found] == [
        ("working_session", None, "Nguyễn Văn An", "Đoàn công tá")]


def test_a_meeting_in_a_report_not_about_security_and_order_is_no_event() -> None:
    text = ("Sáng 12/3, Sở Công Thương tỉnh Long An tổ chức hội nghị tổng kết mùa thanh long năm 2024. "
            "Ông Nguyễn Minh Lâm, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.\n\n"
            "Năm 2024, sản lượng thanh long toàn tỉnh đạt 310.000 tấn, giá bán bình quân tăng 12% so với "
            "năm trước; diện tích trồng mới đạt 1.200 ha.")
    assert _events(text, "2025-03") == []


def test_a_host_receiving_a_delegation_leads_the_reception() -> None:
    text = ("Chiều 4/6, tại trụ sở Bộ Công an, Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an đã tiếp "
            "và hội đàm với Đoàn công tác Bộ Nội vụ Campuchia do Thiếu tướng Sok Phal, Tổng Thư ký làm "
            "Trưởng đoàn.")
    assert [e.leader for e in _events(text, "2024-06")] == ["Trần Quốc Tỏ"]
    visit = ("Chiều 4/6, Đoàn công tác Bộ Công an do Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an làm "
             "Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy An Giang và tiếp nhận kiến nghị.")
    assert [e.leader for e in _events(visit, "2024-06")] == ["Trần Quốc Tỏ"]


def test_a_press_conference_and_a_procuracys_supervision_are_events() -> None:
    press = ("Sáng 14/1, tại Hà Nội, Công an tỉnh Hưng Yên tổ chức họp báo thông tin kết quả công tác "
             "bảo đảm an ninh, trật tự năm 2023. Đại tá Trần Văn Bình, Phó Giám đốc Công an tỉnh chủ trì "
             "họp báo.")
    assert [(e.type, e.date, e.leader) for e in _events(press, "2024-01")] == [
        ("conference", "2024-01-14", "Trần Văn Bình")]
    procuracy = ("Ngày 9/11/2021, Viện KSND tỉnh Nam Định tiến hành kiểm sát trực tiếp việc tạm giữ, "
                 "tạm giam tại Nhà tạm giữ Công an huyện Ý Yên để bảo đảm an ninh, trật tự nơi giam giữ.")
    assert [(e.type, e.date) for e in _events(procuracy, "2021-11")] == [("inspection", "2021-11-09")]


def test_a_quota_of_checks_in_a_task_is_no_inspection() -> None:
    text = ("Chủ tịch UBND tỉnh Phú Thọ vừa ký Chỉ thị về bảo đảm an ninh, trật tự dịp cuối năm.\n\n"
            "Công an tỉnh chủ trì mở đợt cao điểm trấn áp tội phạm trộm cắp. Sở Công Thương kiểm tra 100% cơ "
            "sở kinh doanh khí dầu mỏ hóa lỏng trước ngày 15/12; Công an các xã kiểm tra ít nhất 50 hộ "
            "kinh doanh mỗi tháng.")
    assert _events(text, "2023-11") == []


def test_a_delegations_supervision_visit_is_an_event_and_its_hosts_make_it_a_working_session(
        tmp_path: Path) -> None:
    site = extract_text(tmp_path, (
        " date 2022-09 Sáng 8/9, Đoàn giám sát của HĐND tỉnh Hà Tĩnh do Phó Chủ tịch HĐND tỉnh Trần "
        "Thị Mai làm trưởng đoàn đã giám sát công tác cai nghiện ma túy tại Trung tâm chữa bệnh - giáo "
        "dục lao động xã hội tỉnh.\n"
        "\n"
        "Báo cáo với đoàn, Giám đốc Trung tâm cho biết đơn vị đang quản lý 320 học viên.\n"))
    assert [(e.type, e.date, e.leader) for e in site.events] == [("inspection", "2022-09-08", "Trần Thị Mai")]
    hosted = extract_text(tmp_path, (
        " date 2021-11 Chiều 4/11, Đoàn đại biểu Quốc hội tỉnh Yên Bái do ông Hoàng Văn Tùng làm trưởng "
        "đoàn đã giám sát việc thi hành pháp luật về phòng, chống ma túy tại Công an tỉnh. Tiếp và làm "
        "việc với đoàn có Đại tá Vũ Văn Dũng, Phó Giám đốc Công an tỉnh.\n"))
    assert [(e.type, e.date, e.leader) for e in hosted.events] == [
        ("working_session", "2021-11-04", "Hoàng Văn Tùng")]
    # a task or a camera that supervises is no event
    none = extract_text(tmp_path, (" date 2021-11 Công an huyện lắp đặt 20 camera giám sát; Đảng ủy xã "
                                   "đã giám sát 12 đảng viên trong năm.\n"))
    assert none.events == []


def test_a_leader_named_after_the_event_s_sentence_heads_the_delegation_or_launches_it() -> None:
    inspection = _events(
        "Ngày 12/5/2021, Viện KSND tỉnh Nam Định tiến hành kiểm sát trực tiếp việc tạm giữ, tạm giam tại "
        "Trại tạm giam Công an tỉnh. Đoàn kiểm sát do ông Trần Văn Bình, Phó Viện trưởng Viện KSND tỉnh "
        "làm Trưởng đoàn.\n\nTrại tạm giam báo cáo kết quả công tác.", "2021-05")
    assert inspection[0].leader == "Trần Văn Bình"
    talks = _events(
        "Ngày 20/5, tại thành phố Lào Cai, Công an tỉnh Lào Cai và Công an tỉnh Vân Nam (Trung Quốc) tổ "
        "chức hội đàm về phòng, chống tội phạm.\n\nTham dự hội đàm, phía Việt Nam có Đại tá Hoàng Minh Đức, "
        "Giám đốc Công an tỉnh Lào Cai làm trưởng đoàn; phía Trung Quốc có ông Vương Lợi làm trưởng đoàn.",
        "2019-05")
    assert talks[0].leader == "Hoàng Minh Đức"
    launch = _events(
        "Sáng 2-9, Ban An toàn giao thông tỉnh Long An tổ chức lễ phát động Tháng an toàn giao thông. Ông "
        "Lê Văn Tâm, Phó Chủ tịch UBND tỉnh dự và phát động.", "2024-09")
    assert launch[0].leader == "Lê Văn Tâm"
    drill = _events(
        "Sáng 23-5, UBND tỉnh Đồng Nai tổ chức diễn tập chữa cháy tại Khu công nghiệp Biên Hòa. Đồng chí Võ "
        "Văn Phi, Phó Chủ tịch UBND tỉnh chỉ đạo cuộc diễn tập.", "2024-05")
    assert drill[0].leader == "Võ Văn Phi"


def test_the_person_after_an_outlet_s_dotted_dateline_is_the_event_sentence_s_subject() -> None:
    found = _events(
        "(Baohaiduong.vn) - Ngày 18/3, Đại tá Phạm Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng "
        "tỉnh đã kiểm tra công tác tuần tra ban đêm tại Đồn Biên phòng Hoành Mô.", "2021-03")
    assert found[0].leader == "Phạm Văn Hải"


def test_a_police_raid_in_crime_news_is_no_inspection(tmp_path: Path) -> None:
    raid = extract_text(tmp_path, (
        " date 2021-03 Rạng sáng 12/3, tổ công tác Công an huyện Yên Dũng bất ngờ kiểm tra một quán bar ở "
        "thị trấn Neo, phát hiện 9 người dương tính với ma túy.\n"
        "\n"
        "Tối 20/3, Công an thành phố Vinh kiểm tra hành chính một khách sạn, bắt quả tang 4 đối tượng "
        "đánh bạc.\n"))
    assert raid.events == []
    visit = extract_text(tmp_path, (
        " date 2021-03 Sáng 15/3, Đoàn công tác của Bộ Công an do Thiếu tướng Lê Văn Tân làm trưởng đoàn đã "
        "kiểm tra công tác bảo đảm an ninh, trật tự tại Công an tỉnh Bắc Giang.\n"))
    assert [(e.type, e.date) for e in visit.events] == [("inspection", "2021-03-15")]


def test_a_lead_opening_with_a_range_of_days_and_a_day_written_with_thang() -> None:
    found = _events("(Pháp luật) - Từ 12 - 16/10, Đoàn công tác của Viện kiểm sát nhân dân tỉnh Bình Định đã "
                    "kiểm sát trực tiếp việc tạm giữ, tạm giam tại Công an tỉnh Bình Định.", "2021-10")
    assert [e.date for e in found] == ["2021-10-12"]
    found = _events("Sáng 20 tháng 9, Công an tỉnh Phú Yên tổ chức hội nghị sơ kết công tác bảo đảm an ninh, "
                    "trật tự 9 tháng đầu năm 2022.", "2022-09")
    assert [e.date for e in found] == ["2022-09-20"]


def test_a_leaders_visit_at_tet_with_the_lunar_day_before_the_solar_date() -> None:
    found = _events("Tối 29 Tết (28-1), đồng chí Trần Văn Nam, Bí thư Tỉnh ủy Bình Dương cùng đoàn công tác "
                    "đã đến thăm, chúc tết cán bộ, chiến sĩ Công an tỉnh Bình Dương trực đêm giao thừa.",
                    "2025-01")
    assert [(e.type, e.date, e.leader) for e in found] == [("working_session", "2025-01-28", "Trần Văn Nam")]
    found = _events("Sáng mùng 2 Tết (30/1), Chủ tịch UBND tỉnh Hoàng Văn Minh thăm và chúc mừng Đồn Biên "
                    "phòng Cửa khẩu Lào Cai.", "2025-01")
    assert [(e.type, e.date) for e in found] == [("working_session", "2025-01-30")]


def test_a_procuracys_supervision_written_truc_tiep_kiem_sat_is_an_inspection() -> None:
    found = _events("Trong hai ngày 7 và 8-6, Đoàn công tác của Viện kiểm sát nhân dân tỉnh Hòa Bình do "
                    "ông Bùi Văn Tâm, Phó Viện trưởng làm trưởng đoàn đã trực tiếp kiểm sát việc tạm giữ, "
                    "tạm giam tại Nhà tạm giữ Công an huyện Lạc Sơn.", "2022-06")
    assert [(e.type, e.date, e.leader) for e in found] == [("inspection", "2022-06-07", "Bùi Văn Tâm")]


def test_event_dates_with_a_spaced_dash_a_weekday_and_a_comma_or_days_in_brackets() -> None:
    found = _events("Sáng ngày 14 - 7, Công an huyện Tân Kỳ tổ chức hội nghị sơ kết công tác công an 6 tháng "
                    "đầu năm 2020.", "2020-07")
    assert [e.date for e in found] == ["2020-07-14"]
    found = _events("Sáng thứ Tư, 9/10, Ban An toàn giao thông tỉnh Quảng Trị tổ chức hội nghị sơ kết "
                    "công tác bảo đảm trật tự, an toàn giao thông 9 tháng năm 2019.", "2019-10")
    assert [e.date for e in found] == ["2019-10-09"]
    found = _events("Trong 2 ngày (15-16/4), Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu tổ chức hội nghị "
                    "tổng kết công tác phòng, chống ma túy trên tuyến biên giới.", "2020-04")
    assert [e.date for e in found] == ["2020-04-15"]


def test_a_check_that_finds_an_offence_is_a_raid_and_a_check_asked_for_is_a_task(tmp_path: Path) -> None:
    raid = extract_text(tmp_path, (
        " date 2020-05 Ngày 4/5, Công an quận Ba Đình cho biết đã phối hợp với Phòng Cảnh sát kinh tế kiểm "
        "tra, phát hiện một cửa hàng điện thoại bán hàng giả trên phố Kim Mã.\n"))
    assert raid.events == []
    task = extract_text(tmp_path, (
        " date 2020-05 Cục Cảnh sát giao thông cho biết số vụ tai nạn giao thông giảm.\n"
        "\n"
        "Cục đề nghị Công an các tỉnh kiểm tra chặt xe tải chở quá khổ trên các tuyến quốc lộ.\n"))
    assert task.events == []


def test_a_patrols_stop_and_check_of_a_vehicle_is_no_inspection(tmp_path: Path) -> None:
    case = extract_text(tmp_path, (
        " date 2014-05 Ngày 10-5, Công an huyện Mường Khương vừa bắt một đối tượng vận chuyển ma túy.\n"
        "\n"
        "Khoảng 22 giờ ngày 8-5, trên quốc lộ 4D, tổ tuần tra thấy T. chở bao tải trên xe máy nên ra hiệu "
        "dừng phương tiện để kiểm tra.\n"))
    assert case.events == []
    visit = _events("Sáng 12-5, Đoàn công tác Công an tỉnh Lào Cai kiểm tra công tác tuần tra kiểm soát tại "
                    "Trạm Cảnh sát giao thông Bắc Ngầm.", "2014-05")
    assert [e.type for e in visit] == ["inspection"]


def test_a_square_or_an_industrial_zone_after_tai_is_the_events_place() -> None:
    found = _events("Sáng 3-2, tại Quảng trường Ba Tháng Hai (TP. Vị Thanh), Công an tỉnh Hậu Giang tổ "
                    "chức lễ ra quân bảo đảm an ninh, trật tự Tết.", "2015-02")
    assert [(e.type, e.place) for e in found] == [("ceremony", "Quảng trường Ba Tháng Hai")]
    found = _events("Ngày 9/4, tại Khu công nghiệp Tân Hương, Công an tỉnh Tiền Giang tổ chức lễ phát động "
                    "tháng cao điểm phòng cháy, chữa cháy.", "2021-04")
    assert [e.place for e in found] == ["Khu công nghiệp Tân Hương"]


_VISIT = ("Sáng 14-6, đoàn công tác của Bộ Công an do Trung tướng Nguyễn Văn Sơn, Thứ trưởng Bộ Công an "
          "làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Sóc Trăng.")


def test_the_host_who_chairs_leads_before_the_visiting_delegations_head() -> None:
    found = _events(_VISIT + " Đồng chí Lâm Văn Mẫn, Bí thư Tỉnh ủy chủ trì buổi làm việc.", "2019-06")
    assert [e.leader for e in found] == ["Lâm Văn Mẫn"]
    # one side's chair is not the session's
    found = _events(_VISIT + " Chủ trì buổi làm việc phía tỉnh có đồng chí Lâm Văn Mẫn, Bí thư Tỉnh ủy.",
                    "2019-06")
    assert [e.leader for e in found] == ["Nguyễn Văn Sơn"]


def test_a_festival_people_go_to_is_no_ceremony(tmp_path: Path) -> None:
    found = extract_text(tmp_path, (
        " date 2023-02 Cục Cảnh sát giao thông cho biết tai nạn giao thông dịp Tết giảm 10 vụ.\n"
        "\n"
        "\"Ra Giêng người dân vừa làm việc vừa đi lễ hội nhiều, lực lượng Cảnh sát giao thông không được "
        "chủ quan\", "
        "ông Minh nói.\n"))
    assert found.events == []
    opening = _events("Sáng 10/2, Công an huyện Gia Viễn tổ chức lễ ra quân bảo đảm an ninh, trật tự lễ hội "
                      "chùa Bái Đính.", "2023-02")
    assert [e.type for e in opening] == ["ceremony"]


def test_a_land_survey_is_no_security_word_so_a_land_conference_is_no_event() -> None:
    found = _events("Ngày 5/9, Sở Tài nguyên và Môi trường tỉnh Nam Định tổ chức hội nghị triển khai Nghị "
                    "định quy định về điều tra cơ bản đất đai cho cán bộ địa chính.", "2024-09")
    assert found == []
    found = _events("Ngày 5/9, Công an tỉnh Nam Định tổ chức hội nghị về công tác điều tra các vụ án kinh "
                    "tế.", "2024-09")
    assert [e.type for e in found] == ["conference"]


def test_who_attends_and_speaks_leads_a_launch_nobody_chairs() -> None:
    found = _events("Sáng 2/6, tại Trường THCS Lê Lợi (TP Thanh Hóa), Công an tỉnh Thanh Hóa tổ chức lễ "
                    "phát động phòng, chống ma túy trong trường học. Ông Lê Văn Bình, Phó Chủ tịch UBND "
                    "tỉnh dự và phát biểu.", "2021-06")
    assert [(e.type, e.place, e.leader) for e in found] == [
        ("ceremony", "Trường THCS Lê Lợi", "Lê Văn Bình")]
    chaired = _events("Sáng 2/6, Công an tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác phòng, chống ma "
                      "túy. Đại tá Trần Văn An, Giám đốc Công an tỉnh chủ trì hội nghị. Ông Lê Văn Bình, "
                      "Phó Chủ tịch UBND tỉnh dự và phát biểu.", "2021-06")
    assert chaired[0].leader == "Trần Văn An"


def test_the_leader_of_a_session_a_notice_concludes_is_who_gave_the_conclusions() -> None:
    found = _events("Văn phòng UBND tỉnh Hà Giang vừa ban hành Thông báo số 120/TB-VP ngày 12/5/2023 kết "
                    "luận của Chủ tịch UBND tỉnh Nguyễn Văn Sơn tại buổi làm việc với Công an tỉnh ngày "
                    "8/5/2023 về công tác bảo đảm an ninh, trật tự.", "2023-05")
    assert [(e.type, e.date, e.leader) for e in found] == [
        ("working_session", "2023-05-08", "Nguyễn Văn Sơn")]


def test_places_two_companies_and_not_the_country_of_a_law_s_subject() -> None:
    found = _events("Ngày 14/5, Đoàn kiểm tra của UBND tỉnh Quảng Ninh đã kiểm tra công tác quản lý vật "
                    "liệu nổ tại Công ty Than Hà Lầm và Công ty Than Mạo Khê.", "2024-05")
    assert found[0].place == "Công ty Than Hà Lầm và Công ty Than Mạo Khê"
    found = _events("Chiều 5/10, Đoàn giám sát của Ủy ban Quốc phòng và An ninh đã làm việc với UBND tỉnh "
                    "Lào Cai về việc thực hiện pháp luật về cư trú của người nước ngoài tại Việt Nam.",
                    "2023-10")
    assert (found[0].place, found[0].localities) == (None, ("Lào Cai",))


def test_the_main_event_takes_the_province_its_title_holds_it_in(tmp_path: Path) -> None:
    lead = ("Sáng 12/7, tại thành phố Pleiku, Bộ Tư lệnh Cảnh sát cơ động tổ chức diễn tập phương án "
            "chống khủng bố năm 2022.\n")
    found = extract_text(tmp_path, (
        " date 2022-07 Cảnh sát cơ động diễn tập chống khủng bố tại Gia Lai\n\n" + lead))
    assert found.events[0].localities == ("Pleiku", "Gia Lai")
    other = extract_text(tmp_path, (
        " date 2022-07 Cảnh sát cơ động diễn tập chống khủng bố tại Đắk Lắk\n\n" + lead))
    assert other.events[0].localities == ("Pleiku",)


def test_a_date_with_spaced_dashes_and_a_lead_that_says_when_the_event_took_place():
    launch = _events("Ngày 9 - 3 - 2013, tại xã Mù Cả, Ban Chỉ đạo phòng, chống ma túy huyện Mường Tè "
                     "tổ chức lễ ra quân.", "2013-03")
    assert [(e.type, e.date) for e in launch] == [("ceremony", "2013-03-09")]
    seminar = _events('Tại hội thảo "An toàn dữ liệu cho ngân hàng" diễn ra chiều 20/11 ở Hà Nội, Cục '
                      "An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao cho biết nhiều vụ tấn "
                      "công mạng đã xảy ra. Hội thảo do Hiệp hội Ngân hàng Việt Nam tổ chức.", "2021-11")
    assert [(e.type, e.date) for e in seminar] == [("conference", "2021-11-20")]


def test_advice_to_check_one_s_home_is_no_inspection():
    found = _events("Ngày 4/5, một vụ cháy nhà xảy ra tại xã Xuân Lai làm hư hỏng nhiều tài sản. Qua vụ "
                    "việc, Công an tỉnh khuyến cáo người dân thường xuyên kiểm tra hệ thống điện, ổ cắm.",
                    "2021-05")
    assert all(e.type != "inspection" for e in found)


def test_at_talks_the_host_s_chair_leads_before_the_visiting_head():
    talks = _events("Ngày 12/9, tại TP Lai Châu, Công an tỉnh Lai Châu tổ chức hội đàm với đoàn đại biểu "
                    "Công an tỉnh Luông Nậm Thà (Lào) do Đại tá Xổm Xắc Vi Lay, Giám đốc Công an tỉnh Luông "
                    "Nậm Thà làm trưởng đoàn. Phía Công an tỉnh Lai Châu do Đại tá Nguyễn Văn Hải, Giám đốc "
                    "Công an tỉnh chủ trì.", "2019-09")
    assert talks[0].leader == "Nguyễn Văn Hải"


def test_a_programme_organized_for_people_is_an_event_of_its_own_kind():
    events = _events(
        "Ngày 20/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu phối hợp với UBND huyện Phong Thổ tổ chức "
        "chương trình \"Tết ấm vùng biên\" tại Đồn Biên phòng Ma Lù Thàng. Đại tá Nguyễn Văn An, Chỉ huy "
        "trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh dự và chỉ đạo.\n\n"
        "Dịp này, đơn vị đã trao 200 suất quà cho các hộ nghèo.\n", "2020-01")
    assert [(e.type, e.date, e.leader) for e in events] == [("other", "2020-01-20", "Nguyễn Văn An")]


def test_a_lead_over_days_after_the_place_of_an_agencys_dateline_is_dated_by_the_first() -> None:
    found = _events("Đà Nẵng (TTXVN) - Trong hai ngày 11 và 12/3, Đoàn kiểm tra của Bộ Công an kiểm tra công "
                    "tác bảo đảm an ninh, trật tự của Công an thành phố Đà Nẵng.", "2024-03")
    assert [(e.type, e.date) for e in found] == [("inspection", "2024-03-11")]


def test_resort_island_district_and_hamlet_hall_places_a_bracketed_range_and_a_dated_council_session():
    resort = _events("Chiều 3-5, tại Khu nghỉ dưỡng Sao Biển, phường Mỹ An, Công an tỉnh Quảng Ngãi tổ "
                     "chức diễn tập phương án chữa cháy.", "2021-05")
    assert resort[0].place == "Khu nghỉ dưỡng Sao Biển"
    island = _events("Ngày 8/4/2016, tại huyện đảo Lý Sơn (Quảng Ngãi), Công an tỉnh tổ chức hội nghị sơ kết "
                     "công tác bảo đảm an ninh, trật tự quý I.", "2016-04")
    assert island[0].place == "huyện đảo Lý Sơn"
    hall = _events("Ngày 2/6, tại Nhà văn hóa buôn Cư Né, xã Ea Tul, Đồn Công an tổ chức hội nghị về an ninh "
                   "trật tự thôn, buôn.", "2022-06")
    assert hall[0].place == "Nhà văn hóa buôn Cư Né"
    days = _events("Trong 3 ngày (từ 7 đến 9/11), Đoàn kiểm tra của Công an tỉnh Bình Định kiểm tra công tác "
                   "quản lý cư trú tại thị xã An Nhơn.", "2023-11")
    assert [(e.type, e.date) for e in days] == [("inspection", "2023-11-07")]
    session = _events("Ngày 20 tháng 12 năm 2012, tại kỳ họp thứ 5 HĐND huyện Long Phú, các đại biểu chất "
                      "vấn Trưởng Công an huyện về tình hình trật tự, an toàn xã hội. Ông Lý Văn Hai, "
                      "Chủ tịch HĐND huyện chủ trì phiên chất vấn.", "2012-12")
    assert [(e.type, e.date, e.leader) for e in session] == [("conference", "2012-12-20", "Lý Văn Hai")]


def test_what_was_there_at_the_moment_of_a_raid_and_advice_to_check_goods_are_no_inspections():
    found = _events("Rạng sáng 2-3, Công an quận 8 bất ngờ kiểm tra một kho hàng trên đường Phạm Thế Hiển, "
                    "phát hiện hàng giả. Tại thời điểm kiểm tra, kho do một người làm thuê trông coi. "
                    "Công an quận khuyến cáo người dân kiểm tra kỹ nguồn gốc hàng hóa khi mua.", "2023-03")
    assert all(e.type != "inspection" for e in found)


def test_a_body_that_meets_or_questions_in_a_dated_sentence_and_who_conducts_the_session():
    board = _events("Chiều nay (14/5), Ban Chỉ đạo 138 tỉnh Hà Tĩnh họp bàn giải pháp bảo đảm an ninh, "
                    "trật tự quý II. Ông Trần Văn Sơn, Phó Chủ tịch UBND tỉnh, Trưởng Ban chủ trì cuộc họp.",
                    "2022-05")
    assert [(e.type, e.date, e.leader) for e in board] == [("conference", "2022-05-14", "Trần Văn Sơn")]
    assert board[0].text.startswith("Chiều nay (14/5)")
    assembly = _events("Sáng 6/6, Quốc hội chất vấn Bộ trưởng Công an về phòng chống ma túy. Phó Chủ tịch "
                       "Quốc hội Lê Văn Toàn điều hành phiên chất vấn. Đại biểu tỉnh Gia Lai hỏi về tình "
                       "hình ma túy ở địa phương.", "2023-06")
    assert [(e.type, e.date, e.leader, e.localities) for e in assembly] == [
        ("conference", "2023-06-06", "Lê Văn Toàn", ())]
    undated = _events("Ban Chỉ đạo 138 tỉnh Hà Tĩnh họp hằng tháng để đánh giá tình hình an ninh, trật tự.",
                      "2022-05")
    assert undated == []


def test_checks_asked_for_or_told_inside_a_quotation_are_no_inspections():
    asked = _events("Ngày 9/4, Chủ tịch tỉnh giao UBND huyện Kỳ Anh rà soát, kiểm tra các quán karaoke "
                    "hoạt động quá giờ.", "2023-04")
    assert all(e.type != "inspection" for e in asked)
    quoted = _events("\"Các tổ tuần tra phải duy trì kiểm tra tốc độ suốt ngày đêm\", Thượng tá Hùng, Trưởng "
                     "phòng CSGT Công an tỉnh Nghệ An nói.", "2023-04")
    assert all(e.type != "inspection" for e in quoted)



def test_a_bare_province_police_holding_the_event_adds_its_province():
    # the province named in the report (here its title) is added to the city the square lies in
    square = _events("Nghệ An ra quân trấn áp tội phạm dịp Tết\n\nSáng 10/1, tại quảng trường Hồ Chí Minh "
                     "(TP Vinh), CA tỉnh tổ chức lễ ra quân trấn áp tội phạm, bảo đảm an ninh, trật tự Tết "
                     "Nguyên đán.", "2024-01")
    assert [(e.type, e.localities) for e in square] == [("ceremony", ("Vinh", "Nghệ An"))]
    titled = _events("Công an tỉnh Hà Tĩnh sơ kết công tác 6 tháng\n\nSáng 5/7, Công an tỉnh tổ chức "
                     "hội nghị sơ kết công tác công an 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối "
                     "năm.", "2024-07")
    assert [(e.type, e.localities) for e in titled] == [("conference", ("Hà Tĩnh",))]
    # a bare province police only worked with, not holding: no province added
    visited = _events("Chiều 11/4, Phó Chủ tịch UBND tỉnh Lê Văn An có buổi làm việc với Công an tỉnh "
                      "và UBND huyện Kỳ Anh về tình hình an ninh, trật tự.", "2024-04")
    assert [(e.type, e.localities) for e in visited] == [("working_session", ("Kỳ Anh",))]


def test_when_nobody_chairs_the_guest_who_speaks_or_the_head_of_the_holding_board_leads():
    asks = _events("Ngày 5/7, Công an xã Hòa Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. "
                   "Trưởng Công an xã cho biết đơn vị có 12 cán bộ.\n\nDự hội nghị, Thượng tá Trần Văn "
                   "Hải, Phó Trưởng Công an huyện đề nghị Công an xã tiếp tục bám cơ sở.", "2024-07")
    assert [e.leader for e in asks] == ["Trần Văn Hải"]
    speaks = _events("Sáng 2/7, Công an huyện Mường Chà tổ chức hội nghị sơ kết công tác công an 6 tháng "
                     "đầu năm. Dự hội nghị có đồng chí Lò Văn Bình, Phó Bí thư Huyện ủy; Thượng tá Vũ Văn "
                     "Nam, Phó Giám đốc Công an tỉnh Điện Biên.\n\nPhát biểu tại hội nghị, Thượng tá Vũ "
                     "Văn Nam ghi nhận kết quả đạt được và yêu cầu Công an huyện tiếp tục nắm chắc tình "
                     "hình.\n\nĐồng chí Lò Văn Bình đề nghị Công an huyện tham mưu cho Huyện ủy.", "2024-07")
    assert [e.leader for e in speaks] == ["Vũ Văn Nam"]
    board = _events("Ngày 3/6, BCĐ phòng, chống ma túy huyện Sìn Hồ tổ chức lễ ra quân tháng hành động "
                    "phòng, chống ma túy. Dự buổi lễ có đồng chí Hà Văn Minh, Phó Giám đốc Công an tỉnh Lai "
                    "Châu; đồng chí Lò Văn Sơn, Chủ tịch UBND huyện, Trưởng BCĐ.\n\nPhát biểu tại buổi "
                    "lễ, đồng chí Hà Văn Minh đề nghị các xã tăng cường tuyên truyền.", "2024-06")
    assert [e.leader for e in board] == ["Lò Văn Sơn"]
    # a guest who only attends and says nothing leads nothing
    silent = _events("Ngày 5/7, Công an xã Hòa Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Dự "
                     "hội nghị có Thượng tá Trần Văn Hải, Phó Trưởng Công an huyện.", "2024-07")
    assert [e.leader for e in silent] == [None]


def test_an_outlet_named_in_brackets_before_the_lead_is_no_place_of_the_event():
    found = _events("(Báo Hà Tĩnh) - Chiều 11/4, Phó Chủ tịch UBND tỉnh Lê Văn An có buổi làm việc với UBND "
                    "huyện Kỳ Anh về tình hình an ninh, trật tự.", "2018-04")
    assert [(e.localities, e.text[:10]) for e in found] == [(("Kỳ Anh",), "Chiều 11/4")]


def test_a_delegation_checking_how_a_plan_is_carried_out_is_an_inspection_and_its_hosts_no_event():
    found = _events("Sáng 9/5, Thiếu tướng Trần Văn An, Phó Cục trưởng Cục Cảnh sát giao thông dẫn đầu đoàn "
                    "công tác kiểm tra việc thực hiện kế hoạch bảo đảm trật tự an toàn giao thông tại tỉnh "
                    "Hà Nam. Tiếp và làm việc với đoàn có ông Lê Văn Bình, Phó Chủ tịch UBND.", "2024-05")
    assert [(e.type, e.date, e.leader) for e in found] == [("inspection", "2024-05-09", "Trần Văn An")]
    # asked for, "kiểm tra việc …" stays a task
    asked = _events("Ngày 9/5, Công an tỉnh Hà Nam tổ chức hội nghị sơ kết. Giám đốc Công an tỉnh yêu cầu "
                    "các đơn vị kiểm tra việc chấp hành quy định về phòng cháy.", "2024-05")
    assert [e.type for e in asked] == ["conference"]


def test_a_council_supervision_delegation_holding_a_session_at_a_department_is_a_working_session():
    found = _events("Bà Lê Thị Hoa phát biểu tại buổi giám sát.\n\nChiều 12.6, Đoàn giám sát của Thường trực "
                    "HĐND tỉnh Trà Vinh do bà Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn có buổi "
                    "giám sát công tác phòng, chống ma túy tại Công an tỉnh Trà Vinh.", "2023-06")
    assert [(e.type, e.date, e.leader) for e in found] == [("working_session", "2023-06-12", "Lê Thị Hoa")]


def test_a_commune_police_event_takes_its_province_named_in_its_paragraph_or_the_one_before():
    found = _events("Sơ kết 100 ngày\n\nNgày 8-10, Công an xã Mường Khương tổ chức hội nghị sơ kết 100 "
                    "ngày hoạt động theo mô hình mới. Dự hội nghị có Đại tá Hoàng Văn Lâm, Phó Giám đốc Công "
                    "an tỉnh Lào Cai.", "2025-10")
    assert [e.localities for e in found] == [("Mường Khương", "Lào Cai")]
    lead = _events("Sơ kết 100 ngày\n\nCông an xã Mường Khương (tỉnh Lào Cai) đã giải quyết 900 hồ sơ.\n\n"
                   "Ngày 8-10, Công an xã Mường Khương tổ chức hội nghị sơ kết 100 ngày hoạt động theo mô "
                   "hình mới.", "2025-10")
    assert [e.localities for e in lead] == [("Mường Khương", "Lào Cai")]
    # a province of another commune's is not added
    other = _events("Sơ kết 100 ngày\n\nNgày 8-10, Công an xã Mường Khương tổ chức hội nghị sơ kết 100 "
                    "ngày. Dự hội nghị có đại diện Công an tỉnh Hà Giang.", "2025-10")
    assert [e.localities for e in other] == [("Mường Khương",)]


def test_markets_named_after_tai_are_the_events_place():
    found = _events("Kiểm tra chợ\n\nNgày 9.3, đoàn kiểm tra liên ngành do Thượng tá Lê Văn Bình làm "
                    "trưởng đoàn đã kiểm tra công tác phòng cháy, chữa cháy tại chợ Hội An và chợ Cẩm Phô "
                    "(TP Hội An).", "2019-03")
    assert [e.place for e in found] == ["chợ Hội An và chợ Cẩm Phô"]


def test_who_chairs_after_the_official_who_attends_and_directs_in_one_sentence_leads():
    events = _events("Ngày 9-1, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2016. Đồng chí Hồ Quang "
                     "Bửu, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị; Đại tá Nguyễn Văn Ngọc, Giám đốc "
                     "Công an tỉnh chủ trì.", "2017-01")
    alone = _events("Ngày 9-1, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2016. Đồng chí Hồ Quang "
                    "Bửu, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.", "2017-01")
    assert [e[0].leader for e in (events, alone)] == ["Nguyễn Văn Ngọc", "Hồ Quang Bửu"]


def test_a_dialogue_a_committee_holds_with_households_is_a_conference():
    events = _events("Sáng 9/10, UBND thị xã tổ chức đối thoại với 25 hộ dân có đơn kiến nghị về bồi thường "
                     "giải phóng mặt bằng. Ông Trần Văn Lộc, Chủ tịch UBND thị xã chủ trì buổi đối thoại, "
                     "Công an thị xã báo cáo tình hình an ninh trật tự.\n\n"
                     "Tỉnh sẽ thành lập tổ công tác về tận thôn, xóm để đối thoại với người dân.", "2022-10")
    assert [(e.type, e.date, e.leader) for e in events] == [("conference", "2022-10-09", "Trần Văn Lộc")]


def test_a_province_named_as_merged_into_the_hosts_is_no_place_of_an_event_its_sentence_names_none():
    text = ("Ngày 20/12, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2025.\n\n"
            "Năm 2025 là năm đầu Công an tỉnh Gia Lai hoạt động sau hợp nhất tỉnh Gia Lai và tỉnh Bình Định.")
    after = _events(text, "2025-12")
    before = _events(text.replace("2025", "2024"), "2024-12")
    assert [e.localities for e in (*after, *before)] == [("Gia Lai",), ("Gia Lai", "Bình Định")]


def test_an_afternoon_the_same_day_is_its_own_event_dated_by_the_morning_and_in_its_province():
    events = _events("Sáng 12/4, Thứ trưởng Bộ Công an Trần Văn Sơn đã làm việc với Công an tỉnh Nghệ An. "
                     "Báo cáo cho biết, từ ngày 15/12/2023 đến ngày 11/4/2024, tội phạm giảm 5%.\n\n"
                     "Chiều cùng ngày, Thứ trưởng Trần Văn Sơn đến kiểm tra Công an xã Nghi Phong, huyện "
                     "Nghi Lộc.", "2024-04")
    assert [(e.type, e.date, e.localities) for e in events] == [
        ("working_session", "2024-04-12", ("Nghệ An",)),
        ("inspection", "2024-04-12", ("Nghi Phong", "Nghi Lộc", "Nghệ An"))]


def test_a_same_day_meeting_after_an_outlets_prefix_takes_the_leads_day():
    events = _events("(Dân trí) - Trưa 10/9, mực nước sông Hồng lên cao. Theo đại tá Lê Văn Nam, từ tối 8/9 "
                     "Công an tỉnh Yên Bái đã sơ tán 500 hộ.\n\nChiều cùng ngày, đại tá Lê Văn Nam chủ trì "
                     "cuộc họp khẩn với Công an các huyện.", "2024-09")
    assert [(e.type, e.date) for e in events] == [("conference", "2024-09-10")]
