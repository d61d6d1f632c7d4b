"""HTML articles: main text, title and date through trafilatura, offline."""

from __future__ import annotations

import htmldate
import trafilatura

from chidao.errors import InputError
from chidao.ingest.plaintext import document_from_text
from chidao.model import Document
from chidao.text.encoding import decode_report


def read_html(data: bytes, source: str) -> Document:
    """The article's main text as a Document; InputError when no text is found."""
    html = decode_report(data, source)
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, with_metadata=False)
    if not text or not text.strip():
        raise InputError(source, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    # Only dates the page states in its metadata or markup, never guessed from the body.
    date = htmldate.find_date(html, extensive_search=False, original_date=True)
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    document = document_from_text(body, source)
    return Document.from_text(document.text, source=source, title=title or document.title,
                              date=date or document.date)
