"""Write a `Report` as an Excel workbook (openpyxl): a summary sheet, then one sheet per kind.

Each item sheet has a bold, frozen header row, column widths from the report's
table, wrapped text and an auto-filter. The chart is placed on the summary sheet.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Font, PatternFill

from chidao.report.content import Report
from chidao.report.files import written_in_place

SUMMARY_SHEET = "Tổng hợp"
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
# Excel sheet titles are at most 31 characters.
_MAX_TITLE = 31


def render_xlsx(report: Report, path: Path | str) -> Path:
    """Write the report to `path` (.xlsx) and return the path; on an error no file is left."""
    workbook = Workbook()
    summary = workbook.active
    summary.title = SUMMARY_SHEET
    summary["A1"] = report.title
    summary["A1"].font = Font(bold=True, size=14)
    for n, line in enumerate(report.summary, start=3):
        summary.cell(row=n, column=1, value=line)
    summary.column_dimensions["A"].width = 100
    if report.chart_png:
        image = Image(io.BytesIO(report.chart_png))
        image.width, image.height = image.width // 2, image.height // 2
        summary.add_image(image, f"A{len(report.summary) + 5}")
    for table in report.tables:
        sheet = workbook.create_sheet(table.heading[:_MAX_TITLE])
        sheet.append(list(table.columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        for values in table.rows:
            sheet.append(list(values))
        for column_cells, width in zip(sheet.iter_cols(min_row=1, max_row=sheet.max_row), table.widths,
                                       strict=False):
            letter = column_cells[0].column_letter
            sheet.column_dimensions[letter].width = max(width, len(str(column_cells[0].value)) + 2)
            for cell in column_cells[1:]:
                cell.alignment = Alignment(vertical="top", wrap_text=True)
        sheet.freeze_panes = "A2"
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
    path = Path(path)
    with written_in_place(path) as (temp,):
        workbook.save(temp)
    return path
