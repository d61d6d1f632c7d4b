"""Leftover classes of scopes, periods and goals (round 15's pass): short sentences in the genre."""

from __future__ import annotations

from extraction_reading import extracted_as_written

from chidao.extract.periods import find_periods


def test_a_minister_s_figures_after_a_deputy_s_provincial_figure_are_the_country_s() -> None:
    ex = extracted_as_written(
        "Sáng 5/6, Quốc hội chất vấn nhóm vấn đề về trật tự, an toàn giao thông.\n\n"
        "Đại biểu Lê Văn Nam (đoàn tỉnh Nghệ An) cho biết, 5 tháng năm 2024, tỉnh Nghệ An xảy ra 120 vụ "
        "tai nạn giao thông.\n\n"
        "Bộ trưởng Lương Tam Quang cho biết, 5 tháng năm 2024, lực lượng công an đã khởi tố 1.500 vụ án, bắt "
        "2.300 đối tượng.\n\n"
        "Thứ trưởng cho biết thêm, lực lượng chức năng đã xử lý 900.000 trường hợp vi phạm.", date="2024-06")
    scopes = {i.value: i.scope for i in ex.indicators}
    assert scopes[120] == "Nghệ An"
    assert (scopes[1500], scopes[2300], scopes[900000]) == (None, None, None)


def test_a_headline_s_and_a_sapo_s_own_weeks_are_the_periods_of_their_figures() -> None:
    ex = extracted_as_written(
        "Đồng Nai: Một tuần cao điểm Tết, CSGT xử lý hơn 3.000 trường hợp vi phạm\n\n"
        "Trong tuần đầu cao điểm Tết Nguyên đán Ất Tỵ, CSGT tỉnh Đồng Nai xử lý 3.120 trường hợp vi phạm.\n\n"
        "Sau một tuần áp dụng Nghị định 168/2024/NĐ-CP, CSGT tỉnh Đồng Nai tạm giữ 410 phương tiện.",
        date="2025-02")
    periods = {i.value: i.period for i in ex.indicators}
    assert periods[3000] == "Một tuần cao điểm Tết"
    assert periods[3120] == "tuần đầu cao điểm Tết Nguyên đán Ất Tỵ"
    assert periods[410] == "một tuần áp dụng Nghị định 168/2024/NĐ-CP"


def test_months_counted_from_what_they_are_the_months_of_and_bare_ones() -> None:
    ex = extracted_as_written(
        "Công an xã vùng cao ở Phú Thọ bám dân, bám bản sau sắp xếp\n\n"
        "Sau hơn 3 tháng vận hành chính quyền địa phương hai cấp, Công an xã Tân Lập (tỉnh Phú Thọ) đã giải "
        "quyết hơn 900 hồ sơ thủ tục hành chính.\n\n"
        "Ngày 12/10, Công an xã Tân Lập tổ chức hội nghị sơ kết công tác bảo đảm an ninh, trật tự.",
        date="2025-10")
    assert [(i.value, i.period) for i in ex.indicators] == [(900, "hơn 3 tháng")]
    bare = "Sau 3 tháng, toàn xã đã lắp đặt 120 camera an ninh."
    assert find_periods(bare, 0, len(bare)) == []


def test_a_peak_s_dates_in_brackets_are_the_period_of_a_later_paragraph_s_figures() -> None:
    ex = extracted_as_written(
        "Tây Ninh: Tạm giữ gần 900 phương tiện trong đợt cao điểm Tết Giáp Thìn\n\n"
        "Ngày 1/3, Phòng Cảnh sát giao thông Công an tỉnh Tây Ninh tổ chức hội nghị tổng kết đợt cao "
        "điểm bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán Giáp Thìn.\n\n"
        "Theo báo cáo, trong 40 ngày cao điểm (từ ngày 15/1 đến ngày 24/2/2024), lực lượng cảnh sát giao "
        "thông toàn tỉnh đã tạm giữ 880 phương tiện.\n\n"
        "Trong thời gian cao điểm, toàn tỉnh xảy ra 15 vụ tai nạn giao thông, làm chết 11 người.",
        date="2024-03")
    periods = {i.value: i.period for i in ex.indicators}
    assert periods[900] == "đợt cao điểm Tết Giáp Thìn"
    assert periods[880] == "từ ngày 15/1 đến ngày 24/2/2024"
    assert periods[15] == periods[11] == "từ ngày 15/1 đến ngày 24/2/2024"


def test_a_quoted_norm_for_each_commune_is_a_goal_and_the_bodies_of_148_communes_are_not() -> None:
    ex = extracted_as_written(
        "Phú Thọ đẩy nhanh cấp căn cước và định danh điện tử\n\n"
        "Sáng 21/10, Ban Chỉ đạo Đề án 06 tỉnh Phú Thọ họp đánh giá kết quả 9 tháng.\n\n"
        "Kết luận cuộc họp, ông Lại Thế Hòa yêu cầu Công an tỉnh phối hợp với UBND 148 xã, phường đẩy nhanh "
        "cấp căn cước, bảo đảm kích hoạt tài khoản định danh điện tử cho ít nhất 90% công dân.\n\n"
        "\"Mỗi xã, phường phải có ít nhất 1 tổ công nghệ số cộng đồng hỗ trợ người dân\", ông Hòa nói.\n\n"
        "Mỗi điểm thi có ít nhất 2 cán bộ bảo vệ.", date="2025-10")
    found = [(t.value, t.unit, t.metric_key) for t in ex.targets]
    assert (148, "xã", "electronic_ids") not in found and all(v != 148 for v, _u, _k in found)
    assert (1, "tổ", "community_digital_teams") in found
    assert (2, "cán bộ", "exam_site_officers") in found


def test_people_counted_after_cases_with_the_crime_after_both_are_the_people_arrested() -> None:
    ex = extracted_as_written(
        "Công an tỉnh Quảng Trị tổng kết công tác năm 2023\n\n"
        "Ngày 5/1, Công an tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
        "Năm 2023, lực lượng chức năng bắt 312 vụ, 486 người phạm tội về ma túy. Toàn tỉnh xảy ra 12 vụ tai "
        "nạn giao thông, 15 người chết.", date="2024-01")
    keys = {i.value: i.metric_key for i in ex.indicators}
    assert (keys[312], keys[486]) == ("drug_crime", "suspects_arrested")
    assert keys[15] == "traffic_deaths"


def test_an_agency_after_the_dateline_s_place_is_no_body_and_the_inspected_police_host_the_report() -> None:
    ex = extracted_as_written(
        "Bộ Công an kiểm tra công tác của Công an tỉnh An Giang\n\n"
        "An Giang (TTXVN) - Ngày 18/9, Đoàn kiểm tra của Bộ Công an do Thứ trưởng Nguyễn Văn Long làm Trưởng "
        "đoàn đã kiểm tra công tác bảo đảm an ninh, trật tự của Công an tỉnh An Giang sau khi hợp nhất.\n\n"
        "Từ ngày 1/7 đến ngày 15/9/2025, trên địa bàn xảy ra 186 vụ phạm tội về trật tự xã hội.",
        date="2025-09")
    assert "TTXVN" not in {o.name for o in ex.organizations}
    assert "An Giang" in {loc.name for loc in ex.localities}
    assert [(i.value, i.scope) for i in ex.indicators] == [(186, "An Giang")]


def test_the_months_of_the_tasks_ahead_a_meeting_sets_are_no_period_of_its_figures() -> None:
    ex = extracted_as_written(
        "Phú Thọ đẩy nhanh cấp căn cước\n\n"
        "Sáng 21/10, Ban Chỉ đạo Đề án 06 tỉnh Phú Thọ họp đánh giá kết quả 9 tháng, triển khai nhiệm vụ "
        "những tháng cuối năm 2025. Ông Lại Thế Hòa, Chủ tịch UBND tỉnh chủ trì cuộc họp.\n\n"
        "Theo báo cáo, toàn tỉnh đã cấp hơn 3,1 triệu thẻ căn cước.\n\n"
        "Đại tá Lê Văn Sơn, Giám đốc Công an tỉnh Phú Thọ cho biết, Công an tỉnh sẽ bố trí 60 tổ cấp "
        "căn cước lưu động.", date="2025-10")
    assert [(i.value, i.period) for i in ex.indicators] == [(3100000, None)]


def test_the_unit_as_a_subject_is_the_commune_police_the_sentence_before_named() -> None:
    ex = extracted_as_written(
        "Giám đốc Công an tỉnh kiểm tra Công an xã Bố Trạch và Phong Nha\n\n"
        "Ngày 18/8, Giám đốc Công an tỉnh Quảng Trị cùng đoàn công tác đã đến kiểm tra công tác tại Công an "
        "xã Bố Trạch và Công an xã Phong Nha.\n\n"
        "Công an xã Bố Trạch được bố trí 38 cán bộ, chiến sĩ. Từ ngày 1/7 đến nay, đơn vị tiếp nhận 1.256 hồ "
        "sơ thủ tục hành chính, phát hiện 6 vụ phạm pháp hình sự.", date="2025-08")
    scopes = {i.value: i.scope for i in ex.indicators}
    assert scopes[1256] == scopes[6] == "Bố Trạch"


def test_a_goal_asked_of_a_commune_s_police_in_its_own_report_is_not_the_asker_s_province() -> None:
    ex = extracted_as_written(
        "Công an xã vùng cao bám dân sau sắp xếp\n\n"
        "Ngày 12/10, Công an xã Tây Yên Tử tổ chức hội nghị sơ kết 3 tháng thực hiện nhiệm vụ.\n\n"
        "Dự hội nghị, Đại tá Nguyễn Quốc Toản, Phó Giám đốc Công an tỉnh Bắc Ninh đề nghị Công an xã "
        "tiếp tục bám cơ sở; phấn đấu đến hết năm 2025, 100% thôn có mô hình tự quản về an ninh, trật tự.",
        date="2025-10")
    assert [(t.value, t.scope) for t in ex.targets] == [(100, "Tây Yên Tử")]
