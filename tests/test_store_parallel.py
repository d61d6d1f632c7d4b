"""Extraction in worker processes: input order kept, failures carried back, non-documents passed through."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from chidao.model import Document
from chidao.store import bulk
from chidao.store.parallel import Preparer
from chidao.store.rows import ITEM_COLUMNS

REPORT = ("Ngày 3-4, đồng chí Nguyễn Văn Hùng, Giám đốc Công an tỉnh Kon Tum, làm việc với "
          "Công an xã Đăk Hà. Đồng chí yêu cầu Công an xã tập trung kéo giảm tội phạm ma túy.")


def _documents(count: int) -> list[Document]:
    return [Document.from_text(f"{REPORT} Báo cáo số {i}.", source=f"r{i}.txt") for i in range(count)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_prepared_documents_come_back_in_input_order(jobs: int) -> None:
    documents = _documents(21)  # more than one chunk per worker
    stream = [documents[0], "stored already", *documents[1:]]
    with Preparer(jobs) as preparer:
        results = list(preparer.map(stream))
    assert [item for item, _ in results] == stream
    assert results[1][1] is None
    prepared = [p for _, p in results if p is not None]
    assert [p.document.id for p in prepared] == [d.id for d in documents]
    first = prepared[0]
    assert len(first.items) > 3 and all(len(row) == len(ITEM_COLUMNS) for row in first.items)
    assert first.search_body.startswith("Ngay 3-4, dong chi Nguyen Van Hung")


class _Unpicklable(Exception):
    def __init__(self, reason: str, handle: object) -> None:
        super().__init__(reason)
        self.handle = handle

    def __reduce__(self):
        raise TypeError("cannot pickle")


def test_a_worker_error_comes_back_for_its_document_only(monkeypatch) -> None:
    from chidao.extract import pipeline

    real = pipeline.extract_document

    def flaky(document):
        if document.source == "r2.txt":
            raise ValueError("bad table")
        if document.source == "r4.txt":
            raise _Unpicklable("socket closed", object())
        return real(document)

    monkeypatch.setattr(pipeline, "extract_document", flaky)
    with Preparer(2) as preparer:
        results = dict((document.source, prepared) for document, prepared in preparer.map(_documents(6)))
    assert isinstance(results["r2.txt"], ValueError) and str(results["r2.txt"]) == "bad table"
    assert isinstance(results["r4.txt"], RuntimeError)
    assert str(results["r4.txt"]) == "_Unpicklable: socket closed"
    assert all(not isinstance(results[f"r{i}.txt"], BaseException) for i in (0, 1, 3, 5))


def test_driver_inserts_use_each_drivers_placeholders() -> None:
    assert bulk.insert_sql(sqlite.dialect(), "t", ("a", "b")) == "INSERT INTO t (a, b) VALUES (?, ?)"
    pg = postgresql.dialect()
    pg.paramstyle = "pyformat"
    assert bulk.insert_sql(pg, "t", ("a", "b")) == "INSERT INTO t (a, b) VALUES (%s, %s)"
    assert bulk.select_sql(pg, "SELECT 1 FROM t WHERE a = ?") == "SELECT 1 FROM t WHERE a = %s"
    assert bulk.insert_sql(pg, "t", ("a", "b"), rows=2, row=("?", "f(?)")) \
        == "INSERT INTO t (a, b) VALUES (%s, f(%s)), (%s, f(%s))"


def test_driver_inserts_write_many_rows_a_statement_numbered_first(monkeypatch) -> None:
    from sqlalchemy import create_engine

    monkeypatch.setattr(bulk, "MAX_PARAMETERS", 5)  # two rows of two values a statement
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (seq INTEGER PRIMARY KEY, a TEXT, b INTEGER)")
        bulk.insert_values(connection, "t", ("a", "b"), [("w", 0)])
        numbers = bulk.next_numbers(connection, "t", 3)
        assert numbers == [2, 3, 4] and bulk.next_numbers(connection, "t", 0) == []
        with bulk.together(connection):
            rows = [("x", 1), ("y", 2), ("z", 3)]
            bulk.insert_values(connection, "t", ("seq", "a", "b"),
                               [(seq, *row) for seq, row in zip(numbers, rows, strict=True)])
            bulk.insert_values(connection, "t", ("a", "b"), [])
        stored = connection.exec_driver_sql("SELECT seq, a, b FROM t ORDER BY seq").all()
        assert stored == [(1, "w", 0), (2, "x", 1), (3, "y", 2), (4, "z", 3)]


# One report never stalls a batch: a worker killed, a report too slow.

def _flaky_extractor(monkeypatch, **behaviour) -> None:
    """Extraction that kills its own process ("kill") or sleeps a minute ("hang") for the
    reports named, as the OOM killer or a quadratic extractor would."""
    import os
    import signal
    import time

    from chidao.extract import pipeline

    real = pipeline.extract_document

    def extract(document):
        if document.source in behaviour.get("kill", ()):
            os.kill(os.getpid(), signal.SIGKILL)
        if document.source in behaviour.get("hang", ()):
            time.sleep(60)
        return real(document)

    monkeypatch.setattr(pipeline, "extract_document", extract)


def test_a_killed_worker_fails_its_report_only_and_the_batch_goes_on(monkeypatch) -> None:
    from chidao.store.parallel import WorkerDied

    _flaky_extractor(monkeypatch, kill={"r3.txt", "r11.txt"})
    documents = _documents(20)
    with Preparer(2) as preparer:
        results = list(preparer.map(documents))
    assert [document for document, _ in results] == documents
    failed = {document.source: prepared for document, prepared in results if isinstance(prepared, Exception)}
    assert set(failed) == {"r3.txt", "r11.txt"}
    assert all(isinstance(error, WorkerDied) for error in failed.values())
    assert str(failed["r3.txt"]) == "tiến trình trích xuất đã kết thúc (bị dừng bởi tín hiệu 9; hết bộ nhớ?)"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_report_past_the_time_limit_is_stopped_and_the_batch_goes_on(monkeypatch, jobs: int) -> None:
    import time

    from chidao.store.parallel import ReportTimeout

    _flaky_extractor(monkeypatch, hang={"r1.txt"})
    started = time.monotonic()
    with Preparer(jobs, time_limit=2) as preparer:
        results = list(preparer.map(_documents(6)))
    assert time.monotonic() - started < 30
    errors = [(document.source, prepared) for document, prepared in results
              if isinstance(prepared, Exception)]
    assert [source for source, _ in errors] == ["r1.txt"]
    assert isinstance(errors[0][1], ReportTimeout)
    assert str(errors[0][1]) == "dừng trích xuất sau 2 s (giới hạn thời gian mỗi báo cáo, --time-limit)"


# Records' rows (`ingest --parquet`) are made by worker processes where the cores allow: SQLite
# writes in this process, a PostgreSQL server on this machine wants cores of its own.

def test_a_database_server_on_this_machine_is_told_from_its_url() -> None:
    from chidao.store.engine import server_here

    assert server_here("postgresql://chidao@127.0.0.1:5432/chidao")
    assert server_here("postgresql+psycopg://chidao@localhost/chidao")
    assert server_here("postgresql:///chidao?host=/var/run/postgresql")
    assert not server_here("postgresql://chidao@db.example.org:5432/chidao")
    assert not server_here("sqlite:///chidao.db")


@pytest.mark.parametrize(("cpus", "server", "jobs"), [
    (1, False, 1), (2, False, 2), (2, True, 1), (3, True, 1), (4, True, 2), (16, True, 2)])
def test_record_rows_get_two_workers_only_where_the_cores_allow(monkeypatch, cpus: int, server: bool,
                                                                 jobs: int) -> None:
    from chidao.store import parallel

    monkeypatch.setattr(parallel, "default_jobs", lambda: cpus)
    assert parallel.default_record_jobs(server) == jobs
