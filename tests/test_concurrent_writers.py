"""Several people and processes writing to one store at once: no update lost, no "database is
locked" reaching anyone, one event's copies in one group, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from generated_reports import outlet_copy, report_text, write_reports
from test_ingest_faults import CHIDAO, assert_whole
from test_store_engine import chidao, chidao_json

from chidao.store.queries import open_session

# A chidao command that starts at a given moment (so that all of them run at once), with the
# near-duplicate lookup slowed down to widen the window in which two ingests can miss each other.
_AT = """
import sys, time
from chidao.store import dedup
real = dedup.find_groups
def slow(*args):
    found = real(*args)
    time.sleep(0.05)
    return found
dedup.find_groups = slow
start = float(sys.argv[1])
sys.argv = ["chidao", *sys.argv[2:]]
time.sleep(max(0.0, start - time.time()))
from chidao.cli import main
main()
"""


def run_at_once(commands: list[list[str]], env: dict[str, str] | None = None,
                delay: float = 4.0) -> list[subprocess.CompletedProcess]:
    """Run chidao commands in processes started together; their results in order."""
    import os

    start = time.time() + delay  # after every process has imported chidao
    processes = [subprocess.Popen([sys.executable, "-c", _AT, str(start), *command], text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env={**os.environ, **(env or {})}) for command in commands]
    results = []
    for process, command in zip(processes, commands, strict=True):
        stdout, stderr = process.communicate(timeout=600)
        results.append(subprocess.CompletedProcess(command, process.returncode, stdout, stderr))
    return results


@pytest.mark.slow
def test_twenty_people_changing_one_item_at_once_all_go_into_its_history(store: str, tmp_path: Path) -> None:
    write_reports(tmp_path / "in", 1)
    assert chidao(store, "ingest", str(tmp_path / "in")).exit_code == 0
    item = chidao_json(store, "directives")[0]["id"]
    results = run_at_once([["status", item, "--note", f"ghi chú {n}", "--owner", f"Đội {n}", "--db", store]
                           for n in range(20)])
    assert [r.returncode for r in results] == [0] * 20, [r.stderr for r in results]
    assert not any("locked" in r.stderr for r in results)
    shown = chidao_json(store, "status", item)
    notes = [h["new"] for h in shown["history"] if h["field"] == "notes"]
    owners = [h["new"] for h in shown["history"] if h["field"] == "owner"]
    assert sorted(notes) == sorted(f"ghi chú {n}" for n in range(20))
    assert sorted(owners) == sorted(f"Đội {n}" for n in range(20))
    # Each note was appended to the notes as they were: none lost to another writer.
    assert sorted(shown["notes"].splitlines()) == sorted(notes)
    assert shown["owner"] == owners[-1]


def test_two_ingests_at_once_store_each_report_once_and_keep_an_event_s_copies_together(
        store: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    write_reports(first, 30)
    write_reports(second, 30, start=20)  # reports 20-29 in both folders
    for n in range(12):
        # Another outlet's report of each of the first 12 events, read by the other ingest at
        # the moment the first one stores the original (the copies sort first in their folder).
        (second / f"a-bao-khac-{n:02d}.txt").write_text(outlet_copy(n), encoding="utf-8")
        (first / f"bao-khac-{n + 30:02d}.txt").write_text(outlet_copy(n + 30), encoding="utf-8")
    results = run_at_once([["ingest", str(first), "--db", store, "--jobs", "1"],
                           ["ingest", str(second), "--db", store, "--jobs", "1"]])
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    assert_whole(store, 50 + 24)
    with open_session(store) as session:
        from sqlalchemy import select

        from chidao.store.schema import Document

        group_of = {text: group for text, group in session.execute(select(Document.text, Document.group_id))}
    for n in [*range(12), *range(30, 42)]:
        original = group_of[report_text(n).strip().split("\n", 1)[1].strip()]
        copy = group_of[outlet_copy(n).strip().split("\n", 1)[1].strip()]
        assert original == copy, f"report {n} and its outlet's copy were put in two event groups"


def test_status_changes_made_while_an_ingest_runs_all_hold(store: str, tmp_path: Path) -> None:
    write_reports(tmp_path / "first", 5)
    assert chidao(store, "ingest", str(tmp_path / "first")).exit_code == 0
    items = [d["id"] for d in chidao_json(store, "directives")][:5]
    write_reports(tmp_path / "more", 300, start=100)
    ingest = subprocess.Popen([*CHIDAO, "ingest", str(tmp_path / "more"), "--db", store, "--jobs", "2"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    changes = run_at_once([["status", item, "--set", "in_progress", "--note", "đang làm", "--db", store]
                           for item in items], delay=6.0)
    stdout, stderr = ingest.communicate(timeout=600)
    assert ingest.returncode == 0, stderr
    assert "mới 300" in stdout
    assert [r.returncode for r in changes] == [0] * len(items), [r.stderr for r in changes]
    for item in items:
        shown = chidao_json(store, "status", item)
        assert (shown["status"], shown["notes"]) == ("in_progress", "đang làm")
