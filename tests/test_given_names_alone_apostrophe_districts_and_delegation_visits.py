"""Round 37's people, places and events (branch fix37a): a given name written alone after the full name is a
mention of that person (and no reference later steps read roles from), a district whose name holds an
apostrophe (either form, or none in the data), a working group's bare name after its deputy's office, places
joined by "và" after "tại", and the delegation's later field visit led by its head.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_reading import extracted

from chidao.model import Extraction


def _mentions(ex: Extraction, text: str, name: str) -> list[str]:
    person = next(p for p in ex.people if p.name == name)
    return [text[s:e] for s, e in person.mentions]


def test_a_given_name_alone_after_the_full_name_is_a_mention() -> None:
    text = ("Thiếu úy Hà Văn Tường về công tác tại xã biên giới từ năm 2019. Để gần dân, việc đầu tiên "
            "Tường làm là học tiếng Mông. Nhưng Tường chịu khó, nói được tiếng của bà con. Vợ Tường, chị "
            "Lò Thị Hoa, là giáo viên. Mỗi tháng, Tường chỉ về nhà được vài ngày.")
    ex = extracted(text, "2021-06-01")
    assert _mentions(ex, text, "Hà Văn Tường") == ["Hà Văn Tường"] + ["Tường"] * 4
    assert [e for e in ex.directives if e.speaker == "Hà Văn Tường"] == []


def test_suspects_named_by_their_given_names_alone() -> None:
    text = ("Công an tỉnh đã khởi tố Lê Văn Thịnh và Đỗ Thị Mến về tội mua bán người. Khoảng tháng 3, Thịnh "
            "và Mến bàn bạc, dùng thủ đoạn hứa hẹn việc làm để lừa bán hai phụ nữ. Cơ quan điều tra yêu cầu "
            "Mến khai báo.")
    ex = extracted(text, "2021-06-01")
    assert _mentions(ex, text, "Lê Văn Thịnh") == ["Lê Văn Thịnh", "Thịnh"]
    assert _mentions(ex, text, "Đỗ Thị Mến") == ["Đỗ Thị Mến", "Mến", "Mến"]


@pytest.mark.parametrize(("sentence", "full"), [
    ("Lực lượng Công an đã huy động 200 cán bộ.", "Hồ Văn Lực"),
    ("Nhân dịp này, Công an tỉnh trao 20 suất quà.", "Nguyễn Văn Nhân"),
    ("Năm 2020, toàn tỉnh xảy ra 12 vụ cháy.", "Trần Văn Năm"),
    ("Đoàn đã phối hợp với Bộ đội Biên phòng, Hải quan và Quản lý thị trường.", "Lê Văn Hải"),
    ("Phát biểu tại hội nghị, Trung tướng Phạm Văn Long yêu cầu các đơn vị quyết liệt.", "Đỗ Văn Trung"),
])
def test_a_syllable_that_opens_a_word_a_date_or_a_title_is_no_given_name(sentence: str, full: str) -> None:
    given = full.split()[-1]
    text = f"Đại tá {full}, Giám đốc Công an tỉnh dự hội nghị. {sentence}"
    ex = extracted(text, "2021-06-01")
    person = next(p for p in ex.people if p.name == full)
    assert all(text[s:e] != given for s, e in person.mentions)


def test_a_given_name_two_people_share_is_no_ones_mention() -> None:
    text = ("Bị cáo Nguyễn Văn Hùng và bị cáo Trần Quốc Hùng bị truy tố. Tại tòa, Hùng khai nhận hành vi.")
    ex = extracted(text, "2021-06-01")
    for person in ex.people:
        assert all(text[s:e] != "Hùng" for s, e in person.mentions)


@pytest.mark.parametrize(("written", "name", "code"), [
    ("M'Đrắk", "M'Đrắk", "652"), ("M’Đrắk", "M'Đrắk", "652"), ("Ia H'Drai", "Ia H'Drai", "618"),
    ("Đắk R'Lấp", "Đắk R'Lấp", "666"), ("K'Bang", "KBang", "625"), ("Cư M'gar", "Cư M'gar", "648"),
    ("Ea H’leo", "Ea H'leo", "645"),
])
def test_a_district_whose_name_holds_an_apostrophe(written: str, name: str, code: str) -> None:
    ex = extracted(f"Lực lượng kiểm lâm đã phát hiện 38 vụ khai thác gỗ trái phép tại huyện {written}.",
                   "2013-10-09")
    assert (name, code) in [(loc.name, loc.code) for loc in ex.localities]


def test_a_district_with_an_apostrophe_in_a_list_after_a_plural_level_word() -> None:
    ex = extracted("Tình trạng khai thác lâm sản trái phép vẫn phức tạp tại các huyện Ea Súp, Buôn Đôn và "
                   "M'Đrắk của tỉnh Đắk Lắk.", "2013-10-09")
    assert {"Ea Súp", "Buôn Đôn", "M'Đrắk"} <= {loc.name for loc in ex.localities}


def test_a_working_groups_bare_name_after_its_deputys_office_is_part_of_the_position() -> None:
    ex = extracted("Thượng tướng Lê Văn Tuyến, Thứ trưởng Bộ Công an, Tổ phó Thường trực Tổ công tác chủ trì "
                   "hội nghị trực tuyến sơ kết Đề án 06.", "2024-01-24")
    person = next(p for p in ex.people if p.name == "Lê Văn Tuyến")
    assert person.positions == ("Thứ trưởng Bộ Công an", "Tổ phó Thường trực Tổ công tác")


def test_the_delegations_field_visit_the_day_before_keeps_both_places_and_its_head() -> None:
    ex = extracted(
        "Ngày 8-10, Đoàn kiểm tra của Bộ Công an do Thiếu tướng Nguyễn Văn Sơn làm trưởng đoàn đã kiểm tra "
        "công tác phòng, chống tội phạm tại tỉnh Gia Lai.\n\nTrước đó, ngày 7-10, đoàn đã kiểm tra thực tế "
        "tại TP Pleiku và huyện Chư Sê.", "2013-10-09")
    assert len(ex.events) == 2
    visit = ex.events[1]
    assert visit.place == "TP Pleiku và huyện Chư Sê"
    assert visit.leader == "Nguyễn Văn Sơn"


def test_a_body_named_after_a_district_with_an_apostrophe_is_whole() -> None:
    ex = extracted("Sáng 3-4, Công an huyện M'Đrắk và Công an huyện Ia H’Drai phối hợp với UBND huyện "
                   "Đắk R'Lấp tuần tra biên giới.", "2019-04-04")
    assert [o.name for o in ex.organizations] == [
        "Công an huyện M'Đrắk", "Công an huyện Ia H’Drai", "UBND huyện Đắk R'Lấp"]
