"""Round 43's classes of bodies, places, events, periods and pledges (branch fix43): a detention house and a
compulsory education facility as bodies and an inspection's place; districts of their time listed after
"các xã <kind of units>" in a report dated before July 2025; a blood donation day no event of the register's;
things counted after a body named by a number that a giving verb gives them to; periods "từ đầu năm … đến
ngày …", "Năm qua, …" and a past term that frames a clause of figures; goals listed under a term's heading;
drug operations counted in "chuyên án"; a district police chief and a building's residents as addressees; a
goal's cases named by the words of a count the report gave, with the baseline after the acts.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_read_of, extracted


def test_a_detention_house_named_with_its_police_is_one_body_and_the_inspections_place() -> None:
    ex = extracted("Ngày 2-11-2022, Viện kiểm sát nhân dân huyện Yên Định kiểm sát trực tiếp việc tạm giữ, "
                   "tạm giam tại Nhà tạm giữ Công an huyện Yên Định, tỉnh Thanh Hóa.\n\n"
                   "Qua kiểm sát, Nhà tạm giữ đã tiếp nhận 41 người bị tạm giữ.", "2022-11-03")
    names = [o.name for o in ex.organizations]
    assert "Nhà tạm giữ Công an huyện Yên Định" in names
    assert "Công an huyện Yên Định" not in names  # only inside the house's name here
    assert [(e.type, e.place) for e in ex.events] == [("inspection", "Nhà tạm giữ Công an huyện Yên Định")]


def test_a_detention_house_written_alone_is_no_body() -> None:
    ex = extracted("Ngày 2-11-2022, Viện kiểm sát nhân dân huyện Yên Định kiểm sát trực tiếp việc tạm giữ "
                   "tại Công an huyện Yên Định. Nhà tạm giữ đã tiếp nhận 41 người.", "2022-11-03")
    assert not any(o.name.startswith("Nhà tạm giữ") for o in ex.organizations)


def test_a_compulsory_education_facility_named_by_its_place_is_a_body_and_the_place() -> None:
    ex = extracted("Ngày 14-5-2019, đoàn kiểm tra của Bộ Công an kiểm tra công tác quản lý học viên tại "
                   "Cơ sở giáo dục bắt buộc Thanh Hà.", "2019-05-15")
    assert "Cơ sở giáo dục bắt buộc Thanh Hà" in [o.name for o in ex.organizations]
    assert [e.place for e in ex.events] == ["Cơ sở giáo dục bắt buộc Thanh Hà"]


_C06 = ("Ngày 9/5/2022, đoàn công tác của Bộ Công an làm việc với Công an tỉnh Lai Châu về thực hiện Đề án "
        "06 và bảo đảm an ninh, trật tự.\n\n")


def test_districts_listed_after_the_communes_of_a_kind_are_the_districts_of_the_reports_time() -> None:
    # Sìn Hồ and Phong Thổ were townships of their districts before July 2025, communes of those names since
    ex = extracted(_C06 + "Đoàn yêu cầu tổ chức cấp căn cước lưu động tại các xã biên giới Sìn Hồ, "
                   "Phong Thổ.", "2022-05-10")
    found = {(loc.name, loc.level, loc.code) for loc in ex.localities}
    assert ("Sìn Hồ", "district", "108") in found
    assert ("Phong Thổ", "district", "109") in found
    assert not any(loc.level == "commune" for loc in ex.localities)


def test_a_commune_of_the_kind_listed_stays_a_commune() -> None:
    # Lai Châu had a commune Mường Tè in Mường Tè district before July 2025: a commune of that kind, kept
    ex = extracted(_C06 + "Đoàn kiểm tra tại các xã biên giới Mường Tè, Ka Lăng.", "2022-05-10")
    found = {(loc.name, loc.level) for loc in ex.localities}
    assert ("Mường Tè", "commune") in found and ("Ka Lăng", "commune") in found


def test_a_report_since_july_2025_reads_the_communes_of_its_time() -> None:
    ex = extracted("Ngày 9/9/2025, đoàn công tác của Bộ Công an làm việc với Công an tỉnh Lai Châu về thực "
                   "hiện Đề án 06.\n\nĐoàn kiểm tra tại các xã biên giới Sìn Hồ, Phong Thổ.", "2025-09-10")
    found = {(loc.name, loc.level) for loc in ex.localities}
    assert ("Sìn Hồ", "commune") in found and ("Phong Thổ", "commune") in found


def test_a_blood_donation_day_is_no_event_though_the_police_hold_it() -> None:
    ex = extracted("Sáng 12/4/2019, Đoàn Thanh niên Công an tỉnh Nam Định tổ chức Ngày hội hiến máu tình "
                   "nguyện năm 2019 tại trụ sở Công an tỉnh. Đại tá Trần Văn Bình, Phó Giám đốc Công an tỉnh "
                   "dự và phát động.\n\nPhát biểu tại ngày hội, Đại tá Trần Văn Bình đề nghị các đoàn viên "
                   "tiếp tục tham gia. Ngày hội đã tiếp nhận 310 đơn vị máu của cán bộ, chiến sĩ Công an "
                   "tỉnh.", "2019-04-13")
    assert ex.events == []


def test_a_blood_donation_launch_of_another_body_is_no_event() -> None:
    ex = extracted("Sáng 8-1-2020, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Sóc Trăng tổ chức lễ phát "
                   "động Ngày hội hiến máu tình nguyện năm 2020 tại TP Sóc Trăng. Cán bộ, chiến sĩ lực lượng "
                   "vũ trang tham gia hiến máu.\n\nPhát biểu tại lễ phát động, ông Lê Văn Hòa yêu cầu các "
                   "ngành tiếp tục vận động người dân tham gia hiến máu.", "2020-01-09")
    assert ex.events == []


def test_a_meeting_of_the_register_is_still_an_event() -> None:
    ex = extracted("Sáng 8-1-2020, Công an tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác bảo đảm an "
                   "ninh, trật tự năm 2019 tại TP Sóc Trăng.", "2020-01-09")
    assert [e.type for e in ex.events] == ["conference"]


_REGION = ("Ngày 6/7/2021, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức hội nghị sơ kết công tác 6 tháng đầu năm "
           "2021, bảo đảm an ninh, trật tự trên biển.\n\n")


def test_things_counted_after_a_body_named_by_a_number_are_given_to_it() -> None:
    found = commitments_read_of(_REGION + "Dịp này, Phó Tư lệnh thông báo Bộ Tư lệnh Cảnh sát biển sẽ bổ "
                                "sung cho Vùng 3 xuồng cao tốc trong quý IV/2021.", "2021-07-07")
    assert ("equipment", 3, "xuồng", "Bộ Tư lệnh Cảnh sát biển", "Bộ Tư lệnh Vùng Cảnh sát biển 2") in found


def test_a_body_named_by_a_number_without_a_giving_verb_keeps_its_number() -> None:
    ex = extracted(_REGION + "Lực lượng của Vùng 2 đã tuần tra 120 lượt trên biển.", "2021-07-07")
    assert not any(i.value == 2 for i in ex.indicators)


_TRAFFIC = "Theo báo cáo của Công an huyện Cư Kuin, tỉnh Đắk Lắk, "


def test_a_period_from_the_years_start_to_a_day_is_read_whole() -> None:
    ex = extracted(_TRAFFIC + "từ đầu năm 2022 đến ngày 20-10, trên địa bàn huyện xảy ra 18 vụ tai nạn "
                   "giao thông, làm chết 11 người.", "2022-10-25")
    assert {i.period for i in ex.indicators} == {"từ đầu năm 2022 đến ngày 20-10"}


def test_a_period_from_the_years_start_alone_or_to_now_is_as_before() -> None:
    ex = extracted(_TRAFFIC + "từ đầu năm 2022, trên địa bàn huyện xảy ra 18 vụ tai nạn giao thông.",
                   "2022-10-25")
    assert {i.period for i in ex.indicators} == {"từ đầu năm 2022"}
    ex = extracted(_TRAFFIC + "từ đầu năm đến nay, trên địa bàn huyện xảy ra 18 vụ tai nạn giao thông.",
                   "2022-10-25")
    assert {i.period for i in ex.indicators} == {"từ đầu năm đến nay"}


def test_the_past_year_opening_a_paragraph_is_its_figures_period() -> None:
    ex = extracted("Tối 20-11-2017, phường Trà An, quận Bình Thủy tổ chức Ngày hội toàn dân bảo vệ an ninh "
                   "Tổ quốc.\n\nNăm qua, nhân dân đã cung cấp cho lực lượng Công an 31 nguồn tin có giá trị; "
                   "tội phạm về trật tự xã hội giảm 5 vụ so với năm 2016.", "2017-11-21")
    assert {i.period for i in ex.indicators} == {"năm qua"}


_CONGRESS = ("Trong hai ngày 14 và 15-7-2020, Đảng bộ Công an tỉnh Nam Định tổ chức Đại hội đại biểu lần thứ "
             "XXV, nhiệm kỳ 2020 - 2025.\n\n")


def test_a_past_term_opening_a_clause_of_figures_is_their_period() -> None:
    ex = extracted(_CONGRESS + "Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ 2015 - 2020, tỷ lệ điều tra "
                   "khám phá án đạt 83,4%; lực lượng Công an đã triệt phá 142 băng, ổ nhóm tội phạm.",
                   "2020-07-16")
    assert {i.period for i in ex.indicators} == {"nhiệm kỳ 2015 - 2020"}


def test_the_congress_own_term_is_no_period() -> None:
    ex = extracted(_CONGRESS + "Đại hội bầu 25 đồng chí vào Ban Chấp hành Đảng bộ.", "2020-07-16")
    assert all(i.period != "nhiệm kỳ 2020 - 2025" for i in ex.indicators)


def test_goals_listed_under_a_terms_heading_take_its_end_year() -> None:
    ex = extracted(_CONGRESS + "Đại hội đề ra mục tiêu nhiệm kỳ 2020 - 2025:\n"
                   "- Hằng năm kéo giảm ít nhất 4% tội phạm về trật tự xã hội;\n"
                   "- Tỷ lệ điều tra khám phá án đạt trên 75%.", "2020-07-16")
    assert [(t.value, t.deadline) for t in ex.targets] == [(4, "2025"), (75, "2025")]


def test_drug_operations_counted_in_their_unit_are_drug_operations() -> None:
    ex = extracted("Năm 2021, Bộ đội Biên phòng tỉnh Lai Châu phối hợp với Công an tỉnh đấu tranh thành công "
                   "9 chuyên án ma túy, bắt 15 đối tượng; phát hiện 21 vụ phạm tội về ma túy.", "2022-01-10")
    keys = {(i.unit, i.metric_key) for i in ex.indicators}
    assert ("chuyên án", "drug_operations") in keys
    assert ("vụ", "drug_crime") in keys


def test_a_district_police_chief_asked_by_his_office_is_the_addressee_of_the_items_after() -> None:
    ex = extracted("Ngày 10-4-2018, Viện kiểm sát nhân dân huyện Vũ Thư tiến hành kiểm sát trực tiếp tại "
                   "Nhà tạm giữ Công an huyện Vũ Thư.\n\nTrên cơ sở đó, Viện kiểm sát nhân dân huyện Vũ Thư "
                   "đã ban hành kiến nghị Trưởng Công an huyện Vũ Thư:\n\n1. Chỉ đạo Nhà tạm giữ khắc phục "
                   "ngay các vi phạm đã nêu.", "2018-04-11")
    assert [(d.verb, d.addressee) for d in ex.directives] == [
        ("kiến nghị", "Trưởng Công an huyện Vũ Thư"), (None, "Trưởng Công an huyện Vũ Thư")]


def test_the_residents_of_the_buildings_named_are_the_addressee() -> None:
    ex = extracted("Sáng 5-3-2021, Công an quận Gò Vấp bắt giữ một đối tượng trộm cắp xe máy tại chung cư. "
                   "Công an quận khuyến cáo cư dân các chung cư lắp thêm khóa phụ cho xe.", "2021-03-06")
    assert [(d.verb, d.addressee) for d in ex.directives] == [("khuyến cáo", "cư dân các chung cư")]


def test_a_goals_cases_named_as_a_count_before_take_its_key_and_the_baseline_after_the_acts() -> None:
    ex = extracted(_REGION + "6 tháng đầu năm, Vùng đã phát hiện, bắt giữ 21 vụ vi phạm trên biển. Trong 6 "
                   "tháng cuối năm, Vùng phấn đấu tăng ít nhất 15% số vụ vi phạm bị phát hiện, bắt giữ so "
                   "với 6 tháng đầu năm.", "2021-07-07")
    assert [(t.metric_key, t.value, t.baseline) for t in ex.targets] == [
        ("maritime_violations", 15, "6 tháng đầu năm")]


def test_a_goals_cases_named_by_no_count_before_keep_no_such_key() -> None:
    ex = extracted(_REGION + "Trong 6 tháng cuối năm, Vùng phấn đấu tăng ít nhất 15% số vụ vi phạm bị phát "
                   "hiện, bắt giữ so với 6 tháng đầu năm.", "2021-07-07")
    assert [t.metric_key for t in ex.targets] != ["maritime_violations"]
