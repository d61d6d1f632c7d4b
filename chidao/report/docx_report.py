"""Write a `Report` as a Word document an office can file (python-docx).

The layout of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
the issuing unit top left (its parent unit above it, a short rule below), quốc
hiệu and tiêu ngữ top right, số hiệu left blank to fill ("Số:      /BC-…"),
place and date, "BÁO CÁO" and its abstract, the content in Times New Roman 14,
page numbers centred in the top margin from page 2, then "Nơi nhận" and the
signature block. The pages are A4 landscape (the decree allows it for a document
of tables) with its margins: top and bottom 20 mm, left 30 mm, right 15 mm.
Table rows never split across pages and the header row repeats on each page.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.shared import OxmlElement
from docx.shared import Cm, Pt

from chidao.report.cells import Column, Source, printed_cell
from chidao.report.content import Report, Table
from chidao.report.files import written_in_place
from chidao.report.letterhead import BLANK, Letterhead

# Times New Roman is the decree's font and has every Vietnamese glyph.
BODY_FONT = "Times New Roman"
BODY_SIZE = Pt(14)
HEADER_SIZE = Pt(13)
TABLE_SIZE = Pt(12)
ID_SIZE = Pt(10)
EMPTY_TABLE = "Không có mục nào."
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOCUMENT_KIND = "BÁO CÁO"
RECIPIENTS = "Nơi nhận:"
PAGE = (Cm(29.7), Cm(21.0))
MARGINS = {"top_margin": Cm(2.0), "bottom_margin": Cm(2.0), "left_margin": Cm(3.0), "right_margin": Cm(1.5)}
CHART_WIDTH = Cm(16)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
# What follows w:pBdr in w:pPr, w:cantSplit and w:tblHeader in w:trPr (Word wants the schema's order).
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
               "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
               "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_IN_ROW = {"w:cantSplit": ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
                                 "w:ins", "w:del", "w:trPrChange"),
                 "w:tblHeader": ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")}
# The id `chidao status` takes must fit its column on one line: about 32 characters at ID_SIZE.
MIN_SOURCE_WIDTH = Cm(5.8)
# The width of an average character of TABLE_SIZE text, padding included; columns this many
# characters wide or more hold sentences and share the width the others leave.
CHAR = Cm(0.2)
FLEXIBLE = 30


def render_docx(report: Report, path: Path | str, letterhead: Letterhead | None = None) -> Path:
    """Write the report to `path` (.docx) and return the path; on an error no file is left.

    `letterhead`: the issuing unit, place and signer (blank lines to fill where None).
    """
    letterhead = letterhead or Letterhead()
    doc = new_docx()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = PAGE
    for side, length in MARGINS.items():
        setattr(section, side, length)
    section.header_distance = Cm(1.0)
    usable = section.page_width - section.left_margin - section.right_margin
    _set_fonts(doc)
    _page_numbers(section)
    day = dt.date.fromisoformat(report.generated) if report.generated else dt.date.today()
    _heading_block(doc, letterhead, day, usable)
    _title(doc, report, usable)
    numbering = iter(ROMAN)
    _section_heading(doc, f"{next(numbering)}. TÌNH HÌNH CHUNG")
    for line in report.summary:
        _body(doc, line)
    if report.chart_png:
        picture = doc.add_paragraph()
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.keep_with_next = True
        picture.add_run().add_picture(io.BytesIO(report.chart_png), width=CHART_WIDTH)
    if report.chart_caption:
        caption = doc.add_paragraph()
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(caption, report.chart_caption, size=Pt(12), italic=True)
    for table in report.tables:
        _section_heading(doc, f"{next(numbering, '')}. {table.heading.upper()}".lstrip(". "))
        if not table.rows:
            _body(doc, EMPTY_TABLE)
            continue
        _add_table(doc, table, usable)
    if report.legend:
        note = doc.add_paragraph()
        note.paragraph_format.space_before = Pt(6)
        _run(note, "Ghi chú:", size=Pt(12), bold=True, italic=True)
        for line in report.legend:
            note.paragraph_format.keep_with_next = True  # the legend stays on one page
            note = doc.add_paragraph()
            _run(note, line, size=Pt(12), italic=True)
    _signature_block(doc, letterhead, usable)
    path = Path(path)
    with written_in_place(path) as (temp,):
        doc.save(temp)
    return path


def _set_fonts(doc) -> None:
    style = doc.styles["Normal"]
    style.font.name = BODY_FONT
    style.font.size = BODY_SIZE
    # Word picks the font per script; set it for all of them, and drop the theme fonts.
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), BODY_FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    paragraph = style.paragraph_format
    paragraph.space_before, paragraph.space_after = Pt(0), Pt(6)
    paragraph.line_spacing = 1.0


def _run(paragraph, text: str, size=None, bold: bool = False, italic: bool = False,
         underline: bool = False):
    run = paragraph.add_run(text)
    run.font.size = size
    run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
    return run


def _centered(cell_or_doc, text: str, size, bold: bool = False, italic: bool = False,
              underline: bool = False, first: bool = False):
    """A centred paragraph without spacing, in a table cell or the document."""
    paragraph = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    for n, line in enumerate(text.split("\n")):
        if n:
            paragraph.add_run().add_break()
        _run(paragraph, line, size=size, bold=bold, italic=italic, underline=underline)
    return paragraph


def _rule(cell_or_doc, width: int, share: float) -> None:
    """A centred solid rule `share` of `width` long, under the line above (a bottom border on an
    empty paragraph indented from both sides, drawn alike by Word and LibreOffice)."""
    paragraph = cell_or_doc.add_paragraph()
    format_ = paragraph.paragraph_format
    format_.left_indent = format_.right_indent = int(width * (1 - share) / 2)
    format_.space_before, format_.space_after = Pt(1), Pt(0)
    format_.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_PBDR)


def _layout_table(doc, widths: list[int]):
    """A borderless table of fixed column widths, for laying out blocks side by side."""
    grid = doc.add_table(rows=1, cols=len(widths))
    grid.autofit = False
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, cell, width in zip(grid.columns, grid.rows[0].cells, widths, strict=True):
        column.width = cell.width = width
    return grid


def _heading_block(doc, letterhead: Letterhead, day: dt.date, usable: int) -> None:
    left = int(usable * 0.40)
    grid = _layout_table(doc, [left, usable - left])
    unit_cell, nation_cell = grid.rows[0].cells
    if letterhead.parent_unit:
        _centered(unit_cell, letterhead.parent_unit.upper(), HEADER_SIZE, first=True)
        _centered(unit_cell, (letterhead.unit or BLANK).upper(), HEADER_SIZE, bold=True)
    else:
        _centered(unit_cell, (letterhead.unit or BLANK).upper(), HEADER_SIZE, bold=True, first=True)
    _rule(unit_cell, left, 1 / 3)
    _centered(nation_cell, NATIONAL_TITLE, HEADER_SIZE, bold=True, first=True)
    _centered(nation_cell, MOTTO, BODY_SIZE, bold=True, underline=True)
    row = grid.add_row().cells
    for cell, width in zip(row, (left, usable - left), strict=True):
        cell.width = width
    number = _centered(row[0], letterhead.number_line(), HEADER_SIZE, first=True)
    date = _centered(row[1], letterhead.place_and_date(day), BODY_SIZE, italic=True, first=True)
    number.paragraph_format.space_before = date.paragraph_format.space_before = Pt(6)


def _title(doc, report: Report, usable: int) -> None:
    kind = _centered(doc, DOCUMENT_KIND, BODY_SIZE, bold=True)
    kind.paragraph_format.space_before = Pt(18)
    _centered(doc, report.abstract, BODY_SIZE, bold=True)
    _rule(doc, usable, 0.15)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _section_heading(doc, text: str) -> None:
    heading = doc.add_paragraph()
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.keep_with_next = True
    heading.paragraph_format.first_line_indent = Cm(1)
    _run(heading, text, bold=True)


def _body(doc, text: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = Cm(1)
    _run(paragraph, text)


def _column_widths(columns: tuple[Column, ...], usable: int) -> list[int]:
    """Column widths filling `usable`: narrow columns get their width in characters of table
    text, the wide ones (FLEXIBLE characters or more: sentences) share what is left."""
    widths = [max(int(CHAR * column.width), MIN_SOURCE_WIDTH if column.kind == "source" else 0)
              for column in columns]
    flexible = [n for n, column in enumerate(columns) if column.width >= FLEXIBLE] or [len(columns) - 1]
    fixed = sum(w for n, w in enumerate(widths) if n not in flexible)
    wanted = sum(widths[n] for n in flexible)
    for n in flexible:
        widths[n] = max(int((usable - fixed) * widths[n] / wanted), int(CHAR * 8))
    return widths


def _add_table(doc, table: Table, usable: int) -> None:
    shown = table.shown("print")
    columns = tuple(table.columns[n] for n in shown)
    widths = _column_widths(columns, usable)
    grid = doc.add_table(rows=1, cols=len(columns))
    grid.style = "Table Grid"
    grid.autofit = False  # a fixed layout: the widths below hold
    # LibreOffice reads the grid columns, Word the cell widths: set both.
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
    header = grid.rows[0]
    _row_properties(header, repeat=True)
    for cell, column, width in zip(header.cells, columns, widths, strict=True):
        cell.width = width
        _centered(cell, column.heading, TABLE_SIZE, bold=True, first=True)
    for values in table.rows:
        row = grid.add_row()
        _row_properties(row)
        for cell, n, width in zip(row.cells, shown, widths, strict=True):
            cell.width = width
            _fill(cell, values[n], table.columns[n])


def _fill(cell, value, column) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if column.kind in ("stt", "date"):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if isinstance(value, Source):
        _run(paragraph, value.report, size=TABLE_SIZE)
        if value.item_id:
            ident = cell.add_paragraph()
            ident.paragraph_format.space_after = Pt(0)
            _run(ident, f"Mã:\u00a0{value.item_id}", size=ID_SIZE)
        return
    for n, line in enumerate(printed_cell(value, column).split("\n")):
        if n:
            paragraph = cell.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
        _run(paragraph, line, size=TABLE_SIZE)


def _row_properties(row, repeat: bool = False) -> None:
    """Never split the row across pages; `repeat`: the header row, repeated on every page."""
    properties = row._tr.get_or_add_trPr()
    for name in ("w:cantSplit", *(("w:tblHeader",) if repeat else ())):
        marker = OxmlElement(name)
        marker.set(qn("w:val"), "true")
        properties.insert_element_before(marker, *_AFTER_IN_ROW[name])


def _signature_block(doc, letterhead: Letterhead, usable: int) -> None:
    doc.add_paragraph().paragraph_format.keep_with_next = True
    left = int(usable * 0.45)
    grid = _layout_table(doc, [left, usable - left])
    _row_properties(grid.rows[0])
    recipients, signer = grid.rows[0].cells
    title = recipients.paragraphs[0]
    title.paragraph_format.space_after = Pt(0)
    _run(title, RECIPIENTS, size=Pt(12), bold=True, italic=True)
    for line in letterhead.recipient_lines():
        paragraph = recipients.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        _run(paragraph, line, size=Pt(11))
    _centered(signer, (letterhead.signer_position or BLANK).upper(), BODY_SIZE, bold=True, first=True)
    for _ in range(4):  # room for the signature and the seal
        _centered(signer, "", BODY_SIZE)
    _centered(signer, letterhead.signer_name or BLANK, BODY_SIZE, bold=True)


def _page_numbers(section) -> None:
    """The page number centred in the top margin, from page 2 on (none on the first page)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.size = BODY_SIZE
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)
