"""A staff officer loads reports into the store: once each, bad files named, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLES_DIR
from sqlalchemy import select, text
from test_store_engine import KON_TUM, QUANG_TRI, chidao, chidao_json, count_rows

from chidao.extract import pipeline
from chidao.store import ingest as store_ingest
from chidao.store.queries import open_session
from chidao.store.schema import Document, DocumentBand, Item


def test_ingesting_the_same_report_twice_stores_one_document(tmp_path: Path, store: str) -> None:
    db = store
    first = chidao(db, "ingest", str(QUANG_TRI))
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "Đọc 1, mới 1, trùng 0, lỗi 0"
    second = chidao(db, "ingest", str(QUANG_TRI))
    assert second.exit_code == 0
    assert second.stdout.strip() == "Đọc 1, mới 0, trùng 1, lỗi 0"
    assert count_rows(db, Document) == 1
    items_once = count_rows(db, Item)
    assert items_once > 5
    assert chidao(db, "ingest", str(QUANG_TRI)).exit_code == 0
    assert count_rows(db, Item) == items_once


def test_the_same_text_under_another_name_is_still_one_document(tmp_path: Path, store: str) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(QUANG_TRI.read_bytes())
    db = store
    result = chidao(db, "ingest", str(QUANG_TRI), str(copy))
    assert result.stdout.strip() == "Đọc 2, mới 1, trùng 1, lỗi 0"


def test_a_bad_file_is_reported_and_the_rest_stored(tmp_path: Path, store: str) -> None:
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"this is not a zip file")
    db = store
    result = chidao(db, "ingest", str(broken), str(QUANG_TRI), str(KON_TUM))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"chidao: {broken}: ")
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout.strip() == "Đọc 2, mới 2, trùng 0, lỗi 1"
    assert count_rows(db, Document) == 2


def test_a_utf16_report_is_stored_and_a_broken_one_named_with_its_reason(tmp_path: Path, store: str) -> None:
    text = QUANG_TRI.read_text(encoding="utf-8")
    wide = tmp_path / "quang_tri_utf16.txt"
    wide.write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    broken = tmp_path / "hong16.txt"
    broken.write_bytes(b"\xff\xfe" + text.encode("utf-16-le") + b"x")
    result = chidao(store, "ingest", str(wide), str(broken))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"chidao: {broken}: mở đầu bằng dấu thứ tự byte (BOM) UTF-16 nhưng không phải văn bản "
        f"UTF-16 (byte sai ở vị trí {2 + 2 * len(text)})"]
    assert count_rows(store, Document) == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_report_whose_extraction_fails_leaves_nothing_behind(tmp_path: Path, store: str, monkeypatch,
                                                               jobs: str) -> None:
    # With --jobs 2 the extraction fails in a worker process; the error still names the file.
    real = pipeline.extract_document

    def failing_for_kon_tum(document):
        if "Kon Tum" in document.text:
            raise RuntimeError("extractor crashed")
        return real(document)

    monkeypatch.setattr(pipeline, "extract_document", failing_for_kon_tum)
    db = store
    result = chidao(db, "ingest", "--jobs", jobs, str(QUANG_TRI), str(KON_TUM))
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"chidao: {KON_TUM}: không xử lý được "
                                     "(RuntimeError: extractor crashed)")
    with open_session(str(db)) as session:
        sources = session.scalars(select(Document.source)).all()
        assert sources == [str(QUANG_TRI)]
        assert not session.scalars(select(Item).where(Item.text.like("%Kon Tum%"))).all()


def test_a_write_that_fails_midway_rolls_the_whole_document_back(
        tmp_path: Path, store: str, monkeypatch) -> None:
    def broken_insert(connection, planned):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store_ingest, "write_items", broken_insert)
    db = store
    result = chidao(db, "ingest", str(QUANG_TRI))
    assert result.exit_code == 1
    assert "disk full" in result.stderr
    # The document row, its bands and its search row were written before the failure: all gone.
    assert count_rows(db, Document) == 0
    assert count_rows(db, DocumentBand) == 0
    assert chidao_json(db, "search", "Quang Tri") == []


@pytest.mark.skipif(not (EXAMPLES_DIR / "tphcm_2022_hoi_nghi_ttxvn.txt").exists(), reason="no examples")
def test_two_outlets_reporting_one_conference_form_one_event_group(tmp_path: Path, store: str) -> None:
    db = store
    result = chidao(db, "ingest", str(EXAMPLES_DIR))
    assert result.exit_code == 0, result.output
    with open_session(str(db)) as session:
        groups = dict(session.execute(select(Document.source, Document.group_id)).all())
    by_name = {Path(source).name: group for source, group in groups.items()}
    assert by_name["tphcm_2022_hoi_nghi_ttxvn.txt"] == by_name["tphcm_2022_hoi_nghi_bao_khac.txt"]
    assert by_name["bac_giang_2021_lam_viec.txt"] != by_name["bac_giang_2023_tong_ket.txt"]
    assert len(set(by_name.values())) == len(by_name) - 1


def test_ingest_reads_folders_and_jsonl_archives(tmp_path: Path, store: str) -> None:
    import json

    archive = tmp_path / "archive.jsonl"
    archive.write_text(json.dumps({"text": KON_TUM.read_text(encoding="utf-8"), "source": "kt"},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    db = store
    result = chidao(db, "ingest", str(archive), str(QUANG_TRI.parent))
    assert result.exit_code == 0, result.output
    # The archive holds the Kon Tum text again: one new (Quảng Trị or Kon Tum) per text.
    assert count_rows(db, Document) == 2


@pytest.mark.skipif(not EXAMPLES_DIR.exists(), reason="no examples")
def test_parallel_extraction_stores_exactly_what_one_process_stores(tmp_path: Path) -> None:
    def stored(db: Path) -> tuple[list, list]:
        with open_session(str(db)) as session:
            documents = session.execute(select(Document.id, Document.source, Document.group_id,
                                               Document.event_date).order_by(Document.seq)).all()
            items = session.execute(select(Item.id, Item.kind, Item.text, Item.data, Item.person_key,
                                           Item.topics, Item.code, Item.status).order_by(Item.id)).all()
        return documents, items

    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    assert chidao(serial, "ingest", "--jobs", "1", str(EXAMPLES_DIR), str(QUANG_TRI)).exit_code == 0
    result = chidao(parallel, "ingest", "--jobs", "3", str(EXAMPLES_DIR), str(QUANG_TRI))
    assert result.exit_code == 0, result.output
    assert stored(parallel) == stored(serial)
    with open_session(str(parallel)) as session:
        hits = session.execute(text("SELECT count(*) FROM item_fts WHERE item_fts MATCH 'tri'")).scalar_one()
    assert hits > 0


def test_chidao_extract_output_is_ingested_as_the_reports_it_holds(tmp_path: Path) -> None:
    from test_store_engine import runner

    from chidao.cli import app

    extracted = runner.invoke(app, ["extract", str(QUANG_TRI), str(KON_TUM)])
    assert extracted.exit_code == 0
    archive = tmp_path / "trich-xuat.jsonl"
    archive.write_text(extracted.stdout, encoding="utf-8")
    db = tmp_path / "chidao.db"
    result = chidao(db, "ingest", str(archive))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "Đọc 2, mới 2, trùng 0, lỗi 0"
    with open_session(str(db)) as session:
        stored = {doc.source: doc for doc in session.scalars(select(Document))}
    assert set(stored) == {str(QUANG_TRI), str(KON_TUM)}
    assert stored[str(QUANG_TRI)].text.startswith("Sáng 18/4, Đoàn công tác của Bộ Công an")
    assert stored[str(QUANG_TRI)].date == "2023-04"  # the " date 2023-04" line the text came with
    # The same reports given as files are the same documents.
    again = chidao(db, "ingest", str(QUANG_TRI), str(KON_TUM))
    assert "trùng 2" in again.stdout and count_rows(db, Document) == 2


def test_the_summary_is_vietnamese_with_its_numbers_as_written_in_vietnam() -> None:
    # It ended with an English gloss "(read, new, duplicate, failed)" and wrote 3000 bare.
    from chidao.commands.ingest import summary_line
    assert summary_line({"read": 3000, "new": 2998, "duplicate": 2, "failed": 0}) == \
        "Đọc 3.000, mới 2.998, trùng 2, lỗi 0"
