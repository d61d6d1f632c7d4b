"""Indicators: reported figures with metric, change, baseline, period and scope."""

from __future__ import annotations

from conftest import FIXTURES_DIR, extract_path

from chidao.extract.metrics import metric_labels
from chidao.extract.pipeline import extract_document
from chidao.gazetteer.loader import load_vocabulary
from chidao.model import Document, Extraction, Indicator, grounding_errors

REPORTS = FIXTURES_DIR / "reports"


def indicator_of(ex: Extraction, value: float) -> Indicator:
    matches = [i for i in ex.indicators if i.value == value]
    assert matches, f"no indicator {value}: {[(i.value, i.text) for i in ex.indicators]}"
    return matches[0]


def test_a_year_end_review_reports_changes_rates_and_counts_for_the_year() -> None:
    ex = extract_path(REPORTS / "h4_tong_ket_chi_so.txt")
    crime = indicator_of(ex, 8.2)
    assert crime.text == "giảm 8,2% so với năm 2022"
    assert (crime.metric, crime.metric_key) == ("tội phạm về trật tự xã hội", "social_order_crime")
    assert (crime.direction, crime.unit) == ("decrease", "%")
    assert (crime.baseline, crime.period) == ("năm 2022", "năm 2023")
    assert crime.scope is not None and "Thanh Hóa" in crime.scope
    rate = indicator_of(ex, 84.5)
    assert (rate.metric_key, rate.direction, rate.baseline) == ("case_clearance_rate", None, None)
    deaths = indicator_of(ex, 4.6)
    assert (deaths.metric_key, deaths.baseline) == ("traffic_deaths", "cùng kỳ năm 2022")
    arrests = indicator_of(ex, 1234)
    assert (arrests.text, arrests.unit) == ("bắt 1.234 đối tượng", "đối tượng")
    assert arrests.metric_key == "suspects_arrested"
    gangs = indicator_of(ex, 45)
    assert (gangs.text, gangs.metric_key) == ("triệt phá 45 băng, nhóm tội phạm", "criminal_gangs")


def test_a_count_and_its_rate_in_brackets_are_two_indicators_of_the_same_metric() -> None:
    ex = extract_path(REPORTS / "h4_tong_ket_chi_so.txt")
    count = indicator_of(ex, 12)
    assert (count.text, count.unit, count.direction, count.metric_key) == (
        "giảm 12 vụ", "vụ", "decrease", "traffic_accidents")
    rate = indicator_of(ex, 3.1)
    assert (rate.text, rate.unit, rate.direction) == ("-3,1%", "%", "decrease")
    assert rate.metric_key == "traffic_accidents"


def test_goals_population_shares_anniversaries_and_money_are_not_indicators() -> None:
    ex = extract_path(REPORTS / "h4_tong_ket_chi_so.txt")
    values = {i.value for i in ex.indicators}
    assert not values & {5, 80, 72}
    ex = extract_path(REPORTS / "h4_lam_viec_cam_ket.txt")
    # "chiếm đoạt 12 tỷ đồng" is money lost to crime; "150 biên chế", "20 xe" are promises
    assert [(i.value, i.unit) for i in ex.indicators] == [(3, "đường dây")]
    assert ex.indicators[0].period == "năm 2022"


def test_seed_reports_without_figures_report_no_indicators(seed_extractions: dict[str, Extraction]) -> None:
    for name, ex in seed_extractions.items():
        # "giảm cả 3 tiêu chí" has no number; "80 năm Ngày truyền thống", "6 tháng đầu năm" are not figures
        assert ex.indicators == [], (name, [i.text for i in ex.indicators])


def test_metric_vocabulary_has_every_design_key_with_phrasings() -> None:
    design = {"social_order_crime", "crime_total", "drug_crime", "economic_crime", "corruption_crime",
              "environment_crime", "high_tech_crime", "smuggling", "criminal_gangs", "case_clearance_rate",
              "traffic_accidents", "traffic_deaths", "traffic_injuries", "fires", "staffing", "grdp_rank"}
    vocab = load_vocabulary("metrics.tsv")
    assert design <= set(vocab)
    assert all(vocab[key] for key in vocab)
    labels = metric_labels()
    assert labels["social_order_crime"] == "số vụ phạm tội về trật tự xã hội"
    assert all(labels[key] for key in vocab)


def _indicators(text: str, date: str = "2023-06") -> list[Indicator]:
    extraction = extract_document(Document.from_text(text, source="test", date=date))
    assert grounding_errors(extraction) == []
    return extraction.indicators


def _by_value(found: list[Indicator]) -> dict[float, Indicator]:
    return {i.value: i for i in found if i.value is not None}


def test_a_part_of_a_whole_is_the_cases_solved_of_the_cases_and_its_rate_the_clearance_rate() -> None:
    found = _by_value(_indicators(
        "Trong tháng 5.2023, Công an huyện điều tra, khám phá 34/40 vụ phạm pháp hình sự (tỷ lệ 85%); "
        "triệt xóa 6/6 băng, nhóm tội phạm."))
    assert (found[34].metric_key, found[34].text) == ("cases_solved", "điều tra, khám phá 34/40 vụ")
    assert (found[40].metric_key, found[40].text) == ("social_order_crime", "40 vụ phạm pháp hình sự")
    assert (found[85].metric_key, found[85].text) == ("case_clearance_rate", "tỷ lệ 85%")
    # a whole solved entirely is one figure
    assert found[6].metric_key == "criminal_gangs"
    assert sorted(found) == [6, 34, 40, 85]
    assert {i.period for i in found.values()} == {"tháng 5/2023"}


def test_a_part_counted_in_the_passive_and_people_identified_are_suspects() -> None:
    found = _by_value(_indicators(
        "Công an tỉnh cho biết, tháng qua có 20/25 vụ xâm phạm trật tự xã hội được điều tra, làm rõ "
        "với 41 đối tượng bị phát hiện, xử lý."))
    assert (found[20].metric_key, found[25].metric_key) == ("cases_solved", "social_order_crime")
    assert found[20].text.endswith("được điều tra, làm rõ")
    assert found[41].metric_key == "suspects_arrested"


def test_pairs_of_cases_and_suspects_share_the_words_after_them() -> None:
    found = _by_value(_indicators(
        "Công an các địa phương phát hiện 12 vụ/30 đối tượng đánh bạc; 7 vụ/15 đối tượng tàng trữ, "
        "mua bán và sử dụng trái phép chất ma túy; 5 vụ/9 đối tượng vi phạm trong lĩnh vực kinh tế."))
    assert {v: i.metric_key for v, i in found.items()} == {
        12: "gambling", 30: "suspects_arrested", 7: "drug_crime", 15: "suspects_arrested",
        5: "economic_crime", 9: "suspects_arrested"}
    assert found[7].unit == "vụ" and found[15].unit == "đối tượng"


def test_a_rate_after_cases_solved_is_the_clearance_rate_but_not_after_another_deed() -> None:
    found = _by_value(_indicators(
        "Trong đợt cao điểm, Công an thành phố điều tra làm rõ 45 vụ, với 90 đối tượng, đạt tỷ lệ 81%. "
        "Công an thành phố điều tra, khám phá 30 vụ án kinh tế, thu hồi tài sản đạt 60%."))
    assert (found[81].metric_key, found[81].text) == ("case_clearance_rate", "đạt tỷ lệ 81%")
    assert found[90].metric_key == "suspects_arrested"
    assert 60 not in found or found[60].metric_key != "case_clearance_rate"


def test_the_clearance_rate_of_very_serious_cases_is_its_own_metric() -> None:
    found = _by_value(_indicators(
        "Năm 2022, Công an tỉnh điều tra khám phá án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 96,5%; "
        "tỷ lệ điều tra khám phá trọng án đạt 100%."))
    assert found[96.5].metric_key == "serious_case_clearance_rate"
    assert found[100].metric_key == "serious_case_clearance_rate"


def test_a_change_without_a_metric_goes_on_counting_the_figure_before_it() -> None:
    found = _by_value(_indicators(
        "Năm 2023, toàn tỉnh xảy ra 210 vụ tai nạn giao thông, làm chết 98 người, bị thương 131 người; "
        "so với cùng kỳ năm 2022 giảm 15 vụ, giảm 7 người chết. Công an tỉnh ghi nhận 60 vụ phạm tội "
        "về trật tự xã hội, giảm 10% so với cùng kì."))
    assert found[131].metric_key == "traffic_injuries"
    accidents = found[15]
    assert (accidents.metric_key, accidents.direction) == ("traffic_accidents", "decrease")
    assert (accidents.baseline, accidents.text) == ("cùng kỳ năm 2022", "so với cùng kỳ năm 2022 giảm 15 vụ")
    assert (found[7].metric_key, found[7].baseline) == ("traffic_deaths", "cùng kỳ năm 2022")
    crime = found[10]
    assert (crime.metric_key, crime.baseline) == ("social_order_crime", "cùng kỳ")
    assert crime.direction == "decrease"


def test_casualties_and_damage_of_fires_are_the_fires_own() -> None:
    found = _by_value(_indicators(
        "Năm 2023, trên địa bàn tỉnh xảy ra 12 vụ cháy, làm chết 2 người, bị thương 5 người, thiệt hại "
        "tài sản ước tính 3,5 tỷ đồng. Lực lượng Cảnh sát PCCC kiểm tra an toàn PCCC 1.250 lượt cơ sở, "
        "phát hiện 310 thiếu sót, xử phạt vi phạm hành chính về PCCC 48 trường hợp, "
        "phạt tiền 620 triệu đồng."))
    assert {v: i.metric_key for v, i in found.items()} == {
        12: "fires", 2: "fire_deaths", 5: "fire_injuries", 3.5: "fire_property_damage",
        1250: "fire_safety_inspections", 310: "fire_safety_violations", 48: "fire_safety_penalties",
        620: "fire_safety_fines"}
    assert (found[3.5].unit, found[620].unit) == ("tỷ đồng", "triệu đồng")


def test_fines_and_shortcomings_outside_a_fire_report_are_no_fire_figures() -> None:
    found = _indicators(
        "Năm 2023, lực lượng Cảnh sát giao thông phát hiện 9.000 trường hợp vi phạm trật tự an toàn "
        "giao thông, phạt tiền 20 tỷ đồng.")
    assert not any(i.metric_key and i.metric_key.startswith("fire_") for i in found)
    # fines are reported results all the same (as the probe gold counts them), not fire figures
    assert [i.metric_key for i in found if i.unit == "tỷ đồng"] == ["fines_collected"]


def test_incidents_resolved_with_the_period_of_the_lead_paragraph() -> None:
    text = ("Trong 6 tháng đầu, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh phối hợp chặt chẽ bảo đảm an ninh "
            "quốc gia, trật tự an toàn xã hội.\n\n"
            "Hai lực lượng đã phối hợp giải quyết 15 vụ việc liên quan đến an ninh, trật tự; "
            "bắt 6 đối tượng.")
    found = _by_value(_indicators(text))
    assert found[15].metric_key == "security_incidents_resolved"
    assert found[15].period == found[6].period == "6 tháng đầu năm"


def test_a_campaign_named_in_the_lead_is_the_period_of_its_results() -> None:
    text = ("Sáng 20/2, Công an huyện tổ chức hội nghị tổng kết đợt cao điểm tấn công trấn áp tội phạm, "
            "bảo đảm an ninh trật tự Tết Nguyên đán Quý Mão 2023.\n\n"
            "Công an huyện đã triển khai quyết liệt đợt cao điểm.\n\n"
            "Kết quả, lực lượng Công an đã điều tra làm rõ 18 vụ, bắt 25 đối tượng.")
    found = _by_value(_indicators(text, date="2023-02"))
    assert found[18].period == found[25].period == "đợt cao điểm Tết Nguyên đán Quý Mão 2023"


def test_the_recent_past_framing_a_paragraph_is_its_figures_period() -> None:
    # "thời gian qua", "N năm qua", "N tháng qua" opening a clause are written as the text gives them
    # (the gold's way), over the period of an agreement the lead names
    found = _by_value(_indicators(
        "Sáng 3/4, Công an tỉnh ký kết quy chế phối hợp với Bộ Chỉ huy Quân sự tỉnh "
        "giai đoạn 2024 - 2028.\n\n"
        "Thời gian qua, hai lực lượng đã bắt 14 đối tượng phạm tội về ma túy.\n\n"
        "Theo báo cáo, trong 12 tháng qua, hai bên trao đổi 37 tin có giá trị; tuần tra chung 9 đợt."))
    assert (found[14].metric_key, found[14].period) == ("suspects_arrested", "thời gian qua")
    assert found[37].period == found[9].period == "12 tháng qua"
    (alone,) = _indicators("3 năm qua, Công an huyện đã bắt 21 đối tượng phạm tội về ma túy.")
    assert alone.period == "3 năm qua"
    # a stage the lead names in full is that "N năm qua"
    found = _by_value(_indicators(
        "Ngày 5/7, Công an tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện phong trào "
        "giai đoạn 2018 - 2023.\n\n"
        "Báo cáo cho biết, trong 5 năm qua, Công an tỉnh đã bắt 63 đối tượng phạm tội về ma túy."))
    assert found[63].period == "giai đoạn 2018 - 2023"
    # praise of the recent past frames nothing: the lead's period holds
    found = _by_value(_indicators(
        "Năm 2022, Công an huyện hoàn thành tốt nhiệm vụ.\n\n"
        "Lãnh đạo tỉnh ghi nhận kết quả đạt được trong thời gian qua. Công an huyện bắt 12 đối tượng."))
    assert found[12].period == "năm 2022"


def test_a_period_since_a_day_is_read_in_its_written_forms() -> None:
    found = _by_value(_indicators(
        "Theo báo cáo, từ ngày 1-7 đến nay, Công an xã đã khởi tố 4 vụ.\n\n"
        "Từ ngày 1-7-2025 đến nay, xã đã xây dựng 12 tổ an ninh tự quản.\n\n"
        "Từ năm 2020 đến hết tháng 3-2022, lực lượng Công an đã xử phạt 1.530 trường hợp vi phạm "
        "hành chính.\n\n"
        "Ông cho biết, từ khi chính quyền địa phương hai cấp đi vào hoạt động ngày 1/7/2025, Công an phường "
        "đã tiếp nhận 640 hồ sơ đăng ký cư trú."))
    assert found[4].period == "từ ngày 1-7 đến nay"
    assert found[12].period == "từ ngày 1-7-2025 đến nay"
    assert found[1530].period == "từ năm 2020 đến hết tháng 3-2022"
    assert found[640].period == "từ ngày 1/7/2025"


def test_what_is_still_left_now_has_no_period() -> None:
    found = _by_value(_indicators(
        "Năm 2023, Công an tỉnh xử phạt 900 trường hợp vi phạm hành chính. Tuy nhiên, hiện vẫn còn 45 quyết "
        "định xử phạt chưa được thi hành."))
    assert found[900].period == "năm 2023"
    assert found[45].period is None


def test_a_period_earlier_in_the_paragraph_holds_for_the_sentences_after_it() -> None:
    found = _by_value(_indicators(
        "Theo báo cáo, trong năm 2021, Công an tỉnh hoàn thành tốt nhiệm vụ. Phạm pháp hình sự giảm 5%, "
        "tỷ lệ điều tra khám phá án đạt trên 88%."))
    assert found[5].period == found[88].period == "năm 2021"
    assert found[88].metric_key == "case_clearance_rate"


def test_a_list_after_a_colon_counts_what_the_sentence_named_before_it() -> None:
    found = _by_value(_indicators(
        "Theo Ban An toàn giao thông tỉnh, năm 2022, tai nạn giao thông giảm cả 3 tiêu chí: xảy ra 140 vụ, "
        "làm chết 61 người; so với năm 2021 giảm 12 vụ (-7,9%)."))
    assert found[140].metric_key == "traffic_accidents"
    assert (found[12].metric_key, found[12].baseline) == ("traffic_accidents", "năm 2021")
    assert (found[7.9].metric_key, found[7.9].direction) == ("traffic_accidents", "decrease")


def test_the_rate_of_inspections_and_the_fines_after_a_count_of_penalties() -> None:
    found = _by_value(_indicators(
        "Trong 9 tháng năm 2023, Phòng Cảnh sát PCCC và CNCH kiểm tra an toàn PCCC 1.870 lượt cơ sở, "
        "đạt 104% kế hoạch; xử phạt vi phạm hành chính 63 trường hợp với số tiền 385 triệu đồng."))
    assert (found[104].metric_key, found[104].text) == ("fire_safety_inspection_rate", "đạt 104%")
    assert found[63].metric_key == "fire_safety_penalties"
    assert (found[385].metric_key, found[385].unit) == ("fire_safety_fines", "triệu đồng")
    assert found[1870].period == "9 tháng năm 2023"


def test_what_a_verb_counts_comes_before_the_kind_of_case_and_fits_the_unit() -> None:
    found = _by_value(_indicators(
        "Năm 2018, Công an tỉnh điều tra, khám phá 1.310 vụ phạm pháp hình sự, trong đó trọng án đạt 96,2%; "
        "khởi tố 240 vụ/415 bị can; phát hiện 86 vụ, 142 đối tượng phạm tội về ma túy. Một băng nhóm trộm "
        "cắp 17 xe máy bị triệt phá."))
    assert found[1310].metric_key == "cases_solved"
    assert found[96.2].metric_key == "serious_case_clearance_rate"
    assert found[415].metric_key == "suspects_arrested"
    assert (found[86].metric_key, found[142].metric_key) == ("drug_crime", "suspects_arrested")
    # motorbikes stolen are no count of gangs
    assert 17 not in found


def test_a_metric_whose_words_a_comma_divides_still_names_its_figures() -> None:
    found = _by_value(_indicators(
        "Năm 2019, trên địa bàn tỉnh, cháy, nổ xảy ra 41 vụ (tăng 6 vụ), làm chết 3 người; Cảnh sát PCCC "
        "đã kịp thời cứu nạn, cứu hộ."))
    assert (found[41].metric_key, found[6].metric_key) == ("fires", "fires")
    assert found[6].direction == "increase"
    assert found[3].metric_key == "fire_deaths"


def test_a_change_with_a_subject_of_its_own_does_not_continue_the_figure_before_it() -> None:
    found = _by_value(_indicators(
        "Năm 2023, Công an tỉnh đã bắt 40 đối tượng phạm tội về trật tự xã hội; thủ tục hành chính "
        "giảm 30%, tai nạn giao thông giảm 5 vụ."))
    assert found[40].metric_key == "suspects_arrested"
    assert found[30].metric_key is None  # an administrative figure, not the suspects'
    assert found[5].metric_key == "traffic_accidents"


def test_people_counted_without_being_caught_or_dealt_with_are_no_suspects() -> None:
    found = _indicators(
        "Năm 2023, Công an huyện điều tra làm rõ 48 vụ phạm pháp hình sự; trên địa bàn hiện có 1.200 đối "
        "tượng nghiện ma túy được quản lý.")
    assert [(i.value, i.metric_key) for i in found] == [(48, "cases_solved")]


def test_violations_of_law_on_social_order_and_the_change_after_them() -> None:
    found = _by_value(_indicators(
        "Năm 2022, Công an huyện cho biết trên địa bàn huyện xảy ra 312 vụ vi phạm pháp luật về trật tự xã "
        "hội, tăng 14 vụ so với năm 2021."))
    assert (found[312].metric_key, found[312].text) == (
        "social_order_crime", "xảy ra 312 vụ vi phạm pháp luật về trật tự xã hội")
    assert (found[14].metric_key, found[14].direction, found[14].baseline) == (
        "social_order_crime", "increase", "năm 2021")


def test_a_rate_the_very_serious_cases_reach_is_their_clearance_rate() -> None:
    found = _by_value(_indicators(
        "Năm 2021, Công an thành phố điều tra làm rõ 540 vụ, đạt 88%. Riêng các vụ án rất nghiêm trọng "
        "đều được điều tra, khám phá kịp thời, đạt tỷ lệ 100%."))
    assert found[88].metric_key == "case_clearance_rate"
    assert found[100].metric_key == "serious_case_clearance_rate"
    assert found[100].text.startswith("vụ án rất nghiêm trọng")
    found = _by_value(_indicators(
        "Năm 2021, Công an tỉnh đấu tranh hiệu quả với tội phạm; tỷ lệ khám phá án đạt khá (trên 91%, "
        "trọng án đạt 98%)."))
    assert found[91].metric_key == "case_clearance_rate"
    assert found[98].metric_key == "serious_case_clearance_rate"
    assert found[98].text == "trọng án đạt 98%"


def test_a_rate_of_a_list_of_kinds_of_case_is_the_clearance_rate_of_them_all() -> None:
    found = _by_value(_indicators(
        "Năm 2021, Công an tỉnh điều tra khám phá các vụ phạm pháp hình sự, án rất nghiêm trọng và đặc "
        "biệt nghiêm trọng đạt 90,5%."))
    assert found[90.5].metric_key != "serious_case_clearance_rate"


def test_a_share_of_premises_inspected_and_the_penalties_of_a_fire_review() -> None:
    found = _by_value(_indicators(
        "Năm 2023, Công an các huyện đã kiểm tra 100% cơ sở thuộc diện quản lý về phòng cháy, chữa cháy, "
        "phát hiện 215 thiếu sót, xử phạt 37 trường hợp vi phạm; ra quyết định xử phạt vi phạm PCCC đối "
        "với 12 cơ sở."))
    assert (found[100].metric_key, found[100].text) == ("fire_safety_inspection_rate", "kiểm tra 100% cơ sở")
    assert found[37].metric_key == found[12].metric_key == "fire_safety_penalties"
    assert found[12].text == "xử phạt vi phạm PCCC đối với 12 cơ sở"
    # penalties of traffic offences are no fire figures
    found = _indicators("Năm 2023, Cảnh sát giao thông xử phạt 4.100 trường hợp vi phạm nồng độ cồn.")
    assert not any(i.metric_key and i.metric_key.startswith("fire_") for i in found)


def test_a_range_of_days_is_the_period_of_the_figures_after_it_in_its_paragraph() -> None:
    found = _by_value(_indicators(
        "Sáng 5/12, Công an tỉnh tổ chức hội nghị về phòng cháy, chữa cháy.\n\n"
        "Theo báo cáo, từ ngày 1/11 đến 30/11, toàn tỉnh xảy ra 9 vụ cháy, làm 1 người bị thương.\n\n"
        "Công an tỉnh đã kiểm tra an toàn PCCC 820 cơ sở."))
    assert found[9].period == found[1].period == "từ ngày 1/11 đến 30/11"
    assert found[820].period is None


def test_a_period_without_its_year_takes_the_year_the_report_gives_it() -> None:
    found = _by_value(_indicators(
        "Chiều 2/7, Công an tỉnh tổ chức hội nghị.\n\n"
        "Báo cáo cho biết, 6 tháng đầu năm 2022, tình hình an ninh trật tự ổn định.\n\n"
        "Trong 6 tháng đầu năm, Công an tỉnh bắt 75 đối tượng, tỷ lệ điều tra khám phá án đạt 86%."))
    assert found[75].period == found[86].period == "6 tháng đầu năm 2022"
    # a report that never writes the year keeps the period as written
    (alone,) = _indicators("Trong 6 tháng đầu năm, Công an huyện bắt 75 đối tượng phạm tội về ma túy.")
    assert alone.period == "6 tháng đầu năm"


def test_national_figures_keep_no_province_until_the_report_returns_to_one() -> None:
    text = ("Chiều 5/1, Giám đốc Công an tỉnh Nghệ An dự hội nghị trực tuyến của Bộ Công an.\n\n"
            "Theo Bộ Công an, năm 2023, toàn quốc xảy ra 2.100 vụ cháy. Các địa phương đã kiểm tra an toàn "
            "PCCC 410.000 cơ sở.\n\n"
            "Qua kiểm tra phát hiện 52.000 thiếu sót về PCCC.\n\n"
            "Tại tỉnh Nghệ An, năm 2023 xảy ra 61 vụ cháy. Lực lượng Cảnh sát PCCC kiểm tra an toàn PCCC "
            "5.300 cơ sở.")
    found = _by_value(_indicators(text, date="2024-01"))
    assert found[2100].scope is None and found[410000].scope is None and found[52000].scope is None
    assert found[61].scope == found[5300].scope == "Nghệ An"
    # a provincial report is the province's throughout
    found = _by_value(_indicators(
        "Năm 2023, Công an tỉnh Nghệ An bắt 900 đối tượng.\n\nLực lượng Công an điều tra làm rõ 700 vụ.",
        date="2024-01"))
    assert found[900].scope == found[700].scope == "Nghệ An"


def test_figures_deep_in_a_sentence_that_runs_for_pages_read_as_in_a_short_one() -> None:
    # A review listing its figures joined by semicolons, far past FIGURE_REACH: each figure
    # is read within its own part of the sentence, as it would be alone.
    clause = "tai nạn giao thông giảm {n} vụ, số người chết giảm {m} người"
    lead = "Ngày 9/5, Công an tỉnh Nam Định tổng kết công tác bảo đảm an ninh trật tự năm 2023.\n\n"
    long_text = lead + "Năm 2023, " + "; ".join(clause.format(n=10 + i, m=200 + i) for i in range(150)) + "."
    short_text = lead + "Năm 2023, " + clause.format(n=159, m=349) + "."
    long_ex = extract_document(Document.from_text(long_text, "dai.txt"))
    short_ex = extract_document(Document.from_text(short_text, "ngan.txt"))
    assert grounding_errors(long_ex) == []
    assert len(long_ex.indicators) == 300

    def fields(indicator: Indicator) -> tuple[object, ...]:
        return (indicator.metric_key, indicator.unit, indicator.direction, indicator.period, indicator.text)

    deep = [fields(i) for i in long_ex.indicators if i.value in (159, 349)]
    assert deep == [fields(i) for i in short_ex.indicators]
    assert deep[0][:4] == ("traffic_accidents", "vụ", "decrease", "năm 2023")


def test_around_keeps_a_short_sentence_and_cuts_a_long_one_at_a_clause() -> None:
    from chidao.extract.metrics import FIGURE_REACH, around

    short = "Năm 2023, xảy ra 12 vụ cháy."
    assert around(short, (0, len(short)), (17, 19)) == (0, len(short))
    parts = [f"phần {i} có {i} vụ" for i in range(400)]
    text = "; ".join(parts)
    middle = text.index("phần 200 ")
    start, end = around(text, (0, len(text)), (middle, middle + 8))
    assert 0 < start and end < len(text)
    assert middle - start <= FIGURE_REACH and end - middle - 8 <= FIGURE_REACH
    assert text[start - 1] == ";" and text[end] == ";"


def test_a_change_in_percent_of_an_earlier_count_named_by_its_unit() -> None:
    text = (" date 2025-09\nChiều 19/9, Công an tỉnh Ninh Bình tổ chức hội nghị sơ kết công tác bảo đảm "
            "an ninh trật tự.\n\nTrong 9 tháng năm 2025, lực lượng Công an đã phát hiện, bắt giữ 1.245 vụ, "
            "2.310 đối tượng phạm tội về ma túy, tăng 15,2% số vụ so với cùng kỳ năm 2024.")
    ex = extract_document(Document.from_text(text, "ma-tuy.txt"))
    change = indicator_of(ex, 15.2)
    assert (change.metric_key, change.direction, change.baseline, change.text) == (
        "drug_crime", "increase", "cùng kỳ năm 2024", "tăng 15,2% số vụ so với cùng kỳ năm 2024")
    assert indicator_of(ex, 2310).metric_key == "suspects_arrested"


def test_the_whole_of_a_part_is_the_count_reported_before_it_never_what_the_verb_counts() -> None:
    text = (" date 2023-06\nNgày 9-6, Đoàn công tác Bộ Công an làm việc với Tỉnh ủy Gia Lai về an ninh, "
            "trật tự.\n\nTừ đầu năm đến nay, trên địa bàn tỉnh xảy ra 74 vụ phạm pháp hình sự; đã điều tra "
            "làm rõ 64/74 vụ, đạt 86,49%. Trong tháng, đã điều tra làm rõ 12/15 vụ.")
    ex = extract_document(Document.from_text(text, "gia-lai.txt"))
    assert [(i.value, i.metric_key) for i in ex.indicators if i.unit == "vụ"] == [
        (74, "social_order_crime"), (64, "cases_solved"), (74, "social_order_crime"), (12, "cases_solved")]
    assert indicator_of(ex, 86.49).metric_key == "case_clearance_rate"


def test_drug_seizures_addicts_and_deeds_listed_before_their_shared_metric() -> None:
    text = (" date 2019-07\nChiều 17/7, Đoàn giám sát làm việc với UBND tỉnh Nghệ An về phòng, chống ma túy."
            "\n\nGiai đoạn 2014-2019, lực lượng chức năng đã phát hiện, bắt giữ 9.870 vụ, 13.590 đối tượng "
            "mua bán, vận chuyển trái phép chất ma túy; thu giữ 1.320 bánh heroin, 980 kg ma túy tổng hợp. "
            "Số người nghiện có hồ sơ quản lý là 4.562 người.")
    ex = extract_document(Document.from_text(text, "ma-tuy.txt"))
    assert [(i.value, i.unit, i.metric_key) for i in ex.indicators] == [
        (9870, "vụ", "drug_crime"), (13590, "đối tượng", "suspects_arrested"),
        (1320, "bánh", "drug_seizures"), (980, "kg", "drug_seizures"), (4562, "người", "drug_addicts")]
    assert all(i.period == "giai đoạn 2014-2019" for i in ex.indicators[:4])


def test_metrics_of_enforcement_named_by_their_words_and_units() -> None:
    text = (" date 2016-01\nNgày 5/1, Công an thành phố Hà Nội tổng kết công tác năm 2015.\n\n"
            "Năm 2015, trên địa bàn xảy ra 1.245 vụ tai nạn giao thông, giảm 94 vụ (-7,2%) so với năm 2014. "
            "Lực lượng Cảnh sát giao thông đã xử lý hơn 580.000 trường hợp vi phạm, tước hơn 21.000 "
            "giấy phép lái xe. Cơ quan điều tra đã khởi tố 37 vụ, 52 bị can; triệt xóa 15 tụ điểm ma túy; "
            "lực lượng chức năng điều tra làm rõ 331 vụ, tỷ lệ điều tra khám phá đạt 88,9%.")
    ex = extract_document(Document.from_text(text, "ha-noi.txt"))
    keys = {(i.value, i.metric_key) for i in ex.indicators}
    assert {(580000, "traffic_violations"), (21000, "licences_revoked"), (37, "cases_prosecuted"),
            (52, "suspects_arrested"), (15, "criminal_gangs"), (88.9, "case_clearance_rate")} <= keys
    assert [(i.baseline, i.text) for i in ex.indicators if i.value in (94, 7.2)] == [
        ("năm 2014", "giảm 94 vụ (-7,2%) so với năm 2014"), ("năm 2014", "-7,2%) so với năm 2014")]


def test_violations_count_as_traffic_only_where_traffic_is_the_topic() -> None:
    text = (" date 2016-01\nNgày 5/1, Công an tỉnh Nam Định tổng kết công tác năm 2015.\n\n"
            "Năm 2015, Công an tỉnh đã xử lý 1.200 trường hợp vi phạm về cư trú.")
    ex = extract_document(Document.from_text(text, "cu-tru.txt"))
    assert all(i.metric_key != "traffic_violations" for i in ex.indicators)


def test_the_period_a_review_names_after_a_summary_lead() -> None:
    text = (" date 2023-07\nSố người chết vì tai nạn giao thông 6 tháng đầu năm giảm so với cùng kỳ.\n\n"
            "Thông tin được đưa ra tại hội nghị sơ kết công tác bảo đảm trật tự an toàn giao thông 6 tháng "
            "đầu năm 2023 do Bộ Công an tổ chức chiều 13/7.\n\nTheo báo cáo, toàn quốc xảy ra 5.423 vụ tai "
            "nạn giao thông, làm chết 2.781 người, bị thương 3.950 người.")
    ex = extract_document(Document.from_text(text, "csgt.txt"))
    assert {(i.metric_key, i.period) for i in ex.indicators if i.value in (5423, 2781, 3950)} == {
        ("traffic_accidents", "6 tháng đầu năm 2023"), ("traffic_deaths", "6 tháng đầu năm 2023"),
        ("traffic_injuries", "6 tháng đầu năm 2023")}


def test_vehicles_impounded_and_fines_paid_to_the_treasury() -> None:
    text = (" date 2025-01\nSáng 9/1, UBND TP.HCM tổng kết công tác bảo đảm trật tự, an toàn giao thông.\n\n"
            "Năm 2024, lực lượng CSGT đã xử lý hơn 1,2 triệu trường hợp vi phạm, tạm giữ 98.000 phương "
            "tiện, nộp kho bạc hơn 1.500 tỉ đồng.")
    ex = extract_document(Document.from_text(text, "tp-hcm.txt"))
    assert {(i.value, i.unit, i.metric_key) for i in ex.indicators} >= {
        (98000, "phương tiện", "vehicles_impounded"), (1500, "tỷ đồng", "fines_collected")}


def test_figures_of_fraud_smuggling_and_the_citizen_data_project() -> None:
    text = (" date 2024-11\nNgày 27/11, Công an tỉnh An Giang tổng kết công tác chống buôn lậu năm 2024.\n\n"
            "Năm 2024, lực lượng chức năng phát hiện 320 vụ; tổng trị giá hàng hóa vi phạm hơn 41,8 tỷ đồng; "
            "số tiền người dân bị chiếm đoạt khoảng 42 tỷ đồng; phong tỏa hơn 2.800 tài khoản; xử lý 1.065 "
            "trường hợp xuất, nhập cảnh trái phép; kích hoạt 438.000 tài khoản định danh điện tử.")
    ex = extract_document(Document.from_text(text, "an-giang.txt"))
    assert {(i.value, i.metric_key) for i in ex.indicators} >= {
        (41.8, "smuggled_goods_value"), (42, "fraud_losses"), (2800, "accounts_frozen"),
        (1065, "illegal_exits"), (438000, "electronic_ids")}


def test_one_accidents_toll_is_no_statistic_but_a_periods_is() -> None:
    text = (" date 2024-03\nBình Thuận - Xe khách tông vào đuôi xe tải ở huyện Hàm Thuận Nam, khiến 3 người "
            "chết, 11 người bị thương, rạng sáng 9/3.\n\n"
            "Ông Phan Văn Đăng, Phó Chủ tịch UBND tỉnh, chỉ đạo Công an tỉnh điều tra nguyên nhân vụ "
            "tai nạn, "
            "bảo đảm trật tự, an toàn giao thông.\n\n"
            "Từ đầu năm, trên địa bàn tỉnh xảy ra 41 vụ tai nạn giao thông, làm chết 35 người.\n")
    ex = extract_document(Document.from_text(text, "tai-nan.txt"))
    assert [(i.value, i.metric_key) for i in ex.indicators] == [
        (41, "traffic_accidents"), (35, "traffic_deaths")]


def test_the_field_a_sentence_opens_with_and_a_rate_after_the_arrests() -> None:
    text = (" date 2021-07\nNgày 5/7, Ban Chỉ đạo 138 tỉnh Long An sơ kết công tác 6 tháng đầu năm 2021.\n\n"
            "Theo báo cáo, toàn tỉnh phát hiện 184 vụ phạm pháp hình sự; đã điều tra, làm rõ 158 vụ, bắt 221 "
            "đối tượng, đạt tỷ lệ 85,87%. Về ma túy, phát hiện 96 vụ, 173 đối tượng phạm tội.")
    ex = extract_document(Document.from_text(text, "long-an.txt"))
    keys = {(i.value, i.metric_key) for i in ex.indicators}
    assert {(85.87, "case_clearance_rate"), (96, "drug_crime")} <= keys


def test_a_baseline_that_opens_the_sentence_before_the_changes_subject() -> None:
    text = (" date 2025-12\nNgày 10/12, Bộ Công an tổ chức hội nghị trực tuyến toàn quốc.\n\n"
            "Năm 2025, toàn quốc xảy ra 40.000 vụ phạm pháp hình sự. So với cùng kỳ năm 2024, tội phạm về "
            "trật tự xã hội giảm 12,3%, số người chết vì tai nạn giao thông giảm 4 người.")
    ex = extract_document(Document.from_text(text, "baseline.txt"))
    changed = [(i.value, i.baseline, i.period) for i in ex.indicators if i.direction]
    assert changed == [(12.3, "cùng kỳ năm 2024", "năm 2025"), (4, "cùng kỳ năm 2024", "năm 2025")]


def test_figures_of_usury_amnesty_rehabilitation_fraud_prevented_and_fines() -> None:
    text = (" date 2025-09\nNgày 1/9, Công an tỉnh Kiên Giang sơ kết công tác bảo đảm an ninh, trật tự.\n\n"
            "Năm 2025, Công an tỉnh phát hiện 46 vụ cho vay lãi nặng trong giao dịch dân sự; triệt phá "
            "1.962 băng, ổ nhóm tội phạm; đấu tranh thành công 14 chuyên án ma túy. Trại giam số 6 "
            "công bố quyết định đặc xá cho 312 phạm nhân. Cơ sở cai nghiện có tổng công suất 2.400 học "
            "viên, đã hoàn thành cai nghiện cho 702 học viên. Lực lượng chức năng ngăn chặn thiệt hại "
            "khoảng 96 tỷ đồng, xử phạt vi phạm hành chính 7,9 tỉ đồng.")
    ex = extract_document(Document.from_text(text, "kien-giang.txt"))
    assert {(i.value, i.metric_key) for i in ex.indicators} >= {
        # drug operations counted in "chuyên án" (round 43)
        (46, "usury"), (1962, "criminal_gangs"), (14, "drug_operations"), (312, "prisoners_amnestied"),
        (2400, "rehab_capacity"), (702, "rehab_completions"), (96, "fraud_losses_prevented"),
        (7.9, "fines_collected")}


def test_periods_written_as_spans_occasions_and_counts_of_now() -> None:
    text = (" date 2024-01\nNgày 5/1, Công an tỉnh Quảng Trị tổng kết công tác năm 2023.\n\n"
            "Từ tháng 8/2023 đến nay, hai bên phát hiện 14 vụ mua bán trái phép chất ma túy. Trong dịp "
            "Tết Giáp Thìn 2024, tai nạn giao thông giảm 7 vụ. Từ ngày 1 đến 30/6, toàn tỉnh bắt 46 đối "
            "tượng. Hiện toàn tỉnh có 2.146 người nghiện ma túy. Thực hiện Luật Bảo vệ môi trường năm "
            "2020, lực lượng chức năng phát hiện 152 vụ vi phạm pháp luật về môi trường.")
    ex = extract_document(Document.from_text(text, "periods.txt"))
    assert [(i.value, i.period) for i in ex.indicators] == [
        (14, "từ tháng 8/2023 đến nay"), (7, "dịp Tết Giáp Thìn 2024"), (46, "từ ngày 1 đến 30/6"),
        (2146, None), (152, "từ ngày 1 đến 30/6")]  # (not the law's year)


def test_fire_safety_figures_in_a_report_whose_headline_is_a_fire() -> None:
    text = (" date 2024-10\nHải Phòng: Cháy quán karaoke làm 3 người tử vong, thành phố tổng kiểm tra\n\n"
            "Ngày 7/10, UBND TP Hải Phòng họp khẩn về phòng cháy, chữa cháy.\n\n"
            "Theo Công an TP, từ đầu năm 2024 đến nay, lực lượng chức năng đã phát hiện 286 thiếu sót, "
            "xử phạt vi phạm hành chính 97 trường hợp với số tiền hơn 2,1 tỷ đồng.")
    ex = extract_document(Document.from_text(text, "karaoke.txt"))
    assert {(i.value, i.metric_key) for i in ex.indicators} >= {
        (286, "fire_safety_violations"), (97, "fire_safety_penalties"), (2.1, "fire_safety_fines")}


def test_figures_of_trafficking_security_models_and_fines_outside_fire() -> None:
    text = (" date 2024-06\nNgày 5/6, Công an huyện Diễn Châu giao ban công tác tháng 5/2024.\n\n"
            "Từ năm 2021 đến nay, lực lượng chức năng phát hiện 214 vụ mua bán người, giải cứu, tiếp nhận "
            "628 nạn nhân. Toàn tỉnh có 1.126 mô hình tự quản về an ninh, trật tự. Trong tháng, lực lượng "
            "Cảnh sát giao thông xử lý 318 trường hợp vi phạm nồng độ cồn, phạt tiền hơn 1,6 tỷ đồng.")
    ex = extract_document(Document.from_text(text, "dien-chau.txt"))
    assert {(i.value, i.metric_key) for i in ex.indicators} >= {
        (214, "human_trafficking"), (628, "trafficking_victims"), (1126, "security_models"),
        (1.6, "fines_collected")}


def test_a_year_before_to_chuc_is_no_count() -> None:
    found = _indicators("Hội nghị sơ kết quý I năm 2024 tổ chức ngày 3/4 đã đánh giá kết quả bảo đảm "
                        "an ninh.")
    assert all(i.unit != "tổ" for i in found)


def test_figures_of_courts_prosecution_sand_mining_school_fights_residence_and_border_gates() -> None:
    text = (" date 2023-12\nNgày 20/12, Công an tỉnh Long An tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
            "Năm 2023, Viện kiểm sát hai cấp đã truy tố 412 vụ; Tòa án hai cấp thụ lý 530 vụ án hình sự. "
            "Lực lượng chức năng phát hiện 19 vụ khai thác cát trái phép trên sông Vàm Cỏ. Trên địa bàn tỉnh "
            "xảy ra 8 vụ học sinh đánh nhau. Công an các huyện tiếp nhận 2.301 hồ sơ đăng ký thường trú, "
            "tạm trú. Đồn Biên phòng cửa khẩu đã làm thủ tục xuất, nhập cảnh cho 96.500 lượt người. Công an "
            "tỉnh thu giữ 640 kg pháo các loại và 75 tấn đường không rõ nguồn gốc.")
    ex = extract_document(Document.from_text(text, "long-an.txt"))
    assert {(i.value, i.metric_key) for i in ex.indicators} >= {
        (412, "indictments"), (530, "court_cases_accepted"), (19, "illegal_sand_mining"),
        (8, "school_violence"), (2301, "residence_registrations"), (96500, "border_crossings"),
        (640, "contraband_seized"), (75, "contraband_seized")}
    assert not grounding_errors(ex)


def test_a_district_s_or_commune_s_own_report_scopes_its_figures_to_it() -> None:
    # the district's own bodies hold the event, no province's body is named in it
    text = ("Sáng 5/1, Công an huyện Yên Thế (tỉnh Bắc Giang) tổ chức hội nghị tổng kết công tác năm "
            "2023.\n\nNăm 2023, trên địa bàn xảy ra 37 vụ phạm tội về trật tự xã hội, điều tra làm rõ 33 vụ. "
            "Năm 2024, "
            "Công an huyện phấn đấu kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội.")
    ex = extract_document(Document.from_text(text, "yen-the.txt", date="2024-01"))
    assert grounding_errors(ex) == []
    assert {i.scope for i in ex.indicators} == {"Yên Thế"}
    assert [t.scope for t in ex.targets] == ["Yên Thế"]
    # a province's body that visits the district's: the host's figures
    text = ("Sáng 5/1, Công an tỉnh Bắc Giang làm việc với Công an huyện Yên Thế về công tác năm 2023.\n\n"
            "Năm 2023, trên địa bàn xảy ra 37 vụ phạm tội về trật tự xã hội, điều tra làm rõ 33 vụ.")
    ex = extract_document(Document.from_text(text, "bac-giang.txt", date="2024-01"))
    assert {i.scope for i in ex.indicators} == {"Yên Thế"}
    # a province's body among the hosts: the province's figures
    text = ("Sáng 5/1, Chủ tịch UBND tỉnh Bắc Giang làm việc với Công an tỉnh và UBND huyện Yên Thế về công "
            "tác năm 2023.\n\nNăm 2023, trên địa bàn xảy ra 37 vụ phạm tội về trật tự xã hội.")
    ex = extract_document(Document.from_text(text, "bac-giang.txt", date="2024-01"))
    assert {i.scope for i in ex.indicators} == {"Bắc Giang"}


def test_the_host_of_a_visit_an_abbreviated_district_and_level_words_without_a_name_scope_figures() -> None:
    # a provincial delegation inspects a ward's police: the ward's figures, the province's "toàn tỉnh"
    text = ("Ngày 4/3, đoàn kiểm tra của Công an tỉnh Thái Bình đã kiểm tra công tác quản lý cư trú tại "
            "Công an phường Kỳ Bá.\n\nTrưởng Công an phường cho biết, đơn vị đã tiếp nhận 812 hồ sơ đăng "
            "ký thường trú. Đến nay, toàn tỉnh đã cấp 1,5 triệu thẻ căn cước.")
    ex = extract_document(Document.from_text(text, "ky-ba.txt", date="2025-03"))
    assert grounding_errors(ex) == []
    assert {(i.value, i.scope) for i in ex.indicators} == {(812, "Kỳ Bá"), (1_500_000, "Thái Bình")}
    # "Công an Q.Tân Bình (TP.HCM)" holds the conference: the district's figures
    text = ("Ngày 20-12, Công an Q.Tân Bình (TP.HCM) tổ chức hội nghị tổng kết công tác năm 2015.\n\n"
            "Trong năm, trên địa bàn quận xảy ra 402 vụ phạm pháp hình sự, giảm 6,1% so với năm 2014.")
    ex = extract_document(Document.from_text(text, "tan-binh.txt", date="2015-12"))
    assert {i.scope for i in ex.indicators} == {"Tân Bình"}
    # a ward named only by its level word in a city's event: the one ward the report names
    text = ("Sáng 2/9, tại phường Quan Hoa, quận Cầu Giấy, Công an TP Hà Nội tổ chức Ngày hội an ninh.\n\n"
            "Năm qua, tội phạm trên địa bàn phường giảm 12% so với năm trước.")
    ex = extract_document(Document.from_text(text, "quan-hoa.txt", date="2024-09"))
    assert [i.scope for i in ex.indicators] == ["Quan Hoa"]


def test_a_border_post_s_figures_are_its_district_s_and_a_partner_s_place_is_not_the_figure_s() -> None:
    # the post visited is named with its district: the figures are the district's, not the province's
    text = ("Ngày 6/4, Đại tá Nguyễn Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn đã "
            "kiểm tra công tác tại Đồn Biên phòng Tân Thanh, huyện Văn Lãng.\n\nNăm 2023, đơn vị đã bắt giữ "
            "12 vụ buôn lậu, phối hợp với Công an xã Tân Mỹ, Thanh Long lập 3 chốt kiểm soát.")
    ex = extract_document(Document.from_text(text, "van-lang.txt", date="2024-04"))
    assert grounding_errors(ex) == []
    assert {(i.value, i.scope) for i in ex.indicators} == {(12, "Văn Lãng"), (3, "Văn Lãng")}
    # the district in brackets after the post
    text = ("Ngày 9/5, Đoàn đại biểu Quốc hội tỉnh Hà Giang làm việc với Đồn Biên phòng Cửa khẩu Thanh Thủy "
            "(huyện Vị Xuyên).\n\nNăm 2023, đơn vị đã bắt giữ 7 vụ vận chuyển trái phép chất ma túy.")
    ex = extract_document(Document.from_text(text, "vi-xuyen.txt", date="2024-05"))
    assert [i.scope for i in ex.indicators] == ["Vị Xuyên"]
    # a provincial centre's address is no place of its own: the province's figures
    text = ("Ngày 9/5, Đoàn đại biểu Quốc hội tỉnh Hà Giang làm việc với Cơ sở cai nghiện ma túy tỉnh "
            "(phường Quang Trung).\n\nNăm 2023, cơ sở đã tiếp nhận 210 học viên.")
    ex = extract_document(Document.from_text(text, "ha-giang.txt", date="2024-05"))
    assert {i.scope for i in ex.indicators} <= {"Hà Giang"}
    # a body above the provinces fines with a province's border guard: the province is the partner's
    text = ("Sáng 2/8, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức hội nghị sơ kết công tác 6 tháng đầu năm "
            "2024.\n\n6 tháng đầu năm 2024, đơn vị đã bắt giữ 15 vụ vận chuyển trái phép xăng dầu; phối hợp "
            "với Bộ đội Biên phòng tỉnh Quảng Nam xử phạt hành chính 2,1 tỷ đồng.")
    ex = extract_document(Document.from_text(text, "vung-2.txt", date="2024-08"))
    assert {i.scope for i in ex.indicators} == {None}


def test_joint_figures_national_boards_and_co_holders_scope_figures() -> None:
    # three provinces' police together: no one scope, for figures and goals
    text = ("Sáng 10/7, tại Công an tỉnh Trà Vinh, Công an ba tỉnh Trà Vinh, Vĩnh Long, Bến Tre tổ chức "
            "hội nghị sơ kết công tác phối hợp vùng giáp ranh.\n\n6 tháng đầu năm 2019, Công an ba tỉnh đã "
            "phối hợp bắt 9 đối tượng truy nã. Ba tỉnh thống nhất tổ chức ít nhất 2 đợt tuần tra chung trong "
            "năm 2019.")
    ex = extract_document(Document.from_text(text, "giap-ranh.txt", date="2019-07"))
    assert grounding_errors(ex) == []
    assert [i.scope for i in ex.indicators] == [None]
    assert [t.scope for t in ex.targets] == [None]
    # a province's police with a foreign province's: the Vietnamese province's
    text = ("Ngày 5/9, Công an tỉnh Lai Châu hội đàm với Công an tỉnh Phông Sa Lỳ (Lào).\n\nNăm qua, Công "
            "an hai tỉnh đã phối hợp bắt 9 đối tượng truy nã.")
    ex = extract_document(Document.from_text(text, "lai-chau.txt", date="2019-09"))
    assert [i.scope for i in ex.indicators] == ["Lai Châu"]
    # a national board in Hà Nội: the venue's numbers ("63 điểm cầu") leave no place for the figures after
    text = ("Sáng 8/1, tại Hà Nội, Ban Chỉ đạo 389 quốc gia tổ chức hội nghị trực tuyến tổng kết năm "
            "2019, kết nối tới 63 điểm cầu.\n\nNăm 2019, các lực lượng đã bắt giữ 1.250 vụ buôn lậu.")
    ex = extract_document(Document.from_text(text, "bcd.txt", date="2020-01"))
    assert [i.scope for i in ex.indicators if i.value == 1250] == [None]
    # a coast-guard region and a province's border guard hold the event together: the province's figures
    text = ("Chiều 4/10, Bộ Tư lệnh Vùng Cảnh sát biển 2 và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi tổ "
            "chức lễ ký kết quy chế phối hợp.\n\nNăm 2024, hai lực lượng đã thu giữ 30.000 lít dầu DO.")
    ex = extract_document(Document.from_text(text, "vung-2.txt", date="2024-10"))
    assert [i.scope for i in ex.indicators] == ["Quảng Ngãi"]


def test_accounts_verified_by_biometrics_are_counted() -> None:
    found = _indicators(
        "Sáng 3/6, Công an tỉnh Long An làm việc với các ngân hàng về phòng, chống lừa đảo.\n\nĐến nay, "
        "các ngân hàng trên địa bàn đã xác thực sinh trắc học cho 215.000 tài khoản cá nhân.", date="2024-06")
    assert [(i.metric_key, i.value, i.unit) for i in found] == [
        ("biometric_account_verification", 215000, "tài khoản")]


def test_a_forecast_is_no_indicator() -> None:
    found = _indicators(
        "Chiều 28/4, Công an tỉnh Bình Thuận làm việc về bảo đảm an ninh dịp lễ.\n\nDự kiến dịp lễ, tỉnh đón "
        "khoảng 300.000 lượt khách, tăng 20% so với năm 2023; năm 2023, tai nạn giao thông dịp lễ làm chết 4 "
        "người.", date="2024-04")
    assert [(i.metric_key, i.value) for i in found] == [("traffic_deaths", 4)]


def test_figures_and_goals_of_forests_rehab_centres_safe_hamlets_and_fishing_vessels() -> None:
    text = ("Sáng 10/3, Công an tỉnh Gia Lai tổ chức hội nghị tổng kết công tác năm 2020.\n\n"
            "Năm 2020, toàn tỉnh xảy ra 58 vụ phá rừng; Cơ sở cai nghiện của tỉnh đang quản lý "
            "640 học viên.\n\n"
            "Năm 2021, tỉnh phấn đấu kéo giảm ít nhất 10% số vụ vi phạm lâm luật so với năm 2020; khắc phục "
            "7 điểm đen trên Quốc lộ 19; 95% thôn đạt tiêu chuẩn an toàn về an ninh, trật tự; cập nhật "
            "100% tàu cá vào cơ sở dữ liệu thủy sản quốc gia và kiểm soát 100% tàu cá ra vào cảng.")
    ex = extract_document(Document.from_text(text, "gia-lai.txt", date="2021-03"))
    assert not grounding_errors(ex)
    assert {(i.value, i.metric_key) for i in ex.indicators} >= {
        (58, "forest_violations"), (640, "rehab_residents")}
    assert {(t.value, t.metric_key) for t in ex.targets} >= {
        (10, "forest_violations"), (95, "safe_residential_areas_rate"),
        (100, "fishing_vessel_data_rate"), (100, "fishing_vessel_inspection_rate")}


def test_counts_of_reports_attacks_weapons_detainees_and_patrols_in_their_own_nouns() -> None:
    found = _indicators(
        "Sáng 12/4, Công an tỉnh Hòa Bình tổ chức hội nghị sơ kết công tác quý I năm 2022.\n\n"
        "Quý I năm 2022, Công an tỉnh tiếp nhận 418 tố giác, tin báo về tội phạm; đã giải quyết 390 tin, "
        "đạt tỷ lệ 93,3%. Lực lượng chức năng ngăn chặn 1.240 cuộc tấn công mạng, gỡ bỏ 85 trang web lừa "
        "đảo; thu hồi 57 vũ khí, 36 kg vật liệu nổ và 120 công cụ hỗ trợ. Trại tạm giam tiếp nhận 260 lượt "
        "người bị tạm giữ, tạm giam; tổ chức 940 lượt thăm gặp. Đồn Biên phòng tổ chức tuần tra song "
        "phương 6 lần, tịch thu 12 m3 gỗ và 4.500 lít xăng dầu nhập lậu.", date="2022-04")
    got = {(i.value, i.unit, i.metric_key) for i in found}
    assert got >= {
        (418, "tố giác, tin báo", "crime_reports"), (390, "tin", "crime_reports"),
        (93.3, "%", "crime_report_resolution_rate"), (1240, "cuộc", "cyber_attacks"),
        (85, "trang web", "fraud_websites_removed"), (57, "vũ khí", "weapons_recovered"),
        (36, "kg", "explosives_recovered"), (120, "công cụ hỗ trợ", "support_tools_recovered"),
        (260, "lượt", "detainees_received"), (940, "lượt", "detainee_visits"),
        (6, "lần", "joint_patrols"), (12, "m3", "timber_seized"), (4500, "lít", "contraband_seized")}


def test_the_whole_of_a_part_the_words_after_describe_is_no_figure_and_a_floor_is_no_result() -> None:
    found = _indicators(
        "Chiều 8/11, Công an tỉnh Yên Bái tổ chức hội nghị tổng kết phong trào năm 2021.\n\n"
        "Năm 2021, toàn tỉnh có 96/173 xã, phường, thị trấn được công nhận không có ma túy; 140/173 đơn vị "
        "đã có trụ sở làm việc. Đồn tuần tra song phương ít nhất 2 lần mỗi quý.", date="2021-11")
    assert {(i.value, i.metric_key) for i in found} == {
        (96, "drug_free_communes"), (140, "commune_police_headquarters")}


def test_a_change_in_the_short_form_of_an_earlier_unit_continues_its_count() -> None:
    found = _indicators(
        "Sáng 5/1, Công an huyện Mường Tè tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
        "Năm 2023, Công an huyện tiếp nhận 64 tin báo về tội phạm, tăng 9 tin so với năm 2022.",
        date="2024-01")
    assert [(i.value, i.metric_key, i.direction) for i in found] == [
        (64, "crime_reports", None), (9, "crime_reports", "increase")]


def test_a_part_of_a_count_the_paragraph_reported_counts_what_that_count_counts() -> None:
    found = _indicators(
        "Sáng 9/10, Công an tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác 9 tháng năm 2022.\n\n"
        "9 tháng năm 2022, lực lượng chức năng phát hiện 212 vụ vi phạm pháp luật về môi trường; khởi tố "
        "9 vụ, 14 bị can. Riêng huyện Kỳ Anh phát hiện 61 vụ, tăng 8 vụ so với cùng kỳ năm 2021. Trước đó, "
        "quý I xảy ra 19 vụ cháy, trong đó 6 vụ xảy ra tại chợ.", date="2022-10")
    got = {(i.value, i.metric_key) for i in found}
    assert got >= {(212, "environment_crime"), (61, "environment_crime"), (8, "environment_crime"),
                   (19, "fires"), (6, "fires")}


def test_deeds_after_a_pair_of_counts_name_their_metric_up_to_the_next_comma() -> None:
    found = _indicators(
        "Ngày 2/2, Công an tỉnh Lạng Sơn tổ chức hội nghị triển khai công tác năm 2023.\n\n"
        "Năm 2022, Công an tỉnh phát hiện, bắt giữ 48 vụ, 55 đối tượng mua bán, tàng trữ pháo nổ trái "
        "phép, thu giữ 320 kg pháo; phát hiện, xử lý 27 vụ, 41 người xuất, nhập cảnh trái phép; xử phạt "
        "hành chính 650 triệu đồng.", date="2023-02")
    got = {(i.value, i.unit, i.metric_key) for i in found}
    assert got >= {(48, "vụ", "illegal_fireworks"), (27, "vụ", "illegal_exits"),
                   (41, "người", "illegal_exits"), (650, "triệu đồng", "fines_collected")}


def test_a_list_of_figures_by_field_labelled_before_a_colon() -> None:
    found = _indicators(
        "Ngày 18/12, Công an huyện Krông Nô tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự năm "
        "2020. Kết quả đấu tranh phòng, chống tội phạm cụ thể như sau:\n\n"
        "- Kinh tế: phát hiện 12 vụ vi phạm.\n- Cháy: xảy ra 4 vụ, thiệt hại khoảng 600 triệu đồng.",
        date="2020-12")
    assert {(i.value, i.metric_key) for i in found} == {
        (12, "economic_crime"), (4, "fires"), (600, "fire_property_damage")}


def test_weapons_surrendered_ammunition_and_coordination_counts_have_their_own_metrics() -> None:
    found = _indicators(
        "Ngày 5/9, Công an tỉnh Yên Bái tổ chức hội nghị tổng kết đợt vận động giao nộp vũ khí năm 2022.\n\n"
        "Năm 2022, Công an các huyện đã thu hồi 640 khẩu súng các loại, 18 kg thuốc nổ, 230 kíp nổ và "
        "1.500 viên đạn; huyện Văn Chấn thu hồi 95 khẩu. Hai lực lượng đã trao đổi 310 tin về tình hình an "
        "ninh, trật tự; tổ chức 3 cuộc diễn tập khu vực phòng thủ cấp huyện.", date="2022-09")
    got = {(i.value, i.unit, i.metric_key) for i in found}
    assert got >= {(640, "khẩu súng", "weapons_recovered"), (230, "kíp nổ", "explosives_recovered"),
                   (1500, "viên đạn", "ammunition_recovered"), (95, "khẩu", "weapons_recovered"),
                   (310, "tin", "crime_info_exchanges"), (3, "cuộc", "defence_drills")}


def test_administrative_violations_rehab_referrals_and_interior_affairs_counts() -> None:
    found = _indicators(
        "Chiều 3/4, Ban Nội chính Tỉnh ủy Thái Bình tổ chức giao ban khối nội chính quý I/2021.\n\n"
        "Quý I/2021, Công an tỉnh lập biên bản 5.120 trường hợp vi phạm hành chính; đưa 42 người vào cơ sở "
        "cai nghiện bắt buộc; còn 96 quyết định xử phạt chưa được thi hành. Thanh tra tỉnh tiếp 640 "
        "lượt công dân; Văn phòng tiếp nhận 35 yêu cầu hợp tác điều tra.", date="2021-04")
    got = {(i.value, i.metric_key) for i in found}
    assert got >= {(5120, "admin_violations"), (42, "rehab_admissions"), (96, "unenforced_penalties"),
                   (640, "citizen_receptions"), (35, "cooperation_requests")}


def test_prison_party_discipline_festival_and_border_post_counts_have_their_metrics() -> None:
    found = _indicators(
        "Ngày 9/7, Công an tỉnh Nam Định tổ chức hội nghị sơ kết công tác thi hành án hình sự 6 tháng đầu "
        "năm 2022.\n\n"
        "6 tháng đầu năm 2022, Trại tạm giam tổ chức cho 205 phạm nhân lao động, học nghề, thu nhập từ lao "
        "động đạt 1,8 tỷ đồng; lập 64 hồ sơ đề nghị đặc xá; quản lý 920 người chấp hành án treo; tổ chức 150 "
        "buổi gặp mặt cho phạm nhân với thân nhân. Năm 2021, 12 cán bộ, chiến sĩ bị xử lý kỷ luật; Ủy ban "
        "Kiểm tra đã kiểm tra 21 tổ chức đảng. Toàn tỉnh có hơn 8.000 lượt người tham gia Ngày hội; các đồn "
        "biên phòng tổ chức 120 tổ tuần tra, lập 6 chốt kiểm soát, thu giữ hàng hóa trị giá hơn 2 tỷ đồng; "
        "triệt phá 4 ổ nhóm cờ bạc.", date="2022-07")
    got = {(i.value, i.metric_key) for i in found}
    assert got >= {(205, "prisoners_working"), (64, "amnesty_files"),
                   (920, "suspended_sentences_managed"), (150, "detainee_visits"),
                   (12, "disciplinary_violations"), (21, "party_inspections"),
                   (8000, "festival_participants"),
                   (120, "border_patrols"), (2, "smuggled_goods_value"), (4, "gambling")}


def test_administrative_penalties_outside_fire_and_traffic_are_admin_penalties() -> None:
    found = _indicators(
        "Ngày 2/4, Đồn Biên phòng Ba Sơn (Lạng Sơn) tổng kết quý I/2021.\n\n"
        "Quý I/2021, Đồn đã bắt giữ 7 vụ buôn lậu, xử phạt vi phạm hành chính 31 trường hợp.", date="2021-04")
    assert {(i.value, i.metric_key) for i in found} >= {(31, "admin_penalties")}
    fire = _indicators(
        "Ngày 2/4, Phòng Cảnh sát PCCC tỉnh tổng kết đợt kiểm tra an toàn phòng cháy, chữa cháy.\n\n"
        "Qua kiểm tra về PCCC, lực lượng chức năng đã xử phạt vi phạm hành chính 31 trường hợp.",
        date="2021-04")
    assert {(i.value, i.metric_key) for i in fire} >= {(31, "fire_safety_penalties")}
    # a percentage alone fits any metric: the party-work rows name their organisations, not "kiểm tra"
    rate = _indicators(
        "Ngày 2/4, Công an tỉnh tổng kết đợt kiểm tra.\n\nCông an tỉnh đã kiểm tra 100% cơ sở kinh doanh "
        "cầm đồ.", date="2021-04")
    assert all(i.metric_key not in {"party_inspections", "party_supervisions"} for i in rate)


def test_one_case_caught_and_a_court_s_confiscation_are_no_indicators() -> None:
    found = _indicators(
        "Ngày 10/11, Tòa án nhân dân tỉnh Điện Biên xét xử sơ thẩm 3 bị cáo về tội mua bán trái phép chất "
        "ma túy.\n\nNgày 2/5/2022, Công an tỉnh bắt quả tang Lò Văn P. cùng đồng bọn, thu giữ 12 bánh "
        "heroin. "
        "Tòa tuyên tịch thu sung công quỹ Nhà nước 1 xe ô tô và số tiền 80 triệu đồng.\n\n"
        "Năm 2022, lực lượng chức năng bắt quả tang 9 vụ/31 đối tượng đánh bạc.", date="2022-11")
    got = {(i.value, i.unit) for i in found}
    assert (12, "bánh") not in got and (80, "triệu đồng") not in got
    assert (9, "vụ") in got


def test_recommendations_pawnshops_self_managed_teams_and_theft_rings_have_metrics(tmp_path) -> None:
    text = (" date 2023-12\nHội nghị tổng kết công tác nội chính năm 2023\n\n"
            "Sáng 26/12, Ban Nội chính Tỉnh ủy Nam Định tổ chức hội nghị tổng kết công tác nội chính, "
            "phòng, chống tham nhũng "
            "năm 2023. Theo báo cáo, năm 2023, Viện kiểm sát hai cấp ban hành 64 kiến nghị yêu cầu khắc "
            "phục vi phạm; "
            "Công an tỉnh kiểm tra 212 cơ sở kinh doanh cầm đồ, "
            "xây dựng 430 tổ nhân dân tự quản về an ninh, trật tự; lực lượng chức năng triệt phá 9 ổ nhóm "
            "trộm cắp tài sản.\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_path(path)
    assert indicator_of(ex, 64).metric_key == "procuracy_recommendations"
    assert indicator_of(ex, 212).metric_key == "pawnshop_inspections"
    assert indicator_of(ex, 430).metric_key == "security_models"
    assert indicator_of(ex, 9).metric_key == "criminal_gangs"


def test_a_metric_whose_words_run_past_a_comma_or_va_after_the_figure_is_read_whole() -> None:
    found = _by_value(_indicators(
        "Ngày 4/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu tổng kết công tác năm 2023.\n\n"
        "Năm 2023, các đồn đã tổ chức 840 lượt tuần tra, kiểm soát biên giới; Hạt Kiểm lâm phát hiện 52 vụ "
        "vi phạm Luật Bảo vệ và Phát triển rừng, giảm 8 vụ so với năm 2022. Đồn Biên phòng Mù Cả tổ chức "
        "96 lượt tuần tra, bắt giữ 3 vụ buôn lậu.", date="2024-01"))
    patrols = found[840]
    assert (patrols.text, patrols.metric_key) == ("840 lượt tuần tra, kiểm soát biên giới", "border_patrols")
    forest = found[52]
    assert forest.text == "phát hiện 52 vụ vi phạm Luật Bảo vệ và Phát triển rừng"
    assert (forest.metric_key, found[8].metric_key) == ("forest_violations", "forest_violations")
    assert (found[96].text, found[96].metric_key) == ("96 lượt tuần tra", "border_patrols")


def test_cases_of_wildlife_trade_are_environment_crime_and_its_seizures_wildlife() -> None:
    found = _by_value(_indicators(
        "Ngày 2/7, Công an tỉnh Nghệ An sơ kết công tác 6 tháng đầu năm 2021.\n\n"
        "6 tháng đầu năm 2021, Công an tỉnh phát hiện 9 vụ mua bán, vận chuyển động vật hoang dã trái phép, "
        "thu giữ 45 cá thể động vật.", date="2021-07"))
    assert (found[9].metric_key, found[45].metric_key) == ("environment_crime", "wildlife_seized")


def test_a_change_s_rate_in_brackets_without_a_sign_takes_its_metric_and_direction() -> None:
    found = _by_value(_indicators(
        "Ngày 26/12, Công an huyện Gia Lâm tổng kết công tác năm 2022.\n\n"
        "Năm 2022, trên địa bàn huyện xảy ra 140 vụ phạm pháp hình sự, giảm 20 vụ (12,5%) so với năm 2021.",
        date="2022-12"))
    rate = found[12.5]
    assert (rate.text, rate.metric_key, rate.direction, rate.baseline) == (
        "(12,5%) so với năm 2021", "social_order_crime", "decrease", "năm 2021")
    assert (found[20].metric_key, found[20].direction) == ("social_order_crime", "decrease")


def test_inspections_and_violations_by_verb_and_unit_alone_are_fire_safety_where_fire_is_the_topic() -> None:
    found = _by_value(_indicators(
        "Ngày 20/12, Phòng Cảnh sát PCCC và CNCH Công an tỉnh Nam Định sơ kết đợt kiểm tra an toàn phòng "
        "cháy, chữa cháy.\n\nQua đợt cao điểm, lực lượng chức năng đã kiểm tra 612 cơ sở, phát hiện 1.048 vi "
        "phạm.", date="2023-12"))
    assert (found[612].text, found[612].metric_key) == ("kiểm tra 612 cơ sở", "fire_safety_inspections")
    assert (found[1048].text, found[1048].metric_key) == ("phát hiện 1.048 vi phạm", "fire_safety_violations")
    other = _indicators(
        "Ngày 20/12, Công an huyện sơ kết đợt cao điểm bảo đảm an ninh, trật tự.\n\nQua đợt cao điểm, lực "
        "lượng chức năng đã kiểm tra 612 cơ sở kinh doanh có điều kiện, phát hiện 48 vi phạm.",
        date="2023-12")
    assert not {i.metric_key for i in other} & {"fire_safety_inspections", "fire_safety_violations"}


def test_party_members_supervised_are_counted_by_the_verb_before_them() -> None:
    found = _by_value(_indicators(
        "Ngày 12/1, Đảng ủy Công an tỉnh Hà Nam tổng kết công tác kiểm tra, giám sát năm 2022.\n\n"
        "Năm 2022, Ủy ban Kiểm tra Đảng ủy Công an tỉnh đã kiểm tra 11 tổ chức đảng, giám sát 26 đảng "
        "viên.", date="2023-01"))
    assert (found[26].text, found[26].metric_key) == ("giám sát 26 đảng viên", "party_supervisions")
    assert found[11].metric_key == "party_inspections"


def test_counts_by_verb_and_unit_alone_are_rehab_admissions_or_smuggling_where_that_is_the_topic() -> None:
    rehab = _by_value(_indicators(
        "Ngày 5/7, Công an tỉnh Hà Nam kiểm tra công tác cai nghiện ma túy tại Cơ sở cai nghiện số 1.\n\n"
        "6 tháng đầu năm, Cơ sở đã tiếp nhận 215 người, cho 140 học viên hoàn thành thời gian cai nghiện.",
        date="2023-07"))
    assert (rehab[215].text, rehab[215].metric_key) == ("tiếp nhận 215 người", "rehab_admissions")
    assert rehab[140].metric_key == "rehab_completions"
    smuggling = _by_value(_indicators(
        "Ngày 9/1, Vùng Cảnh sát biển 1 tổng kết đợt cao điểm chống buôn lậu trên biển.\n\n"
        "Năm 2022, đơn vị đã phát hiện, bắt giữ 17 vụ, 23 phương tiện vận chuyển hàng hóa trái phép, "
        "tăng 4 vụ so với năm 2021.", date="2023-01"))
    assert (smuggling[17].text, smuggling[17].metric_key) == ("phát hiện, bắt giữ 17 vụ", "smuggling")
    assert smuggling[23].metric_key == "vehicles_impounded"
    assert smuggling[4].metric_key == "smuggling"
    # elsewhere the verb and unit alone name nothing
    other = _indicators(
        "Ngày 9/1, Công an huyện tổng kết công tác năm 2022.\n\nNăm 2022, Công an huyện đã tiếp nhận 215 "
        "người đến làm thủ tục, bắt giữ 17 vụ.", date="2023-01")
    assert not {i.metric_key for i in other} & {"rehab_admissions", "smuggling"}


def test_the_whole_force_is_the_province_s_in_its_own_report_and_the_country_s_in_the_ministry_s() -> None:
    own = _indicators(
        "Ngày 12/1, Công an tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
        "Năm 2022, toàn lực lượng đã điều tra, làm rõ 812 vụ phạm tội về trật tự xã hội.", date="2023-01")
    assert [i.scope for i in own] == ["Hà Nam"]
    ministry = _indicators(
        "Ngày 12/1, Bộ Công an tổ chức hội nghị tổng kết công tác năm 2022 tại tỉnh Hà Nam.\n\n"
        "Năm 2022, toàn lực lượng đã điều tra, làm rõ 41.200 vụ phạm tội về trật tự xã hội.", date="2023-01")
    assert [i.scope for i in ministry] == [None]


def test_figures_of_a_report_held_above_the_provinces_have_no_province_unless_a_sentence_names_one() -> None:
    found = _by_value(_indicators(
        "Ngày 10/1/2023, tại TP Hải Phòng, Bộ Tư lệnh Vùng Cảnh sát biển 1 tổ chức hội nghị tổng kết công "
        "tác năm 2022.\n\nNăm 2022, đơn vị đã điều tra, làm rõ 19 vụ phạm tội về ma túy. Tại tỉnh Quảng "
        "Ninh xảy ra 3 vụ phạm tội về ma túy. Lực lượng chức năng đã bắt 7 đối tượng.", date="2023-01"))
    assert (found[19].scope, found[3].scope, found[7].scope) == (None, "Quảng Ninh", "Quảng Ninh")
    hosted = _indicators(
        "Ngày 10/1/2023, Bộ Công an làm việc với Ban Thường vụ Tỉnh ủy Quảng Ninh.\n\n"
        "Năm 2022, Công an đã điều tra, làm rõ 512 vụ phạm tội về trật tự xã hội.", date="2023-01")
    assert [i.scope for i in hosted] == ["Quảng Ninh"]


def test_a_rate_after_a_count_is_the_share_it_writes_or_the_rate_of_what_was_resolved() -> None:
    lead = "Chiều 5/12, Công an tỉnh tổ chức hội nghị về phòng, chống tội phạm.\n\n"
    found = _by_value(_indicators(
        lead + "Năm 2024, ngân hàng đã xác thực sinh trắc học cho 18.000/24.000 tài khoản cá nhân, đạt 75%. "
        "Tòa án hai cấp thụ lý 400 vụ án hình sự, giải quyết 380 vụ, đạt 95%."))
    assert (found[75].metric_key, found[75].text) == ("biometric_account_verification", "đạt 75%")
    assert found[380].metric_key == "court_cases_resolved"
    assert (found[95].metric_key, found[95].text) == ("court_case_resolution_rate", "đạt 95%")
    # a percentage that is not the part of the whole before it is no share of it
    found = _by_value(_indicators(
        lead + "Năm 2024, ngân hàng đã xác thực sinh trắc học cho 18.000/24.000 tài khoản cá nhân, đạt 40%."))
    assert 40 not in found or found[40].metric_key != "biometric_account_verification"


def test_a_court_resolving_cases_counts_the_cases_resolved_and_its_rate() -> None:
    lead = "Chiều 5/12, Công an tỉnh tổ chức hội nghị về phòng, chống tội phạm.\n\n"
    found = _by_value(_indicators(
        lead + "Chánh án cho biết, năm 2024, Tòa án nhân dân hai cấp đã giải quyết 1.900/2.000 vụ, việc các "
        "loại, đạt tỷ lệ 95%."))
    assert (found[1900].metric_key, found[1900].text) \
        == ("court_cases_resolved", "giải quyết 1.900/2.000 vụ, việc")
    assert (found[95].metric_key, found[95].text) == ("court_case_resolution_rate", "đạt tỷ lệ 95%")
    # "giải quyết" by anyone else is not the court's
    found = _by_value(_indicators(
        lead + "Năm 2024, Ủy ban nhân dân tỉnh đã giải quyết 1.900/2.000 vụ, việc các loại, đạt tỷ lệ 95%."))
    assert 1900 not in found or found[1900].metric_key != "court_cases_resolved"


def test_cases_resolved_after_those_accepted_in_the_same_unit() -> None:
    # "vụ, việc" accepted, then "vụ, việc" resolved (the unit written again, not short), then its rate
    found = _by_value(_indicators(
        "Sáng 6/1, Tòa án nhân dân tỉnh tổ chức hội nghị tổng kết công tác xét xử.\n\n"
        "Năm 2023, Tòa án hai cấp của tỉnh đã thụ lý 7.250 vụ, việc các loại; đã giải quyết 6.890 vụ, việc, "
        "đạt tỷ lệ 95,03%.", date="2024-01"))
    assert found[7250].metric_key == "court_cases_accepted"
    assert found[6890].metric_key == "court_cases_resolved"
    assert (found[95.03].metric_key, found[95.03].text) == ("court_case_resolution_rate", "đạt tỷ lệ 95,03%")


def test_money_is_a_result_of_any_metric_the_vocabulary_counts_in_money() -> None:
    lead = "Sáng 10/7, Ban Chỉ đạo phòng, chống tham nhũng tỉnh họp sơ kết công tác 6 tháng đầu năm 2024.\n\n"
    found = _by_value(_indicators(
        lead + "Trong 6 tháng đầu năm 2024, các cơ quan chức năng đã thu hồi 5,3 tỷ đồng tài sản tham nhũng; "
        "ngành thi hành án dân sự thu hơn 410 tỷ đồng.", date="2024-07"))
    assert found[5.3].metric_key == "corruption_assets_recovered"
    assert found[410].metric_key == "judgment_money_collected"
    # a sum given is still no result
    found = _by_value(_indicators(lead + "Năm 2024, tỉnh hỗ trợ 3 tỷ đồng xây dựng trụ sở Công an xã.",
                                  date="2024-07"))
    assert 3 not in found


def test_counts_of_rescues_data_breaches_family_violence_disputes_and_teams_have_their_keys() -> None:
    lead = "Sáng 8/7, Công an tỉnh Quảng Bình tổ chức hội nghị sơ kết công tác bảo đảm an ninh, trật tự.\n\n"
    found = _by_value(_indicators(
        lead + "Trong 6 tháng đầu năm 2024, lực lượng Công an đã tham gia 23 vụ cứu nạn, cứu hộ, cứu được "
        "41 người; phát hiện 6 vụ lộ, lọt dữ liệu cá nhân; tiếp nhận 58 vụ bạo lực gia đình; hòa giải thành "
        "75 vụ mâu thuẫn trong nhân dân; giải quyết 17 vụ tranh chấp đất đai, 4 vụ tụ tập đông người. Toàn "
        "tỉnh hiện duy trì 930 tổ bảo vệ an ninh, trật tự ở cơ sở.", date="2024-07"))
    assert {v: i.metric_key for v, i in found.items()} == {
        23: "rescue_operations", 41: "people_rescued", 6: "data_breaches", 58: "domestic_violence_cases",
        75: "disputes_mediated", 17: "land_disputes_resolved", 4: "mass_gatherings",
        930: "security_teams"}
    # the people rescued from one fire are that fire's, no statistic
    found = _by_value(_indicators(
        lead + "Khoảng 22h ngày 3/7, một nhà dân bốc cháy; lực lượng chữa cháy đã cứu được 5 người mắc kẹt.",
        date="2024-07"))
    assert 5 not in found


def test_amounts_count_nouns_of_the_genre_and_quoted_names() -> None:
    from chidao.extract.metrics import find_amounts

    text = ("Tỉnh có 7 đội xung kích, 3 đoàn kiểm tra, 11 lớp tập huấn, 2 lớp, 25 nhân viên, 4 chó nghiệp vụ,"
            " 2 điểm dân cư, 90 lối đi, 16 phiên tòa, 8 bộ, ngành, 30 buồng tạm giam, 5 cần chắn, "
            "21 \"Tổ dân phố an toàn\" và 6 “điểm đen”. Ngày 16/9, đoàn công tác đến.")
    assert [(a.value, a.unit) for a in find_amounts(text, 0, len(text))] == [
        (7, "đội"), (3, "đoàn"), (11, "lớp tập huấn"), (2, "lớp"), (25, "nhân viên"), (4, "chó nghiệp vụ"),
        (2, "điểm dân cư"), (90, "lối đi"), (16, "phiên tòa"), (8, "bộ, ngành"), (30, "buồng tạm giam"),
        # a quoted name counts by the count noun it opens with (GOLD rule 15; probes 292, 308)
        (5, "cần chắn"), (21, "tổ"), (6, "điểm đen")]
    quoted = find_amounts(text, 0, len(text))[-1]
    assert text[quoted.start:quoted.end] == "6 “điểm đen”"


def test_trusted_addresses_and_model_trials_are_metrics_of_their_own() -> None:
    text = ("Sáng 5/1, Công an tỉnh Thanh Hóa phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổng kết công tác "
            "phòng, chống mua bán người năm 2023.\n\nNăm 2023, các cấp Hội đã duy trì 85 \"Địa chỉ tin cậy\""
            " tại cộng đồng; Tòa án nhân dân tỉnh tổ chức 24 phiên tòa rút kinh nghiệm.")
    extraction = extract_document(Document.from_text(text, source="test", date="2024-01"))
    assert grounding_errors(extraction) == []
    assert {(i.value, i.unit, i.metric_key) for i in extraction.indicators} >= {
        (85, "Địa chỉ tin cậy", "trusted_addresses")}
    (trials,) = [t for t in extract_document(Document.from_text(
        text.split("\n\n")[0] + "\n\nÔng yêu cầu Tòa án tỉnh phấn đấu năm 2024 tổ chức ít nhất 30 phiên tòa "
        "rút kinh nghiệm về tội phạm mua bán người.", source="test", date="2024-01")).targets]
    assert (trials.value, trials.unit, trials.metric_key, trials.at_least) == (
        30, "phiên tòa", "model_trials", True)


def test_counts_of_operations_patrols_goods_boats_racers_quarantine_losses_and_fishing() -> None:
    text = ("Sáng 9/1, Công an tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác công an năm 2023.\n\n"
            "Năm 2023, lực lượng chức năng bắt 40 vụ phạm tội về ma túy, đấu tranh thành công 12 "
            "chuyên án. Các đồn biên phòng tổ chức 18 cuộc tuần tra song phương với lực lượng bạn. "
            "Lực lượng chức năng thu giữ 9.600 gói thuốc lá điếu nhập lậu; có 3 tàu cá của ngư dân vi "
            "phạm vùng biển nước ngoài bị bắt giữ. Công an các huyện giải tán 14 nhóm đua xe, bàn giao "
            "95 người cho ngành y tế để cách ly. Toàn tỉnh phát hiện 22 vụ phạm tội về kinh tế, gây "
            "thiệt hại hơn 7 tỷ đồng; phát hiện 17 vụ khai thác thủy sản trái phép; ngăn chặn 310 lượt "
            "người xuất, nhập cảnh trái phép; tiếp nhận 120 lượt người bị tạm giữ, tạm giam. Toàn tỉnh "
            "đạt 96,2% số công dân thuộc diện cấp căn cước.")
    ex = extract_document(Document.from_text(text, source="test", date="2024-01"))
    assert grounding_errors(ex) == []
    found = {(i.value, i.unit, i.metric_key) for i in ex.indicators}
    assert found >= {(12, "chuyên án", "drug_operations"), (18, "cuộc", "joint_patrols"),
                     (9600, "gói", "contraband_seized"), (3, "tàu cá", "fishermen_detained_abroad"),
                     (14, "nhóm", "street_racing_groups"), (95, "người", "quarantine_handovers"),
                     (7, "tỷ đồng", "economic_crime_losses"), (17, "vụ", "illegal_fishing"),
                     (310, "lượt người", "illegal_exits"), (120, "lượt", "detainees_received"),
                     (96.2, "%", "id_card_rate")}
    assert indicator_of(ex, 96.2).text == "đạt 96,2% số công dân thuộc diện cấp căn cước"


def test_losses_belong_to_the_crimes_counted_before_them_and_groups_of_tasks_count_nothing() -> None:
    text = ("Sáng 9/1, Tòa án nhân dân tỉnh xét xử vụ án vi phạm quy định về đấu thầu.\n\n"
            "Các bị cáo đã gây thiệt hại cho Nhà nước hơn 5,1 tỷ đồng. Hội nghị thống nhất 6 nhóm nhiệm vụ.")
    ex = extract_document(Document.from_text(text, source="test", date="2024-01"))
    assert not [i for i in ex.indicators if i.unit == "tỷ đồng"]
    assert not [t for t in ex.targets if t.unit == "nhóm"]


def test_after_so_many_years_opening_a_paragraph_is_the_period_of_its_figures() -> None:
    text = ("Sáng 9/9, Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 48-CT/TW.\n\n"
            "Sau 8 năm, lực lượng Công an đã điều tra, khám phá 3.120 vụ phạm pháp hình sự, bắt xử lý "
            "4.005 đối tượng.")
    ex = extract_document(Document.from_text(text, source="test", date="2020-09"))
    assert {i.period for i in ex.indicators} == {"8 năm"}


def test_a_place_that_names_a_body_is_not_the_figure_s_place() -> None:
    # the post is named after a commune of the district the report is about: its name is no scope
    visit = ("Chiều 14/3, Thường trực Huyện ủy huyện Cao Lộc (tỉnh Lạng Sơn) làm việc với Công an huyện và "
             "Đồn Biên phòng Thanh Lòa.\n\n")
    text = visit + ("Quý I/2024, Công an huyện và Đồn Biên phòng Thanh Lòa đã phát hiện, bắt giữ 9 vụ "
                    "buôn lậu.")
    ex = extract_document(Document.from_text(text, "cao-loc.txt", date="2024-03"))
    assert grounding_errors(ex) == []
    assert "Thanh Lòa" in {loc.name for loc in ex.localities}
    assert [(i.value, i.scope) for i in ex.indicators] == [(9, "Cao Lộc")]
    # a commune's own police: its place is the unit's, and the figure's
    text = visit + "Quý I/2024, Công an xã Thanh Lòa đã phát hiện, bắt giữ 9 vụ buôn lậu."
    ex = extract_document(Document.from_text(text, "thanh-loa.txt", date="2024-03"))
    assert [(i.value, i.scope) for i in ex.indicators] == [(9, "Thanh Lòa")]


def _found(text: str, date: str = "2024-01") -> set[tuple[float, str, str | None]]:
    ex = extract_document(Document.from_text(text, source="test", date=date))
    assert grounding_errors(ex) == []
    return {(i.value, i.unit, i.metric_key) for i in ex.indicators}


def test_complaints_received_crowds_resolved_and_their_rate() -> None:
    text = ("Sáng 12/10, Công an tỉnh Nam Định và Thanh tra tỉnh tổ chức hội nghị giao ban công tác "
            "bảo đảm an "
            "ninh, trật tự, giải quyết khiếu nại, tố cáo.\n\n"
            "Năm 2024, các cơ quan tiếp nhận 845 đơn khiếu nại, tố cáo. Toàn tỉnh có 14 đoàn "
            "khiếu kiện đông "
            "người. Các cấp đã giải quyết 610/702 vụ việc thuộc thẩm quyền, đạt 86,9%.")
    assert _found(text) >= {(845, "đơn", "complaints_received"), (14, "đoàn", "mass_complaint_groups"),
                            (610, "vụ việc", "complaints_resolved"), (86.9, "%", "complaint_resolution_rate")}


def test_a_prison_s_inmates_schooling_training_revenue_and_remission() -> None:
    text = ("Ngày 5/1, Trại giam Xuân Lộc (Bộ Công an) tổ chức hội nghị tổng kết công tác "
            "bảo đảm an ninh, trật tự "
            "năm 2023.\n\n"
            "Năm 2023, trại quản lý, giáo dục bình quân 3.100 phạm nhân. Đơn vị tổ chức dạy "
            "văn hóa cho 205 "
            "phạm nhân, dạy nghề cho 390 phạm nhân. Doanh thu từ hoạt động lao động, hướng "
            "nghiệp đạt 21,4 tỷ "
            "đồng, tăng 2,2 tỷ đồng so với năm 2022. Trại đã lập hồ sơ đề nghị đặc xá cho "
            "140 phạm nhân và đề "
            "nghị giảm thời hạn chấp hành án phạt tù cho 980 lượt phạm nhân.")
    assert _found(text) >= {(3100, "phạm nhân", "prisoners_held"), (205, "phạm nhân", "prisoners_schooled"),
                            (390, "phạm nhân", "prisoners_working"),
                            (21.4, "tỷ đồng", "prison_labour_income"),
                            (2.2, "tỷ đồng", "prison_labour_income"), (140, "phạm nhân", "amnesty_files"),
                            (980, "lượt phạm nhân", "sentence_reductions")}


def test_counts_of_boats_airports_secrets_strikes_foreigners_events_schools_and_currency() -> None:
    text = ("Sáng 20/12, Công an tỉnh Bình Dương tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự "
            "năm 2024.\n\n"
            "Năm 2024, lực lượng chức năng phát hiện, xua đuổi 31 lượt tàu cá nước ngoài; "
            "bắt giữ 2 tàu cá nước "
            "ngoài cùng 15 ngư dân vi phạm chủ quyền. Lực lượng an ninh hàng không thu giữ "
            "12.800 vật phẩm "
            "nguy hiểm; ghi nhận 64 vụ hành khách gây rối. Ban Chỉ đạo kiểm tra công tác bảo "
            "vệ bí mật nhà "
            "nước tại 22 cơ quan, đơn vị, phát hiện 3 trường hợp làm mất tài liệu mật. Toàn "
            "tỉnh xảy ra 9 vụ "
            "ngừng việc tập thể với khoảng 4.100 công nhân tham gia. Công an tỉnh cấp 31.500 "
            "hộ chiếu phổ "
            "thông, xử lý 88 trường hợp người nước ngoài vi phạm, buộc xuất cảnh 6 người, "
            "trục xuất 4 trường "
            "hợp. Lực lượng Cảnh sát cơ động bảo vệ an toàn 74 sự kiện chính trị, văn hóa. "
            "Các trường học "
            "phát hiện 5 học sinh sử dụng ma túy tổng hợp. Công an phường phát hiện 21 vụ "
            "mua bán ngoại tệ "
            "trái phép, tịch thu số ngoại tệ tương đương 1,9 tỷ đồng. Toàn tỉnh xảy ra 7 vụ "
            "cháy rừng, diện "
            "tích rừng bị thiệt hại 23,5 ha.")
    assert _found(text) >= {
        (31, "lượt", "foreign_vessels_expelled"), (2, "tàu cá", "foreign_vessels_seized"),
        (15, "ngư dân", "foreign_fishermen_detained"), (12800, "vật phẩm", "prohibited_items_seized"),
        (64, "vụ", "unruly_passengers"), (22, "cơ quan, đơn vị", "secrecy_inspections"),
        (3, "trường hợp", "secrecy_violations"), (9, "vụ", "work_stoppages"),
        (4100, "công nhân", "work_stoppage_participants"), (31500, "hộ chiếu", "passports_issued"),
        (88, "trường hợp", "foreigner_violations"), (6, "người", "foreigners_expelled"),
        (4, "trường hợp", "deportations"), (74, "sự kiện", "events_secured"),
        (5, "học sinh", "students_using_drugs"), (21, "vụ", "illegal_forex_trading"),
        (1.9, "tỷ đồng", "forex_confiscated"), (7, "vụ", "forest_fires"), (23.5, "ha", "forest_area_damaged")}


def test_a_clause_names_what_the_next_counts_and_its_losses() -> None:
    text = ("Sáng 8/1, Công an tỉnh Nam Định tổ chức hội nghị tổng kết công tác công an năm 2023.\n\n"
            "Tội phạm lừa đảo qua mạng diễn biến phức tạp, năm 2023 có 88 vụ, gây thiệt hại "
            "hơn 31 tỷ đồng. "
            "Tội phạm lừa đảo chiếm đoạt tài sản qua mạng gây thiệt hại 12,5 tỷ đồng.")
    assert _found(text) >= {(88, "vụ", "high_tech_crime"), (31, "tỷ đồng", "fraud_losses"),
                            (12.5, "tỷ đồng", "fraud_losses")}


def test_an_area_is_no_figure_unless_forest_lost_and_a_goal_s_total_is_no_result() -> None:
    text = ("Sáng 8/1, Công an tỉnh Nam Định tổ chức hội nghị tổng kết công tác công an năm 2023.\n\n"
            "Năm 2023, tỉnh bố trí 2,5 ha đất xây dựng trụ sở Công an xã. Công an phường "
            "phấn đấu đến ngày "
            "31/12/2024 lắp đặt thêm 60 camera an ninh, nâng tổng số camera kết nối lên 250 "
            "camera.")
    assert not {f for f in _found(text) if f[1] in {"ha", "camera"}}


def test_lines_of_figures_labelled_by_day_take_the_day_and_the_count_before_them() -> None:
    text = ("Sáng 3/5, Ủy ban An toàn giao thông tỉnh Nam Định tổ chức họp báo về tình hình giao thông "
            "dịp nghỉ lễ.\n\n"
            "Trong 4 ngày nghỉ lễ, toàn tỉnh xảy ra 15 vụ tai nạn giao thông, làm chết 9 người. "
            "So với cùng kỳ năm 2023, số vụ giảm 4 vụ, số người chết giảm 2 người.\n\n"
            "Cụ thể như sau:\n\n"
            "Ngày 30/4 (ngày đầu nghỉ): 6 vụ, 3 người chết.\n\n"
            "Ngày 1/5: 5 vụ, 4 người chết.")
    found = {(i.value, i.unit, i.metric_key, i.period, i.direction) for i in _indicators(text, "2024-05")}
    assert found >= {(6, "vụ", "traffic_accidents", "ngày 30/4", None),
                     (3, "người", "traffic_deaths", "ngày 30/4", None),
                     (5, "vụ", "traffic_accidents", "ngày 1/5", None),
                     (4, "người", "traffic_deaths", "ngày 1/5", None)}
    # "số vụ giảm 4 vụ": the number of the accidents counted before it
    change = next(i for i in _indicators(text, "2024-05") if i.value == 4 and i.unit == "vụ")
    assert (change.metric_key, change.direction) == ("traffic_accidents", "decrease")


def test_a_bare_count_after_a_label_with_nothing_counted_before_it_names_nothing() -> None:
    text = ("Sáng 3/5, Công an tỉnh Nam Định tổ chức hội nghị sơ kết công tác.\n\n"
            "Ngày 1/5: 5 vụ.")
    assert not [i for i in _indicators(text, "2024-05") if i.value == 5]


def test_counts_of_new_subject_areas_take_their_metrics() -> None:
    text = ("Sáng 9/1, Công an tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
            "Năm 2023, toàn tỉnh phát hiện 57 vụ xâm hại trẻ em; đường dây nóng tiếp nhận 3.120 cuộc gọi. "
            "Lực lượng chức năng phát hiện 84 website có dấu hiệu lừa đảo và gỡ bỏ 61 website. "
            "Hệ thống ghi nhận 230 cuộc tấn công mạng. "
            "Số vụ trộm cắp tài sản là 112 vụ. "
            "Hải đội đã thực hiện 40 chuyến tuần tra, kiểm soát và tổ chức 9 chuyến tìm kiếm cứu nạn, "
            "cứu 6 tàu cá bị nạn.")
    found = _found(text)
    assert found >= {(57, "vụ", "child_abuse_cases"), (3120, "cuộc gọi", "hotline_calls"),
                     (84, "website", "fraud_websites_detected"), (61, "website", "fraud_websites_removed"),
                     (230, "cuộc", "cyber_attacks"), (112, "vụ", "property_thefts"),
                     (40, "chuyến", "sea_patrols"),
                     (9, "chuyến", "rescue_operations"), (6, "tàu cá", "vessels_rescued")}


def test_a_prison_s_reoffending_rate_and_escapes() -> None:
    text = ("Sáng 9/1, Cục Cảnh sát quản lý trại giam tổ chức hội nghị tổng kết công tác thi hành án hình sự "
            "năm 2023.\n\n"
            "Năm 2023, tỷ lệ tái phạm của người chấp hành xong án là 2,8% (giảm 0,4% so với năm 2022). "
            "Số vụ phạm nhân trốn khỏi nơi giam giữ giảm còn 3 vụ.")
    by = _by_value(_indicators(text, "2024-01"))
    assert (by[2.8].metric_key, by[2.8].direction) == ("reoffending_rate", None)
    assert (by[0.4].metric_key, by[0.4].direction, by[0.4].baseline) == \
        ("reoffending_rate", "decrease", "năm 2022")
    assert by[0.4].text == "giảm 0,4% so với năm 2022"
    assert by[3].metric_key == "prison_escapes"


def test_a_rate_named_after_a_change_in_its_bracket_is_that_change_s_rate() -> None:
    text = ("Sáng 5/7, Công an tỉnh Nam Định tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n\n"
            "Tội phạm về trật tự xã hội xảy ra 310 vụ (giảm 22 vụ, tỷ lệ 6,6% so với cùng kỳ năm 2022). "
            "Tai nạn giao thông xảy ra 80 vụ, làm chết 40 người (so với cùng kỳ giảm 9 vụ, giảm 3 người). "
            "Cháy xảy ra 12 vụ (tăng 3 vụ, tỷ lệ 33,3%).")
    by = _by_value(_indicators(text, "2023-07"))
    assert (by[22].metric_key, by[22].direction, by[22].baseline) == \
        ("social_order_crime", "decrease", "cùng kỳ năm 2022")
    assert (by[6.6].metric_key, by[6.6].direction, by[6.6].text) == \
        ("social_order_crime", "decrease", "tỷ lệ 6,6% so với cùng kỳ năm 2022")
    assert (by[9].metric_key, by[9].direction) == ("traffic_accidents", "decrease")
    assert (by[3].metric_key, by[33.3].metric_key, by[33.3].direction) == ("fires", "fires", "increase")


def test_parts_after_trong_do_count_what_the_total_before_them_counts() -> None:
    text = ("Sáng 3/10, Công an tỉnh Nam Định tổ chức hội nghị sơ kết công tác quý III năm 2023.\n\n"
            "Trong quý III, lực lượng chức năng phát hiện 45 vụ phạm tội về ma túy, bắt 60 đối tượng; "
            "trong đó, 20 vụ xảy ra tại khu công nghiệp. Lực lượng CSGT xử lý 900 trường hợp vi phạm giao "
            "thông, trong đó, 500 trường hợp vi phạm nồng độ cồn, 120 trường hợp xe chở quá khổ.")
    by = _by_value(_indicators(text, "2023-10"))
    assert by[20].metric_key == "drug_crime"
    assert by[120].metric_key == "traffic_violations"


def test_free_migrants_released_prisoners_backlog_and_pending_id_cards_take_their_metrics() -> None:
    text = ("Sáng 9/1, Công an tỉnh Lai Châu tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự "
            "năm 2023.\n\nNăm 2023, toàn tỉnh có 410 hộ với 2.050 khẩu di cư tự do; các ngành đã vận động "
            "55 hộ trở về nơi ở cũ, sắp xếp, ổn định tại chỗ cho 90 hộ. Đồn Biên phòng tiếp nhận 31 công "
            "dân do phía bạn trao trả. Công an tỉnh tiếp nhận 215 người chấp hành xong án phạt tù trở về "
            "địa phương; giới thiệu việc làm cho 140 người; 26 người được cho vay vốn sản xuất với tổng số "
            "tiền 1,3 tỷ đồng. Việc giám định tài sản còn chậm, hiện còn 9 vụ án tồn đọng. Toàn tỉnh còn "
            "4.200 công dân thuộc diện cấp chưa làm thủ tục.")
    found = _found(text)
    assert found >= {(410, "hộ", "free_migrants"), (2050, "khẩu", "free_migrants"),
                     (55, "hộ", "free_migrants_returned"), (90, "hộ", "free_migrants_settled"),
                     (31, "công dân", "citizens_repatriated"), (215, "người", "released_prisoners_received"),
                     (140, "người", "released_prisoners_employed"), (26, "người", "released_prisoners_loans"),
                     (1.3, "tỷ đồng", "released_prisoners_loan_amount"), (9, "vụ án", "backlog_cases"),
                     (4200, "công dân", "id_card_pending")}
    by = _by_value(_indicators(text, "2024-01"))
    assert by[9].period is None  # what is left now ("…, hiện còn"), no period


def test_a_prison_s_reoffending_rate_is_not_a_count_of_released_prisoners() -> None:
    text = ("Sáng 9/1, Cục Cảnh sát quản lý trại giam tổ chức hội nghị tổng kết công tác thi hành án hình sự "
            "năm 2023.\n\n"
            "Năm 2023, tỷ lệ phạm nhân tái phạm sau khi chấp hành xong án phạt tù là 2,6%.")
    assert _by_value(_indicators(text, "2024-01"))[2.6].metric_key == "reoffending_rate"


def test_teams_counted_again_bare_and_their_members_after_them() -> None:
    text = ("Tối 2/8, UBND phường Hòa Bình tổ chức lễ ra mắt 30 tổ bảo vệ an ninh, trật tự ở cơ "
            "sở.\n\nTrước khi sắp xếp, các phường cũ có 45 tổ với 135 thành viên; sau khi kiện toàn, phường "
            "có 30 tổ với 90 thành viên. Mỗi khu phố có 1 tổ.\n\nTừ đầu năm đến nay, Công an phường đã điều "
            "tra, làm rõ 12 vụ phạm pháp hình sự.")
    found = _found(text, "2025-08")
    assert found >= {(45, "tổ", "security_teams"), (135, "thành viên", "security_team_members"),
                     (30, "tổ", "security_teams"), (90, "thành viên", "security_team_members")}
    assert not [f for f in found if f[0] == 1]  # a norm for each unit, no count
    company = ("Sáng 5/3, Công an tỉnh Nam Định tổ chức hội nghị sơ kết công tác quý I năm 2024.\n\n"
               "Quý I, lực lượng chức năng phát hiện 3 vụ tham ô tại Công ty TNHH một thành viên Cấp nước.")
    assert (3, "vụ", "security_team_members") not in _found(company, "2024-03")


def test_the_toll_of_one_flood_s_days_is_no_figure_and_a_record_year_no_period() -> None:
    text = ("Những ngày qua, Công an tỉnh Hà Tĩnh giúp dân vùng lũ khắc phục hậu quả.\n\nTrong đợt lũ từ "
            "ngày 3 đến 7/11, nước sông dâng cao vượt mức lũ lịch sử năm 2010. Công an tỉnh đã huy động 800 "
            "cán bộ, chiến sĩ tham gia cứu hộ; cứu được 40 người bị nước lũ cô lập.\n\nTừ đầu mùa mưa bão "
            "năm 2024 đến nay, lực lượng Công an toàn tỉnh đã cứu được 150 người gặp nạn và giúp hơn 2.000 "
            "hộ dân di dời tài sản.")
    by = _by_value(_indicators(text, "2024-11"))
    assert 40 not in by
    assert (by[150].metric_key, by[150].period) == ("people_rescued", "từ đầu mùa mưa bão năm 2024 đến nay")
    season = "từ đầu mùa mưa bão năm 2024 đến nay"
    assert (by[2000].metric_key, by[2000].period) == ("households_assisted", season)


def test_a_year_listed_by_quarters_gives_the_year_back_after_the_list() -> None:
    text = ("Ngày 8-1, Phòng Cảnh sát kinh tế Công an tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm "
            "2023.\n\nNăm 2023, đơn vị phát hiện 120 vụ vi phạm pháp luật về kinh tế. Quý I phát hiện 25 "
            "vụ; quý II phát hiện 30 vụ; quý III phát hiện 31 vụ; quý IV phát hiện 34 vụ. Đơn vị đã khởi tố "
            "28 vụ, 40 bị can.")
    by = _by_value(_indicators(text, "2024-01"))
    assert (by[28].period, by[40].period) == ("năm 2023", "năm 2023")


def test_damage_after_fraud_reports_is_the_fraud_loss_and_prisoners_counted_by_visits() -> None:
    text = ("Sáng 9/1, Công an thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
            "Năm 2023, Công an thành phố tiếp nhận 120 tin báo về lừa đảo qua mạng, thiệt hại khoảng 15 tỷ "
            "đồng. Các trại giam đã dạy văn hóa cho 2.300 lượt phạm nhân, dạy nghề cho 5.100 lượt phạm nhân.")
    found = _found(text)
    assert found >= {(15, "tỷ đồng", "fraud_losses"), (2300, "lượt phạm nhân", "prisoners_schooled"),
                     (5100, "lượt phạm nhân", "prisoners_working")}


def test_companies_inspected_for_fire_safety_and_workshops_suspended() -> None:
    text = ("Ngày 12/9/2024, đoàn kiểm tra liên ngành của Công an tỉnh Đồng Nai kiểm tra công tác phòng "
            "cháy, chữa cháy tại các khu công nghiệp.\n\nQua kiểm tra 30 doanh nghiệp, đoàn phát hiện 12 "
            "doanh nghiệp có vi phạm quy định về phòng cháy, chữa cháy; tạm đình chỉ hoạt động 3 nhà xưởng.")
    assert _found(text, "2024-09") >= {(30, "doanh nghiệp", "fire_safety_inspections"),
                                       (12, "doanh nghiệp", "fire_safety_violations"),
                                       (3, "nhà xưởng", "fire_safety_suspensions")}


def test_people_after_the_cases_words_and_defendants_of_the_procuracy_s_cases() -> None:
    text = ("Ngày 3/1/2025, Viện kiểm sát nhân dân tỉnh Nghệ An tổ chức hội nghị tổng kết công tác kiểm "
            "sát năm 2024.\n\nNăm 2024, Viện kiểm sát hai cấp thụ lý kiểm sát điều tra 320 vụ án/540 bị can; "
            "truy tố 210 vụ/400 bị can. Công an tỉnh bắt giữ 25 vụ đánh bạc với 120 đối tượng.")
    assert _found(text, "2025-01") >= {(320, "vụ án", "procuracy_cases"), (540, "bị can", "procuracy_cases"),
                                       (210, "vụ", "indictments"), (400, "bị can", "indictments"),
                                       (25, "vụ", "gambling"), (120, "đối tượng", "suspects_arrested")}


def test_a_subject_before_its_verb_names_the_count_and_parts_by_form_in_brackets() -> None:
    text = ("Ngày 10/7/2014, Ủy ban Kiểm tra Đảng ủy Công an tỉnh Nam Định tổ chức hội nghị sơ kết 6 "
            "tháng đầu năm 2014.\n\nSáu tháng đầu năm 2014, các cấp ủy trong Đảng bộ Công an tỉnh đã thi "
            "hành kỷ luật 8 đảng viên (khiển trách 4, cảnh cáo 3, khai trừ 1). Cháy xảy ra 6 vụ trên địa bàn "
            "tỉnh. Đồng chí yêu cầu lực lượng Công an tiếp tục bảo đảm an ninh, trật tự.")
    found = _indicators(text, "2014-07")
    parts = [(i.text, i.value, i.unit, i.metric_key) for i in found if i.unit is None]
    assert parts == [("khiển trách 4", 4, None, "disciplinary_violations"),
                     ("cảnh cáo 3", 3, None, "disciplinary_violations"),
                     ("khai trừ 1", 1, None, "disciplinary_violations")]
    assert [(i.text, i.metric_key) for i in found if i.value == 6] == [("Cháy xảy ra 6 vụ", "fires")]
    # parts that do not add up to the count are no parts of it
    other = text.replace("khai trừ 1", "khai trừ 2")
    assert [i for i in _indicators(other, "2014-07") if i.unit is None] == []


def test_commune_police_units_counted_with_and_without_an_office_are_indicators() -> None:
    found = _by_value(_indicators(
        "Ngày 12/9, Công an tỉnh Nam Định tổ chức hội nghị sơ kết mô hình Công an xã chính quy.\n\n"
        "Đến nay, 180/226 Công an xã, thị trấn đã có trụ sở làm việc; tuy nhiên còn 46 Công an xã chưa có "
        "trụ sở làm việc riêng. Công an tỉnh trao tặng 3 Công an xã Hải Minh bộ máy tính.", date="2024-09"))
    part = found[180]
    assert (part.metric_key, part.unit, part.text) == (
        "commune_police_headquarters", "Công an xã, thị trấn",
        "180/226 Công an xã, thị trấn đã có trụ sở làm việc")
    left = found[46]
    assert (left.metric_key, left.unit, left.period) == ("communes_without_police_hq", "Công an xã", None)
    # a unit named after its level is a body, not a count of units
    assert 3 not in found and 226 not in found


def test_commune_police_in_general_keep_the_province_scope_though_one_commune_is_named() -> None:
    found = _by_value(_indicators(
        "Chiều 8/5, Công an tỉnh Hòa Bình tổ chức hội nghị sơ kết công tác 6 tháng.\n\n"
        "Năm nay trụ sở Công an xã Tòng Đậu đã được khánh thành. Toàn tỉnh có 151 Công an xã, thị trấn, "
        "trong đó 27 đơn vị chưa có trụ sở làm việc."))
    assert found[27].scope == "Hòa Bình"


def test_a_share_of_the_cases_just_counted_is_no_figure_of_its_own() -> None:
    found = _by_value(_indicators(
        "Chiều 8/12, Công an tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
        "Năm 2023, trên địa bàn tỉnh xảy ra 415 vụ phạm pháp hình sự; trong đó trộm cắp tài sản vẫn chiếm "
        "khoảng 45%."))
    assert 415 in found and 45 not in found


def test_a_border_post_figures_take_the_one_district_the_report_names() -> None:
    found = _by_value(_indicators(
        "Ngày 20-12-2019, Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo, Bộ đội Biên phòng tỉnh Quảng Trị tổ chức "
        "hội nghị tổng kết công tác năm 2019.\n\n"
        "Năm 2019, đơn vị đã làm thủ tục xuất, nhập cảnh cho hơn 900.000 lượt người. Phối hợp với Công an "
        "huyện Hướng Hóa, đơn vị bắt giữ 14 vụ buôn lậu.", date="2019-12"))
    assert found[900000].scope == "Hướng Hóa" and found[14].scope == "Hướng Hóa"


def test_a_place_told_for_a_part_does_not_hold_for_the_figures_after_it() -> None:
    found = _by_value(_indicators(
        "Chiều 5/4, Công an tỉnh Hòa Bình tổ chức hội nghị sơ kết quý I/2023.\n\n"
        "Trong quý I, Công an tỉnh bắt 12 vụ, 15 đối tượng phạm tội về ma túy; phát hiện 7 vụ mua bán người, "
        "trong đó 3 vụ ở huyện Mai Châu, giải cứu 11 nạn nhân."))
    assert found[11].scope == "Hòa Bình"


def test_criminal_offences_written_as_toi_pham_hinh_su_are_social_order_crime() -> None:
    found = _by_value(_indicators(
        "Chiều 10/12, Công an tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
        "Năm 2022, tội phạm hình sự trên địa bàn tỉnh xảy ra 318 vụ, giảm 27 vụ so với năm 2021.",
        date="2022-12"))
    assert found[318].metric_key == "social_order_crime" and found[27].metric_key == "social_order_crime"


def test_counts_listed_after_a_change_share_its_direction_and_baseline() -> None:
    found = _by_value(_indicators(
        "Sáng 20/12, Công an tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
        "Năm 2022, tai nạn giao thông xảy ra 96 vụ, làm chết 71 người, bị thương 48 người; so với năm 2021 "
        "giảm 14 vụ, 6 người chết và 11 người bị thương.", date="2022-12"))
    for value in (6, 11):
        assert (found[value].direction, found[value].baseline) == ("decrease", "năm 2021"), value
    assert found[71].direction is None


def test_fraud_through_cyberspace_is_high_tech_crime() -> None:
    found = _by_value(_indicators(
        "Sáng 4/11, Công an tỉnh Hòa Bình tổ chức hội nghị giao ban công tác tháng 10.\n\n"
        "Từ đầu năm đến nay, toàn tỉnh xảy ra 96 vụ lừa đảo qua không gian mạng, khởi tố 12 vụ án.",
        date="2024-11"))
    assert found[96].metric_key == "high_tech_crime"


def test_goods_in_breach_worth_money_are_smuggled_goods_value() -> None:
    found = _by_value(_indicators(
        "Ngày 18-12-2020, Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2020.\n\n"
        "Năm 2020, đơn vị bắt giữ 52 vụ buôn lậu, thu giữ nhiều hàng cấm, hàng hóa vi phạm trị giá hơn "
        "4,7 tỷ đồng.",
        date="2020-12"))
    assert found[4.7].metric_key == "smuggled_goods_value"


def test_the_province_whose_body_leads_the_event_scopes_figures_over_a_neighbour_named_more_often() -> None:
    found = _by_value(_indicators(
        "Sáng 6/7, đồng chí Bí thư Tỉnh ủy Lai Châu làm việc với Công an tỉnh về công tác 6 tháng.\n\n"
        "Giám đốc Công an tỉnh cho biết 6 tháng đầu năm 2022 đã bắt 45 vụ mua bán ma túy, phần lớn từ Điện "
        "Biên về. Bí thư yêu cầu chặn các tuyến giáp ranh với Điện Biên, Lào Cai.", date="2022-07"))
    assert found[45].scope == "Lai Châu"


def test_premises_whose_operation_is_suspended_are_suspensions_not_penalties() -> None:
    found = _by_value(_indicators(
        "Sáng 12/10, Công an tỉnh Hòa Bình sơ kết công tác phòng cháy, chữa cháy 9 tháng.\n\n"
        "9 tháng năm 2023, lực lượng Cảnh sát phòng cháy kiểm tra 2.340 lượt cơ sở, xử phạt vi phạm hành "
        "chính 214 trường hợp; tạm đình chỉ hoạt động 17 cơ sở, đình chỉ hoạt động 4 cơ sở.", date="2023-10"))
    assert found[214].metric_key == "fire_safety_penalties"
    assert found[17].metric_key == found[4].metric_key == "fire_safety_suspensions"


def test_addicts_sent_into_rehab_are_admissions_and_voluntary_rehab_is_its_own_count() -> None:
    found = _by_value(_indicators(
        "Chiều 5/7, Công an tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác phòng, chống ma túy.\n\n"
        "6 tháng đầu năm 2023, các địa phương đã lập hồ sơ đưa 64 người nghiện vào Trung tâm Chữa bệnh - "
        "Giáo dục - Lao động xã hội tỉnh, hỗ trợ cai nghiện tự nguyện tại gia đình và cộng đồng cho 27 "
        "người. Toàn tỉnh hiện có 1.210 người nghiện ma túy.", date="2023-07"))
    assert found[64].metric_key == "rehab_admissions"
    assert found[27].metric_key == "voluntary_rehab"
    assert found[1210].metric_key == "drug_addicts"


def test_applications_for_cards_may_be_counted_in_cases() -> None:
    found = _by_value(_indicators(
        "Chiều 9/10, Công an phường Tân Định tổ chức hội nghị sơ kết công tác quý III.\n\n"
        "Trong quý III, Công an phường tiếp nhận 3 vụ trộm cắp tài sản, thu nhận hồ sơ cấp căn cước cho "
        "2.184 trường hợp.", date="2025-10"))
    assert (found[2184].metric_key, found[2184].unit) == ("electronic_ids", "trường hợp")


def test_communes_given_regular_police_are_counted_with_their_own_keys() -> None:
    found = _by_value(_indicators(
        "Sáng 5/1, Công an tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác năm 2020.\n\n"
        "Năm 2020, toàn tỉnh xảy ra 312 vụ phạm pháp hình sự. Đến nay, toàn tỉnh có 225/225 xã bố trí "
        "Công an chính quy; 100% thị trấn đã được bố trí Công an chính quy với 380 cán bộ, chiến sĩ.",
        date="2021-01"))
    assert found[225].metric_key == "regular_police_communes"
    assert found[100].metric_key == "regular_police_communes_rate"


def test_helmetless_riders_are_traffic_violations() -> None:
    found = _by_value(_indicators(
        "Sáng 5/9, Công an tỉnh Phú Thọ sơ kết công tác bảo đảm trật tự an toàn giao thông.\n\n"
        "8 tháng đầu năm 2023, lực lượng Cảnh sát giao thông xử lý 2.140 trường hợp không đội mũ bảo hiểm, "
        "tăng 9% so với cùng kỳ năm 2022.", date="2023-09"))
    assert found[2140].metric_key == "traffic_violations" and found[9].metric_key == "traffic_violations"


def test_stocks_and_what_is_left_have_no_period_in_a_paragraph_that_gives_one() -> None:
    found = _by_value(_indicators(
        "Chiều 8/7, Công an tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.\n\n"
        "6 tháng đầu năm 2023, toàn tỉnh xảy ra 84 vụ phạm pháp hình sự; phong trào toàn dân bảo vệ an ninh "
        "Tổ quốc được duy trì; toàn tỉnh có 912 tổ tự quản về an ninh, trật tự và 57 mô hình tự quản. Toàn "
        "tỉnh còn 23 Công an xã chưa có trụ sở làm việc riêng, giảm còn 9 vụ cháy. Đến nay, Công an tỉnh "
        "đã bố trí Công an chính quy tại 138/138 xã. Hiện toàn tỉnh có 1.420 người nghiện có hồ sơ quản "
        "lý; 71/138 xã được công nhận không có ma túy.", date="2023-07"))
    assert found[84].period == "6 tháng đầu năm 2023"
    for value in (912, 57, 23, 138, 1420, 71):
        assert found[value].period is None, value


def test_a_stock_compared_with_the_end_of_a_year_has_that_baseline() -> None:
    found = _by_value(_indicators(
        "Chiều 8/7, Công an tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020.\n\n"
        "Toàn tỉnh hiện có 1.312 người nghiện ma túy có hồ sơ quản lý, tăng 57 người so với cuối năm 2019.",
        date="2020-07"))
    assert found[57].baseline == "cuối năm 2019"


def test_a_bracketed_rate_after_a_change_opened_by_its_baseline_is_that_change_s_rate() -> None:
    found = _by_value(_indicators(
        "Sáng 20/12, Công an tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác năm 2018.\n\n"
        "Năm 2018, toàn tỉnh xảy ra 140 vụ tai nạn giao thông, làm chết 96 người; so với năm 2017 giảm 13 vụ "
        "(8,5%), giảm 7 người chết. Năm 2018 xảy ra 52 vụ trộm cắp tài sản, làm chết 3 người. So với năm "
        "2017, giảm 9 vụ (14,8%).", date="2018-12"))
    assert (found[8.5].metric_key, found[8.5].direction, found[8.5].baseline) == (
        "traffic_accidents", "decrease", "năm 2017")
    # a sentence that opens with the change goes on with the count before it
    assert found[9].metric_key == found[14.8].metric_key == "property_thefts"


def test_a_metric_that_opens_the_figure_wins_over_one_after_the_comma() -> None:
    found = _by_value(_indicators(
        "Sáng 20/12, Công an tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác năm 2018.\n\n"
        "Về phòng cháy, chữa cháy, trong năm xảy ra 21 vụ cháy, thiệt hại tài sản ước tính 4,3 tỷ đồng, "
        "không có thiệt hại về người.", date="2018-12"))
    assert (found[4.3].metric_key, found[4.3].text) == (
        "fire_property_damage", "thiệt hại tài sản ước tính 4,3 tỷ đồng")


def test_cases_and_people_before_a_list_of_deeds_share_the_metric_at_its_end() -> None:
    found = _by_value(_indicators(
        "Chiều 5/7, Công an tỉnh Trà Vinh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2015.\n\n"
        "6 tháng đầu năm 2015, lực lượng chức năng đã phát hiện, bắt giữ 37 vụ, 52 đối tượng mua bán, tàng "
        "trữ, sử dụng trái phép chất ma túy, tăng 6 vụ so với cùng kỳ năm 2014.", date="2015-07"))
    assert found[37].metric_key == found[6].metric_key == "drug_crime"
    assert found[52].metric_key == "suspects_arrested"


def test_a_rate_after_cases_solved_and_the_people_arrested_and_dealt_with_is_the_clearance_rate() -> None:
    found = _by_value(_indicators(
        "Sáng 20/12, Công an tỉnh Thái Bình tổ chức hội nghị tổng kết công tác năm 2018.\n\n"
        "Năm 2018, lực lượng Công an đã điều tra, khám phá 640 vụ, bắt xử lý 912 đối tượng, đạt tỷ lệ 84,2%.",
        date="2018-12"))
    assert found[84.2].metric_key == "case_clearance_rate"


def test_a_title_s_figure_is_read_with_only_the_period_its_own_words_give() -> None:
    found = _indicators(
        "Công an tỉnh Thái Bình: Phạm pháp hình sự giảm 6,1%\n\n"
        "Sáng 20-12, Công an tỉnh Thái Bình tổ chức hội nghị tổng kết công tác năm 2019.\n\n"
        "Năm 2019, toàn tỉnh xảy ra 402 vụ phạm pháp hình sự, giảm 26 vụ (6,1%) so với năm 2018.",
        date="2019-12")
    title = [i for i in found if i.span[0] < 60]
    assert [(i.value, i.metric_key, i.direction, i.period) for i in title] == [
        (6.1, "social_order_crime", "decrease", None)]
    body = [i for i in found if i.span[0] > 60 and i.value == 6.1]
    assert body and body[0].period == "năm 2019"


def test_a_title_s_own_stretch_of_months_is_its_figures_period() -> None:
    found = _indicators(
        "Công an tỉnh Thái Bình sơ kết 9 tháng: tội phạm về trật tự xã hội giảm 5,4%\n\n"
        "Sáng 5-10, Công an tỉnh Thái Bình tổ chức hội nghị sơ kết công tác 9 tháng năm 2019.\n\n"
        "9 tháng năm 2019, toàn tỉnh xảy ra 298 vụ phạm pháp hình sự.", date="2019-10")
    assert [(i.value, i.period) for i in found if i.span[0] < 80] == [(5.4, "9 tháng")]


def test_patrols_joined_by_grassroots_teams_and_disputes_mediated_have_their_own_keys() -> None:
    found = _by_value(_indicators(
        "Sáng 20/12, Công an tỉnh Hưng Yên sơ kết công tác của lực lượng bảo vệ an ninh, trật tự ở cơ sở.\n\n"
        "Trong 6 tháng, các tổ đã tham gia 3.200 lượt tuần tra, hòa giải thành 215 vụ mâu thuẫn, tranh chấp "
        "ngay tại cơ sở. Đồn Biên phòng đã tổ chức 140 lượt tuần tra trên tuyến biên giới.", date="2024-12"))
    assert found[3200].metric_key == "grassroots_patrols"
    assert found[215].metric_key == "disputes_mediated"
    assert found[140].metric_key == "border_patrols"


def test_figures_of_five_provinces_together_and_of_a_national_department_have_no_scope() -> None:
    found = _by_value(_indicators(
        "Sáng 10-1, tại TP Đà Lạt (Lâm Đồng), Cụm thi đua số 5 gồm Công an 5 tỉnh Lâm Đồng, Đắk Lắk, "
        "Đắk Nông, Gia Lai và Kon Tum tổ chức hội nghị tổng kết năm 2021.\n\n"
        "Trong năm, Công an 5 tỉnh đã điều tra, làm rõ 1.920 vụ phạm tội về trật tự xã hội.", date="2022-01"))
    assert found[1920].scope is None
    found = _by_value(_indicators(
        "Ngày 3.10, Cục Cảnh sát hình sự, Bộ Công an cho biết đã phối hợp với Công an tỉnh Lạng Sơn triệt "
        "phá một đường dây đánh bạc.\n\n"
        "Lực lượng chức năng khám xét 6 địa điểm tại Lạng Sơn và Bắc Giang.\n\n"
        "Từ đầu năm 2016 đến nay, Cục đã chủ trì phát hiện, triệt phá 9 vụ đánh bạc qua mạng.",
        date="2016-10"))
    assert found[9].scope is None


def test_running_totals_to_a_day_have_no_period_though_the_lead_names_the_year() -> None:
    found = _by_value(_indicators(
        "Chiều 27-12, Công an tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2022.\n\n"
        "Tính đến ngày 15/12/2022, toàn tỉnh đã cấp 1,4 triệu thẻ căn cước công dân, kích hoạt 520.000 tài "
        "khoản định danh điện tử. Trong năm 2022, lực lượng Công an đã điều tra, làm rõ 3.400 vụ.",
        date="2022-12"))
    assert found[1400000].period is None and found[520000].period is None
    assert found[3400].period == "năm 2022"


def test_a_contrast_in_a_sentence_gives_each_change_the_noun_before_it() -> None:
    found = _by_value(_indicators(
        "Báo cáo tại hội nghị, Giám đốc Công an tỉnh Nam Định cho biết, 6 tháng đầu năm 2024, toàn tỉnh "
        "xảy ra 41 vụ cháy, làm chết 3 người; so với cùng kỳ năm 2023, số vụ cháy giảm 8,5% nhưng số người "
        "chết tăng 1 người. Tai nạn giao thông giảm 6% nhưng số người bị thương tăng 2%.", date="2024-07"))
    assert (found[8.5].metric_key, found[8.5].text) == ("fires", "giảm 8,5%")
    assert found[1].metric_key == "fire_deaths"
    assert found[6].metric_key == "traffic_accidents"
    assert found[2].metric_key == "traffic_injuries"


def test_a_part_after_trong_do_keeps_its_own_noun_s_metric() -> None:
    found = _by_value(_indicators(
        "Sáng 5/7, Công an tỉnh Hà Nam tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. Trong 6 tháng, lực "
        "lượng Công an phát hiện 86 vụ vi phạm pháp luật về kinh tế, trong đó có 9 vụ tham nhũng; phát "
        "hiện 40 vụ phạm tội về ma túy, trong đó 12 vụ xảy ra trên tuyến biên giới.", date="2023-07"))
    assert found[86].metric_key == "economic_crime"
    assert found[9].metric_key == "corruption_crime"
    assert found[12].metric_key == "drug_crime"


def test_an_order_told_done_with_its_results_gives_figures_and_no_goal() -> None:
    extraction = extract_document(Document.from_text(
        "Sáng 20/9, Công an tỉnh Bắc Giang họp về công tác phòng cháy, chữa cháy.\n\nThực hiện chỉ đạo của "
        "Bộ Công an, Công an tỉnh đã chỉ đạo Công an các huyện rà soát 2.400 cơ sở là nhà trọ, nhà ở nhiều "
        "căn hộ, phát hiện 310 cơ sở không bảo đảm điều kiện an toàn về phòng cháy, chữa cháy, tạm đình chỉ "
        "hoạt động 45 cơ sở.", source="test", date="2023-09"))
    assert grounding_errors(extraction) == []
    assert extraction.targets == []
    found = _by_value(extraction.indicators)
    assert found[2400].metric_key == "fire_safety_inspections"
    assert found[310].metric_key == "fire_safety_violations"
    assert found[45].metric_key == "fire_safety_suspensions"


def test_residence_violations_and_vehicles_checked_have_their_own_keys() -> None:
    found = _by_value(_indicators(
        "Sáng 3-4, Công an tỉnh Ninh Thuận sơ kết công tác bảo đảm an ninh, trật tự quý I năm 2024.\n\n"
        "Trong quý I, lực lượng chức năng kiểm tra 1.250 lượt xe khách, xe tải trên các tuyến quốc lộ; "
        "lập biên bản 14 cơ sở lưu trú không khai báo tạm trú.",
        date="2024-04"))
    assert found[1250].metric_key == "vehicle_checks"
    assert found[1250].text.endswith("xe khách, xe tải")
    assert (found[14].metric_key, found[14].unit) == ("residence_violations", "cơ sở")


def test_a_stretch_of_road_through_several_districts_keeps_the_province_s_scope() -> None:
    found = _by_value(_indicators(
        "Sáng 2/3, Phòng Cảnh sát giao thông Công an tỉnh Tiền Giang tổng kết đợt cao điểm bảo đảm trật tự "
        "an toàn giao thông Tết Nguyên đán.\n\nTrong đợt cao điểm, toàn tỉnh xảy ra 19 vụ tai nạn giao "
        "thông. Riêng trên tuyến quốc lộ 1 đoạn qua huyện Châu Thành, huyện Cai Lậy và TP Mỹ Tho xảy ra 6 "
        "vụ tai nạn giao thông.", date="2018-03"))
    assert found[6].scope == "Tiền Giang"


def test_a_border_post_s_mass_work_and_known_metrics_in_other_words_have_keys() -> None:
    found = _by_value(_indicators(
        "Ngày 20/11, Đồn Biên phòng Pa Thơm tổ chức hội nghị sơ kết phong trào toàn dân tham gia bảo vệ an "
        "ninh, trật tự khu vực biên giới.\n\nNăm 2019, Đồn đã cử 11 đảng viên về sinh hoạt tại các chi bộ "
        "bản, giúp nhân dân hơn 2.100 ngày công và đỡ đầu 7 cháu học sinh nghèo. Đơn vị phối hợp tổ chức "
        "15 buổi tuyên truyền với hơn 1.300 lượt ngư dân tham dự; giải quyết dứt điểm 5 vụ việc phức tạp "
        "liên quan đến đất đai.", date="2019-11"))
    assert found[11].metric_key == "party_members_assigned"
    assert found[2100].metric_key == "workdays_helped"
    assert (found[7].metric_key, found[7].unit) == ("students_sponsored", "cháu")
    assert found[1300].metric_key == "awareness_attendance"
    assert found[5].metric_key == "land_disputes_resolved"


def test_a_traffic_violation_named_by_its_kind_is_a_traffic_violation() -> None:
    found = _by_value(_indicators(
        "Sáng 28/2, Phòng Cảnh sát giao thông Công an tỉnh Bến Tre tổng kết đợt cao điểm bảo đảm trật tự an "
        "toàn giao thông dịp Tết.\n\nTrong đợt cao điểm, lực lượng cảnh sát giao thông xử lý 42 trường hợp "
        "chở quá số người quy định.", date="2019-03"))
    assert found[42].metric_key == "traffic_violations"


def test_a_request_about_cases_over_land_is_no_dispute_resolved() -> None:
    found = _by_value(_indicators(
        "Sáng 5/6, Thanh tra tỉnh Nam Định báo cáo kết quả giải quyết khiếu nại, tố cáo.\n\nTỉnh kiến nghị "
        "Thanh tra Chính phủ sớm có ý kiến đối với 3 vụ việc liên quan đến đất đai của doanh nghiệp.",
        date="2012-06"))
    assert 3 not in found


def test_money_kept_from_fraudsters_money_lost_to_them_and_a_rate_of_online_files_have_their_keys() -> None:
    found = _by_value(_indicators(
        "Ngày 10/7, Công an tỉnh Tây Ninh cho biết 6 tháng đầu năm, người dân trong tỉnh bị lừa đảo qua mạng "
        "hơn 48 tỷ đồng. Lực lượng công an đã ngăn chặn, thu hồi kịp thời 7 tỷ đồng cho người bị hại. Tỷ lệ "
        "hồ sơ cấp căn cước được giải quyết trực tuyến đạt 71%.", date="2024-07"))
    assert found[48].metric_key == "fraud_losses"
    assert found[7].metric_key == "fraud_losses_prevented"
    assert found[71].metric_key == "online_processing_rate"


def test_one_fight_s_toll_the_people_held_over_it_and_a_rule_s_range_of_fines_are_no_figures() -> None:
    found = _by_value(_indicators(
        "Chủ tịch UBND tỉnh Long An yêu cầu công an mở đợt cao điểm trấn áp tội phạm sau vụ ẩu đả khiến 4 "
        "người chết.\n\nTối 2-5, hai nhóm thanh niên dùng hung khí tấn công nhau khiến 4 người chết, 5 người "
        "bị thương. Công an huyện Đức Hòa đã bắt giữ 8 người liên quan.\n\nNăm 2022, toàn tỉnh bắt 1.200 "
        "người liên quan đến ma túy; tai nạn giao thông khiến 35 người chết. Người vi phạm bị phạt tiền từ 6 "
        "triệu đồng đến 8 triệu đồng.", date="2023-05"))
    assert 4 not in found and 5 not in found and 8 not in found and 6 not in found
    assert found[1200].metric_key == "suspects_arrested"
    assert found[35].metric_key == "traffic_deaths"


def test_the_week_before_is_a_baseline_and_no_period() -> None:
    found = _indicators(
        "Ngày 9/1, Phòng CSGT Công an TP Hải Phòng cho biết, từ ngày 1/1 đến ngày 7/1, trên địa bàn xảy "
        "ra 10 vụ tai nạn giao thông, làm chết 5 người. So với tuần trước đó, giảm 4 vụ. So với tuần cuối "
        "cùng của năm 2024, giảm 3 người chết.", date="2025-01")
    by = {i.value: i for i in found}
    assert by[4].baseline == "tuần trước đó"
    assert by[3].baseline == "tuần cuối cùng của năm 2024" and by[3].period != "năm 2024"


def test_a_paragraph_s_span_of_days_restating_the_dates_given_takes_those_dates() -> None:
    found = _by_value(_indicators(
        "Ngày 9/2, Phòng CSGT Công an tỉnh Nghệ An cho biết, từ ngày 1/2 đến ngày 7/2, lực lượng chức năng "
        "lập biên bản 2.400 trường hợp vi phạm.\n\nCũng trong 7 ngày, trên địa bàn tỉnh xảy ra 12 vụ tai nạn "
        "giao thông, làm chết 5 người.", date="2024-02"))
    assert found[12].period == found[5].period == "từ ngày 1/2 đến ngày 7/2"


def test_a_commune_police_s_figure_with_its_province_in_brackets_is_the_commune_s() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document, grounding_errors

    text = ("Sau 3 tháng, Công an xã Mường Khương (tỉnh Lào Cai) đã giải quyết hơn 900 hồ sơ "
            "thủ tục hành chính về cư trú, căn cước.\n\n"
            "Ngày 5.10, Công an xã Mường Khương tổ chức hội nghị sơ kết công tác 3 tháng.")
    ex = extract_document(Document.from_text(text, source="test", date="2025-10"))
    assert grounding_errors(ex) == []
    assert [(i.value, i.scope) for i in ex.indicators] == [(900, "Mường Khương")]


def test_the_distance_after_a_sea_patrol_count_with_voi_is_the_patrol_distance() -> None:
    found = _by_value(_indicators(
        "Sáng 10/7, Bộ Tư lệnh Vùng Cảnh sát biển 3 sơ kết công tác 6 tháng đầu năm.\n\nTrong 6 tháng, "
        "Vùng đã thực hiện 52 chuyến tuần tra, kiểm soát với hơn 18.500 hải lý; bắt giữ 9 vụ vi phạm trên "
        "biển.",
        date="2015-07"))
    assert found[52].metric_key == "sea_patrols"
    assert found[18500].metric_key == "patrol_distance"


def test_premises_penalised_administratively_are_penalties_and_a_bare_count_of_bars_is_not() -> None:
    found = _by_value(_indicators(
        "Sáng 3/9, Công an tỉnh Hà Nam tổng kết đợt kiểm tra cư trú.\n\nQua kiểm tra 140 cơ sở lưu trú, đoàn "
        "lập biên bản xử phạt vi phạm hành chính 17 cơ sở với tổng số tiền 60 triệu đồng.", date="2024-09"))
    assert found[17].metric_key == "admin_penalties"
    found = _by_value(_indicators(
        "Kiểm tra cư trú của người nước ngoài: 31 cơ sở lưu trú bị xử phạt\n\nSáng 3/9, Công an tỉnh Hà Nam "
        "tổng kết đợt kiểm tra cư trú.", date="2024-09"))  # a title's count
    assert found[31].metric_key == "admin_penalties"
    found = _by_value(_indicators(
        "Sáng 3/9, Công an huyện Kim Bảng sơ kết công tác phòng, chống ma túy.\n\nCông an huyện kiểm tra 90 "
        "lượt cơ sở kinh doanh karaoke, xử phạt 12 cơ sở vi phạm.", date="2024-09"))
    assert 12 not in found or found[12].metric_key != "admin_penalties"
