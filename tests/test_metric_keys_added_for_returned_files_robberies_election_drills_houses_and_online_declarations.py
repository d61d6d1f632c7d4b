"""Metric keys the gold used with no row in metrics.tsv until branch keys60: cases returned for further
investigation, robberies, election drills, the Project 06 ranking, offline computers for secret papers,
houses built for the poor, online residence declarations, online trials and escape routes. Sentences written
for these tests, in the genre's several phrasings."""

from __future__ import annotations

from chidao.extract.metrics import find_metrics
from chidao.extract.pipeline import extract_document
from chidao.model import Document, Extraction, grounding_errors


def _extract(text: str) -> Extraction:
    extraction = extract_document(Document.from_text(text, source="test", date="2023-01"))
    assert grounding_errors(extraction) == []
    return extraction


def _indicator_keys(text: str) -> list[tuple[str | None, float]]:
    return [(i.metric_key, i.value) for i in _extract(text).indicators]


def _target_keys(text: str) -> list[tuple[str | None, float]]:
    return [(t.metric_key, t.value) for t in _extract(text).targets]


def test_cases_returned_for_further_investigation_counted_in_cases() -> None:
    text = ("Năm 2022, Công an tỉnh đã điều tra, làm rõ 320 vụ phạm tội về trật tự xã hội. Số vụ án phải "
            "trả hồ sơ điều tra bổ sung là 7 vụ, giảm 3 vụ so với năm 2021.")
    assert _indicator_keys(text) == [("cases_solved", 320), ("cases_returned", 7), ("cases_returned", 3)]


def test_robberies_written_as_cuop_giat_or_cuop_tai_san() -> None:
    text = ("Năm 2022, trên địa bàn huyện xảy ra 5 vụ cướp tài sản, giảm 2 vụ so với cùng kỳ; "
            "tội phạm về trật tự xã hội giảm 12 vụ.")
    keys = _indicator_keys(text)
    assert ("robberies", 5) in keys
    assert ("social_order_crime", 12) in keys


def test_election_drills_and_online_residence_declarations_as_goals() -> None:
    text = ("Giám đốc Công an tỉnh yêu cầu Công an các địa phương hoàn thành diễn tập phương án bảo vệ "
            "bầu cử tại 100% xã, phường trước ngày 15/4/2023; phấn đấu đến hết năm 2023 có 100% cơ sở "
            "lưu trú khai báo lưu trú qua mạng.")
    assert _target_keys(text) == [("election_drill_rate", 100), ("online_residence_declaration_rate", 100)]


def test_offline_computers_for_secret_papers_and_escape_routes_as_goals() -> None:
    text = ("Ban Chỉ đạo yêu cầu trong năm 2023 bảo đảm 100% máy tính soạn thảo tài liệu mật không kết "
            "nối Internet. Công an tỉnh phấn đấu đến cuối năm 2023 có 100% nhà ở kết hợp kinh doanh có "
            "lối thoát hiểm.")
    assert _target_keys(text) == [("offline_secret_computer_rate", 100), ("fire_escape_plan_rate", 100)]


def test_online_trials_reported() -> None:
    text = ("Trong năm 2022, lực lượng Công an tỉnh đã phối hợp xây dựng 35 nhà đại đoàn kết cho hộ "
            "nghèo. Tòa án nhân dân tỉnh đã tổ chức 12 phiên tòa xét xử trực tuyến.")
    assert ("online_trials", 12) in _indicator_keys(text)


def test_houses_for_the_poor_are_named_by_their_kinds() -> None:
    for phrase in ("35 căn nhà đại đoàn kết", "12 nhà tình nghĩa", "40 căn nhà cho hộ nghèo",
                   "8 ngôi nhà tình thương"):
        assert [m.key for m in find_metrics(phrase, 0, len(phrase))] == ["houses_built"]


def test_the_project_06_ranking_is_named_in_its_ways() -> None:
    for phrase in ("nhóm 15 tỉnh dẫn đầu cả nước về thực hiện Đề án 06",
                   "top 5 địa phương dẫn đầu về thực hiện Đề án 06"):
        assert [m.key for m in find_metrics(phrase, 0, len(phrase))] == ["dean06_rank"]
