"""An office files the Word report as an administrative document (Nghị định 30/2020/NĐ-CP)
and works in the Excel one: typed cells, print setup, the unit it is issued by."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from docx import Document as read_docx
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook, load_workbook
from test_cli_follow import archive  # noqa: F401 - the fixture of four short reports
from test_report import quang_ninh_items, report  # noqa: F401 - fixtures
from typer.testing import CliRunner

from chidao.cli import app
from chidao.report.cells import Column
from chidao.report.docx_report import render_docx
from chidao.report.letterhead import Letterhead, LetterheadError, load_letterhead
from chidao.report.xlsx_report import LINE_HEIGHT, render_xlsx, write_table
from chidao.text.dates import today_in_vietnam

QUANG_NINH_POLICE = Letterhead(parent_unit="Bộ Công an", unit="Công an tỉnh Quảng Ninh", symbol="CAT-PV01",
                               place="Quảng Ninh", signer_position="KT. Giám đốc\nPhó Giám đốc",
                               signer_name="Nguyễn Văn An", recipients=("Bộ Công an (V01) (để báo cáo)",))


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def paragraphs_of(cell) -> list[str]:
    return [p.text for p in cell.paragraphs]


def test_a_word_report_is_laid_out_as_an_administrative_document(report, tmp_path):  # noqa: F811
    doc = read_docx(str(render_docx(report, tmp_path / "bc.docx", QUANG_NINH_POLICE)))
    section = doc.sections[0]
    # A4 landscape; margins top and bottom 20 mm, left 30 mm, right 15 mm.
    sizes = (section.page_width, section.page_height, section.top_margin, section.bottom_margin,
             section.left_margin, section.right_margin)
    assert [round(size.cm, 2) for size in sizes] == [29.7, 21.0, 2.0, 2.0, 3.0, 1.5]
    unit, nation = doc.tables[0].rows[0].cells
    assert paragraphs_of(unit)[:2] == ["BỘ CÔNG AN", "CÔNG AN TỈNH QUẢNG NINH"]
    assert paragraphs_of(nation) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert nation.paragraphs[1].runs[0].underline and nation.paragraphs[1].runs[0].bold
    number, place = doc.tables[0].rows[1].cells
    assert number.text == "Số:      /BC-CAT-PV01"  # the number is left blank to fill
    assert place.text == "Quảng Ninh, ngày 02 tháng 01 năm 2025"
    assert place.paragraphs[0].runs[0].italic
    texts = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in texts
    # Times New Roman 14 for the text.
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    # "Nơi nhận" and the signature block close the document.
    recipients, signer = doc.tables[-1].rows[0].cells
    assert paragraphs_of(recipients) == ["Nơi nhận:", "- Bộ Công an (V01) (để báo cáo);", "- Lưu: VT."]
    lines = [line for line in paragraphs_of(signer) if line]
    assert lines == ["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Văn An"]


def test_the_stt_heading_stays_on_one_line(report, tmp_path):  # noqa: F811
    # At 1.2 cm "STT" broke into "ST" / "T" when LibreOffice drew the report: Times New Roman
    # bold at 12 pt is 0.556 + 2 × 0.667 em wide; a substitute font (DejaVu Serif) is some 15%
    # wider, and Word's cell margins take 0.19 cm each side.
    doc = read_docx(str(render_docx(report, tmp_path / "bc.docx", QUANG_NINH_POLICE)))
    needed = Pt(12 * (0.556 + 2 * 0.667) * 1.15) + 2 * Cm(0.19)
    tables = [table for table in doc.tables if table.rows[0].cells[0].text == "STT"]
    assert tables and all(table.columns[0].width >= needed for table in tables)


def test_page_numbers_from_page_two_and_item_rows_that_never_split(report, tmp_path):  # noqa: F811
    doc = read_docx(str(render_docx(report, tmp_path / "bc.docx")))
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml and "PAGE" not in section.first_page_header._element.xml
    item_tables = doc.tables[1:-1]
    assert len(item_tables) == 4
    for table in item_tables:
        assert table.rows[0].cells[0].text == "STT"
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on each page
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_without_a_unit_or_signer_the_places_are_left_blank_to_fill(report, tmp_path):  # noqa: F811
    doc = read_docx(str(render_docx(report, tmp_path / "bc.docx")))
    unit = doc.tables[0].rows[0].cells[0]
    assert paragraphs_of(unit)[0] == "……………"
    assert doc.tables[0].rows[1].cells[0].text == "Số:      /BC-……………"
    assert doc.tables[0].rows[1].cells[1].text.startswith("……………, ngày 02 tháng 01 năm 2025")
    assert paragraphs_of(doc.tables[-1].rows[0].cells[0]) == ["Nơi nhận:", "- ……………;", "- Lưu: VT."]


def test_the_date_line_follows_the_decree_and_the_report_is_dated_in_vietnam():
    head = Letterhead(place="Hà Nội")
    assert head.place_and_date(dt.date(2025, 3, 5)) == "Hà Nội, ngày 05 tháng 3 năm 2025"
    assert head.place_and_date(dt.date(2025, 2, 14)) == "Hà Nội, ngày 14 tháng 02 năm 2025"
    late_evening_utc = dt.datetime(2025, 3, 4, 20, 0, tzinfo=dt.UTC)
    assert today_in_vietnam(late_evening_utc) == dt.date(2025, 3, 5)


def test_an_excel_report_has_typed_cells_units_apart_and_prints_on_a4_landscape(report, tmp_path):  # noqa: F811
    workbook = load_workbook(render_xlsx(report, tmp_path / "bc.xlsx"))
    sheet = workbook["Cam kết"]
    header = [c.value for c in sheet[1]]
    amount = sheet.cell(row=2, column=header.index("Số lượng") + 1)
    assert amount.data_type == "n" and amount.value == 756.2
    assert sheet.cell(row=2, column=header.index("Đơn vị tính") + 1).value == "tỷ đồng"
    date = sheet.cell(row=2, column=header.index("Ngày") + 1)
    assert date.is_date and date.number_format == "dd/mm/yyyy"
    directives = workbook["Chỉ đạo"]
    header = [c.value for c in directives[1]]
    due = directives.cell(row=3, column=header.index("Hạn") + 1)
    assert due.is_date and due.value == dt.datetime(2024, 12, 31)
    assert directives.cell(row=3, column=header.index("Mã mục") + 1).value == "qn-2024-directives-9"
    for sheet in workbook.worksheets[1:]:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and int(setup.paperSize) == 9  # A4
        assert setup.fitToWidth == 1 and setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1" and sheet.freeze_panes == "B2"


def test_a_row_of_long_text_is_tall_enough_to_show_it():
    workbook = Workbook()
    write_table(workbook.active, [Column("Nội dung", 40)], [["một câu rất dài " * 20], ["ngắn"]])
    heights = workbook.active.row_dimensions
    assert heights[2].height >= LINE_HEIGHT * 8 and heights[3].height == LINE_HEIGHT


def test_the_letterhead_comes_from_chidao_toml_and_options_override_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CHIDAO_CONFIG", raising=False)
    assert load_letterhead() == Letterhead()
    Path("chidao.toml").write_text(
        '[report]\nunit = "Công an tỉnh Long An"\nplace = "Long An"\n'
        'recipients = ["Bộ Công an (để b/c)", "Lưu: VT, PV01"]\n', encoding="utf-8")
    head = load_letterhead(unit="Công an tỉnh Tây Ninh", signer_name=None)
    assert (head.unit, head.place) == ("Công an tỉnh Tây Ninh", "Long An")
    assert head.recipient_lines() == ["- Bộ Công an (để b/c);", "- Lưu: VT, PV01."]
    Path("bad.toml").write_text('[report]\nunitt = "x"\n', encoding="utf-8")
    with pytest.raises(LetterheadError, match=r"bad.toml: \[report\] không có khóa 'unitt'"):
        load_letterhead("bad.toml")
    # The system's and tomllib's English ("No such file or directory", "Expected '=' after a key")
    # stay out: the reason in Vietnamese, with where the TOML went wrong.
    with pytest.raises(LetterheadError, match=r"missing.toml: không đọc được \(không có tệp này\)$"):
        load_letterhead("missing.toml")
    Path("broken.toml").write_text('[report]\nunit = "x"\nplace "Long An"\n', encoding="utf-8")
    with pytest.raises(LetterheadError, match=r"broken.toml: không phải TOML hợp lệ ở dòng 3, cột 7$"):
        load_letterhead("broken.toml")


def test_report_options_fill_the_letterhead(archive, tmp_path):  # noqa: F811
    out = tmp_path / "bc.docx"
    result = run("report", "locality", "Quảng Ninh", "-o", str(out), "-i", archive,
                 "--unit", "Công an tỉnh Quảng Ninh", "--parent-unit", "Bộ Công an", "--place", "Quảng Ninh",
                 "--symbol", "CAT-PV01",
                 "--signer-position", "KT. Giám đốc", "--signer-position", "Phó Giám đốc",
                 "--signer-name", "Nguyễn Văn An", "--recipient", "Bộ Công an (để b/c)")
    assert result.exit_code == 0, result.output
    doc = read_docx(str(out))
    assert paragraphs_of(doc.tables[0].rows[0].cells[0])[:2] == ["BỘ CÔNG AN", "CÔNG AN TỈNH QUẢNG NINH"]
    assert doc.tables[0].rows[1].cells[0].text == "Số:      /BC-CAT-PV01"
    assert doc.tables[0].rows[1].cells[1].text.startswith("Quảng Ninh, ngày ")
    assert "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" in doc.tables[-1].rows[0].cells[1].text


def is_workbook(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive_file:
        return "xl/workbook.xml" in archive_file.namelist()


def test_the_extension_of_o_decides_the_format_and_a_mismatch_is_refused(archive, tmp_path):  # noqa: F811
    excel = tmp_path / "baocao.xlsx"
    assert run("report", "all", "-o", str(excel), "-i", archive).exit_code == 0
    assert is_workbook(excel)
    markdown = tmp_path / "baocao.md"
    assert run("report", "all", "-o", str(markdown), "-i", archive).exit_code == 0
    assert markdown.read_text(encoding="utf-8").startswith("# Báo cáo")
    mismatch = run("report", "all", "-o", str(tmp_path / "x.xlsx"), "--format", "docx", "-i", archive)
    assert mismatch.exit_code == 1
    assert mismatch.output == (f"chidao: {tmp_path / 'x.xlsx'}: phần mở rộng .xlsx không khớp --format docx "
                               "(tệp docx có đuôi .docx)\n")
    unknown = run("report", "all", "-o", str(tmp_path / "x.pdf"), "-i", archive)
    assert unknown.exit_code == 1 and "không rõ định dạng" in unknown.output
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["archive.jsonl", "baocao.chart.png", "baocao.md", "baocao.xlsx"]


def test_report_all_refuses_a_name(archive, tmp_path):  # noqa: F811
    result = run("report", "all", "Quảng Ninh", "-o", str(tmp_path / "x.docx"), "-i", archive)
    assert result.exit_code == 1
    assert result.output.startswith("chidao: `chidao report all` không nhận tên (Quảng Ninh)")
    assert not (tmp_path / "x.docx").exists()


def test_a_register_exports_to_a_typed_workbook(tmp_path):
    from test_one_item_per_event import chidao, ingest
    from test_recurring import TAY_NINH

    db = ingest(tmp_path, str(tmp_path / "chidao.db"), {"tay_ninh.txt": TAY_NINH})
    out = tmp_path / "so-lieu.xlsx"
    assert chidao(db, "indicators", "-o", str(out)).stdout == f"Đã ghi: {out}\n"
    sheet = load_workbook(out).active
    assert sheet.title == "Số liệu báo cáo"
    header = [c.value for c in sheet[1]]
    row = {name: sheet.cell(row=2, column=n + 1) for n, name in enumerate(header)}
    assert row["Giá trị"].value == 214 and row["Giá trị"].data_type == "n"
    assert row["Đơn vị"].value == "vụ"
    assert row["Ngày"].is_date and row["Ngày"].value == dt.datetime(2024, 9, 5)
    # The report by its title, not a path.
    assert row["Tài liệu"].value == "Bộ trưởng Bộ Công an kiểm tra công tác tại Tây Ninh"
    assert sheet.print_title_rows == "$1:$1" and sheet.page_setup.orientation == "landscape"
    refused = chidao(db, "indicators", "--format", "xlsx", ok=False)
    assert refused.exit_code == 1 and refused.output == "chidao: --format xlsx cần tệp để ghi: -o TỆP.xlsx\n"
