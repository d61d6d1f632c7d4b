"""Targets are judged by indicators reported later, same metric, scope, baseline and unit."""

from __future__ import annotations

import datetime as dt

from chidao.track.evaluation import baselines_compatible, deadline_passed, evaluate_targets

TODAY = dt.date(2026, 1, 15)


def target(**fields):
    item = {
        "id": "t1", "kind": "targets", "document_id": "doc-2021", "document_date": "2021-06-24",
        "event_date": None, "metric": "số vụ phạm tội về trật tự xã hội",
        "metric_key": "social_order_crime", "direction": "decrease", "value": 5, "unit": "%",
        "at_least": True, "baseline": "năm 2020", "deadline": None, "scope": None,
        "text": "giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2020", "span": [100, 165],
    }
    item.update(fields)
    return item


def indicator(**fields):
    item = {
        "id": "i1", "kind": "indicators", "document_id": "doc-2022", "document_date": "2022-01",
        "event_date": None, "metric": "tội phạm về trật tự xã hội", "metric_key": "social_order_crime",
        "value": 11.3, "unit": "%", "direction": "decrease", "baseline": "năm 2020", "period": "năm 2021",
        "scope": None, "text": "giảm 11,3% so với năm 2020", "span": [40, 66],
    }
    item.update(fields)
    return item


def evaluate_one(t, indicators):
    (result,) = evaluate_targets([t], indicators, today=TODAY)
    return result


def test_a_later_decrease_of_11_3_percent_against_2020_meets_at_least_5_percent():
    result = evaluate_one(target(), [indicator()])
    assert result["status"] == "met"
    (evidence,) = result["evidence"]
    assert evidence["document_id"] == "doc-2022"
    assert evidence["value"] == 11.3 and evidence["baseline"] == "năm 2020"
    assert evidence["text"] == "giảm 11,3% so với năm 2020" and evidence["span"] == [40, 66]
    assert evidence["decisive"] is True


def test_a_target_against_2020_is_not_judged_by_an_indicator_against_the_same_period_of_2024():
    yoy = indicator(baseline="cùng kỳ năm 2024", document_date="2025-01",
                    text="giảm 8% so với cùng kỳ năm 2024")
    result = evaluate_one(target(), [yoy])
    assert result["status"] == "pending"
    assert result["evidence"] == []


def test_a_decrease_smaller_than_the_target_after_the_deadline_is_not_met():
    result = evaluate_one(target(deadline="2022"), [indicator(value=3.2, document_date="2023-01")])
    assert result["status"] == "not_met"
    assert result["evidence"][0]["value"] == 3.2


def test_a_shortfall_before_the_deadline_is_still_pending():
    result = evaluate_one(target(deadline="2030"), [indicator(value=3.2)])
    assert result["status"] == "pending"
    assert len(result["evidence"]) == 1


def test_crime_that_rose_does_not_meet_a_reduction_target():
    result = evaluate_one(target(), [indicator(direction="increase", value=6.0)])
    assert result["status"] == "not_met"


def test_the_latest_comparable_indicator_decides_and_all_are_evidence():
    early = indicator(id="i-early", document_id="doc-a", document_date="2021-12", value=7.0)
    late = indicator(id="i-late", document_id="doc-b", document_date="2023-12", value=2.0)
    result = evaluate_one(target(), [late, early])
    assert result["status"] == "not_met"
    assert [e["item_id"] for e in result["evidence"]] == ["i-early", "i-late"]
    assert [e["decisive"] for e in result["evidence"]] == [False, True]


def test_an_indicator_reported_before_the_target_or_in_the_same_report_does_not_count():
    before = indicator(document_date="2020-12")
    same_report = indicator(document_id="doc-2021", document_date="2021-06-24")
    result = evaluate_one(target(), [before, same_report])
    assert result["status"] == "pending"
    assert result["evidence"] == []


def test_another_province_or_a_national_figure_does_not_judge_a_provincial_target():
    provincial = target(scope="tỉnh Quảng Ninh")
    national = indicator()
    other_province = indicator(scope="Hải Phòng")
    same_province = indicator(scope="Quảng Ninh", value=9.4)
    assert evaluate_one(provincial, [national, other_province])["status"] == "pending"
    result = evaluate_one(provincial, [national, other_province, same_province])
    assert result["status"] == "met"
    assert [e["scope"] for e in result["evidence"]] == ["Quảng Ninh"]


def test_locality_codes_decide_scope_when_both_sides_carry_them():
    result = evaluate_one(target(scope="Quảng Ninh", scope_code="22"),
                          [indicator(scope="tỉnh QN", scope_code="22")])
    assert result["status"] == "met"


def test_a_figure_in_another_unit_or_metric_is_not_comparable():
    cases = [indicator(unit="vụ", value=120), indicator(metric_key="drug_crime")]
    assert evaluate_one(target(), cases)["status"] == "pending"


def test_a_grdp_rank_within_the_top_15_meets_the_rank_target():
    rank_target = target(metric_key="grdp_rank", metric="quy mô GRDP", direction="reach", value=15,
                         unit="tỉnh", baseline=None, at_least=False, scope="Bắc Giang",
                         document_date="2023-10")
    twelfth = indicator(metric_key="grdp_rank", value=12, unit=None, direction=None, baseline=None,
                        scope="Bắc Giang", document_date="2024-12")
    assert evaluate_one(rank_target, [twelfth])["status"] == "met"
    twentieth = dict(twelfth, value=20, document_date="2025-12")
    assert evaluate_one(rank_target, [twelfth, twentieth])["status"] == "not_met"


def test_a_target_with_no_comparable_indicator_is_pending_and_keeps_its_follow_up_status():
    result = evaluate_one(target(status="in_progress"), [])
    assert result["status"] == "pending"
    assert result["follow_status"] == "in_progress"
    assert result["evidence"] == []


def test_baseline_rules():
    assert baselines_compatible("năm 2020", "năm 2020")
    assert not baselines_compatible("năm 2020", "cùng kỳ năm 2024")
    assert not baselines_compatible("năm 2020", None)
    assert baselines_compatible(None, "cùng kỳ")
    assert baselines_compatible(None, None)
    assert not baselines_compatible(None, "năm 2020")
    assert baselines_compatible("cùng kỳ năm 2024", "cùng kỳ")
    assert not baselines_compatible("cùng kỳ năm 2024", "cùng kỳ năm 2023")


def test_deadlines_end_with_their_period():
    assert not deadline_passed("2025", dt.date(2025, 12, 31))
    assert deadline_passed("năm 2025", dt.date(2026, 1, 1))
    assert deadline_passed("2024-02", dt.date(2024, 3, 1))
    assert not deadline_passed("2024-02-29", dt.date(2024, 2, 29))
    assert deadline_passed(None, TODAY)
