"""Organizations: public bodies by name, each once with all its mentions, names ending
where the body's name ends. Reports are short ones written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction

REPORT = (
    " date 2022-06 Ngày 14/6, Ban Thường vụ Tỉnh ủy Lạng Sơn và Đảng ủy Công an Trung ương tổ "
    "chức hội nghị đánh giá công tác phối hợp.\n"
    "\n"
    "Bộ Công an đánh giá cao sự quan tâm của Tỉnh ủy Lạng Sơn đối với công tác bảo đảm an ninh "
    "trật tự; UBND tỉnh Lạng Sơn về việc bố trí đất xây dựng trụ sở Công an xã.\n"
    "\n"
    "Công an tỉnh Lạng Sơn phối hợp với Bộ đội Biên phòng tỉnh Lạng Sơn kiểm soát chặt chẽ biên"
    " giới; Bộ Công an sẽ hỗ trợ công an tỉnh Lạng Sơn trang bị phương tiện.\n"
    "\n"
    "Tỉnh ủy sẽ tiếp thu ý kiến chỉ đạo, thực hiện nghiêm chỉ đạo của Bộ Chính trị, Quốc hội và"
    " Chính phủ.\n"
    "\n"
    "Quang cảnh hội nghị. Ảnh: Văn Hưng - TTXVN\n"
)


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def org_names(ex: Extraction) -> list[str]:
    return [o.name for o in ex.organizations]


def test_bodies_with_their_places_end_before_doi_voi_and_ve(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, REPORT)
    names = org_names(ex)
    for name in ("Ban Thường vụ Tỉnh ủy Lạng Sơn", "Đảng ủy Công an Trung ương", "Tỉnh ủy Lạng Sơn",
                 "UBND tỉnh Lạng Sơn", "Công an tỉnh Lạng Sơn", "Bộ đội Biên phòng tỉnh Lạng Sơn",
                 "Bộ Công an", "Bộ Chính trị", "Quốc hội", "Chính phủ"):
        assert name in names, (name, names)
    assert not any("đối với" in n or " về" in n for n in names)
    # a generic unit is no organization (GOLD.md)
    assert "Công an xã" not in names


def test_repeated_mentions_merge_into_one_body_whatever_the_case_of_the_head(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, REPORT)
    text = ex.document.text
    (police,) = [o for o in ex.organizations if o.name.casefold() == "công an tỉnh lạng sơn"]
    assert police.name == "Công an tỉnh Lạng Sơn"
    assert [text[s:e] for s, e in police.mentions] == ["Công an tỉnh Lạng Sơn", "công an tỉnh Lạng Sơn"]
    (ministry,) = [o for o in ex.organizations if o.name == "Bộ Công an"]
    assert len(ministry.mentions) == 2


def test_a_head_without_its_place_and_a_photo_credit_name_no_body(tmp_path: Path) -> None:
    names = org_names(extract_text(tmp_path, REPORT))
    assert "Tỉnh ủy" not in names
    assert "TTXVN" not in names


def test_the_seeds_name_the_ministry_party_committees_and_city_bodies_as_written(seed_extractions) -> None:
    hp = org_names(seed_extractions["000_03279662ad3bc2ee.txt"])
    assert {"Đảng ủy Công an Trung ương", "Thành ủy Hải Phòng", "Bộ Công an",
            "Ban Thường vụ Thành ủy Hải Phòng", "Bộ Chính trị"} <= set(hp)
    qn = org_names(seed_extractions["001_cccaa0f77e974efb.txt"])
    assert {"Ban Thường vụ Tỉnh ủy Quảng Ninh", "Công an tỉnh Quảng Ninh"} <= set(qn)
    hcm = org_names(seed_extractions["004_81a66e3ca0f5548f.txt"])
    assert {"Thành ủy Thành phố Hồ Chí Minh", "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh",
            "Ban Thường vụ Đảng ủy Công an Trung ương", "Quốc hội"} <= set(hcm)
    assert "TTXVN" not in hcm
    covid = org_names(seed_extractions["003_4d30831d878c59ec.txt"])
    assert "Ban Chỉ đạo Quốc gia phòng chống dịch" in covid


def orgs_of(tmp_path: Path, text: str) -> tuple[str, dict[str, list[str]]]:
    """The report's text and each organization's name -> its mentions as written."""
    ex = extract_text(tmp_path, " date 2021-05 " + text)
    body = ex.document.text
    return body, {o.name: [body[s:e] for s, e in o.mentions] for o in ex.organizations}


def test_police_departments_and_divisions_are_named_without_a_place(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Giám đốc Công an tỉnh khen thưởng Phòng Cảnh Sát Hình sự, Phòng Cảnh sát điều tra "
                      "tội phạm về ma túy và Trung đoàn Cảnh sát cơ động; ông là Trưởng phòng An ninh chính "
                      "trị nội bộ (PA03). Cục Cảnh sát giao thông và Vùng Cảnh sát biển 3 phối hợp tuần tra.")
    for name in ("Phòng Cảnh Sát Hình sự", "Phòng Cảnh sát điều tra tội phạm về ma túy",
                 "Trung đoàn Cảnh sát cơ động", "Phòng An ninh chính trị nội bộ", "Cục Cảnh sát giao thông",
                 "Vùng Cảnh sát biển 3"):
        assert name in orgs, (name, list(orgs))
    # the lower-case head after a position, its code after it, keeps its mention as written
    assert orgs["Phòng An ninh chính trị nội bộ"] == ["phòng An ninh chính trị nội bộ"]


def test_a_unit_takes_the_body_it_belongs_to_when_that_follows(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path, "Phòng Tham mưu Công an tỉnh Sơn La đã tham mưu tổ chức hội nghị.")
    assert list(orgs) == ["Phòng Tham mưu Công an tỉnh Sơn La"]


def test_a_unit_code_in_brackets_names_the_same_unit_later(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Tặng Bằng khen cho Phòng Cảnh sát kinh tế (PC 03) và Phòng Hậu cần. Trước đó, "
                      "Phòng PC03 đã triệt phá đường dây buôn lậu; Phòng PC45 được tặng Huân chương.")
    assert orgs["Phòng Cảnh sát kinh tế"] == ["Phòng Cảnh sát kinh tế", "Phòng PC03"]
    assert orgs["Phòng PC45"] == ["Phòng PC45"]
    assert "Phòng Hậu cần" in orgs


def test_a_code_in_brackets_vouches_for_a_name_the_vocabulary_lacks(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path, "Thượng tá X, Trưởng phòng Quản lý Xuất Nhập cảnh (PA08), phát biểu.")
    assert list(orgs) == ["Phòng Quản lý Xuất Nhập cảnh"]


def test_party_and_state_commissions_with_and_without_their_place(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Ông là Phó ban Tổ chức Trung ương; bà là Trưởng Ban Tuyên giáo Tỉnh ủy Phú Yên và "
                      "Trưởng ban An toàn giao thông tỉnh Phú Yên. Ban Thi đua-Khen thưởng Trung ương và "
                      "Tiểu ban An ninh trật tự, an toàn xã hội cùng dự; Ban An toàn giao thông tỉnh họp.")
    assert orgs["Ban Tổ chức Trung ương"] == ["ban Tổ chức Trung ương"]
    for name in ("Ban Tuyên giáo Tỉnh ủy Phú Yên", "Ban An toàn giao thông tỉnh Phú Yên",
                 "Ban Thi đua-Khen thưởng Trung ương", "Tiểu ban An ninh trật tự, an toàn xã hội"):
        assert name in orgs, (name, list(orgs))
    # inside a longer body only the longer body; a board without its place names none
    assert "Tỉnh ủy Phú Yên" not in orgs
    assert len(orgs) == 5


def test_national_committees_and_bodies_named_with_viet_nam(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Ủy ban Quốc gia phòng chống AIDS và phòng, chống tệ nạn ma túy, mại dâm, Đài Truyền "
                      "hình Việt Nam, Hội Nông dân Việt Nam và Tập đoàn Điện lực Việt Nam cùng phối hợp "
                      "với Việt Nam và Lào.")
    assert set(orgs) == {
        "Ủy ban Quốc gia phòng chống AIDS và phòng, chống tệ nạn ma túy, mại dâm", "Đài Truyền hình Việt Nam",
        "Hội Nông dân Việt Nam", "Tập đoàn Điện lực Việt Nam"}


def test_abbreviated_party_bodies(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Ông là Ủy viên BCH Trung ương Đảng, Bí thư Đảng ủy Công an T.Ư; BTV Tỉnh ủy Sóc Trăng "
                      "và Ủy ban MTTQ tỉnh Sóc Trăng, MTTQ TPHCM cùng dự. Thành ủy, HĐND, UBND, MTTQ TP Cần "
                      "Thơ tổ chức mít tinh.")
    for name in ("BCH Trung ương Đảng", "Đảng ủy Công an T.Ư", "BTV Tỉnh ủy Sóc Trăng",
                 "Ủy ban MTTQ tỉnh Sóc Trăng", "MTTQ TPHCM", "MTTQ TP Cần Thơ"):
        assert name in orgs, (name, list(orgs))
    # "Trung ương Đảng" inside "BCH Trung ương Đảng" is not a body of its own; a list sharing
    # one place: only the body written with it
    assert "Trung ương Đảng" not in orgs and "Thành ủy" not in " ".join(orgs)


def test_one_body_written_with_and_without_its_level_word_is_one_item(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Công an Kon Tum triển khai kế hoạch. Lãnh đạo Công an tỉnh Kon Tum cho biết, "
                      "CA Kon Tum đã phối hợp với Công an TP Cần Thơ; Công an Cần Thơ cảm ơn. Công an "
                      "thành phố Kon Tum, một đơn vị cấp huyện, cũng tham dự.")
    assert orgs["Công an tỉnh Kon Tum"] == ["Công an Kon Tum", "Công an tỉnh Kon Tum", "CA Kon Tum"]
    assert orgs["Công an TP Cần Thơ"] == ["Công an TP Cần Thơ", "Công an Cần Thơ"]
    # Kon Tum city is not Kon Tum province
    assert orgs["Công an thành phố Kon Tum"] == ["Công an thành phố Kon Tum"]


def test_a_hyphenated_or_former_province_stays_inside_the_bodys_name(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Nguyên Trưởng ty Công an tỉnh Quảng Nam - Đà Nẵng; Công an tỉnh Thừa Thiên- Huế và "
                      "Công an tỉnh BR-VT ký kết; lãnh đạo Công an tỉnh Bà Rịa - Vũng Tàu phát biểu.")
    assert "Công an tỉnh Quảng Nam - Đà Nẵng" in orgs
    assert "Công an tỉnh Thừa Thiên- Huế" in orgs
    assert orgs["Công an tỉnh Bà Rịa - Vũng Tàu"] == ["Công an tỉnh BR-VT", "Công an tỉnh Bà Rịa - Vũng Tàu"]
    assert len(orgs) == 3


def test_a_provincial_border_guard_command_without_its_place_names_no_body(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Dự họp có đại diện Ban Chỉ huy Quân sự tỉnh, Ban Chỉ huy Bộ đội Biên phòng và Bộ Chỉ "
                      "huy Bộ đội Biên phòng tỉnh Kiên Giang.")
    assert list(orgs) == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang"]


def test_words_that_only_look_like_units_name_nothing(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Phòng, chống tội phạm là nhiệm vụ trọng tâm; cục diện an ninh thay đổi; đội ngũ cán "
                      "bộ được kiện toàn; Ban Tổ chức Hội thi đã trao giải; quan hệ giữa Đài Loan và Việt "
                      "Nam; Hội nghị Việt Nam - Lào được tổ chức; vùng biển được tuần tra; Hội Cựu chiến "
                      "binh cùng nhân dân Việt Nam mít tinh.")
    assert orgs == {}


def test_two_boards_of_one_party_committee_are_two_bodies(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Ban Tổ chức Tỉnh ủy Hà Nam và Ban Tuyên giáo Tỉnh ủy Hà Nam phối hợp với Sở Y tế tỉnh "
                      "Hà Nam, Sở Tư pháp tỉnh Hà Nam và VKSND tỉnh Hà Nam.")
    assert list(orgs) == ["Ban Tổ chức Tỉnh ủy Hà Nam", "Ban Tuyên giáo Tỉnh ủy Hà Nam",
                          "Sở Y tế tỉnh Hà Nam", "Sở Tư pháp tỉnh Hà Nam", "VKSND tỉnh Hà Nam"]


def test_district_teams_mobile_regiments_and_border_stations(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Đội Cảnh sát giao thông - trật tự Công an huyện Bảo Lâm, Trung đoàn CSCĐ Tây Nguyên "
                      "và Đồn Biên phòng cửa khẩu Quốc tế Cầu Treo phối hợp với Đồn Biên phòng Lũng Cú; "
                      "các đồn biên phòng và Đồn Biên phòng trên tuyến biên giới cùng tham gia.")
    assert list(orgs) == ["Đội Cảnh sát giao thông - trật tự Công an huyện Bảo Lâm",
                          "Trung đoàn CSCĐ Tây Nguyên", "Đồn Biên phòng cửa khẩu Quốc tế Cầu Treo",
                          "Đồn Biên phòng Lũng Cú"]


def test_a_code_written_alone_is_a_mention_and_a_name_beats_a_code(tmp_path: Path) -> None:
    text, orgs = orgs_of(tmp_path,
                         "Phòng PC47 phối hợp với Phòng CSĐT tội phạm về ma túy (PC47) bắt 3 đối tượng; PC47 "
                         "đã khởi tố vụ án. PC64 cũng tham gia.")
    assert orgs == {"Phòng CSĐT tội phạm về ma túy": ["Phòng PC47", "Phòng CSĐT tội phạm về ma túy", "PC47"]}


def test_abbreviated_level_words_take_only_units_the_data_knows(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Công an Q.Tân Bình và Công an quận Tân Bình là một; Công an H.Củ Chi cũng dự, "
                      "còn Công an Q.Xyz thì không có.")
    assert orgs == {"Công an quận Tân Bình": ["Công an Q.Tân Bình", "Công an quận Tân Bình"],
                    "Công an H.Củ Chi": ["Công an H.Củ Chi"]}


def test_police_of_communes_named_since_2025(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path, "Công an phường Xuân Hương - Đà Lạt và Công an đặc khu Phú Quý phối hợp.")
    assert list(orgs) == ["Công an phường Xuân Hương - Đà Lạt", "Công an đặc khu Phú Quý"]


def test_a_steering_committee_is_told_apart_by_its_purpose_and_needs_its_place(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Ban Chỉ đạo 138 tỉnh Yên Bái và Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội tỉnh "
                      "Yên Bái họp; ông là Trưởng ban Chỉ đạo 138 tỉnh Yên Bái. Ban Chỉ đạo đã đề ra giải "
                      "pháp cho tỉnh Yên Bái; Ban Chỉ đạo tỉnh cũng dự.")
    assert orgs == {
        "Ban Chỉ đạo 138 tỉnh Yên Bái": ["Ban Chỉ đạo 138 tỉnh Yên Bái", "ban Chỉ đạo 138 tỉnh Yên Bái"],
        "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội tỉnh Yên Bái": [
            "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội tỉnh Yên Bái"]}


def test_hold_out_classes_of_named_bodies():
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Sáng 15/11, Ban chỉ đạo 138 UBND tỉnh Bà Rịa - Vũng Tàu tổ chức lễ ra quân. Bộ Chỉ huy Quân sự "
            "và Bộ Tư lệnh Vùng Cảnh sát biển 2 giao ban. Thứ trưởng làm việc với Ban giám đốc Công an tỉnh "
            "Sóc Trăng. Khen thưởng Phòng Cảnh sát kỹ thuật hình sự. Đoàn Thể thao Việt Nam giành 64 HCV.")
    names = {o.name for o in extract_document(Document.from_text(text, "t.txt")).organizations}
    assert {"Ban chỉ đạo 138 UBND tỉnh Bà Rịa - Vũng Tàu", "Bộ Tư lệnh Vùng Cảnh sát biển 2",
            "Ban giám đốc Công an tỉnh Sóc Trăng", "Phòng Cảnh sát kỹ thuật hình sự",
            "Đoàn Thể thao Việt Nam"} <= names
    assert "Vùng Cảnh sát biển 2" not in names and "UBND tỉnh Bà Rịa - Vũng Tàu" not in names


def test_fire_police_bodies_by_their_full_names(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2014-11\nNgày 4/11, Đoàn kiểm tra của Tổng cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, "
        "cứu hộ đã kiểm tra công tác PCCC tại tỉnh Bình Dương.\n\nThiếu tướng Phạm Văn Ngọc yêu cầu "
        "Cảnh sát PC&CC tỉnh Bình Dương tăng cường kiểm tra các khu công nghiệp. Ông cũng đề nghị UBND "
        "tỉnh đầu tư thêm 2 xe chữa cháy.\n"))
    names = [org.name for org in ex.organizations]
    assert "Tổng cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ" in names
    assert "Cảnh sát PC&CC tỉnh Bình Dương" in names
    assert [d.addressee for d in ex.directives] == ["Cảnh sát PC&CC tỉnh Bình Dương", "UBND tỉnh"]


def test_a_department_named_without_its_province_and_the_provincial_customs(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2021-07\nNgày 5/7, Ban Chỉ đạo 138 tỉnh Long An sơ kết công tác phòng, chống tội phạm.\n\n"
        "Trưởng Ban yêu cầu Sở Thông tin và Truyền thông phối hợp với Công an tỉnh tuyên truyền; Cục Hải "
        "quan tỉnh Lạng Sơn kiểm soát chặt chẽ hàng hóa qua cửa khẩu.\n"))
    names = [org.name for org in ex.organizations]
    assert "Sở Thông tin và Truyền thông" in names and "Cục Hải quan tỉnh Lạng Sơn" in names


def test_a_number_after_a_province_or_city_is_no_part_of_its_name(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2025-08\nChiều 14/8, Bộ Công an làm việc với Công an tỉnh Gia Lai.\n\n"
        "Bộ Công an trao tặng Công an tỉnh 10 xe ô tô; Công an thành phố 45 xe mô tô; Công an Quận 10 "
        "và Công an phường 12 nhận bằng khen.\n"))
    names = [org.name for org in ex.organizations]
    assert not any(name.startswith(("Công an tỉnh 1", "Công an thành phố 4")) for name in names), names
    assert "Công an Quận 10" in names


def test_standing_titles_boards_named_for_a_movement_or_a_project_and_credit_lines(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2022-08\nSáng 19-8, Ban Chỉ đạo phong trào Toàn dân bảo vệ an ninh Tổ quốc TP Hà Nội tổ chức "
        "Ngày hội tại phường Phúc Đồng.\n\n"
        "Dự có bà Nguyễn Thị Tuyến, Phó Bí thư Thường trực Thành ủy Hà Nội; đại diện Tổ công tác triển khai "
        "Đề án 06 và Ban Quản lý các khu công nghiệp Bình Dương.\n\n(TTXVN/Vietnam+)\n"))
    names = [org.name for org in ex.organizations]
    assert names == ["Ban Chỉ đạo phong trào Toàn dân bảo vệ an ninh Tổ quốc TP Hà Nội", "Thành ủy Hà Nội",
                     "Tổ công tác triển khai Đề án 06", "Ban Quản lý các khu công nghiệp Bình Dương"]


def test_a_police_party_organization_prisons_and_rehab_centres_by_number(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2025-08\nNgày 7/8, Đảng bộ Công an tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ I.\n\n"
        "Dự có đại diện Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng; "
        "Trại giam số 6 và Cơ sở cai nghiện ma túy số 2.\n"))
    names = [org.name for org in ex.organizations]
    assert names == ["Đảng bộ Công an tỉnh Phú Thọ",
                     "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng",
                     "Trại giam số 6", "Cơ sở cai nghiện ma túy số 2"]


def test_neighbours_provincial_police_a_procuracy_in_lower_case_and_a_national_assembly_delegation(
        tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2024-09 Sáng 5/9, Công an tỉnh An Giang hội đàm với Cảnh sát tỉnh Takeo (Campuchia) và Bộ Chỉ "
        "huy An ninh tỉnh Champasak (Lào).\n\n"
        "Dự hội đàm có đại diện Viện kiểm sát nhân dân tỉnh An Giang, Tòa án nhân dân tỉnh An Giang và Đoàn "
        "đại biểu Quốc hội tỉnh An Giang.\n"))
    names = [o.name for o in ex.organizations]
    for name in ("Cảnh sát tỉnh Takeo", "Bộ Chỉ huy An ninh tỉnh Champasak",
                 "Viện kiểm sát nhân dân tỉnh An Giang", "Đoàn đại biểu Quốc hội tỉnh An Giang"):
        assert name in names, names
    assert "Quốc hội" not in names


def test_a_short_form_without_its_place_is_a_mention_of_the_one_body_named_in_full(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2024-04 Sáng 2/4, Phòng Cảnh sát kinh tế Công an tỉnh Bình Định phối hợp với Sở Y tế "
        "tỉnh Bình Định kiểm tra các cơ sở kinh doanh thuốc.\n\n"
        "Phòng Cảnh sát kinh tế đã phát hiện 12 cơ sở vi phạm; Sở Y tế đề nghị xử lý nghiêm.\n"))
    found = {o.name: len(o.mentions) for o in ex.organizations}
    assert found["Phòng Cảnh sát kinh tế Công an tỉnh Bình Định"] == 2
    assert found["Sở Y tế tỉnh Bình Định"] == 2
    assert "Phòng Cảnh sát kinh tế" not in found and "Sở Y tế" not in found


def test_a_short_form_with_two_bodies_it_may_stand_for_stays_apart(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2024-04 Sáng 2/4, Sở Y tế tỉnh Bình Định và Sở Y tế tỉnh Phú Yên ký kết quy chế phối hợp "
        "bảo đảm an ninh trật tự tại bệnh viện.\n\n"
        "Sở Y tế sẽ cử cán bộ đầu mối.\n"))
    assert "Sở Y tế" in {o.name for o in ex.organizations}


def test_companies_are_bodies_named_up_to_a_joining_word_or_another_body() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Ngày 3/5, Công an tỉnh Bình Định làm việc với Công ty Cổ phần Cảng Quy Nhơn và Công ty TNHH "
            "Thủy sản Hải Vương về an ninh cảng biển. Công ty Điện lực Bình Định phối hợp Công an thành phố "
            "Quy Nhơn kiểm tra an toàn. Tổng công ty Đường sắt Việt Nam tại khu vực đã lắp đặt 12 cần chắn.")
    ex = extract_document(Document.from_text(text, "t.txt", date="2024-05"))
    names = {o.name: [text[s:e] for s, e in o.mentions] for o in ex.organizations}
    for name in ("Công ty Cổ phần Cảng Quy Nhơn", "Công ty TNHH Thủy sản Hải Vương",
                 "Công ty Điện lực Bình Định", "Tổng công ty Đường sắt Việt Nam",
                 "Công an thành phố Quy Nhơn"):
        assert names[name] == [name]


def test_a_tourism_or_culture_and_sports_department_is_a_body() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Chiều 2/9, Phó Chủ tịch UBND tỉnh Quảng Ninh yêu cầu Sở Du lịch kiểm tra giá dịch vụ; Sở Văn "
            "hóa và Thể thao tỉnh Quảng Ninh bảo đảm an toàn các lễ hội.")
    ex = extract_document(Document.from_text(text, "t.txt", date="2024-09"))
    names = {o.name for o in ex.organizations}
    assert {"Sở Du lịch", "Sở Văn hóa và Thể thao tỉnh Quảng Ninh"} <= names


def test_a_detention_centre_named_after_its_police_and_no_number_from_a_count() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Ngày 4/3, Đoàn công tác kiểm tra Trại tạm giam Công an tỉnh Hà Nam. Cục sẽ bàn giao cho Trại "
            "tạm giam 2 xe ô tô chuyên dụng. Trại giam số 5 và Quân khu 3 tổ chức diễn tập.")
    ex = extract_document(Document.from_text(text, "t.txt", date="2024-03"))
    names = {o.name for o in ex.organizations}
    assert {"Trại tạm giam Công an tỉnh Hà Nam", "Trại giam số 5", "Quân khu 3"} <= names
    assert not any(name.startswith("Trại tạm giam 2") for name in names)


def test_a_forest_ranger_subdepartment_with_its_place_and_the_european_commission(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, "Sáng 2/6, Chi cục Kiểm lâm tỉnh Đắk Lắk phối hợp với Công an tỉnh Đắk Lắk "
                                "kiểm tra các xưởng gỗ. Chi cục Kiểm lâm tỉnh sẽ báo cáo Ủy ban châu Âu về "
                                "truy xuất nguồn gốc gỗ.")
    names = org_names(ex)
    assert "Chi cục Kiểm lâm tỉnh Đắk Lắk" in names
    assert "Ủy ban châu Âu" in names
    assert "Chi cục Kiểm lâm tỉnh" not in names and "Chi cục Kiểm lâm" not in names


def test_a_procuracy_a_ministry_inspectorate_a_bank_branch_and_a_customs_branch(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Viện KSND tỉnh Thái Bình phối hợp với Chi cục Hải quan Cửa khẩu Móng Cái và "
                      "Ngân hàng Nhà nước chi nhánh tỉnh Thái Bình; kết quả báo cáo về Thanh tra Bộ Công an "
                      "và Bộ Công an.")
    bank = "Ngân hàng Nhà nước chi nhánh tỉnh Thái Bình"
    assert orgs == {"Viện KSND tỉnh Thái Bình": ["Viện KSND tỉnh Thái Bình"],
                    "Chi cục Hải quan Cửa khẩu Móng Cái": ["Chi cục Hải quan Cửa khẩu Móng Cái"],
                    bank: [bank],
                    "Thanh tra Bộ Công an": ["Thanh tra Bộ Công an"],
                    "Bộ Công an": ["Bộ Công an"]}


def test_a_bodys_youth_union_is_one_body_with_it(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path, "Đoàn Thanh niên Công an tỉnh Sóc Trăng tổ chức tuyên truyền phòng, chống "
                                "ma túy.")
    assert orgs == {"Đoàn Thanh niên Công an tỉnh Sóc Trăng": ["Đoàn Thanh niên Công an tỉnh Sóc Trăng"]}


def test_interpol_its_office_in_vietnam_its_secretariat_and_aseanapol_are_bodies() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Sáng 5/10, Bộ Công an tổng kết hợp tác với Tổ chức Cảnh sát hình sự quốc tế (INTERPOL). "
            "Đại diện Ban Tổng Thư ký INTERPOL, Văn phòng INTERPOL Việt Nam và ASEANAPOL dự hội nghị.")
    document = Document.from_text(text, source="t", date="2023-10")
    names = {o.name for o in extract_document(document).organizations}
    assert {"Tổ chức Cảnh sát hình sự quốc tế", "Ban Tổng Thư ký INTERPOL", "Văn phòng INTERPOL Việt Nam",
            "ASEANAPOL"} <= names


def test_a_sub_department_chi_cuc_is_never_cut_to_a_cuc(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path, "Hai bên thống nhất trao đổi thông tin giữa Phòng Quản lý xuất nhập cảnh "
                                "Công an tỉnh Lạng Sơn và Chi cục Quản lý xuất nhập cảnh Bằng Tường; Chi cục "
                                "Kiểm lâm tỉnh Lào Cai tăng cường tuần tra rừng phòng hộ.")
    assert "Chi cục Quản lý xuất nhập cảnh Bằng Tường" in orgs
    assert "Chi cục Kiểm lâm tỉnh Lào Cai" in orgs
    assert not [name for name in orgs if name.lower().startswith("cục")]


def test_regional_steering_committees_customs_and_the_policy_bank_are_bodies(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2014-05\nĐoàn công tác làm việc tại Sóc Trăng\n\n"
        "Ngày 9/5, đoàn công tác của Ban Chỉ đạo Tây Nam Bộ làm việc với Tỉnh ủy Sóc Trăng về an ninh vùng "
        "đồng bào "
        "dân tộc. Đại diện Tổng cục Hải quan báo cáo tình hình buôn lậu; Ngân hàng Chính sách xã hội cho "
        "biết đã cho "
        "12.000 hộ nghèo vay vốn.\n"))
    names = org_names(ex)
    for name in ("Ban Chỉ đạo Tây Nam Bộ", "Tổng cục Hải quan", "Ngân hàng Chính sách xã hội",
                 "Tỉnh ủy Sóc Trăng"):
        assert name in names, (name, names)


def test_international_bodies_are_bodies_and_their_bracketed_abbreviation_is_no_second_mention(
        tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path, "Tổ chức Y tế thế giới (WHO) và Văn phòng Liên hợp quốc về Ma túy và "
                                "Tội phạm (UNODC) hỗ trợ tỉnh; UNODC sẽ tập huấn cho cán bộ.")
    assert orgs["Tổ chức Y tế thế giới"] == ["Tổ chức Y tế thế giới"]
    assert orgs["Văn phòng Liên hợp quốc về Ma túy và Tội phạm"] == [
        "Văn phòng Liên hợp quốc về Ma túy và Tội phạm", "UNODC"]


def test_a_long_name_vouched_for_by_its_short_form_in_brackets_is_one_body(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path, "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên (GDNN-GDTX) phối hợp "
                                "với Vụ Pháp chế và quản lý khoa học (Vụ 3) tổ chức lớp học. Viện Kiểm sát "
                                "nhân dân (VKSND) tỉnh Hà Nam kiểm sát; VKSND tỉnh Hà Nam kiến nghị.")
    assert orgs["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"] == [
        "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"]
    assert orgs["Vụ Pháp chế và quản lý khoa học"] == ["Vụ Pháp chế và quản lý khoa học"]
    assert orgs["Viện Kiểm sát nhân dân tỉnh Hà Nam"] == [
        "Viện Kiểm sát nhân dân (VKSND) tỉnh Hà Nam", "VKSND tỉnh Hà Nam"]
    _, orgs = orgs_of(tmp_path, "Trung tâm Huấn luyện (nay là Phòng Đào tạo) và Ban Quản lý (BQL) dự án "
                                "báo cáo kết quả.")
    assert not [name for name in orgs if name.startswith(("Trung tâm", "Ban Quản lý"))], orgs
    _, orgs = orgs_of(tmp_path, "Cơ quan Cảnh sát điều tra (CSĐT) Công an tỉnh Nghệ An đã khởi tố vụ án.")
    assert orgs == {"Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An": [
        "Cơ quan Cảnh sát điều tra (CSĐT) Công an tỉnh Nghệ An"]}, orgs


def test_banks_and_groups_are_named_with_their_joined_words_and_branch() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Ngày 6/8, Công an tỉnh Trà Vinh phối hợp với Ngân hàng TMCP Phương Đông (OCB) chi nhánh "
            "Trà Vinh tổ chức hội nghị phòng, chống lừa đảo. Ngân hàng Nông nghiệp và Phát triển nông "
            "thôn chi nhánh tỉnh Trà Vinh cam kết hỗ trợ. Tập đoàn Bưu chính - Viễn thông Việt Nam và "
            "Ngân hàng Nhà nước chi nhánh tỉnh Trà Vinh cùng tham dự.")
    ex = extract_document(Document.from_text(text, "t.txt", date="2024-08"))
    names = {o.name: [text[s:e] for s, e in o.mentions] for o in ex.organizations}
    # a short form in brackets inside the name stays in the mention and out of the name
    assert names["Ngân hàng TMCP Phương Đông chi nhánh Trà Vinh"] == [
        "Ngân hàng TMCP Phương Đông (OCB) chi nhánh Trà Vinh"]
    for name in ("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Trà Vinh",
                 "Tập đoàn Bưu chính - Viễn thông Việt Nam"):
        assert names[name] == [name]
    # the central bank is a public body of the gazetteer, never a company cut short
    assert not any(n.startswith("Ngân hàng Nhà") and "nước" not in n for n in names)


def test_a_border_post_named_after_its_district_whose_name_looks_like_a_person(tmp_path: Path) -> None:
    # "Trần Văn Thời" is a district of Cà Mau whose name reads like a person's
    ex = extract_text(tmp_path, " date 2021-08 Ngày 3/8, Đồn Biên phòng Trần Văn Thời phối hợp với "
                                "Công an tỉnh Cà Mau tuần tra trên biển; một người được đưa đến Trung tâm Y "
                                "tế huyện Trần Văn Thời.\n")
    names = org_names(ex)
    assert "Đồn Biên phòng Trần Văn Thời" in names
    assert "Trung tâm Y tế huyện Trần Văn Thời" in names


def test_a_customs_branch_of_an_airport_and_associations(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2023-05 Chiều 4/5, Cục Hải quan TP Hà Nội cùng Chi cục Hải quan "
                                "cửa khẩu sân bay quốc tế Nội Bài, Hiệp hội Dữ liệu quốc gia và Hiệp hội Du "
                                "lịch tỉnh Khánh Hòa trao đổi về phòng, chống buôn lậu; Hội LHPN tỉnh Khánh "
                                "Hòa tham dự.\n")
    names = org_names(ex)
    for name in ("Chi cục Hải quan cửa khẩu sân bay quốc tế Nội Bài", "Hiệp hội Dữ liệu quốc gia",
                 "Hiệp hội Du lịch tỉnh Khánh Hòa", "Hội LHPN tỉnh Khánh Hòa"):
        assert name in names, names


def test_a_special_team_named_by_a_number_of_three_digits(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2020-02 Tối 9/2, Công an tỉnh Bắc Ninh ra mắt Tổ công tác đặc "
                                "biệt 363; Tổ công tác đặc biệt 363 có 20 cán bộ.\n")
    team = next(o for o in ex.organizations if o.name == "Tổ công tác đặc biệt 363")
    assert len(team.mentions) == 2


def test_command_centres_stations_district_teams_and_the_city_command(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2023-01 Đêm 21/1, lãnh đạo thành phố thăm Trung tâm Chỉ huy Công an "
                                "tỉnh Đồng Nai, Trạm CSGT Dầu Giây, Đội Cảnh sát giao thông huyện Nhơn Trạch "
                                "và Bộ Tư lệnh TP.HCM; trung tâm chỉ huy của tỉnh hoạt động suốt đêm.\n")
    names = org_names(ex)
    for name in ("Trung tâm Chỉ huy Công an tỉnh Đồng Nai", "Trạm CSGT Dầu Giây",
                 "Đội Cảnh sát giao thông huyện Nhơn Trạch", "Bộ Tư lệnh TP.HCM"):
        assert name in names, names
    assert not any(n.startswith(("trung tâm", "Trung tâm chỉ huy")) for n in names), names
    # the police of the province is a body of its own outside the centre's name only
    assert "Công an tỉnh Đồng Nai" not in names


def test_tax_departments_a_national_department_and_a_unit_written_two_ways(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2024-03 Sáng 5/3, Cục CSHS phối hợp với Cục Thuế tỉnh Nam Định, Tổng "
                                "cục Thuế và Cục Đường bộ Việt Nam rà soát doanh nghiệp vận tải; Cục Cảnh "
                                "sát hình sự yêu cầu Phòng Cảnh sát hình sự Công an các tỉnh phối hợp.\n")
    names = org_names(ex)
    for name in ("Cục Thuế tỉnh Nam Định", "Tổng cục Thuế", "Cục Đường bộ Việt Nam"):
        assert name in names, names
    police = [o for o in ex.organizations if o.name in ("Cục CSHS", "Cục Cảnh sát hình sự")]
    assert [o.name for o in police] == ["Cục Cảnh sát hình sự"] and len(police[0].mentions) == 2
    # a unit of the police of many provinces names no one body
    assert "Phòng Cảnh sát hình sự" not in names, names


def test_a_company_with_its_form_in_lower_case_and_a_districts_military_service_council() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Sáng 20/2, Hội đồng nghĩa vụ quân sự huyện Thọ Xuân tổ chức lễ giao nhận quân. Công ty cổ phần "
            "Vận tải Hoàng Long cam kết không để lái xe sử dụng rượu, bia khi điều khiển phương tiện.")
    found = extract_document(Document.from_text(text, "t.txt", date="2022-02")).organizations
    names = {o.name for o in found}
    assert {"Hội đồng nghĩa vụ quân sự huyện Thọ Xuân", "Công ty cổ phần Vận tải Hoàng Long"} <= names


def test_a_commanders_office_before_the_border_guard_written_bare_names_the_whole_force() -> None:
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Sáng 12/4, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu tổ chức hội nghị. Thiếu tướng Lê Văn "
            "Toàn, Phó Tư lệnh Bộ đội Biên phòng dự hội nghị. Bộ đội Biên phòng Lai Châu bắt giữ 20 vụ "
            "ma túy.")
    found = extract_document(Document.from_text(text, "t.txt", date="2020-04")).organizations
    spans = {o.name: [text[s:e] for s, e in o.mentions] for o in found}
    assert spans["Bộ đội Biên phòng"] == ["Bộ đội Biên phòng"]
    assert spans["Bộ đội Biên phòng Lai Châu"] == ["Bộ đội Biên phòng Lai Châu"]


def test_bodies_outside_the_police_are_named(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Trại giam Xuân Lộc phối hợp với Hải đội 205 và Cảng vụ Hàng không miền Trung kiểm tra "
                      "Cảng hàng không quốc tế Phú Bài. Đồn Công an Cảng hàng không quốc tế Phú Bài báo cáo. "
                      "Cục Phòng, chống tệ nạn xã hội và Chi nhánh Ngân hàng Nhà nước tỉnh Sơn La dự họp; "
                      "Sở GD&ĐT giao Trường THPT Chu Văn An tổ chức tuyên truyền.")
    for name in ("Trại giam Xuân Lộc", "Hải đội 205", "Cảng vụ Hàng không miền Trung",
                 "Cảng hàng không quốc tế Phú Bài", "Đồn Công an Cảng hàng không quốc tế Phú Bài",
                 "Cục Phòng, chống tệ nạn xã hội", "Chi nhánh Ngân hàng Nhà nước tỉnh Sơn La", "Sở GD&ĐT",
                 "Trường THPT Chu Văn An"):
        assert name in orgs, (name, list(orgs))
    assert "Ngân hàng Nhà nước" not in orgs


def test_boards_named_by_purpose_centre_or_ministry(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Ban Chỉ đạo 127 Trung ương làm việc với Ban Chỉ đạo 138 Bộ LĐ-TB&XH, Ban Chỉ huy "
                      "phòng cháy, chữa cháy rừng tỉnh Sơn La, Ban Chỉ đạo liên ngành về vệ sinh an toàn "
                      "thực phẩm tỉnh Hòa Bình và Ban Quản lý dự án đầu tư xây dựng huyện Mai Châu. "
                      "Ban Chỉ đạo giao Sở Tư pháp tỉnh Hòa Bình chủ trì.")
    for name in ("Ban Chỉ đạo 127 Trung ương", "Ban Chỉ đạo 138 Bộ LĐ-TB&XH",
                 "Ban Chỉ huy phòng cháy, chữa cháy rừng tỉnh Sơn La",
                 "Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh Hòa Bình",
                 "Ban Quản lý dự án đầu tư xây dựng huyện Mai Châu", "Sở Tư pháp tỉnh Hòa Bình"):
        assert name in orgs, (name, list(orgs))
    assert not any(name.startswith("Ban Chỉ đạo giao") for name in orgs)


def test_investigation_agency_is_a_unit_and_forces_in_a_list_of_branches_are_none(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình khởi tố 3 vụ. Cơ quan Cảnh sát "
                      "điều tra Công an tỉnh đề nghị truy tố; Cơ quan Cảnh sát điều tra Công an cấp huyện "
                      "điều tra 9 vụ. "
                      "Việc phối hợp giữa Công an, Bộ đội Biên phòng và Hải quan còn hạn chế. Thiếu tướng Lê "
                      "Văn Hòa, Tư lệnh Cảnh sát cơ động, dự.")
    assert orgs["Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình"] == [
        "Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Bình", "Cơ quan Cảnh sát điều tra"]
    assert "Bộ đội Biên phòng" not in orgs
    assert orgs["Cảnh sát cơ động"] == ["Cảnh sát cơ động"]


def test_a_national_park_s_board_with_its_name_hyphenated_or_not(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2020-04 Ban Quản lý Vườn quốc gia Chư Yang Sin phối hợp với Công an huyện Lắk tuần tra rừng; "
        "Ban Quản lý Vườn quốc gia Kon Ka Kinh - Mang Yang cũng tăng cường lực lượng.\n"))
    names = org_names(ex)
    assert "Ban Quản lý Vườn quốc gia Chư Yang Sin" in names
    assert "Ban Quản lý Vườn quốc gia Kon Ka Kinh - Mang Yang" in names


def test_abbreviated_boards_women_s_union_and_foreign_security_departments(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Sáng 3/4, BCĐ phòng, chống ma túy huyện Sìn Hồ ra quân; BCĐ huyện giao các xã "
                      "thực hiện. Hội Liên hiệp phụ nữ tỉnh Điện Biên tặng quà. Đoàn Sở An ninh tỉnh "
                      "Hủa Phăn và Cơ quan Cảnh sát tỉnh Chungcheong Nam (Hàn Quốc) dự.")
    for name in ("BCĐ phòng, chống ma túy huyện Sìn Hồ", "Hội Liên hiệp phụ nữ tỉnh Điện Biên",
                 "Sở An ninh tỉnh Hủa Phăn", "Cơ quan Cảnh sát tỉnh Chungcheong Nam"):
        assert name in orgs, (name, list(orgs))
    assert not any(name.startswith("BCĐ huyện") for name in orgs)


def test_an_association_s_short_form_in_brackets_names_it_later(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Cục A05 phối hợp với Hiệp hội An toàn mạng Việt Nam (VNCSA) tổ chức hội thảo. Theo "
                      "VNCSA, các doanh nghiệp còn chủ quan.")
    assert orgs["Hiệp hội An toàn mạng Việt Nam"] == ["Hiệp hội An toàn mạng Việt Nam", "VNCSA"]


def test_a_bank_s_district_branch_and_a_group_inside_a_company_s_name(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Ngân hàng Nông nghiệp và PTNT chi nhánh huyện Bình Sơn trao 20 suất quà; ông Lê "
                      "Văn Tám, Chủ tịch HĐQT Công ty CP Tập đoàn Minh Phát, trao 1 tỷ đồng.")
    assert "Ngân hàng Nông nghiệp và PTNT chi nhánh huyện Bình Sơn" in orgs
    assert "Công ty CP Tập đoàn Minh Phát" in orgs
    assert "Tập đoàn Minh Phát" not in orgs


def test_a_command_centre_written_lower_case_before_its_police(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Các camera được kết nối với Trung tâm chỉ huy Công an tỉnh; mỗi xã có trung tâm "
                      "chỉ huy riêng và một trung tâm chỉ huy của Công an huyện.")
    assert list(orgs) == ["Trung tâm chỉ huy"]


def test_a_border_post_named_after_a_gate_that_reads_like_a_person(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2018-02 Ngày 2/2, Chủ tịch UBND tỉnh thăm Đồn Biên phòng Pa Lù Sáng. Thiếu tá Vàng A Dình, "
        "Đồn trưởng Đồn Biên phòng Pa Lù Sáng, báo cáo tình hình.\n"))
    assert "Đồn Biên phòng Pa Lù Sáng" in org_names(ex)
    people = {p.name: p.positions for p in ex.people}
    assert "Pa Lù Sáng" not in people
    assert people["Vàng A Dình"] == ("Đồn trưởng Đồn Biên phòng Pa Lù Sáng",)


def test_an_election_committee_with_its_place_is_a_body_and_part_of_a_position(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2021-03 Ngày 2/3, ông Hà Minh Khôi, Chủ tịch Ủy ban bầu cử huyện Bảo Lâm, kiểm tra công tác "
        "chuẩn bị bầu cử. Ủy ban bầu cử xã sẽ báo cáo kết quả trước ngày 10/3.\n"))
    assert "Ủy ban bầu cử huyện Bảo Lâm" in org_names(ex)
    assert not any(name.startswith("Ủy ban bầu cử xã") for name in org_names(ex))
    khoi = next(p for p in ex.people if p.name == "Hà Minh Khôi")
    assert "Chủ tịch Ủy ban bầu cử huyện Bảo Lâm" in khoi.positions


def test_a_university_and_an_academy_are_bodies_by_their_names(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2024-05 Trường Đại học Bách khoa Hà Nội và Học viện Hàng không Việt Nam ký kết hợp tác "
        "đào tạo an toàn thông tin với Công an tỉnh Bắc Ninh.\n"))
    names = org_names(ex)
    assert "Trường Đại học Bách khoa Hà Nội" in names
    assert "Học viện Hàng không Việt Nam" in names
    assert "Công an tỉnh Bắc Ninh" in names


def test_a_social_policy_bank_branch_is_a_body_of_its_own_and_without_its_place_none(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2023-09 Ngân hàng Chính sách xã hội chi nhánh tỉnh Gia Lai cho 40 hộ vay vốn. "
        "Chi nhánh Ngân hàng Chính sách xã hội huyện cam kết hỗ trợ thêm.\n"))
    assert org_names(ex) == ["Ngân hàng Chính sách xã hội chi nhánh tỉnh Gia Lai"]


def test_transport_authorities_and_road_management_zones_by_their_numeral(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Sở Giao thông vận tải tỉnh Bình Định làm việc với Khu Quản lý đường bộ III, "
                      "Cục Quản lý đường bộ II, Cục Đường sắt Việt Nam và Cục Hàng hải Việt Nam "
                      "về các điểm đen trên quốc lộ.")
    assert {"Khu Quản lý đường bộ III", "Cục Quản lý đường bộ II", "Cục Đường sắt Việt Nam",
            "Cục Hàng hải Việt Nam"} <= set(orgs)
    assert "Khu Quản lý đường bộ I" not in orgs


def test_a_banks_name_runs_through_va_to_its_branch(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Dịp này, Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Sóc "
                      "Trăng trao tặng Công an tỉnh Sóc Trăng 300 mũ bảo hiểm.")
    assert "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Sóc Trăng" in orgs
    assert not any(name.endswith("và Phát") for name in orgs)


def test_a_steering_committee_of_a_programme_with_its_province_is_a_body(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Ban Chỉ đạo Chương trình xây dựng nông thôn mới tỉnh Ninh Thuận tổ chức hội nghị.")
    assert "Ban Chỉ đạo Chương trình xây dựng nông thôn mới tỉnh Ninh Thuận" in orgs


def test_a_number_after_a_ward_that_a_count_noun_follows_is_an_amount(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "UBND phường Tân Định hỗ trợ Công an phường 3 xe mô tô. Công an phường 12 tổ chức "
                      "tuần tra.")
    assert "Công an phường 3" not in orgs
    assert "Công an phường 12" in orgs


def test_a_department_named_with_phong_chong_is_read_whole_and_its_code_later(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Sáng 10/1, Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao (C50) tổ chức hội "
                      "nghị. Thứ trưởng yêu cầu Cục C50 tăng cường phối hợp với các ngân hàng.")
    name = "Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao"
    assert orgs[name] == [name, "Cục C50"]
    assert "Cục C50" not in orgs
    # a name closed by its code may hold "phòng, chống" too, never a second unit after a comma
    _, orgs = orgs_of(tmp_path,
                      "Phòng Cảnh sát phòng, chống tội phạm về ma túy và buôn lậu (PC04) Công an tỉnh Lạng "
                      "Sơn phối hợp với Phòng Cảnh sát hình sự, phòng Cảnh sát kinh tế (PC03).")
    assert any(n.startswith("Phòng Cảnh sát phòng, chống tội phạm về ma túy và buôn lậu") for n in orgs)
    assert not any("hình sự, phòng" in n for n in orgs)


def test_a_companys_name_runs_to_the_last_syllable_of_its_trade_word(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Tổng công ty Đường sắt và Ngân hàng TMCP Quân đội cam kết tài trợ Công an "
                      "tỉnh Lào Cai. Công ty Cổ phần Thép Hoàng Long cam kết phối hợp.")
    assert "Tổng công ty Đường sắt" in orgs
    assert "Ngân hàng TMCP Quân đội" in orgs
    assert "Công ty Cổ phần Thép Hoàng Long" in orgs  # a name word followed by a verb stays as it was


def test_the_party_centre_in_a_members_office_is_no_mention_of_the_central_committee(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Thượng tướng Lê Văn An, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an dự hội nghị "
                      "quán triệt Nghị quyết của Ban Chấp hành Trung ương Đảng.")
    assert orgs["Trung ương Đảng"] == ["Trung ương Đảng"]
    assert orgs["Ban Chấp hành Trung ương Đảng"] == ["Ban Chấp hành Trung ương Đảng"]


def test_an_offices_chief_digital_government_and_a_portals_credit_name_no_body(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Sáng 10/7, Bộ Công an tổ chức hội nghị sơ kết 6 tháng. Báo cáo do Thiếu tướng Lê Văn "
                      "An, Chánh Văn phòng Bộ Công an trình bày. Dữ liệu dân cư là nền tảng của Chính phủ "
                      "số; Chính phủ yêu cầu các bộ phối hợp.\n\nCổng TTĐT Bộ Công an\n")
    assert not any(name.startswith("Văn phòng") for name in orgs)
    assert orgs["Bộ Công an"] == ["Bộ Công an"] * 2  # the body inside the chief's office; no credit line
    assert orgs["Chính phủ"] == ["Chính phủ"]  # the Government asks; digital government is no body


def test_an_inspectorate_a_market_branch_and_team_and_social_insurance_are_bodies(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Thanh tra Sở Giao thông vận tải cân 200 xe tải. Chi cục Quản lý thị trường tỉnh Hà "
                      "Nam và Đội Quản lý thị trường số 3 kiểm tra 40 cửa hàng. Ông Lê Văn An, Giám đốc Bảo "
                      "hiểm xã hội tỉnh Hà Nam phát biểu.")
    assert orgs["Thanh tra Sở Giao thông vận tải"] == ["Thanh tra Sở Giao thông vận tải"]
    assert "Sở Giao thông vận tải" not in orgs  # the department inside its inspectorate
    assert "Chi cục Quản lý thị trường tỉnh Hà Nam" in orgs
    assert "Đội Quản lý thị trường số 3" in orgs
    assert "Bảo hiểm xã hội tỉnh Hà Nam" in orgs


def test_a_unit_inside_its_heads_position_is_no_mention_where_it_is_named_elsewhere(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Phòng Cảnh sát kinh tế Công an tỉnh Hà Nam sơ kết 6 tháng. Ông Lê Văn An, "
                      "Trưởng phòng Cảnh sát kinh tế, cho biết Phòng Cảnh sát kinh tế đã phát hiện 30 vụ. "
                      "Bà Trần Thị Hoa, Trưởng phòng An ninh kinh tế, dự. Ông Lê Văn Bình, Trưởng phòng "
                      "PA09 phát biểu; "
                      "Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PA09) chủ trì.")
    assert orgs["Phòng Cảnh sát kinh tế Công an tỉnh Hà Nam"] == [
        "Phòng Cảnh sát kinh tế Công an tỉnh Hà Nam", "Phòng Cảnh sát kinh tế"]
    assert "Phòng An ninh kinh tế" not in orgs  # named only there, without its code: the position's word
    assert "PA09" in orgs["Phòng Cảnh sát quản lý hành chính về trật tự xã hội"]  # the code, not "phòng PA09"


def test_a_units_abbreviated_function_a_womens_union_written_short_and_a_law_title(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Hà Nam diễn tập. "
                      "Phòng Cảnh sát PCCC&CNCH huy động 6 xe. Hội Phụ nữ Hà Nam và Hội Liên hiệp Phụ nữ "
                      "tỉnh Hà Nam phối hợp. Đơn vị thực hiện Pháp lệnh Lực lượng Cảnh sát biển Việt Nam.")
    full = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Hà Nam"
    assert orgs[full] == [full, "Phòng Cảnh sát PCCC&CNCH"]
    union = "Hội Liên hiệp Phụ nữ tỉnh Hà Nam"
    assert orgs[union] == ["Hội Phụ nữ Hà Nam", union]
    assert "Cảnh sát biển Việt Nam" not in orgs  # inside the ordinance's title


def test_bylines_with_an_agency_or_a_desk_and_a_force_listed_with_forces_at_large(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        " date 2024-05 Công an tỉnh Lạng Sơn cảnh báo lừa đảo qua mạng\n\n"
        "Công an tỉnh Lạng Sơn đề nghị người dân cảnh giác. Công an tỉnh sẽ phối hợp chặt chẽ với Bộ đội "
        "Biên phòng và lực lượng chức năng của Trung Quốc ngăn chặn buôn lậu.\n\n"
        "Minh Anh (TTXVN/Vietnam+)\n\n"
        "Thu Trang/VOV-Tây Nguyên\n"))
    assert org_names(ex) == ["Công an tỉnh Lạng Sơn"]
    assert all(loc.name != "Tây Nguyên" for loc in ex.localities)


def test_the_state_treasury_is_a_body_and_a_lower_case_treasury_is_none(tmp_path: Path) -> None:
    _, orgs = orgs_of(tmp_path,
                      "Năm qua, Cảnh sát giao thông xử lý 900 trường hợp, phạt tiền nộp Kho bạc Nhà nước 2 "
                      "tỷ đồng. Công an các huyện nộp kho bạc 1 tỷ đồng.")
    assert orgs == {"Kho bạc Nhà nước": ["Kho bạc Nhà nước"]}
    _, orgs = orgs_of(tmp_path, "Kho bạc Nhà nước tỉnh Yên Bái phối hợp với Công an tỉnh Yên Bái.")
    assert "Kho bạc Nhà nước tỉnh Yên Bái" in orgs


def test_a_provincial_citys_party_committee_without_its_level_word_and_the_citys_name_in_it(
        tmp_path: Path) -> None:
    ex = extract_text(tmp_path, " date 2020-01 Công an TP Cẩm Phả tổng kết năm 2019\n\nChiều 26/12, Công an "
                      "TP Cẩm Phả tổ chức hội nghị tổng kết. Đồng chí Lê Văn Hùng, Bí thư Thành ủy Cẩm Phả "
                      "dự và phát biểu chỉ đạo.\n")
    assert "Thành ủy Cẩm Phả" in org_names(ex)
    assert [p.positions for p in ex.people] == [("Bí thư Thành ủy Cẩm Phả",)]
    body = ex.document.text
    (city,) = [loc for loc in ex.localities if loc.name == "Cẩm Phả"]
    assert [body[s:e] for s, e in city.mentions] == ["Cẩm Phả"] * 3


def test_a_service_centre_a_ministrys_department_a_newspaper_and_a_foreign_police_department(
        tmp_path: Path) -> None:
    body, found = orgs_of(tmp_path, "Hội đàm\n\n(Báo Bạc Liêu) - Sáng 3/5, Thiếu tướng Sok Phal, Giám "
                          "đốc Sở Cảnh sát tỉnh Takeo hội đàm với Công an tỉnh Bạc Liêu. Đoàn thăm Trung tâm "
                          "Phục vụ hành chính công tỉnh Bạc Liêu. Bà Lê Thị Hoa, Phó Cục trưởng Cục Trẻ em "
                          "dự. Báo Bạc Liêu, Đài Phát thanh và Truyền hình tỉnh tăng cường tuyên truyền.")
    assert found["Sở Cảnh sát tỉnh Takeo"] == ["Sở Cảnh sát tỉnh Takeo"]
    assert found["Trung tâm Phục vụ hành chính công tỉnh Bạc Liêu"]
    assert found["Cục Trẻ em"] == ["Cục Trẻ em"]
    assert found["Báo Bạc Liêu"] == ["Báo Bạc Liêu"]  # the outlet's prefix is none


def test_a_board_whose_purpose_names_a_continent(tmp_path: Path) -> None:
    _, found = orgs_of(tmp_path, "Họp ban chỉ đạo\n\nSáng 2-3, Ban Chỉ đạo phòng, chống dịch cúm gia cầm "
                       "châu Á tỉnh Hà Nam họp bàn các biện pháp cấp bách.")
    assert list(found) == ["Ban Chỉ đạo phòng, chống dịch cúm gia cầm châu Á tỉnh Hà Nam"]


def test_a_unit_in_lower_case_inside_a_position_is_the_positions_word_and_its_body_a_mention(
        tmp_path: Path) -> None:
    _, found = orgs_of(tmp_path, "Kiểm tra chợ\n\nNgày 5.4, đoàn do Thượng tá Lê Văn Hùng, Phó Trưởng "
                       "phòng Cảnh sát PCCC và CNCH Công an tỉnh Quảng Ngãi làm trưởng đoàn. Theo Phòng Cảnh "
                       "sát PCCC và CNCH, năm qua xảy ra 3 vụ cháy. Phòng Cảnh sát giao thông Công an tỉnh "
                       "Quảng Ngãi ra quân. Trung tá Trần Văn Bình, Trưởng phòng Cảnh sát giao thông cho "
                       "biết đã xử lý 500 trường hợp.")
    assert found == {"Công an tỉnh Quảng Ngãi": ["Công an tỉnh Quảng Ngãi"],
                     "Phòng Cảnh sát PCCC và CNCH": ["Phòng Cảnh sát PCCC và CNCH"],
                     "Phòng Cảnh sát giao thông Công an tỉnh Quảng Ngãi": [
                         "Phòng Cảnh sát giao thông Công an tỉnh Quảng Ngãi"]}
    # named only in the position with its code in brackets, the unit is named
    _, found = orgs_of(tmp_path, "Họp\n\nĐồng chí Trưởng phòng An ninh chính trị nội bộ (PA83) làm tổ "
                       "trưởng.")
    assert list(found) == ["Phòng An ninh chính trị nội bộ"]


def test_a_unit_named_only_inside_its_heads_position_without_its_code_is_no_body(tmp_path: Path) -> None:
    _, found = orgs_of(tmp_path, "Trao quyết định\n\nNgày 3/8, Công an tỉnh Bến Tre tổ chức lễ trao quyết "
                       "định. Trung tá Lê Thị Thu, Phó Trưởng phòng Hậu cần làm trưởng đoàn; Thượng tá Võ "
                       "Văn Tư, Trưởng phòng Tham mưu công bố quyết định. Đại tá Trần Văn An, Trưởng Phòng "
                       "Cảnh sát hình sự Công an tỉnh Bến Tre dự.")
    assert list(found) == ["Công an tỉnh Bến Tre", "Phòng Cảnh sát hình sự Công an tỉnh Bến Tre"]


def test_a_district_department_is_a_body_and_one_of_a_bare_level_word_is_none(tmp_path: Path) -> None:
    _, found = orgs_of(tmp_path, "Họp ban an toàn giao thông\n\nChiều 2/3, Ban An toàn giao thông thành phố "
                       "Bảo Lộc họp triển khai kế hoạch. UBND phường 1 phối hợp với Phòng Quản lý đô thị sửa "
                       "chữa đèn tín hiệu; Phòng Tư pháp thành phố rà soát các đơn kiến nghị. Phòng Kinh tế "
                       "thành phố Bảo Lộc cùng Công an thành phố Bảo Lộc kiểm tra.")
    assert "Phòng Quản lý đô thị" in found
    assert "Phòng Kinh tế thành phố Bảo Lộc" in found
    assert not any(name.startswith("Phòng Tư pháp") for name in found)


def test_a_rehab_centre_named_by_its_province_is_a_body_and_a_numbered_one_stays_one(tmp_path: Path) -> None:
    _, found = orgs_of(tmp_path, "Kế hoạch phòng, chống ma túy\n\nSở Y tế chủ trì nâng cấp Cơ sở cai nghiện "
                       "ma túy tỉnh Sóc Trăng, bảo đảm tiếp nhận 200 học viên. Cơ sở cai nghiện ma túy tỉnh "
                       "đã tiếp nhận 50 người. Đoàn làm việc tại Cơ sở cai nghiện ma túy số 2 Hà Nội.")
    assert "Cơ sở cai nghiện ma túy tỉnh Sóc Trăng" in found
    assert found["Cơ sở cai nghiện ma túy tỉnh Sóc Trăng"] == ["Cơ sở cai nghiện ma túy tỉnh Sóc Trăng"]
    assert "Cơ sở cai nghiện ma túy tỉnh" not in found
    assert any(name.startswith("Cơ sở cai nghiện ma túy số 2") for name in found)
