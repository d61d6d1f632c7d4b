"""Trap reports: each short report in tests/fixtures/reports/ targets one variant
or pitfall of the genre, and these tests pin what the extractor must produce on it.

Every report goes through `conftest.extract_path`, which also checks that every
item's span reproduces its text. The assertions name values the contract fixes
(full names, ranks, positions, ISO dates, numbers, units, codes) and leave open
what it leaves open (exact sentence counts, incidental extra items).
"""

from __future__ import annotations

from pathlib import Path

import regex
from conftest import FIXTURES_DIR, extract_path
from lookups import directive_with, locality, person, short_name

from chidao.model import Extraction, Person

REPORTS_DIR = FIXTURES_DIR / "reports"

def extract_report(name: str) -> Extraction:
    path: Path = REPORTS_DIR / name
    return extract_path(path)


def mention_texts(extraction: Extraction, p: Person) -> list[str]:
    return [extraction.document.text[s:e] for s, e in p.mentions]


def spans_of(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every occurrence of phrase in text, as spans."""
    spans, start = [], text.find(phrase)
    while start >= 0:
        spans.append((start, start + len(phrase)))
        start = text.find(phrase, start + 1)
    assert spans, f"{phrase!r} not in the report"
    return spans


def commitment(extraction: Extraction, amount: float, unit: str):
    matches = [c for c in extraction.commitments
               if c.amount is not None and abs(c.amount - amount) < 1e-6 and c.unit == unit]
    found = [(c.amount, c.unit) for c in extraction.commitments]
    assert matches, f"no commitment of {amount} {unit}: {found}"
    return matches[0]


def overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return span[0] < other[1] and other[0] < span[1]


def line_span(text: str, line_start: str) -> tuple[int, int]:
    """The span of the line that starts with line_start."""
    start = text.find(line_start)
    assert start >= 0, f"no line starting {line_start!r}"
    end = text.find("\n", start)
    return (start, len(text) if end < 0 else end)


def test_a_photo_caption_naming_an_official_yields_the_person_but_no_directive() -> None:
    ex = extract_report("caption_names_official.txt")
    thanh = person(ex, "Lê Văn Thành")
    assert "Đại tá" in thanh.ranks
    assert "Giám đốc Công an tỉnh Phú Yên" in thanh.positions
    assert mention_texts(ex, thanh) == ["Lê Văn Thành"]
    # "phát biểu chỉ đạo" in a caption is a picture's label, not something asked of anyone
    assert ex.directives == []
    assert ex.targets == [] and ex.commitments == [] and ex.indicators == []
    # the photo credit is not a participant
    assert not any("Ngọc Lan" in p.name for p in ex.people)
    assert [(e.type, e.date) for e in ex.events] == [("conference", "2022-04-15")]
    assert locality(ex, "Phú Yên").code == "54"


def test_a_directive_quoted_inside_another_sentence_keeps_the_outer_speaker() -> None:
    ex = extract_report("quoted_directive.txt")
    inner = directive_with(ex, "tôi yêu cầu tỉnh cần chú trọng")
    assert inner.speaker == "Tô Lâm"
    assert inner.verb == "yêu cầu"
    opening = directive_with(ex, "giữ vững thế chủ động")
    assert opening.speaker == "Tô Lâm"
    # the reporter's narrative after the quote asks nothing of anyone
    assert not any("các đại biểu đã trao đổi" in d.text for d in ex.directives)


def test_a_percentage_in_the_narrative_is_not_a_target() -> None:
    ex = extract_report("percentage_not_target.txt")
    # 60% of the population, 35% of the area, 100% of communes, 30 years: facts, not goals
    assert [t.value for t in ex.targets] == [3]
    (target,) = ex.targets
    assert target.metric_key == "traffic_accidents"
    assert target.direction == "decrease"
    assert target.unit == "%"
    assert target.at_least is True
    assert target.baseline == "năm 2021"
    assert target.text.startswith("giảm ít nhất 3%")
    assert not any(i.value in (60, 35) for i in ex.indicators)
    d = directive_with(ex, "phấn đấu giảm ít nhất 3%")
    assert d.speaker == "Trần Quang Vinh"
    assert d.verb == "đề nghị"


def test_a_date_inside_a_legal_reference_is_not_the_event_date() -> None:
    ex = extract_report("legal_date_not_event.txt")
    assert (ex.events[0].type, ex.events[0].date) == ("inspection", "2023-06-13")
    assert ex.events[0].leader == "Phạm Hữu Nghĩa"
    # "ngày 20/4/2023" dates the plan, not anything that happened in this report
    assert all(e.date in (None, "2023-06-13") for e in ex.events)
    plan = next(r for r in ex.legal_refs if r.symbol == "125/KH-BCA")
    assert plan.kind == "plan"
    assert plan.number == "125"
    assert plan.date == "2023-04-20"
    assert plan.issuer == "Bộ Công an"
    assert plan.text == "Kế hoạch số 125/KH-BCA ngày 20/4/2023 của Bộ Công an"
    resolution = next(r for r in ex.legal_refs if r.symbol == "12-NQ/TW")
    assert resolution.kind == "resolution"
    assert resolution.number == "12"
    assert resolution.date == "2022-03-16"
    assert resolution.issuer == "Bộ Chính trị"
    quang_binh = locality(ex, "Quảng Bình")
    assert (quang_binh.level, quang_binh.code) == ("province", "44")
    assert short_name(quang_binh.current_name) == "Quảng Trị"


def test_the_speaker_carries_over_into_paragraphs_without_a_verb_of_saying() -> None:
    ex = extract_report("carried_speaker.txt")
    first = directive_with(ex, "Tỉnh ủy Nam Định tiếp tục quan tâm")
    assert (first.speaker, first.verb) == ("Tô Lâm", "đề nghị")
    assert first.addressee == "Tỉnh ủy Nam Định"
    carried = directive_with(ex, "Tiếp tục đẩy mạnh cải cách hành chính")
    assert (carried.speaker, carried.verb) == ("Tô Lâm", None)
    # a photo caption between two paragraphs of the same speech does not break it
    after_caption = directive_with(ex, "Tập trung giải quyết dứt điểm")
    assert (after_caption.speaker, after_caption.verb) == ("Tô Lâm", None)
    caption = line_span(ex.document.text, "Bộ trưởng Tô Lâm phát biểu tại buổi làm việc")
    assert not any(overlaps(d.span, caption) for d in ex.directives)
    assert not any("các đại biểu đã" in d.text for d in ex.directives)
    # a new speaker takes over, and carries over in turn
    warning = directive_with(ex, "Nam Định cần chú trọng")
    assert (warning.speaker, warning.verb) == ("Trần Quang Vinh", "lưu ý")
    propaganda = directive_with(ex, "Công tác tuyên truyền phải")
    assert (propaganda.speaker, propaganda.verb) == ("Trần Quang Vinh", None)


def test_a_list_of_hosts_gives_each_official_with_their_own_positions() -> None:
    ex = extract_report("host_list.txt")
    nam = person(ex, "Hoàng Văn Nam")
    assert {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Nghệ An"} <= set(nam.positions)
    mai = person(ex, "Trần Thị Mai")
    assert list(mai.positions) == ["Phó Bí thư Thường trực Tỉnh ủy"]
    assert list(mai.ranks) == []
    loi = person(ex, "Phan Đức Lợi")
    assert {"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"} <= set(loi.positions)
    assert "Bí thư Tỉnh ủy Nghệ An" not in loi.positions
    khiem = person(ex, "Cao Văn Khiêm")
    assert list(khiem.ranks) == ["Thiếu tướng"]
    assert list(khiem.positions) == ["Giám đốc Công an tỉnh Nghệ An"]
    vinh = person(ex, "Trần Quang Vinh")
    assert list(vinh.ranks) == ["Thượng tướng"]
    assert {"Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"} <= set(vinh.positions)
    # no position swallows the next host's name
    names = {p.name for p in ex.people}
    assert not any(n in pos for p in ex.people for pos in p.positions for n in names)
    (event,) = ex.events
    assert (event.type, event.date, event.leader) == ("working_session", "2023-04-18", "Trần Quang Vinh")


def test_a_short_reference_like_thu_truong_hung_is_a_mention_of_the_full_name() -> None:
    ex = extract_report("short_reference.txt")
    text = ex.document.text
    hung = person(ex, "Lê Quốc Hưng")
    short_start = text.find("Thứ trưởng Hưng") + len("Thứ trưởng ")
    assert (short_start, short_start + len("Hưng")) in hung.mentions
    assert not any(p.name == "Hưng" for p in ex.people)
    to_lam = person(ex, "Tô Lâm")
    # "Đại tướng Tô Lâm", "Bộ trưởng Tô Lâm" and the caption are all the same person
    assert set(spans_of(text, "Tô Lâm")) <= set(to_lam.mentions)
    assert "Đại tướng" in to_lam.ranks
    assert "Bộ trưởng Bộ Công an" in to_lam.positions
    d = directive_with(ex, "Cần Thơ phải chú ý")
    assert (d.speaker, d.verb) == ("Lê Quốc Hưng", "nhấn mạnh")
    # "Đồng chí Bộ trưởng" names no one, but the document says who the Minister is
    d = directive_with(ex, "chủ động tham mưu Thành ủy")
    assert (d.speaker, d.verb) == ("Tô Lâm", "yêu cầu")
    assert locality(ex, "Cần Thơ").code == "92"


def test_a_dateline_without_a_date_marker_gives_the_document_date() -> None:
    ex = extract_report("dateline.txt")
    assert ex.document.date == "2021-06-24"
    assert ex.document.title == "Công an các địa phương quyết tâm hoàn thành nhiệm vụ 6 tháng cuối năm"
    (event,) = ex.events
    assert (event.type, event.date, event.leader) == ("conference", "2021-06-23", "Tô Lâm")
    # the byline "H.Q" is furniture, not a person
    assert [p.name for p in ex.people] == ["Tô Lâm"]
    d = directive_with(ex, "chủ động nắm chắc tình hình")
    assert (d.speaker, d.verb) == ("Tô Lâm", "yêu cầu")
    assert d.addressee == "Công an các đơn vị, địa phương"


def test_page_furniture_and_related_headlines_yield_no_items() -> None:
    ex = extract_report("furniture.txt")
    text = ex.document.text
    assert ex.document.date == "2023-05-12"
    related = text.index("Tin cùng chuyên mục")
    photo_line = line_span(text, "Bình Định triển khai cao điểm tấn công, trấn áp tội phạm ảnh 1")
    d = directive_with(ex, "truy bắt đối tượng truy nã")
    assert (d.speaker, d.verb) == ("Võ Đức Nguyện", "yêu cầu")
    for kind in ("directives", "targets", "commitments", "indicators", "events"):
        for item in getattr(ex, kind):
            # the headlines under "Tin cùng chuyên mục" belong to other articles
            assert item.span[1] <= related, f"{kind}: {item.text!r}"
            assert not overlaps(item.span, photo_line), f"{kind}: {item.text!r}"
    assert [p.name for p in ex.people] == ["Võ Đức Nguyện"]
    assert [(e.type, e.date) for e in ex.events] == [("conference", "2023-05-11")]
    # the related headline about Hà Nội is another article's place
    assert not any(short_name(loc.name) == "Hà Nội" for loc in ex.localities)


def test_old_style_tone_marks_are_normalized_before_extraction() -> None:
    ex = extract_report("tone_marks.txt")
    text = ex.document.text
    # old-style marks on the second vowel of an open syllable ("Đoàn" keeps its mark)
    assert regex.findall(r"\w*(?:oà|oẻ|uỷ|Uỷ)\b", text) == []
    for new in ("Ủy viên Bộ Chính trị", "Tỉnh ủy Khánh Hòa", "hòa bình", "sức khỏe"):
        assert new in text
    hoa = person(ex, "Lê Thanh Hòa")
    assert {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Khánh Hòa"} <= set(hoa.positions)
    assert "Ủy viên Bộ Chính trị" in person(ex, "Tô Lâm").positions
    khanh_hoa = locality(ex, "Khánh Hòa")
    assert (khanh_hoa.level, khanh_hoa.code) == ("province", "56")
    assert any("Tỉnh ủy Khánh Hòa" in org.name for org in ex.organizations)
    d = directive_with(ex, "giữ vững môi trường hòa bình")
    assert (d.speaker, d.verb) == ("Tô Lâm", "đề nghị")


def test_wards_cities_and_foreign_places_are_found_below_and_beyond_provinces() -> None:
    ex = extract_report("lower_level_places.txt")
    text = ex.document.text
    hong_ha = locality(ex, "Hồng Hà")
    assert (hong_ha.level, hong_ha.code) == ("commune", "06697")
    assert [text[s:e] for s, e in hong_ha.mentions] == ["Hồng Hà"]
    ha_long = locality(ex, "Hạ Long")
    assert (ha_long.level, ha_long.code) == ("district", "193")
    assert [text[s:e] for s, e in ha_long.mentions] == ["Hạ Long"]
    quang_ninh = locality(ex, "Quảng Ninh")
    assert (quang_ninh.level, quang_ninh.code) == ("province", "22")
    quang_tay = locality(ex, "Quảng Tây")
    assert (quang_tay.level, quang_tay.code) == ("region", None)
    china = locality(ex, "Trung Quốc")
    assert china.level == "country"
    assert len(china.mentions) == 2
    (event,) = ex.events
    assert (event.type, event.date) == ("ceremony", "2024-03-07")
    assert event.place is not None and "phường Hồng Hà, TP Hạ Long" in event.place


def test_a_province_merged_in_2025_reports_its_current_unit() -> None:
    ex = extract_report("merged_province.txt")
    binh_thuan = locality(ex, "Bình Thuận")
    assert (binh_thuan.level, binh_thuan.code) == ("province", "60")
    assert short_name(binh_thuan.current_name) == "Lâm Đồng"
    assert binh_thuan.current_code == "68"
    assert len(binh_thuan.mentions) == 3
    assert [(e.type, e.date) for e in ex.events] == [("conference", "2024-09-18")]


def test_event_dates_written_as_chieu_31_7_and_ngay_13_6_resolve_against_the_report_date() -> None:
    ex = extract_report("event_date_forms.txt")
    by_date = {e.date: e for e in ex.events}
    assert set(by_date) == {"2023-07-31", "2023-06-13"}
    assert by_date["2023-07-31"].type == "conference"
    assert by_date["2023-07-31"].leader == "Tô Lâm"
    assert by_date["2023-07-31"].place is not None and "Hà Nội" in by_date["2023-07-31"].place
    assert by_date["2023-06-13"].type == "ceremony"
    # "6 tháng đầu năm 2023" is a period, not a date of the event
    assert locality(ex, "Hưng Yên").code == "33"


def test_money_and_floor_area_commitments_are_numbers_with_normalized_units() -> None:
    ex = extract_report("commitments_money.txt")
    staffing = commitment(ex, 1000, "biên chế")
    assert staffing.kind == "staffing"
    assert staffing.giver == "Bộ Công an"
    assert staffing.receiver is not None and "Công an tỉnh Lạng Sơn" in staffing.receiver
    total = commitment(ex, 796, "tỷ đồng")
    assert total.kind == "funding"
    assert "796 tỉ đồng" in total.text
    province_share = commitment(ex, 756.2, "tỷ đồng")
    assert province_share.kind == "funding"
    assert province_share.giver is not None and "Lạng Sơn" in province_share.giver
    ministry_share = commitment(ex, 39.8, "tỷ đồng")
    assert ministry_share.giver == "Bộ Công an"
    area = commitment(ex, 27781, "m2")
    assert area.kind == "construction"
    assert "27.781 m2" in area.text
    # one item per amount
    assert len(ex.commitments) == 5
