"""Indicators: reported figures with metric, change, baseline, period and scope."""

from __future__ import annotations

from conftest import FIXTURES_DIR, extract_path

from chidao.extract.metrics import metric_labels
from chidao.gazetteer.loader import load_vocabulary
from chidao.model import Extraction, Indicator

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
