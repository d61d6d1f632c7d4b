"""Legal references: a project or programme cited by a long title that holds a word which would end a shorter
one ("về", "trên", "phục vụ"), closed by its stage and its vision year ("giai đoạn 2023 - 2025, tầm nhìn đến
năm 2030"), with no short name after it."""

from __future__ import annotations

from chidao.extract.context import Context
from chidao.extract.legal_refs import extract_legal_refs
from chidao.model import Document, LegalRef


def refs(text: str) -> list[LegalRef]:
    document = Document.from_text(text, source="test", date="2024-05")
    return extract_legal_refs(document, Context.for_document(document))


def test_a_project_by_its_long_title_and_vision_year() -> None:
    text = ("Sáng 3/4, Công an tỉnh sơ kết việc thực hiện Đề án nâng cao năng lực phòng ngừa tội phạm "
            "về môi trường trên địa bàn nông thôn giai đoạn 2023 - 2025, tầm nhìn đến năm 2030. Đại tá Lê "
            "Văn Ba chủ trì.")
    found = refs(text)
    assert [(r.kind, r.number, r.date, r.issuer) for r in found] == [("project", None, None, None)]
    assert found[0].text.endswith("giai đoạn 2023 - 2025, tầm nhìn đến năm 2030")
    assert found[0].text.startswith("Đề án nâng cao năng lực")


def test_a_programme_by_its_long_title_and_vision_year() -> None:
    text = ("Huyện triển khai Chương trình hỗ trợ người lao động về nước sau khi bị lừa ra nước ngoài giai "
            "đoạn 2024 - 2026 tầm nhìn đến năm 2030, giao Công an huyện chủ trì.")
    found = refs(text)
    assert [r.kind for r in found] == ["programme"]
    assert found[0].text.endswith("2024 - 2026 tầm nhìn đến năm 2030")


def test_a_long_title_needs_its_term() -> None:
    # a year alone does not close a title read past "về": "Đề án … về trụ sở năm 2024" is none
    assert refs("Tỉnh họp về Đề án xây dựng nhà làm việc về trụ sở của các xã năm 2024 vào sáng nay.") == []
    # a capitalised word stops the title: "Chương trình công tác của Ban … giai đoạn" is none
    assert refs("Thông qua Chương trình công tác của Ban giai đoạn 2021 - 2025, hội nghị bế mạc.") == []


def test_with_its_short_name_in_brackets_the_short_name_is_the_reference() -> None:
    text = ("Hội nghị sơ kết Đề án ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử giai đoạn "
            "2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06) do Công an tỉnh chủ trì.")
    assert [(r.kind, r.number, r.text) for r in refs(text)] == [("project", "06", "Đề án 06")]
