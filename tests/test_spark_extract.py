"""An analyst extracts a whole news archive on Spark: the same records as `chidao extract`, other
news left out, bad lines named, nothing written over.

The tests that run Spark share one local[2] session (the `spark` fixture) and one run
of the job per input format; they skip where Java 17+ or PySpark is missing. The
partition tests run the same per-task code without Spark.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from archive import archive_articles, write_jsonl, write_parquet
from typer.testing import CliRunner

from chidao.cli import app
from chidao.extract.relevance import is_security_report
from chidao.model import SCHEMA
from chidao.spark.partition import OUTPUT_COLUMNS, extract_articles
from chidao.store import dedup

runner = CliRunner()
RELEVANT = 18  # three outlets' versions of each of the six sample reports
OTHER_NEWS = 12


def chidao_extract(path: Path) -> dict[str, str]:
    """`chidao extract PATH` as {document id: the JSON line it prints}."""
    result = runner.invoke(app, ["extract", str(path)])
    return {json.loads(line)["document"]["id"]: line for line in result.stdout.splitlines()}


def read_output(folder: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    files = sorted(folder.glob("part-*.parquet"))
    return [row for path in files for row in pq.read_table(path).to_pylist()]


# The per-task code, without Spark.

def test_a_partition_keeps_the_reports_and_names_each_bad_line(tmp_path: Path) -> None:
    archive = write_jsonl(tmp_path / "archive.jsonl")
    lines = archive.read_text(encoding="utf-8").splitlines()
    counts: Counter[str] = Counter()
    rows = [dict(zip(OUTPUT_COLUMNS, row, strict=True))
            for row in extract_articles(((line, str(archive)) for line in lines), counts=counts)]
    assert counts == {"read": RELEVANT + OTHER_NEWS, "relevant": RELEVANT, "skipped": OTHER_NEWS, "failed": 2}
    errors = [(row["source"], row["error"]) for row in rows if row["error"]]
    assert errors == [(str(archive), "JSON không hợp lệ (cột 2: tên trường phải đặt trong ngoặc kép)"),
                      (str(archive), '"text" rỗng')]
    documents = [row for row in rows if not row["error"]]
    assert [row["source"] for row in documents[:3]] == [
        "https://baoanninh.example/bac_giang_2021_lam_viec.html", "ttx-bac_giang_2021_lam_viec",
        "https://congan.example/bac_giang_2021_lam_viec"]
    assert all(row["schema"] == SCHEMA and json.loads(row["record"])["schema"] == SCHEMA for row in documents)


def test_with_all_every_readable_article_is_extracted(tmp_path: Path) -> None:
    archive = write_jsonl(tmp_path / "archive.jsonl", with_bad_lines=False)
    lines = archive.read_text(encoding="utf-8").splitlines()
    rows = list(extract_articles(((line, "archive") for line in lines), keep_all=True))
    assert len(rows) == len(archive_articles()) == RELEVANT + OTHER_NEWS
    football = next(json.loads(row[5]) for row in rows if row[1] == "neg/bong-da")
    assert not is_security_report(football["document"]["text"]) and football["directives"] == []


# The job on Spark, local[2].

@pytest.fixture(scope="module")
def jsonl_run(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("spark-jsonl")
    archive = write_jsonl(folder / "archive.jsonl")
    output = folder / "records"
    result = runner.invoke(app, ["spark-extract", str(archive), str(output), "--master", "local[2]"])
    return {"archive": archive, "output": output, "result": result,
            "rows": read_output(output), "single": chidao_extract(archive)}


def test_spark_records_equal_chidao_extract_document_for_document(jsonl_run: dict[str, Any]) -> None:
    documents = [row for row in jsonl_run["rows"] if row["error"] is None]
    single = jsonl_run["single"]
    relevant = {doc_id for doc_id, line in single.items()
                if is_security_report(json.loads(line)["document"]["text"])}
    assert len(documents) == len(relevant) == RELEVANT
    assert {row["id"] for row in documents} == relevant
    for row in documents:
        assert row["record"] == single[row["id"]]
        document = json.loads(row["record"])["document"]
        assert [row[key] for key in ("source", "title", "date")] == [
            document[key] for key in ("source", "title", "date")]
    # In the archive's order: ingesting the records groups copies as ingesting the archive does.
    assert [row["id"] for row in documents] == [doc_id for doc_id in single if doc_id in relevant]


def test_spark_rows_carry_the_stores_near_duplicate_signature(jsonl_run: dict[str, Any]) -> None:
    for row in jsonl_run["rows"]:
        if row["error"] is None:
            signature = dedup.signature(json.loads(row["record"])["document"]["text"])
            assert row["minhash"] == dedup.to_bytes(signature)
            assert row["bands"] == sorted(set(dedup.band_keys(signature)))


def test_the_command_counts_and_names_each_bad_line(jsonl_run: dict[str, Any]) -> None:
    result, archive, output = jsonl_run["result"], jsonl_run["archive"], jsonl_run["output"]
    assert result.exit_code == 1
    assert result.stdout.strip() == f"Đọc 30, về an ninh trật tự 18, bỏ qua 12, lỗi 2: {output}"
    assert sorted(result.stderr.strip().splitlines()) == [
        f'chidao: {archive}: "text" rỗng',
        f"chidao: {archive}: JSON không hợp lệ (cột 2: tên trường phải đặt trong ngoặc kép)"]


def test_an_existing_output_is_not_written_over(jsonl_run: dict[str, Any]) -> None:
    output = jsonl_run["output"]
    before = sorted(p.name for p in output.iterdir())
    result = runner.invoke(app, ["spark-extract", str(jsonl_run["archive"]), str(output)])
    assert result.exit_code == 1
    assert result.stderr == f"chidao: {output}: already exists (give a new folder, or remove it)\n"
    assert sorted(p.name for p in output.iterdir()) == before


def test_a_parquet_archive_with_ids_and_timestamps_reads_as_its_jsonl_twin(
        spark: Any, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    archive = write_parquet(tmp_path / "archive.parquet")
    twin = tmp_path / "twin.jsonl"
    with twin.open("w", encoding="utf-8") as out:
        for row in pq.read_table(archive).to_pylist():
            row["date"] = row["date"].isoformat() if row["date"] else None
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = runner.invoke(app, ["spark-extract", str(archive), str(tmp_path / "records")])
    assert result.exit_code == 0, result.output
    rows = read_output(tmp_path / "records")
    single = chidao_extract(twin)
    assert len(rows) == RELEVANT
    assert all(row["record"] == single[row["id"]] for row in rows)
    # 20:00 UTC on the 1st is the 2nd in Vietnam, as `chidao extract` reads "…T20:00:00+00:00".
    assert {row["date"] for row in rows} >= {"2021-03-02", "2022-08-02", "2023-12-02", "2024-03-02"}


def test_ingest_stores_what_spark_wrote(jsonl_run: dict[str, Any], tmp_path: Path) -> None:
    from test_ingest_parquet import SUMMARY, dump
    from test_store_engine import chidao

    db = tmp_path / "chidao.db"
    result = chidao(db, "ingest", "--parquet", str(jsonl_run["output"]))
    assert result.stdout.strip() == SUMMARY.format(read=RELEVANT, new=RELEVANT, duplicate=0, failed=2)
    stored = dump(db)["documents"]
    assert sorted(row[0] for row in stored) == sorted(row["id"] for row in jsonl_run["rows"] if row["id"])
