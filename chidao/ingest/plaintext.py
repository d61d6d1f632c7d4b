"""Plain-text reports in the seeds' layout.

A file may start with a ` date YYYY-MM` marker (removed from the text and kept
as the document date) or carry a dateline such as `24/06/2021 07:36`.
"""

from __future__ import annotations

from chidao.errors import InputError
from chidao.model import Document
from chidao.text.dates import DATE_MARKER, parse_document_date
from chidao.text.encoding import decode_report
from chidao.text.normalize import normalize_text


def document_from_text(raw: str, source: str) -> Document:
    """Normalize raw text and split off the date marker."""
    text = normalize_text(raw)
    date = None
    m = DATE_MARKER.match(text)
    if m:
        date = m.group(1)
        text = text[m.end():]
    text = text.strip()
    if date is None:
        date = parse_document_date(text[:500])
    if not text:
        raise InputError(source, "no text after normalization")
    first_line = text.split("\n", 1)[0].strip()
    title = first_line if len(first_line) <= 200 and not first_line.endswith((".", "…")) else None
    return Document.from_text(text, source=source, title=title, date=date)


def read_plaintext(data: bytes, source: str) -> Document:
    return document_from_text(decode_report(data, source), source)
