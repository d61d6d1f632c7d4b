"""Legal references: the issuer of a reference inside a working group's name, of a document a People's
Committee written bare issues as the sentence's subject, of a province's Party committee as its resolutions
name it, and the date of a document signed on the day its sentence opens with."""

from __future__ import annotations

from chidao.extract.context import Context
from chidao.extract.legal_refs import extract_legal_refs
from chidao.model import Document, LegalRef


def refs(text: str, date: str = "2024-05") -> list[LegalRef]:
    document = Document.from_text(text, source="test", date=date)
    found = extract_legal_refs(document, Context.for_document(document))
    for ref in found:
        assert document.text[ref.span[0]:ref.span[1]] == ref.text
    return found


def test_a_reference_inside_a_working_groups_name_has_no_issuer_from_the_group() -> None:
    found = refs("Sáng 5/3, Tổ công tác thực hiện Đề án 06 của Bộ Công an làm việc với Công an tỉnh.")
    assert [(r.text, r.issuer) for r in found] == [("Đề án 06", None)]
    # its symbol still names its issuer
    found = refs("Tổ công tác triển khai Nghị quyết số 12/NQ-CP của Ủy ban nhân dân tỉnh họp sáng nay.")
    assert [(r.text, r.issuer) for r in found] == [("Nghị quyết số 12/NQ-CP", "Chính phủ")]
    # a steering committee's "của" stays the document's: "Chỉ thị 05-CT/TW của Bộ Chính trị"
    found = refs("Ban Chỉ đạo thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị tỉnh họp phiên thứ nhất.")
    assert [r.issuer for r in found] == ["Bộ Chính trị"]


def test_a_bare_committee_as_subject_is_named_as_the_report_names_it() -> None:
    text = ("Sáng 2/8, ông Trần Văn Minh, Chủ tịch UBND thành phố Cần Thơ chủ trì họp khẩn sau vụ cháy. "
            "Cuối buổi, UBND thành phố ban hành Công điện số 07/CĐ-UBND về kiểm tra an toàn phòng cháy "
            "các nhà trọ.")
    assert [r.issuer for r in refs(text)] == ["UBND thành phố Cần Thơ"]
    # never named in full: the body its symbol gives
    assert [r.issuer for r in refs("Hôm qua, UBND tỉnh ban hành Công điện số 02/CĐ-UBND về mưa lũ.")] == [
        "Ủy ban nhân dân"]


def test_a_provinces_party_committee_as_issuer_and_the_day_it_was_signed() -> None:
    text = ("Ngày 3/10/2024, đồng chí Nguyễn Văn Tâm, Bí thư Tỉnh ủy, ký ban hành Nghị quyết số 09-NQ/TU "
            "của Ban Chấp hành Đảng bộ tỉnh về phòng, chống tội phạm đến năm 2030.")
    assert [(r.date, r.issuer) for r in refs(text)] == [("2024-10-03", "Ban Chấp hành Đảng bộ tỉnh")]
    # a date of its own is kept
    text = "Ngày 3/10/2024, Giám đốc Công an tỉnh ký ban hành Kế hoạch số 120/KH-CAT ngày 1/10/2024 về việc."
    assert [r.date for r in refs(text)] == ["2024-10-01"]
