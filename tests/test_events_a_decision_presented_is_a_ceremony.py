"""An appointment presented in the lead ("Thứ trưởng … đã trao Quyết định … điều động, bổ nhiệm …") is a
ceremony the presenter leads, dated by the lead, not the guests' sentence after it ("Dự buổi lễ có …"); and
the new director's goals keep the province, the ministry in the presenter's title holding nothing. Reports
are short ones written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path


def test_an_appointment_presented_in_the_lead_is_the_ceremony(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Công an tỉnh Ninh Bình có tân Giám đốc\n\n"
                    "Ngày 5/8/2021, tại TP Ninh Bình, Trung tướng Lê Văn Hòa, Thứ trưởng Bộ Công an đã trao "
                    "Quyết định của Bộ trưởng Bộ Công an điều động, bổ nhiệm Đại tá Phạm Minh Châu giữ chức "
                    "vụ Giám đốc Công an tỉnh Ninh Bình.\n\n"
                    "Dự buổi lễ có ông Trần Quốc Việt, Bí thư Tỉnh ủy Ninh Bình.\n\n"
                    "Thứ trưởng Lê Văn Hòa đề nghị tân Giám đốc cùng tập thể lãnh đạo Công an tỉnh phấn đấu "
                    "kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội.\n", encoding="utf-8")
    ex = extract_path(path)
    assert len(ex.events) == 1
    event = ex.events[0]
    assert (event.type, event.date, event.leader) == ("ceremony", "2021-08-05", "Lê Văn Hòa")
    assert [t.scope for t in ex.targets] == ["Ninh Bình"]
