"""Benchmark: bytes of SQLite store per byte of report text, by table and index, and what a leaner
layout would weigh (an experiment on a copy: the store's schema is not changed by it).

Measures a store built from generated reports: `--db PATH` names one (for instance the
`records.db` that `bench/spark_throughput.py` leaves in its workdir: 20,000 reports
stored by `chidao ingest --parquet`), else N reports (default 20,000; `--quick`:
2,000) are generated as in `bench/ingest_search.py` and stored by `chidao ingest`.
The store is checkpointed (its WAL emptied into it) and read with SQLite's `dbstat`:
every table, index and full-text shadow table, with its pages' payload and unused
space; the text is `documents.text` in UTF-8.

Since migrations 0007-0015 the store itself keeps `data` as minified JSON without the
item's words (the array of its values, not an object naming each field), `document_bands`
WITHOUT ROWID on the document's row number, its full-text tables without row sizes or
positions (`columnsize=0, detail=none`, a legal reference and a number with separators
indexed as a word of their own), items referring to their document by its row number, no
item's words (they are `documents.text[start:end]` by the grounding invariant), no made
item id, and an item's kind and origin as small integers. The lean
copy is that layout, vacuumed, with each report's text as it is (as stores before 0017 kept
it); the leaner copy the same with the text compressed as 0017 keeps it (`chidao.store.report_text`),
which is the layout of a store made now: a store made before those migrations shows what they
saved. The text is measured as its UTF-8, uncompressed. The same search conditions are checked
to match the same rows in both.

    .venv/bin/python bench/store_size.py --db /tmp/spark-bench/records.db
    .venv/bin/python bench/store_size.py --quick --no-write
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdoc import command_line, machine, update_section  # noqa: E402
from ingest_search import QUERIES, write_archive  # noqa: E402

from chidao.store import report_text  # noqa: E402
from chidao.store.item_data import WORDED_KINDS_SQL  # noqa: E402
from chidao.store.rows import document_body  # noqa: E402
from chidao.store.search import indexed_text, query_terms  # noqa: E402
from chidao.text.fold import fold_diacritics  # noqa: E402

MIB = 2**20


def build_store(folder: Path, count: int) -> Path:
    """`chidao ingest` of `count` generated reports into folder/store.db."""
    from chidao.ingest.reader import read_source
    from chidao.store.engine import open_engine
    from chidao.store.ingest import ingest_documents
    from chidao.store.parallel import Preparer, default_jobs

    archive, db = folder / "archive", folder / "store.db"
    write_archive(archive, count)
    documents = (doc for shard in sorted(archive.glob("*.jsonl")) for doc in read_source(str(shard)))
    with Preparer(default_jobs()) as preparer:
        for _ in ingest_documents(open_engine(str(db)), documents, preparer):
            pass
    return db


def objects(connection: sqlite3.Connection) -> list[tuple[str, str, int, int, int]]:
    """(name, owner, bytes, payload bytes, unused bytes) of every b-tree in the file, largest first."""
    owners = {name: table for name, table in connection.execute("SELECT name, tbl_name FROM sqlite_master")}
    rows = connection.execute("SELECT name, sum(pgsize), sum(payload), sum(unused) FROM dbstat "
                              "GROUP BY name ORDER BY 2 DESC").fetchall()
    return [(name, _owner(name, owners), size, payload, unused) for name, size, payload, unused in rows]


def _owner(name: str, owners: dict[str, str]) -> str:
    for fts in ("document_fts", "item_fts"):
        if name.startswith(fts):
            return fts
    return owners.get(name, name)


def _connect(path) -> sqlite3.Connection:
    """A connection that reads reports' text as chidao stores it (compressed since 0017)."""
    connection = sqlite3.connect(path)
    report_text.register(connection)
    return connection


def text_bytes(connection: sqlite3.Connection) -> int:
    sql = "SELECT sum(length(CAST(report_text(text) AS BLOB))) FROM documents"
    return connection.execute(sql).fetchone()[0] or 0


def compressed_text_bytes(connection: sqlite3.Connection) -> int:
    """The reports' text compressed one by one with zlib (level 6), as a column could hold it."""
    rows = connection.execute("SELECT report_text(text) FROM documents")
    return sum(len(zlib.compress(text.encode("utf-8"), 6)) for (text,) in rows)


def columns(connection: sqlite3.Connection) -> dict[str, int]:
    """Bytes of the item columns a leaner layout would not keep, or keep smaller."""
    held = {row[1] for row in connection.execute("PRAGMA table_info(items)")}
    document = "length(document_id)" if "document_id" in held else "0"  # a row number since 0008
    sql = ("SELECT sum(length(CAST(text AS BLOB))), sum(length(CAST(data AS BLOB))), "
           "sum(length(CAST(json_extract(data, '$.text') AS BLOB))), sum(length(CAST(json(data) AS BLOB))), "
           f"sum({document}), sum(length(id)), count(*) FROM items")
    text, data, data_text, minified, document_id, item_id, items = connection.execute(sql).fetchone()
    return {"items.text": text or 0, "items.data": data or 0, "data.text": data_text or 0,
            "data minified": minified or 0, "items.document_id": document_id or 0, "items.id": item_id or 0,
            "items": items}


LEAN_SCHEMA = """
CREATE TABLE documents (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT, title TEXT,
    date TEXT, event_date TEXT, text TEXT NOT NULL, group_id TEXT, minhash BLOB, ingested_at TEXT,
    extracted_at TEXT, machine_values TEXT);
CREATE INDEX ix_documents_date ON documents (date);
CREATE INDEX ix_documents_group_id ON documents (group_id);
CREATE TABLE items (seq INTEGER PRIMARY KEY, id TEXT, document_seq INTEGER NOT NULL,
    kind TEXT NOT NULL, ordinal INTEGER NOT NULL, span_start INTEGER, span_end INTEGER, data TEXT NOT NULL,
    date TEXT, person_key TEXT, topics TEXT, code TEXT, current_code TEXT, name_key TEXT, status TEXT,
    owner TEXT, due TEXT, notes TEXT, orphan INTEGER NOT NULL, rejected INTEGER NOT NULL,
    origin TEXT NOT NULL, machine_values TEXT);
CREATE UNIQUE INDEX ix_items_document_kind ON items (document_seq, kind, ordinal);
CREATE UNIQUE INDEX ix_items_id ON items (id) WHERE id IS NOT NULL;
CREATE INDEX ix_items_kind_date ON items (kind, date);
CREATE INDEX ix_items_kind_person ON items (kind, person_key) WHERE person_key IS NOT NULL;
CREATE INDEX ix_items_kind_code ON items (kind, code, document_seq) WHERE code IS NOT NULL;
CREATE INDEX ix_items_kind_current_code ON items (kind, current_code, document_seq)
    WHERE current_code IS NOT NULL;
CREATE TABLE document_bands (band INTEGER NOT NULL, document_seq INTEGER NOT NULL,
    PRIMARY KEY (band, document_seq)) WITHOUT ROWID;
CREATE VIRTUAL TABLE document_fts USING fts5(body, content='', columnsize=0, detail=none,
    tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE item_fts USING fts5(body, content='', columnsize=0, detail=none,
    tokenize='unicode61 remove_diacritics 0');
"""


# `data` as stored since 0012: an array, or an object without the item's words
_DATA = "json_remove(json(i.data), '$.text')"
# The item's id where it is not made of its report's (since 0013: none is expected)
_STORED_ID = ("CASE WHEN i.id = substr(d.id, 1, 12) || ':' || i.kind || ':' || i.ordinal THEN NULL "
              "ELSE i.id END")


def lean_copy(store: Path, lean: Path, leaner: bool = False) -> None:
    """The store's data in the lean layout (see the module docstring), vacuumed; `leaner`: with
    each report's text compressed (zlib)."""
    lean.unlink(missing_ok=True)
    connection = _connect(lean)
    connection.executescript(LEAN_SCHEMA)
    connection.create_function("compressed", 1, lambda text: zlib.compress(text.encode("utf-8"), 6))
    connection.execute("ATTACH DATABASE ? AS src", (str(store),))
    connection.execute("INSERT INTO documents SELECT seq, id, source, title, date, event_date, "
                       f"{'compressed(report_text(text))' if leaner else 'report_text(text)'}, "
                       "group_id, minhash, ingested_at, "
                       "extracted_at, machine_values FROM src.documents ORDER BY seq")
    held = {row[1] for row in connection.execute("PRAGMA src.table_info(items)")}
    by = "d.seq = i.document_seq" if "document_seq" in held else "d.id = i.document_id"  # 0008 on, before
    connection.execute(
        f"INSERT INTO items SELECT i.seq, {_STORED_ID}, d.seq, i.kind, i.ordinal, "
        f"i.span_start, i.span_end, {_DATA}, i.date, i.person_key, i.topics, i.code, "
        "i.current_code, i.name_key, i.status, i.owner, i.due, i.notes, i.orphan, i.rejected, i.origin, "
        f"i.machine_values FROM src.items i JOIN src.documents d ON {by} ORDER BY i.seq")
    banded = {row[1] for row in connection.execute("PRAGMA src.table_info(document_bands)")}
    key = "d.seq = b.document_seq" if "document_seq" in banded else "d.id = b.document_id"  # 0007 on, before
    connection.execute("INSERT INTO document_bands SELECT b.band, d.seq FROM src.document_bands b "
                       f"JOIN src.documents d ON {key}")
    # A contentless index cannot be read back: it is built again from the texts, folded as ingest folds them.
    documents = connection.execute("SELECT seq, title, report_text(text) FROM src.documents ORDER BY seq")
    connection.executemany("INSERT INTO document_fts (rowid, body) VALUES (?, ?)", (
        (seq, indexed_text(fold_diacritics(document_body(title, text))))
        for seq, title, text in documents.fetchall()))
    # The item's words: stored before 0009, its report's text at its span since.
    words = "coalesce(i.text, substr(report_text(d.text), i.span_start + 1, i.span_end - i.span_start))" \
        if "document_seq" in held else "i.text"
    items = connection.execute(f"SELECT i.seq, {words} FROM src.items i JOIN src.documents d ON {by} "
                               f"WHERE i.kind IN {WORDED_KINDS_SQL} AND {words} IS NOT NULL ORDER BY i.seq")
    connection.executemany("INSERT INTO item_fts (rowid, body) VALUES (?, ?)",
                           ((seq, indexed_text(fold_diacritics(text))) for seq, text in items.fetchall()))
    connection.commit()
    connection.execute("DETACH DATABASE src")
    connection.execute("VACUUM")
    connection.close()


def same_matches(store: Path, lean: Path) -> bool:
    """Whether every benchmark query's words match the same rows in both full-text layouts."""
    full, slim = _connect(store), _connect(lean)
    try:
        for query, _ in QUERIES:
            match = " ".join(f'"{term}"' for term in query_terms(query))
            for table in ("document_fts", "item_fts"):
                sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid"
                if full.execute(sql, (match,)).fetchall() != slim.execute(sql, (match,)).fetchall():
                    return False
        return True
    finally:
        full.close()
        slim.close()


def owners_table(found: list[tuple[str, str, int, int, int]], text: int,
                 lean: tuple[dict[str, int], dict[str, int]]) -> list[str]:
    lines = ["| object | owner | MiB | bytes / text byte | payload MiB | unused MiB | lean, MiB "
             "| leaner, MiB |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, owner, size, payload, unused in found:
        if size < 0.002 * text:
            continue
        copies = " | ".join("—" if name not in sizes else f"{sizes[name] / MIB:,.1f}" for sizes in lean)
        lines.append(f"| `{name}` | {owner} | {size / MIB:,.1f} | {size / text:.2f} | {payload / MIB:,.1f} | "
                     f"{unused / MIB:,.1f} | {copies} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="measure this SQLite store instead of building one")
    parser.add_argument("--quick", action="store_true", help="2,000 reports instead of 20,000")
    parser.add_argument("--documents", type=int, help="reports to generate and store")
    parser.add_argument("--workdir", type=Path, help="where to build the store and the lean copy")
    parser.add_argument("--no-write", action="store_true", help="leave docs/BENCHMARKS.md as it is")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="chidao-store-size-"))
    workdir.mkdir(parents=True, exist_ok=True)
    store = args.db or build_store(workdir, args.documents or (2_000 if args.quick else 20_000))
    connection = _connect(store)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    reports = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    text = text_bytes(connection)
    cols = {"compressed text": compressed_text_bytes(connection)}
    found = objects(connection)
    cols.update(columns(connection))
    file_bytes = store.stat().st_size
    vacuumed = workdir / "vacuumed.db"
    vacuumed.unlink(missing_ok=True)
    connection.execute("VACUUM INTO ?", (str(vacuumed),))
    cols["vacuumed"] = vacuumed.stat().st_size
    vacuumed.unlink()
    connection.close()
    started = time.perf_counter()
    lean_path, leaner_path = workdir / "lean.db", workdir / "leaner.db"
    lean_copy(store, lean_path)
    lean_seconds = time.perf_counter() - started
    lean_copy(store, leaner_path, leaner=True)
    with _connect(lean_path) as slim:
        lean_objects = {name: size for name, _, size, _, _ in objects(slim)}
    with _connect(leaner_path) as slim:
        leaner_objects = {name: size for name, _, size, _, _ in objects(slim)}
    lean_bytes, leaner_bytes = lean_path.stat().st_size, leaner_path.stat().st_size
    matches = same_matches(store, lean_path)
    by_owner: dict[str, int] = {}
    for _, owner, size, _, _ in found:
        by_owner[owner] = by_owner.get(owner, 0) + size
    body = section(reports, text, file_bytes, found, by_owner, cols, (lean_objects, leaner_objects),
                   (lean_bytes, leaner_bytes), matches, lean_seconds)
    print(body)
    if not args.no_write:
        update_section("store_size", body)
    return 0


def section(reports: int, text: int, file_bytes: int, found: list, by_owner: dict[str, int],
            cols: dict[str, int], lean_objects: tuple[dict[str, int], dict[str, int]],
            lean_bytes: tuple[int, int], matches: bool, lean_seconds: float) -> str:
    per = cols["items"] / reports if reports else 0
    lines = [
        "## Store size (`bench/store_size.py`)",
        "",
        f"A SQLite store of {reports:,} generated reports ({text / reports / 1024:.1f} KB of text each, "
        f"{text / MIB:,.1f} MiB of text; {per:.0f} items a report), checkpointed, read with `dbstat`: "
        f"**{file_bytes / MIB:,.0f} MiB, {file_bytes / text:.2f} bytes per byte of text** "
        f"({cols['vacuumed'] / MIB:,.0f} MiB, {cols['vacuumed'] / text:.2f}, once vacuumed: the lean copies "
        "below are).",
        "",
        "By owner: " + ", ".join(f"{owner} {size / MIB:,.0f} MiB ({size / text:.2f}×)"
                                 for owner, size in sorted(by_owner.items(), key=lambda kv: -kv[1])) + ".",
        "",
        *owners_table(found, text, lean_objects),
        "",
        "Inside `items` (payload, before page overhead): "
        f"`data` {cols['items.data'] / MIB:,.1f} MiB of JSON (of which a copy of the item's words "
        f"{cols['data.text'] / MIB:,.1f} MiB and spaces after separators "
        f"{(cols['items.data'] - cols['data minified']) / MIB:,.1f} MiB: none since migration 0007), "
        f"`id` {cols['items.id'] / MIB:,.1f} MiB (none since 0013: made of the report's id, the kind and "
        "the ordinal), the item's words in "
        f"`text` {cols['items.text'] / MIB:,.1f} MiB (none since 0009: they are read from the report's "
        f"text at the item's span) and the report's 64-character id "
        f"{cols['items.document_id'] / MIB:,.1f} MiB (none since 0008: its row number instead, in the "
        "row and in three indexes).",
        "",
        f"**Lean copy: {lean_bytes[0] / MIB:,.0f} MiB, {lean_bytes[0] / text:.2f} bytes per byte of text; "
        f"leaner: {lean_bytes[1] / MIB:,.0f} MiB, {lean_bytes[1] / text:.2f}** "
        f"(built in {lean_seconds:.0f} s; the benchmark's {len(QUERIES)} queries match "
        f"{'the same' if matches else 'DIFFERENT'} rows in both full-text layouts). What each change is "
        "worth is the difference between the columns above, object by object. Both copies have "
        "SQLite's default 4 KiB pages; the lean copy keeps each report's text as it is, as a store made "
        "at 0015-0016 did (a store made before shows what 0007-0015 saved: the words in `data` and "
        "`items.text`, spaces in the JSON, the field names in `data`, `document_bands` by document id "
        "with its rowid, FTS5 row sizes and positions, the report's 64-character id in `items` and its "
        "indexes, the item's own id and its unique index, the kind's name in `items` and the five indexes "
        "that hold it). The leaner copy holds each report's text compressed with zlib as migration 0017 "
        f"keeps it ({cols['compressed text'] / text:.2f} of its size); the store measured above is that "
        "layout with 8 KiB pages (chidao's since 0017), which a compressed report's row of about 2 KB "
        "fills better than 4 KiB ones (docs/ARCHIVE_SCALE.md).",
        "",
        f"Command: `{command_line()}`",
        "",
        f"Machine: {machine()}",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
