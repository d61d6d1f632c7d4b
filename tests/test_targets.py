"""Targets: quantified goals, with metric, direction, value, baseline, deadline and scope."""

from __future__ import annotations

from conftest import FIXTURES_DIR, extract_path

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Extraction, Target, grounding_errors

REPORTS = FIXTURES_DIR / "reports"


def target_of(ex: Extraction, value: float, key: str | None = None) -> Target:
    matches = [t for t in ex.targets if t.value == value and (key is None or t.metric_key == key)]
    assert matches, f"no target {value} {key}: {[(t.value, t.metric_key, t.text) for t in ex.targets]}"
    return matches[0]


def test_a_review_sets_next_years_goals_against_this_years_baseline() -> None:
    ex = extract_path(REPORTS / "h4_tong_ket_chi_so.txt")
    crime = target_of(ex, 5, "social_order_crime")
    assert crime.text == "giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2023"
    assert crime.metric == "số vụ phạm tội về trật tự xã hội"
    assert (crime.direction, crime.unit, crime.at_least) == ("decrease", "%", True)
    assert (crime.baseline, crime.deadline) == ("năm 2023", "2024")
    assert crime.scope is not None and "Thanh Hóa" in crime.scope
    rate = target_of(ex, 80, "case_clearance_rate")
    assert (rate.direction, rate.at_least) == ("reach", True)
    assert rate.text == "tỷ lệ điều tra khám phá án đạt trên 80%"


def test_a_metric_between_the_verb_and_the_figure_kéo_giảm_tai_nạn_giao_thông_trên_5_percent() -> None:
    ex = extract_path(REPORTS / "h4_tong_ket_chi_so.txt")
    traffic = target_of(ex, 5, "traffic_accidents")
    assert traffic.text == "Kéo giảm tai nạn giao thông trên 5%"
    assert (traffic.metric, traffic.direction, traffic.at_least) == ("tai nạn giao thông", "decrease", True)


def test_reported_results_and_descriptive_percentages_are_not_targets() -> None:
    ex = extract_path(REPORTS / "h4_tong_ket_chi_so.txt")
    values = sorted(t.value for t in ex.targets)
    # 8,2% and 84,5% are this year's results, 72% of the population and "80 năm" describe
    assert values == [5, 5, 80]
    assert not any("3 tiêu chí" in t.text for t in ex.targets)


def test_seed_national_conference_target_has_no_provincial_scope(
        seed_extractions: dict[str, Extraction]) -> None:
    ex = seed_extractions["003_4d30831d878c59ec.txt"]
    (target,) = ex.targets
    assert target.text == "giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2020"
    assert (target.metric_key, target.direction, target.value, target.unit) == (
        "social_order_crime", "decrease", 5, "%")
    assert (target.at_least, target.baseline, target.deadline) == (True, "năm 2020", None)
    # set for "Công an các đơn vị, địa phương": the whole force, no one province
    assert target.scope is None


def test_seed_bac_giang_grdp_rank_goal_is_scoped_to_the_province(
        seed_extractions: dict[str, Extraction]) -> None:
    ex = seed_extractions["002_7bf578808520267a.txt"]
    grdp = target_of(ex, 15, "grdp_rank")
    assert (grdp.direction, grdp.unit) == ("reach", "tỉnh")
    assert grdp.text.startswith("nằm trong 15 tỉnh đứng đầu cả nước về quy mô GRDP")
    assert grdp.scope is not None and "Bắc Giang" in grdp.scope
    # "chỉ tiêu đã đề ra trong năm 2023" is another clause: no deadline for the rank
    assert grdp.deadline is None


def test_seeds_with_no_quantified_goal_have_no_target(seed_extractions: dict[str, Extraction]) -> None:
    for name in ("000_03279662ad3bc2ee.txt", "001_cccaa0f77e974efb.txt", "004_81a66e3ca0f5548f.txt"):
        # "1.500 cán bộ, chiến sĩ" that a building serves, "80 năm" of a tradition: no goals
        assert seed_extractions[name].targets == [], name


def _targets(text: str) -> list[Target]:
    extraction = extract_document(Document.from_text(text, source="test", date="2020-01"))
    assert grounding_errors(extraction) == []
    return extraction.targets


def test_a_goal_exceeded_before_a_semicolon_makes_no_target_of_the_next_figure() -> None:
    text = ("Năm 2019, Công an tỉnh điều tra khám phá các vụ phạm pháp hình sự đạt 90%, vượt chỉ tiêu đề ra; "
            "triệt phá 5/5 băng, nhóm tội phạm.")
    assert _targets(text) == []
    extraction = extract_document(Document.from_text(text, source="test", date="2020-01"))
    assert sorted(i.value for i in extraction.indicators) == [5, 90]


def test_goals_in_a_report_that_is_not_about_security_are_not_tracked() -> None:
    text = "Ngành nông nghiệp phấn đấu năm 2024 tăng ít nhất 5% sản lượng lúa so với năm 2023."
    assert _targets(text) == []


def test_rates_in_a_list_of_goals_take_the_subject_before_đạt() -> None:
    found = _targets(
        "Thứ trưởng Bộ Công an đề nghị Công an tỉnh phấn đấu kéo giảm từ 5% trở lên số vụ phạm tội về trật "
        "tự xã hội; tỷ lệ điều tra, khám phá án đạt trên 80%, án rất nghiêm trọng, đặc biệt nghiêm trọng "
        "đạt trên 95%; phấn đấu đến hết năm 2021 hoàn thành 100% trụ sở Công an xã.")
    by_value = {t.value: t for t in found}
    assert (by_value[5].metric_key, by_value[5].direction) == ("social_order_crime", "decrease")
    assert (by_value[80].metric_key, by_value[80].text) == ("case_clearance_rate",
                                                            "tỷ lệ điều tra, khám phá án đạt trên 80%")
    assert by_value[95].metric_key == "serious_case_clearance_rate"
    assert (by_value[100].deadline, by_value[100].metric) == ("2021", "trụ sở Công an xã")


def test_a_range_is_a_goal_of_at_least_its_low_end() -> None:
    lead = "Ngày 9/1, Bộ Công an tổ chức hội nghị triển khai công tác bảo đảm an ninh trật tự năm 2024.\n\n"
    for goal in ("kéo giảm từ 5-10% số người chết do tai nạn giao thông",
                 "kéo giảm từ 5 - 10% số người chết do tai nạn giao thông",
                 "kéo giảm từ 5% đến 10% số người chết do tai nạn giao thông"):
        targets = _targets(lead + f"Bộ trưởng yêu cầu phấn đấu năm 2024 {goal}.")
        assert [(t.direction, t.value, t.unit, t.at_least, t.metric_key, t.text) for t in targets] == [
            ("decrease", 5, "%", True, "traffic_deaths", goal)], goal
    # a day and month is no range: "ngày 15-10" has no unit after it
    dated = lead + "Bộ trưởng yêu cầu từ ngày 15-10 kéo giảm 3% số vụ tai nạn giao thông."
    assert [t.value for t in _targets(dated)] == [3]


def test_deadlines_from_the_sentence_frame_and_by_day() -> None:
    lead = "Ngày 9/1, Công an tỉnh tổ chức hội nghị triển khai công tác bảo đảm an ninh trật tự.\n\n"
    framed = _targets(lead + "Năm 2019, Công an tỉnh phải phấn đấu kéo giảm ít nhất 5% số vụ phạm tội "
                      "về trật tự xã hội so với năm 2018, tỷ lệ điều tra khám phá án đạt trên 75%.")
    assert [(t.value, t.baseline, t.deadline) for t in framed] == [
        (5, "năm 2018", "2019"), (75, None, "2019")]
    second_half = _targets(lead + "6 tháng cuối năm, lực lượng Công an phải phấn đấu kéo giảm ít nhất 5% "
                           "tội phạm về trật tự xã hội.")
    assert [t.deadline for t in second_half] == ["2020"]  # the report's year (dated 2020-01)
    by_day = _targets(lead + "Bộ trưởng yêu cầu phấn đấu đến ngày 30/6/2022 hoàn thành 100% số xã có "
                      "Công an chính quy.")
    assert [t.deadline for t in by_day] == ["2022-06-30"]


def test_a_terms_goals_a_day_or_quarter_deadline_and_the_share_of_reports_dealt_with() -> None:
    found = _targets(
        "Đại hội đề ra mục tiêu nhiệm kỳ 2025 - 2030: hằng năm kéo giảm từ 5% đến 7% tội phạm về trật tự xã "
        "hội; 100% tin báo, tố giác tội phạm được tiếp nhận, giải quyết đúng thời hạn. Giám đốc yêu cầu bảo "
        "đảm 100% cơ sở karaoke được kiểm tra trước ngày 30/9/2024 và xây dựng 36 trụ sở Công an xã.")
    assert [(t.value, t.metric_key, t.deadline) for t in found] == [
        (5, "social_order_crime", "2030"), (100, "crime_report_resolution_rate", "2030"),
        (100, None, "2024-09-30")]


def test_a_part_of_a_pledge_that_opens_with_its_deadline_and_a_change_is_a_goal() -> None:
    found = _targets(
        "Ông Bằng cam kết, Công an tỉnh sẽ phấn đấu triệt xóa 100% các đường dây cho vay lãi nặng đã phát "
        "hiện; đến hết năm 2024 kéo giảm ít nhất 10% số vụ phạm tội về ma túy so với năm 2023.")
    assert [(t.value, t.deadline, t.baseline) for t in found] == [(100, None, None), (10, "2024", "năm 2023")]


def test_figures_of_a_year_before_the_report_are_results_not_goals() -> None:
    text = ("Ngày 8/1, Công an tỉnh Trà Vinh tổng kết công tác năm 2023.\n\n"
            "Phát biểu chỉ đạo, ông Lê Văn Hẳn yêu cầu Công an tỉnh nâng cao chất lượng điều tra.\n\n"
            "Năm 2023, Công an tỉnh đã khởi tố 512 vụ, 730 bị can. Số vụ án phải trả hồ sơ để điều tra "
            "bổ sung giảm 9 vụ so với năm 2022.\n\n"
            "Năm 2024, phấn đấu kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội.")
    ex = extract_document(Document.from_text(text, "tra-vinh.txt", date="2024-01"))
    assert [(t.value, t.deadline) for t in ex.targets] == [(5, "2024")]
    assert {9, 512, 730} <= {i.value for i in ex.indicators}


def test_a_place_named_in_an_earlier_task_of_a_list_is_not_the_scope_of_a_later_goal() -> None:
    text = ("Sáng 3/1, UBND tỉnh Yên Bái tổ chức hội nghị giao nhiệm vụ quốc phòng, an ninh năm 2025.\n\n"
            "Năm 2025, tỉnh tổ chức diễn tập phòng thủ cho huyện Lục Yên; phấn đấu kéo giảm ít nhất 4% số vụ "
            "phạm tội về trật tự xã hội so với năm 2024.")
    ex = extract_document(Document.from_text(text, "yen-bai.txt", date="2025-01"))
    assert [(t.value, t.scope) for t in ex.targets] == [(4, "Yên Bái")]
    assert not grounding_errors(ex)
    text = ("Sáng 3/1, UBND tỉnh Yên Bái tổ chức hội nghị giao nhiệm vụ quốc phòng, an ninh năm 2025.\n\n"
            "Năm 2025, tỉnh tuyển quân đúng luật; nhân rộng mô hình tự quản ở xã Khánh Hòa; phấn đấu tỷ lệ "
            "điều tra khám phá án đạt trên 82%.")
    ex = extract_document(Document.from_text(text, "yen-bai.txt", date="2025-01"))
    assert [(t.value, t.scope) for t in ex.targets] == [(82, "Yên Bái")]


def test_deadlines_from_the_sentence_s_frame_a_later_word_of_the_clause_or_a_date_without_its_year() -> None:
    def deadlines(body: str, date: str = "2024-02") -> list[tuple[float, str | None]]:
        text = "Sáng 20/2, Công an tỉnh Hòa Bình tổ chức hội nghị triển khai công tác năm 2024.\n\n" + body
        ex = extract_document(Document.from_text(text, "hoa-binh.txt", date=date))
        assert not grounding_errors(ex)
        return [(t.value, t.deadline) for t in ex.targets]

    # a year that opens the sentence after a verb of saying, or a clause of a list
    assert deadlines("Ông khẳng định, năm 2024 phải kéo giảm ít nhất 6% số vụ phạm tội về trật tự xã hội so "
                     "với năm 2023, tỷ lệ điều tra khám phá án đạt trên 82%.") == [(6, "2024"), (82, "2024")]
    assert deadlines("Theo đó, năm 2024, tỉnh tuyển đủ quân; tổ chức diễn tập phòng thủ; phấn đấu kéo giảm "
                     "ít nhất 4% số vụ phạm tội về trật tự xã hội.") == [(4, "2024")]
    # a quarter without its year, a day without its year: the report's year
    assert deadlines("Giám đốc Công an tỉnh nhấn mạnh, quý IV phải kéo giảm tai nạn giao thông ít nhất 5%.",
                     date="2024-10") == [(5, "2024-12-31")]
    assert deadlines('"Công an các huyện phải kiểm tra 100% cơ sở kinh doanh karaoke, quán bar trên địa bàn '
                     'trước ngày 15/11", ông nói.', date="2024-10") == [(100, "2024-11-15")]
    # a month
    assert deadlines("Công an tỉnh phấn đấu triệt xóa 100% đường dây cho vay lãi nặng trong tháng 9/2024.") \
        == [(100, "2024-09-30")]
    # a deadline that closes an earlier task of the list is that task's, not the later goal's
    assert deadlines("Ông yêu cầu Công an tỉnh lập tổ công tác chuyên trách trước ngày 30/4/2024; nâng tỷ lệ "
                     "điều tra, khám phá các vụ lừa đảo đạt trên 60%.") == [(60, None)]
    # a period that opens a sentence is no deadline
    assert deadlines("Trong tháng 1/2024, tội phạm về trật tự xã hội giảm 4 vụ so với tháng trước.") == []


def test_a_goal_whose_count_noun_names_its_metric() -> None:
    found = _targets(
        "Ngày 3/3, Công an tỉnh Cao Bằng tổ chức hội nghị về vũ khí, vật liệu nổ.\n\nĐại tá Nông Văn Hưng "
        "yêu cầu Công an các huyện vận động nhân dân giao nộp vật liệu nổ, phấn đấu năm 2024 thu hồi ít "
        "nhất 150 vũ khí các loại; tổ chức ít nhất 2 đợt cao điểm chung với lực lượng Biên phòng.")
    assert {(t.value, t.metric_key) for t in found} == {(150, "weapons_recovered"), (2, "joint_campaigns")}


def test_a_norm_per_unit_is_a_goal_whatever_its_unit_counts() -> None:
    found = _targets(
        "Chiều 4/12, Phòng Cảnh sát giao thông Công an tỉnh Bình Dương tổ chức hội nghị triển khai kế hoạch "
        "cao điểm bảo đảm trật tự an toàn giao thông dịp Tết.\n\nMỗi tổ tuần tra kiểm tra nồng độ cồn "
        "tối thiểu 80 trường hợp; các Đội Cảnh sát giao thông lập ít nhất 3 chốt kiểm soát mỗi đêm. "
        "Mỗi trạm có ít nhất 4 cán bộ trực ban. Mỗi năm, tỉnh xảy ra 300 vụ tai nạn giao thông.")
    assert {(t.value, t.unit, t.at_least) for t in found} == {
        (80, "trường hợp", True), (3, "chốt", True), (4, "cán bộ", True)}


def test_figures_of_a_file_of_proposals_are_no_goals() -> None:
    found = _targets(
        "Chiều 14/8, Công an tỉnh Ninh Bình làm việc với đoàn công tác của Bộ Công an.\n\n"
        "Công an tỉnh đã lập 60 hồ sơ đề nghị đặc xá, trong đó 52 hồ sơ đủ điều kiện.")
    assert found == []


def test_a_goal_opening_its_sentence_with_mục_tiêu_and_its_baselines_of_a_school_year_or_a_tết() -> None:
    found = _targets(
        "Ngày 10/1, UBND tỉnh Thái Bình tổ chức hội nghị phòng, chống tội phạm trong trường học.\n\n"
        "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các đơn vị tăng cường phối hợp.\n\n"
        "Mục tiêu năm học 2019 - 2020 là kéo giảm ít nhất 15% số vụ học sinh đánh nhau so với năm học "
        "trước.\n\nCông an tỉnh phấn đấu kéo giảm ít nhất 8% số vụ phạm pháp hình sự so với cùng kỳ Tết "
        "Kỷ Hợi 2019.")
    by_value = {t.value: t for t in found}
    assert (by_value[15].direction, by_value[15].baseline) == ("decrease", "năm học trước")
    assert by_value[8].baseline == "cùng kỳ Tết Kỷ Hợi 2019"


def test_the_last_months_of_the_year_are_a_deadline_and_a_period_compared_with_a_baseline() -> None:
    found = {t.value: t for t in _targets(
        "Ngày 8/7, Ban Chỉ đạo 138 tỉnh Hậu Giang sơ kết công tác 6 tháng đầu năm 2020.\n\n"
        "Công an tỉnh tập trung tấn công trấn áp tội phạm, phấn đấu 6 tháng cuối năm kéo giảm ít nhất 4% "
        "số vụ phạm pháp hình sự so với cùng kỳ.\n\n"
        "Nghị quyết đề ra mục tiêu đến năm 2025 kéo giảm ít nhất 15% số cán bộ, chiến sĩ vi phạm kỷ luật "
        "so với giai đoạn 2016 - 2020.")}
    assert found[4].deadline == "2020"
    discipline = found[15]
    assert (discipline.metric_key, discipline.baseline, discipline.deadline) == (
        "disciplinary_violations", "giai đoạn 2016 - 2020", "2025")


def test_the_last_months_asked_for_with_trong_or_a_comma_frame_the_goals_after_them() -> None:
    lead = "Sáng 10/7, Công an huyện Kim Bôi sơ kết công tác 6 tháng đầu năm 2022.\n\n"
    # "yêu cầu trong 6 tháng cuối năm, …; phấn đấu …": the report's year
    (share,) = _targets_of(lead + "Giám đốc yêu cầu trong 6 tháng cuối năm, các đội nghiệp vụ tăng cường "
                           "tuần tra; phấn đấu kéo giảm ít nhất 3% số vụ phạm pháp hình sự.", date="2022-07")
    assert (share.value, share.deadline) == (3, "2022")
    # a list under "… trong 6 tháng cuối năm thực hiện các nhiệm vụ sau:" takes it as well
    listed = _targets_of(lead + "Ông đề nghị Công an huyện trong 6 tháng cuối năm thực hiện các nhiệm vụ:\n\n"
                         "- Tăng cường nắm tình hình địa bàn;\n\n"
                         "- Phấn đấu tỷ lệ điều tra khám phá án đạt trên 80%.", date="2022-07")
    assert [(t.value, t.deadline) for t in listed] == [(80, "2022")]


def test_a_goal_of_a_report_held_above_the_provinces_takes_only_a_place_its_sentence_names() -> None:
    found = _targets(
        "Ngày 10/1, tại TP Hải Phòng, Bộ Tư lệnh Vùng Cảnh sát biển 1 tổ chức hội nghị tổng kết công tác.\n\n"
        "Thiếu tướng Lê Văn An yêu cầu đơn vị phấn đấu tăng ít nhất 10% số vụ bắt giữ so với năm 2022. "
        "Đơn vị tổ chức ít nhất 2 đợt tuần tra chung mỗi năm tại vùng biển tỉnh Quảng Ninh.")
    assert [t.scope for t in found] == [None, "Quảng Ninh"]


def test_tu_x_percent_tro_len_is_at_least_and_stays_out_of_the_metric() -> None:
    text = (" date 2022-01 Ngày 10/1, Công an tỉnh Nam Định tổ chức hội nghị triển khai công tác bảo đảm "
            "an ninh, trật tự năm 2022. Giám đốc Công an tỉnh yêu cầu phấn đấu năm 2022 kéo giảm từ 4% trở "
            "lên số vụ phạm tội về trật tự xã hội so với năm 2021.")
    ex = extract_document(Document.from_text(text, "t.txt"))
    target = target_of(ex, 4)
    assert (target.direction, target.at_least, target.metric_key) == ("decrease", True, "social_order_crime")
    assert target.metric is not None and not target.metric.startswith("trở lên")


def _keys(text: str) -> dict[float, str | None]:
    return {t.value: t.metric_key for t in _targets(text)}


def test_a_goal_s_metric_runs_past_a_list_of_levels_and_counts_in_its_unit() -> None:
    lead = "Sáng 12/3, Công an tỉnh Yên Bái tổ chức hội nghị triển khai công tác năm 2020.\n\n"
    found = _keys(lead + "Phấn đấu đến năm 2025 có ít nhất 40% số xã, phường, thị trấn được công "
                  "nhận không có ma "
                  "túy; đến hết năm 2020 có ít nhất 25 xã, thị trấn không có ma túy.")
    assert found == {40: "drug_free_communes", 25: "drug_free_communes"}
    # "số vụ phạm tội về ma túy" names the drug cases, not all crime
    found = _keys(lead + "Giám đốc Công an tỉnh yêu cầu năm 2020 kéo giảm ít nhất 5% số vụ phạm tội "
                  "về ma túy "
                  "so với năm 2019.")
    assert found == {5: "drug_crime"}
    # a black spot is counted as one, not as the accidents its words name
    found = _keys(lead + "Ủy ban yêu cầu xử lý dứt điểm 9 điểm đen về tai nạn giao thông trước ngày "
                  "30/6/2020.")
    assert found == {9: "accident_black_spots"}
    assert _targets(lead + "Ủy ban yêu cầu xử lý dứt điểm 9 điểm đen về tai nạn giao thông trước ngày "
                    "30/6/2020.")[0].unit == "điểm đen"


def test_a_share_to_reach_is_the_rate_of_what_is_counted() -> None:
    lead = "Sáng 12/3, Công an tỉnh Yên Bái tổ chức hội nghị triển khai công tác năm 2020.\n\n"
    found = _keys(lead + "Về Đề án 06 và bảo đảm an ninh, trật tự, Đại tá Nguyễn Văn A, Giám đốc "
                  "Công an tỉnh yêu "
                  "cầu đến ngày 30/6/2020 kích hoạt tài khoản định danh điện tử cho "
                  "ít nhất 70% công dân từ 14 tuổi trở lên; tỷ lệ hồ sơ được giải quyết trực tuyến "
                  "đạt ít nhất 60%.")
    assert found == {70: "electronic_id_rate", 60: "online_processing_rate"}
    # premises inspected where fire is the topic: the inspection rate
    found = _keys(lead + "Về phòng cháy, chữa cháy, ông yêu cầu kiểm tra 100% cơ sở kinh doanh nhà "
                  "hàng, quán bar "
                  "trước ngày 30/9/2020.")
    assert found == {100: "fire_safety_inspection_rate"}
    # a share of communes is no count of the models they build
    found = _keys(lead + "Giám đốc Công an tỉnh yêu cầu đến hết năm 2020, 100% xã, phường trên địa bàn "
                  "xây dựng mô hình tự quản về an ninh, trật tự.")
    assert found == {100: None}


def test_a_goal_of_cases_arrested_counts_cases_of_the_report_s_kind() -> None:
    lead = "Sáng 12/3, Cục Hải quan tỉnh tổ chức hội nghị tổng kết công tác chống buôn lậu năm 2019.\n\n"
    found = _keys(lead + "Cục trưởng yêu cầu năm 2020 số vụ bắt giữ phải tăng ít nhất 15% so với năm 2019.")
    assert found == {15: "smuggling"}
    found = _keys(lead + "Cục trưởng yêu cầu năm 2020 số vụ vận chuyển trái phép hàng hóa bị bắt "
                  "giữ tăng ít nhất "
                  "15% so với năm 2019.")
    assert found == {15: "smuggling"}


def test_a_time_norm_is_a_goal_reached_and_never_a_date() -> None:
    lead = "Sáng 12/3, Công an tỉnh Yên Bái tổ chức hội nghị triển khai công tác năm 2020.\n\n"
    (norm,) = _targets(lead + "Giám đốc Công an tỉnh yêu cầu các đồn biên phòng tiếp nhận, xác minh tin báo "
                       "của người dân trong vòng 45 phút.")
    assert (norm.value, norm.unit, norm.direction, norm.at_least) == (45, "phút", "reach", False)
    assert norm.text == "xác minh tin báo của người dân trong vòng 45 phút"
    (norm,) = _targets(lead + "Ông đề nghị các đơn vị phối hợp xác minh, bàn giao đối tượng truy nã "
                       "trong thời hạn không quá 15 ngày làm việc kể từ khi có đề nghị.")
    assert (norm.value, norm.unit) == (15, "ngày làm việc")
    assert norm.text == "bàn giao đối tượng truy nã trong thời hạn không quá 15 ngày làm việc"
    # a right or a stretch of time is no norm; a day after the unit is a date
    assert _targets(lead + "Người bị xử phạt có quyền khiếu nại trong thời hạn 10 ngày kể từ ngày nhận "
                    "quyết định.") == []
    (staff,) = _targets(lead + "Ông yêu cầu Công an các huyện trực 100% quân số trong 4 ngày nghỉ lễ.")
    assert staff.unit == "%"
    assert _targets(lead + "Ông yêu cầu hoàn thành việc rà soát không quá 3 ngày 15/3.") == []


def test_a_norm_per_period_opens_with_its_period_and_a_share_with_its_action() -> None:
    lead = "Sáng 12/3, Công an tỉnh Yên Bái tổ chức hội nghị triển khai công tác năm 2020.\n\n"
    (teams,) = _targets(lead + "Ông yêu cầu Đồn Biên phòng bảo đảm mỗi ngày có ít nhất 4 tổ tuần tra trên "
                        "tuyến biên giới.")
    assert (teams.value, teams.unit, teams.at_least) == (4, "tổ", True)
    assert teams.text == "mỗi ngày có ít nhất 4 tổ tuần tra trên tuyến biên giới"
    (meetings,) = _targets(lead + "Ông đề nghị Công an các huyện duy trì giao ban định kỳ mỗi tháng 1 lần "
                           "với Đồn Biên phòng.")
    assert (meetings.value, meetings.unit, meetings.text) == (1, "lần", "mỗi tháng 1 lần")
    # a verb of the subject before "phải" is not the goal's
    (patrols,) = _targets(lead + "Mỗi huyện có quốc lộ đi qua phải bố trí ít nhất 3 tổ tuần tra kiểm soát "
                          "ma túy.")
    assert patrols.text.startswith("ít nhất 3 tổ tuần tra")
    # a share the action is done for: the action opens the goal, its deadline kept
    (share,) = _targets(lead + "Giám đốc Công an tỉnh yêu cầu, đến ngày 30/6/2020 cấp thẻ căn cước cho 100% "
                        "công dân đủ điều kiện.")
    assert share.text.startswith("đến ngày 30/6/2020 cấp thẻ căn cước cho 100%")
    assert share.deadline == "2020-06-30"
    (vests,) = _targets(lead + "Về an toàn giao thông đường thủy, ông yêu cầu chủ đò phải trang bị đủ áo "
                        "phao cho 100% người đi đò và không chở quá tải.")
    assert vests.text.startswith("trang bị đủ áo phao cho 100% người đi đò")


def test_things_aimed_at_and_goals_after_the_flaws_found_are_targets() -> None:
    lead = "Sáng 12/3, Công an tỉnh Yên Bái tổ chức hội nghị triển khai công tác năm 2020.\n\n"
    # a goal to install or build, not a pledge: a target; the total it brings is not one of its own
    (cameras,) = _targets(lead + "Về bảo đảm an ninh, trật tự, Công an xã phấn đấu đến cuối năm 2021 lắp đặt "
                          "thêm 45 camera giám sát, nâng tổng số camera lên 300 camera.")
    assert (cameras.value, cameras.unit, cameras.deadline) == (45, "camera", "2021")
    assert "lắp đặt thêm 45 camera" in cameras.text
    # "những thiếu sót đã chỉ ra, …" describes the flaws: the figure after it is still asked for
    (files,) = _targets(lead + "Về tin báo tội phạm, ông yêu cầu Cơ quan điều tra khắc phục những thiếu sót "
                        "đã được chỉ ra, giải quyết dứt điểm 12 hồ sơ quá hạn trước ngày 30/6/2020.")
    assert (files.value, files.unit, files.metric_key, files.deadline) == (
        12, "hồ sơ", "overdue_reports", "2020-06-30")
    # what was done is still a result
    assert _targets(lead + "Ông yêu cầu tiếp tục phát huy kết quả đã giải quyết 12 hồ sơ quá hạn.") == []


def test_goals_counted_in_nouns_of_the_genre_and_in_quoted_names() -> None:
    lead = "Sáng 9/4, Ban An toàn giao thông tỉnh Hà Tĩnh tổ chức hội nghị triển khai công tác năm 2020.\n\n"
    found = _targets(lead + "Ông yêu cầu ngành đường sắt phấn đấu trong năm 2020 đóng ít nhất 25 lối đi "
                     "dân sinh; Tòa án tỉnh tổ chức ít nhất 40 phiên tòa trực tuyến; Sở Giao thông vận tải "
                     "xử lý dứt điểm 9 \"điểm đen\" trên quốc lộ trước ngày 30/9/2020.")
    assert {(t.value, t.unit, t.at_least) for t in found} == {
        (25, "lối đi", True), (40, "phiên tòa", True), (9, "điểm đen", False)}
    black_spots = next(t for t in found if t.unit == "điểm đen")
    assert (black_spots.metric_key, black_spots.deadline) == ("accident_black_spots", "2020-09-30")
    (agencies,) = _targets(lead + "Ông đề nghị Công an tỉnh hoàn thành kết nối Cơ sở dữ liệu quốc gia về dân "
                           "cư với 12 bộ, ngành trước ngày 30/6/2020.")
    assert (agencies.value, agencies.unit) == (12, "bộ, ngành")
    # staff, means and teams a body pledges or sets up are no goals
    assert _targets(lead + "Ông yêu cầu doanh nghiệp bố trí thêm 15 nhân viên gác đường ngang và lắp đặt "
                    "8 cần chắn; Công an tỉnh thành lập 4 đoàn kiểm tra, 30 đội xung kích và mở 6 lớp tập "
                    "huấn.") == []


def test_a_share_a_body_will_reach_or_has_ordered_by_a_later_day_is_a_goal() -> None:
    lead = "Sáng 10/5, Công an tỉnh Long An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020.\n\n"
    (training,) = _targets(lead + "Đại tá Trần Văn Hai cho biết Phòng Cảnh sát hình sự sẽ tổ chức bồi dưỡng "
                           "nghiệp vụ cho 100% trinh sát viên trong quý III/2020.")
    assert (training.value, training.deadline) == (100, "2020-09-30")
    assert training.text.endswith("cho 100% trinh sát viên trong quý III/2020")
    # a share done for keeps what it is a share of, and takes no count of something else as its key
    (tests,) = _targets(lead + "Trong tháng 6, Phòng Cảnh sát giao thông sẽ phối hợp kiểm tra ma túy đối với "
                        "100% tài xế xe khách tại các bến xe.")
    assert tests.metric_key is None and tests.text.endswith("100% tài xế xe khách tại các bến xe")
    # an order with a day after the report's: its share is a goal, not a result
    extraction = extract_document(Document.from_text(
        lead + "Công an tỉnh đã chỉ đạo Công an các huyện lập danh sách, quản lý chặt 100% người nghiện "
        "ma túy trên địa bàn trước ngày 30/6/2020.", source="test", date="2020-05"))
    assert [(t.value, t.deadline) for t in extraction.targets] == [(100, "2020-06-30")]
    assert [i.value for i in extraction.indicators if i.unit == "%"] == []
    # forecasts after "sẽ", shares ordered for a day past and changes are not goals
    assert _targets(lead + "Dự báo trong thời gian tới, tội phạm ma túy sẽ tăng 10% so với cùng kỳ.") == []
    assert _targets(lead + "Theo lãnh đạo Phòng, số vụ lừa đảo qua mạng sẽ chiếm 30% tổng số vụ.") == []
    assert _targets(lead + "Công an tỉnh đã chỉ đạo quản lý chặt 100% người nghiện ma túy trước ngày "
                    "31/12/2019.") == []


def test_money_reached_under_a_goal_of_a_metric_counted_in_money_is_a_target() -> None:
    lead = ("Sáng 6/1, Ban Chỉ đạo 389 tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác chống buôn lậu, "
            "gian lận thương mại năm 2019.\n\n")
    (fines, cases) = _targets(lead + "Ông yêu cầu các lực lượng phấn đấu năm 2020 số tiền nộp ngân sách nhà "
                              "nước từ đấu tranh chống buôn lậu đạt ít nhất 450 tỷ đồng; kéo giảm 5% số vụ "
                              "buôn lậu.")
    assert (fines.value, fines.unit, fines.at_least, fines.metric_key, fines.deadline) == (
        450, "tỷ đồng", True, "fines_collected", "2020")
    assert fines.text.startswith("nộp ngân sách nhà nước")
    assert (cases.value, cases.metric_key) == (5, "smuggling")
    # money given or spent stays a resource, even under a goal word
    assert _targets(lead + "Tỉnh phấn đấu bố trí kinh phí đạt 20 tỷ đồng cho lực lượng chống buôn lậu.") == []


def test_goals_listed_after_the_first_keep_their_own_figures_and_money_after_a_semicolon() -> None:
    text = ("Ngày 5/1, Trại giam Xuân Lộc (Bộ Công an) tổ chức hội nghị tổng kết công tác "
            "bảo đảm an ninh, trật tự "
            "năm 2023.\n\n"
            "Năm 2024, Trại giam Xuân Lộc phấn đấu tỷ lệ phạm nhân được học nghề đạt trên "
            "40%, 100% phạm nhân "
            "được học tập chính trị, pháp luật; doanh thu lao động, hướng nghiệp đạt từ 25 "
            "tỷ đồng trở lên.")
    ex = extract_document(Document.from_text(text, source="test", date="2024-01"))
    assert grounding_errors(ex) == []
    found = {(t.value, t.unit, t.metric_key, t.at_least) for t in ex.targets}
    assert found == {(40, "%", "prisoner_training_rate", True), (100, "%", "prisoner_education_rate", False),
                     (25, "tỷ đồng", "prison_labour_income", True)}
    assert not ex.indicators


def test_counts_proposed_and_assessed_are_no_goals_and_a_goal_s_count_takes_its_unit_s_metric() -> None:
    text = ("Ngày 5/1, Trại giam Xuân Lộc (Bộ Công an) tổ chức hội nghị tổng kết công tác "
            "bảo đảm an ninh, trật tự "
            "năm 2023.\n\n"
            "Trại đã lập hồ sơ đề nghị đặc xá cho 140 phạm nhân và đề nghị giảm thời hạn "
            "chấp hành án phạt tù "
            "cho 980 lượt phạm nhân. Tuy nhiên, chúng ta phải thẳng thắn nhìn nhận: tội phạm "
            "lừa đảo qua mạng "
            "tăng mạnh, năm 2023 có 88 vụ. Công an phường phấn đấu đến ngày 31/12/2024 lắp "
            "đặt thêm 60 camera "
            "an ninh tại các tuyến phố, bảo đảm 100% tổ dân phố có camera an ninh.")
    ex = extract_document(Document.from_text(text, source="test", date="2024-01"))
    assert grounding_errors(ex) == []
    assert {(t.value, t.metric_key) for t in ex.targets} == {(60, "security_cameras"),
                                                            (100, "security_camera_coverage")}
    found = {(i.value, i.metric_key) for i in ex.indicators}
    assert found >= {(140, "amnesty_files"), (88, "high_tech_crime")}


def _targets_of(text: str, date: str = "2023-06") -> list:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document, grounding_errors

    ex = extract_document(Document.from_text(text, source="test", date=date))
    assert grounding_errors(ex) == []
    return ex.targets


def test_staff_pledged_and_the_cases_a_request_is_about_are_no_goals() -> None:
    found = _targets_of(
        "Sáng 5/3, Công an tỉnh Nam Định tổ chức hội nghị triển khai công tác phòng cháy, chữa cháy rừng.\n\n"
        "Tại hội nghị, Công ty lâm nghiệp Xuân Thủy cam kết bố trí 30 người trực chốt tại các tiểu khu rừng "
        "trong mùa khô. Tỉnh kiến nghị Bộ Công an sớm có ý kiến đối với 3 vụ việc tranh chấp đất đai. "
        "Giám đốc yêu cầu phấn đấu giảm ít nhất 10% số vụ cháy rừng so với năm 2022.")
    assert [(t.value, t.unit) for t in found] == [(10, "%")]


def test_the_goals_of_a_ministry_prison_have_no_province() -> None:
    found = _targets_of(
        "Ngày 28/12, Trại giam Xuân Lộc thuộc Cục Cảnh sát quản lý trại giam, Bộ Công an tổ chức hội nghị "
        "tổng kết công tác năm 2022.\n\n"
        "Trại giam đóng trên địa bàn huyện Xuân Lộc, tỉnh Đồng Nai.\n\n"
        "Năm 2023, Trại giam phấn đấu 100% phạm nhân được học tập chính trị, pháp luật.", date="2022-12")
    assert [(t.value, t.scope) for t in found] == [(100, None)]


def test_a_floor_of_days_and_an_interval_are_time_norms() -> None:
    found = _targets_of(
        "Sáng 5/3, Công an tỉnh Nam Định tổ chức hội nghị sơ kết mô hình camera an ninh.\n\n"
        "Giám đốc Công an tỉnh yêu cầu các xã lưu giữ dữ liệu camera ít nhất 15 ngày. Hai bên thống nhất "
        "tổ chức 2 đợt tuần tra chung và duy trì họp giao ban định kỳ 3 tháng một lần.", date="2024-03")
    norms = {(t.value, t.unit, t.at_least, t.text) for t in found if t.unit in ("ngày", "tháng")}
    assert norms == {(15, "ngày", True, "các xã lưu giữ dữ liệu camera ít nhất 15 ngày"),
                     (3, "tháng", False, "duy trì họp giao ban định kỳ 3 tháng một lần")}


def test_a_request_among_the_deeds_a_body_reports_done_is_no_goal() -> None:
    text = ("Sáng 9/1, Cục An ninh mạng tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
            "Năm 2023, đơn vị đã phát hiện 84 website lừa đảo, yêu cầu nhà mạng gỡ bỏ 61 website.")
    ex = extract_document(Document.from_text(text, source="test", date="2024-01"))
    assert not ex.targets
    assert 61 in {i.value for i in ex.indicators}


def test_a_floor_set_for_every_unit_is_a_staffing_goal() -> None:
    found = _targets_of(
        "Ngày 12/4, Đoàn công tác của Bộ Công an làm việc với Công an tỉnh Hà Giang.\n\n"
        "Trưởng đoàn yêu cầu Công an tỉnh rà soát lực lượng; trước ngày 30/9/2024 không để xã nào có dưới "
        "12 cán bộ, chiến sĩ.", date="2024-04")
    assert [(t.value, t.unit, t.at_least, t.metric_key, t.deadline) for t in found] == [
        (12, "cán bộ, chiến sĩ", True, "staffing", "2024-09-30")]
    assert found[0].text.endswith("không để xã nào có dưới 12 cán bộ, chiến sĩ")


def test_headquarters_asked_for_by_a_deadline_are_a_counted_task_not_a_resource() -> None:
    text = ("Ngày 3/10, Đoàn công tác của Bộ Công an làm việc với Công an tỉnh Hà Giang.\n\n"
            "Trưởng đoàn yêu cầu Công an tỉnh tập trung một số nội dung:\n\n"
            "- Tham mưu UBND tỉnh hoàn thành xây dựng trụ sở cho 18 Công an xã còn thiếu "
            "trước ngày 30/6/2025.\n\n"
            "Chủ tịch UBND tỉnh cho biết tỉnh sẽ bố trí 40 tỷ đồng để xây dựng trụ sở cho 9 Công an xã "
            "còn lại.")
    ex = extract_document(Document.from_text(text, source="test", date="2024-10"))
    assert [(t.value, t.unit, t.metric_key, t.deadline, t.text) for t in ex.targets] == [
        (18, "Công an xã", "commune_police_headquarters", "2025-06-30",
         "hoàn thành xây dựng trụ sở cho 18 Công an xã còn thiếu")]
    assert {(c.amount, c.unit) for c in ex.commitments} == {(40, "tỷ đồng"), (9, "trụ sở")}


def test_a_plans_goals_year_by_year_after_theo_de_an() -> None:
    found = _targets_of(
        "Ngày 20/5, UBND tỉnh Điện Biên tổ chức hội nghị sơ kết Đề án xây dựng xã không ma túy.\n\n"
        "Theo Đề án, năm 2024 toàn tỉnh có thêm ít nhất 8 xã được công nhận không ma túy; năm 2025 có thêm "
        "12 đơn vị.\n\n"
        "Theo Chỉ thị, năm 2022, Công an tỉnh phát hiện 40 vụ cho vay lãi nặng.", date="2024-05")
    assert [(t.value, t.unit, t.direction, t.at_least, t.deadline, t.metric_key) for t in found] == [
        (8, "xã", "increase", True, "2024", "drug_free_communes"),
        (12, "đơn vị", "increase", False, "2025", "drug_free_communes")]


def test_a_districts_board_holding_the_event_scopes_its_goals_to_the_district() -> None:
    found = _targets_of(
        "(Báo Nghệ An) - Ngày 15/8/2012, BCĐ phòng, chống tội phạm huyện Quỳnh Lưu tổ chức hội nghị sơ kết "
        "công tác năm 2012.\n\n"
        "Phát biểu tại hội nghị, đồng chí Chủ tịch UBND huyện yêu cầu các xã phấn đấu đến cuối năm 2012 "
        "kéo giảm ít nhất 5% số vụ phạm pháp hình sự so với năm 2011.", date="2012-08")
    assert [(t.value, t.scope) for t in found] == [(5, "Quỳnh Lưu")]


def test_a_goal_ending_with_its_districts_border_is_the_districts() -> None:
    found = _targets_of(
        "Ngày 10/2/2018, Bí thư Tỉnh ủy Hà Giang thăm Đồn Biên phòng Săm Pun, huyện Mèo Vạc.\n\n"
        "Bí thư Tỉnh ủy đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh phấn đấu trong năm 2018 triệt phá ít nhất "
        "10 vụ mua bán, vận chuyển trái phép chất ma túy trên tuyến biên giới của huyện.", date="2018-02")
    assert [(t.value, t.metric_key, t.scope) for t in found] == [(10, "drug_crime", "Mèo Vạc")]


def test_penalties_proposed_for_counted_cases_are_an_inspections_results() -> None:
    text = ("Đêm 3/11, Công an phường Hòa Cường kiểm tra 12 cơ sở karaoke trên địa bàn.\n\n"
            "Đoàn đã lập biên bản, đề nghị xử phạt vi phạm hành chính 6 trường hợp với tổng số tiền 40 triệu "
            "đồng; tạm đình chỉ hoạt động 3 cơ sở karaoke không bảo đảm điều kiện an toàn phòng cháy.")
    ex = extract_document(Document.from_text(text, source="test", date="2024-11"))
    assert not ex.targets
    assert {6, 3} <= {i.value for i in ex.indicators}


def test_goal_keys_the_genre_repeats() -> None:
    found = _targets_of(
        "Ngày 6/3, Công an tỉnh Hà Giang tổ chức hội nghị triển khai nhiệm vụ năm 2024.\n\n"
        "Giám đốc yêu cầu Công an các xã giải quyết 100% hồ sơ thủ tục hành chính đúng hạn; bảo đảm 100% nạn "
        "nhân trở về được tiếp nhận, hỗ trợ; nâng tỷ lệ điều tra, khám phá các vụ lừa đảo qua mạng đạt trên "
        "60%; mỗi tuyến quốc lộ bố trí ít nhất 2 tổ tuần tra lưu động.", date="2024-03")
    assert [(t.value, t.metric_key) for t in found] == [
        (100, "admin_on_time_rate"), (100, "victim_support_rate"), (60, "fraud_clearance_rate"),
        (2, "highway_patrol_teams")]


def test_an_election_plan_s_norms_per_polling_area_and_free_migrants_to_settle() -> None:
    text = ("Ngày 10/12/2019, Công an tỉnh Gia Lai tổ chức hội nghị triển khai kế hoạch bảo đảm an ninh, "
            "trật tự cuộc bầu cử.\n\nCông an tỉnh sẽ huy động 3.000 cán bộ, chiến sĩ tham gia bảo vệ bầu "
            "cử. Mỗi khu vực bỏ phiếu bố trí ít nhất 3 cán bộ, chiến sĩ Công an và 2 thành viên tổ bảo vệ "
            "an ninh, trật tự ở cơ sở; tại 20 khu vực bỏ phiếu trọng điểm, lực lượng được tăng lên ít nhất "
            "6 người.\n\nGiám đốc Công an tỉnh yêu cầu phấn đấu đến năm 2021, 100% hộ di cư tự do được sắp "
            "xếp, ổn định.")
    found = {(t.value, t.unit, t.metric_key) for t in _targets(text)}
    assert found >= {(3, "cán bộ, chiến sĩ", "polling_station_officers"),
                     (2, "thành viên", "polling_station_team_members"),
                     (6, "người", "polling_station_guards"),
                     (100, "%", "free_migrants_settled_rate")}


def test_released_prisoners_managed_as_a_share_to_reach() -> None:
    text = ("Ngày 15/8, Công an tỉnh Kon Tum tổ chức hội nghị sơ kết công tác tái hòa nhập cộng đồng, bảo "
            "đảm an ninh, trật tự.\n\nĐồng chí nhấn mạnh, phấn đấu đến năm 2021, 100% người chấp hành xong "
            "án phạt tù được tiếp nhận, quản lý.")
    assert [t.metric_key for t in _targets(text) if t.value == 100] == ["released_prisoners_managed_rate"]


def test_numbered_goals_under_a_heading_and_the_heading_s_frame_as_deadline() -> None:
    text = ("Sáng 5/10, Công an tỉnh Cao Bằng tổ chức lễ ra quân đợt cao điểm trấn áp tội phạm.\n\n"
            "Theo kế hoạch, đợt cao điểm diễn ra từ ngày 5/10/2025 đến ngày 15/1/2026, với các mục tiêu cụ "
            "thể:\n\n1. Kéo giảm từ 3 - 5% số vụ phạm tội về trật tự xã hội so với cùng kỳ năm 2024.\n\n"
            "2. Tỷ lệ điều tra khám phá án đạt trên 75%.\n\nBáo cáo tại buổi lễ cho thấy, 9 tháng năm 2025, "
            "Công an tỉnh điều tra làm rõ 150 vụ.\n\nĐể hoàn thành nhiệm vụ năm 2026, đồng chí đề nghị "
            "Công an các xã làm tốt những nội dung sau:\n\n1. Tấn công mạnh vào tội phạm ma túy; phấn đấu "
            "kéo giảm ít nhất 4% số vụ phạm pháp hình sự so với năm 2025.")
    ex = extract_document(Document.from_text(text, source="test", date="2025-10"))
    assert grounding_errors(ex) == []
    assert [(t.value, t.metric_key, t.deadline) for t in ex.targets] == [
        (3, "social_order_crime", "2026-01-15"), (75, "case_clearance_rate", "2026-01-15"),
        (4, "social_order_crime", "2026")]
    assert {i.value for i in ex.indicators} == {150}


def test_communes_safe_as_a_share_and_commune_police_standards_are_not_them() -> None:
    found = _targets_of(
        "Ngày 8/1/2024, Huyện ủy Yên Thành tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự.\n\n"
        "Bí thư Huyện ủy yêu cầu phấn đấu đến hết năm 2024 có 100% xã, thị trấn đạt tiêu chuẩn \"An toàn về "
        "an ninh, trật tự\"; 100% Công an xã đạt tiêu chuẩn \"trong sạch, vững mạnh\".", date="2024-01")
    assert [(t.value, t.metric_key) for t in found] == [(100, "safe_communes_rate"), (100, None)]


def test_commune_police_in_general_keep_the_province_scope_though_one_commune_is_named() -> None:
    found = _targets_of(
        "Sáng 3/4, Thứ trưởng Bộ Công an làm việc với Công an tỉnh Hòa Bình.\n\n"
        "Tỉnh đã hỗ trợ xây dựng trụ sở cho Công an xã Tòng Đậu. Thứ trưởng yêu cầu mỗi Công an xã, phường "
        "phấn đấu tổ chức ít nhất 3 buổi tuyên truyền mỗi tháng.")
    assert [(t.value, t.scope) for t in found] == [(3, "Hòa Bình")]


def test_a_place_where_the_first_clause_task_is_done_is_not_the_scope_of_a_later_goal() -> None:
    found = _targets_of(
        "Sáng 9/1, Công an tỉnh Hòa Bình tổ chức hội nghị triển khai công tác năm 2024.\n\n"
        "Giám đốc yêu cầu tăng cường tuần tra tại các huyện Mai Châu, Lạc Sơn; phấn đấu kéo giảm ít nhất 4% "
        "số vụ phạm tội về trật tự xã hội so với năm 2023.")
    assert [(t.value, t.scope) for t in found] == [(4, "Hòa Bình")]


def test_a_neighbour_or_a_route_s_origin_in_the_first_clause_is_not_the_scope_of_a_later_goal() -> None:
    found = _targets_of(
        "Sáng 9/1, Công an tỉnh Lai Châu tổ chức hội nghị triển khai công tác năm 2024.\n\n"
        "Giám đốc yêu cầu chặn ma túy trên tuyến giáp ranh với Điện Biên, Lào Cai; phấn đấu kéo giảm ít nhất "
        "3% số vụ phạm tội về trật tự xã hội. Giám đốc yêu cầu triệt phá đường dây ma túy từ Điện Biên về; "
        "phấn đấu tỷ lệ điều tra, khám phá án đạt trên 80%.", date="2024-01")
    assert [(t.value, t.scope) for t in found] == [(3, "Lai Châu"), (80, "Lai Châu")]


def test_where_to_strike_with_words_between_level_and_names_is_not_the_scope_of_a_later_goal() -> None:
    found = _targets_of(
        "Sáng 9/1, Công an tỉnh Thái Bình tổ chức hội nghị triển khai công tác năm 2024.\n\n"
        "Giám đốc yêu cầu mở đợt cao điểm tại các huyện ven biển Thái Thụy, Tiền Hải; phấn đấu kéo giảm ít "
        "nhất 5% số vụ phạm tội về trật tự xã hội.", date="2024-01")
    assert [(t.value, t.scope) for t in found] == [(5, "Thái Bình")]


def test_a_goal_to_send_addicts_into_rehab_counts_admissions() -> None:
    found = _targets_of(
        "Chiều 5/7, Công an tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác phòng, chống ma túy.\n\n"
        "Trưởng Ban yêu cầu 6 tháng cuối năm phấn đấu đưa ít nhất 90 người nghiện vào cai nghiện tập trung.",
        date="2023-07")
    assert [(t.value, t.metric_key) for t in found] == [(90, "rehab_admissions")]


def test_a_share_of_citizens_given_cards_is_the_card_rate_and_mobile_issuance_has_its_own_keys() -> None:
    found = _targets_of(
        "Sáng 3/4, Công an tỉnh Yên Bái tổ chức hội nghị triển khai Đề án 06.\n\n"
        "Giám đốc yêu cầu đẩy mạnh cấp căn cước công dân gắn chip, bảo đảm cấp cho 100% công dân đủ điều "
        "kiện trước ngày 30/6/2021. Giám đốc yêu cầu phấn đấu kích hoạt tài khoản định danh điện tử cho ít "
        "nhất 60% công dân từ 14 tuổi trở lên. Giám đốc yêu cầu mỗi Công an xã tổ chức ít nhất 3 đợt cấp căn "
        "cước lưu động mỗi tháng; tổ chức cấp căn cước lưu động tại 100% thôn vùng cao.", date="2021-04")
    assert [(t.value, t.metric_key) for t in found] == [
        (100, "id_card_rate"), (60, "electronic_id_rate"), (3, "mobile_id_issuance_sessions"),
        (100, "mobile_id_issuance_rate")]


def test_shares_of_communes_riders_vehicles_and_boarding_houses_have_their_keys() -> None:
    found = _targets_of(
        "Sáng 5/1, Công an tỉnh Phú Thọ tổ chức hội nghị triển khai công tác năm 2019.\n\n"
        "Giám đốc yêu cầu hoàn thành bố trí Công an chính quy đảm nhiệm các chức danh Công an xã tại "
        "100% xã, thị trấn trước ngày 30/6/2019. Giám đốc yêu cầu phối hợp ngành giáo dục, bảo đảm 100% "
        "học sinh đi xe máy, xe đạp điện đội mũ bảo hiểm đúng quy cách. Giám đốc yêu cầu các bến xe kiểm "
        "tra 100% xe khách, xe hợp đồng trước khi xuất bến.", date="2019-01")
    assert [(t.value, t.metric_key) for t in found] == [
        (100, "regular_police_communes_rate"), (100, "helmet_use_rate"), (100, "vehicle_inspection_rate")]
    assert found[1].text.endswith("đội mũ bảo hiểm đúng quy cách")
    assert found[2].text.endswith("xe hợp đồng trước khi xuất bến")


def test_boarding_houses_inspected_in_a_fire_safety_plan_are_the_inspection_rate() -> None:
    found = _targets_of(
        "Sáng 12/11, Công an tỉnh Phú Thọ triển khai đợt cao điểm phòng cháy, chữa cháy nhà trọ.\n\n"
        "Theo kế hoạch, đến ngày 31/1/2026, lực lượng Cảnh sát phòng cháy phải kiểm tra 100% nhà trọ có từ "
        "10 phòng trở lên.", date="2025-11")
    assert [(t.value, t.metric_key) for t in found] == [(100, "fire_safety_inspection_rate")]


def test_a_campaign_s_goals_take_the_last_day_of_the_span_its_paragraph_gives() -> None:
    found = _targets_of(
        "Sáng 12-1, Công an tỉnh Cà Mau tổ chức lễ ra quân đợt cao điểm bảo đảm trật tự an toàn giao thông "
        "dịp Tết Nguyên đán Giáp Ngọ.\n\n"
        "Theo kế hoạch, đợt cao điểm diễn ra từ ngày 12-1 đến hết ngày 25-2-2014. Mục tiêu của đợt cao "
        "điểm là kéo giảm ít nhất 10% số vụ, số người chết và số người bị thương do tai nạn giao thông so "
        "với cùng kỳ Tết Quý Tỵ 2013; kiểm tra 100% xe khách trước khi xuất bến.\n\n"
        "Giám đốc yêu cầu trong đợt cao điểm phấn đấu tỷ lệ điều tra, khám phá án đạt trên 85%.",
        date="2014-01")
    assert [(t.value, t.metric_key, t.baseline, t.deadline) for t in found] == [
        (10, "traffic_accidents", "cùng kỳ Tết Quý Tỵ 2013", "2014-02-25"),
        (100, "vehicle_inspection_rate", None, "2014-02-25"),
        # a goal naming the campaign in a later paragraph takes the span the plan gives it in a sentence of
        # its own (the settled "trong đợt cao điểm" the campaign's last day, probe 464, round 19)
        (85, "case_clearance_rate", None, "2014-02-25")]


def test_a_campaign_s_span_in_the_goal_s_own_sentence_before_a_semicolon_is_its_deadline() -> None:
    found = _targets_of(
        "Chiều 10/12, Bộ Công an tổ chức hội nghị trực tuyến triển khai công tác bảo đảm an ninh, trật tự "
        "dịp Tết.\n\n"
        "Bộ trưởng yêu cầu mở đợt cao điểm từ ngày 15/12/2025 đến hết ngày 5/3/2026; trong đợt cao điểm phấn "
        "đấu kéo giảm ít nhất 8% tội phạm về trật tự xã hội so với cùng kỳ Tết Ất Tỵ 2025.", date="2025-12")
    assert [(t.value, t.deadline) for t in found] == [(8, "2026-03-05")]


def test_more_places_are_an_increase_and_a_quoted_name_is_counted_by_its_count_noun() -> None:
    found = _targets_of(
        "Sáng 9/1, Công an tỉnh Sóc Trăng tổ chức hội nghị triển khai công tác năm 2024.\n\n"
        "Giám đốc yêu cầu năm 2024 xây dựng thêm ít nhất 6 xã, phường, thị trấn không có ma túy; phấn đấu "
        "lắp đặt thêm 90 camera an ninh; mỗi xã xây dựng ít nhất 2 \"Tổ liên gia an toàn phòng cháy\" và "
        "thành lập mới ít nhất 20 \"Địa chỉ tin cậy\".", date="2024-01")
    got = {t.value: t for t in found}
    assert got[6].direction == "increase" and got[90].direction == "reach"
    assert got[2].unit == "tổ" and got[20].unit == "Địa chỉ tin cậy"


def test_a_title_s_norm_is_a_goal_with_only_the_deadline_its_own_words_give() -> None:
    found = _targets_of(
        "Mỗi tổ CSGT phải kiểm tra ít nhất 20 trường hợp vi phạm nồng độ cồn mỗi ca\n\n"
        "Sáng 10/12, Công an tỉnh Thái Bình triển khai kế hoạch cao điểm từ ngày 15/12/2023 đến hết ngày "
        "28/2/2024.", date="2023-12")
    assert [(t.value, t.metric_key, t.deadline) for t in found] == [(20, "traffic_violations", None)]


def test_keys_two_reports_share_party_units_equipped_teams_meetings_and_an_answer_time() -> None:
    found = _targets_of(
        "Chiều 12/12, Công an tỉnh Ninh Bình tổ chức hội nghị triển khai công tác năm 2025.\n\n"
        "Giám đốc yêu cầu hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; trang bị "
        "công cụ hỗ trợ cho 100% tổ bảo vệ an ninh, trật tự trước ngày 30/6/2025; mỗi tổ sinh hoạt ít nhất 2 "
        "lần mỗi tháng.\n\n"
        "Ngân hàng cho biết sẽ chỉ đạo các chi nhánh cung cấp thông tin tài khoản trong vòng 12 giờ.",
        date="2024-12")
    assert {t.value: t.metric_key for t in found} == {
        85: "party_units_good_rate", 100: "security_teams_equipped_rate", 2: "security_team_meetings",
        12: "info_response_hours"}


def test_a_cluster_of_provinces_and_a_national_meeting_set_goals_of_no_one_province() -> None:
    found = _targets_of(
        "Sáng 12-1, tại TP Vinh (Nghệ An), Cụm thi đua số 2 gồm Công an 4 tỉnh Thanh Hóa, Nghệ An, "
        "Hà Tĩnh và Quảng Bình tổ chức hội nghị ký kết giao ước thi đua năm 2022.\n\n"
        "Theo đó, Công an các tỉnh trong Cụm thống nhất phấn đấu kéo giảm ít nhất 4% số vụ phạm tội về "
        "trật tự xã hội so với năm 2021.\n\n"
        "Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh Hà Tĩnh cam kết phối hợp với các đơn vị, tổ chức ít nhất 3 "
        "đợt kiểm tra chéo trong năm 2022.", date="2022-01")
    assert [(t.value, t.scope) for t in found] == [(4, None), (3, None)]
    found = _targets_of(
        "Chiều 5/10, tại trụ sở Chính phủ, Thủ tướng chủ trì cuộc họp với các bộ, ngành, địa phương về phòng "
        "cháy, chữa cháy sau vụ cháy tại TP Đà Nẵng.\n\n"
        "Thủ tướng yêu cầu kéo giảm ít nhất 8% số vụ cháy so với năm 2023.", date="2023-10")
    assert [(t.value, t.scope) for t in found] == [(8, None)]


def test_deaths_from_fire_and_explosions_are_the_toll_of_fires_with_their_baseline() -> None:
    found = {t.value: t for t in _targets_of(
        "Kết luận hội nghị, Giám đốc Công an tỉnh yêu cầu các đơn vị phấn đấu năm 2025 kéo giảm ít nhất 8% "
        "số người chết do cháy, nổ so với năm 2024. Phấn đấu kéo giảm 5% số người chết do tai nạn giao "
        "thông.",
        date="2024-12")}
    assert (found[8].metric_key, found[8].baseline, found[8].deadline) == ("fire_deaths", "năm 2024", "2025")
    assert found[5].metric_key == "traffic_deaths"


def test_the_staff_each_unit_is_to_have_at_least_is_a_staffing_norm() -> None:
    found = {t.value: t for t in _targets_of(
        "Kết luận buổi làm việc, Thứ trưởng yêu cầu Công an tỉnh Lai Châu phấn đấu năm 2026 kéo giảm ít "
        "nhất 5% số vụ phạm tội về trật tự xã hội; tiếp tục sắp xếp lực lượng về cơ sở, bảo đảm mỗi Công an "
        "xã biên giới có ít nhất 12 cán bộ, chiến sĩ. Năm 2025, Công an tỉnh đã bố trí 1.240 cán bộ, "
        "chiến sĩ về các xã.", date="2025-10")}
    staff = found[12]
    assert (staff.metric_key, staff.at_least, staff.deadline) == ("staffing", True, None)
    assert staff.text == "mỗi Công an xã biên giới có ít nhất 12 cán bộ, chiến sĩ"
    assert 1240 not in found
    assert found[5].deadline == "2026"


def test_an_inline_item_s_own_date_holds_for_it_alone_and_the_header_s_for_the_rest() -> None:
    found = {t.value: t for t in _targets_of(
        "Nghị quyết Đại hội đề ra các chỉ tiêu chủ yếu đến năm 2030: (1) mỗi năm kéo giảm từ 4% trở lên số "
        "vụ phạm tội về trật tự xã hội; (2) đến năm 2028, 100% Công an cấp xã có trụ sở làm việc; (3) tỷ lệ "
        "điều tra khám phá án đạt trên 75%.", date="2025-11")}
    assert (found[4].deadline, found[100].deadline, found[75].deadline) == ("2030", "2028", "2030")


def test_goals_after_theo_do_take_the_year_of_the_pact_signed_in_the_sentence_before() -> None:
    found = {t.value: t for t in _targets_of(
        "Chiều 12-1, Cụm thi đua số 3 gồm Công an 4 tỉnh Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị tổ chức "
        "hội nghị tổng kết năm 2021.\n\nTại hội nghị, lãnh đạo Công an 4 tỉnh đã ký kết giao ước thi đua "
        "năm 2022. Theo đó, Công an các tỉnh trong Cụm phấn đấu kéo giảm ít nhất 4% số vụ phạm tội về trật "
        "tự xã hội so với năm 2021; tỷ lệ điều tra khám phá án đạt trên 75%.", date="2022-01")}
    assert (found[4].deadline, found[4].baseline, found[75].deadline) == ("2022", "năm 2021", "2022")


def test_rates_of_ships_on_standby_fire_plans_approved_and_foreigners_declared_have_keys() -> None:
    found = {t.value: t for t in _targets_of(
        "Kết luận hội nghị, Giám đốc Công an tỉnh Khánh Hòa yêu cầu: đến hết năm 2024, 95% khách sạn từ "
        "5 tầng trở lên có phương án chữa cháy được phê duyệt; bảo đảm 90% cơ sở lưu trú có người nước ngoài "
        "thực hiện khai báo tạm trú qua mạng; Hải đội có 80% tàu trực sẵn sàng cơ động.",
        date="2024-03")}
    assert found[95].metric_key == "fire_plans_approved_rate"
    assert found[90].metric_key == "foreigner_residence_declaration_rate"
    assert found[80].metric_key == "vessel_readiness_rate"


def test_what_each_unit_is_to_keep_or_have_at_least_is_a_norm_and_what_it_has_is_not() -> None:
    found = {t.value: t for t in _targets_of(
        "Kết luận hội nghị, Giám đốc Công an tỉnh Phú Yên lưu ý các đội bảo đảm mỗi đội duy trì ít nhất 3 tổ "
        "tuần tra ban đêm trên các tuyến đường; mỗi xã, phường ven biển phải có ít nhất 2 tổ tự quản về an "
        "ninh, trật tự. Hiện nay, mỗi xã chỉ có từ 4 đến 6 người. Tỉnh Đoàn cam kết đến năm 2026, 100% xã "
        "thành lập đội thanh niên tình nguyện phòng, chống ma túy, mỗi đội có ít nhất 12 đoàn viên.",
        date="2025-03")}
    assert found[3].text == "mỗi đội duy trì ít nhất 3 tổ tuần tra ban đêm trên các tuyến đường"
    assert found[2].text.startswith("mỗi xã, phường ven biển phải có ít nhất 2 tổ tự quản")
    assert 4 not in found
    members = found[12]
    assert members.text == "mỗi đội có ít nhất 12 đoàn viên"
    assert (members.unit, members.metric_key) == ("đoàn viên", None)


def test_places_named_together_as_where_to_act_do_not_scope_a_district_s_goal() -> None:
    found = {t.value: t for t in _targets_of(
        "Chiều 12/7, HĐND huyện Cầu Kè chất vấn Trưởng Công an huyện về an ninh, trật tự.\n\n"
        "Trưởng Công an huyện Cầu Kè hứa tăng cường 15 cán bộ, chiến sĩ về các xã trọng điểm Phong Phú, "
        "Hòa Ân, Tam Ngãi để cùng Công an xã tuần tra; phấn đấu đến cuối năm kéo giảm ít nhất 10% số vụ "
        "trộm cắp tài sản.", date="2013-07")}
    assert found[10].scope == "Cầu Kè"


def test_gangs_and_dens_and_stations_and_vehicles_inspected_are_one_goal_each_and_a_toll_is_none() -> None:
    found = _targets_of(
        "Chủ tịch UBND tỉnh Hà Giang yêu cầu công an mở đợt cao điểm sau vụ ẩu đả khiến 3 người chết. Mục "
        "tiêu của đợt cao điểm là triệt phá 100% băng, ổ nhóm tội phạm có tổ chức. Ông đề nghị Sở Xây dựng "
        "kiểm tra 100% xe khách, xe hợp đồng và 100% bến xe khách, phương tiện kinh doanh vận tải trước khi "
        "xuất bến.", date="2024-01")
    assert [t.value for t in found if t.unit == "người"] == []
    keys = [t.metric_key for t in found if t.value == 100]
    assert keys == ["criminal_gangs", "vehicle_inspection_rate", "vehicle_inspection_rate"]
    assert found[0].text == "100% băng, ổ nhóm tội phạm có tổ chức"


def test_this_year_in_a_goal_is_the_report_s_year_and_not_the_year_so_far() -> None:
    found = _targets_of(
        "Chiều 3/4, Phó Giám đốc Công an tỉnh làm việc với Công an huyện Mường Lay.\n\n"
        "Ông đề nghị huyện giữ vững biên giới, năm nay triệt phá ít nhất 6 đường dây ma túy.\n\n"
        "\"Năm nay phải kéo giảm ít nhất 4% số vụ cướp giật tài sản\", ông nói.", date="2022-04")
    assert [(t.value, t.deadline) for t in found] == [(6, "2022"), (4, "2022")]
    found = _targets_of(
        "Chiều 3/4, Phó Giám đốc Công an tỉnh làm việc với Công an huyện Mường Lay.\n\n"
        "Ông nhắc lại chỉ tiêu giao từ đầu năm nay, phấn đấu kéo giảm ít nhất 4% số vụ cướp giật tài sản.",
        date="2022-04")
    assert [t.deadline for t in found] == [None]


def test_a_goal_by_the_end_of_a_peak_run_from_now_takes_the_peak_s_last_day() -> None:
    found = _targets_of(
        "Chiều 2-7, Chủ tịch UBND tỉnh Long An ký công văn về an ninh, trật tự.\n\n"
        "Ông yêu cầu Công an tỉnh mở đợt cao điểm trấn áp tội phạm từ nay đến hết ngày 30-9. Đến hết đợt "
        "cao điểm phải triệt xóa 100% ổ nhóm cờ bạc đã phát hiện.", date="2021-07")
    assert [(t.value, t.deadline) for t in found] == [(100, "2021-09-30")]


def test_a_minister_s_figures_and_goals_answering_the_assembly_have_no_deputy_s_province() -> None:
    text = ("Sáng 5/6, Quốc hội chất vấn nhóm vấn đề về trật tự, an toàn giao thông.\n\n"
            "Đại biểu Lê Văn Nam (đoàn tỉnh Nghệ An) cho biết người dân tỉnh Nghệ An lo ngại tai nạn "
            "giao thông.\n\n"
            "Bộ trưởng cho biết, 5 tháng năm 2024, lực lượng công an đã xử lý 900.000 trường hợp vi phạm. "
            "Bộ sẽ phấn đấu kéo giảm ít nhất 5% số vụ tai nạn giao thông.")
    ex = extract_document(Document.from_text(text, source="test", date="2024-06"))
    assert grounding_errors(ex) == []
    assert [(t.value, t.scope) for t in ex.targets] == [(5, None)]
    assert [(i.value, i.scope) for i in ex.indicators if i.value == 900000] == [(900000, None)]


def test_districts_listed_in_an_earlier_clause_are_not_the_goals_scope():
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Công an tỉnh Hà Giang sơ kết công tác\n\n"
            "Ngày 6/7/2014, Công an tỉnh Hà Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm "
            "2014.\n\n"
            "Phát biểu chỉ đạo, đồng chí Nguyễn Văn Sơn yêu cầu Công an tỉnh phối hợp với Bộ đội Biên phòng "
            "tỉnh quản lý tốt biên giới ở các huyện biên giới, nhất là huyện Mèo Vạc; tập trung đấu tranh "
            "chống buôn lậu qua các cửa khẩu; phấn đấu cuối năm 2014 tỷ lệ điều tra khám phá án đạt trên "
            "80%.\n")
    result = extract_document(Document.from_text(text, source="t.txt", date="2014-07-06"))
    assert [t.scope for t in result.targets] == ["Hà Giang"]
