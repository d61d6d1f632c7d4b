"""Clearance rates of a named kind of crime (branch rates60): a rate or share of solving whose cases a crime
with a clearance row names takes that crime's clearance key (usury, trafficking, robbery); the general
case_clearance_rate stays where no crime, or one with no clearance row, is named. Sentences written for these
tests."""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, grounding_errors


def _keys(text: str, kind: str) -> list[tuple[str | None, float]]:
    extraction = extract_document(Document.from_text(text, source="test", date="2024-01"))
    assert grounding_errors(extraction) == []
    return [(i.metric_key, i.value) for i in getattr(extraction, kind)]


def test_a_goal_share_of_named_cases_solved_takes_the_crimes_clearance_rate() -> None:
    text = ("Năm 2024, phấn đấu điều tra, làm rõ trên 90% số vụ cho vay lãi nặng được phát hiện; nâng tỷ lệ "
            "điều tra khám phá án mua bán người lên trên 85%.")
    assert _keys(text, "targets") == [("usury_clearance_rate", 90), ("trafficking_clearance_rate", 85)]


def test_a_part_of_a_general_rate_named_by_its_crime_takes_that_crimes_rate() -> None:
    text = ("Năm 2023, tỷ lệ điều tra khám phá án về trật tự xã hội đạt trên 80%, riêng án cướp giật tài sản "
            "đạt trên 92%. Tỷ lệ làm rõ án cướp tài sản đạt 95%.")
    assert _keys(text, "indicators") == [("case_clearance_rate", 80), ("robbery_clearance_rate", 92),
                                         ("robbery_clearance_rate", 95)]


def test_results_of_named_cases_solved_and_the_general_rate_left_alone() -> None:
    text = ("Năm 2023, lực lượng Công an đã điều tra, làm rõ 94% số vụ mua bán người; tỷ lệ điều tra, làm rõ "
            "các vụ cho vay lãi nặng đạt 91,5%. Tỷ lệ điều tra, khám phá án đạt trên 75%.")
    assert _keys(text, "indicators") == [("trafficking_clearance_rate", 94), ("usury_clearance_rate", 91.5),
                                         ("case_clearance_rate", 75)]


def test_a_count_of_a_named_crime_is_no_clearance_rate() -> None:
    text = "Năm 2023, số vụ cho vay lãi nặng giảm 12% so với năm 2022; bắt giữ 40 vụ mua bán người."
    assert [k for k, _ in _keys(text, "indicators")] == ["usury", "human_trafficking"]
