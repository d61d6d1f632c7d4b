"""Bodies of rounds 50-53: a unit's long name read whole (a fire police's with "cứu nạn, cứu hộ", a
procuracy's division, a disaster-prevention command), a numbered regiment, a Party military committee
inside a position, a province's trade association, and the boards of several districts, which are no one
body. Reports are short ones written for these tests."""

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


def test_a_fire_police_unit_with_rescue_in_words_is_read_whole_with_its_police(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Theo Phòng Cảnh sát PCCC và cứu nạn, cứu hộ Công an tỉnh Long An, từ "
                            "đầu năm đã xảy "
                            "ra 12 vụ cháy. Đội Cảnh sát PCCC và cứu nạn, cứu hộ khu vực 2 trực 24/24 giờ.\n")
    assert "Phòng Cảnh sát PCCC và cứu nạn, cứu hộ Công an tỉnh Long An" in _orgs(ex)
    assert "Phòng Cảnh sát PCCC" not in _orgs(ex)


def test_a_procuracy_division_named_by_its_tasks(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Hai ngành thống nhất giao Phòng Thực hành quyền công tố và kiểm sát "
                            "điều tra án hình "
                            "sự theo dõi các vụ án; Phòng Kiểm sát thi hành án dân sự tổng hợp số liệu.\n")
    assert "Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự" in _orgs(ex)
    assert "Phòng Kiểm sát thi hành án dân sự" in _orgs(ex)


def test_a_numbered_regiment_or_division_is_a_unit_but_not_a_count(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Đoàn công tác đã thăm cán bộ, chiến sĩ Sư đoàn 9 và Lữ đoàn 170 đóng "
                            "quân trên địa "
                            "bàn. Tỉnh tặng Trung đoàn 2 xe ô tô.\n")
    assert "Sư đoàn 9" in _orgs(ex)
    assert "Lữ đoàn 170" in _orgs(ex)
    assert not any(name.startswith("Trung đoàn") for name in _orgs(ex))


def test_a_party_military_committee_inside_a_secretarys_positions(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Ông Lò Văn Hùng, Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh Điện Biên "
                            "đã làm việc "
                            "với Bộ Chỉ huy Quân sự tỉnh.\n")
    assert "Đảng ủy Quân sự tỉnh Điện Biên" in _orgs(ex)
    (person,) = [p for p in ex.people if p.name == "Lò Văn Hùng"]
    assert "Bí thư Đảng ủy Quân sự tỉnh Điện Biên" in person.positions


def test_a_disaster_prevention_command_capitalizes_its_task(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Sáng 3/1, Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh "
                            "Quảng Bình tổ "
                            "chức hội nghị tổng kết.\n")
    assert "Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình" in _orgs(ex)


def test_the_boards_of_several_districts_are_no_one_body(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Dự hội nghị có Ban Chỉ huy PCCC rừng các huyện Hòn Đất, Kiên Lương và "
                            "Ban Chỉ huy "
                            "PCCC rừng huyện Phú Quốc.\n")
    assert not any("các huyện" in name for name in _orgs(ex))
    assert "Ban Chỉ huy PCCC rừng huyện Phú Quốc" in _orgs(ex)


def test_a_provinces_trade_association_and_a_national_one_joining_two_trades(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Lễ hội do Sở Văn hóa phối hợp với Hiệp hội Thanh long Bình Thuận tổ "
                            "chức. Bà Đỗ Thị "
                            "Lan, Phó Chủ tịch Hiệp hội Rau - Quả Việt Nam, dự lễ.\n")
    assert "Hiệp hội Thanh long Bình Thuận" in _orgs(ex)
    assert "Hiệp hội Rau - Quả Việt Nam" in _orgs(ex)


def test_units_in_the_plural_are_no_one_body_but_a_numbered_force_is(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Các đội Cảnh sát giao thông bố trí tổ tuần tra; mỗi tổ của các chốt và đội CSGT "
                            "xử lý vi phạm. Công an tỉnh phối hợp với Phòng An ninh các huyện của tỉnh "
                            "Hủa Phăn và cùng các Tổ công tác đặc biệt 363 tuần tra.\n")
    assert not any(name.startswith(("Đội", "Phòng An ninh")) for name in _orgs(ex))
    assert "Tổ công tác đặc biệt 363" in _orgs(ex)


def test_a_councils_committee_a_national_centre_and_local_services(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Đoàn giám sát của Ban Pháp chế HĐND tỉnh Hòa Bình làm việc với Chi cục Thi "
                            "hành án dân sự huyện Lạc Sơn và Trung tâm Công tác xã hội tỉnh Hòa Bình. "
                            "Theo Trung tâm Tìm kiếm cứu nạn hàng hải Việt Nam, Cục An ninh mạng phối hợp "
                            "với Cục Hợp tác quốc tế. Ban Pháp chế đề nghị bổ sung. Trung tâm Thông tin quốc "
                            "gia về ma túy họp.\n")
    names = _orgs(ex)
    assert "Ban Pháp chế HĐND tỉnh Hòa Bình" in names
    assert "HĐND tỉnh Hòa Bình" not in names
    assert "Chi cục Thi hành án dân sự huyện Lạc Sơn" in names
    assert "Trung tâm Công tác xã hội tỉnh Hòa Bình" in names
    assert "Trung tâm Tìm kiếm cứu nạn hàng hải Việt Nam" in names
    assert "Cục Hợp tác quốc tế" in names
    assert "Ban Pháp chế" not in names
    assert "Trung tâm Thông tin quốc gia" not in names


def test_a_national_centres_long_name_ends_at_quoc_gia(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "Theo Trung tâm Giám sát an toàn không gian mạng quốc gia, số vụ tấn công mạng "
                            "tăng.\n")
    assert _orgs(ex) == ["Trung tâm Giám sát an toàn không gian mạng quốc gia"]
