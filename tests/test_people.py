"""People: officials named with their ranks and positions, short references merged,
photo credits and places left out. Reports are short ones written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.extract.mentions import title_holder
from chidao.model import Extraction, Person

HOSTS = (
    " date 2023-09 Ngày 12/9, Đoàn công tác của Bộ Công an do Thượng tướng Lương Tam Quang, Ủy "
    "viên Trung ương Đảng, Thứ trưởng Bộ Công an làm Trưởng đoàn đã làm việc với Ban Thường vụ "
    "Tỉnh ủy Sơn La.\n"
    "\n"
    "Tiếp và làm việc với Đoàn có các đồng chí: Hoàng Văn Chất, Ủy viên Trung ương Đảng, Bí thư"
    " Tỉnh ủy Sơn La; Lò Minh Hùng, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Thành Công, Phó Bí "
    "thư Tỉnh ủy, Chủ tịch UBND tỉnh; Đại tá Nguyễn Văn Thuận, Giám đốc Công an tỉnh Sơn La.\n"
    "\n"
    "Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an phát biểu tại buổi làm việc. Ảnh: Minh"
    " Khôi\n"
    "\n"
    "Phát biểu chỉ đạo, Thứ trưởng Quang đề nghị Tỉnh ủy Sơn La quan tâm xây dựng lực lượng "
    "Công an xã.\n"
    "\n"
    "Bí thư Tỉnh ủy Hoàng Văn Chất tiếp thu ý kiến chỉ đạo của Thứ trưởng.\n"
)

TITLES_BEFORE = (
    " date 2019-11 Chiều 5/11, tại Thành phố Hồ Chí Minh, Đại tướng - Bộ trưởng Tô Lâm dự Hội "
    "nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc khu vực phía Nam.\n"
    "\n"
    "Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Thiện Nhân phát biểu khai mạc; Bộ trưởng Bộ "
    "Công an Tô Lâm phát biểu chỉ đạo Hội nghị.\n"
    "\n"
    "Hội nghị học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Chủ tịch Hồ Chí "
    "Minh luôn căn dặn lực lượng Công an nhân dân.\n"
    "\n"
    "Ông Nguyễn Thiện Nhân cảm ơn Bộ Công an; Đồng chí Bộ trưởng nhấn mạnh yêu cầu giữ vững an "
    "ninh trật tự.\n"
)


def extract_text(tmp_path: Path, text: str, name: str = "report.txt") -> Extraction:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def person(ex: Extraction, name: str) -> Person:
    matches = [p for p in ex.people if p.name == name]
    assert len(matches) == 1, f"{name!r}: {[p.name for p in ex.people]}"
    return matches[0]


def mention_texts(ex: Extraction, p: Person) -> list[str]:
    return [ex.document.text[s:e] for s, e in p.mentions]


def test_a_list_of_hosts_with_semicolons_gives_each_official_their_own_positions(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, HOSTS)
    chat = person(ex, "Hoàng Văn Chất")
    assert list(chat.positions) == ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Sơn La"]
    assert list(person(ex, "Lò Minh Hùng").positions) == ["Phó Bí thư Thường trực Tỉnh ủy"]
    assert list(person(ex, "Nguyễn Thành Công").positions) == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    thuan = person(ex, "Nguyễn Văn Thuận")
    assert (list(thuan.ranks), list(thuan.positions)) == (["Đại tá"], ["Giám đốc Công an tỉnh Sơn La"])


def test_the_delegation_head_has_rank_positions_and_trưởng_đoàn(tmp_path: Path) -> None:
    quang = person(extract_text(tmp_path, HOSTS), "Lương Tam Quang")
    assert list(quang.ranks) == ["Thượng tướng"]
    assert list(quang.positions) == ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an", "Trưởng đoàn"]


def test_thu_truong_quang_is_a_mention_of_the_full_name_spanning_the_given_name_only(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, HOSTS)
    text = ex.document.text
    quang = person(ex, "Lương Tam Quang")
    short = text.index("Thứ trưởng Quang") + len("Thứ trưởng ")
    assert (short, short + len("Quang")) in quang.mentions
    assert not any(p.name == "Quang" for p in ex.people)
    # the caption names him too; its photo credit names nobody
    assert mention_texts(ex, quang).count("Lương Tam Quang") == 2
    assert not any("Minh Khôi" in p.name for p in ex.people)


def test_a_position_before_the_name_is_read_up_to_the_name(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, HOSTS)
    chat = person(ex, "Hoàng Văn Chất")
    assert len(chat.mentions) == 2
    assert "Bí thư Tỉnh ủy" not in chat.positions  # covered by "Bí thư Tỉnh ủy Sơn La"


def test_rank_dash_position_and_a_city_position_before_the_name(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, TITLES_BEFORE)
    to_lam = person(ex, "Tô Lâm")
    assert list(to_lam.ranks) == ["Đại tướng"]
    assert list(to_lam.positions) == ["Bộ trưởng Bộ Công an"]
    nhan = person(ex, "Nguyễn Thiện Nhân")
    assert list(nhan.positions) == ["Bí thư Thành ủy Thành phố Hồ Chí Minh"]
    assert mention_texts(ex, nhan) == ["Nguyễn Thiện Nhân", "Nguyễn Thiện Nhân"]


def test_ho_chi_minh_as_a_city_an_ideology_or_the_late_president_is_no_participant(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, TITLES_BEFORE)
    assert sorted(p.name for p in ex.people) == ["Nguyễn Thiện Nhân", "Tô Lâm"]


def test_a_bare_title_resolves_to_the_one_person_holding_it(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, TITLES_BEFORE)
    assert title_holder("Bộ trưởng", ex.people) == "Tô Lâm"
    assert title_holder("Đồng chí Bộ trưởng", ex.people) == "Tô Lâm"
    assert title_holder("Bí thư Thành ủy", ex.people) == "Nguyễn Thiện Nhân"
    assert title_holder("Bí thư Thành ủy Thành phố Hồ Chí Minh", ex.people) == "Nguyễn Thiện Nhân"
    assert title_holder("Thứ trưởng", ex.people) is None
    hosts = extract_text(tmp_path, HOSTS, "hosts.txt")
    assert title_holder("Thứ trưởng Bộ Công an", hosts.people) == "Lương Tam Quang"
    assert title_holder("Giám đốc Công an tỉnh", hosts.people) == "Nguyễn Văn Thuận"
    # two deputy secretaries: the title alone does not say which
    assert title_holder("Phó Bí thư Tỉnh ủy", hosts.people) == "Nguyễn Thành Công"
    assert title_holder("Phó Bí thư", hosts.people) is None


def test_the_seeds_name_their_leaders_with_full_names_ranks_and_positions(seed_extractions) -> None:
    to_lam = person(seed_extractions["000_03279662ad3bc2ee.txt"], "Tô Lâm")
    assert "Đại tướng" in to_lam.ranks
    assert {"Ủy viên Bộ Chính trị", "Bí thư Đảng ủy Công an Trung ương", "Bộ trưởng Bộ Công an"} <= set(
        to_lam.positions)
    ex = seed_extractions["000_03279662ad3bc2ee.txt"]
    ngoc = person(ex, "Nguyễn Duy Ngọc")
    assert "Ngọc" in mention_texts(ex, ngoc)
    hcm = seed_extractions["004_81a66e3ca0f5548f.txt"]
    assert list(person(hcm, "Tô Lâm").ranks) == ["Thượng tướng"]
    assert "Bí thư Thành ủy Thành phố Hồ Chí Minh" in person(hcm, "Nguyễn Thiện Nhân").positions
    assert sorted(p.name for p in hcm.people) == ["Nguyễn Thiện Nhân", "Tô Lâm"]
    for ex in seed_extractions.values():
        for p in ex.people:
            assert all(ex.document.text[s:e] in p.name.split(" ") + [p.name] for s, e in p.mentions)


def test_an_academic_degree_between_rank_and_name_keeps_the_rank(tmp_path: Path) -> None:
    text = (" date 2024-03\nNgày 15/3, Bộ Công an làm việc với Công an tỉnh Lào Cai.\n\n"
            "Trung tướng, PGS.TS Nguyễn Văn Hòa, Thứ trưởng Bộ Công an yêu cầu Công an tỉnh tập trung. "
            "Đại tá, ThS Lê Văn Hà - Phó Giám đốc Công an tỉnh cho biết sẽ triển khai ngay. "
            "Thiếu tướng, TS. Trần Văn Bình cũng dự.\n")
    ex = extract_text(tmp_path, text)
    assert (person(ex, "Nguyễn Văn Hòa").ranks, person(ex, "Nguyễn Văn Hòa").positions) == (
        ("Trung tướng",), ("Thứ trưởng Bộ Công an",))
    assert person(ex, "Lê Văn Hà").ranks == ("Đại tá",)
    assert person(ex, "Trần Văn Bình").ranks == ("Thiếu tướng",)
    assert [d.speaker for d in ex.directives] == ["Nguyễn Văn Hòa"]


def test_a_committee_office_written_with_its_body_cut_short(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2019-07\nChiều 17/7, Đoàn giám sát của Ủy ban Quốc phòng và An ninh do Phó Chủ nhiệm Ủy ban "
        "Trần Văn Độ làm Trưởng đoàn đã làm việc với UBND tỉnh Nghệ An.\n"))
    assert person(ex, "Trần Văn Độ").positions == ("Phó Chủ nhiệm Ủy ban", "Trưởng đoàn")


def test_names_of_the_central_highlands_and_a_title_with_its_level_word_written_out(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2016-01\nNgày 5/1, Công an thành phố Hà Nội tổ chức hội nghị tổng kết công tác công an năm "
        "2015. Ông Trần Quốc Khải, Chủ tịch UBND TP Hà Nội dự. Ông Y Thông Mlô, Phó Chủ tịch UBND tỉnh "
        "Đắk Lắk cũng dự.\n\nChủ tịch UBND thành phố yêu cầu Công an TP tập trung bảo vệ tuyệt đối an toàn "
        "các sự kiện chính trị, bảo đảm an ninh trật tự trên địa bàn.\n"))
    assert person(ex, "Y Thông Mlô").positions == ("Phó Chủ tịch UBND tỉnh Đắk Lắk",)
    assert [d.speaker for d in ex.directives] == ["Trần Quốc Khải"]


def test_names_of_the_central_highlands_and_a_name_after_a_degree(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2021-01\nSáng 5/1, Công an tỉnh Gia Lai bàn giao nhà cho hộ nghèo.\n\n"
        "Dự lễ có bà H'Hen Niê, Phó Chủ tịch UBND tỉnh; ông Rơ Châm Hlôm, Phó Chủ tịch UBND huyện Chư Prông. "
        "Bà Siu H'Lai ở làng Bui cảm ơn Công an tỉnh. Theo PGS.TS Lê Hoàng Nam, ngôi nhà rất vững chãi.\n"))
    names = [p.name for p in ex.people]
    assert names == ["H'Hen Niê", "Rơ Châm Hlôm", "Siu H'Lai", "Lê Hoàng Nam"]
    assert list(ex.people[1].positions) == ["Phó Chủ tịch UBND huyện Chư Prông"]


def test_a_board_named_by_its_number_and_level_word_and_its_head_by_title_alone(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2021-07\nNgày 5/7, Ban Chỉ đạo 138 tỉnh Long An sơ kết công tác phòng, chống tội phạm.\n\n"
        "Ông Phạm Tấn Lực, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh chủ trì hội nghị.\n\n"
        "Trưởng Ban Chỉ đạo giao Sở Thông tin và Truyền thông phối hợp với Công an tỉnh tuyên truyền.\n"))
    assert list(ex.people[0].positions) == ["Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo 138 tỉnh"]
    assert [(d.speaker, d.addressee) for d in ex.directives] == [
        ("Phạm Tấn Lực", "Sở Thông tin và Truyền thông")]
    assert not ex.targets and not ex.indicators  # "138 tỉnh" is the board's name


def test_heading_a_delegation_written_in_lower_case(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2025-09\nNgày 16/9, đoàn kiểm tra của Công an tỉnh Ninh Bình do Đại tá Trần Thị Thu Hà, "
        "Phó Giám đốc Công an tỉnh làm trưởng đoàn đã kiểm tra công tác cấp căn cước.\n"))
    assert list(ex.people[0].positions) == ["Phó Giám đốc Công an tỉnh", "Trưởng đoàn"]


def test_a_name_kept_to_its_initial_is_no_person(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2024-05\nCông an huyện Ba Tri đã bắt giữ Nguyễn Văn T. (SN 1990) về "
                                "hành vi cướp giật tài sản.\n")
    assert ex.people == []


def test_a_khmer_or_lao_officer_after_a_rank_and_before_a_position_is_a_person(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2024-07 Sáng 2/7, Công an tỉnh Kiên Giang hội đàm với Cảnh sát tỉnh Kampot. Phía Campuchia "
        "có Thiếu tướng Mao Chanthol, Chánh Cảnh sát tỉnh Kampot, và Đại tá Bounmy Sysouk, Phó Chỉ huy "
        "trưởng Bộ Chỉ huy An ninh tỉnh Attapeu.\n\nThiếu tướng Mao Chanthol cảm ơn sự hỗ trợ của Công an "
        "tỉnh Kiên Giang; Đại tá Kiên Cường kết luận.\n"))
    chief = person(ex, "Mao Chanthol")
    assert (chief.ranks, chief.positions) == (("Thiếu tướng",), ("Chánh Cảnh sát tỉnh Kampot",))
    assert len(chief.mentions) == 2
    assert person(ex, "Bounmy Sysouk").positions == ("Phó Chỉ huy trưởng Bộ Chỉ huy An ninh tỉnh Attapeu",)
    # without a position of their own, capitalized words after a rank are no foreign name
    assert "Kiên Cường" not in {p.name for p in ex.people}


def test_inspectors_spokespeople_and_deputy_procurators_hold_their_positions(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2020-05 Thiếu tướng Lê Văn Thành, Phó Chánh Thanh tra Bộ Công an và "
                                "Thiếu tướng Vũ Hải Nam, Người phát ngôn Bộ Công an dự họp. Bà Trần Thị Lan, "
                                "Phó Viện trưởng Viện KSND tỉnh Bắc Ninh phát biểu.")
    assert person(ex, "Lê Văn Thành").positions == ("Phó Chánh Thanh tra Bộ Công an",)
    assert person(ex, "Vũ Hải Nam").positions == ("Người phát ngôn Bộ Công an",)
    assert person(ex, "Trần Thị Lan").positions == ("Phó Viện trưởng Viện KSND tỉnh Bắc Ninh",)


def test_the_secretary_of_a_commune_s_party_committee_written_with_a_bare_level_word(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2025-09\nHội nghị đối thoại\n\nTối 10/9, Công an phường Hồng Hà "
                      "tổ chức hội nghị. Dự hội nghị có ông Lê Văn Bình, Bí thư Đảng ủy phường; bà Phạm Thị "
                      "Lan, Phó Bí thư Đảng ủy xã Tam Đảo.\n")
    assert list(person(ex, "Lê Văn Bình").positions) == ["Bí thư Đảng ủy phường"]
    assert "Phó Bí thư Đảng ủy xã" not in person(ex, "Phạm Thị Lan").positions


def test_a_board_s_short_purpose_belongs_to_the_position_but_a_verb_or_more_name_does_not(
        tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2024-06 Ngày 5/6, Đại tá Lê Văn Bình, Phó Giám đốc Công an tỉnh, "
                                "Trưởng Ban Chỉ đạo diễn tập chỉ đạo buổi diễn tập. Ông Trần Quốc Toản, "
                                "Trưởng Ban Chỉ đạo giao Công an tỉnh chủ trì.")
    assert list(person(ex, "Lê Văn Bình").positions) == ["Phó Giám đốc Công an tỉnh",
                                                          "Trưởng Ban Chỉ đạo diễn tập"]
    assert list(person(ex, "Trần Quốc Toản").positions) == ["Trưởng Ban Chỉ đạo"]


def test_a_deputy_chief_justice_before_the_name_and_in_apposition() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    from chidao.text.normalize import normalize_text
    text = ("Ngày 20/12, Tòa án nhân dân tỉnh Bình Phước tổ chức hội nghị tổng kết. Thẩm phán Nguyễn Văn "
            "Tiến, Phó Chánh án Tòa án nhân dân tối cao dự. Phát biểu chỉ đạo, Phó Chánh án Nguyễn Văn Tiến "
            "yêu cầu Tòa án hai cấp nâng cao chất lượng xét xử.")
    people = extract_document(Document.from_text(normalize_text(text), "t.txt", date="2023-12")).people
    tien = next(p for p in people if p.name == "Nguyễn Văn Tiến")
    assert list(tien.positions) == ["Phó Chánh án Tòa án nhân dân tối cao"]
    assert len(tien.mentions) == 2


def _positions(text: str, date: str = "2023-06") -> dict[str, list[str]]:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    from chidao.text.normalize import normalize_text
    people = extract_document(Document.from_text(normalize_text(text), "t.txt", date=date)).people
    return {p.name: list(p.positions) for p in people}


def test_heads_of_a_team_a_cluster_an_agency_a_camp_and_a_board_named_after_the_office() -> None:
    found = _positions(
        "Sáng 6/6, Công an tỉnh Phú Thọ tổ chức hội nghị sơ kết. Đại tá Hà Văn Long, Giám đốc Công an tỉnh, "
        "Cụm trưởng Cụm thi đua số 5 chủ trì. Dự có ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh, Trưởng ban An "
        "toàn giao thông tỉnh; Thượng tá Vũ Văn Hải, Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh; "
        "Trung tá Đinh Văn Tư, Giám thị Trại tạm giam; bà Hoàng Thị Thu, Phó Giám đốc Sở; ông Mai Văn Lực, "
        "Tổ trưởng Tổ công tác đặc biệt 115 và bà Trần Thị Lan, Phó Viện trưởng làm trưởng đoàn.")
    assert found["Hà Văn Long"] == ["Giám đốc Công an tỉnh", "Cụm trưởng Cụm thi đua số 5"]
    assert found["Lê Văn Tám"] == ["Phó Chủ tịch UBND tỉnh", "Trưởng ban An toàn giao thông tỉnh"]
    assert found["Vũ Văn Hải"] == ["Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh"]
    assert found["Đinh Văn Tư"] == ["Giám thị Trại tạm giam"]
    assert found["Hoàng Thị Thu"] == ["Phó Giám đốc Sở"]
    assert found["Mai Văn Lực"] == ["Tổ trưởng Tổ công tác đặc biệt 115"]
    assert found["Trần Thị Lan"] == ["Phó Viện trưởng", "Trưởng đoàn"]


def test_a_board_head_before_a_name_or_the_steering_committee_of_the_gazetteer() -> None:
    found = _positions(
        "Chiều 2/3, Trưởng ban Nguyễn Văn Bình chủ trì cuộc họp của Ban Chỉ đạo 138 tỉnh Yên Bái. Ông Phạm "
        "Văn Đức, Phó Trưởng Ban Thường trực Ban Chỉ đạo, báo cáo kết quả.")
    assert found["Nguyễn Văn Bình"] == ["Trưởng ban"]
    assert found["Phạm Văn Đức"] == ["Phó Trưởng Ban Thường trực Ban Chỉ đạo"]


def test_a_name_listed_after_a_streets_name_is_a_street() -> None:
    found = _positions(
        "Tổ tuần tra của Công an phường Hàng Trống hoạt động trên các tuyến phố Lê Thánh Tông, Trần Quang "
        "Khải và khu vực bờ hồ. Thượng tá Nguyễn Văn Hòa, Trưởng Công an phường kiểm tra tổ tuần tra.")
    assert set(found) == {"Nguyễn Văn Hòa"}


def test_a_companys_head_a_branchs_a_posts_and_a_full_time_deputy_head_of_a_delegation() -> None:
    found = _positions(
        "Chiều 3/4, Công an tỉnh Sóc Trăng làm việc với các ngân hàng về phòng, chống lừa đảo. Dự có ông Lý "
        "Văn Hải, Tổng Giám đốc VNPT; ông Đặng Văn Tú, Giám đốc VCB chi nhánh Sóc Trăng; bà Lê Thị Mai, Giám "
        "đốc chi nhánh cho biết đã phong tỏa 12 tài khoản. Thượng tá Thạch Văn Ne, Đồn trưởng báo cáo; ông "
        "Hồ Văn Lâm, Phó bí thư Tỉnh ủy và bà Châu Thị Nga, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh dự.")
    assert found["Lý Văn Hải"] == ["Tổng Giám đốc VNPT"]
    assert found["Đặng Văn Tú"] == ["Giám đốc VCB chi nhánh Sóc Trăng"]
    assert found["Lê Thị Mai"] == ["Giám đốc chi nhánh"]
    assert found["Thạch Văn Ne"] == ["Đồn trưởng"]
    assert found["Hồ Văn Lâm"] == ["Phó bí thư Tỉnh ủy"]
    assert found["Châu Thị Nga"] == ["Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"]


def test_a_position_written_once_after_a_plural_list_is_every_listed_persons() -> None:
    found = _positions(
        "Dự lễ ra quân có các Thượng tá Trần Văn An, Lê Minh Đức, Phạm Quốc Huy, Phó Trưởng Công an huyện "
        "Châu Thành. Cùng dự có các đồng chí: Nguyễn Văn Tú, Bí thư Huyện ủy; Hồ Thị Lan, Chủ tịch UBND "
        "huyện; Đặng Văn Sơn.")
    assert found["Trần Văn An"] == found["Lê Minh Đức"] == found["Phạm Quốc Huy"] == [
        "Phó Trưởng Công an huyện Châu Thành"]
    assert found["Nguyễn Văn Tú"] == ["Bí thư Huyện ủy"]
    assert found["Đặng Văn Sơn"] == []


def test_two_positions_before_a_name_and_a_councils_chairman_in_full() -> None:
    found = _positions("Phó Chủ tịch UBND tỉnh, Trưởng ban An toàn giao thông tỉnh Trần Văn Bình chủ trì "
                       "hội nghị. Dự lễ có ông Lê Quang Hòa, Chủ tịch UBND huyện, Chủ tịch Hội đồng nghĩa vụ "
                       "quân sự huyện Thọ Xuân.", "2022-02")
    assert found["Trần Văn Bình"] == ["Phó Chủ tịch UBND tỉnh", "Trưởng ban An toàn giao thông tỉnh"]
    assert found["Lê Quang Hòa"] == ["Chủ tịch UBND huyện",
                                     "Chủ tịch Hội đồng nghĩa vụ quân sự huyện Thọ Xuân"]
    # a province whose name starts with a surname stays in the board's name
    found = _positions("Ông Phạm Minh Tâm, Trưởng ban An toàn giao thông tỉnh Lâm Đồng phát biểu.", "2022-02")
    assert found["Phạm Minh Tâm"] == ["Trưởng ban An toàn giao thông tỉnh Lâm Đồng"]


def test_positions_keep_bodies_outside_the_police_and_the_bare_police_after_a_unit(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2020-05 Đại tá Trần Văn Bình, Giám thị Trại giam Xuân Lộc chủ trì; "
                                "ông Lê Văn Nam, Giám đốc Cảng vụ Hàng không miền Bắc và Thượng tá Phạm "
                                "Văn Tú, Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh dự.")
    assert list(person(ex, "Trần Văn Bình").positions) == ["Giám thị Trại giam Xuân Lộc"]
    assert list(person(ex, "Lê Văn Nam").positions) == ["Giám đốc Cảng vụ Hàng không miền Bắc"]
    assert list(person(ex, "Phạm Văn Tú").positions) == [
        "Phó Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh"]


def test_trưởng_đoàn_after_a_comma_and_older_lower_case_offices(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2012-05 Ngày 3-5-2012, đoàn công tác của Ban Chỉ đạo 138 Trung ương do ông Lê Quang Vinh, Phó "
        "trưởng ban thường trực, làm trưởng đoàn đã làm việc với tỉnh Cà Mau.\n"
        "\n"
        "Ông Trần Văn Hòa, Phó chủ tịch UBND tỉnh, Trưởng ban Ban Chỉ đạo 138 tỉnh, cho biết tỉnh đã lập "
        "5 tổ công tác.\n"))
    assert person(ex, "Lê Quang Vinh").positions == ("Phó trưởng ban thường trực", "Trưởng đoàn")
    assert person(ex, "Trần Văn Hòa").positions == (
        "Phó chủ tịch UBND tỉnh", "Trưởng ban Ban Chỉ đạo 138 tỉnh")
    ex = extract_text(tmp_path, (
        " date 2023-09 Chiều 5/9, Đoàn giám sát của Ủy ban Pháp luật do ông Hoàng Văn Phúc, Phó Chủ nhiệm Ủy "
        "ban, làm Trưởng đoàn đã làm việc với UBND tỉnh Sơn La.\n"))
    assert person(ex, "Hoàng Văn Phúc").positions == ("Phó Chủ nhiệm Ủy ban", "Trưởng đoàn")


def test_the_secretary_of_a_commune_s_party_committee(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2025-08 Ông Lê Văn Tám, Bí thư Đảng ủy xã Tân Lập, cho biết xã đã bố trí đất xây trụ sở "
        "Công an xã.\n"))
    assert person(ex, "Lê Văn Tám").positions == ("Bí thư Đảng ủy xã Tân Lập",)
    assert "Đảng ủy xã Tân Lập" in [o.name for o in ex.organizations]


def test_a_lunar_year_after_tet_is_no_person(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2024-02 Nhân dịp Tết Nguyên đán Giáp Thìn, Chủ tịch UBND tỉnh đã tặng quà các đơn vị. "
        "Đón Xuân Ất Tỵ, Giám đốc Công an tỉnh thăm hỏi cán bộ. Dịp Tết Đinh Dậu, Bí thư Tỉnh ủy tặng "
        "quà. Đại tá Đinh Văn Sửu, Phó Giám đốc, dự.\n"))
    names = [p.name for p in ex.people]
    assert "Giáp Thìn" not in names and "Ất Tỵ" not in names and "Đinh Dậu" not in names
    assert "Đinh Văn Sửu" in names


def test_names_without_a_vietnamese_family_name_after_a_rank_or_comrade(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2012-07 Dự lễ có đ/c Lỳ Xè Pà, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Đoàn Sở An ninh tỉnh "
        "Luông Nậm Thà do Đại tá Xổm Xắc Phôm Vi Lay, Giám đốc Sở làm trưởng đoàn.\n"))
    people = {p.name: p.positions for p in ex.people}
    assert people["Lỳ Xè Pà"] == ("Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện")
    assert people["Xổm Xắc Phôm Vi Lay"] == ("Giám đốc Sở", "Trưởng đoàn")
    assert "Vi Lay" not in people


def test_a_plural_position_before_a_list_without_a_colon_stops_at_a_semicolon() -> None:
    found = _positions(
        "Dự hội nghị có các Phó Chủ tịch UBND tỉnh Lê Văn Hòa, Trần Thị Mai; Đại tá Phạm Quốc Bình, Giám đốc "
        "Công an tỉnh; Giám đốc Sở Y tế Đỗ Văn Thắng.")
    assert found["Lê Văn Hòa"] == found["Trần Thị Mai"] == ["Phó Chủ tịch UBND tỉnh"]
    assert found["Phạm Quốc Bình"] == ["Giám đốc Công an tỉnh"]
    assert found["Đỗ Văn Thắng"] == ["Giám đốc Sở Y tế"]


def test_a_family_name_tao_and_two_offices_joined_by_kiem() -> None:
    found = _positions(
        "Tại hội nghị, ông Tào Văn Minh, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Điện lực Việt Nam cam kết hỗ "
        "trợ 50 máy phát điện cho các đồn biên phòng.")
    assert found["Tào Văn Minh"] == ["Chủ tịch", "Tổng Giám đốc Tập đoàn Điện lực Việt Nam"]


def test_a_lower_case_position_after_the_name_and_the_bare_office_that_refers_to_it(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2023-04 Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu Công an tỉnh truy quét tội phạm cướp giật.\n\n"
        "Sáng 3-4, ông Võ Trọng Hải, chủ tịch UBND tỉnh Hà Tĩnh, đã ký văn bản gửi các sở, ngành.\n\n"
        "Chủ tịch tỉnh cũng giao UBND huyện Kỳ Anh rà soát các quán karaoke.\n"))
    assert list(person(ex, "Võ Trọng Hải").positions) == ["Chủ tịch UBND tỉnh Hà Tĩnh"]
    assert ex.directives
    assert [d.speaker for d in ex.directives] == ["Võ Trọng Hải"] * len(ex.directives)
    plain = extract_text(tmp_path, " date 2023-04 Ông Võ Trọng Hải, người dân xã Kỳ Tân, cho biết.\n",
                         "b.txt")
    assert all(not p.positions for p in plain.people)


def test_an_elder_named_after_gia_lang_and_a_bare_anh_joined_to_the_full_name(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2023-10 Ngày 3-10, xe khách do anh Trần Văn Lực (40 tuổi) điều khiển lao xuống vực. Cú va "
        "chạm khiến anh Lực bị thương nhẹ; Anh em trong đội đưa người bị nạn đi cấp cứu.\n\n"
        "Tại buổi gặp mặt, già làng Y Kông Mlô, buôn Ea Sar hứa vận động con cháu chấp hành pháp luật.\n"))
    assert mention_texts(ex, person(ex, "Trần Văn Lực")) == ["Trần Văn Lực", "Lực"]
    assert person(ex, "Y Kông Mlô").positions == ()


def test_anh_or_chi_opening_a_sentence_introduces_a_name_inside_one_or_alone_not(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2023-10 Ngày 3-10, Công an huyện Tuần Giáo xử phạt tài xế Lò Văn Khoa vì chở quá số người quy "
        "định. Anh Khoa cho biết sẽ chấp hành. Chị Quàng Thị Hoa, trú xã Quài Nưa cho biết đã giao nộp "
        "súng. Bà Nguyễn Thị Lan Anh, Phó Chủ tịch UBND huyện phát biểu.\n\nAnh Khoa\n"))
    # the sentence's "Anh Khoa" is the driver; the byline "Anh Khoa" alone on its line is not
    assert mention_texts(ex, person(ex, "Lò Văn Khoa")) == ["Lò Văn Khoa", "Khoa"]
    assert person(ex, "Quàng Thị Hoa").positions == ()
    assert person(ex, "Nguyễn Thị Lan Anh").positions == ("Phó Chủ tịch UBND huyện",)


def test_the_head_of_a_traffic_safety_board_written_short_keeps_its_level(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2012-07 Chiều 12/7, Ban An toàn giao thông tỉnh Hà Nam tổ chức hội nghị sơ kết. Ông Lê Văn "
        "Hòa, Phó Chủ tịch UBND tỉnh, Trưởng Ban ATGT tỉnh chủ trì hội nghị; ông Trần Văn Nam, Phó Trưởng "
        "Ban ATGT huyện Kim Bảng báo cáo.\n"))
    assert person(ex, "Lê Văn Hòa").positions == ("Phó Chủ tịch UBND tỉnh", "Trưởng Ban ATGT tỉnh")
    assert person(ex, "Trần Văn Nam").positions == ("Phó Trưởng Ban ATGT huyện Kim Bảng",)


def test_a_border_gates_name_is_no_person() -> None:
    found = _positions(
        "Năm nay, Bộ đội Biên phòng tỉnh Lai Châu sẽ xây dựng 1 trạm kiểm soát tại khu vực cửa khẩu Lò Cồ "
        "Sán. Hàng hóa qua cửa khẩu quốc tế Mã Sầu Phìn tăng; Đại tá Lò Văn Sính, Chỉ huy trưởng báo cáo.")
    assert set(found) == {"Lò Văn Sính"}


def test_thai_and_dao_surnames_of_the_north_west_keep_their_first_syllable(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2019-03\nSáng 4/3, Công an tỉnh Sơn La tổ chức hội nghị giao ban quý I. Ông Vì Văn Hiếu, Phó "
        "Chủ tịch UBND tỉnh dự; Đại tá Bạc Cầm Phong, Giám đốc Công an tỉnh chủ trì. Vì vậy, đồng chí Chảo "
        "Láo Sơn, Phó Bí thư Huyện ủy Mường La cũng dự.\n\nÔng Vì Văn Hiếu yêu cầu Công an tỉnh phối hợp với "
        "Công an tỉnh Bạc Liêu truy bắt đối tượng truy nã.\n"))
    assert [p.name for p in ex.people] == ["Vì Văn Hiếu", "Bạc Cầm Phong", "Chảo Láo Sơn"]
    assert mention_texts(ex, person(ex, "Vì Văn Hiếu")) == ["Vì Văn Hiếu", "Vì Văn Hiếu"]
    assert [d.speaker for d in ex.directives] == ["Vì Văn Hiếu"]


def test_a_boards_purpose_and_its_level_word_before_directly_directs_stay_in_the_position(
        tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2023-10\nNgày 12/10, huyện Đà Bắc tổ chức diễn tập khu vực phòng thủ. Đồng chí Nguyễn Văn "
        "Toàn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo diễn tập tỉnh trực tiếp chỉ đạo cuộc diễn tập; "
        "Công an tỉnh tham gia.\n"))
    assert person(ex, "Nguyễn Văn Toàn").positions == (
        "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo diễn tập tỉnh")


def test_a_defendant_named_again_by_his_given_name_after_bi_cao_is_a_mention(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2023-05\nNgày 9/5, TAND tỉnh Bắc Giang xét xử sơ thẩm vụ án đánh bạc. Theo cáo trạng, "
        "Trần Văn Khải (SN 1990) cầm đầu đường dây; bị can Lê Thị Mơ giữ sổ sách.\n\n"
        "Bị cáo khai nhận hành vi. Hội đồng xét xử tuyên phạt bị cáo Khải 9 năm tù, "
        "các bị cáo còn lại từ 2 đến 5 năm tù.\n"))
    assert [p.name for p in ex.people] == ["Trần Văn Khải", "Lê Thị Mơ"]
    assert mention_texts(ex, person(ex, "Trần Văn Khải")) == ["Trần Văn Khải", "Khải"]
