"""Events of rounds 54-58: a leader who comes to present an award in the report's lead ("đã đến thăm,
động viên và trao Bằng khen cho …") holds a ceremony and leads it; a council's chair named later as "Chủ
tọa kỳ họp, ông X" leads its session. Reports are short ones written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path


def test_a_chairman_visiting_to_present_an_award_holds_a_ceremony(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Chủ tịch UBND tỉnh khen thưởng Ban chuyên án\n\n"
                    "Chiều 12/3/2024, ông Trần Văn Nam, Chủ tịch UBND tỉnh Sơn La đã đến thăm, động viên "
                    "và trao Bằng khen cho Ban chuyên án của Công an tỉnh Sơn La vì thành tích "
                    "phá vụ án ma túy.\n\n"
                    "Ông Trần Văn Nam đề nghị Công an tỉnh tiếp tục đấu tranh với tội phạm ma túy.\n",
                    encoding="utf-8")
    ex = extract_path(path)
    assert len(ex.events) == 1
    event = ex.events[0]
    assert event.type == "ceremony"
    assert event.date == "2024-03-12"
    assert event.leader == "Trần Văn Nam"


def test_a_council_chair_named_later_as_chu_toa_leads_the_session(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("HĐND tỉnh chất vấn về trật tự xã hội\n\n"
                    "Chiều 8-12, tiếp tục chương trình kỳ họp thứ 12, HĐND tỉnh Bạc Liêu đã dành thời gian "
                    "chất vấn các vấn đề cử tri quan tâm.\n\n"
                    "Trả lời chất vấn, Giám đốc Công an tỉnh cho biết đã tăng cường tuần tra.\n\n"
                    "Chủ tọa kỳ họp, ông Lê Văn Bình, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh chỉ đạo "
                    "các ngành kéo giảm tội phạm.\n", encoding="utf-8")
    ex = extract_path(path)
    assert [e.leader for e in ex.events] == ["Lê Văn Bình"]
