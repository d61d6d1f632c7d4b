"""A staff officer corrects the machine from the terminal: reject, correct, add, date, delete, undo."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from test_store_engine import chidao, chidao_json, runner

from chidao.cli import app
from chidao.extract import pipeline

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corrections"
LAI_CHAU = FIXTURES / "lai_chau_khong_ngay.txt"
ID_CARDS = "hoàn thành việc cấp căn cước cho người dân trước tháng 12 năm 2025"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
OFFICE = {"CHIDAO_USER": "van_phong_ca_tinh", "COLUMNS": "100"}
WIDE = {"COLUMNS": "400"}  # a table's cells on one line each, to find words in them


@pytest.fixture()
def db(tmp_path: Path, store: str) -> Path:
    path = store
    assert chidao(path, "ingest", str(FIXTURES)).exit_code == 0
    return path


def lai_chau(db: Path) -> dict[str, dict]:
    """The undated report's directives by their first words."""
    return {d["text"].split(",")[0]: d for d in chidao_json(db, "directives", "--rejected")
            if d["document_source"].endswith("lai_chau_khong_ngay.txt")}


def test_a_rejected_directive_leaves_the_register_and_reextract_keeps_it_out(db: Path) -> None:
    item = lai_chau(db)[f"Công an tỉnh cần {ID_CARDS}."]
    result = chidao(db, "reject", item["id"], "--reason", "giao việc thường xuyên", env=OFFICE)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Đã loại bỏ {item['id']} (#1)")
    assert item["id"] not in {d["id"] for d in chidao_json(db, "directives")}
    table = chidao(db, "directives", "--rejected", env=WIDE)
    assert "(đã loại) Công an tỉnh cần" in table.stdout
    assert chidao(db, "reextract").exit_code == 0
    assert item["id"] not in {d["id"] for d in chidao_json(db, "directives")}
    shown = chidao_json(db, "status", item["id"])
    assert shown["rejected"] is True
    assert [(h["change"], h["who"], h["reason"]) for h in shown["history"]] == [
        ("reject", "van_phong_ca_tinh", "giao việc thường xuyên")]


def test_a_corrected_speaker_is_shown_with_the_machine_s_reading_and_kept_by_reextract(
        db: Path, monkeypatch) -> None:
    item = lai_chau(db)["Phát biểu chỉ đạo"]
    result = chidao(db, "correct", item["id"], "--set", "speaker=Tô Lâm", "--set", "verb=Chỉ đạo", env=OFFICE)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"Đã sửa {item['id']}: Người chỉ đạo, Động từ (#1, #2)"
    assert "Đã sửa Người chỉ đạo: Tô Lâm (máy đọc: Trần Quốc Bảo)" in result.stdout
    real = pipeline.extract_document

    def newer(document):
        extraction = real(document)
        extraction.directives = [dataclasses.replace(d, speaker="Nguyễn Văn Mới", verb="đề nghị")
                                 for d in extraction.directives]
        return extraction

    monkeypatch.setattr(pipeline, "extract_document", newer)
    assert chidao(db, "reextract").exit_code == 0
    after = chidao_json(db, "status", item["id"])
    assert (after["speaker"], after["verb"]) == ("Tô Lâm", "chỉ đạo")
    assert after["machine_values"] == {"speaker": "Nguyễn Văn Mới", "verb": "đề nghị"}
    assert [d["id"] for d in chidao_json(db, "directives", "--person", "to lam")] == [item["id"]]
    table = chidao(db, "directives", env=WIDE).stdout
    assert "(đã sửa: Người chỉ đạo, Động từ)" in table
    csv_rows = chidao(db, "directives", "--format", "csv").stdout.splitlines()
    assert csv_rows[0].endswith(",Đã sửa,Bị loại,Nguồn mục")
    assert any(row.startswith(item["id"]) and row.endswith(",Người chỉ đạo; Động từ,,máy")
               for row in csv_rows)
    # The history reads in Vietnamese, in Vietnam's time, with who made each change.
    shown = chidao(db, "status", item["id"], env=OFFICE).stdout
    row = next(line for line in shown.splitlines() if "#1 Sửa Người chỉ đạo" in line)
    assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2} │ van_phong_ca_tinh", row)
    assert "Trần Quốc Bảo" in row and "Tô Lâm" in row


UNIT = ["--set", "unit=vụ"]  # a valid change that a refused one beside it must not let through


@pytest.mark.parametrize(("args", "message"), [
    ([*UNIT, "--set", "deadline=31/02/2024"],
     # worded as the filters' refusal of a date, the forms in the same order
     "chidao: Thời hạn (deadline): ngày không hợp lệ: 31/02/2024 (viết dd/mm/yyyy, mm/yyyy, yyyy hoặc "
     "yyyy-mm-dd)"),
    ([*UNIT, "--set", "value=nhiều"],
     "chidao: Giá trị (value): không phải số: nhiều (ví dụ 1.000 hoặc 756,2)"),
    ([*UNIT, "--set", "topics=an ninh mạng"],
     "chidao: mục loại Chỉ tiêu (targets) không có trường topics (sửa được: metric, metric_key, direction, "
     "value, unit, at_least, baseline, deadline, scope)"),
    ([*UNIT, "--set", "value"], "chidao: --set cần dạng TRƯỜNG=GIÁ_TRỊ: value"),
    ([], "chidao: chưa nêu trường nào để sửa (--set TRƯỜNG=GIÁ_TRỊ)"),
])
def test_a_bad_correction_is_one_line_and_changes_nothing(db: Path, args: list[str], message: str) -> None:
    (target,) = [t for t in chidao_json(db, "targets")
                 if t["document_source"].endswith("lai_chau_khong_ngay.txt")]
    result = chidao(db, "correct", target["id"], *args)
    assert (result.exit_code, result.stderr) == (1, message + "\n")
    after = chidao_json(db, "status", target["id"])
    assert (after["unit"], after["history"]) == ("%", [])


def test_a_hostile_value_is_stored_and_printed_as_written(db: Path) -> None:
    item = lai_chau(db)["Phát biểu chỉ đạo"]
    hostile = "<script>alert('x')</script> [bold red]Ban Giám đốc[/bold red]"
    assert chidao(db, "correct", item["id"], "--set", f"addressee={hostile}").exit_code == 0
    assert chidao_json(db, "status", item["id"])["addressee"] == hostile
    shown = chidao(db, "status", item["id"], env={"COLUMNS": "200"})
    assert hostile in shown.stdout
    refused = chidao(db, "correct", item["id"], "--set", "addressee=Ban\x1b[31m Giám đốc")
    assert refused.exit_code == 1
    assert refused.stderr.startswith("chidao: Đối tượng (addressee): giá trị có ký tự điều khiển")


def test_unknown_and_ambiguous_items_are_refused_naming_the_candidates(db: Path) -> None:
    unknown = chidao(db, "reject", "khong-co:directives:9")
    assert (unknown.exit_code, unknown.stderr) == (1, "chidao: không tìm thấy mục: khong-co:directives:9\n")
    document = lai_chau(db)["Phát biểu chỉ đạo"]["document_id"]
    ambiguous = chidao(db, "correct", f"{document[:12]}:d", "--set", "verb=nêu")
    assert ambiguous.exit_code == 1
    assert ambiguous.stderr == (f"chidao: mã mục không rõ ràng: {document[:12]}:d (có thể là "
                                f"{document[:12]}:directives:0, {document[:12]}:directives:1)\n")
    # A unique prefix works wherever an id is taken: here the report's prefix, kind and number.
    shown = chidao_json(db, "status", f"{document[:4]}:directives:1")
    assert shown["id"] == f"{document[:12]}:directives:1"


def test_status_follows_up_only_directives_targets_and_commitments(db: Path) -> None:
    indicator = chidao_json(db, "indicators")[0]
    refused = chidao(db, "status", indicator["id"], "--set", "done")
    assert refused.exit_code == 1
    assert refused.stderr.startswith("chidao: mục loại Số liệu (indicators) không có theo dõi")
    assert chidao_json(db, "status", indicator["id"])["history"] == []


def test_an_item_the_extractor_missed_is_added_from_its_words_and_kept_by_reextract(db: Path) -> None:
    document = lai_chau(db)["Phát biểu chỉ đạo"]["document_id"]
    added = chidao_json(db, "add-item", document[:8], "--kind", "target", "--words", ID_CARDS,
                        "--set", "metric_key=electronic_ids", "--set", "deadline=12/2025", "--set",
                        "direction=đạt")
    item = added["item"]
    assert (item["text"], item["origin"], item["metric_key"], item["deadline"], item["direction"]) == (
        ID_CARDS, "person", "electronic_ids", "2025-12", "reach")
    assert [c["action"] for c in added["corrections"]] == ["add", "correct", "correct", "correct"]
    assert chidao(db, "reextract").exit_code == 0
    targets = [t for t in chidao_json(db, "targets") if t["document_id"] == document]
    assert [t["id"] for t in targets if t["origin"] == "person"] == [item["id"]]
    assert "(người thêm)" in chidao(db, "targets", env=WIDE).stdout
    start, end = item["span"]
    twice = chidao(db, "add-item", document[:8], "--kind", "targets", "--span", str(start), str(end))
    assert (twice.exit_code, twice.stderr) == (1, f"chidao: đã có mục này: {item['id']}\n")
    both = chidao(db, "add-item", document[:8], "--kind", "targets", "--span", "1", "5", "--words", "x")
    assert both.stderr.startswith("chidao: cần đúng một trong hai")


def test_a_report_without_a_date_gets_one_and_the_date_filters_see_its_directives(db: Path) -> None:
    document = lai_chau(db)["Phát biểu chỉ đạo"]["document_id"]
    assert chidao_json(db, "directives", "--from", "2024-03", "--to", "2024-03") == []
    bad = chidao(db, "document", "date", document[:8], "2024-02-30")
    assert bad.exit_code == 1 and bad.stderr.startswith("chidao: ngày không hợp lệ: 2024-02-30")
    result = chidao(db, "document", "date", document[:8], "15/03/2024", env=OFFICE)
    assert result.exit_code == 0, result.output
    assert "Ngày: 15/03/2024 (do người đặt; văn bản ghi: —) · Ngày sự kiện: 14/03/2024" in result.stdout
    dated = chidao_json(db, "directives", "--from", "2024-03", "--to", "2024-03")
    assert {d["document_id"] for d in dated} == {document} and len(dated) == 2
    assert chidao(db, "reextract", document[:8]).exit_code == 0
    assert chidao_json(db, "document", "show", document[:8])["date"] == "2024-03-15"
    undone = chidao(db, "corrections", "undo", "1")
    assert undone.exit_code == 0 and "có ngày —" in undone.stdout
    assert chidao_json(db, "directives", "--from", "2024-03", "--to", "2024-03") == []


def test_deleting_a_report_asks_first_and_keeps_what_people_entered(db: Path) -> None:
    item = lai_chau(db)["Phát biểu chỉ đạo"]
    document = item["document_id"]
    assert chidao(db, "status", item["id"], "--set", "in_progress", "--note", "Giao PC06").exit_code == 0
    declined = runner.invoke(app, ["document", "delete", document[:8], "--db", str(db)], env=OFFICE,
                             input="n\n")
    assert declined.exit_code == 1 and "1 mục có dữ liệu do người nhập" in declined.stdout
    assert chidao_json(db, "document", "show", document[:8])["items"] == 12
    # Asked in Vietnamese ("[y/N]" was Click's English): an answer it does not know is asked again.
    unsure = runner.invoke(app, ["document", "delete", document[:8], "--db", str(db)], env=OFFICE,
                           input="x\nk\n")
    assert unsure.exit_code == 1 and "Xoá văn bản này? (c: có, k: không):" in unsure.stdout
    assert "Trả lời c (có) hoặc k (không)." in unsure.stdout
    assert chidao_json(db, "document", "show", document[:8])["items"] == 12
    deleted = runner.invoke(app, ["document", "delete", document[:8], "--reason", "báo cáo trùng",
                                  "--db", str(db)], env=OFFICE, input="Có\n")
    assert deleted.exit_code == 0, deleted.output
    assert "giữ dữ liệu của 1 mục do người nhập" in deleted.stdout
    assert chidao(db, "document", "show", document[:8]).exit_code == 1
    assert all(d["document_id"] != document for d in chidao_json(db, "directives"))
    (record,) = chidao_json(db, "corrections", "list", "--document", document[:8])
    (kept,) = record["old"]["person_items"]
    assert (record["action"], record["who"], kept["id"], kept["status"], kept["notes"]) == (
        "delete", "van_phong_ca_tinh", item["id"], "in_progress", "Giao PC06")
    listed = chidao(db, "corrections", "list", env=WIDE).stdout
    assert "Xoá văn bản" in listed and "báo cáo trùng" in listed
    assert chidao(db, "ingest", str(LAI_CHAU)).stdout.startswith("Đọc 1, mới 1")


def test_delete_with_yes_does_not_ask(db: Path) -> None:
    document = lai_chau(db)["Phát biểu chỉ đạo"]["document_id"]
    result = chidao(db, "document", "delete", document, "--yes", "--format", "json")
    assert result.exit_code == 0 and "Xoá văn bản này?" not in result.stdout
    assert chidao(db, "document", "show", document).stderr == f"chidao: không tìm thấy văn bản: {document}\n"


def test_rejecting_the_item_a_register_lists_hides_the_other_outlets_copies_with_it(
        tmp_path: Path, store: str) -> None:
    db = store
    assert chidao(db, "ingest", str(EXAMPLES / "tphcm_2022_hoi_nghi_bao_khac.txt"),
                  str(EXAMPLES / "tphcm_2022_hoi_nghi_ttxvn.txt")).exit_code == 0
    original = next(d for d in chidao_json(db, "directives") if d["copies"])
    assert chidao(db, "reject", original["id"]).exit_code == 0
    listed = {d["id"] for d in chidao_json(db, "directives")}
    assert original["id"] not in listed and not listed & {c["id"] for c in original["copies"]}


def test_corrections_list_and_undo(db: Path) -> None:
    item = lai_chau(db)["Phát biểu chỉ đạo"]
    assert chidao(db, "reject", item["id"], env=OFFICE).exit_code == 0
    assert chidao(db, "corrections", "undo", "1", "--reason", "loại nhầm", env=OFFICE).exit_code == 0
    assert item["id"] in {d["id"] for d in chidao_json(db, "directives")}
    rows = chidao_json(db, "corrections", "list", "--item", item["id"])
    assert [(r["id"], r["action"], r["undone_by"], r["reason"]) for r in rows] == [
        (1, "reject", 2, None), (2, "undo", None, "loại nhầm")]
    again = chidao(db, "corrections", "undo", "1")
    assert (again.exit_code, again.stderr) == (1, "chidao: sửa đổi #1 đã được hoàn tác (#2)\n")
    table = chidao(db, "corrections", "list", env=WIDE).stdout
    assert "Loại bỏ (đã hoàn tác, #2)" in table and "Hoàn tác Loại bỏ" in table
