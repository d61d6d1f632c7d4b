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
