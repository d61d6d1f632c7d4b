"""HTML articles: main text, title and date through trafilatura, offline.

Pages are parsed by lxml with its huge-tree option, so a page nested deeper than
libxml2's default 255 levels still gives its text; past the 2,048 levels even that
option allows, the page is refused as nested too deep rather than read in part.
"""

from __future__ import annotations

from collections.abc import Callable

import htmldate
import trafilatura
from lxml import html as lxml_html

from chidao.errors import InputError
from chidao.ingest.plaintext import document_from_text
from chidao.model import Document
from chidao.text.encoding import decode_report

MAX_DEPTH = 2048  # libxml2's limit with huge_tree


def read_html(data: bytes, source: str, on_warning: Callable[[InputError], None] | None = None) -> Document:
    """The article's main text as a Document; InputError when no text is found (`on_warning`:
    see `decode_report`)."""
    html = decode_report(data, source, on_warning)
    text = trafilatura.extract(_tree(html, source), include_comments=False, include_tables=False,
                               favor_precision=True, with_metadata=False)
    if not text or not text.strip():
        raise InputError(source, "không tìm thấy nội dung bài viết trong tệp HTML")
    meta = trafilatura.extract_metadata(_tree(html, source))
    title = meta.title if meta is not None and meta.title else None
    # Only dates the page states in its metadata or markup, never guessed from the body.
    date = htmldate.find_date(_tree(html, source), extensive_search=False, original_date=True)
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    document = document_from_text(body, source)
    return Document.from_text(document.text, source=source, title=title or document.title,
                              date=date or document.date)


def _tree(html: str, source: str) -> lxml_html.HtmlElement:
    """A fresh parse of the page (trafilatura prunes the tree it is given)."""
    parser = lxml_html.HTMLParser(huge_tree=True, encoding="utf-8")
    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8"), parser=parser)
    except Exception:  # noqa: BLE001 - lxml says "Document is empty" and the like
        raise InputError(source, "không tìm thấy nội dung bài viết trong tệp HTML") from None
    if any("Excessive depth" in str(error) for error in parser.error_log):
        raise InputError(source, f"HTML lồng quá sâu (quá {MAX_DEPTH} cấp): không đọc")
    return tree
