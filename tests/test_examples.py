"""The sample reports in examples/ (the README's demo data) extract as the demo promises.

Six reports: a 2021 working session in Bắc Giang that sets a target against 2020,
the 2023 Bắc Giang review that reports against it (and one figure "so với cùng kỳ"
that must not count), a 2022 site inspection in Bình Thuận under a dateline, a
2024 session in Hà Giang, and one 2022 TP.HCM conference told by two outlets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLES_DIR, extract_path
from lookups import directive_with, locality, person, short_name

from chidao.model import ITEM_KINDS, Extraction, item_to_dict

EXAMPLE_PATHS = sorted(EXAMPLES_DIR.glob("*.txt"))

@pytest.fixture(scope="module")
def examples() -> dict[str, Extraction]:
    return {p.stem: extract_path(p) for p in EXAMPLE_PATHS}


def item_with_value(items: list, value: float, field: str = "value"):
    matches = [i for i in items if getattr(i, field) is not None and abs(getattr(i, field) - value) < 1e-6]
    assert matches, f"no item with {field} {value}: {[(getattr(i, field), i.text) for i in items]}"
    return matches[0]


def test_there_are_six_sample_reports_of_demo_size() -> None:
    assert len(EXAMPLE_PATHS) == 6
    for path in EXAMPLE_PATHS:
        assert 1500 <= len(path.read_text(encoding="utf-8")) <= 3500, path.name


@pytest.mark.parametrize("path", EXAMPLE_PATHS, ids=lambda p: Path(p).stem)
def test_every_sample_report_extracts_grounded_with_its_event_people_and_directives(path: Path) -> None:
    ex = extract_path(path)
    assert ex.events, "an event"
    assert ex.people, "people"
    assert ex.localities, "localities"
    assert ex.directives, "directives"
    assert all(d.speaker for d in ex.directives if d.verb not in ("nhất trí", "thống nhất"))


def test_the_samples_together_exercise_every_kind(examples: dict[str, Extraction]) -> None:
    for kind in ITEM_KINDS:
        assert any(getattr(ex, kind) for ex in examples.values()), kind


def test_a_date_marker_a_dateline_or_no_date_give_the_document_date(examples: dict[str, Extraction]) -> None:
    assert examples["bac_giang_2021_lam_viec"].document.date == "2021-03"
    assert examples["binh_thuan_2022_kiem_tra"].document.date == "2022-08-14"
    assert examples["tphcm_2022_hoi_nghi_bao_khac"].document.date is None


@pytest.mark.parametrize(("stem", "kind", "date"), [
    ("bac_giang_2021_lam_viec", "working_session", "2021-03-12"),
    ("bac_giang_2023_tong_ket", "conference", "2023-12-26"),
    ("binh_thuan_2022_kiem_tra", "inspection", "2022-08-13"),
    ("ha_giang_2024_lam_viec", "working_session", "2024-03-07"),
    ("tphcm_2022_hoi_nghi_ttxvn", "conference", "2022-07-31"),
])
def test_the_main_event_has_its_type_and_resolved_date(examples: dict[str, Extraction], stem: str,
                                                       kind: str, date: str) -> None:
    event = examples[stem].events[0]
    assert (event.type, event.date) == (kind, date)


def test_leaders_hosts_and_short_references_are_people_with_full_names(
        examples: dict[str, Extraction]) -> None:
    bg21 = examples["bac_giang_2021_lam_viec"]
    assert bg21.events[0].leader == "Tô Lâm"
    to_lam = person(bg21, "Tô Lâm")
    assert "Đại tướng" in to_lam.ranks
    assert {"Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"} <= set(to_lam.positions)
    assert "Bí thư Tỉnh ủy Bắc Giang" in person(bg21, "Nguyễn Văn Hải").positions
    tuan = person(bg21, "Lê Minh Tuấn")
    assert {"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Bắc Giang"} <= set(tuan.positions)
    hoa_2021 = person(bg21, "Đỗ Văn Hòa")
    assert list(hoa_2021.ranks) == ["Đại tá"]
    assert list(hoa_2021.positions) == ["Giám đốc Công an tỉnh Bắc Giang"]

    bg23 = examples["bac_giang_2023_tong_ket"]
    # two years on, the same director appears with a higher rank: what role timelines show
    assert list(person(bg23, "Đỗ Văn Hòa").ranks) == ["Thiếu tướng"]
    vinh = person(bg23, "Trần Quang Vinh")
    text = bg23.document.text
    short = text.index("Thứ trưởng Vinh") + len("Thứ trưởng ")
    assert (short, short + len("Vinh")) in vinh.mentions

    assert examples["ha_giang_2024_lam_viec"].events[0].leader == "Hoàng Anh Tuấn"


def test_directives_keep_their_speaker_across_paragraphs(examples: dict[str, Extraction]) -> None:
    bg21 = examples["bac_giang_2021_lam_viec"]
    first = directive_with(bg21, "tiếp tục quán triệt, thực hiện nghiêm Nghị quyết Đại hội XIII")
    assert (first.speaker, first.verb) == ("Tô Lâm", "đề nghị")
    for phrase in ("Tiếp tục nắm chắc tình hình", "Công an tỉnh phải triển khai đồng bộ"):
        d = directive_with(bg21, phrase)
        assert (d.speaker, d.verb) == ("Tô Lâm", None), phrase
    plan = directive_with(bg21, "Kế hoạch số 486/KH-BCA-C04")
    assert (plan.speaker, plan.verb) == ("Tô Lâm", "yêu cầu")

    bg23 = examples["bac_giang_2023_tong_ket"]
    assert directive_with(bg23, "Nghị quyết số 12-NQ/TW").speaker == "Trần Quang Vinh"
    carried = directive_with(bg23, "Tập trung nắm chắc tình hình")
    assert (carried.speaker, carried.verb) == ("Trần Quang Vinh", None)
    de_an = directive_with(bg23, "đẩy mạnh triển khai Đề án 06")
    assert (de_an.speaker, de_an.verb) == ("Trần Quang Vinh", "lưu ý")
    assert "digital_transformation" in de_an.topics

    drugs = directive_with(examples["ha_giang_2024_lam_viec"], "đường dây vận chuyển ma túy")
    assert (drugs.speaker, drugs.verb) == ("Hoàng Anh Tuấn", "yêu cầu")
    assert "drugs" in drugs.topics


def test_the_2021_target_and_the_2023_indicator_share_metric_scope_and_baseline(
        examples: dict[str, Extraction]) -> None:
    target = item_with_value(examples["bac_giang_2021_lam_viec"].targets, 5)
    assert target.metric_key == "social_order_crime"
    assert (target.direction, target.unit, target.at_least) == ("decrease", "%", True)
    assert target.baseline == "năm 2020"
    assert target.text == "giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2020"
    assert target.scope is not None and "Bắc Giang" in target.scope

    bg23 = examples["bac_giang_2023_tong_ket"]
    result = item_with_value(bg23.indicators, 9.4)
    assert result.metric_key == target.metric_key
    assert (result.direction, result.unit, result.baseline) == ("decrease", "%", "năm 2020")
    assert result.scope is not None and "Bắc Giang" in result.scope
    year_on_year = item_with_value(bg23.indicators, 3.2)
    assert year_on_year.metric_key == "social_order_crime"
    assert year_on_year.baseline == "cùng kỳ"


def as_store_dicts(ex: Extraction, kind: str) -> list[dict]:
    """Items shaped as the store returns them to target evaluation."""
    event_date = ex.events[0].date if ex.events else None
    return [{**item_to_dict(item), "id": f"{ex.document.id[:8]}:{kind}:{i}", "kind": kind,
             "document_id": ex.document.id, "document_date": ex.document.date,
             "document_source": ex.document.source, "event_date": event_date}
            for i, item in enumerate(getattr(ex, kind))]


def test_the_target_is_met_by_the_2020_baseline_figure_not_the_same_period_one(
        examples: dict[str, Extraction]) -> None:
    from chidao.track.evaluation import evaluate_targets

    targets = [t for t in as_store_dicts(examples["bac_giang_2021_lam_viec"], "targets")
               if t["metric_key"] == "social_order_crime"]
    indicators = [i for ex in examples.values() for i in as_store_dicts(ex, "indicators")]
    (evaluated,) = evaluate_targets(targets, indicators)
    assert evaluated["status"] == "met"
    assert [e["value"] for e in evaluated["evidence"]] == [9.4]


@pytest.mark.parametrize(("stem", "value", "metric_key", "baseline"), [
    ("bac_giang_2021_lam_viec", 1204, None, None),
    ("bac_giang_2021_lam_viec", 6.1, "social_order_crime", "năm 2019"),
    ("bac_giang_2023_tong_ket", 88.5, "case_clearance_rate", None),
    ("bac_giang_2023_tong_ket", 12.7, "traffic_accidents", "cùng kỳ năm 2022"),
    ("ha_giang_2024_lam_viec", 4.5, "drug_crime", "cùng kỳ năm 2022"),
    ("tphcm_2022_hoi_nghi_ttxvn", 7.8, "social_order_crime", "cùng kỳ"),
    ("tphcm_2022_hoi_nghi_ttxvn", 3415, None, None),
])
def test_reported_figures_are_indicators(examples: dict[str, Extraction], stem: str, value: float,
                                         metric_key: str | None, baseline: str | None) -> None:
    indicator = item_with_value(examples[stem].indicators, value)
    if metric_key is not None:
        assert indicator.metric_key == metric_key
    assert indicator.baseline == baseline


@pytest.mark.parametrize(("stem", "value", "metric_key", "direction"), [
    ("bac_giang_2023_tong_ket", 85, "case_clearance_rate", "reach"),
    ("tphcm_2022_hoi_nghi_ttxvn", 80, "case_clearance_rate", "reach"),
    ("ha_giang_2024_lam_viec", 70, None, "reach"),
])
def test_goals_for_the_coming_year_are_targets(examples: dict[str, Extraction], stem: str, value: float,
                                               metric_key: str | None, direction: str) -> None:
    target = item_with_value(examples[stem].targets, value)
    assert target.direction == direction
    assert target.unit == "%"
    if metric_key is not None:
        assert target.metric_key == metric_key
    if stem == "ha_giang_2024_lam_viec":
        assert target.deadline == "2025"
        assert target.at_least is True


@pytest.mark.parametrize(("stem", "amount", "unit", "kind"), [
    ("bac_giang_2021_lam_viec", 800, "biên chế", "staffing"),
    ("binh_thuan_2022_kiem_tra", 450, "tỷ đồng", "funding"),
    ("binh_thuan_2022_kiem_tra", 300, "tỷ đồng", "funding"),
    ("binh_thuan_2022_kiem_tra", 150, "tỷ đồng", "funding"),
    ("binh_thuan_2022_kiem_tra", 18500, "m2", "construction"),
    ("ha_giang_2024_lam_viec", 50, "xe", "equipment"),
    ("ha_giang_2024_lam_viec", 300, "biên chế", "staffing"),
    # money for a building or for equipment is still money: either kind says so
    ("ha_giang_2024_lam_viec", 45, "tỷ đồng", ("funding", "construction")),
    ("tphcm_2022_hoi_nghi_ttxvn", 1200, "tỷ đồng", ("funding", "equipment")),
])
def test_resources_promised_are_commitments(examples: dict[str, Extraction], stem: str, amount: float,
                                            unit: str, kind: str | tuple[str, ...]) -> None:
    # count nouns are kept as written ("xe ô tô chuyên dùng" may keep more words than "xe")
    matches = [c for c in examples[stem].commitments
               if c.amount == amount and c.unit is not None and c.unit.startswith(unit)]
    assert matches, [(c.amount, c.unit, c.text) for c in examples[stem].commitments]
    assert matches[0].kind in ((kind,) if isinstance(kind, str) else kind)


def test_commitments_name_who_gives_and_who_receives(examples: dict[str, Extraction]) -> None:
    staffing = item_with_value(examples["bac_giang_2021_lam_viec"].commitments, 800, "amount")
    assert staffing.giver == "Bộ Công an"
    assert staffing.receiver is not None and "Công an tỉnh Bắc Giang" in staffing.receiver
    province_share = item_with_value(examples["binh_thuan_2022_kiem_tra"].commitments, 300, "amount")
    assert province_share.giver is not None and "Bình Thuận" in province_share.giver


def test_legal_references_numbered_dated_and_named(examples: dict[str, Extraction]) -> None:
    bg21 = examples["bac_giang_2021_lam_viec"]
    plan = next(r for r in bg21.legal_refs if r.symbol == "486/KH-BCA-C04")
    assert (plan.kind, plan.number, plan.date) == ("plan", "486", "2020-11-18")
    assert plan.text.startswith("Kế hoạch số 486/KH-BCA-C04 ngày 18.11.2020")
    congress = next(r for r in bg21.legal_refs if r.text.startswith("Nghị quyết Đại hội XIII"))
    assert (congress.kind, congress.number) == ("resolution", None)
    assert congress.name is not None and "Đại hội XIII" in congress.name

    bg23 = examples["bac_giang_2023_tong_ket"]
    nq12 = next(r for r in bg23.legal_refs if r.symbol == "12-NQ/TW")
    assert (nq12.kind, nq12.number, nq12.date) == ("resolution", "12", "2022-03-16")
    assert nq12.issuer == "Bộ Chính trị"
    de_an = [r for r in bg23.legal_refs if r.kind == "project"]
    assert de_an and all(r.number == "06" and r.issuer == "Chính phủ" for r in de_an)

    ha_giang = examples["ha_giang_2024_lam_viec"]
    ct46 = next(r for r in ha_giang.legal_refs if r.symbol == "46-CT/TW")
    assert (ct46.kind, ct46.date, ct46.issuer) == ("directive", "2015-06-22", "Bộ Chính trị")


def then_and_now(loc) -> tuple[str | None, str | None, str | None]:
    """A province's code at the report's date, and its name and code after the 2025 reorganisation."""
    return (loc.code, short_name(loc.current_name), loc.current_code)


def test_merged_provinces_lower_levels_and_abbreviations_resolve(examples: dict[str, Extraction]) -> None:
    bac_giang = locality(examples["bac_giang_2021_lam_viec"], "Bắc Giang")
    assert then_and_now(bac_giang) == ("24", "Bắc Ninh", "24")

    bt = examples["binh_thuan_2022_kiem_tra"]
    binh_thuan = locality(bt, "Bình Thuận")
    assert then_and_now(binh_thuan) == ("60", "Lâm Đồng", "68")
    assert (locality(bt, "Phú Thủy").level, locality(bt, "Phú Thủy").code) == ("commune", "22924")
    assert (locality(bt, "Phan Thiết").level, locality(bt, "Phan Thiết").code) == ("district", "593")

    hg = examples["ha_giang_2024_lam_viec"]
    ha_giang = locality(hg, "Hà Giang")
    assert then_and_now(ha_giang) == ("02", "Tuyên Quang", "08")
    assert (locality(hg, "Lũng Cú").level, locality(hg, "Lũng Cú").code) == ("commune", "00715")
    assert locality(hg, "Mèo Vạc").code == "027"
    assert locality(hg, "Quảng Tây").level == "region"
    assert locality(hg, "Trung Quốc").level == "country"

    hcm_ex = examples["tphcm_2022_hoi_nghi_ttxvn"]
    hcm = locality(hcm_ex, "Hồ Chí Minh")
    assert (hcm.level, hcm.code) == ("province", "79")
    assert "TP.HCM" in [hcm_ex.document.text[s:e] for s, e in hcm.mentions]
    assert locality(hcm_ex, "Bến Nghé").code == "26740"


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_two_outlets_report_the_same_conference_as_near_duplicates(examples: dict[str, Extraction]) -> None:
    wire = examples["tphcm_2022_hoi_nghi_ttxvn"]
    other = examples["tphcm_2022_hoi_nghi_bao_khac"]
    assert wire.document.id != other.document.id
    a, b = shingles(wire.document.text), shingles(other.document.text)
    assert len(a & b) / len(a | b) > 0.6
    unrelated = shingles(examples["bac_giang_2021_lam_viec"].document.text)
    assert len(a & unrelated) / len(a | unrelated) < 0.2
    # the same facts come out of both tellings
    assert {p.name for p in wire.people} == {p.name for p in other.people}
    def amounts(ex: Extraction) -> list[tuple]:
        return sorted((c.amount, c.unit) for c in ex.commitments)

    assert amounts(wire) == amounts(other)
    assert sorted(i.value for i in wire.indicators) == sorted(i.value for i in other.indicators)
    assert wire.events[0].type == other.events[0].type == "conference"
