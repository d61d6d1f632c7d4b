"""A small generated article archive, as a news crawl would hand it over (JSONL or Parquet).

`archive_articles()` gives the articles as dicts: three outlets' versions of each
sample report of examples/ (one outlet adds a dateline and a closing line, another
changes the figures a little, so the three are near-duplicates, not copies), the
short articles of other kinds of fixtures/archive/negatives.jsonl, and two lines
no reader can use. Field names vary as they do in crawls ("url", "id", "content").
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import EXAMPLES_DIR, FIXTURES_DIR

NEGATIVES = FIXTURES_DIR / "archive" / "negatives.jsonl"
BAD_LINES = ("{not json", json.dumps({"url": "https://bao.example/rong", "text": "   "}))
_FIGURE = re.compile(r"(?<![\d/.,-])(\d{2,3})(?![\d/.,-])")


def _outlets(name: str, text: str) -> list[dict[str, Any]]:
    """Three outlets' articles about one report."""
    date, body = (text[6:13], text[13:].lstrip()) if text.startswith(" date ") else (None, text)
    first = {"url": f"https://baoanninh.example/{name}.html", "date": date, "text": body}
    second = {"id": f"ttx-{name}", "date": f"15/{date[5:7]}/{date[:4]}" if date else None,
              "content": f"(TTXVN) {body}\n\nPhóng viên TTXVN đưa tin."}
    third = {"url": f"https://congan.example/{name}", "title": f"Bản tin: {name.replace('_', ' ')}",
             "text": _FIGURE.sub(lambda m: str(int(m.group(1)) + 1), body)}
    return [first, second, third]


def archive_articles() -> list[dict[str, Any]]:
    """The archive's readable articles, in file order (see the module docstring)."""
    articles: list[dict[str, Any]] = []
    for path in sorted(EXAMPLES_DIR.glob("*.txt")):
        articles += _outlets(path.stem, path.read_text(encoding="utf-8"))
    negatives = [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines() if line]
    # Other news sits between the reports, as in a crawl.
    for i, negative in enumerate(negatives):
        articles.insert(min(len(articles), 2 + i * 2), negative)
    return articles


def write_jsonl(path: Path, with_bad_lines: bool = True) -> Path:
    """The archive as one JSONL file (bad lines after the third article when asked)."""
    lines = [json.dumps(article, ensure_ascii=False) for article in archive_articles()]
    if with_bad_lines:
        lines[3:3] = BAD_LINES
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_parquet(path: Path) -> Path:
    """The archive's readable articles as Parquet: columns id, date (a UTC timestamp at 20:00 on the
    first of the month, the 2nd in Vietnam), title, text."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = archive_articles()

    def moment(value: str | None) -> dt.datetime | None:
        if value and re.fullmatch(r"\d{4}-\d{2}", value):
            return dt.datetime(int(value[:4]), int(value[5:7]), 1, 20, tzinfo=dt.UTC)
        return None

    table = pa.table({
        "id": [str(a.get("url") or a.get("id")) for a in rows],
        "date": pa.array([moment(a.get("date")) for a in rows], pa.timestamp("us", tz="UTC")),
        "title": [a.get("title") for a in rows],
        "text": [a.get("text") or a.get("content") for a in rows],
    })
    pq.write_table(table, path)
    return path


def write_records(archive: Path, folder: Path, rows_per_file: int = 10) -> Path:
    """What `chidao spark-extract ARCHIVE FOLDER` writes, made without Spark: the same per-task
    code over the JSONL archive, in Parquet files of `rows_per_file` rows and a _SUCCESS marker."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from chidao.spark.partition import OUTPUT_COLUMNS, extract_articles

    lines = archive.read_text(encoding="utf-8").splitlines()
    rows = list(extract_articles((line, str(archive)) for line in lines))
    schema = pa.schema([(name, pa.string()) for name in OUTPUT_COLUMNS[:6]]
                       + [("minhash", pa.binary()), ("bands", pa.list_(pa.int64())), ("error", pa.string())])
    folder.mkdir()
    for number, start in enumerate(range(0, len(rows), rows_per_file)):
        part = rows[start:start + rows_per_file]
        table = pa.table({name: [row[i] for row in part] for i, name in enumerate(OUTPUT_COLUMNS)}, schema)
        pq.write_table(table, folder / f"part-{number:05d}.snappy.parquet")
    (folder / "_SUCCESS").touch()
    return folder
