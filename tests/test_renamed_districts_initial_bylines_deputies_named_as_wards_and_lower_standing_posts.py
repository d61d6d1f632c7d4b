"""Places and people of rounds 50-53: a district of the report's province that the data keeps under a
later kind (a "huyện" since made a "thị xã") chosen over another province's "huyện" of that name, in a
list too; a byline of an initial and a given name ("P.Thanh") no ward; a deputy whose name a ward bears;
a standing vice-chair's office written in lower case. Reports are short ones written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction


def _extract(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def test_a_district_of_the_reports_province_under_its_later_kind(tmp_path: Path) -> None:
    ex = _extract(tmp_path, " date 2019-03 Công an tỉnh Thừa Thiên Huế tăng cường tuần tra tại các "
                            "huyện Quảng "
                            "Điền, Phong Điền. Nhiều vụ việc đã được xử lý.\n")
    codes = {loc.name: loc.code for loc in ex.localities}
    assert codes.get("Phong Điền") == "476"
    assert codes.get("Quảng Điền") == "477"


def test_the_other_provinces_district_of_that_name_stays_its_own(tmp_path: Path) -> None:
    ex = _extract(tmp_path, " date 2019-03 Công an TP Cần Thơ tăng cường tuần tra tại huyện Phong Điền.\n")
    assert {loc.name: loc.code for loc in ex.localities}.get("Phong Điền") == "926"


def test_a_byline_of_an_initial_and_a_given_name_is_no_ward(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Công an tỉnh Tiền Giang ra quân tấn công trấn áp tội phạm dịp Tết.\n\nN.Hương\n")
    assert [loc.name for loc in ex.localities] == ["Tiền Giang"]


def test_a_deputy_whose_name_a_ward_bears_is_a_person_not_the_ward(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Mở đầu phiên chất vấn, đại biểu Hoàng Văn Thụ (tổ đại biểu huyện Lục "
                            "Yên) hỏi về "
                            "an toàn giao thông. Công an phường Hoàng Văn Thụ tăng cường tuần tra.\n")
    (person,) = [p for p in ex.people if p.name == "Hoàng Văn Thụ"]
    assert len(person.mentions) == 1


def test_a_standing_vice_chairs_office_in_lower_case(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Dự lễ có ông Trần Văn Hải, phó chủ tịch thường trực UBND tỉnh Quảng "
                            "Trị, cùng nhiều "
                            "cán bộ, chiến sĩ.\n")
    (person,) = [p for p in ex.people if p.name == "Trần Văn Hải"]
    assert [p.casefold() for p in person.positions] == ["phó chủ tịch thường trực ubnd tỉnh quảng trị"]


def test_a_full_time_vice_chair_and_the_delegation_he_heads(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Đoàn công tác do ông Lê Văn Tâm, Phó Chủ tịch chuyên trách Ủy ban An toàn giao "
                            "thông Quốc gia làm trưởng đoàn đã kiểm tra tỉnh Phú Yên.\n")
    (person,) = [p for p in ex.people if p.name == "Lê Văn Tâm"]
    assert person.positions[0] == "Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông Quốc gia"


def test_a_department_heads_office_with_the_departments_code(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Thiếu tướng Đỗ Văn Hùng, Phó Cục trưởng C07 dự và chỉ đạo hội nghị. Ông Lê Văn "
                            "Tâm, Cục trưởng cho biết kết quả.\n")
    positions = {p.name: p.positions for p in ex.people}
    assert positions["Đỗ Văn Hùng"] == ("Phó Cục trưởng C07",)
    assert positions["Lê Văn Tâm"] == ("Cục trưởng",)
