"""A paragraph that reports a past year (fixev pass, probe 608's class): "Đại tá X cho biết: Năm 2020, … đã ….
Bộ CHQS tỉnh chỉ đạo tổ chức diễn tập …; Lực lượng vũ trang tỉnh phối hợp …" tells what was done, no
directive; the request after it stays one. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def test_a_reports_body_that_directed_last_year(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Bí thư Tỉnh ủy làm việc với Bộ Chỉ huy Quân sự tỉnh\n\n"
        "Ngày 12-3-2022, đồng chí Trần Văn Minh, Bí thư Tỉnh ủy Lạng Sơn đã có buổi làm việc với Bộ Chỉ huy "
        "Quân sự tỉnh về nhiệm vụ quốc phòng, an ninh.\n\n"
        "Báo cáo tại buổi làm việc, Đại tá Nông Văn Hải, Chỉ huy trưởng Bộ CHQS tỉnh cho biết: Năm 2021, lực "
        "lượng vũ trang tỉnh đã tham mưu thực hiện tốt nhiệm vụ quân sự địa phương. Bộ CHQS tỉnh chỉ đạo tổ "
        "chức diễn tập khu vực phòng thủ cho huyện Cao Lộc. Lực lượng vũ trang tỉnh phối hợp với "
        "Công an tỉnh "
        "tổ chức tuần tra chung trên tuyến biên giới.\n\n"
        "Đồng chí Trần Văn Minh yêu cầu Bộ CHQS tỉnh tiếp tục làm tốt công tác tham mưu.\n"))
    assert [(d.speaker, d.addressee) for d in ex.directives] == [("Trần Văn Minh", "Bộ CHQS tỉnh")], \
        ex.directives
