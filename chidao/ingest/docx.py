"""Word (.docx) reports: paragraphs and table cells in document order, one per line."""

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


def read_docx(data: bytes, source: str) -> Document:
    """The document's paragraphs (and table cells) as a normalized Document."""
    try:
        word = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(source, "not a readable .docx file (not a ZIP archive)") from None
    except KeyError:
        raise InputError(source, "not a readable .docx file (no Word document in the archive)") from None
    except (PackageNotFoundError, ValueError) as exc:
        raise InputError(source, f"not a readable .docx file ({exc.__class__.__name__})") from None
    text = "\n\n".join(line for line in _lines(word.iter_inner_content()) if line.strip())
    if not text.strip():
        raise InputError(source, "the .docx file has no text")
    document = document_from_text(text, source)
    title = word.core_properties.title or document.title
    return Document.from_text(document.text, source=source, title=title, date=document.date)


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
