"""Bodies, places of rounds 54-58: a ministry's departments and a province's sub-departments by the sector
they manage, trade associations named by their trade alone or with a bare "tỉnh", national funds, a
district's youth union, a general department with a Roman numeral, a commune of 2025 whose name ends in a
number, and a district listed after another in a report naming no province. Reports are short ones written
for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction


def _extract(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def _orgs(ex: Extraction) -> list[str]:
    return [o.name for o in ex.organizations]


def test_departments_and_sub_departments_by_their_sector(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Tại buổi làm việc, Cục Chăn nuôi đề nghị các tỉnh giám sát đàn lợn; "
                            "Chi cục Bảo vệ thực vật báo cáo diện tích lúa nhiễm rầy. "
                            "Chi cục Thú y tỉnh Nghệ An lập 12 chốt kiểm dịch.\n")
    names = _orgs(ex)
    assert "Cục Chăn nuôi" in names
    assert "Chi cục Bảo vệ thực vật" in names
    assert "Chi cục Thú y tỉnh Nghệ An" in names
    assert "Cục Thú y" not in names  # inside the sub-department's name, no national body


def test_trade_associations_by_their_trade_alone_or_with_a_bare_level_word(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Phát biểu tại hội thảo, đại diện Hiệp hội Bảo hiểm cho biết nhiều hợp đồng "
                            "giả mạo; "
                            "Hiệp hội Vận tải ô tô tỉnh kiến nghị tăng kiểm tra xe khách.\n")
    names = _orgs(ex)
    assert "Hiệp hội Bảo hiểm" in names
    assert "Hiệp hội Vận tải ô tô" in names


def test_an_association_with_its_province_stays_the_provinces(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Hiệp hội Du lịch tỉnh Khánh Hòa phối hợp với Công an tỉnh Khánh Hòa "
                            "tuyên truyền cho du khách.\n")
    assert "Hiệp hội Du lịch tỉnh Khánh Hòa" in _orgs(ex)


def test_a_national_fund_and_a_district_youth_union(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Quỹ Bảo trợ trẻ em Việt Nam tặng 200 suất quà; Huyện đoàn Mường Tè tổ chức "
                            "tuyên truyền phòng, chống ma túy cho đoàn viên.\n")
    names = _orgs(ex)
    assert "Quỹ Bảo trợ trẻ em Việt Nam" in names
    assert "Huyện đoàn Mường Tè" in names


def test_a_general_department_named_with_a_roman_numeral(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Đoàn công tác Tổng cục An ninh I làm việc với Công an tỉnh Sơn La. "
                            "Tổng cục An ninh I trao tặng Công an tỉnh 3 xe ô tô.\n")
    names = _orgs(ex)
    assert "Tổng cục An ninh I" in names
    assert "Tổng cục An ninh" not in names


def test_a_commune_of_2025_whose_name_ends_in_a_number(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Ngày 12/9/2025, Công an phường Móng Cái 2 ra mắt mô hình camera an ninh; "
                            "đại biểu của xã Long Phú 1 cùng dự.\n")
    names = [loc.name for loc in ex.localities]
    assert "Móng Cái 2" in names
    assert "Long Phú 1" in names
    assert "Móng Cái" not in names


def test_a_district_listed_after_another_in_a_report_naming_no_province(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Các vụ tai nạn xảy ra chủ yếu trên quốc lộ qua huyện Tân Uyên, Than Uyên.\n")
    found = {loc.name: loc.code for loc in ex.localities}
    assert "Than Uyên" in found


def test_a_rare_family_name_after_a_bodys_level_word_is_the_persons(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Hội nghị do ông Cấn Văn Hùng, Phó Chủ tịch UBND tỉnh Hà Tĩnh chủ trì. Kết luận "
                            "hội nghị, Phó Chủ tịch UBND tỉnh Cấn Văn Hùng yêu cầu các sở kiểm tra.\n")
    assert "UBND tỉnh Cấn Văn Hùng" not in _orgs(ex)
    assert "Cấn Văn Hùng" in [p.name for p in ex.people]


def test_an_undated_report_naming_new_communes_names_the_merged_province(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Chiều 3/11, Công an tỉnh Gia Lai kiểm tra công tác bảo đảm an ninh tại phường "
                            "Quy Nhơn và xã Ia Grai.\n")
    codes = {loc.name: loc.code for loc in ex.localities if loc.level == "province"}
    assert codes == {"Gia Lai": "52"}
