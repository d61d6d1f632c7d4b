"""Directives of round 26's classes: agreements and bodies' requests inside another frame, pledges,
questions and past requests that ask nothing, a list's lead-in, quoted headings and addressees.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Directive, Document
from chidao.text.normalize import normalize_text


def _directives(text: str, date: str = "2024-03") -> list[Directive]:
    document = Document.from_text(normalize_text(text).strip(), "t.txt", date=date)
    found = extract_document(document).directives
    for d in found:
        assert document.text[d.span[0]:d.span[1]] == d.text
    return found


def _read(found: list[Directive]) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.speaker, d.verb, d.addressee) for d in found]


def test_a_bodys_request_after_its_first_verb_and_a_year_is_a_directive() -> None:
    found = _directives(
        "Sáng 12/1, Cụm thi đua số 3 Công an các tỉnh Tây Nguyên tổng kết công tác năm 2023.\n\n"
        "Hội nghị đã bình xét Công an tỉnh Gia Lai dẫn đầu phong trào thi đua năm 2023, đề nghị Bộ Công an "
        "tặng Cờ thi đua. Năm qua, các đơn vị ban hành 146 kiến nghị phòng ngừa vi phạm.")
    assert _read(found) == [(None, "đề nghị", "Bộ Công an")]


def test_an_agreement_after_a_frame_is_the_bodys_agreement() -> None:
    found = _directives(
        "Sáng 8/1, Cụm thi đua số 2 Công an các tỉnh miền Trung tổng kết công tác năm 2023.\n\n"
        "Lãnh đạo Công an 4 tỉnh đã ký giao ước thi đua năm 2024. Theo đó, Công an các tỉnh trong Cụm thống "
        "nhất phấn đấu kéo giảm ít nhất 3% số vụ phạm tội về trật tự xã hội.\n\n"
        "Giám đốc Công an tỉnh Quảng Trị Nguyễn Văn Tuấn cho biết, UBND tỉnh đã thống nhất bố trí 40 tỷ "
        "đồng để xây dựng trụ sở Công an xã.\n\n"
        "Theo ông Tuấn, hội nghị đã thống nhất dành 2 tỷ đồng để khen thưởng các điển hình.")
    assert _read(found) == [
        (None, "thống nhất", "Công an các tỉnh trong Cụm"), (None, "thống nhất", "UBND tỉnh"),
        (None, "thống nhất", "hội nghị")]


def test_an_agreement_about_a_report_is_no_bodys_agreement() -> None:
    found = _directives(
        "Sáng 8/1, Công an tỉnh Quảng Trị tổng kết công tác bảo đảm an ninh, trật tự năm 2023.\n\n"
        "Theo đó, các đại biểu nhất trí với báo cáo tổng kết của Công an tỉnh.\n\n"
        "Giám đốc Công an tỉnh cho biết, Công an tỉnh đã thống nhất cao trong chỉ đạo điều hành.")
    assert _read(found) == []


def test_a_named_officials_agreement_to_give_or_consent_that_a_body_acts_is_his_directive() -> None:
    found = _directives(
        "Chiều 5/3, UBND tỉnh Quảng Nam họp bàn giải pháp bảo đảm trật tự, an toàn giao thông.\n\n"
        "Phó Chủ tịch UBND tỉnh Trần Văn Hải thống nhất bố trí 3 tỷ đồng để xử lý các điểm đen giao thông. "
        "Ông đồng ý để Sở Giao thông vận tải lắp đặt thêm 40 biển cảnh báo trên Quốc lộ 1.\n\n"
        "Giám đốc Công an tỉnh Lê Văn Bình đồng ý bổ sung 20 cán bộ cho Đội Cảnh sát giao thông.")
    assert _read(found) == [
        ("Trần Văn Hải", "thống nhất", None), ("Trần Văn Hải", "đồng ý", "Sở Giao thông vận tải")]
