"""Companies and banks with long names (round 49): a name with a long lower-case tail runs to the country
or the province that closes it, and a bank's short name in Latin letters in brackets after it is the same
bank there and later, its branch by that name a body of its own; a cooperative by its name is a company
too, a Party cell of a police a body of its own, and a border post named after its gate keeps the gate's
name though it looks like a person's. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(" date 2021-04\n" + text, encoding="utf-8")
    return extract_path(path)


def test_a_long_tail_runs_to_the_province_or_the_country(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Ngày 9/4, UBND tỉnh Gia Lai làm việc với Công ty TNHH MTV Khai thác công trình thủy lợi Gia Lai "
        "về lịch xả nước. Cùng dự có đại diện Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam.\n"))
    names = [o.name for o in ex.organizations]
    assert "Công ty TNHH MTV Khai thác công trình thủy lợi Gia Lai" in names, names
    assert "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam" in names, names
    assert not any(n.endswith((" Khai", " Phát")) for n in names), names


def test_lower_case_words_without_a_place_after_them_do_not_join_the_name(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Ngày 9/4, Công ty Cổ phần Xây dựng Hòa Bình hỗ trợ người dân xã biên giới Gia Lai 200 triệu"
        " đồng.\n"))
    names = [o.name for o in ex.organizations]
    assert "Công ty Cổ phần Xây dựng Hòa Bình" in names, names
    assert not any("hỗ trợ" in n for n in names), names


def test_a_banks_brand_in_brackets_and_its_branch(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Ngày 9/4, UBND tỉnh Gia Lai và Ngân hàng Đầu tư và Phát triển Việt Nam (Vietbank) ký kết thỏa thuận "
        "hợp tác. Theo đó, Vietbank dành 10.000 tỷ đồng cho vay trên địa bàn tỉnh.\n\n"
        "Chủ tịch UBND tỉnh đề nghị Vietbank chi nhánh Gia Lai tiếp tục đồng hành cùng doanh nghiệp.\n"))
    orgs = {o.name: o.mentions for o in ex.organizations}
    bank = orgs.get("Ngân hàng Đầu tư và Phát triển Việt Nam")
    assert bank is not None and len(bank) == 3, orgs  # the name, "(Vietbank)" and "Vietbank" alone
    assert "Vietbank chi nhánh Gia Lai" in orgs, orgs


def test_a_cooperative_by_its_name(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Ngày 9/4, đoàn kiểm tra làm việc với Hợp tác xã Nông nghiệp Ia Pếch về việc tái canh cây cà phê; "
        "các hợp tác xã trên địa bàn cũng được hướng dẫn.\n"))
    names = [o.name for o in ex.organizations]
    assert "Hợp tác xã Nông nghiệp Ia Pếch" in names, names
    assert not any(n.lower().startswith("hợp tác xã trên") for n in names), names


def test_a_party_cell_of_a_police_is_a_body_of_its_own(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Ngày 9/4, Chi bộ Công an xã Ia Pếch tổ chức đại hội nhiệm kỳ 2021 - 2023. Chi bộ hiện có 12 đảng "
        "viên.\n"))
    names = [o.name for o in ex.organizations]
    assert "Chi bộ Công an xã Ia Pếch" in names, names
    assert "Công an xã Ia Pếch" not in names and "Chi bộ" not in names, names


def test_a_border_post_named_after_its_gate_whose_name_looks_like_a_persons(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Ngày 9/4, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang kiểm tra Đồn Biên phòng Cửa khẩu Lê Văn Tám về "
        "công tác tuần tra biên giới.\n"))
    names = [o.name for o in ex.organizations]
    assert "Đồn Biên phòng Cửa khẩu Lê Văn Tám" in names, names
