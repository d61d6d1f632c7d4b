"""Goal deadlines: "Về nhiệm vụ 6 tháng cuối năm, …" and "trong tháng hành động, …" frame the goals after them
with the report's year, which an undated report takes from the part of a year its title or lead reviews ("6
tháng đầu năm 2021") or the action month it opens ("Tháng hành động … năm 2014"). Sentences written for
these tests."""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Target, grounding_errors


def _targets(text: str, date: str | None = None) -> list[Target]:
    extraction = extract_document(Document.from_text(text, source="test", date=date))
    assert grounding_errors(extraction) == []
    return extraction.targets


def test_the_second_half_of_an_undated_mid_year_review_is_its_year() -> None:
    text = ("Quảng Ninh: 6 tháng đầu năm 2019, tai nạn giao thông giảm 3 vụ\n\n"
            "Sáng 10/7, Công an tỉnh Quảng Ninh họp báo thông tin kết quả bảo đảm an ninh, trật tự 6 tháng "
            "đầu năm 2019.\n\n"
            "Về nhiệm vụ 6 tháng cuối năm, Công an tỉnh phấn đấu kéo giảm ít nhất 4% số vụ trộm cắp.")
    assert [(t.value, t.deadline) for t in _targets(text)] == [(4, "2019")]


def test_goals_of_an_action_month_opened_in_an_undated_report_take_its_year() -> None:
    text = ("Phát động Tháng hành động phòng, chống ma túy năm 2016\n\n"
            "Sáng 20.6, Ban Chỉ đạo phòng, chống tội phạm tỉnh Long An tổ chức lễ phát động Tháng hành "
            "động phòng, chống ma túy.\n\n"
            "Theo kế hoạch, trong tháng hành động, tỉnh phấn đấu đưa ít nhất 120 người nghiện vào cai nghiện "
            "bắt buộc.")
    assert [(t.value, t.deadline) for t in _targets(text)] == [(120, "2016")]



def test_a_goal_to_be_met_before_a_year_is_due_by_the_end_of_the_year_before() -> None:
    text = ("Tại hội nghị về an ninh, trật tự, Giám đốc Công an tỉnh yêu cầu hoàn thành xây dựng trụ sở cho "
            "100% Công an xã trước năm 2022.")
    assert [(t.value, t.deadline) for t in _targets(text, "2020-05")] == [(100, "2021")]
    text = ("Tại hội nghị về an ninh, trật tự, Giám đốc Công an tỉnh yêu cầu hoàn thành xây dựng trụ sở cho "
            "100% Công an xã trong năm 2022.")
    assert [(t.value, t.deadline) for t in _targets(text, "2020-05")] == [(100, "2022")]
