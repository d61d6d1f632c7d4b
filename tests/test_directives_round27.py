"""Directives of round 27's classes: a summarised directive's task paragraphs, the document named as
the subject of a verb of saying, pledges, results and case steps that ask nothing, quoted rules and
addressees.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Directive, Document
from chidao.text.normalize import normalize_text


def _directives(text: str, date: str = "2024-12") -> list[Directive]:
    document = Document.from_text(normalize_text(text).strip(), "t.txt", date=date)
    found = extract_document(document).directives
    for d in found:
        assert document.text[d.span[0]:d.span[1]] == d.text
    return found


def _read(found: list[Directive]) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.speaker, d.verb, d.addressee) for d in found]


def test_task_paragraphs_singling_out_a_part_with_nhat_la_carry_the_signers_request() -> None:
    found = _directives(
        "Ngày 5-12, Chủ tịch UBND tỉnh Trần Văn Nam đã ký Chỉ thị số 9/CT-UBND về an ninh dịp Tết.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:\n\n"
        "Công an tỉnh chủ trì mở đợt cao điểm trấn áp tội phạm; phấn đấu kéo giảm số vụ trộm cắp.\n\n"
        "Bộ Chỉ huy Quân sự tỉnh tăng cường tuần tra, nhất là tại các xã vùng sâu.\n\n"
        "Sở Công Thương phối hợp với Công an tỉnh kiểm tra các chợ đầu mối.")
    assert _read(found)[1:] == [
        ("Trần Văn Nam", None, "Công an tỉnh"), ("Trần Văn Nam", None, "Bộ Chỉ huy Quân sự tỉnh"),
        ("Trần Văn Nam", None, "Sở Công Thương")]


def test_a_document_named_before_its_verb_of_saying_gives_no_directive_verb() -> None:
    found = _directives(
        "Ngày 5-12, Chủ tịch UBND tỉnh Trần Văn Nam đã ký Chỉ thị số 9/CT-UBND về an ninh dịp Tết.\n\n"
        "Chỉ thị nêu rõ, UBND tỉnh sẽ bố trí 1 tỷ đồng cho Công an tỉnh để khen thưởng.")
    assert all(d.verb != "chỉ thị" for d in found)
    assert _read(found) == []
