"""Places in a report resolve to administrative units, before and after the 2025 reorganisation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.extract.context import Context
from chidao.extract.localities import extract_localities
from chidao.gazetteer.admin_units import lookup_province, predecessors
from chidao.model import Document, Locality
from chidao.text.normalize import normalize_text


def localities(text: str, date: str | None = "2024-03") -> tuple[str, list[Locality]]:
    document = Document.from_text(normalize_text(text), source="test", date=date)
    found = extract_localities(document, Context.for_document(document))
    for loc in found:
        assert loc.mentions, loc
        for start, end in loc.mentions:
            assert 0 <= start < end <= len(document.text)
    return document.text, found


def by_name(found: list[Locality], name: str) -> Locality:
    matches = [loc for loc in found if loc.name == name]
    assert len(matches) == 1, [(loc.name, loc.level, loc.code) for loc in found]
    return matches[0]


def mentions(text: str, loc: Locality) -> list[str]:
    return [text[s:e] for s, e in loc.mentions]


def test_tp_hcm_is_ho_chi_minh_city_with_the_abbreviation_as_its_mention() -> None:
    text, found = localities(
        "Chiều 12/4, Ban Thường vụ Thành ủy TP.HCM làm việc với Công an TP HCM về công tác "
        "bảo đảm an ninh trật tự trên địa bàn Thành phố Hồ Chí Minh.")
    hcm = by_name(found, "Hồ Chí Minh")
    assert (hcm.level, hcm.code, hcm.current_name, hcm.current_code) == (
        "province", "79", "Hồ Chí Minh", "79")
    assert mentions(text, hcm) == ["TP.HCM", "TP HCM", "Hồ Chí Minh"]
    assert len(found) == 1


def test_ho_chi_minh_in_a_title_or_an_ideology_is_not_a_place() -> None:
    text, found = localities(
        "Hội nghị học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; "
        "lực lượng Công an nhân dân thực hiện Sáu điều Bác Hồ dạy, noi gương Chủ tịch Hồ Chí Minh. "
        "Đoàn đã đến thăm Công an tỉnh Tây Ninh.")
    assert [loc.name for loc in found] == ["Tây Ninh"]


def test_a_ward_shared_by_several_provinces_is_settled_by_the_province_the_report_names() -> None:
    _, found = localities("Lễ khởi công trụ sở Công an tỉnh Quảng Ninh tại phường Hồng Hà.")
    assert by_name(found, "Hồng Hà").code == "06697"
    _, found = localities("Công an tỉnh Yên Bái làm việc tại phường Hồng Hà.")
    assert by_name(found, "Hồng Hà").code == "04264"


def test_a_ward_the_report_cannot_place_keeps_a_null_code_rather_than_a_guess() -> None:
    text, found = localities("Mô hình tự quản về an ninh trật tự ở phường Hồng Hà đạt nhiều kết quả.")
    hong_ha = by_name(found, "Hồng Hà")
    assert (hong_ha.level, hong_ha.code, hong_ha.current_code) == ("commune", None, None)
    assert mentions(text, hong_ha) == ["Hồng Hà"]


def test_a_city_and_its_ward_are_found_below_the_province_without_their_level_words() -> None:
    text, found = localities("Buổi lễ diễn ra tại phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh.")
    ha_long = by_name(found, "Hạ Long")
    assert (ha_long.level, ha_long.code) == ("district", "193")
    # districts were abolished in 2025: no single unit succeeds them
    assert (ha_long.current_name, ha_long.current_code) == (None, None)
    hong_ha = by_name(found, "Hồng Hà")
    assert (hong_ha.level, hong_ha.code) == ("commune", "06697")
    # the converter maps the old ward to the new commune that absorbed it
    assert (hong_ha.current_name, hong_ha.current_code) == ("Hạ Long", "06688")
    assert mentions(text, ha_long) == ["Hạ Long"]
    assert [loc.name for loc in found] == ["Hồng Hà", "Hạ Long", "Quảng Ninh"]


def test_bac_giang_now_belongs_to_bac_ninh_and_binh_thuan_to_lam_dong() -> None:
    _, found = localities(
        "Ban Thường vụ Tỉnh ủy Bắc Giang và Công an tỉnh Bình Thuận trao đổi kinh nghiệm; "
        "Bắc Giang đã giảm 6% số vụ phạm tội.")
    bac_giang = by_name(found, "Bắc Giang")
    assert (bac_giang.code, bac_giang.current_name, bac_giang.current_code) == ("24", "Bắc Ninh", "24")
    assert len(bac_giang.mentions) == 2
    binh_thuan = by_name(found, "Bình Thuận")
    assert (binh_thuan.code, binh_thuan.current_name, binh_thuan.current_code) == ("60", "Lâm Đồng", "68")


def test_the_police_of_hai_phong_city_still_names_hai_phong_but_level_words_alone_name_nothing() -> None:
    text, found = localities(
        "Công an thành phố Hải Phòng phối hợp với Bộ Công an. Thành phố đã chỉ đạo các quận, huyện; "
        "tỉnh cần quan tâm hơn. Công an 5 thành phố trực thuộc trung ương xây dựng mô hình điểm; "
        "toàn quốc và cả nước cùng hưởng ứng.")
    assert [(loc.name, loc.level, loc.code) for loc in found] == [("Hải Phòng", "province", "31")]
    assert mentions(text, found[0]) == ["Hải Phòng"]


def test_thanh_pho_before_a_provincial_city_is_the_city_not_the_province() -> None:
    _, found = localities("Đoàn kiểm tra Công an thành phố Bắc Giang, tỉnh Bắc Giang.")
    levels = {(loc.name, loc.level, loc.code) for loc in found}
    assert levels == {("Bắc Giang", "district", "213"), ("Bắc Giang", "province", "24")}


def test_foreign_provinces_countries_and_regions_have_their_own_levels() -> None:
    text, found = localities(
        "Lạng Sơn giáp Quảng Tây, Trung Quốc; hàng hóa từ Trung Quốc qua cửa khẩu. "
        "Các tỉnh Tây Nguyên và vùng kinh tế trọng điểm phía Bắc cùng tham dự.")
    assert (by_name(found, "Quảng Tây").level, by_name(found, "Quảng Tây").code) == ("region", None)
    china = by_name(found, "Trung Quốc")
    assert china.level == "country" and len(china.mentions) == 2
    assert by_name(found, "Tây Nguyên").level == "region"
    assert by_name(found, "Vùng kinh tế trọng điểm phía Bắc").level == "region"
    assert by_name(found, "Lạng Sơn").code == "20"


def test_a_province_name_inside_a_persons_name_or_the_pacific_is_not_a_place() -> None:
    _, found = localities(
        "Đại tá Nguyễn Thái Bình, Phó Giám đốc Công an tỉnh Nghệ An báo cáo về tình hình trên "
        "vùng biển giáp Thái Bình Dương.")
    assert [loc.name for loc in found] == ["Nghệ An"]


def test_thua_thien_hue_keeps_its_name_before_2025() -> None:
    _, found = localities("Công an tỉnh Thừa Thiên Huế tổ chức hội nghị.", date="2023-05")
    hue = by_name(found, "Thừa Thiên Huế")
    assert (hue.level, hue.code, hue.current_name) == ("province", "46", "Huế")
    _, found = localities("Công an thành phố Huế tổ chức hội nghị.", date="2025-03")
    assert by_name(found, "Huế").code == "46"


def test_numbered_district_and_ward_of_ho_chi_minh_city() -> None:
    text, found = localities("Thành phố hỗ trợ xây dựng trụ sở Công an phường Bến Nghé, Quận 1, TP.HCM.")
    assert by_name(found, "Bến Nghé").code == "26740"
    district = by_name(found, "Quận 1")
    assert (district.level, district.code) == ("district", "760")
    assert mentions(text, district) == ["Quận 1"]


def test_a_related_headline_under_tin_cung_chuyen_muc_names_no_place_of_this_report() -> None:
    _, found = localities(
        "Ngày 3/4, Công an tỉnh Cà Mau tổ chức hội nghị giao ban.\n\n"
        "Tin cùng chuyên mục\nCông an TP Hà Nội triệt phá đường dây ma túy\n")
    assert [loc.name for loc in found] == ["Cà Mau"]


@pytest.mark.parametrize("query, name, code, current", [
    ("Bắc Giang", "Bắc Giang", "24", "Bắc Ninh"),
    ("bac giang", "Bắc Giang", "24", "Bắc Ninh"),
    ("Tỉnh Bình Thuận", "Bình Thuận", "60", "Lâm Đồng"),
    ("TP.HCM", "Hồ Chí Minh", "79", "Hồ Chí Minh"),
    ("Thành phố Hải Phòng", "Hải Phòng", "31", "Hải Phòng"),
    ("Bắc Ninh", "Bắc Ninh", "27", "Bắc Ninh"),
])
def test_a_users_province_query_resolves_old_and_new_names(
        query: str, name: str, code: str, current: str) -> None:
    unit = lookup_province(query)
    assert unit is not None
    assert (unit.name, unit.code, unit.current_name) == (name, code, current)


def test_an_unknown_province_query_resolves_to_nothing_and_a_new_province_lists_its_parts() -> None:
    assert lookup_province("Atlantis") is None
    assert sorted(u.name for u in predecessors("24")) == ["Bắc Giang", "Bắc Ninh"]
    assert sorted(u.name for u in predecessors("68")) == ["Bình Thuận", "Lâm Đồng", "Đắk Nông"]


def test_the_seed_reports_name_their_provinces_and_nothing_from_titles(seed_extractions) -> None:
    by_seed = {name[:3]: ex for name, ex in seed_extractions.items()}
    assert [loc.name for loc in by_seed["000"].localities] == ["Hải Phòng"]
    quang_ninh = {loc.name: loc for loc in by_seed["001"].localities}
    assert quang_ninh["Hồng Hà"].code == "06697" and quang_ninh["Hạ Long"].code == "193"
    assert quang_ninh["Quảng Tây"].level == "region" and quang_ninh["Trung Quốc"].level == "country"
    assert [(loc.name, loc.current_name) for loc in by_seed["002"].localities] == [("Bắc Giang", "Bắc Ninh")]
    # a ministry-wide conference names no place; "5 thành phố trực thuộc trung ương" is not one
    assert by_seed["003"].localities == []
    (hcm,) = by_seed["004"].localities
    assert (hcm.name, hcm.code) == ("Hồ Chí Minh", "79")
    # every "Thành phố Hồ Chí Minh", including one broken across a caption's line
    assert len(hcm.mentions) == 11


_FRAGMENTS = (
    "tỉnh ", "Tỉnh ", "thành phố ", "Thành phố\n", "TP", "TP.", ".", " ", "\n", ", ", "Quận ", "1", "phường ",
    "xã ", "Xã hội ", "Hồ Chí Minh", "HCM", "Quảng Ninh", "Hồng Hà", "Hạ Long", "Chủ tịch ", "Nguyễn ",
    "Thái Bình", " Dương", "Trung Quốc", "vùng kinh tế trọng điểm phía Bắc", "Lào", " Cai", "Việt Nam",
    "Cộng sản ", "Ảnh: ", "Tin cùng chuyên mục\n",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30).map("".join))
def test_any_mix_of_place_words_yields_grounded_mentions_and_one_locality_per_unit(text: str) -> None:
    _, found = localities(text)
    keys = [(loc.level, loc.code or loc.name) for loc in found]
    assert len(keys) == len(set(keys))
    for loc in found:
        assert loc.level in ("province", "district", "commune", "region", "country")


def test_a_hyphenated_province_is_one_place_however_its_hyphen_is_spaced() -> None:
    text, found = localities(
        "Công an tỉnh Thừa Thiên- Huế và Công an tỉnh Bà Rịa-Vũng Tàu ký kết quy chế phối hợp; "
        "lãnh đạo Công an tỉnh BR - VT phát biểu.", date=None)
    assert [loc.name for loc in found] == ["Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"]
    assert mentions(text, found[0]) == ["Thừa Thiên- Huế"]
    assert mentions(text, found[1]) == ["Bà Rịa-Vũng Tàu", "BR - VT"]


def test_an_undated_report_keeps_the_province_name_it_writes_when_that_name_is_the_units() -> None:
    _, found = localities("Đoàn công tác làm việc với Công an tỉnh Thừa Thiên Huế.", date=None)
    assert by_name(found, "Thừa Thiên Huế").code == "46"
    _, found = localities("Đoàn công tác làm việc với Công an thành phố Huế.", date=None)
    assert by_name(found, "Huế").code == "46"
    # a dated report uses the name of its date, whatever it writes
    _, found = localities("Đoàn công tác làm việc với Công an tỉnh Thừa Thiên Huế.", date="2025-09")
    assert by_name(found, "Huế").code == "46"


def test_a_province_divided_before_1997_is_a_province_without_a_code() -> None:
    text, found = localities(
        "Ông nguyên là Trưởng ty Công an tỉnh Quảng Nam - Đà Nẵng, sau đó công tác tại tỉnh Sông Bé.",
        date=None)
    qndn = by_name(found, "Quảng Nam - Đà Nẵng")
    # all of it lies in Đà Nẵng since 2025
    assert (qndn.level, qndn.code) == ("province", None)
    assert (qndn.current_name, qndn.current_code) == ("Đà Nẵng", "48")
    assert mentions(text, qndn) == ["Quảng Nam - Đà Nẵng"]
    song_be = by_name(found, "Sông Bé")
    # divided between Bình Dương (now Hồ Chí Minh) and Bình Phước (now Đồng Nai): no single successor
    assert (song_be.code, song_be.current_name, song_be.current_code) == (None, None, None)
    assert {loc.name for loc in found} == {"Quảng Nam - Đà Nẵng", "Sông Bé"}


def test_a_former_province_that_is_also_a_river_needs_its_level_word() -> None:
    _, found = localities("Các tỉnh đồng bằng sông Cửu Long phối hợp; Cửu Long là tên một dòng sông.")
    assert "Cửu Long" not in [loc.name for loc in found]
    _, found = localities("Năm 1990, Công an tỉnh Cửu Long được tặng thưởng Huân chương.", date="1990")
    cuu_long = by_name(found, "Cửu Long")
    assert (cuu_long.code, cuu_long.current_name) == (None, "Vĩnh Long")


def test_viet_nam_inside_a_bodys_name_is_the_country_but_not_in_an_honorific() -> None:
    text, found = localities(
        "Đài Truyền hình Việt Nam đưa tin về lực lượng Công an nhân dân Việt Nam; "
        "các đại biểu thăm hỏi Mẹ Việt Nam anh hùng.")
    viet_nam = by_name(found, "Việt Nam")
    assert viet_nam.level == "country"
    assert len(viet_nam.mentions) == 2
    assert all(text[s - 3:s] != "Mẹ " for s, _ in viet_nam.mentions)


def test_a_numbered_ward_in_lower_case_is_a_place_where_its_city_is_named() -> None:
    text, found = localities(
        "Chủ tịch nước tặng Huân chương cho Công an phường 1, thành phố Cao Lãnh, tỉnh Đồng Tháp.")
    ward = by_name(found, "Phường 1")
    assert (ward.level, ward.code) == ("commune", "29869")
    assert mentions(text, ward) == ["phường 1"]
    # with no city or province it lies in, "quận 2" names no place
    _, found = localities("Ban An ninh quận 2 được phong tặng danh hiệu Anh hùng.")
    assert found == []


def test_the_names_listed_after_a_plural_level_word_are_places_too() -> None:
    text, found = localities(
        "Đoàn đã đến các huyện Đồng Văn, Quản Bạ và Mèo Vạc, tỉnh Hà Giang; các xã Lũng Cú, Sủng Là, "
        "Hà Giang được hỗ trợ. Ông Lò Văn A, Yên Minh cũng dự.")
    assert [(loc.name, loc.level) for loc in found] == [
        ("Đồng Văn", "district"), ("Quản Bạ", "district"), ("Mèo Vạc", "district"), ("Hà Giang", "province"),
        ("Lũng Cú", "commune"), ("Sủng Là", "commune")]
    assert mentions(text, by_name(found, "Hà Giang")) == ["Hà Giang", "Hà Giang"]


def test_a_numbered_ward_takes_the_district_named_right_after_it() -> None:
    _, found = localities(
        "Khen thưởng Công an phường 12, quận Tân Bình và Công an phường 12, Q.Gò Vấp, TP.HCM.")
    assert sorted(loc.code for loc in found if loc.name == "Phường 12") == ["26881", "26971"]
    assert {loc.name for loc in found} == {"Phường 12", "Tân Bình", "Gò Vấp", "Hồ Chí Minh"}


def test_abbreviated_level_words_name_known_units_only() -> None:
    text, found = localities("Công an Q.Tân Bình, H. Củ Chi và P.Bến Nghé, Q.1, TP.HCM; Q.Xyz không có.")
    assert [(loc.name, loc.code) for loc in found] == [
        ("Tân Bình", "766"), ("Củ Chi", "783"), ("Bến Nghé", "26740"), ("Quận 1", "760"),
        ("Hồ Chí Minh", "79")]
    assert mentions(text, by_name(found, "Quận 1")) == ["Q.1"]


def test_a_report_from_after_the_2025_reorganisation_names_the_new_communes() -> None:
    text, found = localities(
        "Công an xã Đức Trọng, Công an phường Xuân Hương - Đà Lạt và Công an đặc khu Phú Quý, "
        "tỉnh Lâm Đồng ra quân.", date="2025-10")
    for name, code in (("Đức Trọng", "24958"), ("Xuân Hương - Đà Lạt", "24781"), ("Phú Quý", "23272")):
        unit = by_name(found, name)
        # a commune since 2025 is its own successor
        assert (unit.level, unit.code, unit.current_name, unit.current_code) == ("commune", code, name, code)
    assert mentions(text, by_name(found, "Xuân Hương - Đà Lạt")) == ["Xuân Hương - Đà Lạt"]


def test_an_undated_two_level_address_names_a_commune_since_2025() -> None:
    _, found = localities("Lễ khánh thành trụ sở tại phường Cửa Nam, thành phố Hà Nội.", date=None)
    assert by_name(found, "Cửa Nam").code == "00082"
    # with its district, or in a report dated before July 2025, it is the ward of that time
    _, found = localities("Lễ khánh thành trụ sở tại phường Cửa Nam, quận Hoàn Kiếm, Hà Nội.", date=None)
    assert by_name(found, "Cửa Nam").code == "00073"
    _, found = localities("Lễ khánh thành trụ sở tại phường Cửa Nam, thành phố Hà Nội.", date="2024-05")
    assert by_name(found, "Cửa Nam").code == "00073"


def test_a_list_of_names_after_a_singular_level_word() -> None:
    from chidao.extract.pipeline import extract_document

    text = "Đoàn công tác kiểm tra tại huyện Kỳ Sơn, Tương Dương của tỉnh Nghệ An."
    ex = extract_document(Document.from_text(text, "ky-son.txt", date="2019-07"))
    assert [(loc.name, loc.level) for loc in ex.localities] == [
        ("Kỳ Sơn", "district"), ("Tương Dương", "district"), ("Nghệ An", "province")]


def test_from_july_2025_a_province_name_means_the_province_since_then() -> None:
    _text, found = localities("Công an tỉnh Lào Cai và Công an tỉnh Gia Lai ra quân.", date="2025-08")
    assert [(u.name, u.code, u.current_code) for u in found] == [
        ("Lào Cai", "15", "15"), ("Gia Lai", "52", "52")]
    _text, found = localities("Công an tỉnh Lào Cai và Công an tỉnh Gia Lai ra quân.", date="2024-08")
    assert [(u.name, u.code, u.current_code) for u in found] == [
        ("Lào Cai", "10", "15"), ("Gia Lai", "64", "52")]


def test_names_after_a_plural_level_word_and_what_kind_of_units_they_are() -> None:
    _text, found = localities("Công an các huyện biên giới Sốp Cộp, Sông Mã, tỉnh Sơn La tuần tra.",
                              date="2023-06")
    assert [(u.name, u.level) for u in found] == [
        ("Sốp Cộp", "district"), ("Sông Mã", "district"), ("Sơn La", "province")]


def test_a_singular_level_word_with_what_kind_of_unit_it_is() -> None:
    _text, found = localities("Hỗ trợ Công an xã đảo Quan Lạn và Bản Sen, huyện Vân Đồn, tỉnh Quảng Ninh.",
                              date="2024-03")
    assert [(u.name, u.level) for u in found][:2] == [("Quan Lạn", "commune"), ("Bản Sen", "commune")]


def test_names_listed_without_a_level_word_are_units_of_a_place_the_report_names() -> None:
    text, found = localities(
        "Ngày 5/6, Công an tỉnh Lào Cai làm việc với Công an huyện Bát Xát.\n\n"
        "Tình hình xuất nhập cảnh trái phép ở khu vực giáp biên Mường Khương, Si Ma Cai vẫn phức tạp. "
        "Giải Nhất thuộc về xã Bản Qua; hai giải Ba được trao cho Mường Hum, Trịnh Tường. "
        "Đại diện Nguyễn Văn Hùng, Lê Minh Tuấn phát biểu.", date="2019-06")
    got = {(loc.name, loc.level) for loc in found}
    assert {("Mường Khương", "district"), ("Si Ma Cai", "district"), ("Mường Hum", "commune"),
            ("Trịnh Tường", "commune")} <= got
    assert not {name for name, _ in got} & {"Nguyễn Văn Hùng", "Lê Minh Tuấn"}


def test_a_chinese_border_city_and_a_lao_province_written_as_one_word_are_foreign_places() -> None:
    _, found = localities(
        "Công an tỉnh Cao Bằng và Cục Công an thành phố Bách Sắc ký kết biên bản; đoàn tỉnh Bôlykhămxay "
        "(Lào) cũng dự.", date="2019-05")
    got = {(loc.name, loc.level) for loc in found}
    assert {("Bách Sắc", "region"), ("Bô Ly Khăm Xay", "region")} <= got


def test_a_district_name_written_as_one_word_in_a_list_after_a_singular_level_word() -> None:
    _, found = localities(
        "Công an tỉnh Quảng Trị tăng cường tuần tra trên tuyến biên giới thuộc huyện Hướng Hóa, Đakrông "
        "trong dịp Tết.", date="2022-01")
    got = {(loc.name, loc.level, loc.code) for loc in found}
    assert ("Đa Krông", "district", "467") in got
    assert ("Hướng Hóa", "district", "465") in got


def test_a_border_post_named_after_a_commune_of_the_report_s_district_names_that_commune() -> None:
    text, found = localities("Ngày 14/3, Huyện ủy huyện Cao Lộc (tỉnh Lạng Sơn) làm việc với Đồn Biên phòng "
                             "Thanh Lòa về tuần tra biên giới; Đồn BP Thanh Lòa đề xuất 3 kiến nghị.")
    assert mentions(text, by_name(found, "Thanh Lòa")) == ["Thanh Lòa", "Thanh Lòa"]
    assert by_name(found, "Thanh Lòa").level == "commune"
    # where the report names neither the province nor the district, the post's name is no unit
    text, found = localities("Ngày 14/3, đoàn công tác làm việc với Đồn Biên phòng Thanh Lòa về tuần tra.")
    assert "Thanh Lòa" not in {loc.name for loc in found}


def test_former_wards_listed_after_a_merger_keep_their_codes_and_the_new_ward_as_successor() -> None:
    text, found = localities(
        "Sáng 5/9, UBND phường Pleiku tổng kết đợt cao điểm. Phường Pleiku được thành lập trên cơ sở "
        "sáp nhập các phường Phù Đổng, Tây Sơn, Hội Thương và Hoa Lư.", date="2025-09")
    pleiku = by_name(found, "Pleiku")
    assert (pleiku.code, pleiku.current_code) == ("23575", "23575")
    former = (("Phù Đổng", "23570"), ("Tây Sơn", "23575"), ("Hội Thương", "23566"), ("Hoa Lư", "23572"))
    for name, code in former:
        ward = by_name(found, name)
        assert (ward.level, ward.code, ward.current_name, ward.current_code) == (
            "commune", code, "Pleiku", "23575"), ward
        assert mentions(text, ward) == [name]


def test_a_new_ward_whose_name_an_old_ward_elsewhere_had_stays_the_new_ward() -> None:
    _, found = localities("Ngày 3/9, Công an phường Hoa Lư, tỉnh Ninh Bình ra mắt mô hình camera an ninh.",
                          date="2025-09")
    hoa_lu = by_name(found, "Hoa Lư")
    assert hoa_lu.code == hoa_lu.current_code and hoa_lu.code != "23572"


@pytest.mark.parametrize(("written", "data_name", "code"), [
    ("huyện Đắk Hà", "Đăk Hà", "615"),
    ("huyện Krong Pa", "Krông Pa", "637"),
    ("huyện Ya Grai", "Ia Grai", None),
    ("huyện Phú Quý", "Phú Quí", None),
    ("huyện Mù Cang Chải", "Mù Căng Chải", "137"),
])
def test_a_district_spelled_another_way_is_the_data_s_unit(written: str, data_name: str,
                                                           code: str | None) -> None:
    text, found = localities(f"Năm 2023, {written} giảm 3 vụ phạm pháp hình sự so với năm trước.",
                             date="2024-01")
    unit = by_name(found, data_name)
    assert unit.level == "district" and unit.code is not None
    if code is not None:
        assert unit.code == code
    assert mentions(text, unit) == [written.split(" ", 1)[1]]


def test_a_spelling_key_keeps_tone_marks_apart() -> None:
    from chidao.gazetteer.admin_units import spelling_key
    assert spelling_key("Đắk Hà") == spelling_key("Đăk Hà") == spelling_key("Dak Hà")
    assert spelling_key("Kon Tum") == spelling_key("Kontum")
    assert spelling_key("Quí") == spelling_key("Quý")
    assert spelling_key("Đăk Hà") != spelling_key("Đăk Hạ")


def test_a_district_named_with_its_level_word_is_mentioned_again_bare_in_a_title_and_inside_bodies() -> None:
    text, found = localities(
        "Gia Bình tổng kết công tác phòng cháy, chữa cháy\n\n"
        "Chiều 20-12, Huyện ủy Gia Bình tổ chức hội nghị. Đồng chí Trần Văn Gia Bình phát biểu. "
        "Công an huyện Gia Bình báo cáo tình hình trên sông Gia Bình.\n\nTin, ảnh: Thu Hà (Gia Bình)",
        date="2016-12")
    district = by_name(found, "Gia Bình")
    assert district.level == "district"
    # the title, the Party committee and the level word; not a person's name, a river or a byline
    assert [text[s:e] for s, e in district.mentions] == ["Gia Bình"] * 3
    assert [s for s, _e in district.mentions] == [0, text.index("Huyện ủy Gia Bình") + 9,
                                                  text.index("huyện Gia Bình") + 6]


def test_names_listed_after_cac_xa_nhu_are_units_of_that_level_in_the_reports_province() -> None:
    # after July 2025: the communes since then, in the province the report names ("Quỳnh Lưu" is also a
    # commune of another province, so only the report's province settles it)
    text, found = localities(
        "Chủ tịch UBND tỉnh Nghệ An yêu cầu Công an tỉnh nắm chắc tình hình tại các xã ven biển như Quỳnh "
        "Lưu, Diễn Châu và Nghi Lộc.", "2025-09")
    assert [(loc.name, loc.level, loc.code) for loc in found if loc.level == "commune"] == [
        ("Quỳnh Lưu", "commune", "17179"), ("Diễn Châu", "commune", "17464"),
        ("Nghi Lộc", "commune", "17827")]
    # before it: the districts of the province the report names (as `_bare_list` already read them)
    text, found = localities(
        "Công an tỉnh Lai Châu tăng cường tuần tra tại các huyện biên giới như Mường Tè, Sìn Hồ.", "2020-05")
    assert [(loc.name, loc.code) for loc in found if loc.level == "district"] == [("Mường Tè", "107"),
                                                                                  ("Sìn Hồ", "108")]
    # a list with a name that is no such unit is no list of places
    text, found = localities(
        "Công an tỉnh Lai Châu tăng cường tuần tra tại các huyện biên giới như Mường Tè, Nguyễn Văn An.",
        "2020-05")
    assert [loc.name for loc in found] == ["Lai Châu"]


def test_a_commune_whose_name_ends_in_a_number_and_the_country_nga_by_its_context() -> None:
    text, found = localities("Tổ đại biểu xã Gia Hòa 1 phản ánh tình trạng trộm cắp tài sản; xã có 1.200 hộ.",
                             "2011-06")
    commune = by_name(found, "Gia Hòa 1")
    assert (commune.level, mentions(text, commune)) == ("commune", ["Gia Hòa 1"])
    text, found = localities("Lượng khách quốc tế tăng, chủ yếu là khách Nhật Bản, Nga và Úc; người Nga lưu "
                             "trú dài ngày.")
    assert mentions(text, by_name(found, "Nga")) == ["Nga", "Nga"]
    _text, found = localities("Chị Nga, chủ nhà trọ, cho biết đã khai báo tạm trú cho người thuê.")
    assert all(loc.name != "Nga" for loc in found)


def test_a_city_or_town_the_data_writes_with_a_capitalized_level_word_is_read_after_tp() -> None:
    # the data writes "Thành Phố Đồng Hới", "Thị Xã Buôn Hồ": their level word is still their kind
    text, found = localities(
        "Sáng 10/1, tại TP. Đồng Hới, Công an tỉnh Quảng Bình ra quân; thị xã Buôn Hồ cũng ra quân.",
        date="2016-01")
    assert (by_name(found, "Đồng Hới").level, by_name(found, "Đồng Hới").code) == ("district", "450")
    assert mentions(text, by_name(found, "Đồng Hới")) == ["Đồng Hới"]
    assert by_name(found, "Buôn Hồ").level == "district"


def test_a_byline_of_initials_alone_on_its_line_is_no_ward() -> None:
    text = "Công an thành phố Vị Thanh, tỉnh Hậu Giang ra quân trấn áp tội phạm.\n\nP.V\n"
    _, found = localities(text, "2020-05")
    assert [loc.name for loc in found if loc.name == "V"] == []
    _, found = localities("Lực lượng tuần tra tại P.Bến Nghé, Q.1, TP.HCM.", "2020-05")
    assert "Bến Nghé" in [loc.name for loc in found]


def test_a_byline_of_initials_after_a_credit_or_before_a_note_is_no_ward() -> None:
    for byline in ("Tin, ảnh: P.V", "Bài và ảnh: P.V", "Nhóm P.V", "P.V (tổng hợp)", "P.V - N.H"):
        text = f"Công an thành phố Vị Thanh, tỉnh Hậu Giang ra quân trấn áp tội phạm.\n\n{byline}\n"
        _, found = localities(text, "2020-05")
        assert [loc.name for loc in found if loc.name == "V"] == [], byline
    # a ward written "P.V" inside a sentence is still one
    _, found = localities("Công an thành phố Vị Thanh tuần tra tại P.V, tỉnh Hậu Giang.", "2020-05")
    assert "V" in [loc.name for loc in found]


def test_a_commune_with_its_district_in_brackets_is_found_though_its_kind_changed_since() -> None:
    # the data holds "phường Tân Xuân" of the city Đồng Xoài became; in 2010 it was a "xã" of the town
    text, found = localities("Năm 2010, tỉnh Bình Phước có xã Tân Xuân (thị xã Đồng Xoài) đạt chuẩn an toàn "
                             "về an ninh, trật tự.", date="2010-12")
    assert (by_name(found, "Tân Xuân").level, by_name(found, "Tân Xuân").code) == ("commune", "25204")
    assert mentions(text, by_name(found, "Tân Xuân")) == ["Tân Xuân"]
    # without its district a commune of another kind is not taken: the "xã" of that name elsewhere stay open
    _, found = localities("Năm 2010, xã Tân Xuân đạt chuẩn an toàn về an ninh, trật tự.", date="2010-12")
    assert by_name(found, "Tân Xuân").code != "25204"


def test_a_district_named_bare_after_tai_in_a_province_the_report_names() -> None:
    text, found = localities("Sáng 6-8, tại Phú Quốc, Bộ Tư lệnh Vùng Cảnh sát biển 4 tổ chức lễ ra quân "
                             "trên vùng biển tỉnh Kiên Giang.", date="2020-08")
    assert (by_name(found, "Phú Quốc").level, by_name(found, "Phú Quốc").code) == ("district", "911")
    assert mentions(text, by_name(found, "Phú Quốc")) == ["Phú Quốc"]
    # with no province of its own named, or followed by more of a name, a bare name is none
    _, found = localities("Sáng 6-8, tại Phú Quốc, Bộ Tư lệnh Vùng Cảnh sát biển 4 tổ chức lễ ra quân.",
                          date="2020-08")
    assert "Phú Quốc" not in [loc.name for loc in found]
    _, found = localities("Đoàn làm việc tại Phú Quốc Resort, tỉnh Kiên Giang.", date="2020-08")
    assert "Phú Quốc" not in [loc.name for loc in found]


def test_a_city_written_again_bare_in_a_title_a_market_or_a_party_committee_is_a_mention() -> None:
    text, found = localities("Nhiều cơ sở ở Bảo Lộc chưa an toàn\n\nNgày 3.4, đoàn kiểm tra chợ Bảo Lộc và "
                             "các ki-ốt tại TP Bảo Lộc. Bí thư Thành ủy Bảo Lộc dự.", date="2019-04")
    assert mentions(text, by_name(found, "Bảo Lộc")) == ["Bảo Lộc"] * 4
    # a river named after it is not
    text, found = localities("Đoàn kiểm tra tại TP Bảo Lộc, dọc sông Bảo Lộc.", date="2019-04")
    assert mentions(text, by_name(found, "Bảo Lộc")) == ["Bảo Lộc"]


def test_a_border_gate_named_after_a_commune_the_report_names_is_a_mention_of_it() -> None:
    text, found = localities("Bị cáo trú tại xã Tân Thanh, huyện Văn Lãng, tỉnh Lạng Sơn, nhiều lần vận "
                             "chuyển hàng lậu qua cửa khẩu Tân Thanh.", date="2016-11")
    assert mentions(text, by_name(found, "Tân Thanh")) == ["Tân Thanh"] * 2


def test_a_caption_after_anh_names_its_ward_and_a_byline_on_the_last_line_is_no_place():
    text, found = localities(
        "Công an thành phố Đà Nẵng giao ban\n\nSáng 5/11, Công an thành phố Đà Nẵng tổ chức hội nghị giao "
        "ban trực tuyến với các điểm cầu.\n\nẢnh: Đại biểu dự hội nghị tại điểm cầu phường Hải Châu.\n\n"
        "Ảnh: Hoàng Hiệp\n\nNăm qua, công tác bảo đảm an ninh trật tự được giữ vững.\n\nQuảng Nam\n",
        "2025-11")
    assert [loc.name for loc in found] == ["Đà Nẵng", "Hải Châu"]
    assert mentions(text, by_name(found, "Hải Châu")) == ["Hải Châu"]


def test_a_plural_list_that_opens_with_a_name_spelled_another_way_reads_every_name() -> None:
    text, found = localities("Ông đề nghị các huyện Mù Cang Chải, Trạm Tấu và Văn Chấn phối hợp chặt chẽ với "
                             "Công an tỉnh Yên Bái.", date="2011-07")
    assert [(by_name(found, n).level, mentions(text, by_name(found, n))) for n in
            ("Mù Căng Chải", "Trạm Tấu", "Văn Chấn")] == [
        ("district", ["Mù Cang Chải"]), ("district", ["Trạm Tấu"]), ("district", ["Văn Chấn"])]
