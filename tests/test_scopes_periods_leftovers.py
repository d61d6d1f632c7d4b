"""Leftover classes of scopes, periods and goals (round 15's pass): short sentences in the genre."""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Extraction, grounding_errors


def _extract(text: str, date: str) -> Extraction:
    ex = extract_document(Document.from_text(text, source="test", date=date))
    assert grounding_errors(ex) == []
    return ex


def test_a_minister_s_figures_after_a_deputy_s_provincial_figure_are_the_country_s() -> None:
    ex = _extract(
        "Sáng 5/6, Quốc hội chất vấn nhóm vấn đề về trật tự, an toàn giao thông.\n\n"
        "Đại biểu Lê Văn Nam (đoàn tỉnh Nghệ An) cho biết, 5 tháng năm 2024, tỉnh Nghệ An xảy ra 120 vụ "
        "tai nạn giao thông.\n\n"
        "Bộ trưởng Lương Tam Quang cho biết, 5 tháng năm 2024, lực lượng công an đã khởi tố 1.500 vụ án, bắt "
        "2.300 đối tượng.\n\n"
        "Thứ trưởng cho biết thêm, lực lượng chức năng đã xử lý 900.000 trường hợp vi phạm.", date="2024-06")
    scopes = {i.value: i.scope for i in ex.indicators}
    assert scopes[120] == "Nghệ An"
    assert (scopes[1500], scopes[2300], scopes[900000]) == (None, None, None)
