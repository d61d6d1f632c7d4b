"""Target keys: a clearance rate of named cases, a rate that a share's own words open after a goal on another
rate, phrasings of existing keys ("có N% xã … đạt chuẩn", "không có tệ nạn ma túy", …), and the flaws an
inspection found and asked to put right (no goal). Sentences written for these tests."""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Target, grounding_errors


def _targets(text: str) -> list[Target]:
    extraction = extract_document(Document.from_text(text, source="test", date="2020-01"))
    assert grounding_errors(extraction) == []
    return extraction.targets


def _keys(text: str) -> list[tuple[str | None, float]]:
    return [(t.metric_key, t.value) for t in _targets(text)]


def test_a_share_raised_is_the_clearance_rate_not_the_count_of_the_cases_it_is_of() -> None:
    text = ("Tại hội nghị sơ kết công tác bảo đảm an ninh, trật tự, Giám đốc Công an tỉnh yêu cầu các đơn vị "
            "phấn đấu nâng tỷ lệ điều tra làm rõ các vụ trộm cắp tài sản lên trên 80%.")
    assert _keys(text) == [("case_clearance_rate", 80)]


def test_a_fraud_clearance_rate_written_with_lam_ro() -> None:
    text = ("Giám đốc Công an tỉnh yêu cầu trong năm 2020 nâng tỷ lệ điều tra, làm rõ các vụ lừa "
            "đảo chiếm đoạt tài sản lên trên 55%.")
    assert _keys(text) == [("fraud_clearance_rate", 55)]


def test_a_rate_the_share_opens_wins_over_the_rate_of_the_goal_before() -> None:
    text = ("Phát biểu kết luận, Giám đốc Công an tỉnh yêu cầu các đơn vị phấn đấu năm 2020 tỷ lệ điều "
            "tra khám phá án đạt trên 80%, triệt xóa 100% điểm, tụ điểm mua bán ma túy đã phát hiện.")
    assert _keys(text) == [("case_clearance_rate", 80), ("drug_hotspots_cleared_rate", 100)]


def test_communes_meeting_the_standard_and_free_of_drug_vice_and_vessels_violating_foreign_waters() -> None:
    text = ("Tại hội nghị về an ninh, trật tự, Công an tỉnh phấn đấu đến cuối năm 2020 có trên "
            "70% xã, phường, thị trấn đạt chuẩn an toàn về an ninh, trật tự.")
    assert _keys(text) == [("safe_communes_rate", 70)]
    text = ("Tại hội nghị về ma túy, Công an tỉnh phấn đấu đến năm 2025 có 40% số xã, phường, thị "
            "trấn không có tệ nạn ma túy.")
    assert _keys(text) == [("drug_free_communes", 40)]
    text = ("Tại hội nghị về phòng, chống tội phạm trên biển, Bộ đội Biên phòng tỉnh phấn đấu trong năm 2020 "
            "giảm ít nhất 20% số tàu cá vi phạm vùng biển nước ngoài so với năm 2019.")
    assert _keys(text) == [("fishermen_detained_abroad", 20)]


def test_flaws_an_inspection_found_and_asked_to_put_right_are_no_goal() -> None:
    text = ("Đoàn kiểm tra liên ngành về phòng cháy, chữa cháy của Công an tỉnh kiểm tra 60 cơ sở, phát "
            "hiện và yêu cầu khắc phục 25 thiếu sót.")
    assert _targets(text) == []
    text = ("Đoàn kiểm tra liên ngành về phòng cháy, chữa cháy của Công an tỉnh kiểm tra 60 cơ sở, phát "
            "hiện, yêu cầu khắc phục 25 thiếu sót.")
    assert _targets(text) == []


def test_homes_that_also_house_a_business_inspected_are_premises_inspected_for_fire() -> None:
    text = ("Tại hội nghị về phòng cháy, chữa cháy, Giám đốc Công an tỉnh yêu cầu các đơn vị rà soát, "
            "kiểm tra 100% nhà ở kết hợp kinh doanh trên địa bàn, hoàn thành trong quý III năm 2020.")
    assert _keys(text) == [("fire_safety_inspection_rate", 100)]
