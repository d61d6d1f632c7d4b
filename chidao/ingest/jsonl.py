"""JSON Lines archives of articles: one {"text"|"content", "title", "date", "url"|"source"} per line."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from chidao.errors import InputError
from chidao.ingest.plaintext import document_from_text
from chidao.model import Document
from chidao.text.encoding import decode_report


def read_jsonl(data: bytes, source: str,
               on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """One Document per article line. A bad line is an InputError naming `source:LINE`;
    with `on_error` it is reported there and the other lines still come out."""
    for number, line in enumerate(decode_report(data, source).splitlines(), start=1):
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
        raise InputError(where, f"invalid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise InputError(where, "a line must be a JSON object")
    text = record.get("text") or record.get("content")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, 'no "text" or "content" field')
    document = document_from_text(text, str(record.get("url") or record.get("source") or where))
    title = record.get("title") if isinstance(record.get("title"), str) else None
    date = record.get("date") if isinstance(record.get("date"), str) else None
    return Document.from_text(document.text, source=document.source,
                              title=title or document.title, date=(date or document.date))
