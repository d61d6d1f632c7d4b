"""A report a person uploads in the browser: bytes and a file name, read by its suffix.

`read_uploaded(data, filename)` -> Document (source: the file name), with the same
readers `chidao ingest` uses (`.txt`, `.html`/`.htm`, `.docx`); InputError naming the
file and the reason otherwise (another suffix, no text, a damaged DOCX).
"""

from __future__ import annotations

from pathlib import PurePath

from chidao.errors import InputError
from chidao.ingest.docx import read_docx
from chidao.ingest.html import read_html
from chidao.ingest.plaintext import read_plaintext
from chidao.model import Document

UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".docx")
UPLOAD_LIMIT = 5 * 2**20  # bytes of one uploaded report (the pages and the API refuse more)


def read_uploaded(data: bytes, filename: str) -> Document:
    """The uploaded report as a normalized Document (see the module docstring)."""
    name = PurePath(filename.replace("\\", "/")).name or "báo cáo.txt"
    suffix = PurePath(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise InputError(name, f"không nhận loại tệp này (chỉ nhận {', '.join(UPLOAD_SUFFIXES)})")
    if not data.strip():
        raise InputError(name, "tệp rỗng")
    if suffix == ".docx":
        return read_docx(data, name)
    if suffix in (".html", ".htm"):
        return read_html(data, name)
    return read_plaintext(data, name)
