"""What the office corrected becomes gold: export it, and `chidao eval` scores the extractor against it."""

from __future__ import annotations

import json
from pathlib import Path

from test_store_engine import chidao, chidao_json

from chidao.evaluate.gold import load_gold, text_problems
from chidao.track.gold_export import gold_file_names

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corrections"
ID_CARDS = "hoàn thành việc cấp căn cước cho người dân trước tháng 12 năm 2025"


def test_corrections_exported_as_gold_are_what_eval_scores_against(tmp_path: Path, store: str) -> None:
    db = store
    assert chidao(db, "ingest", str(FIXTURES)).exit_code == 0
    directives = {d["text"].split(",")[0]: d for d in chidao_json(db, "directives")
                  if d["document_source"].endswith("lai_chau_khong_ngay.txt")}
    first = directives["Phát biểu chỉ đạo"]
    second = directives[f"Công an tỉnh cần {ID_CARDS}."]
    document = first["document_id"]
    assert chidao(db, "correct", first["id"], "--set", "speaker=Tô Lâm").exit_code == 0
    assert chidao(db, "reject", second["id"]).exit_code == 0
    added = chidao_json(db, "add-item", document[:8], "--kind", "targets", "--words", ID_CARDS,
                        "--set", "metric_key=electronic_ids")["item"]
    assert chidao(db, "document", "date", document[:8], "2024-03-15").exit_code == 0

    gold_dir = tmp_path / "gold"
    exported = chidao(db, "gold", "export", str(gold_dir))
    assert exported.exit_code == 0, exported.output
    # Only the corrected report: the other one nobody touched.
    assert sorted(p.name for p in gold_dir.iterdir()) == ["lai_chau_khong_ngay.json"]
    raw = (gold_dir / "lai_chau_khong_ngay.json").read_text(encoding="utf-8")
    assert "Phát biểu" not in raw  # offsets and values, never the report's words
    gold = load_gold(gold_dir / "lai_chau_khong_ngay.json")
    assert (gold.id, gold.date, gold.source) == (document, "2024-03-15", "lai_chau_khong_ngay.txt")
    assert [d["span"] for d in gold.items["directives"]] == [first["span"]]
    assert gold.items["directives"][0]["speaker"] == "Tô Lâm"
    assert {"span": added["span"], "metric_key": "electronic_ids",
            "note": "added by a person; fields set: metric_key"} in gold.items["targets"]

    scored = chidao(db, "eval", str(gold_dir), "--format", "json")
    assert scored.exit_code == 0, scored.output
    scores = json.loads(scored.stdout)
    problems = {(p["problem"], p["kind"], p["field"], tuple(p["span"])) for p in scores["problems"]}
    assert problems == {
        ("false_hit", "directives", None, tuple(second["span"])),
        ("miss", "targets", None, tuple(added["span"])),
        ("field", "directives", "speaker", tuple(first["span"])),
    }
    assert scores["documents"] == 1
    assert scores["kinds"]["indicators"]["f1"] == 1.0


def test_gold_export_all_writes_every_report_and_refuses_an_empty_selection(
        tmp_path: Path, store: str) -> None:
    db = store
    assert chidao(db, "ingest", str(FIXTURES)).exit_code == 0
    nothing = chidao(db, "gold", "export", str(tmp_path / "none"))
    assert nothing.exit_code == 1
    assert nothing.stderr == "chidao: chưa có văn bản nào được sửa; dùng --all để xuất mọi văn bản\n"
    assert not (tmp_path / "none").exists()
    result = chidao(db, "gold", "export", str(tmp_path / "all"), "--all")
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "all").glob("*.json"))
    assert [p.name for p in files] == ["lai_chau_2025_tong_ket.json", "lai_chau_khong_ngay.json"]
    # Unchanged machine output scores perfectly against itself, and every file is well formed.
    for path in files:
        gold = load_gold(path)
        assert gold.id and gold.items["events"]
    scores = json.loads(chidao(db, "eval", str(tmp_path / "all"), "--format", "json").stdout)
    assert scores["overall"]["f1"] == 1.0 and scores["problems"] == []


def test_eval_with_a_store_names_a_report_it_does_not_hold(tmp_path: Path, store: str) -> None:
    db = store
    assert chidao(db, "ingest", str(FIXTURES / "lai_chau_2025_tong_ket.txt")).exit_code == 0
    gold_dir = Path(__file__).resolve().parent / "fixtures" / "eval" / "gold"
    result = chidao(db, "eval", str(gold_dir / "hoa_son.json"), "--format", "json")
    assert result.exit_code == 1
    assert "hoa_son.json: report fa9450ccc54f" in result.stderr and "not found in the store" in result.stderr


def test_gold_file_names_come_from_the_source_and_never_collide() -> None:
    names = gold_file_names([("a" * 64, "/x/004_81a6.txt"), ("b" * 64, "/x/bao cao.txt"),
                             ("c" * 64, "/y/bao cao.txt"), ("d" * 64, None)])
    assert names == {"a" * 64: "004_81a6.json", "b" * 64: "bao_cao_bbbbbbbbbbbb.json",
                     "c" * 64: "bao_cao_cccccccccccc.json", "d" * 64: "dddddddddddd.json"}


def test_an_exported_gold_file_passes_the_gold_checks(tmp_path: Path, store: str) -> None:
    db = store
    assert chidao(db, "ingest", str(FIXTURES / "lai_chau_khong_ngay.txt")).exit_code == 0
    assert chidao(db, "gold", "export", str(tmp_path / "g"), "--all").exit_code == 0
    (path,) = (tmp_path / "g").glob("*.json")
    text = (FIXTURES / "lai_chau_khong_ngay.txt").read_text(encoding="utf-8").strip()
    assert text_problems(load_gold(path), text) == []
