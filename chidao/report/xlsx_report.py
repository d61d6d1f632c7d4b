"""Write a `Report`, or a register, as an Excel workbook (openpyxl).

Every item sheet is a table a person can sort, sum and print: dates are date cells
(dd/mm/yyyy; mm/yyyy or yyyy when the report gives no more), amounts are number
cells with their unit in the next column, the source's id in a column of its own;
the header row is bold, frozen, filtered and repeated on every printed page; pages
are A4 landscape, fitted to the width; rows are as tall as their wrapped text.
Text is never written as a formula (`chidao.report.spreadsheet_text`). A report's
summary sheet carries its title, date, summary, legend and chart.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from chidao.report.cells import Cell, Column, Quantity, Source, format_date, printed
from chidao.report.content import Report
from chidao.report.files import written_in_place
from chidao.report.letterhead import Letterhead
from chidao.report.spreadsheet_text import set_text

SUMMARY_SHEET = "Tổng hợp"
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
THIN = Side(style="thin", color="999999")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
UNIT_HEADING = "Đơn vị tính"
ID_HEADING = "Mã mục"
DATE_FORMATS = {10: "dd/mm/yyyy", 7: "mm/yyyy", 4: "yyyy"}
# Times New Roman, as in the Word report (every Vietnamese glyph); points per line of its text.
FONT = Font(name="Times New Roman", size=12)
HEADER_FONT = Font(name="Times New Roman", size=12, bold=True)
LINE_HEIGHT = 16
_MAX_TITLE = 31  # Excel sheet titles are at most 31 characters


def render_xlsx(report: Report, path: Path | str, letterhead: Letterhead | None = None) -> Path:
    """Write the report to `path` (.xlsx) and return the path; on an error no file is left."""
    workbook = Workbook()
    summary = workbook.active
    summary.title = SUMMARY_SHEET
    unit = letterhead.unit.upper() if letterhead and letterhead.unit else None
    lines = [*([unit] if unit else []), report.title, f"Ngày lập: {format_date(report.generated)}", "",
             *report.summary]
    if report.legend:
        lines += ["", "Ghi chú:", *report.legend]
    for n, line in enumerate(lines, start=1):
        cell = summary.cell(row=n, column=1)
        set_text(cell, line)
        cell.font, cell.alignment = FONT, Alignment(wrap_text=True, vertical="top")
    summary.cell(row=lines.index(report.title) + 1, column=1).font = Font(name=FONT.name, bold=True, size=14)
    summary.column_dimensions["A"].width = 120
    _print_setup(summary, repeat_header=False)
    if report.chart_png:
        image = Image(io.BytesIO(report.chart_png))
        image.width, image.height = image.width // 2, image.height // 2
        summary.add_image(image, f"A{len(lines) + 2}")
        set_text(summary.cell(row=len(lines) + 1, column=1), report.chart_caption)
        summary.cell(row=len(lines) + 1, column=1).font = Font(name=FONT.name, size=12, italic=True)
    for table in report.tables:
        shown = table.shown("sheet")
        write_table(workbook.create_sheet(table.heading[:_MAX_TITLE]), [table.columns[n] for n in shown],
                    [[row[n] for n in shown] for row in table.rows])
    return save(workbook, path)


def save(workbook: Workbook, path: Path | str) -> Path:
    """Save `workbook` at `path` whole or not at all; return the path."""
    path = Path(path)
    with written_in_place(path) as (temp,):
        workbook.save(temp)
    return path


def write_table(sheet: Worksheet, columns: Sequence[Column], rows: Iterable[Sequence[Cell]]) -> None:
    """A header row, then one row per item: typed cells, a quantity as a number and its unit, a
    source as the report and the item's id; widths, heights, filter and print setup."""
    headings: list[tuple[str, int]] = []
    for column in columns:
        if column.kind == "quantity":
            headings += [(column.heading, max(column.width, 10)), (UNIT_HEADING, 10)]
        elif column.kind == "source":
            headings += [(column.heading, column.width), (ID_HEADING, 30)]
        else:
            headings.append((column.heading, column.width))
    for n, (heading, width) in enumerate(headings, start=1):
        cell = sheet.cell(row=1, column=n)
        set_text(cell, heading)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(n)].width = max(width, len(heading) + 2)
    widths = [max(width, len(heading) + 2) for heading, width in headings]
    sheet.row_dimensions[1].height = LINE_HEIGHT * max(_lines(h, w) for (h, _), w in zip(headings, widths,
                                                                                          strict=True))
    count = 0
    for r, values in enumerate(rows, start=2):
        count += 1
        n = 1
        texts: list[tuple[str, int]] = []
        for column, value in zip(columns, values, strict=True):
            for cell_value in _split(value, column):
                cell = sheet.cell(row=r, column=n)
                _set_typed(cell, cell_value, column)
                cell.font = FONT
                cell.border = GRID
                texts.append((printed(cell_value) if not isinstance(cell_value, str) else cell_value,
                              widths[n - 1]))
                n += 1
        sheet.row_dimensions[r].height = LINE_HEIGHT * max((_lines(t, w) for t, w in texts), default=1)
    sheet.freeze_panes = "B2"
    if count:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{count + 1}"
    _print_setup(sheet, repeat_header=True)


def _split(value: Cell, column: Column) -> list[Cell]:
    """The spreadsheet cells a table cell becomes: a quantity its number and unit, a source its
    report and id, anything else itself."""
    if column.kind == "quantity":
        quantity = value if isinstance(value, Quantity) else Quantity(None, None)
        return [quantity.value, quantity.unit]
    if column.kind == "source":
        source = value if isinstance(value, Source) else Source(printed(value), "")
        return [source.report, source.item_id]
    return [value]


def _set_typed(cell, value: Cell, column: Column) -> None:
    alignment = Alignment(vertical="top", wrap_text=True)
    if isinstance(value, bool) or value is None or value == "":
        cell.value = None
    elif isinstance(value, int | float):
        cell.value = value
        cell.number_format = "#,##0" if float(value).is_integer() else "#,##0.0##"
        alignment = Alignment(vertical="top", horizontal="center" if column.kind == "stt" else "right")
    elif column.kind == "date" and isinstance(value, str) and (day := _date_cell(value)) is not None:
        cell.value = day
        cell.number_format = DATE_FORMATS[len(value)]
        alignment = Alignment(vertical="top", horizontal="center")
    else:
        set_text(cell, printed(value))
    cell.alignment = alignment


def _date_cell(value: str) -> dt.date | None:
    """An ISO date or prefix ("2024-05-09", "2024-05", "2024") as a date (the first day of a
    month or year); None for anything else (left as text)."""
    if len(value) not in DATE_FORMATS:
        return None
    try:
        return dt.date.fromisoformat((value + "-01-01")[:10] if len(value) == 4 else
                                     (value + "-01" if len(value) == 7 else value))
    except ValueError:
        return None


def _lines(text: str, width: int) -> int:
    """Lines `text` wraps to in a column `width` wide (Excel counts widths in digits of its default
    font, about as wide as an average character of Times New Roman 12; one is left for the
    cell's padding, so a row is rather a little too tall than cut)."""
    usable = max(width - 1, 1)
    return sum(max(1, math.ceil(len(line) / usable)) for line in str(text).split("\n"))


def _print_setup(sheet: Worksheet, repeat_header: bool) -> None:
    """A4 landscape, fitted to one page wide, page numbers in the footer; `repeat_header` prints
    the first row on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.7
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    sheet.oddFooter.center.text = "Trang &P / &N"
    if repeat_header:
        sheet.print_title_rows = "1:1"
