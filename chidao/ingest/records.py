"""Read the Parquet records `chidao spark-extract` writes, to store them without extracting again.

`open_records(path)` checks one input (a Parquet file, or a folder of them as Spark
writes it) before anything is stored and returns a `RecordSource`; `records(...)`
then yields its rows in batches of `ExtractRecord`s, in file and row order (the
archive's order), reading a few thousand rows at a time whatever the input's size.
Columns are those `chidao.spark.partition` describes; only `record`, `schema`,
`source`, `minhash`, `bands` and `error` are read.

Refused, with `InputError` naming the input and the reason, before any record is
read: no Parquet files, a folder Spark had not finished writing, no `record`
column, and records of another schema than `chidao/extract@1` (extract the archive
again with this version). A row whose `error` is set, or whose record does not
hold together (not JSON, its document id not the sha256 of its text), goes to
`on_error` naming the source, and the other rows still come out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from chidao.errors import InputError, json_reason
from chidao.model import ITEM_KINDS, SCHEMA, Document, document_id

BATCH = 2000
_COLUMNS = ("source", "schema", "record", "minhash", "bands", "error")


@dataclass(frozen=True, slots=True)
class ExtractRecord:
    """One stored-to-be document: its extract@1 record and, when given, its signature."""

    document: Document
    record: dict[str, Any]
    minhash: bytes | None
    bands: tuple[int, ...] | None


@dataclass(frozen=True, slots=True)
class RecordSource:
    """A checked input: its Parquet files and how many rows they hold."""

    path: str
    files: tuple[Path, ...]
    rows: int


def parquet_files(path: str) -> tuple[Path, ...]:
    """The Parquet files of `path` (itself, or those in the folder, sorted by name)."""
    where = Path(path)
    if where.is_file():
        return (where,)
    if not where.is_dir():
        raise InputError(path, "không có tệp hay thư mục này")
    if (where / "_temporary").exists() and not (where / "_SUCCESS").exists():
        raise InputError(path, "spark-extract chưa ghi xong ở đây (không có _SUCCESS); hãy chạy lại")
    files = tuple(sorted(p for p in where.rglob("*.parquet")
                         if not any(part.startswith(("_", ".")) for part in p.relative_to(where).parts)))
    if not files:
        raise InputError(path, "thư mục không có tệp .parquet nào")
    return files


def open_records(path: str) -> RecordSource:
    """Check an input (see the module docstring) and count its rows."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    files = parquet_files(path)
    rows = 0
    schemas: Counter[str | None] = Counter()
    for file in files:
        try:
            parquet = pq.ParquetFile(file)
        except Exception as exc:  # noqa: BLE001 - pyarrow's errors for a file that is not Parquet vary
            raise InputError(str(file), f"không phải tệp Parquet ({exc.__class__.__name__})") from None
        names = set(parquet.schema_arrow.names)
        if "record" not in names or "schema" not in names:
            raise InputError(str(file), "không có cột record và schema: không do chidao spark-extract ghi")
        rows += parquet.metadata.num_rows
        table = parquet.read(columns=["schema", "error"] if "error" in names else ["schema"])
        if "error" in names:
            table = table.filter(pc.is_null(table["error"]))  # an error row has no schema
        for entry in pc.value_counts(table["schema"]).to_pylist():
            schemas[entry["values"]] += entry["counts"]
    other = {schema: count for schema, count in schemas.items() if schema != SCHEMA}
    if other:
        found = ", ".join(f"{count} theo lược đồ {schema}"
                          for schema, count in sorted(other.items(), key=str))
        raise InputError(path, f"bản ghi {found}; chidao này chỉ đọc {SCHEMA} "
                               "(hãy chạy lại spark-extract bằng phiên bản này)")
    return RecordSource(path, files, rows)


def records(source: RecordSource, on_error: Callable[[InputError], None],
            batch_size: int = BATCH) -> Iterator[list[ExtractRecord | None]]:
    """Batches of the input's rows: an `ExtractRecord` for each good one, None for one that
    went to `on_error` (so that a caller counting rows sees every row)."""
    import pyarrow.parquet as pq

    for file in source.files:
        parquet = pq.ParquetFile(file)
        columns = [name for name in _COLUMNS if name in parquet.schema_arrow.names]
        for batch in parquet.iter_batches(batch_size=batch_size, columns=columns):
            yield [_record(row, on_error) for row in batch.to_pylist()]


def _record(row: dict[str, Any], on_error: Callable[[InputError], None]) -> ExtractRecord | None:
    where = row.get("source") or "?"
    try:
        if row.get("error"):
            raise InputError(where, f"chưa trích xuất ({row['error']})")
        return parse_record(row["record"], where, row.get("minhash"), row.get("bands"))
    except InputError as exc:
        on_error(exc)
        return None


def parse_record(text: str | None, where: str, minhash: bytes | None = None,
                 bands: list[int] | None = None) -> ExtractRecord:
    """An `ExtractRecord` from a record's JSON text; InputError naming `where` when it is not a
    whole extract@1 record of the text it carries."""
    try:
        record = orjson.loads(text or "")  # a quarter of json's time: ingest reads hundreds a second
    except orjson.JSONDecodeError as exc:
        raise InputError(where, f"bản ghi không phải JSON ({json_reason(exc)})") from None
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        found = record.get("schema") if isinstance(record, dict) else None
        raise InputError(where, f"bản ghi theo lược đồ {found}; chidao này chỉ đọc {SCHEMA}")
    try:
        data = record["document"]
        document = Document(id=data["id"], source=data["source"], title=data["title"], date=data["date"],
                            text=data["text"])
    except (KeyError, TypeError):
        raise InputError(where, "bản ghi thiếu văn bản đầy đủ (id, source, title, date, text)") from None
    if not isinstance(document.text, str) or document_id(document.text) != document.id:
        raise InputError(where, "id văn bản của bản ghi không phải sha256 của nội dung")
    if not all(isinstance(record.get(kind), list) for kind in ITEM_KINDS):
        raise InputError(where, f"bản ghi thiếu danh sách mục của một loại ({', '.join(ITEM_KINDS)})")
    signature = (minhash, tuple(bands)) if minhash is not None and bands is not None else (None, None)
    return ExtractRecord(document, record, *signature)
