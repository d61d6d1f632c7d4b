"""Schema upgrades are all-or-nothing and one at a time: a kill or a second process never leaves
a store that no command can open, and an old store upgrades with everything people entered."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from test_store_engine import QUANG_TRI, chidao, chidao_json

from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.migrate import alembic_config, upgrade

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()

# Runs in a child process: upgrade the store, killing the process (SIGKILL, as a power cut
# would end it) at the Nth call of an Alembic operation.
_KILLED_UPGRADE = """
import os, signal, sys
from alembic import op
store, operation, nth = sys.argv[1], sys.argv[2], int(sys.argv[3])
real = getattr(op, operation)
calls = 0
def dying(*args, **kwargs):
    global calls
    calls += 1
    if calls == nth:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(op, operation, dying)
from chidao.store.engine import open_engine
open_engine(store)
"""


def _killed_upgrade(store: str, operation: str, nth: int) -> None:
    result = subprocess.run([sys.executable, "-c", _KILLED_UPGRADE, store, operation, str(nth)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == -9, result.stderr


def _version(store: str) -> str | None:
    engine = create_store_engine(store)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


@pytest.mark.parametrize("nth", [3, 9])
def test_a_store_killed_while_being_created_opens_afterwards(store: str, nth: int) -> None:
    # The kill comes after the first tables exist: today every later command said
    # "table documents already exists".
    _killed_upgrade(store, "create_index", nth)
    ingested = chidao(store, "ingest", str(QUANG_TRI))
    assert ingested.exit_code == 0, ingested.output
    assert chidao_json(store, "directives")
    assert _version(store) == HEAD


def _old_store_with_people_s_data(store: str) -> str:
    """A store at the first revision holding one report, a status, an owner, a note and
    their history, as chidao 0001 wrote them; returns the directive's id."""
    engine = create_store_engine(store)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO documents (id, source, text, date, group_id, ingested_at, extracted_at) "
            "VALUES ('d1', 'cu.txt', 'Bộ trưởng yêu cầu giữ vững an ninh.', '2024-05', 'd1', "
            ":at, :at)"), {"at": "2024-05-09 07:00:00"})
        connection.execute(text(
            "INSERT INTO items (id, document_id, kind, ordinal, text, span_start, span_end, data, date, "
            "person_key, code, status, owner, due, notes, orphan) VALUES ('d1:directives:0', 'd1', "
            "'directives', 0, 'giữ vững an ninh', 18, 34, :data, '2024-05', 'bo truong', NULL, "
            "'in_progress', 'Phòng PC06', '2024-12-31', 'Đã giao', :no)"),
            {"data": '{"speaker": null, "verb": "yêu cầu", "addressee": null, "text": "giữ vững an ninh", '
                     '"topics": [], "span": [18, 34]}', "no": False})
        connection.execute(text(
            "INSERT INTO items (id, document_id, kind, ordinal, data, code, current_code, orphan) VALUES "
            "('d1:localities:0', 'd1', 'localities', 0, '{}', '22', '22', :no)"), {"no": False})
        for field, old, new in (("status", "open", "in_progress"), ("owner", None, "Phòng PC06"),
                                ("notes", None, "Đã giao")):
            connection.execute(text(
                "INSERT INTO status_history (item_id, at, who, field, old_value, new_value) "
                "VALUES ('d1:directives:0', :at, 'vp', :field, :old, :new)"),
                {"at": "2024-05-10 01:00:00", "field": field, "old": old, "new": new})
    engine.dispose()
    return "d1:directives:0"


def _assert_people_s_data_kept(store: str, item: str) -> None:
    shown = chidao_json(store, "status", item)
    assert (shown["status"], shown["owner"], shown["due"], shown["notes"]) == (
        "in_progress", "Phòng PC06", "2024-12-31", "Đã giao")
    assert [(h["who"], h["field"], h["new"]) for h in shown["history"]] == [
        ("vp", "status", "in_progress"), ("vp", "owner", "Phòng PC06"), ("vp", "notes", "Đã giao")]
    assert [d["id"] for d in chidao_json(store, "directives")] == [item]


def test_a_store_at_the_first_revision_upgrades_with_everything_people_entered(store: str) -> None:
    item = _old_store_with_people_s_data(store)
    open_engine(store)
    assert _version(store) == HEAD
    _assert_people_s_data_kept(store, item)


@pytest.mark.parametrize(("operation", "nth"), [("create_index", 2), ("drop_index", 4),
                                                ("add_column", 3)])
def test_an_upgrade_killed_midway_leaves_the_old_store_whole_and_the_next_command_upgrades_it(
        store: str, operation: str, nth: int) -> None:
    # Killed while upgrading 0001 -> 0003, a store kept `alembic_version` 0001 with an index
    # gone, and every command failed with "no such index".
    item = _old_store_with_people_s_data(store)
    _killed_upgrade(store, operation, nth)
    assert _version(store) == "0001"
    _assert_people_s_data_kept(store, item)
    assert _version(store) == HEAD


_OPEN_AT = """
import sys, time
from chidao.store.engine import open_engine
store, start = sys.argv[1], float(sys.argv[2])
time.sleep(max(0.0, start - time.time()))
open_engine(store)
"""


@pytest.mark.parametrize("attempt", range(2))
def test_several_processes_creating_one_store_at_once_all_succeed(store: str, attempt: int) -> None:
    # Two first-time ingests at once: "table documents already exists" on SQLite,
    # a pg_type_typname_nsp_index duplicate on PostgreSQL.
    start = time.time() + 2.0  # after every child has imported chidao
    children = [subprocess.Popen([sys.executable, "-c", _OPEN_AT, store, str(start)],
                                 stderr=subprocess.PIPE, text=True) for _ in range(4)]
    errors = [child.communicate(timeout=120)[1] for child in children]
    assert [child.returncode for child in children] == [0] * 4, errors
    assert _version(store) == HEAD
    forget_engines()
    assert chidao(store, "ingest", str(QUANG_TRI)).exit_code == 0


def test_opening_a_store_at_the_newest_revision_takes_no_write_lock(tmp_path: Path) -> None:
    # Commands that only read open a store while an ingest writes to it.
    import sqlite3

    path = tmp_path / "kho.db"
    open_engine(str(path))
    forget_engines()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        assert chidao(str(path), "directives").exit_code == 0
        assert time.monotonic() - started < 5
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_search_rows_written_before_0006_find_a_number_inside_a_symbol_after_the_upgrade(store: str) -> None:
    # Before 0006 PostgreSQL kept "06/DA-UBND" as one word, so "Đề án 06" missed the report.
    engine = create_store_engine(store)
    upgrade(engine, "0005_users")
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as connection:
        seq = connection.execute(text(
            "INSERT INTO documents (id, source, text, date, group_id, ingested_at, extracted_at) "
            "VALUES ('d6', 'de-an.txt', 'Triển khai Đề án 06/ĐA-UBND về dân cư.', '2024-05', 'd6', :at, :at) "
            "RETURNING seq"), {"at": "2024-05-09 07:00:00"}).scalar_one()
        connection.execute(text(f"INSERT INTO document_fts ({'rowid' if sqlite else 'seq'}, body) "
                                "VALUES (:seq, 'Trien khai De an 06/DA-UBND ve dan cu.')"), {"seq": seq})
    engine.dispose()
    forget_engines()
    open_engine(store)
    assert _version(store) == HEAD
    hits = chidao_json(store, "search", "Đề án 06", "--kind", "documents")
    assert [hit["id"] for hit in hits] == ["d6"]
