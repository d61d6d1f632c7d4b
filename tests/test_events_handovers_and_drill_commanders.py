"""Round 42's event classes: a body's handover of files held as a ceremony ("tổ chức bàn giao hồ sơ …"),
and a drill's commander ("chỉ huy buổi diễn tập") its leader.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from chidao.extract.pipeline import extract_document
from chidao.model import Document, Event
from chidao.text.normalize import normalize_text


def events_of(text: str, date: str) -> list[Event]:
    document = Document.from_text(normalize_text(text).strip(), "t.txt", date=date)
    found = extract_document(document).events
    for event in found:
        assert document.text[event.span[0]:event.span[1]] == event.text
    return found


def test_a_handover_of_files_a_body_holds_is_a_ceremony_with_no_leader_when_the_receiver_attends() -> None:
    found = events_of("Công an xã Mường Khương nhận bàn giao hồ sơ\n\n"
                      "Ngày 1-7-2025, Công an huyện Mường Khương (cũ) tổ chức bàn giao hồ sơ, tài liệu cho "
                      "Công an xã Mường Khương. Thiếu tá Vàng Seo Páo, Trưởng Công an xã Mường Khương dự.\n\n"
                      "Công an xã tiếp nhận 25 hồ sơ vụ việc.", "2025-07-02")
    assert [(e.type, e.date, e.leader) for e in found] == [("ceremony", "2025-07-01", None)]


def test_a_handover_told_without_a_body_holding_it_is_no_event() -> None:
    found = events_of("Công an xã Mường Khương nhận bàn giao hồ sơ\n\n"
                      "Sau sắp xếp, Công an xã đã nhận bàn giao 25 hồ sơ vụ việc từ Công an huyện (cũ).",
                      "2025-07-02")
    assert found == []


def test_a_drills_commander_leads_it() -> None:
    found = events_of("Diễn tập chữa cháy tại chợ\n\n"
                      "Sáng 5-10, Công an phường Hòa Bình tổ chức diễn tập phương án chữa cháy tại chợ trung "
                      "tâm.\n\nTình huống giả định đám cháy xảy ra tại một ki-ốt bán vải.\n\n"
                      "Trung tá Nguyễn Văn Lợi, Trưởng Công an phường Hòa Bình chỉ huy cuộc diễn tập.",
                      "2025-10-06")
    assert [(e.type, e.leader) for e in found] == [("other", "Nguyễn Văn Lợi")]
