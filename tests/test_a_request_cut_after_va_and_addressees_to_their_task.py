"""A report cut after "và" on its last line (fixev pass, probe 594's class) keeps its request; an addressee
ends where its task begins ("tổng rà soát", "nêu cao vai trò") and keeps a team's name "tổ tuần tra kiểm soát"
(probes 591, 572, 603). Reports and lines written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction
from chidao.text.layout import cut_paragraph


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def test_a_last_line_cut_after_a_joining_word() -> None:
    assert cut_paragraph("Giám đốc Công an tỉnh cũng yêu cầu Công an các huyện hoàn thành việc thu "
                         "thập dữ liệu "
                         "dân cư cho toàn bộ người dân trên địa bàn trước ngày 30/6/2022 và")
    # a caption or a short line does not read as cut
    assert not cut_paragraph("Đại tá Nguyễn Văn An trao quà cho các gia đình chính sách và")
    assert not cut_paragraph("Quang cảnh hội nghị tổng kết công tác năm 2022 của Công an tỉnh Bình "
                             "Phước tại hội "
                             "trường lớn")


def test_the_request_of_a_cut_last_line_is_read(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Chủ tịch UBND tỉnh làm việc với Công an tỉnh\n\n"
        "Sáng 5/7/2022, ông Nguyễn Văn Bình, Chủ tịch UBND tỉnh Phú Yên làm việc với Công an tỉnh "
        "về công tác "
        "bảo đảm an ninh, trật tự.\n\n"
        "Ông Nguyễn Văn Bình yêu cầu Công an tỉnh hoàn thành việc cấp căn cước công dân cho 100% công dân đủ "
        "điều kiện trước ngày 30/9/2022 và"))
    assert [(d.verb, d.addressee) for d in ex.directives] == [("yêu cầu", "Công an tỉnh")], ex.directives


def test_addressees_end_where_their_task_begins(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Kiểm tra phòng cháy nhà trọ\n\n"
        "Ngày 3-6-2024, đoàn kiểm tra do ông Lê Văn Tư, Phó Chủ tịch UBND tỉnh Bình Dương làm trưởng đoàn đã "
        "kiểm tra công tác phòng cháy, chữa cháy tại TP Thủ Dầu Một.\n\n"
        "Ông Lê Văn Tư yêu cầu UBND các huyện, thị xã và TP Thủ Dầu Một tổng rà soát toàn bộ nhà "
        "trọ trên địa "
        "bàn. Ông đề nghị cấp ủy các xã nêu cao vai trò lãnh đạo trong công tác phòng cháy. Ông cũng yêu cầu "
        "các tổ tuần tra kiểm soát tập trung xử lý các hành vi vi phạm.\n"))
    assert [d.addressee for d in ex.directives] == [
        "UBND các huyện, thị xã và TP Thủ Dầu Một", "cấp ủy các xã", "các tổ tuần tra kiểm soát",
    ], ex.directives
