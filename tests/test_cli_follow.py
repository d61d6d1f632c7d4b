"""An analyst follows a person, a place and recurring demands from the terminal, and writes reports."""

from __future__ import annotations

import errno
import json
import os

import pytest
from docx import Document as read_docx
from openpyxl import load_workbook
from typer.testing import CliRunner

from chidao.cli import app
from chidao.model import document_id

runner = CliRunner()


def span_of(text: str, words: str) -> list[int]:
    start = text.index(words)
    return [start, start + len(words)]


def person(text: str, ranks: list[str], positions: list[str]) -> dict:
    return {"name": "Tô Lâm", "ranks": ranks, "positions": positions, "mentions": [span_of(text, "Tô Lâm")]}


def locality(text: str, name: str, code: str, current_name: str, current_code: str) -> dict:
    return {"name": name, "level": "province", "code": code, "current_name": current_name,
            "current_code": current_code, "mentions": [span_of(text, name)]}


def directive(text: str, sentence: str, topics: list[str]) -> dict:
    return {"speaker": "Tô Lâm", "verb": "yêu cầu", "addressee": None, "text": sentence, "topics": topics,
            "span": span_of(text, sentence)}


def extraction(source: str, date: str, text: str, **kinds) -> dict:
    out = {"schema": "chidao/extract@1",
           "document": {"id": document_id(text), "source": source, "title": None, "date": date, "text": text},
           "events": [], "people": [], "organizations": [], "localities": [], "legal_refs": [],
           "directives": [], "targets": [], "commitments": [], "indicators": []}
    out.update(kinds)
    return out


QN_2021 = ("Ngày 7/3, Đại tướng Tô Lâm, Bộ trưởng Bộ Công an làm việc với Tỉnh ủy Quảng Ninh. "
           "Bộ trưởng yêu cầu Công an tỉnh thực hiện bằng được mục tiêu kéo giảm tội phạm một cách căn bản, "
           "bền vững, giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2020.")
BG_2023 = ("Ngày 20/10, Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an làm việc với "
           "Tỉnh ủy Bắc Giang. Bộ trưởng đề nghị tỉnh kéo giảm tội phạm một cách căn bản, bền vững.")
QN_2024 = ("Ngày 9/3, Bộ trưởng Tô Lâm dự hội nghị tại Quảng Ninh. Năm 2023, tội phạm về trật tự xã hội "
           "giảm 9,4% so với năm 2020. Bộ Công an sẽ tăng thêm khoảng 1.000 biên chế cho công an tỉnh.")
HCM_2018 = "Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an chủ trì hội nghị tại Hồ Chí Minh."


def qn_2021() -> dict:
    sentence = QN_2021[QN_2021.index("Bộ trưởng yêu cầu"):]
    target = "giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2020"
    return extraction(
        "qn-2021.txt", "2021-03", QN_2021,
        events=[{"type": "working_session", "date": "2021-03-07", "place": None, "localities": ["Quảng Ninh"],
                 "leader": "Tô Lâm", "text": QN_2021.split(". ")[0] + ".",
                 "span": [0, len(QN_2021.split(". ")[0]) + 1]}],
        people=[person(QN_2021, ["Đại tướng"], ["Bộ trưởng Bộ Công an"])],
        localities=[locality(QN_2021, "Quảng Ninh", "22", "Quảng Ninh", "22")],
        directives=[directive(QN_2021, sentence, ["crime"])],
        targets=[{"metric": "số vụ phạm tội về trật tự xã hội", "metric_key": "social_order_crime",
                  "direction": "decrease", "value": 5, "unit": "%", "at_least": True, "baseline": "năm 2020",
                  "deadline": None, "scope": "Quảng Ninh", "text": target, "span": span_of(QN_2021, target)}])


def bg_2023() -> dict:
    sentence = BG_2023[BG_2023.index("Bộ trưởng đề nghị"):]
    return extraction(
        "bg-2023.txt", "2023-10", BG_2023,
        people=[person(BG_2023, ["Đại tướng"], ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"])],
        localities=[locality(BG_2023, "Bắc Giang", "24", "Bắc Ninh", "24")],
        directives=[directive(BG_2023, sentence, ["crime"])])


def qn_2024() -> dict:
    figure = "giảm 9,4% so với năm 2020"
    staffing = "tăng thêm khoảng 1.000 biên chế cho công an tỉnh"
    return extraction(
        "qn-2024.txt", "2024-03", QN_2024,
        people=[person(QN_2024, [], ["Bộ trưởng"])],
        localities=[locality(QN_2024, "Quảng Ninh", "22", "Quảng Ninh", "22")],
        indicators=[{"metric": "tội phạm về trật tự xã hội", "metric_key": "social_order_crime", "value": 9.4,
                     "unit": "%", "direction": "decrease", "baseline": "năm 2020", "period": "năm 2023",
                     "scope": "Quảng Ninh", "text": figure, "span": span_of(QN_2024, figure)}],
        commitments=[{"kind": "staffing", "amount": 1000, "unit": "biên chế", "giver": "Bộ Công an",
                      "receiver": "công an tỉnh", "text": staffing, "span": span_of(QN_2024, staffing)}])


def hcm_2018() -> dict:
    return extraction(
        "hcm-2018.txt", "2018-01", HCM_2018,
        people=[person(HCM_2018, ["Thượng tướng"], ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"])],
        localities=[locality(HCM_2018, "Hồ Chí Minh", "79", "Hồ Chí Minh", "79")])


@pytest.fixture()
def archive(tmp_path):
    path = tmp_path / "archive.jsonl"
    lines = [json.dumps(e, ensure_ascii=False) for e in (qn_2021(), bg_2023(), qn_2024(), hcm_2018())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def run(*args: str):
    result = runner.invoke(app, list(args))
    return result


def test_every_fixture_item_is_grounded():
    for e in (qn_2021(), bg_2023(), qn_2024(), hcm_2018()):
        text = e["document"]["text"]
        for kind in ("events", "directives", "targets", "commitments", "indicators"):
            for item in e[kind]:
                assert text[item["span"][0]:item["span"][1]] == item["text"]


def test_to_lam_page_shows_colonel_general_in_2018_and_general_from_2021(archive):
    result = run("person", "To Lam", "--input", archive, "--format", "json")
    assert result.exit_code == 0, result.output
    page = json.loads(result.output)
    assert page["name"] == "Tô Lâm"
    ranks = [(e["value"], e["first_seen"], e["last_seen"]) for e in page["timeline"] if e["kind"] == "rank"]
    assert ranks == [("Thượng tướng", "2018-01", "2018-01"), ("Đại tướng", "2021-03-07", "2023-10")]
    assert [d["document_source"] for d in page["directives"]] == ["qn-2021.txt", "bg-2023.txt"]
    (target,) = page["targets"]
    assert target["status"] == "met"


def test_the_person_page_as_a_table_names_ranks_and_directives(archive):
    result = run("person", "Tô Lâm", "--input", archive)
    assert result.exit_code == 0, result.output
    assert "Báo cáo theo dõi chỉ đạo — Tô Lâm" in result.output
    assert "Thượng tướng" in result.output and "Đại tướng" in result.output
    assert "Chỉ đạo" in result.output


def test_quang_ninh_page_lists_its_directive_target_commitment_and_the_target_is_met(archive):
    result = run("locality", "Quảng Ninh", "--input", archive, "--format", "json")
    assert result.exit_code == 0, result.output
    page = json.loads(result.output)
    assert page["name"] == "Quảng Ninh"
    assert [d["document_source"] for d in page["directives"]] == ["qn-2021.txt"]
    assert [c["amount"] for c in page["commitments"]] == [1000]
    (target,) = page["targets"]
    assert target["status"] == "met"
    assert target["evidence"][0]["text"] == "giảm 9,4% so với năm 2020"
    assert [e["leader"] for e in page["events"]] == ["Tô Lâm"]


def test_bac_giang_shows_its_current_unit_bac_ninh_and_bac_ninh_finds_the_2023_report(archive):
    result = run("locality", "Bắc Giang", "--input", archive, "--format", "json")
    page = json.loads(result.output)
    assert page["current_name"] == "Bắc Ninh"
    assert [d["document_source"] for d in page["directives"]] == ["bg-2023.txt"]
    table = run("locality", "Bắc Giang", "--input", archive)
    assert "Đơn vị hành chính hiện nay (sau sắp xếp năm 2025): Bắc Ninh." in table.output
    by_new_name = json.loads(run("locality", "Bac Ninh", "--input", archive, "--format", "json").output)
    assert [d["document_source"] for d in by_new_name["directives"]] == ["bg-2023.txt"]


HG_2024 = ("Ngày 9/3, Đại tướng Tô Lâm, Bộ trưởng Bộ Công an làm việc với Tỉnh ủy Hà Giang. "
           "Bộ trưởng yêu cầu tỉnh giữ vững an ninh biên giới.")


@pytest.fixture()
def ha_giang(tmp_path):
    """A 2024 report on Hà Giang, a province merged into Tuyên Quang in 2025."""
    sentence = HG_2024[HG_2024.index("Bộ trưởng yêu cầu"):]
    report = extraction("hg-2024.txt", "2024-03", HG_2024,
                        localities=[locality(HG_2024, "Hà Giang", "02", "Tuyên Quang", "08")],
                        directives=[directive(HG_2024, sentence, ["border_security"])])
    path = tmp_path / "ha-giang.jsonl"
    path.write_text(json.dumps(report, ensure_ascii=False) + "\n", encoding="utf-8")
    return str(path)


def test_a_current_province_is_titled_by_its_name_and_the_old_provinces_its_reports_are_about(
        archive, ha_giang, tmp_path):
    page = run("locality", "Tuyên Quang", "-i", archive, "-i", ha_giang)
    assert page.exit_code == 0, page.output
    assert page.output.splitlines()[0] == "Báo cáo theo dõi chỉ đạo — Tuyên Quang (gồm Hà Giang cũ)"
    assert "Đơn vị hành chính hiện nay" not in page.output
    out = tmp_path / "tuyen-quang.md"
    result = run("report", "locality", "tuyen quang", "-f", "md", "-o", str(out),
                 "-i", archive, "-i", ha_giang)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(
        "# Báo cáo theo dõi chỉ đạo — Tuyên Quang (gồm Hà Giang cũ)\n")
    bac_ninh = run("locality", "Bắc Ninh", "-i", archive)
    assert bac_ninh.output.splitlines()[0] == "Báo cáo theo dõi chỉ đạo — Bắc Ninh (gồm Bắc Giang cũ)"
    # Asked by its old name, a place keeps it and the summary names its unit now.
    old_name = run("locality", "Hà Giang", "-i", archive, "-i", ha_giang)
    assert old_name.output.splitlines()[0] == "Báo cáo theo dõi chỉ đạo — Hà Giang"
    assert "Đơn vị hành chính hiện nay (sau sắp xếp năm 2025): Tuyên Quang." in old_name.output
    as_json = json.loads(run("locality", "Tuyên Quang", "-i", archive, "-i", ha_giang, "-f", "json").output)
    assert (as_json["name"], as_json["current_name"], as_json["former_names"]) == (
        "Hà Giang", "Tuyên Quang", ["Hà Giang"])


def test_an_unknown_place_is_an_error_on_stderr(archive):
    result = run("locality", "Atlantis", "--input", archive)
    assert result.exit_code == 1
    assert "không có đơn vị hành chính nào tên 'Atlantis'" in result.output


def test_recurring_groups_the_demand_made_of_quang_ninh_and_bac_giang(archive):
    result = run("recurring", "--input", archive, "--format", "json")
    assert result.exit_code == 0, result.output
    groups = json.loads(result.output)
    top = groups[0]
    assert top["label"].startswith("kéo giảm tội phạm một cách căn bản, bền vững")
    assert top["localities"] == ["Quảng Ninh", "Bắc Giang"]
    assert [d["document_source"] for d in top["documents"]] == ["qn-2021.txt", "bg-2023.txt"]
    assert top["years"] == ["2021", "2023"]
    table = runner.invoke(app, ["recurring", "--input", archive], env={"COLUMNS": "120"})
    assert "Chỉ đạo lặp lại" in table.output and "Bắc Giang" in table.output


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "md"])
def test_a_locality_report_is_written_in_each_format(archive, tmp_path, fmt):
    out = tmp_path / f"quang-ninh.{fmt}"
    result = run("report", "locality", "Quảng Ninh", "--format", fmt, "-o", str(out), "--input", archive)
    assert result.exit_code == 0, result.output
    assert f"Đã ghi báo cáo: {out}" in result.output
    if fmt == "docx":
        doc = read_docx(str(out))
        texts = [p.text for p in doc.paragraphs]
        assert texts[texts.index("BÁO CÁO") + 1].endswith("— Quảng Ninh")
        assert len(doc.inline_shapes) == 1
    elif fmt == "xlsx":
        assert "Chỉ tiêu" in load_workbook(out).sheetnames
    else:
        assert "## Chỉ đạo" in out.read_text(encoding="utf-8")
        assert (tmp_path / "quang-ninh.chart.png").exists()


def test_person_and_all_reports(archive, tmp_path):
    out = tmp_path / "to-lam.md"
    assert run("report", "person", "Tô Lâm", "-f", "md", "-o", str(out), "-i", archive).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "## Cấp hàm, chức vụ theo thời gian" in text and "| Cấp hàm | Thượng tướng |" in text
    everything = tmp_path / "all.xlsx"
    assert run("report", "all", "-f", "xlsx", "-o", str(everything), "-i", archive).exit_code == 0
    sheet = load_workbook(everything)["Chỉ đạo"]
    assert sheet.max_row == 3


def test_a_locality_report_without_a_name_is_refused(archive, tmp_path):
    result = run("report", "locality", "-o", str(tmp_path / "x.docx"), "-i", archive)
    assert result.exit_code == 1
    assert "cần tên" in result.output


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "md"])
def test_a_report_to_a_missing_folder_is_one_line_on_stderr_and_no_file(archive, tmp_path, fmt):
    out = tmp_path / "missing" / f"r.{fmt}"
    result = run("report", "all", "-f", fmt, "-o", str(out), "-i", archive)
    assert result.exit_code == 1
    assert result.output == f"chidao: {out}: không ghi được (không có thư mục này)\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.jsonl"]


def test_a_markdown_report_that_cannot_take_its_place_leaves_no_chart(archive, tmp_path):
    blocked = tmp_path / "r.md"
    blocked.mkdir()  # the Markdown can't take its place: the chart must not stay either
    result = run("report", "all", "-f", "md", "-o", str(blocked), "-i", archive)
    assert result.exit_code == 1
    assert result.output == f"chidao: {blocked}: không ghi được (đã có thư mục trùng tên)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.jsonl", "r.md"]


def test_a_report_cut_short_while_writing_keeps_the_older_file_and_leaves_nothing_half_written(
        archive, tmp_path, monkeypatch):
    from docx.document import Document

    def disk_full(self, path):
        with open(path, "wb") as fh:
            fh.write(b"PK half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(Document, "save", disk_full)
    older = tmp_path / "r.docx"
    older.write_bytes(b"older report")
    result = run("report", "all", "-f", "docx", "-o", str(older), "-i", archive)
    assert result.exit_code == 1
    assert result.output == f"chidao: {older}: không ghi được (hết chỗ trên đĩa)\n"
    assert older.read_bytes() == b"older report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.jsonl", "r.docx"]


def test_a_report_about_a_place_with_no_items_says_why_and_writes_nothing(tmp_path) -> None:
    from conftest import EXAMPLES_DIR
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(EXAMPLES_DIR), "--db", str(db)]).exit_code == 0
    out = tmp_path / "r.docx"
    real = runner.invoke(app, ["report", "locality", "Hà Nội", "-o", str(out), "--db", str(db)])
    assert real.exit_code == 1 and "chưa có báo cáo nào về địa phương này" in real.output
    unknown = runner.invoke(app, ["report", "locality", "Xyzabc", "-o", str(out), "--db", str(db)])
    assert unknown.exit_code == 1 and "không có đơn vị hành chính nào" in unknown.output
    assert not out.exists()


def test_recurring_names_reports_by_file_and_dates_them_the_vietnamese_way(tmp_path):
    # The table showed the ingesting machine's folders ("/srv/…/qn-2021…", cut mid-word at
    # 100 columns) and ISO dates ("(2021-03)").
    documents = []
    for make in (qn_2021, bg_2023):
        document = make()
        name = document["document"]["source"].removesuffix(".txt")
        document["document"]["source"] = f"/srv/bao-cao/luu-tru/{name}_lam_viec_tinh_uy.txt"
        documents.append(document)
    path = tmp_path / "archive.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
    table = runner.invoke(app, ["recurring", "--input", str(path)], env={"COLUMNS": "100"}).output
    assert "qn-2021_lam_viec_tinh_uy.txt" in table and "bg-2023_lam_viec_tinh_uy.txt" in table, table
    assert "/srv/" not in table and "luu-tru" not in table
    dates = [d["document"]["date"] for d in documents]
    assert all(f"({'/'.join(reversed(date.split('-')))})" in table for date in dates), (dates, table)
    assert max(len(line) for line in table.splitlines()) <= 100


def test_a_locality_page_keeps_a_report_s_file_name_whole_at_100_columns(tmp_path):
    # The source column was as wide as the item ids only: "«qn-2021_lam_viec_tinh_uy." / "txt»".
    document = qn_2021()
    document["document"]["source"] = "/srv/bao-cao/qn-2021_lam_viec_tinh_uy.txt"
    path = tmp_path / "archive.jsonl"
    path.write_text(json.dumps(document, ensure_ascii=False) + "\n", encoding="utf-8")
    page = runner.invoke(app, ["locality", "Quảng Ninh", "--input", str(path)], env={"COLUMNS": "100"}).output
    assert "«qn-2021_lam_viec_tinh_uy.txt»," in page, page
    assert max(len(line) for line in page.splitlines()) <= 100
