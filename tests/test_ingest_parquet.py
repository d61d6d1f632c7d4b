"""An analyst stores the records spark-extract wrote: the store is the one `chidao ingest` builds
from the same reports, without extracting again; records of another version are refused.

The records are made here by the same per-task code the Spark job runs
(`tests/archive.write_records`), so these tests need no Java; test_spark_extract
checks that Spark writes the same rows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from archive import write_jsonl, write_records
from sqlalchemy import create_engine, text
from test_store_engine import chidao

from chidao.extract import pipeline
from chidao.extract.relevance import is_security_report

SUMMARY = "Đọc {read}, mới {new}, trùng {duplicate}, lỗi {failed}"


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What the machine wrote in a store, in a stable order (no times, no sequence numbers)."""
    queries = {
        "documents": "SELECT id, source, title, date, event_date, text, group_id, minhash FROM documents "
                     "ORDER BY id",
        "items": "SELECT i.id, d.id, kind, ordinal, i.text, span_start, span_end, data, i.date, person_key, "
                 "topics, code, current_code, name_key, status, orphan FROM items i "
                 "JOIN documents d ON d.seq = i.document_seq ORDER BY i.id",
        "bands": "SELECT b.band, d.id FROM document_bands b JOIN documents d ON d.seq = b.document_seq "
                 "ORDER BY b.band, d.id",
    }
    with create_engine(f"sqlite:///{db}").connect() as connection:
        return {name: [tuple(row) for row in connection.execute(text(sql))] for name, sql in queries.items()}


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The archive (its reports only, as the pre-filter keeps them) stored by `chidao ingest`, and
    its records by `chidao ingest --parquet`."""
    folder = tmp_path_factory.mktemp("parquet")
    archive = write_jsonl(folder / "archive.jsonl")
    reports = folder / "reports.jsonl"
    kept = [line for line in archive.read_text(encoding="utf-8").splitlines()
            if line.startswith("{") and line.endswith("}") and is_security_report(_text(line))]
    reports.write_text("\n".join(kept) + "\n", encoding="utf-8")
    records = write_records(archive, folder / "records")
    by_ingest, by_records = folder / "ingest.db", folder / "records.db"
    assert chidao(by_ingest, "ingest", str(reports), "--jobs", "1").exit_code == 0
    first = chidao(by_records, "ingest", "--parquet", str(records))
    return {"folder": folder, "archive": archive, "records": records, "by_ingest": by_ingest,
            "by_records": by_records, "first": first}


def _text(line: str) -> str:
    article = json.loads(line)
    return article.get("text") or article.get("content") or ""


def test_records_make_the_store_chidao_ingest_makes(stores: dict[str, Any]) -> None:
    first = stores["first"]
    assert first.stdout.strip() == SUMMARY.format(read=18, new=18, duplicate=0, failed=2)
    assert first.exit_code == 1  # the archive's two bad lines, named again
    assert sorted(first.stderr.splitlines()) == [
        f'chidao: {stores["archive"]}: chưa trích xuất ("text" rỗng)',
        f"chidao: {stores['archive']}: chưa trích xuất (JSON không hợp lệ (cột 2: tên trường phải đặt "
        "trong ngoặc kép))"]
    expected, stored = dump(stores["by_ingest"]), dump(stores["by_records"])
    assert len(stored["documents"]) == 18 and len(stored["items"]) > 18 * 10
    assert stored == expected
    # Three outlets' versions of each report are one event group, as ingest groups them (and the two
    # samples about the 2022 conference in Hồ Chí Minh City are one event too).
    assert len({row[6] for row in stored["documents"]}) == 5


def test_search_finds_the_same_in_both_stores(stores: dict[str, Any]) -> None:
    for query in ("ma tuy", "Công an xã", "trụ sở"):
        hits = [chidao(stores[db], "search", query, "--format", "json") for db in ("by_ingest", "by_records")]
        assert hits[0].exit_code == 0 and json.loads(hits[0].stdout)
        assert hits[0].stdout == hits[1].stdout


def test_records_stored_again_are_duplicates(stores: dict[str, Any]) -> None:
    again = chidao(stores["by_records"], "ingest", "--parquet", str(stores["records"]))
    assert again.stdout.strip() == SUMMARY.format(read=18, new=0, duplicate=18, failed=2)
    assert dump(stores["by_records"]) == dump(stores["by_ingest"])


def test_no_extraction_runs_when_records_are_stored(stores: dict[str, Any], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def no_extraction(*_: Any) -> None:
        raise AssertionError("extracted again")

    monkeypatch.setattr(pipeline, "extract_document", no_extraction)
    result = chidao(tmp_path / "chidao.db", "ingest", "--parquet", str(stores["records"]))
    assert result.stdout.strip() == SUMMARY.format(read=18, new=18, duplicate=0, failed=2)


def _rewrite(records: Path, folder: Path, change: Any) -> Path:
    """A copy of the records folder with `change(row)` applied to every row of its first file."""
    folder.mkdir()
    for number, path in enumerate(sorted(records.glob("*.parquet"))):
        table = pq.read_table(path)
        if number == 0:
            rows = [change(row) for row in table.to_pylist()]
            table = table.from_pylist(rows, table.schema)
        pq.write_table(table, folder / path.name)
    (folder / "_SUCCESS").touch()
    return folder


def test_records_of_another_schema_version_are_refused_in_one_line(stores: dict[str, Any],
                                                                   tmp_path: Path) -> None:
    def newer(row: dict[str, Any]) -> dict[str, Any]:
        if row["record"]:
            row["schema"] = "chidao/extract@2"
            row["record"] = row["record"].replace('"chidao/extract@1"', '"chidao/extract@2"', 1)
        return row

    old = _rewrite(stores["records"], tmp_path / "old", newer)
    db = tmp_path / "chidao.db"
    result = chidao(db, "ingest", "--parquet", str(old), str(stores["folder"] / "reports.jsonl"))
    assert result.exit_code == 1
    assert result.stderr == (f"chidao: {old}: bản ghi 8 theo lược đồ chidao/extract@2; chidao này chỉ đọc "
                             "chidao/extract@1 (hãy chạy lại spark-extract bằng phiên bản này)\n")
    # Nothing of the refused records is stored; the other input is.
    assert result.stdout.strip() == SUMMARY.format(read=18, new=18, duplicate=0, failed=1)


def test_a_record_that_does_not_hold_together_is_named_and_the_rest_stored(stores: dict[str, Any],
                                                                           tmp_path: Path) -> None:
    changed: list[str] = []

    def tampered(row: dict[str, Any]) -> dict[str, Any]:
        if row["record"] and not changed:
            record = json.loads(row["record"])
            record["document"]["text"] += " (sửa)"
            row["record"] = json.dumps(record, ensure_ascii=False)
            changed.append(row["source"])
        return row

    records = _rewrite(stores["records"], tmp_path / "records", tampered)
    result = chidao(tmp_path / "chidao.db", "ingest", "--parquet", str(records))
    assert f"chidao: {changed[0]}: id văn bản của bản ghi không phải sha256 của nội dung" in result.stderr
    assert result.stdout.strip() == SUMMARY.format(read=17, new=17, duplicate=0, failed=3)


def test_an_unfinished_spark_output_and_a_folder_without_records_are_refused(tmp_path: Path) -> None:
    unfinished = tmp_path / "unfinished"
    (unfinished / "_temporary" / "0").mkdir(parents=True)
    empty = tmp_path / "empty"
    empty.mkdir()
    db = tmp_path / "chidao.db"
    result = chidao(db, "ingest", "--parquet", str(unfinished), "--parquet", str(empty))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"chidao: {unfinished}: spark-extract chưa ghi xong ở đây (không có _SUCCESS); hãy chạy lại",
        f"chidao: {empty}: thư mục không có tệp .parquet nào"]
    assert not db.exists()


def test_ingest_without_reports_or_records_says_what_to_give(tmp_path: Path) -> None:
    result = chidao(tmp_path / "chidao.db", "ingest")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "chidao ingest: thiếu báo cáo để nạp: nêu tệp, thư mục hoặc mẫu tên (glob), hoặc --parquet RECORDS",
        "Xem `chidao ingest --help`."]


def test_a_record_that_fails_to_store_leaves_nothing_of_it(stores: dict[str, Any], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from chidao.store import ingest as store_ingest

    first_id = dump(stores["by_records"])["documents"][0][0]
    write_items = store_ingest.write_items

    def failing(connection: Any, planned: Any) -> None:
        if first_id in planned.documents.values():
            raise RuntimeError("disk full")
        write_items(connection, planned)

    monkeypatch.setattr(store_ingest, "write_items", failing)
    db = tmp_path / "chidao.db"
    result = chidao(db, "ingest", "--parquet", str(stores["records"]))
    assert "không xử lý được (RuntimeError: disk full)" in result.stderr
    assert result.stdout.strip() == SUMMARY.format(read=18, new=17, duplicate=0, failed=3)
    stored = dump(db)
    assert first_id not in {row[0] for row in stored["documents"]}
    assert first_id not in {row[1] for row in stored["items"] + stored["bands"]}


def test_a_record_failing_among_others_in_one_transaction_leaves_nothing_of_it(
        stores: dict[str, Any], store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Records are written 250 to a transaction, all at once, then each in a savepoint when that
    # failed (chidao.store.ingest.write_together): on PostgreSQL too, a failed record's savepoint
    # is rolled back and the transaction goes on with the next.
    from chidao.store import ingest as store_ingest
    from chidao.store.engine import create_store_engine

    second_id = dump(stores["by_records"])["documents"][1][0]
    write_items = store_ingest.write_items

    def failing(connection: Any, planned: Any) -> None:
        for document_seq, document_id in planned.documents.items():
            if document_id == second_id:
                # a statement the database refuses (documents.text is NOT NULL), half-way through the report
                connection.execute(text("UPDATE documents SET text = NULL WHERE seq = :seq"),
                                   {"seq": document_seq})
        write_items(connection, planned)

    monkeypatch.setattr(store_ingest, "write_items", failing)
    result = chidao(store, "ingest", "--parquet", str(stores["records"]))
    assert "không xử lý được" in result.stderr
    assert result.stdout.strip() == SUMMARY.format(read=18, new=17, duplicate=0, failed=3)
    engine = create_store_engine(store)
    with engine.connect() as connection:
        documents = set(connection.execute(text("SELECT id FROM documents")).scalars())
        orphans = connection.execute(text(
            "SELECT count(*) FROM items i WHERE NOT EXISTS "
            "(SELECT 1 FROM documents d WHERE d.seq = i.document_seq)")).scalar_one()
    engine.dispose()
    assert second_id not in documents and len(documents) == 17 and orphans == 0
    monkeypatch.undo()
    again = chidao(store, "ingest", "--parquet", str(stores["records"]))
    assert again.stdout.strip() == SUMMARY.format(read=18, new=1, duplicate=17, failed=2)


# Rows made in worker processes (`--jobs`, the default for more records than one transaction
# holds): the same store, a record failing there is named, duplicates are found across chunks.

@pytest.fixture
def small_transactions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Four records a transaction, so that the 18 records go through several, in workers."""
    from chidao.commands import ingest as command
    from chidao.store import ingest as store_ingest

    monkeypatch.setattr(store_ingest, "REPORTS_PER_TRANSACTION", 4)
    monkeypatch.setattr(command, "REPORTS_PER_TRANSACTION", 4)


@pytest.mark.usefixtures("small_transactions")
def test_rows_made_by_worker_processes_make_the_same_store(stores: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "chidao.db"
    result = chidao(db, "ingest", "--parquet", str(stores["records"]), "--jobs", "2")
    assert result.stdout.strip() == SUMMARY.format(read=18, new=18, duplicate=0, failed=2)
    assert dump(db) == dump(stores["by_ingest"])


@pytest.mark.usefixtures("small_transactions")
def test_records_given_twice_are_duplicates_the_second_time_with_workers(stores: dict[str, Any],
                                                                          tmp_path: Path) -> None:
    # The second copy of each record is read while the first may still be in a worker or
    # waiting for its transaction: it is a duplicate all the same, and stored once.
    db = tmp_path / "chidao.db"
    records = str(stores["records"])
    result = chidao(db, "ingest", "--parquet", records, "--parquet", records, "--jobs", "2")
    assert result.stdout.strip() == SUMMARY.format(read=36, new=18, duplicate=18, failed=4)
    assert dump(db) == dump(stores["by_ingest"])


@pytest.mark.usefixtures("small_transactions")
def test_a_record_whose_rows_fail_in_a_worker_is_named_and_the_rest_stored(
        stores: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chidao.store import parallel

    first_id = dump(stores["by_records"])["documents"][0][0]
    prepare_record = parallel.prepare_record

    def failing(document: Any, *args: Any) -> Any:
        if document.id == first_id:
            raise ValueError("rows could not be made")
        return prepare_record(document, *args)

    monkeypatch.setattr(parallel, "prepare_record", failing)  # the workers are forked with it
    db = tmp_path / "chidao.db"
    result = chidao(db, "ingest", "--parquet", str(stores["records"]), "--jobs", "2")
    assert "rows could not be made" in result.stderr
    assert result.stdout.strip() == SUMMARY.format(read=18, new=17, duplicate=0, failed=3)
    assert first_id not in {row[0] for row in dump(db)["documents"]}
