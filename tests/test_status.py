"""A staff officer follows an item up: status, owner, deadline, notes, with who did what and when."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_store_engine import QUANG_TRI, chidao, chidao_json


@pytest.fixture()
def db(tmp_path: Path, store: str) -> Path:
    path = store
    assert chidao(path, "ingest", str(QUANG_TRI)).exit_code == 0
    return path


def first_directive(db: Path) -> str:
    return chidao_json(db, "directives")[0]["id"]


def test_each_change_is_recorded_with_who_and_when(db: Path) -> None:
    item = first_directive(db)
    env = {"CHIDAO_USER": "can_bo_a"}
    assert chidao(db, "status", item, "--set", "in_progress", "--owner", "Phòng PC04", env=env).exit_code == 0
    assert chidao(db, "status", item, "--set", "done", "--note", "Đã xong đợt 1",
                  env={"CHIDAO_USER": "can_bo_b"}).exit_code == 0
    shown = chidao_json(db, "status", item)
    assert shown["status"] == "done" and shown["owner"] == "Phòng PC04" and shown["notes"] == "Đã xong đợt 1"
    assert [(h["who"], h["field"], h["old"], h["new"]) for h in shown["history"]] == [
        ("can_bo_a", "status", "open", "in_progress"),
        ("can_bo_a", "owner", None, "Phòng PC04"),
        ("can_bo_b", "status", "in_progress", "done"),
        ("can_bo_b", "notes", None, "Đã xong đợt 1"),
    ]
    assert all(h["at"].endswith("+00:00") for h in shown["history"])


def test_status_without_set_shows_the_item_and_its_history(db: Path) -> None:
    item = first_directive(db)
    assert chidao(db, "status", item, "--set", "in_progress", env={"CHIDAO_USER": "vp"}).exit_code == 0
    result = chidao(db, "status", item)
    assert result.exit_code == 0, result.output
    assert "Trạng thái: Đang thực hiện" in result.stdout
    assert result.stdout.startswith(f"{item} (chỉ đạo) — ")  # the kind in Vietnamese, not "(directives)"
    # The history reads in Vietnamese, in Vietnam's time: "Trạng thái │ Chưa thực hiện │ Đang thực hiện".
    assert "Lịch sử (giờ Việt Nam)" in result.stdout and "in_progress" not in result.stdout
    row = next(line for line in result.stdout.splitlines() if "Đang thực hiện" in line and "vp" in line)
    assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", row)
    assert "Trạng thái" in row and "Chưa thực hiện" in row


def test_an_item_past_its_due_date_is_overdue_until_done(db: Path) -> None:
    item = first_directive(db)
    assert chidao(db, "status", item, "--due", "2020-06-30").exit_code == 0
    assert chidao_json(db, "status", item)["overdue"] is True
    assert [i["id"] for i in chidao_json(db, "directives", "--status", "overdue")] == [item]
    assert "(quá hạn)" in chidao(db, "status", item).stdout
    assert chidao(db, "status", item, "--set", "done").exit_code == 0
    assert chidao_json(db, "status", item)["overdue"] is False
    assert chidao_json(db, "directives", "--status", "overdue") == []
    assert [i["id"] for i in chidao_json(db, "directives", "--status", "done")] == [item]


def test_a_future_due_date_is_not_overdue(db: Path) -> None:
    item = first_directive(db)
    assert chidao(db, "status", item, "--due", "2099-01-01").exit_code == 0
    assert chidao_json(db, "status", item)["overdue"] is False


def test_unknown_items_and_bad_values_are_refused_in_one_line(db: Path) -> None:
    item = first_directive(db)
    missing = chidao(db, "status", "khong-co:directives:9", "--set", "done")
    assert missing.exit_code == 1
    assert missing.stderr.strip() == "chidao: không tìm thấy mục: khong-co:directives:9"
    bad_date = chidao(db, "status", item, "--due", "31/02/2024")
    assert bad_date.exit_code == 1
    assert bad_date.stderr.strip() == \
        "chidao: ngày hạn không hợp lệ: 31/02/2024 (viết dd/mm/yyyy hoặc yyyy-mm-dd)"
    assert chidao(db, "status", item, "--set", "finished").exit_code == 2
    assert chidao_json(db, "status", item)["history"] == []
