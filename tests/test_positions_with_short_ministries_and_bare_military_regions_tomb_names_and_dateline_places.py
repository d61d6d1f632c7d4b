"""A position's body written short with "&" ("Thứ trưởng Bộ GD&ĐT") or a military region written bare ("Phó
Tư lệnh Quân khu"), a name inside a tomb's or after a lord's title of old (no participant), and a date line's
town that is no event's place. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction


def run(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def positions(ex: Extraction, name: str) -> list[str]:
    matches = [p for p in ex.people if p.name == name]
    assert len(matches) == 1, [p.name for p in ex.people]
    return list(matches[0].positions)


def test_a_deputy_minister_keeps_his_ministry_written_short_with_an_ampersand(tmp_path: Path) -> None:
    ex = run(tmp_path, "Ngày 5-3, đoàn công tác do ông Lê Văn Khải, Thứ trưởng Bộ GD&ĐT làm trưởng đoàn "
                       "đã làm việc với tỉnh Hà Tĩnh về kỳ thi tốt nghiệp.\n")
    assert positions(ex, "Lê Văn Khải")[0] == "Thứ trưởng Bộ GD&ĐT"
    ex = run(tmp_path, "Dự buổi làm việc có ông Trần Quốc Bảo, Thứ trưởng Bộ NN&PTNT và lãnh đạo tỉnh "
                       "Nghệ An.\n")
    assert positions(ex, "Trần Quốc Bảo") == ["Thứ trưởng Bộ NN&PTNT"]


def test_a_deputy_commander_keeps_a_military_region_written_bare(tmp_path: Path) -> None:
    ex = run(tmp_path, "Sáng 9-11, Quân khu 5 tổ chức diễn tập phòng chống bão lũ tại tỉnh Quảng Ngãi. "
                       "Thiếu tướng Phan Đình Lực, Phó Tư lệnh Quân khu dự và chỉ đạo diễn tập.\n")
    assert positions(ex, "Phan Đình Lực") == ["Phó Tư lệnh Quân khu"]


def test_a_lord_in_a_tombs_name_is_no_participant(tmp_path: Path) -> None:
    ex = run(tmp_path, "Sáng 12-2, huyện Gia Bình khai mạc lễ hội truyền thống. Sau lễ dâng hương tại "
                       "lăng Quận công Lê Hữu Phúc, các đoàn văn nghệ biểu diễn trên sân đình.\n")
    assert "Lê Hữu Phúc" not in [p.name for p in ex.people]
    ex = run(tmp_path, "Đoàn đại biểu đã dâng hương tại lăng Trần Đức Khoa rồi thăm các gia đình chính "
                       "sách của xã.\n")
    assert "Trần Đức Khoa" not in [p.name for p in ex.people]


def test_a_bare_full_name_outside_a_tomb_is_still_a_person(tmp_path: Path) -> None:
    ex = run(tmp_path, "Cuộc thi kết thúc với chiến thắng của Hồ Thị Duyên ở nội dung chạy 100 m.\n")
    assert "Hồ Thị Duyên" in [p.name for p in ex.people]


def test_a_date_lines_town_is_not_the_place_of_the_event_its_sentence_opens(tmp_path: Path) -> None:
    ex = run(tmp_path, "Công an tỉnh Quảng Trị sơ kết công tác 6 tháng\n\n"
                       "Đông Hà, ngày 28/6/2013 - Sáng nay, Công an tỉnh Quảng Trị tổ chức hội nghị sơ "
                       "kết công tác 6 tháng đầu năm 2013. Đồng chí Giám đốc Công an tỉnh chủ trì hội "
                       "nghị.\n")
    assert ex.events, "a conference is read"
    assert "Đông Hà" in [loc.name for loc in ex.localities]  # the date line's place stays a mention
    assert "Đông Hà" not in ex.events[0].localities
