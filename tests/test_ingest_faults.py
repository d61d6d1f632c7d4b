"""Ingest under faults: Ctrl-C, a killed `chidao ingest`, kill -9 at random moments, a store that
stops answering, a PostgreSQL server stopped mid-ingest. Afterwards the store is whole, holds no
half-written report, and a rerun finishes the batch with no duplicate."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from archive import write_records
from generated_reports import report_text, write_reports
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from test_store_engine import QUANG_TRI, chidao, count_rows

from chidao.store import ingest as store_ingest
from chidao.store.engine import create_store_engine
from chidao.store.item_data import KIND_CODES
from chidao.store.schema import Document, DocumentBand, Item
from chidao.text.numbers import format_number

CHIDAO = [sys.executable, "-c", "from chidao.cli import main; main()"]


def start_ingest(store: str, folder: Path, *options: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([*CHIDAO, "ingest", str(folder), "--db", store, *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def stored_documents(store: str) -> int:
    engine = create_store_engine(store)
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(Document)).scalar_one()
    except (OperationalError, ProgrammingError):
        return 0  # not created yet
    finally:
        engine.dispose()


def wait_for_documents(store: str, at_least: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while stored_documents(store) < at_least:
        assert time.monotonic() < deadline, "ingest stored nothing"
        time.sleep(0.2)


def kill_and_check(store: str, process: subprocess.Popen) -> None:
    """kill -9 the ingest `process`: it says nothing of a traceback, and the store is whole."""
    process.kill()
    _, stderr = process.communicate(timeout=30)
    assert "Traceback" not in stderr
    assert_whole(store)


def assert_whole(store: str, expected: int | None = None) -> None:
    """The store passes its integrity checks and every report in it is whole: its items,
    its search row and its bands all there, no item or band without its report."""
    engine = create_store_engine(store)
    tables = set(inspect(engine).get_table_names())
    if "alembic_version" not in tables:
        # Killed before the store was made: creating it is all or nothing.
        assert tables == set() and expected is None, tables
        return
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            for table in ("document_fts", "item_fts"):
                connection.execute(text(f"INSERT INTO {table}({table}) VALUES ('integrity-check')"))
        documents = connection.execute(select(func.count()).select_from(Document)).scalar_one()
        if expected is not None:
            assert documents == expected
        ids = connection.execute(select(Document.id)).scalars().all()
        assert len(ids) == len(set(ids))
        # Every generated report has its directives, targets, commitments and indicators.
        without_items = connection.execute(text(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            f"(SELECT 1 FROM items i WHERE i.document_seq = d.seq AND i.kind = {KIND_CODES['directives']})"
            )).scalar_one()
        assert without_items == 0
        if engine.dialect.name == "sqlite":
            # The rows the index holds words of (a contentless FTS5 table without row sizes
            # cannot be scanned itself).
            connection.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_words "
                                    "USING fts5vocab(main, document_fts, 'instance')"))
            indexed = "SELECT doc FROM temp.document_words"
        else:
            indexed = "SELECT seq FROM document_fts"
        searchable = connection.execute(text(
            f"SELECT count(*) FROM documents d WHERE d.seq IN ({indexed})")).scalar_one()
        assert searchable == documents
        orphans = connection.execute(text(
            "SELECT count(*) FROM items i WHERE NOT EXISTS "
            "(SELECT 1 FROM documents d WHERE d.seq = i.document_seq)")).scalar_one()
        assert orphans == 0
        banded = connection.execute(text("SELECT count(DISTINCT document_seq) FROM document_bands")
                                    ).scalar_one()
        assert banded == documents
    engine.dispose()


def test_ctrl_c_stops_ingest_with_its_summary_and_keeps_what_was_stored(tmp_path: Path) -> None:
    store = str(tmp_path / "kho.db")
    write_reports(tmp_path / "in", 400)
    # As a terminal does: SIGINT to the whole process group, workers included.
    process = start_ingest(store, tmp_path / "in", "--jobs", "2", start_new_session=True)
    wait_for_documents(store, 5)
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip() == "chidao: dừng theo yêu cầu (Ctrl-C); các văn bản đã lưu vẫn giữ nguyên"
    assert stdout.startswith("Đọc ")
    assert_whole(store)
    assert 0 < stored_documents(store) < 400


def test_a_ctrl_c_lost_in_a_garbage_collector_callback_prints_nothing_and_stops_at_the_next_check(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Python cannot raise an exception out of a garbage-collector callback: it hands it to
    # sys.unraisablehook, which prints "Exception ignored in … Traceback", and goes on. Ingest
    # stops at its next check instead, quietly; other such exceptions are still printed.
    import weakref

    from chidao.commands.ingest import _ctrl_c

    printed: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda lost: printed.append(lost.exc_type))

    class Thing:
        pass

    def lost(callback: Any) -> None:
        thing = Thing()
        ref = weakref.ref(thing, lambda _: callback())
        del thing
        assert ref() is None

    with _ctrl_c() as ctrl_c:
        lost(lambda: ctrl_c.interrupted(signal.SIGINT, None))
        assert printed == []
        lost(lambda: 1 / 0)
        assert printed == [ZeroDivisionError]
        with pytest.raises(KeyboardInterrupt):
            ctrl_c.check()


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "State:\tZ" in status


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_killed_ingest_takes_its_workers_with_it_quietly(tmp_path: Path) -> None:
    store = str(tmp_path / "kho.db")
    write_reports(tmp_path / "in", 400)
    process = start_ingest(store, tmp_path / "in", "--jobs", "2")
    wait_for_documents(store, 5)
    workers = _children(process.pid)
    assert len(workers) == 2
    process.kill()
    _, stderr = process.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in workers):
        assert time.monotonic() < deadline, "workers outlived the killed ingest"
        time.sleep(0.1)
    assert "Traceback" not in stderr
    assert_whole(store)


# A store that stops answering: retried with backoff, then one line and the summary.

def _lost_connection() -> OperationalError:
    error = OperationalError("SELECT", {}, Exception("server closed the connection unexpectedly"))
    error.connection_invalidated = True
    return error


def test_a_store_that_answers_again_within_the_retries_loses_nothing(store: str, monkeypatch) -> None:
    real = store_ingest.document_exists
    failures = iter([True, True, False])

    def flaky(connection, document_id):
        if next(failures, False):
            raise _lost_connection()
        return real(connection, document_id)

    monkeypatch.setattr(store_ingest, "RETRY_DELAYS", (0.01, 0.01, 0.01))
    monkeypatch.setattr(store_ingest, "document_exists", flaky)
    result = chidao(store, "ingest", str(QUANG_TRI))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "Đọc 1, mới 1, trùng 0, lỗi 0"


def test_a_store_gone_for_good_ends_ingest_in_one_line_after_the_summary(
        store: str, tmp_path: Path, monkeypatch) -> None:
    write_reports(tmp_path / "in", 3)
    real = store_ingest.write_prepared
    written = []

    def dying(engine, prepared):
        if written:
            raise _lost_connection()
        written.append(prepared)
        return real(engine, prepared)

    monkeypatch.setattr(store_ingest, "RETRY_DELAYS", (0.01, 0.01))
    monkeypatch.setattr(store_ingest, "write_prepared", dying)
    result = chidao(store, "ingest", "--jobs", "1", str(tmp_path / "in"))
    assert result.exit_code == 1
    assert result.stdout.strip() == "Đọc 2, mới 1, trùng 0, lỗi 0"
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("chidao: ") and line.endswith(
        ": kho không trả lời nữa (server closed the connection unexpectedly; đã thử 3 lần trong 0,02 giây)")
    assert count_rows(store, Document) == 1


# kill -9 at random moments during an ingest of a few thousand reports.

KILLS = 20
# Enough that the kills come before the batch ends however fast the store writes: each kill
# comes at most 40 reports and 0.1 s after the previous one's count (about 70 reports at the
# fastest ingest measured), 1,400 in all at the most.
REPORTS = 3000


@pytest.mark.slow
def test_kill_9_at_random_moments_never_leaves_a_half_written_report(store: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_reports(folder, REPORTS)
    rng = random.Random(11)
    for kill in range(KILLS):
        before = stored_documents(store) if kill else 0
        process = start_ingest(store, folder, "--jobs", "2")
        if kill % 4 == 0:  # while opening (or creating) the store, before any report is written
            time.sleep(rng.uniform(0.05, 1.0))
        else:  # in the middle of the batch: after some reports, at any moment of a write
            wait_for_documents(store, before + rng.randint(1, 40))
            time.sleep(rng.uniform(0.0, 0.1))
        kill_and_check(store, process)
    killed_at = stored_documents(store)
    assert killed_at < REPORTS, "the kills came after the batch had finished"
    rerun = subprocess.run([*CHIDAO, "ingest", str(folder), "--db", store], capture_output=True, text=True,
                           timeout=1200)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.strip() == (f"Đọc {format_number(REPORTS)}, "
                                    f"mới {format_number(REPORTS - killed_at)}, "
                                    f"trùng {format_number(killed_at)}, lỗi 0")
    assert_whole(store, REPORTS)
    again = subprocess.run([*CHIDAO, "ingest", str(folder), "--db", store], capture_output=True, text=True,
                           timeout=600)
    assert f"mới 0, trùng {format_number(REPORTS)}" in again.stdout
    assert count_rows(store, DocumentBand) > 0 and count_rows(store, Item) > REPORTS * 5


# `ingest --parquet` writes 250 reports a transaction (each in a savepoint when one fails): a kill
# loses the transaction under way, never part of a report. Twelve transactions: three kills, each
# a moment after a commit, leave some to store.
PARQUET_REPORTS = 3000


@pytest.fixture(scope="module")
def parquet_records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """spark-extract's records of PARQUET_REPORTS generated reports, 200 rows a file."""
    folder = tmp_path_factory.mktemp("parquet")
    archive = folder / "archive.jsonl"
    articles = ({"id": f"bao-cao-{n:05d}", "date": "2024-05-09", "text": report_text(n)}
                for n in range(PARQUET_REPORTS))
    archive.write_text("".join(json.dumps(article, ensure_ascii=False) + "\n" for article in articles),
                       encoding="utf-8")
    return write_records(archive, folder / "records", rows_per_file=200)


@pytest.mark.slow
def test_ctrl_c_during_ingest_parquet_counts_every_report_it_stored(tmp_path: Path,
                                                                    parquet_records: Path) -> None:
    # The reports being written when Ctrl-C comes are committed or rolled back together, and
    # the summary counts those committed: what it says is new is what the store holds.
    store = str(tmp_path / "kho.db")
    process = subprocess.Popen([*CHIDAO, "ingest", "--parquet", str(parquet_records), "--db", store],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    wait_for_documents(store, 1)
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip() == "chidao: dừng theo yêu cầu (Ctrl-C); các văn bản đã lưu vẫn giữ nguyên"
    stored = stored_documents(store)
    assert 0 < stored < PARQUET_REPORTS
    assert f", mới {format_number(stored)}, trùng 0, lỗi 0\n" in stdout, stdout
    assert_whole(store)


@pytest.mark.slow
def test_kill_9_during_ingest_parquet_never_leaves_a_half_written_report(
        store: str, parquet_records: Path) -> None:
    rng = random.Random(5)
    command = [*CHIDAO, "ingest", "--parquet", str(parquet_records), "--db", store]
    for _ in range(3):
        before = stored_documents(store)
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for_documents(store, before + 1)
        time.sleep(rng.uniform(0.0, 0.3))
        kill_and_check(store, process)
    killed_at = stored_documents(store)
    assert killed_at < PARQUET_REPORTS, "the kills came after the batch had finished"
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.strip() == (f"Đọc {format_number(PARQUET_REPORTS)}, "
                                    f"mới {format_number(PARQUET_REPORTS - killed_at)}, "
                                    f"trùng {format_number(killed_at)}, lỗi 0")
    assert_whole(store, PARQUET_REPORTS)


# PostgreSQL stopped mid-ingest (as by a server restart) and started again.

@pytest.mark.slow
def test_postgresql_stopped_mid_ingest_and_started_again_loses_nothing(
        pg_server: str, tmp_path: Path) -> None:
    from conftest import pg_database

    control = os.environ.get("CHIDAO_TEST_PG_CTL")
    if not control:
        pytest.skip("CHIDAO_TEST_PG_CTL (the server's pg_ctl command) is not set; .ci/run sets it")
    folder = tmp_path / "in"
    write_reports(folder, 300)
    with pg_database(pg_server) as store:
        process = start_ingest(store, folder, "--jobs", "2")
        for pause in (2.0, 3.0):
            wait_for_documents(store, int(stored_documents(store) + 10))
            subprocess.run([*control.split(), "stop", "-m", "immediate"], check=True, capture_output=True)
            time.sleep(pause)  # down for a few seconds, as for a restart
            subprocess.run([*control.split(), "start"], check=True, capture_output=True)
        stdout, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr
        assert "Traceback" not in stderr
        # A report whose commit reached the server just before it stopped is found stored when
        # tried again: a duplicate, not a second copy.
        assert stdout.startswith("Đọc 300, mới ")
        assert stdout.strip().endswith(", lỗi 0")
        assert_whole(store, 300)
