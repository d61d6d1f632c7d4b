"""What each Spark task runs over its share of the archive: plain Python, no Spark in it.

`extract_articles(articles)` takes articles as the job reads them, each a pair
(payload, where): the payload is one JSONL line (str) or one Parquet row (dict of
its columns), `where` the file it came from. Each article goes through the
single-process reader's own normalization (`chidao.ingest.jsonl.article_document`),
the fast relevance pre-filter (`chidao.extract.relevance.is_security_report`), the
extraction pipeline (`chidao.extract.pipeline.extract_document`) and the store's
near-duplicate signature (`chidao.store.dedup`), and comes out as one output row,
a tuple in `OUTPUT_COLUMNS` order:

    id       sha256 of the normalized text (the document id), null for an error
    source   the article's url, source or id, else its file; for an error, what failed
    title    the document's title, or null
    date     "YYYY-MM-DD" | "YYYY-MM" | null, as in the record
    schema   "chidao/extract@1"
    record   the record as JSON text, exactly the line `chidao extract --format jsonl` prints
    minhash  the MinHash signature (64 little-endian uint32, `chidao.store.dedup.to_bytes`)
    bands    its LSH band keys (`chidao.store.dedup.band_keys`, sorted, distinct)
    error    null, or the reason the article could not be read or extracted

Articles the pre-filter finds not about security and order give no row (they are
counted as skipped). `warm()` builds the extractor's tables (gazetteer, patterns,
administrative units) once per Python worker process: Spark reuses its workers
from task to task, so every partition after a worker's first finds them ready.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from chidao.errors import InputError, failure_reason, json_reason
from chidao.extract.pipeline import extract_document
from chidao.extract.relevance import is_security_report
from chidao.ingest.jsonl import article_document
from chidao.model import SCHEMA, Document
from chidao.store import dedup

OUTPUT_COLUMNS = ("id", "source", "title", "date", "schema", "record", "minhash", "bands", "error")

Article = tuple[str | dict[str, Any], str]

# A short report of the genre: extracting it once builds every table the extractor uses.
_WARM_UP_TEXT = (
    "Ngày 12/3/2024, Đại tướng Tô Lâm, Bộ trưởng Bộ Công an làm việc với Ban Thường vụ Tỉnh ủy "
    "Bắc Giang về công tác bảo đảm an ninh trật tự. Năm 2023, tội phạm về trật tự xã hội giảm 11,3%. "
    "Bộ trưởng yêu cầu Công an tỉnh phấn đấu giảm ít nhất 5% số vụ phạm tội; Bộ Công an hỗ trợ "
    "10 tỷ đồng xây dựng trụ sở Công an xã theo Nghị quyết số 12-NQ/TW."
)
_warm = False


def warm() -> None:
    """Load the extractor's tables in this process, once; later calls return at once."""
    global _warm
    if not _warm:
        document = Document.from_text(_WARM_UP_TEXT, source="warm-up")
        extract_document(document)
        dedup.band_keys(dedup.signature(document.text))
        _warm = True


def parse_article(payload: str | dict[str, Any], where: str) -> Document:
    """The normalized Document of one JSONL line or Parquet row; InputError naming `where`."""
    if isinstance(payload, str):
        try:
            # Spark's text reader keeps a UTF-8 byte-order mark; the file reader drops it.
            record = json.loads(payload.lstrip("\ufeff"))
        except json.JSONDecodeError as exc:
            raise InputError(where, f"JSON không hợp lệ ({json_reason(exc)})") from None
        if not isinstance(record, dict):
            raise InputError(where, "mỗi dòng phải là một đối tượng JSON")
    else:
        record = payload
    return article_document(record, where)


def output_row(document: Document) -> tuple[Any, ...]:
    """The output row of one relevant document: extracted, serialized, signed."""
    record = json.dumps(extract_document(document).to_dict(), ensure_ascii=False)
    signature = dedup.signature(document.text)
    return (document.id, document.source, document.title, document.date, SCHEMA, record,
            dedup.to_bytes(signature), sorted(set(dedup.band_keys(signature))), None)


def error_row(source: str, reason: str, document_id: str | None = None) -> tuple[Any, ...]:
    """The output row of an article that could not be read or extracted."""
    return (document_id, source, None, None, None, None, None, None, reason)


def extract_articles(articles: Iterable[Article], keep_all: bool = False,
                     counts: Counter[str] | None = None) -> Iterator[tuple[Any, ...]]:
    """Output rows (see the module docstring) for a stream of articles, in order.

    Articles not about security and order are dropped unless `keep_all`. `counts`,
    when given, adds up "read" (articles with a usable text), "relevant" (rows
    written), "skipped" (not relevant) and "failed" (error rows).
    """
    counts = counts if counts is not None else Counter()
    warm()
    for payload, where in articles:
        try:
            document = parse_article(payload, where)
        except InputError as exc:
            counts["failed"] += 1
            yield error_row(exc.source, exc.reason)
            continue
        counts["read"] += 1
        if not keep_all and not is_security_report(document.text):
            counts["skipped"] += 1
            continue
        try:
            row = output_row(document)
        except Exception as exc:  # noqa: BLE001 - one bad report must not stop the partition
            counts["failed"] += 1
            yield error_row(document.source, failure_reason(exc), document.id)
            continue
        counts["relevant"] += 1
        yield row
