"""Round 41's classes of names, bodies and places (branch fix41a): a decision named by its title and year
and its issuer, without "về"; a unit's code in brackets inside its name, then written after a position or
alone; a district's name inside a facility's name; and the place of an earlier incident a report's sentence
opens with.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

from chidao.extract.indicators import _without_subject_year


def _refs(text: str, date: str = "2016-09-02") -> list[tuple[str, str | None, str | None, str]]:
    return [(r.kind, r.date, r.issuer, r.text) for r in extracted(text, date).legal_refs]


def test_a_decision_by_its_title_year_and_issuer_without_about_is_one_reference() -> None:
    text = ("Sáng 1/9, Trại giam Thủ Đức tổ chức lễ công bố Quyết định đặc xá năm 2016 của Chủ tịch nước "
            "cho 215 phạm nhân.")
    assert _refs(text) == [("decision", "2016", "Chủ tịch nước",
                            "Quyết định đặc xá năm 2016 của Chủ tịch nước")]
    # another kind an issuer signs, its issuer a body
    text = ("Công an tỉnh quán triệt Chỉ thị tổng kiểm tra phương tiện năm 2016 của UBND tỉnh Bình Phước "
            "tới toàn lực lượng.")
    assert _refs(text) == [("directive", "2016", "UBND tỉnh Bình Phước",
                            "Chỉ thị tổng kiểm tra phương tiện năm 2016 của UBND tỉnh Bình Phước")]


def test_a_titled_year_without_an_issuer_or_in_lower_case_or_plural_is_no_reference() -> None:
    assert _refs("Quyết định thành lập năm 2010 đã giúp đơn vị ổn định tổ chức.") == []
    assert _refs("Trại giam nhận quyết định đặc xá năm 2016 của Chủ tịch nước cho 30 phạm nhân.") == []
    assert _refs("Đơn vị đã thực hiện các Quyết định khen thưởng năm 2016 của Chủ tịch nước.") == []


def test_a_titled_decisions_year_stays_readable_as_its_figures_period() -> None:
    # as "Quyết định về đặc xá năm 2025": the subject's year is left to the periods reader
    text = "Trại giam công bố Quyết định đặc xá năm 2016 của Chủ tịch nước cho 215 phạm nhân."
    ref = extracted(text, "2016-09-02").legal_refs[0]
    assert ref.name == "đặc xá năm 2016"
    start, end = _without_subject_year(ref)
    assert text[start:end] == "Quyết định đặc xá "


_FIRE_UNIT = ("Ngày 5/6, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07) Công an tỉnh Nghệ An "
              "kiểm tra an toàn phòng cháy tại các chợ trên địa bàn TP Vinh. Đoàn do Thiếu tá Lê Văn Hải, "
              "Phó Trưởng phòng PC07 làm trưởng đoàn.\n\nTừ đầu năm, lực lượng PC07 đã kiểm tra 420 cơ sở.")


def test_a_code_inside_a_units_name_is_that_unit_after_a_position_and_alone() -> None:
    ex = extracted(_FIRE_UNIT, "2020-06-06")
    text = ex.document.text
    names = {o.name: [text[s:e] for s, e in o.mentions] for o in ex.organizations}
    unit = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Nghệ An"
    assert names[unit][1:] == ["PC07", "PC07"]
    assert "Phòng PC07" not in names
    hai = next(p for p in ex.people if p.name == "Lê Văn Hải")
    assert "Phó Trưởng phòng PC07" in hai.positions


_AIRPORT = ("Ngày 9/7, Công an tỉnh Kiên Giang tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 công tác quản lý "
            "xuất nhập cảnh.\n\nBáo cáo cho biết, 6 tháng đầu năm 2024, qua Sân bay quốc tế Phú Quốc có hơn "
            "300.000 lượt người nước ngoài nhập cảnh, tăng 40% so với cùng kỳ năm 2023.\n\nĐại tá Nguyễn Văn "
            "An yêu cầu Công an TP Phú Quốc quản lý chặt người nước ngoài tạm trú.")


def test_a_district_inside_a_facilitys_name_is_no_mention_of_it_nor_the_figures_scope() -> None:
    ex = extracted(_AIRPORT, "2024-07-10")
    text = ex.document.text
    phu_quoc = next(loc for loc in ex.localities if loc.name == "Phú Quốc")
    assert [text[s - 3:e] for s, e in phu_quoc.mentions] == ["TP Phú Quốc"]
    assert [(i.text, i.scope) for i in ex.indicators] == [
        ("hơn 300.000 lượt người nước ngoài nhập cảnh", "Kiên Giang"),
        ("tăng 40% so với cùng kỳ năm 2023", "Kiên Giang")]


def test_a_district_after_a_facility_and_a_preposition_is_a_mention() -> None:
    ex = extracted("Ngày 9/7, Công an tỉnh Khánh Hòa kiểm tra cảng cá tại Cam Ranh. Trước đó đoàn làm việc "
                   "với Công an TP Cam Ranh.", "2024-07-10")
    cam_ranh = next(loc for loc in ex.localities if loc.name == "Cam Ranh")
    assert len(cam_ranh.mentions) == 2


def test_an_earlier_incidents_place_is_not_the_events_when_the_event_names_its_own() -> None:
    text = ("Sau vụ cháy nhà trọ tại thành phố Dĩ An (Bình Dương) khiến 5 người chết, ngày 12/10, Phòng Cảnh "
            "sát PCCC và CNCH Công an tỉnh Đồng Nai đã kiểm tra đột xuất nhiều nhà trọ trên địa bàn TP Biên "
            "Hòa.")
    ex = extracted(text, "2023-10-13")
    event = ex.events[0]
    assert event.type == "inspection" and event.place is None
    assert set(event.localities) == {"Đồng Nai", "Biên Hòa"}


def test_an_incident_named_later_in_the_sentence_keeps_its_places_for_the_meeting() -> None:
    text = ("Chiều 21/9, UBND tỉnh Bình Dương họp về công tác phòng cháy, chữa cháy, sau vụ cháy nhà trọ tại "
            "thành phố Dĩ An, tỉnh Bình Dương.")
    event = extracted(text, "2023-09-22").events[0]
    assert "Dĩ An" in event.localities


def test_an_industrial_parks_name_stays_a_mention_of_its_district() -> None:
    ex = extracted("Ngày 14/3, đoàn kiểm tra của Công an tỉnh Vĩnh Phúc kiểm tra công tác phòng cháy tại các "
                   "doanh nghiệp trong Khu công nghiệp Bình Xuyên (huyện Bình Xuyên).", "2017-03-15")
    binh_xuyen = next(loc for loc in ex.localities if loc.name == "Bình Xuyên")
    assert len(binh_xuyen.mentions) == 2
