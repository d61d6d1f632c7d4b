"""A person's ranks and positions change over the years; each is shown with its dated reports."""

from __future__ import annotations

from chidao.track.timeline import current_roles, role_timeline


def person(doc: str, date: str | None, ranks: list[str], positions: list[str], span=(10, 16)) -> dict:
    return {
        "id": f"{doc}-p", "kind": "people", "document_id": doc, "document_date": date, "event_date": None,
        "document_source": f"{doc}.txt", "document_title": None, "name": "Tô Lâm",
        "ranks": ranks, "positions": positions, "mentions": [list(span)],
    }


REPORTS = [
    person("2024-qn", "2024-03", ["Đại tướng"], ["Bộ trưởng Bộ Công an"]),
    person("2018-hcm", "2018-01", ["Thượng tướng"], ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"],
           (40, 46)),
    person("2021-conf", "2021-06-24", ["Đại tướng"], ["Uỷ viên Bộ Chính trị"]),
    person("2024-state", "2024-10", [], ["Chủ tịch nước"]),
    person("undated", None, ["Thượng tướng"], []),
]


def test_to_lam_is_colonel_general_in_2018_then_general_from_2021():
    timeline = role_timeline(REPORTS)
    ranks = [e for e in timeline if e["kind"] == "rank"]
    assert [(e["value"], e["first_seen"], e["last_seen"]) for e in ranks] == [
        ("Thượng tướng", "2018-01", "2018-01"),
        ("Đại tướng", "2021-06-24", "2024-03"),
    ]


def test_each_role_lists_its_dated_reports_with_the_span_of_the_name():
    timeline = role_timeline(REPORTS)
    general = next(e for e in timeline if e["value"] == "Thượng tướng")
    assert general["documents"] == [
        {"document_id": "2018-hcm", "date": "2018-01", "source": "2018-hcm.txt", "title": None,
         "span": [40, 46]},
        {"document_id": "undated", "date": None, "source": "undated.txt", "title": None,
         "span": [10, 16]},
    ]


def test_old_and_new_tone_mark_spellings_are_one_position():
    timeline = role_timeline(REPORTS)
    politburo = [e for e in timeline if e["kind"] == "position" and "Bộ Chính trị" in e["value"]]
    assert len(politburo) == 1
    assert politburo[0]["value"] in ("Ủy viên Bộ Chính trị", "Uỷ viên Bộ Chính trị")
    assert [d["document_id"] for d in politburo[0]["documents"]] == ["2018-hcm", "2021-conf"]


def test_the_latest_report_names_him_state_president():
    timeline = role_timeline(REPORTS)
    positions = [e["value"] for e in timeline if e["kind"] == "position"]
    assert positions[-1] == "Chủ tịch nước"
    assert current_roles(timeline) == {"rank": [], "position": ["Chủ tịch nước"]}


def test_head_of_a_delegation_is_a_role_at_one_event_not_a_position_held():
    reports = [person("2021-bg", "2021-03-12", ["Đại tướng"], ["Bộ trưởng Bộ Công an", "Trưởng đoàn"]),
               person("2024-hp", "2024-05-09", ["Đại tướng"], ["Bộ trưởng Bộ Công an", "Trưởng Đoàn"]),
               person("2023-bg", "2023-10-20", [], ["Phó Trưởng đoàn"])]
    timeline = role_timeline(reports)
    assert [(e["kind"], e["value"]) for e in timeline] == [
        ("rank", "Đại tướng"), ("position", "Bộ trưởng Bộ Công an"),
        ("event_role", "Trưởng đoàn"), ("event_role", "Phó Trưởng đoàn")]
    assert [d["document_id"] for d in timeline[2]["documents"]] == ["2021-bg", "2024-hp"]
    assert current_roles(timeline) == {"rank": ["Đại tướng"], "position": ["Bộ trưởng Bộ Công an"]}
