"""The same demand made of several provinces in several years is one recurring group."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from chidao.cli import app
from chidao.track.recurring import group_recurring


def directive(doc: str, date: str, locality: str, text: str, start: int = 1000) -> dict:
    return {
        "id": f"{doc}-{start}", "kind": "directives", "document_id": doc, "document_date": date,
        "event_date": None, "document_source": f"{doc}.txt", "document_title": None,
        "speaker": "Tô Lâm", "verb": "yêu cầu", "addressee": None, "topics": ["crime"],
        "localities": [locality], "text": text, "span": [start, start + len(text)],
    }


HAI_PHONG = directive("hp", "2024-05-09", "Hải Phòng",
                      "Công an thành phố phải quyết tâm kéo giảm tội phạm một cách căn bản, bền vững.")
QUANG_NINH = directive("qn", "2024-03-07", "Quảng Ninh",
                       "Công an tỉnh thực hiện bằng được mục tiêu kéo giảm tội phạm một cách căn bản, "
                       "bền vững; xây dựng xã, phường không ma túy.")
BAC_GIANG = directive("bg", "2023-10-20", "Bắc Giang",
                      "Tỉnh cần chú trọng phòng ngừa xã hội, kéo giảm tội phạm một cách căn bản, bền vững.")
UNRELATED = directive("qn", "2024-03-07", "Quảng Ninh",
                      "Hoàn thành trụ sở mới trước ngày kỷ niệm truyền thống của lực lượng.", start=3000)


def test_reducing_crime_fundamentally_recurs_in_hai_phong_quang_ninh_and_bac_giang():
    groups = group_recurring([HAI_PHONG, QUANG_NINH, BAC_GIANG, UNRELATED])
    top = groups[0]
    assert top["kind"] == "phrase"
    assert top["label"] == "kéo giảm tội phạm một cách căn bản, bền vững"
    assert top["count"] == 3
    assert [d["document_id"] for d in top["documents"]] == ["bg", "qn", "hp"]
    assert sorted(top["localities"]) == ["Bắc Giang", "Hải Phòng", "Quảng Ninh"]
    assert top["years"] == ["2023", "2024"]
    assert all(m["id"] != UNRELATED["id"] for g in groups for m in g["members"])


def test_each_member_points_at_the_phrase_in_its_own_document():
    groups = group_recurring([HAI_PHONG, QUANG_NINH, BAC_GIANG])
    for member in groups[0]["members"]:
        source = next(d for d in (HAI_PHONG, QUANG_NINH, BAC_GIANG) if d["id"] == member["id"])
        start, end = member["match_span"]
        offset = source["span"][0]
        assert source["text"][start - offset:end - offset] == "kéo giảm tội phạm một cách căn bản, bền vững"


def test_a_phrase_repeated_only_inside_one_report_is_not_recurring():
    again = directive("hp", "2024-05-09", "Hải Phòng",
                      "Đặc biệt phải kéo giảm tội phạm một cách căn bản, bền vững trong năm.", start=2000)
    assert group_recurring([HAI_PHONG, again]) == []


def test_the_phrase_recurs_without_diacritics_and_with_the_antt_abbreviation():
    plain = directive("web", "2025-01-02", "Hà Nội",
                      "Phai giu vung the chu dong, bao dam vung chac an ninh trat tu tren dia ban.")
    marked = directive("qn", "2024-03-07", "Quảng Ninh",
                       "Yêu cầu giữ vững thế chủ động, bảo đảm vững chắc ANTT, không để bị động.")
    (group,) = group_recurring([plain, marked])
    assert group["label"] == "giữ vững thế chủ động, bảo đảm vững chắc ANTT"
    assert group["count"] == 2


def test_near_identical_directives_from_two_reports_form_a_similar_group():
    # No event groups given: each document is an event of its own.
    a = directive("outlet-a", "2022-08-14", "Bình Thuận",
                  "Đề nghị tỉnh quan tâm bố trí đất xây trụ sở Công an xã trong năm nay.")
    b = directive("outlet-b", "2022-08-15", "Bình Thuận",
                  "Đề nghị tỉnh quan tâm bố trí đất để xây trụ sở Công an xã trong năm nay.")
    groups = group_recurring([a, b], threshold=0.5, min_phrase_words=20)
    assert [g["kind"] for g in groups] == ["similar"]
    assert groups[0]["label"] == a["text"]
    assert [m["match_span"] for m in groups[0]["members"]] == [a["span"], b["span"]]


def test_copies_of_one_event_given_as_one_event_count_once():
    copy = directive("hp-copy", "2024-05-09", "Hải Phòng", HAI_PHONG["text"])
    events = {"hp": "hp", "hp-copy": "hp"}
    assert group_recurring([HAI_PHONG, copy], events=events) == []
    (group,) = group_recurring([HAI_PHONG, copy, BAC_GIANG], events=events)
    assert group["count"] == 2
    assert [(d["document_id"], d["event_id"]) for d in group["documents"]] == [
        ("bg", "bg"), ("hp", "hp"), ("hp-copy", "hp")]
    assert len(group["members"]) == 3


# Two outlets report one working session in Long An (the store groups them as one
# event); a year later the same demand is made in Tây Ninh.
LONG_AN_BODY = """Ngày 12/4/2023, Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an đã có buổi \
làm việc với Ban Thường vụ Tỉnh ủy Long An về công tác bảo đảm an ninh, trật tự trên địa bàn.

Theo báo cáo, quý I năm 2023, tội phạm về trật tự xã hội trên địa bàn tỉnh giảm 6,2% so với cùng kỳ; \
Công an tỉnh đã triệt xóa 12 tụ điểm mua bán trái phép chất ma túy.

Phát biểu chỉ đạo, Bộ trưởng Tô Lâm yêu cầu Công an tỉnh Long An tập trung đấu tranh triệt phá các \
đường dây buôn lậu qua biên giới Tây Nam, không để hình thành tụ điểm phức tạp về ma túy ở các xã giáp biên.

Bộ trưởng đề nghị Tỉnh ủy quan tâm bố trí quỹ đất xây dựng trụ sở Công an các xã biên giới trong năm 2023.
"""
LONG_AN_OUTLET_A = "Bộ trưởng Tô Lâm làm việc với Công an tỉnh Long An\n\n(CAND) - " + LONG_AN_BODY
LONG_AN_OUTLET_B = ("Long An: Bộ trưởng Tô Lâm yêu cầu triệt phá đường dây buôn lậu qua biên giới\n\n"
                    "(TTXVN) - " + LONG_AN_BODY + "\nẢnh: Văn Đạt - TTXVN\n")
TAY_NINH = """Bộ trưởng Bộ Công an kiểm tra công tác tại Tây Ninh

Ngày 5/9/2024, Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an đã kiểm tra công \
tác bảo đảm an ninh cửa khẩu tại Công an tỉnh Tây Ninh.

Tám tháng năm 2024, lực lượng chức năng của tỉnh phát hiện 214 vụ buôn lậu, vận chuyển hàng cấm qua \
biên giới, tăng 18 vụ so với cùng kỳ.

Bộ trưởng Lương Tam Quang yêu cầu Công an tỉnh tập trung đấu tranh triệt phá các đường dây buôn lậu \
qua biên giới Tây Nam, kiểm soát chặt người và phương tiện qua lại các cửa khẩu.
"""
SMUGGLING = "tập trung đấu tranh triệt phá các đường dây buôn lậu qua biên giới"


def chidao(db: Path, *args: str):
    result = CliRunner().invoke(app, [*args, "--db", str(db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result


def ingest(tmp_path: Path, reports: dict[str, str]) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "chidao.db"
    chidao(db, "ingest", str(folder))
    return db


def test_two_outlets_reports_of_one_session_are_not_a_recurring_directive(tmp_path):
    db = ingest(tmp_path, {"long_an_cand.txt": LONG_AN_OUTLET_A, "long_an_ttxvn.txt": LONG_AN_OUTLET_B})
    assert json.loads(chidao(db, "recurring", "--format", "json").stdout) == []
    assert "Không có chỉ đạo nào lặp lại" in chidao(db, "recurring").stdout


def test_the_same_demand_at_two_events_recurs_twice_whatever_the_copies(tmp_path):
    db = ingest(tmp_path, {"long_an_cand.txt": LONG_AN_OUTLET_A, "long_an_ttxvn.txt": LONG_AN_OUTLET_B,
                           "tay_ninh.txt": TAY_NINH})
    groups = json.loads(chidao(db, "recurring", "--format", "json").stdout)
    top = groups[0]
    assert top["label"].startswith(SMUGGLING)
    assert top["count"] == 2
    # Both outlets stay listed, together under their event, then Tây Ninh.
    names = [Path(d["document_source"]).name for d in top["documents"]]
    assert sorted(names[:2]) == ["long_an_cand.txt", "long_an_ttxvn.txt"] and names[2] == "tay_ninh.txt"
    events = [d["event_id"] for d in top["documents"]]
    assert events[0] == events[1] != events[2]
    assert top["years"] == ["2023", "2024"]
    # No group is made of the Long An copies alone, and no count exceeds the events.
    for group in groups:
        assert group["count"] == len({d["event_id"] for d in group["documents"]}) == 2
        assert any(Path(d["document_source"]).name == "tay_ninh.txt" for d in group["documents"])
    table = chidao(db, "recurring").stdout
    # (the count's column is narrow, its heading on two lines: "Số sự" then "kiện")
    assert "Số sự" in table and "↳ cùng sự kiện" in table


def test_a_phrase_does_not_end_inside_a_name():
    # Two capitalized words never sit in one phrase window, so "Tây Nam" would be cut to "Tây".
    long_an = directive("la", "2023-06-02", "Long An",
                        "Lực lượng chức năng phải kiểm soát chặt chẽ người qua lại biên giới Tây Nam.")
    tay_ninh = directive("tn", "2024-06-14", "Tây Ninh",
                         "Đồn Biên phòng cần kiểm soát chặt chẽ người qua lại biên giới Tây Nam, "
                         "nhất là mùa mưa.")
    (group,) = [g for g in group_recurring([long_an, tay_ninh]) if g["kind"] == "phrase"]
    assert group["label"] == "kiểm soát chặt chẽ người qua lại biên giới"
