"""A staff office lists directives, targets, commitments and indicators, filtered, as table, JSON or CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import EXAMPLES_DIR
from test_store_engine import KON_TUM, QUANG_TRI, chidao, chidao_json


@pytest.fixture()
def db(tmp_path: Path, store: str) -> Path:
    path = store
    assert chidao(path, "ingest", str(QUANG_TRI), str(KON_TUM)).exit_code == 0
    return path


def test_directives_by_a_person_named_without_diacritics(db: Path) -> None:
    items = chidao_json(db, "directives", "--person", "le van tuyen")
    assert len(items) == 2
    assert {item["speaker"] for item in items} == {"Lê Văn Tuyến"}
    for item in items:
        assert item["kind"] == "directives" and item["status"] == "open" and item["overdue"] is False
        assert item["document_source"] == str(QUANG_TRI) and item["document_date"] == "2023-04"
        assert item["event_date"] == "2023-04-18"
        text = QUANG_TRI.read_text(encoding="utf-8")
        assert item["text"] in text


def test_register_filters_by_topic_place_and_dates(db: Path) -> None:
    assert [i["speaker"] for i in chidao_json(db, "directives", "--topic", "propaganda")] == ["Nguyễn Văn Hà"]
    assert {i["document_source"] for i in chidao_json(db, "directives", "--locality", "Kon Tum")} == {
        str(KON_TUM)}
    assert {i["document_source"] for i in chidao_json(db, "indicators", "--from", "2024-01")} == {
        str(KON_TUM)}
    assert {i["document_source"] for i in chidao_json(db, "indicators", "--to", "2023")} == {str(QUANG_TRI)}
    assert chidao_json(db, "directives", "--from", "2023-04-19", "--to", "2023-12") == []


def test_targets_come_with_their_evaluation_and_follow_up_status(db: Path) -> None:
    (target,) = chidao_json(db, "targets")
    assert target["text"] == "giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2022"
    assert target["status"] in ("met", "not_met", "pending")
    assert target["follow_status"] == "open"
    assert isinstance(target["evidence"], list)


def test_commitments_as_csv_have_a_header_and_one_row_each(db: Path) -> None:
    result = chidao(db, "commitments", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert rows[0]["text"] == "trang bị thêm 30 xe ô tô chuyên dùng cho Công an các xã biên giới"
    assert rows[0]["commitment_kind"] == "equipment" and rows[0]["follow"] == "open"


def test_the_table_is_vietnamese_first(db: Path) -> None:
    result = chidao(db, "directives")
    assert result.exit_code == 0, result.output
    assert "Sổ theo dõi chỉ đạo (3)" in result.stdout
    empty = chidao(db, "directives", "--person", "Không Có Ai")
    assert "Không có mục nào." in empty.stdout


@pytest.mark.skipif(not (EXAMPLES_DIR / "bac_giang_2023_tong_ket.txt").exists(), reason="no examples")
def test_bac_ninh_finds_bac_giang_reports_but_bac_giang_only_its_own(tmp_path: Path, store: str) -> None:
    db = store
    assert chidao(db, "ingest", str(EXAMPLES_DIR)).exit_code == 0
    bac_ninh = {Path(i["document_source"]).name for i in chidao_json(db, "targets", "--locality", "Bắc Ninh")}
    assert bac_ninh == {"bac_giang_2021_lam_viec.txt", "bac_giang_2023_tong_ket.txt"}
    bac_giang = {Path(i["document_source"]).name
                 for i in chidao_json(db, "directives", "--locality", "bac giang")}
    assert bac_giang == {"bac_giang_2021_lam_viec.txt", "bac_giang_2023_tong_ket.txt"}
    lam_dong = {Path(i["document_source"]).name for i in chidao_json(db, "commitments", "-l", "Lâm Đồng")}
    assert lam_dong == {"binh_thuan_2022_kiem_tra.txt"}


def test_a_status_the_register_does_not_know_is_refused_by_name(db: Path) -> None:
    result = chidao(db, "directives", "--status", "xong")
    assert result.exit_code == 2 and "'xong' is not one of" in result.output
    # "met" is an evaluation: only targets have one.
    assert chidao(db, "directives", "--status", "met").exit_code == 2


def test_targets_filter_by_their_evaluation_or_their_follow_up(db: Path) -> None:
    (target,) = chidao_json(db, "targets")
    evaluation = target["status"]
    assert [t["id"] for t in chidao_json(db, "targets", "--status", evaluation)] == [target["id"]]
    others = {"met", "not_met", "pending"} - {evaluation}
    assert all(chidao_json(db, "targets", "--status", other) == [] for other in others)
    assert [t["id"] for t in chidao_json(db, "targets", "--status", "open")] == [target["id"]]
    assert chidao_json(db, "targets", "--status", "done") == []


@pytest.mark.parametrize("bad", ["xyz", "2022-13", "2024-02-30", "24/06/2021", "2024-5"])
def test_a_date_filter_that_is_not_a_date_is_refused(db: Path, bad: str) -> None:
    for command in ("directives", "search"):
        args = (command, "an ninh", "--from", bad) if command == "search" else (command, "--to", bad)
        result = chidao(db, *args)
        assert result.exit_code == 2 and "is not a date" in result.output, result.output


def test_the_table_reads_statuses_in_vietnamese_and_the_csv_keeps_their_codes(db: Path) -> None:
    directive = chidao_json(db, "directives")[0]
    assert chidao(db, "status", directive["id"], "--set", "in_progress", "--due", "2020-01-31").exit_code == 0
    table = chidao(db, "directives", "--status", "overdue", env={"COLUMNS": "300"})
    assert "Đang thực hiện (quá hạn)" in table.stdout, table.stdout
    rows = list(csv.DictReader(io.StringIO(chidao(db, "directives", "--format", "csv").stdout)))
    assert {row["follow"] for row in rows} == {"open", "in_progress"}


def test_undated_items_come_last(tmp_path: Path, store: str) -> None:
    undated = tmp_path / "khong_ngay.txt"
    undated.write_text(
        "Công an tỉnh Kon Tum triển khai nhiệm vụ\n\n"
        "Tại buổi làm việc, Thứ trưởng Nguyễn Văn Hà yêu cầu Công an tỉnh tập trung kéo giảm "
        "tội phạm về trật tự xã hội, bảo đảm an ninh nông thôn.\n", encoding="utf-8")
    db = store
    assert chidao(db, "ingest", str(undated), str(QUANG_TRI)).exit_code == 0
    dates = [item["event_date"] or item["document_date"] for item in chidao_json(db, "directives")]
    assert dates[-1] is None and None not in dates[:-1]
