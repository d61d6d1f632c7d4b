"""Round 40's people, bodies, places and events (branch fix40): a Cambodian or Lao provincial police
office as the older Vietnamese press named it ("Ty Cảnh sát tỉnh …", headed by its "Ty trưởng"), a Lao
province written without its circumflex, a position written in lower case before its body, the title of
the one reported to ("Báo cáo với Bộ trưởng, Đại tá X, …": X is not Bộ trưởng) and a delegation's
same-day field survey as an event of its own.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_reading import extracted


def test_a_cambodian_ty_office_and_its_head_with_a_khmer_name() -> None:
    text = ("Ngày 12.5, tại TP Châu Đốc, Công an tỉnh An Giang và Ty Cảnh sát tỉnh Takeo (Campuchia) tổ chức "
            "hội đàm. Đại tá Lê Văn Hòa, Phó Giám đốc Công an tỉnh An Giang, và thiếu tướng Sok Phal, Ty "
            "trưởng Ty Cảnh sát tỉnh Takeo, đồng chủ trì. Đại tá Nuon Dara, Phó Ty trưởng Ty Cảnh sát tỉnh "
            "Takeo, phát biểu.")
    ex = extracted(text, "2012-05-13")
    names = [o.name for o in ex.organizations]
    assert "Ty Cảnh sát tỉnh Takeo" in names
    assert "Cảnh sát tỉnh Takeo" not in names
    people = {p.name: (p.ranks, p.positions) for p in ex.people}
    assert people["Sok Phal"] == (("Thiếu tướng",), ("Ty trưởng Ty Cảnh sát tỉnh Takeo",))
    assert people["Nuon Dara"] == (("Đại tá",), ("Phó Ty trưởng Ty Cảnh sát tỉnh Takeo",))


def test_a_lao_province_written_without_its_circumflex() -> None:
    text = ("Các đường dây đưa heroin từ tỉnh Phong Sa Lỳ (Lào) qua lối mở vào huyện Mường Nhé "
            "đã bị triệt phá.")
    ex = extracted(text, "2015-03-02")
    place = next(p for p in ex.localities if p.name == "Phông Sa Lỳ")
    assert [text[s:e] for s, e in place.mentions] == ["Phong Sa Lỳ"]


@pytest.mark.parametrize(("sentence", "position"), [
    ("Dự buổi lễ có thiếu tướng Nguyễn Văn Sơn, phó tổng cục trưởng Tổng cục Cảnh sát, và lãnh đạo "
     "thành phố.",
     "Phó Tổng cục trưởng Tổng cục Cảnh sát"),
    ("Theo thiếu tướng Lê Minh Hải, giám đốc Công an TP.HCM, số vụ trộm cắp đã giảm.",
     "Giám đốc Công an TP.HCM"),
    ("Ông Phạm Văn Đông, chủ tịch UBND quận 5, cho biết quận đã lắp thêm camera.", "Chủ tịch UBND quận 5"),
])
def test_a_position_in_lower_case_before_its_body(sentence: str, position: str) -> None:
    ex = extracted(sentence, "2016-01-13")
    assert [p.positions for p in ex.people] == [(position,)]


def test_a_position_in_lower_case_with_no_body_is_not_read() -> None:
    ex = extracted("Theo đại tá Lê Minh Hải, phó tổng cục trưởng, số vụ trộm cắp đã giảm.", "2016-01-13")
    assert [p.positions for p in ex.people] == [()]


@pytest.mark.parametrize("opening", ["Báo cáo với Bộ trưởng", "Báo cáo Bộ trưởng", "Trả lời Bộ trưởng"])
def test_the_title_of_the_one_reported_to_is_not_the_speakers(opening: str) -> None:
    text = (f"Sáng 5-4, Bộ trưởng Công an Trần Văn Minh làm việc với Công an tỉnh Hà Tĩnh. {opening}, "
            "Đại tá Đinh Văn Thắng, Giám đốc Công an tỉnh, cho biết tội phạm ma túy tăng. Bộ trưởng giao "
            "Cục Cảnh sát điều tra tội phạm về ma túy hỗ trợ Công an tỉnh.")
    ex = extracted(text, "2013-04-06")
    people = {p.name: p.positions for p in ex.people}
    assert people["Đinh Văn Thắng"] == ("Giám đốc Công an tỉnh",)
    assert [d.speaker for d in ex.directives if d.verb == "giao"] == ["Trần Văn Minh"]


def test_a_same_day_field_survey_is_an_inspection_of_its_own() -> None:
    text = ("Sáng 14-8, đoàn giám sát của Ủy ban Quốc phòng và An ninh do ông Lê Văn Tâm, Phó Chủ nhiệm "
            "Ủy ban, làm trưởng đoàn làm việc với Công an tỉnh Cao Bằng. Đại tá Hà Văn Cường báo cáo kết "
            "quả. Cùng ngày, đoàn đã khảo sát thực tế tại Công an huyện Hòa An.")
    ex = extracted(text, "2015-08-15")
    assert [(e.type, e.date, e.place, e.leader) for e in ex.events] == [
        ("working_session", "2015-08-14", None, "Lê Văn Tâm"),
        ("inspection", "2015-08-14", "Công an huyện Hòa An", "Lê Văn Tâm")]


def test_a_survey_of_opinion_is_no_event() -> None:
    text = ("Sáng 14-8, Công an tỉnh Cao Bằng tổ chức hội nghị sơ kết. Cùng ngày, Công an tỉnh khảo sát "
            "ý kiến 300 người dân về an ninh trật tự.")
    ex = extracted(text, "2015-08-15")
    assert [e.type for e in ex.events] == ["conference"]
