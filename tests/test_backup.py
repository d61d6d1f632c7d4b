"""An office backs its register up and restores it, on SQLite or PostgreSQL: nothing people
entered is lost on the way, nor by re-extraction, schema upgrades or ingesting again."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest
from generated_reports import outlet_copy, write_reports
from sqlalchemy import select, text
from test_store_engine import chidao, chidao_json
from test_store_lean_migration import _downgrade
from test_store_migrations import _old_store_with_people_s_data

from chidao.extract import pipeline
from chidao.store import dedup
from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.schema import Correction, Item, StatusChange

OFFICE = {"CHIDAO_USER": "van_phong"}


def fill(store: str, folder: Path) -> dict[str, str]:
    """Reports, another outlet's copy, and everything a person enters: status, owner, due date,
    notes, a rejection, a corrected field, an added item, a report's date, an undo."""
    write_reports(folder, 4)
    (folder / "bao-khac.txt").write_text(outlet_copy(0), encoding="utf-8")
    assert chidao(store, "ingest", str(folder)).exit_code == 0
    directives = chidao_json(store, "directives")
    targets = chidao_json(store, "targets")
    first, second, third = (d["id"] for d in directives[:3])
    steps = [
        ("status", first, "--set", "in_progress", "--owner", "Phòng PC04", "--due", "2025-06-30",
         "--note", "Đã giao"),
        ("status", first, "--note", "Báo cáo lần 2: \"đạt\" 50% = tốt"),
        ("status", second, "--set", "done"),
        ("reject", third, "--reason", "không phải chỉ đạo"),
        ("correct", targets[0]["id"], "--set", "value=7"),
        ("correct", targets[0]["id"], "--set", "unit=%"),
        ("add-item", directives[0]["document_id"][:10], "--kind", "directives",
         "--words", "kéo giảm ít nhất"),
        ("corrections", "undo", "2"),
    ]
    for step in steps:
        result = chidao(store, *step, env=OFFICE)
        assert result.exit_code == 0, (step, result.output)
    return {"first": first, "second": second, "third": third, "target": targets[0]["id"]}


def people_s_data(store: str) -> dict[str, list]:
    """Everything a person entered, as the store holds it, in an order independent of numbering."""
    engine = create_store_engine(store)
    with engine.connect() as connection:
        items = connection.execute(select(
            Item.id, Item.status, Item.owner, Item.due, Item.notes, Item.rejected, Item.origin,
            Item.machine_values).where((Item.status.is_not(None)) | (Item.origin == "person"))
            .order_by(Item.id)).all()
        history = connection.execute(select(
            StatusChange.item_id, StatusChange.at, StatusChange.who, StatusChange.field,
            StatusChange.old_value, StatusChange.new_value).order_by(StatusChange.seq)).all()
        corrections = connection.execute(select(
            Correction.seq, Correction.at, Correction.who, Correction.action, Correction.document_id,
            Correction.item_id, Correction.field, Correction.old_value, Correction.new_value,
            Correction.reason, Correction.undone_by).order_by(Correction.seq)).all()
    engine.dispose()

    def plain(rows):
        out = []
        for row in rows:
            values = []
            for value in row:
                if hasattr(value, "isoformat"):
                    value = (value.replace(tzinfo=None) if value.tzinfo is None else
                             value.astimezone(__import__("datetime").UTC).replace(tzinfo=None)).isoformat()
                values.append(json.dumps(value, sort_keys=True, ensure_ascii=False))
            out.append(tuple(values))
        return out

    return {"items": plain(items), "history": plain(history), "corrections": plain(corrections)}


def backup_rows(path: Path) -> list[str]:
    """A backup's lines without its header's moment of writing."""
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    meta = json.loads(header)
    meta.pop("created_at")
    return [json.dumps(meta, sort_keys=True), *rows]


def test_a_backup_round_trips_sqlite_to_postgresql_to_sqlite_unchanged(
        pg_server: str, tmp_path: Path) -> None:
    from conftest import pg_database

    sqlite_store, again = str(tmp_path / "kho.db"), str(tmp_path / "lai.db")
    ids = fill(sqlite_store, tmp_path / "in")
    first, second, third = tmp_path / "1.jsonl", tmp_path / "2.jsonl", tmp_path / "3.jsonl"
    saved = chidao(sqlite_store, "backup", str(first))
    assert saved.exit_code == 0, saved.output
    assert saved.stdout.startswith("Đã sao lưu 5 văn bản, ")
    with pg_database(pg_server) as pg_store:
        restored = chidao(pg_store, "restore", str(first))
        assert restored.exit_code == 0, restored.output
        assert restored.stdout.startswith("Đã khôi phục 5 văn bản, ")
        assert chidao(pg_store, "backup", str(second)).exit_code == 0
        assert people_s_data(pg_store) == people_s_data(sqlite_store)
        for kind in ("directives", "targets", "commitments", "indicators"):
            assert chidao_json(pg_store, kind, "--rejected") == chidao_json(sqlite_store, kind, "--rejected")
        shown = chidao_json(pg_store, "status", ids["first"])
        assert shown == chidao_json(sqlite_store, "status", ids["first"])
        assert chidao_json(pg_store, "search", "ma tuy") == chidao_json(sqlite_store, "search", "ma tuy")
    assert chidao(again, "restore", str(second)).exit_code == 0
    assert chidao(again, "backup", str(third)).exit_code == 0
    assert backup_rows(first) == backup_rows(second) == backup_rows(third)
    assert chidao_json(again, "directives") == chidao_json(sqlite_store, "directives")
    # The undo still names the correction it withdrew, by the same number.
    assert [c["undone_by"] for c in chidao_json(again, "corrections", "list")] == \
        [c["undone_by"] for c in chidao_json(sqlite_store, "corrections", "list")]


def test_restore_into_a_store_that_holds_data_refuses_unless_merge(store: str, tmp_path: Path) -> None:
    write_reports(tmp_path / "a", 2)
    write_reports(tmp_path / "b", 2, start=1)  # report 1 in both
    source = str(tmp_path / "nguon.db")
    assert chidao(source, "ingest", str(tmp_path / "a")).exit_code == 0
    item = chidao_json(source, "directives")[0]["id"]
    assert chidao(source, "status", item, "--note", "ghi chú", env=OFFICE).exit_code == 0
    assert chidao(source, "backup", str(tmp_path / "sao-luu.jsonl")).exit_code == 0
    assert chidao(store, "ingest", str(tmp_path / "b")).exit_code == 0
    before = chidao_json(store, "directives")
    refused = chidao(store, "restore", str(tmp_path / "sao-luu.jsonl"))
    assert refused.exit_code == 1
    assert refused.stderr.strip() == (
        f"chidao: {tmp_path / 'sao-luu.jsonl'}: kho đã có dữ liệu: khôi phục vào một kho mới, hoặc thêm "
        "--merge để chỉ thêm những gì kho chưa có")
    assert chidao_json(store, "directives") == before
    merged = chidao(store, "restore", str(tmp_path / "sao-luu.jsonl"), "--merge")
    assert merged.exit_code == 0, merged.output
    assert merged.stdout.startswith("Đã khôi phục 1 văn bản, ") and "đã có sẵn 1 văn bản" in merged.stdout
    assert chidao_json(store, "status", item)["notes"] == "ghi chú"
    assert len(chidao_json(store, "search", "Cong an tinh", "--kind", "documents")) == 3
    again = chidao(store, "restore", str(tmp_path / "sao-luu.jsonl"), "--merge")
    assert "Đã khôi phục 0 văn bản, 0 mục, 0 thay đổi theo dõi, 0 sửa chữa" in again.stdout


@pytest.mark.parametrize("content", ["", "khong phai sao luu\n",
                                     '{"format": "chidao/backup", "version": 9}\n'])
def test_a_file_that_is_no_backup_is_refused_in_one_line_and_changes_nothing(
        store: str, tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(content, encoding="utf-8")
    result = chidao(store, "restore", str(path))
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(f"chidao: {path}: ")
    # In Vietnamese, as every refusal of the command line ("not a chidao backup" was English).
    assert result.stderr.startswith((f"chidao: {path}: không phải bản sao lưu của chidao",
                                     f"chidao: {path}: bản sao lưu phiên bản 9; chidao này chỉ đọc"))


def test_a_backup_cut_short_restores_nothing(store: str, tmp_path: Path) -> None:
    source = str(tmp_path / "nguon.db")
    write_reports(tmp_path / "in", 3)
    assert chidao(source, "ingest", str(tmp_path / "in")).exit_code == 0
    whole = tmp_path / "du.jsonl"
    assert chidao(source, "backup", str(whole)).exit_code == 0
    cut = tmp_path / "cut.jsonl"
    cut.write_text("\n".join(whole.read_text(encoding="utf-8").splitlines()[:-5]) + "\n", encoding="utf-8")
    result = chidao(store, "restore", str(cut))
    assert result.exit_code == 1
    assert "tệp bị cắt cụt?" in result.stderr
    assert chidao_json(store, "directives") == []


def newer_extractor(real):
    def extract(document):
        extraction = real(document)
        extraction.directives = [dataclasses.replace(d, topics=(*d.topics, "digital_transformation"))
                                 for d in extraction.directives]
        return extraction

    return extract


def test_people_s_data_survives_upgrade_reextraction_reingest_and_backup_restore(
        store: str, tmp_path: Path, monkeypatch) -> None:
    # A store from chidao's first schema, with a status, owner, due date, note and history...
    old_item = _old_store_with_people_s_data(store)
    # ...upgraded by the first command that opens it, then used.
    ids = fill(store, tmp_path / "in")
    entered = people_s_data(store)
    assert old_item in {row[0].strip('"') for row in entered["items"]}
    assert len(entered["history"]) >= 9 and len(entered["corrections"]) >= 4

    monkeypatch.setattr(pipeline, "extract_document", newer_extractor(pipeline.extract_document))
    assert chidao(store, "reextract").exit_code == 0
    assert people_s_data(store) == entered
    assert "digital_transformation" in chidao_json(store, "status", ids["first"])["topics"]

    assert "mới 0" in chidao(store, "ingest", str(tmp_path / "in")).stdout
    assert people_s_data(store) == entered

    assert chidao(store, "backup", str(tmp_path / "sao-luu.jsonl")).exit_code == 0
    restored = str(tmp_path / "khoi-phuc.db")
    assert chidao(restored, "restore", str(tmp_path / "sao-luu.jsonl")).exit_code == 0
    assert people_s_data(restored) == entered
    assert chidao_json(restored, "status", ids["first"]) == chidao_json(store, "status", ids["first"])


def _bands(store: str) -> set[tuple[int, str]]:
    engine = create_store_engine(store)
    with engine.connect() as connection:
        found = {(band, document) for band, document in connection.execute(text(
            "SELECT b.band, d.id FROM document_bands b JOIN documents d ON d.seq = b.document_seq"))}
    engine.dispose()
    return found


def test_a_restored_store_finds_the_same_near_duplicates(store: str, tmp_path: Path) -> None:
    # The bands are made again from the stored signatures: the same keys ingest made, so a
    # copy of a restored report another outlet publishes later joins its event group.
    write_reports(tmp_path / "in", 3)
    assert chidao(store, "ingest", str(tmp_path / "in")).exit_code == 0
    backup, restored = tmp_path / "kho.jsonl", str(tmp_path / "lai.db")
    assert chidao(store, "backup", str(backup)).exit_code == 0
    assert chidao(restored, "restore", str(backup)).exit_code == 0
    assert _bands(restored) == _bands(store) != set()
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "bao-khac.txt").write_text(outlet_copy(0), encoding="utf-8")
    for db in (store, restored):
        assert chidao(db, "ingest", str(tmp_path / "copy")).exit_code == 0
    for db in (store, restored):
        engine = create_store_engine(db)
        with engine.connect() as connection:
            groups = {source.rpartition("/")[2]: (document, group) for source, document, group in
                      connection.execute(text("SELECT source, id, group_id FROM documents"))}
        engine.dispose()
        assert groups["bao-khac.txt"][1] == groups["bao-cao-00000.txt"][0], db  # the copy joined its event


def test_a_store_restored_before_0014_gets_the_bands_ingest_makes(store: str, tmp_path: Path) -> None:
    write_reports(tmp_path / "in", 3)
    assert chidao(store, "ingest", str(tmp_path / "in")).exit_code == 0
    bands = _bands(store)
    _downgrade(store, "0013_item_ids_made")
    engine = create_store_engine(store)
    with engine.begin() as connection:  # the keys a restore made before: the signature read as uint64
        signatures = connection.execute(text("SELECT seq, minhash FROM documents")).all()
        connection.execute(text("DELETE FROM document_bands"))
        for seq, minhash in signatures:
            for band in sorted(set(dedup.band_keys(np.frombuffer(bytes(minhash), dtype="<u8")))):
                connection.execute(text("INSERT INTO document_bands (band, document_seq) "
                                        "VALUES (:band, :seq)"), {"band": band, "seq": seq})
    engine.dispose()
    assert _bands(store) != bands
    open_engine(store)  # the next command upgrades the store
    forget_engines()
    assert _bands(store) == bands


def test_backup_counts_are_written_as_vietnamese_numbers() -> None:
    # "1,250 văn bản" read as one and a quarter: thousands take a dot in Vietnamese.
    from chidao.commands.backup import _counts
    assert _counts({"documents": 1250, "items": 30112, "status_history": 0, "corrections": 7}) == \
        "1.250 văn bản, 30.112 mục, 0 thay đổi theo dõi, 7 sửa chữa"
