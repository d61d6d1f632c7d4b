"""Word (.docx) reports: paragraphs in order, one per line."""

from __future__ import annotations

import io
import zipfile

import docx

from chidao.errors import InputError
from chidao.ingest.plaintext import document_from_text
from chidao.model import Document


def read_docx(data: bytes, source: str) -> Document:
    """The document's paragraphs as a normalized Document."""
    try:
        word = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(source, f"not a readable .docx file ({exc.__class__.__name__})") from None
    text = "\n\n".join(p.text for p in word.paragraphs if p.text.strip())
    if not text.strip():
        raise InputError(source, "the .docx file has no text")
    document = document_from_text(text, source)
    title = word.core_properties.title or document.title
    return Document.from_text(document.text, source=source, title=title, date=document.date)
