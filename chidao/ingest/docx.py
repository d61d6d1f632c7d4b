"""Word (.docx) reports: paragraphs and table cells in document order, one per line.

A .docx is a ZIP archive: before it is opened, the sizes its parts expand to are
checked (at most `MAX_EXPANDED` bytes of XML, which is what gets parsed, and no part
more than `MAX_RATIO` times its compressed size once past a megabyte), so a zip bomb
or a document swollen by a huge XML comment is refused in one line instead of filling
the memory.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from chidao.errors import InputError
from chidao.ingest.plaintext import document_from_text
from chidao.model import Document
from chidao.text.numbers import format_number

MAX_EXPANDED = 32 * 1024 * 1024  # XML of a report of a thousand pages fits
MAX_RATIO = 100  # XML compresses about tenfold; a zip bomb thousands of times



def read_docx(data: bytes, source: str) -> Document:
    """The document's paragraphs (and table cells) as a normalized Document."""
    _check_expansion(data, source)
    try:
        word = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(source, "không đọc được tệp .docx (không phải tệp nén ZIP)") from None
    except KeyError:
        raise InputError(source, "không đọc được tệp .docx (không có văn bản Word trong tệp nén)") from None
    except (PackageNotFoundError, ValueError) as exc:
        raise InputError(source, f"không đọc được tệp .docx ({exc.__class__.__name__})") from None
    text = "\n\n".join(line for line in _lines(word.iter_inner_content()) if line.strip())
    if not text.strip():
        raise InputError(source, "tệp .docx không có chữ")
    document = document_from_text(text, source)
    title = word.core_properties.title or document.title
    return Document.from_text(document.text, source=source, title=title, date=document.date)


def _check_expansion(data: bytes, source: str) -> None:
    """InputError when the archive would expand past the limits (see the module docstring)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except zipfile.BadZipFile:
        return  # docx.Document says what is wrong with it
    total = sum(part.file_size for part in parts if part.filename.endswith((".xml", ".rels")))
    if total > MAX_EXPANDED:
        raise InputError(source, f"không đọc: tệp .docx bung ra {total / 2**20:.0f} MB XML "
                                 f"(> {MAX_EXPANDED // 2**20} MB; có thể là bom nén)")
    for part in parts:
        if part.file_size > 2**20 and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise InputError(source, f"không đọc: {part.filename} trong tệp .docx bung ra gấp "
                                     f"{format_number(part.file_size // max(part.compress_size, 1))} lần "
                                     f"(> {MAX_RATIO}; có thể là bom nén)")


def _lines(content: Iterator[Paragraph | Table]) -> Iterator[str]:
    # Reports often put the signature block or a figures table in a table.
    for block in content:
        if isinstance(block, Paragraph):
            yield block.text
        else:
            seen: set[object] = set()  # holds the elements, so identity stays meaningful
            for row in block.rows:
                for cell in row.cells:
                    # A merged cell comes back once per grid position it spans.
                    if cell._tc not in seen:
                        seen.add(cell._tc)
                        yield from _lines(cell.iter_inner_content())
