"""Write a `Report` as a Word document (python-docx): landscape A4, headings, tables, chart."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml.shared import OxmlElement
from docx.shared import Cm, Pt

from chidao.report.content import Report, Table
from chidao.report.files import written_in_place

# Times New Roman is the administrative standard in Vietnam and has every glyph.
BODY_FONT = "Times New Roman"
EMPTY_TABLE = "Không có mục nào."


def render_docx(report: Report, path: Path | str) -> Path:
    """Write the report to `path` (.docx) and return the path; on an error no file is left."""
    doc = new_docx()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    _set_fonts(doc)
    doc.add_heading(report.title, level=0)
    for line in report.summary:
        doc.add_paragraph(line)
    if report.chart_png:
        doc.add_heading("Biểu đồ", level=1)
        doc.add_picture(io.BytesIO(report.chart_png), width=Cm(22))
        caption = doc.add_paragraph(report.chart_caption)
        caption.runs[0].italic = True
    usable = section.page_width - section.left_margin - section.right_margin
    for table in report.tables:
        doc.add_heading(table.heading, level=1)
        if not table.rows:
            doc.add_paragraph(EMPTY_TABLE)
            continue
        _add_table(doc, table, usable)
    path = Path(path)
    with written_in_place(path) as (temp,):
        doc.save(temp)
    return path


def _set_fonts(doc) -> None:
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        style = doc.styles[name]
        style.font.name = BODY_FONT
        # Word picks the font per script; set it for all of them.
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), BODY_FONT)
        # Theme fonts (Calibri Light in headings) would override the named font.
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)
    doc.styles["Normal"].font.size = Pt(11)


def _add_table(doc, table: Table, usable_width: int) -> None:
    grid = doc.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    grid.autofit = False
    total = sum(table.widths)
    widths = [int(usable_width * w / total) for w in table.widths]
    # LibreOffice reads the grid columns, Word the cell widths: set both.
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
    header = grid.rows[0]
    _repeat_header(header)
    for cell, name, width in zip(header.cells, table.columns, widths, strict=True):
        cell.width = width
        run = cell.paragraphs[0].add_run(name)
        run.bold = True
        run.font.size = Pt(10)
    for values in table.rows:
        row = grid.add_row()
        for cell, value, width in zip(row.cells, values, widths, strict=True):
            cell.width = width
            run = cell.paragraphs[0].add_run(value)
            run.font.size = Pt(9.5)


def _repeat_header(row) -> None:
    """Mark the first row as a header row repeated on every page."""
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)
