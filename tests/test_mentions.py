"""Who a mention is: full names, titles without a name and pronouns, resolved once per report.

The reports here are short ones written for these tests, in the genre's styles: a
conference addressed by the President, a minister named once and then "Bộ trưởng",
ranks in lower case, "đồng chí Thứ trưởng", "Ông cũng yêu cầu".
"""

from __future__ import annotations

from chidao.extract.context import Context
from chidao.extract.mentions import references
from chidao.extract.pipeline import extract_document
from chidao.model import Document
from chidao.text.normalize import normalize_text

CONFERENCE = (
    "Sáng 15/1, tại Hà Nội, Bộ Công an tổ chức Hội nghị triển khai công tác năm 2024. Hội nghị do "
    "đại tướng Trần Văn Bình, Bộ trưởng Bộ Công an chủ trì. Chủ tịch nước Lê Minh An dự và phát biểu "
    "chỉ đạo.\n\n"
    "Phát biểu tại hội nghị, Chủ tịch nước đề nghị lực lượng Công an tiếp tục nâng cao chất lượng công "
    "tác tham mưu. Ông cũng yêu cầu Công an các địa phương kiên quyết đấu tranh với tội phạm ma túy.\n\n"
    "Thay mặt lực lượng Công an, Bộ trưởng Trần Văn Bình cho biết năm 2023 toàn lực lượng đã hoàn "
    "thành các chỉ tiêu, đồng thời đề nghị các đơn vị khẩn trương triển khai kế hoạch năm 2024.\n\n"
    "Dự hội nghị có trung tướng Phạm Quốc Khánh, Thứ trưởng Bộ Công an; thiếu tướng Đinh Văn Hòa, "
    "Giám đốc Công an tỉnh Nam Định. Thứ trưởng lưu ý các đơn vị cần làm tốt công tác bảo đảm an ninh "
    "Tết. Đồng chí Thứ trưởng Bộ Công an nhấn mạnh: Công an các tỉnh phải chủ động nắm tình hình.\n"
)


def extract(text: str, date: str | None = "2024-01"):
    document = Document.from_text(normalize_text(text).strip(), "test.txt", date=date)
    return extract_document(document)


def speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(d.speaker, d.verb, d.text.split()[0]) for d in extract(text).directives]


def test_a_title_or_pronoun_after_the_name_speaks_for_the_person_named_before():
    assert speakers(CONFERENCE) == [
        ("Lê Minh An", "đề nghị", "Phát"),      # "Chủ tịch nước đề nghị"
        ("Lê Minh An", "yêu cầu", "Ông"),       # "Ông cũng yêu cầu"
        ("Trần Văn Bình", "đề nghị", "Thay"),   # "cho biết …, đồng thời đề nghị"
        ("Phạm Quốc Khánh", "lưu ý", "Thứ"),    # "Thứ trưởng lưu ý"
        ("Phạm Quốc Khánh", "nhấn mạnh", "Đồng"),  # "Đồng chí Thứ trưởng Bộ Công an nhấn mạnh"
    ]


def test_ranks_written_in_lower_case_keep_the_rank_and_the_position():
    people = {p.name: p for p in extract(CONFERENCE).people}
    assert people["Trần Văn Bình"].ranks == ("Đại tướng",)
    assert people["Phạm Quốc Khánh"].ranks == ("Trung tướng",)
    assert people["Phạm Quốc Khánh"].positions == ("Thứ trưởng Bộ Công an",)
    assert people["Đinh Văn Hòa"].ranks == ("Thiếu tướng",)
    assert people["Đinh Văn Hòa"].positions == ("Giám đốc Công an tỉnh Nam Định",)


def test_look_alike_eth_is_read_as_d_with_stroke():
    ex = extract("Ðại tướng Trần Văn Bình, Bộ trưởng Bộ Công an, yêu cầu Công an tỉnh phải chủ động.")
    assert ex.people[0].ranks == ("Đại tướng",)
    assert ex.document.text.startswith("Đại tướng")


def test_the_leader_is_who_chairs_not_who_attends_and_speaks():
    event = extract(CONFERENCE).events[0]
    assert (event.date, event.leader) == ("2024-01-15", "Trần Văn Bình")


def test_references_are_computed_once_and_say_their_form():
    document = Document.from_text(normalize_text(CONFERENCE).strip(), "test.txt", date="2024-01")
    context = Context.for_document(document)
    extraction = extract_document(document)
    context.result = extraction
    refs = references(context)
    assert references(context) is refs
    forms = {(document.text[r.start:r.end], r.form, r.name) for r in refs}
    assert ("Chủ tịch nước", "title", "Lê Minh An") in forms
    assert ("Ông", "pronoun", "Lê Minh An") in forms
    assert ("Đồng chí Thứ trưởng Bộ Công an", "title", "Phạm Quốc Khánh") in forms
    # a title in apposition after a name is part of that name's reference, not one of its own
    assert not any(r.form == "title" and document.text[r.start:r.end] == "Bộ trưởng Bộ Công an" for r in refs)
    for r in refs:
        assert r.head <= r.start < r.end


def test_a_title_after_cua_belongs_to_someone_else():
    text = ("Thừa ủy quyền của Thủ tướng, ông Nguyễn Văn Tâm, Thứ trưởng Bộ Tư pháp trao Bằng khen. "
            "Thứ trưởng đề nghị các cơ quan tư pháp phối hợp chặt chẽ với Công an tỉnh trong công tác "
            "phòng, chống tội phạm, bảo đảm an ninh trật tự.")
    ex = extract(text)
    people = {p.name: p for p in ex.people}
    assert "Thủ tướng" not in people["Nguyễn Văn Tâm"].positions
    assert people["Nguyễn Văn Tâm"].positions == ("Thứ trưởng Bộ Tư pháp",)
    assert [d.speaker for d in ex.directives] == ["Nguyễn Văn Tâm"]


def test_a_pronoun_prefers_the_person_of_its_sex():
    text = ("Bà Nguyễn Thị Hoa, Chủ tịch UBND tỉnh Nam Định dự hội nghị cùng ông Trần Văn Nam. "
            "Bà đề nghị Công an tỉnh tăng cường tuần tra, bảo đảm an ninh trật tự, phòng chống tội phạm.")
    assert [d.speaker for d in extract(text).directives] == ["Nguyễn Thị Hoa"]


def test_a_plural_title_gives_each_name_of_its_list_the_title():
    ex = extract("Dự lễ có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Nguyễn Thị Thu, Phó Bí thư "
                 "Tỉnh ủy; Võ Văn Hải - Giám đốc Công an tỉnh Nam Định.")
    people = {p.name: p for p in ex.people}
    assert people["Nguyễn Thị Thu"].positions[0] == "Ủy viên Ban Thường vụ Tỉnh ủy"
    assert people["Võ Văn Hải"].positions == (
        "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh Nam Định")


def test_on_whose_behalf_is_not_the_persons_own_title():
    ex = extract("Thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Võ Văn Hải - Giám đốc Công an tỉnh Nam Định "
                 "trao Kỷ niệm chương cho 9 đồng chí.")
    hai = next(p for p in ex.people if p.name == "Võ Văn Hải")
    assert (hai.ranks, hai.positions) == (("Đại tá",), ("Giám đốc Công an tỉnh Nam Định",))


def test_a_former_position_marks_a_person_but_is_not_held_and_a_new_one_is():
    ex = extract("Bộ Công an công bố quyết định điều động Thiếu tướng Nguyễn Hải Nam, nguyên Phó Cục trưởng "
                 "giữ chức vụ Giám đốc Công an tỉnh Nam Định. Lễ truy tặng liệt sĩ Hoàng Văn Lâm, nguyên "
                 "Trưởng ty Công an tỉnh Nam Định.")
    people = {p.name: p for p in ex.people}
    assert people["Nguyễn Hải Nam"].positions == ("Giám đốc Công an tỉnh Nam Định",)
    assert people["Hoàng Văn Lâm"].positions == ()


def test_a_title_ending_in_a_level_word_is_followed_by_a_name_not_a_place():
    ex = extract("Phó Chủ tịch UBND thành phố Lê Khắc Sơn đã chỉ đạo các sở, ngành và Công an thành phố "
                 "triển khai kế hoạch phòng, chống tội phạm ma túy.")
    assert [p.name for p in ex.people] == ["Lê Khắc Sơn"]
    assert ex.directives[0].speaker == "Lê Khắc Sơn"


def test_one_office_written_two_ways_is_one_position():
    ex = extract("Ông Phạm Văn Nghĩa, Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp phát biểu. Chủ tịch UBND tỉnh "
                 "Phạm Văn Nghĩa đề nghị Công an tỉnh tiếp tục giữ vững an ninh.")
    assert ex.people[0].positions == ("Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp",)


def test_names_with_no_title_are_people_where_they_read_as_names():
    ex = extract("Tại giải đấu, Đoàn Thể thao Việt Nam giành 16 huy chương vàng, nổi bật là chiến thắng của "
                 "Hồ Thị Duyên ở thuyền đơn, cặp Hoàng Văn Đạt – Nguyễn Phú ở thuyền đôi. Lực lượng Công an "
                 "bảo đảm an ninh trật tự tại trụ sở số 96 Nguyễn Du và đường Lê Lợi."
                 "\n\nVăn Đức - Hoàng Nhân")
    assert [p.name for p in ex.people] == ["Hồ Thị Duyên", "Hoàng Văn Đạt", "Nguyễn Phú"]


def test_elected_and_district_offices_are_written_whole():
    ex = extract("Tham dự có đồng chí Vương Ngọc Hải, Ủy viên BCH Đảng bộ tỉnh, Phó Trưởng đoàn đại biểu "
                 "Quốc hội khóa XIV tỉnh, Bí thư Huyện ủy Mèo Vạc; lãnh đạo Công an tỉnh.")
    assert ex.people[0].positions == ("Ủy viên BCH Đảng bộ tỉnh",
                                      "Phó Trưởng đoàn đại biểu Quốc hội khóa XIV tỉnh",
                                      "Bí thư Huyện ủy Mèo Vạc")
    assert "Huyện ủy Mèo Vạc" in [o.name for o in ex.organizations]
