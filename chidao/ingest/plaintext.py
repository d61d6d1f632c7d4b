"""Plain-text reports in the seeds' layout.

A file may start with a ` date YYYY-MM` marker (removed from the text and kept
as the document date) or carry a dateline such as `24/06/2021 07:36`.
"""

from __future__ import annotations

from collections.abc import Callable

from chidao.errors import InputError
from chidao.model import Document
from chidao.text.dates import DATE_MARKER, parse_document_date
from chidao.text.encoding import decode_report
from chidao.text.normalize import normalize_text
from chidao.text.numbers import format_number

# The most text a report may have (characters, after reading): a long report is 100,000;
# a .docx or .html that reads as more is refused before extraction, not after hours of it.
MAX_TEXT_CHARS = 4_000_000


def document_from_text(raw: str, source: str) -> Document:
    """Normalize raw text and split off the date marker; InputError for no text, or too much."""
    if len(raw) > MAX_TEXT_CHARS:
        raise InputError(source, f"văn bản quá dài ({format_number(len(raw))} ký tự > "
                                   f"{format_number(MAX_TEXT_CHARS)}): không đọc")
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
        raise InputError(source, "không còn chữ nào sau khi chuẩn hoá")
    first_line = text.split("\n", 1)[0].strip()
    title = first_line if len(first_line) <= 200 and not first_line.endswith((".", "…")) else None
    return Document.from_text(text, source=source, title=title, date=date)


def read_plaintext(data: bytes, source: str,
                   on_warning: Callable[[InputError], None] | None = None) -> Document:
    """A plain-text report as a Document (`on_warning`: see `decode_report`)."""
    return document_from_text(decode_report(data, source, on_warning), source)
