"""A body's own goal told in a speech's paragraph with no verb of saying (fixev pass, rounds 50-53): "… Công
an tỉnh phấn đấu …" after its deputy director's request to the press is the police's own goal, no directive; a
plan's "tỉnh phấn đấu …" said by nobody neither; the goal of the body the speaker asked, of the districts a
speech goes on to, or with "phải" stays a task. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def _goals(ex: Extraction) -> list[tuple[str | None, str | None]]:
    return [(d.speaker, d.addressee) for d in ex.directives if "phấn đấu" in d.text]


def test_the_speakers_own_police_sets_its_goal(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Công an tỉnh họp báo 6 tháng đầu năm\n\n"
        "Sáng 8/7/2022, Công an tỉnh Hải Dương tổ chức họp báo thông tin kết quả công tác 6 tháng "
        "đầu năm.\n\n"
        "Tại buổi họp báo, Đại tá Trần Văn Lực, Phó Giám đốc Công an tỉnh đề nghị các cơ quan báo chí tiếp "
        "tục phối hợp tuyên truyền về phòng, chống tội phạm. Về nhiệm vụ 6 tháng cuối năm, Công an tỉnh phấn "
        "đấu kéo giảm ít nhất 3% số vụ phạm pháp hình sự.\n"))
    assert _goals(ex) == [], ex.directives
    assert [d.addressee for d in ex.directives] == ["các cơ quan báo chí"], ex.directives


def test_a_plans_goal_said_by_nobody(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Họp báo về chống buôn lậu\n\n"
        "Sáng 20/12/2020, Ban Chỉ đạo 389 tỉnh Long An họp báo về công tác chống buôn lậu.\n\n"
        "Ông Nguyễn Văn Út cho biết, UBND tỉnh đã thống nhất hỗ trợ 2 tỷ đồng cho các chốt chặn "
        "biên giới.\n\n"
        "Theo kế hoạch, trong năm 2021, tỉnh phấn đấu kéo giảm 10% số vụ buôn lậu so với năm 2020.\n"))
    assert _goals(ex) == [], ex.directives


def test_the_goal_of_the_body_asked_stays_a_task(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Công an huyện tổng kết năm\n\n"
        "Ngày 20/12/2016, Công an huyện Quảng Ninh tổ chức hội nghị tổng kết công tác năm 2016.\n\n"
        "Phát biểu chỉ đạo, Thượng tá Lê Văn Nam, Phó Giám đốc Công an tỉnh Quảng Bình đề nghị Công an huyện "
        "Quảng Ninh nắm chắc tình hình an ninh nông thôn. Năm 2017, Công an huyện phấn đấu giảm 5% số vụ "
        "phạm pháp hình sự.\n"))
    assert _goals(ex) == [("Lê Văn Nam", "Công an huyện Quảng Ninh")], ex.directives


def test_a_goal_with_phai_stays_a_task(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Thứ trưởng kiểm tra Công an tỉnh\n\n"
        "Ngày 10/1/2019, Thứ trưởng Lê Văn Hải kiểm tra công tác tại Công an tỉnh Thanh Hóa.\n\n"
        "Thứ trưởng yêu cầu Công an tỉnh Thanh Hóa bám sát địa bàn. Năm 2019, Công an tỉnh phải phấn đấu "
        "kéo giảm ít nhất 5% số vụ phạm tội.\n"))
    assert [speaker for speaker, _a in _goals(ex)] == ["Lê Văn Hải"], ex.directives
