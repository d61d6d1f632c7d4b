"""Rounds 30-31's classes of indicators, targets, periods and scopes (round 15's pass): short sentences in
the genre, written for each rule."""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Extraction, grounding_errors


def _extract(text: str, date: str) -> Extraction:
    ex = extract_document(Document.from_text(text, source="test", date=date))
    assert grounding_errors(ex) == []
    return ex


def test_a_provincial_city_s_police_named_with_tp_holds_the_report_s_figures_and_goals() -> None:
    ex = _extract(
        "Công an TP Cẩm Phả tổng kết công tác năm 2021\n\n"
        "Chiều 28/12, Công an TP Cẩm Phả tổ chức hội nghị tổng kết công tác công an năm 2021.\n\n"
        "Năm 2021, trên địa bàn thành phố xảy ra 72 vụ phạm tội về trật tự xã hội; Công an thành phố "
        "đã điều tra, làm rõ 66 vụ.\n\n"
        "Năm 2022, Công an thành phố phấn đấu tỷ lệ điều tra, khám phá án đạt trên 85%.", date="2021-12")
    assert {i.value: i.scope for i in ex.indicators} == {72: "Cẩm Phả", 66: "Cẩm Phả"}
    assert [(t.value, t.scope) for t in ex.targets] == [(85, "Cẩm Phả")]


def test_the_national_assembly_in_an_election_s_words_holds_nothing() -> None:
    ex = _extract(
        "Ban Thường vụ Tỉnh ủy Cao Bằng kết luận về công tác bảo đảm an ninh, trật tự\n\n"
        "Tại cuộc họp ngày 9/6, Ban Thường vụ Tỉnh ủy đánh giá: cuộc bầu cử đại biểu Quốc hội khóa XV "
        "diễn ra an toàn; tội phạm về trật tự xã hội xảy ra 58 vụ, giảm 7 vụ so với cùng kỳ năm 2020.",
        date="2021-06")
    assert {i.scope for i in ex.indicators} == {"Cao Bằng"}
