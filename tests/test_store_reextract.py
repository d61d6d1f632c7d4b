"""After the extractor improves, re-extraction refreshes the register but keeps what people entered."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from test_store_engine import QUANG_TRI, chidao, chidao_json

from chidao.extract import pipeline


def newer_extractor(real):
    """A "newer" extractor: directives get a new topic, commitments and indicators disappear."""

    def extract(document):
        extraction = real(document)
        extraction.directives = [dataclasses.replace(d, topics=(*d.topics, "digital_transformation"))
                                 for d in extraction.directives]
        extraction.commitments = []
        extraction.indicators = []
        return extraction

    return extract


def test_reextraction_keeps_status_owner_due_and_notes(tmp_path: Path, store: str, monkeypatch) -> None:
    db = store
    assert chidao(db, "ingest", str(QUANG_TRI)).exit_code == 0
    directive = chidao_json(db, "directives")[0]
    commitment = chidao_json(db, "commitments")[0]
    indicators_before = chidao_json(db, "indicators")
    assert indicators_before and "digital_transformation" not in directive["topics"]
    env = {"CHIDAO_USER": "vanphong"}
    changed = chidao(db, "status", directive["id"], "--set", "in_progress", "--owner", "Công an tỉnh",
                     "--due", "2030-12-31", "--note", "Đã giao Phòng PC04", env=env)
    assert changed.exit_code == 0, changed.output
    noted = chidao(db, "status", commitment["id"], "--note", "Chờ Bộ cấp xe", env=env)
    assert noted.exit_code == 0, noted.output

    monkeypatch.setattr(pipeline, "extract_document", newer_extractor(pipeline.extract_document))
    result = chidao(db, "reextract")
    assert result.exit_code == 0, result.output
    assert "mồ côi 1" in result.stdout
    assert f"bỏ {len(indicators_before)}" in result.stdout

    after = {d["id"]: d for d in chidao_json(db, "directives")}[directive["id"]]
    assert "digital_transformation" in after["topics"]  # machine field replaced
    assert (after["status"], after["owner"], after["due"], after["notes"]) == (
        "in_progress", "Công an tỉnh", "2030-12-31", "Đã giao Phòng PC04")
    assert after["text"] == directive["text"] and after["span"] == directive["span"]
    shown = chidao_json(db, "status", directive["id"])
    assert [(h["field"], h["new"]) for h in shown["history"]] == [
        ("status", "in_progress"), ("owner", "Công an tỉnh"), ("due", "2030-12-31"),
        ("notes", "Đã giao Phòng PC04")]

    # The commitment is gone from the register but its note survives as an orphan,
    # which the register still lists when asked.
    assert chidao_json(db, "commitments") == []
    orphan = chidao_json(db, "status", commitment["id"])
    assert orphan["orphan"] is True and orphan["notes"] == "Chờ Bộ cấp xe"
    (listed,) = chidao_json(db, "commitments", "--orphans")
    assert (listed["id"], listed["orphan"], listed["notes"]) == (commitment["id"], True, "Chờ Bộ cấp xe")
    table = chidao(db, "commitments", "--orphans")
    assert table.exit_code == 0 and "(mồ côi)" in table.stdout
    assert orphan["history"][0]["who"] == "vanphong"
    # Indicators nobody touched are simply removed.
    assert chidao_json(db, "indicators") == []


def test_an_orphan_found_again_by_a_later_extractor_comes_back(
        tmp_path: Path, store: str, monkeypatch) -> None:
    db = store
    assert chidao(db, "ingest", str(QUANG_TRI)).exit_code == 0
    commitment = chidao_json(db, "commitments")[0]
    assert chidao(db, "status", commitment["id"], "--set", "done").exit_code == 0
    real = pipeline.extract_document
    monkeypatch.setattr(pipeline, "extract_document", newer_extractor(real))
    assert chidao(db, "reextract").exit_code == 0
    monkeypatch.setattr(pipeline, "extract_document", real)
    assert chidao(db, "reextract").exit_code == 0
    (back,) = chidao_json(db, "commitments")
    assert back["id"] == commitment["id"] and back["status"] == "done" and back["orphan"] is False


def test_reextracting_with_the_same_extractor_changes_nothing(tmp_path: Path, store: str) -> None:
    db = store
    assert chidao(db, "ingest", str(QUANG_TRI)).exit_code == 0
    before = chidao_json(db, "directives") + chidao_json(db, "targets")
    result = chidao(db, "reextract")
    assert "thêm 0, mồ côi 0, bỏ 0" in result.stdout
    assert chidao_json(db, "directives") + chidao_json(db, "targets") == before
