"""A figure in a clause opened by "sau khi" after a request tells what was done, no goal. Sentences written
for this test."""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, grounding_errors


def test_a_count_after_sau_khi_in_a_request_is_no_goal() -> None:
    text = ("Tại hội nghị về phòng, chống ma túy, Thứ trưởng yêu cầu các địa phương không để hình thành "
            "địa bàn phức tạp mới về ma túy, sau khi 6 tháng qua cả nước phát hiện hơn 11.500 vụ.")
    extraction = extract_document(Document.from_text(text, source="test", date="2020-07"))
    assert grounding_errors(extraction) == []
    assert extraction.targets == []


def test_a_goal_before_sau_khi_stays_one() -> None:
    text = ("Tại hội nghị về phòng, chống ma túy, Giám đốc Công an tỉnh yêu cầu phấn đấu kéo giảm ít nhất 5% "
            "số vụ phạm tội về ma túy sau khi hoàn thành đợt cao điểm.")
    extraction = extract_document(Document.from_text(text, source="test", date="2020-07"))
    assert [t.value for t in extraction.targets] == [5]
