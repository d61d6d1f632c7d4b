"""Places of rounds 54-59: an undated report that tells it is written after the July 2025 reorganisation
(the two-level local government, "xã, phường, đặc khu", its year from 2026, "sau khi sắp xếp" with a year
2025 or a council's term from 2026) reads its communes and provinces as since then; a border post named
after a commune merged away names no place then; a town opening a date line; a border stretch named after
a township; "Mỹ" and "Úc" as countries but not as given names; "xứ Huế" no place. Reports are short ones
written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction, Locality


def _extract(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def _place(ex: Extraction, name: str) -> Locality | None:
    return next((loc for loc in ex.localities if loc.name == name), None)


_MUONG_CHA = "Tại xã Mường Chà, Công an xã đã vận động người dân giao nộp 3 khẩu súng tự chế.\n"


def test_an_undated_report_of_the_two_level_government_reads_the_new_commune(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Công an tỉnh Điện Biên vận hành ổn định mô hình chính quyền địa phương hai cấp. "
                  + _MUONG_CHA)
    place = _place(ex, "Mường Chà")
    assert place is not None and place.code == "03166" and place.current_name == "Mường Chà"


def test_an_undated_report_without_such_words_keeps_the_old_commune(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Công an tỉnh Điện Biên triển khai đợt cao điểm trấn áp tội phạm. " + _MUONG_CHA)
    place = _place(ex, "Mường Chà")
    assert place is not None and place.code == "03172"


def test_communes_and_special_zones_give_the_merged_province(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Công an tỉnh An Giang đã bố trí lực lượng về 102 xã, phường, đặc khu. "
                            "Ông đề nghị tăng cường tuần tra tại xã Vĩnh Xương.\n")
    province = _place(ex, "An Giang")
    assert province is not None and province.code == "91"
    commune = _place(ex, "Vĩnh Xương")
    assert commune is not None and commune.code == "30385"


def test_a_lead_dated_2026_reads_the_new_commune(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Ngày 6/1/2026, Công an tỉnh Điện Biên tổ chức hội nghị tổng kết công tác "
                            "năm 2025. " + _MUONG_CHA)
    place = _place(ex, "Mường Chà")
    assert place is not None and place.code == "03166"


def test_a_lead_dated_early_2025_alone_keeps_the_old_commune(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Ngày 6/3/2025, Công an tỉnh Điện Biên tổ chức hội nghị sơ kết quý I. "
                  + _MUONG_CHA)
    place = _place(ex, "Mường Chà")
    assert place is not None and place.code == "03172"


def test_a_council_term_from_2026_with_the_rearrangement_reads_the_new_commune(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Kỳ họp HĐND tỉnh Điện Biên khóa XVI, nhiệm kỳ 2026 - 2031 chất vấn về trộm cắp. "
                            "Sau khi sắp xếp, tỉnh có 45 xã, phường. " + _MUONG_CHA)
    place = _place(ex, "Mường Chà")
    assert place is not None and place.code == "03166"


def test_a_border_post_named_after_a_commune_merged_away_names_no_place(tmp_path: Path) -> None:
    text = ("Ngày 3/11/2025, Công an tỉnh Điện Biên cho biết, sau sáp nhập, Công an xã Mường Nhé phối hợp "
            "Đồn Biên phòng Leng Su Sìn bắt giữ 2 đối tượng vận chuyển ma túy.\n")
    ex = _extract(tmp_path, text)
    assert _place(ex, "Leng Su Sìn") is None
    assert _place(ex, "Mường Nhé") is not None


def test_a_town_opening_a_date_line_and_a_border_stretch_named_after_a_township(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Đông Hà, ngày 20/12/2013 - Công an tỉnh Quảng Trị tổng kết công tác năm 2013. "
                            "Lực lượng chức năng bắt 15 vụ buôn lậu trên tuyến biên giới Lao Bảo.\n")
    town = _place(ex, "Đông Hà")
    assert town is not None and town.level == "district" and town.code == "461"
    township = _place(ex, "Lao Bảo")
    assert township is not None and township.level == "commune" and township.code == "19432"


def test_my_and_uc_as_countries_but_not_as_given_names(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Sở Công Thương tỉnh Hưng Yên cho biết, vải thiều đã xuất khẩu sang thị trường "
                            "Mỹ và Úc. Chị Nguyễn Thị Mỹ, chủ hợp tác xã, cho biết giá bán ổn định.\n")
    my = _place(ex, "Mỹ")
    assert my is not None and my.level == "country" and len(my.mentions) == 1
    assert _place(ex, "Úc") is not None


def test_my_before_a_capitalised_word_is_no_country(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Công an tỉnh Tiền Giang đưa 20 thanh niên từ Mỹ Tho sang Mỹ Đức học nghề.\n")
    assert _place(ex, "Mỹ") is None


def test_the_land_of_hue_is_no_place_and_the_hyphenated_province_keeps_its_name(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Tuyên dương tình nguyện viên xứ Huế\n\n"
                            "Tỉnh đoàn Thừa Thiên - Huế vừa tổ chức lễ tuyên dương 60 tình nguyện viên.\n")
    province = _place(ex, "Thừa Thiên Huế")
    assert province is not None and province.code == "46" and len(province.mentions) == 1
    assert _place(ex, "Huế") is None
