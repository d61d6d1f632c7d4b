"""JSON Lines archives of articles: one {"text"|"content", "title", "date", "url"|"source"|"id"} per line.

"date" is an ISO date or prefix ("2024-05-03", "2024-05", with or without a time)
or "dd/mm/yyyy"; anything else is not taken as the report's date. The source of a
report is its "url", else "source", else "id", else `FILE:LINE`.

A line of `chidao extract` output (the `chidao/extract@1` shape: the article under
"document", its items beside it) is read from its "document": text, title, date
and source; the items are extracted again by the current extractor.

`article_document(record, where)` turns one article (a dict with those fields) into
a normalized Document; `chidao spark-extract` reads archives with it too, so both
paths normalize every article alike. Lines end at "\n", "\r\n" or "\r", as Spark's text
reader has them, and nowhere else: a JSON string may hold U+2028 or U+0085 unescaped,
where `str.splitlines` would cut it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from chidao.errors import InputError, json_reason
from chidao.ingest.plaintext import document_from_text
from chidao.model import Document
from chidao.text.dates import iso_date
from chidao.text.encoding import decode_report

_LINE_END = re.compile(r"\r\n|\r|\n")


def read_jsonl(data: bytes, source: str,
               on_error: Callable[[InputError], None] | None = None,
               on_warning: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """One Document per article line. A bad line is an InputError naming `source:LINE`;
    with `on_error` it is reported there and the other lines still come out (`on_warning`: see
    `decode_report`)."""
    for number, line in enumerate(_LINE_END.split(decode_report(data, source, on_warning)), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield _article(line, where)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def _article(line: str, where: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"JSON không hợp lệ ({json_reason(exc)})") from None
    if not isinstance(record, dict):
        raise InputError(where, "mỗi dòng phải là một đối tượng JSON")
    return article_document(record, where)


def article_document(record: dict[str, Any], where: str) -> Document:
    """The normalized Document of one article record; InputError naming `where` when it has
    no usable text. `where` is also the source of a record with no "url", "source" or "id"."""
    if isinstance(record.get("document"), dict) and "text" not in record and "content" not in record:
        record = record["document"]  # `chidao extract` output: the article is its "document"
    # "text", else "content" (an empty "text" beside a "content" is an outlet's habit).
    text = record.get("text")
    if text in (None, "") and "content" in record:
        text = record["content"]
    if text is None:
        raise InputError(where, 'không có trường "text" hay "content"')
    if not isinstance(text, str):
        raise InputError(where, f'"text" phải là chuỗi, không phải {type(text).__name__}')
    if not text.strip():
        raise InputError(where, '"text" rỗng')
    document = document_from_text(text, str(_source(record) or where))
    title = record.get("title") if isinstance(record.get("title"), str) else None
    # A date that is not a real date ("không rõ", "2022-13") is left out: the text's own
    # dateline, if any, dates the report instead.
    date = iso_date(record["date"]) if isinstance(record.get("date"), str) else None
    return Document.from_text(document.text, source=document.source,
                              title=title or document.title, date=(date or document.date))


def _source(record: dict[str, Any]) -> Any:
    """The first of "url", "source", "id" that is given (an id may be a number)."""
    for key in ("url", "source", "id"):
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None
