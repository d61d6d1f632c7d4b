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


def read_csv(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    assert text.startswith("\ufeff"), "CSV for Excel starts with a byte-order mark"
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=delimiter))


def test_commitments_as_csv_for_excel_have_vietnamese_headers_and_labels(db: Path) -> None:
    result = chidao(db, "commitments", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = read_csv(result.stdout)
    assert len(rows) == 1
    assert rows[0]["Nội dung"] == "trang bị thêm 30 xe ô tô chuyên dùng cho Công an các xã biên giới"
    assert rows[0]["Loại"] == "Trang thiết bị" and rows[0]["Trạng thái"] == "Chưa thực hiện"
    assert rows[0]["Số lượng"] == "30" and rows[0]["Ngày"] == "2023-04-18"
    assert result.stdout.splitlines()[0].startswith("\ufeffMã,Ngày,Tài liệu,Loại")
    # The report as the registers name it (title, else the file's name), not the ingest path.
    item = chidao_json(db, "commitments")[0]
    assert rows[0]["Tài liệu"] == (item["document_title"] or Path(item["document_source"]).name)
    assert "/" not in rows[0]["Tài liệu"]


def test_csv_numbers_take_a_decimal_comma_when_asked(db: Path) -> None:
    figure = "giảm 8,5% so với năm 2021"
    point = {row["Nội dung"]: row for row in read_csv(chidao(db, "indicators", "-f", "csv").stdout)}
    assert point[figure]["Giá trị"] == "8.5", point
    comma = chidao(db, "indicators", "-f", "csv", "--decimal-comma").stdout
    rows = {row["Nội dung"]: row for row in read_csv(comma, delimiter=";")}
    assert rows[figure]["Giá trị"] == "8,5" and rows[figure]["Hướng"] == "giảm"
    assert "Trật tự an toàn xã hội" in rows[figure]["Lĩnh vực"]


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
    assert result.exit_code == 2 and "--status không nhận 'xong'; chọn một trong: open" in result.output
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


@pytest.mark.parametrize("bad", ["xyz", "2022-13", "2024-02-30", "31/06/2021", "2024-5", "2024-05-03T10:00"])
def test_a_date_filter_that_is_not_a_date_is_refused(db: Path, bad: str) -> None:
    for command in ("directives", "search"):
        args = (command, "an ninh", "--from", bad) if command == "search" else (command, "--to", bad)
        result = chidao(db, *args)
        said = " ".join(result.output.replace("│", " ").split())  # the message as read, unwrapped
        assert result.exit_code == 2, result.output
        assert f"ngày không hợp lệ: {bad} (viết dd/mm/yyyy, mm/yyyy, yyyy hoặc" in said


def test_dates_are_taken_day_first_as_written_in_vietnam(db: Path) -> None:
    iso = chidao_json(db, "indicators", "--from", "2024-01-01")
    assert iso and chidao_json(db, "indicators", "--from", "01/01/2024") == iso
    assert chidao_json(db, "indicators", "--from", "1/1/2024") == iso
    assert chidao_json(db, "indicators", "--from", "01/2024") == iso
    assert chidao_json(db, "directives", "--from", "18/4/2023", "--to", "18/04/2023") != []
    directive = chidao_json(db, "directives")[0]
    assert chidao(db, "status", directive["id"], "--due", "31/1/2030").exit_code == 0
    assert chidao_json(db, "status", directive["id"])["due"] == "2030-01-31"


@pytest.mark.parametrize(("start", "end"), [("2024-06", "2024-05-31"), ("02/01/2024", "01/01/2024"),
                                            ("2025", "2024")])
def test_a_from_after_the_to_is_refused(db: Path, start: str, end: str) -> None:
    for command in ("directives", "search"):
        args = (command, "an ninh") if command == "search" else (command,)
        result = chidao(db, *args, "--from", start, "--to", end)
        said = " ".join(result.output.replace("│", " ").split())
        assert result.exit_code == 2 and "sau đến ngày" in said, result.output
    # The same month at two precisions overlaps: not refused.
    assert chidao(db, "directives", "--from", "2023-04", "--to", "2023-04-18").exit_code == 0


def test_the_table_reads_statuses_in_vietnamese_and_the_json_keeps_their_codes(db: Path) -> None:
    directive = chidao_json(db, "directives")[0]
    assert chidao(db, "status", directive["id"], "--set", "in_progress", "--due", "2020-01-31").exit_code == 0
    table = chidao(db, "directives", "--status", "overdue", env={"COLUMNS": "100"})
    assert "Đang thực hiện" in table.stdout and "(quá hạn)" in table.stdout, table.stdout
    assert "hạn 31/01/2020" in table.stdout and "18/04/2023" in table.stdout
    assert {item["status"] for item in chidao_json(db, "directives")} == {"open", "in_progress"}


@pytest.mark.parametrize("columns", ["60", "80", "100", "200"])
def test_an_id_is_never_cut_across_lines(db: Path, columns: str) -> None:
    for kind in ("directives", "targets", "commitments", "indicators"):
        table = chidao(db, kind, env={"COLUMNS": columns}).stdout
        for item in chidao_json(db, kind):
            assert item["id"] in table, (kind, columns, table)
    hits = chidao_json(db, "search", "ma tuy", "--kind", "directives")
    table = chidao(db, "search", "ma tuy", "--kind", "directives", env={"COLUMNS": columns}).stdout
    assert hits and all(hit["id"] in table for hit in hits), table


def test_a_search_without_words_says_so_in_one_line(db: Path) -> None:
    # It printed "Không tìm thấy kết quả cho: " as if the store held nothing.
    result = chidao(db, "search", "  ")
    assert result.exit_code == 1
    assert result.stderr.strip() == 'chidao: chưa có từ cần tìm (ví dụ: chidao search "ma tuy")'


def test_a_search_hit_s_file_name_is_whole_on_a_100_column_terminal(db: Path) -> None:
    # "quang_tri_2023_lam_viec.txt" (27 characters) was cut at 24: "quang_tri_2023_lam_viec." / "txt".
    table = chidao(db, "search", "ma tuy", env={"COLUMNS": "100"}).stdout
    assert QUANG_TRI.name in table, table
    assert max(len(line) for line in table.splitlines()) <= 100


@pytest.mark.parametrize("columns", ["60", "72"])
def test_a_narrow_terminal_wraps_the_status_between_words(db: Path, columns: str) -> None:
    # Every column keeps room for its longest word: "Chưa thực hiện" wraps, no word is cut
    # (at 60 columns the status took two characters a line: "Ch" / "hi").
    table = chidao(db, "directives", env={"COLUMNS": columns}).stdout
    words = {word for line in table.splitlines() for word in line.split()}
    assert {"Chưa", "thực", "hiện", "Trạng", "thái"} <= words, table
    assert max(len(line) for line in table.splitlines()) <= int(columns)


def test_a_long_register_takes_a_limit_and_says_how_many_more(db: Path) -> None:
    table = chidao(db, "directives", "--limit", "1", env={"COLUMNS": "100"}).stdout
    first, *others = chidao_json(db, "directives")
    assert "Sổ theo dõi chỉ đạo (3)" in table and first["id"] in table
    assert not any(other["id"] in table for other in others)
    assert "… còn 2 mục nữa (--limit 0: xem tất cả)." in table
    assert len(chidao_json(db, "directives", "-n", "2")) == 2
    assert len(chidao_json(db, "directives", "-n", "0")) == 3
    # Piped (not a terminal), a table lists everything.
    assert "còn" not in chidao(db, "directives").stdout


def test_a_register_file_takes_the_limit_the_decimal_comma_and_the_corrections(db: Path,
                                                                              tmp_path: Path) -> None:
    from openpyxl import load_workbook

    first, second, third = chidao_json(db, "directives")
    assert chidao(db, "reject", first["id"], "--reason", "không phải chỉ đạo").exit_code == 0
    assert chidao(db, "correct", second["id"], "--set", "speaker=Tô Lâm").exit_code == 0
    # CSV for Excel in a file, as printed: BOM, ';' with --decimal-comma, corrections in Vietnamese.
    out = tmp_path / "so.csv"
    assert chidao(db, "directives", "--rejected", "--decimal-comma", "-o", str(out)).exit_code == 0
    rows = {row["Mã"]: row for row in read_csv(out.read_text(encoding="utf-8"), delimiter=";")}
    assert rows[first["id"]]["Bị loại"] == "đã loại"
    assert rows[second["id"]]["Đã sửa"] == "Người chỉ đạo" and rows[second["id"]]["Nguồn mục"] == "máy"
    assert rows[third["id"]]["Bị loại"] == rows[third["id"]]["Đã sửa"] == ""
    # Without --rejected the rejected item is gone; --limit holds in a workbook too.
    book = tmp_path / "so.xlsx"
    assert chidao(db, "directives", "--limit", "1", "-o", str(book)).exit_code == 0
    sheet = load_workbook(book).active
    header = [c.value for c in sheet[1]]
    assert header[-3:] == ["Đã sửa", "Bị loại", "Nguồn mục"]
    ids = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert ids == [second["id"]]
    # The table marks the corrected item's words.
    table = chidao(db, "directives", "--rejected", env={"COLUMNS": "200"}).stdout
    assert "(đã loại)" in table and "(đã sửa: Người chỉ đạo)" in table


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


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_register_that_cannot_be_written_says_why_in_vietnamese(db: Path, tmp_path: Path,
                                                                  suffix: str) -> None:
    # "cannot write (No such file or directory)" was the system's English.
    out = tmp_path / "chua-co" / f"so.{suffix}"
    result = chidao(db, "directives", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == f"chidao: {out}: không ghi được (không có thư mục này)\n"
