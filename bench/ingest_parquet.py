"""Benchmark: `chidao ingest --parquet` of extract@1 records into a new SQLite store, reports a second.

Generates N synthetic reports (default 4,000; `--quick`: 1,000) as in `bench/ingest_search.py`,
extracts them as a Spark task does (`chidao.spark.partition.extract_articles`, in this process,
no Spark needed) and writes its output rows as one Parquet file in the layout `chidao
spark-extract` writes; `--records DIR` takes records written before instead. Then stores them
`--repeat` times (default 3), each time into a new SQLite file, with the store functions `chidao
ingest --parquet` calls (`chidao.ingest.records`, `chidao.store.ingest.ingest_records`: one
transaction per report, no extraction), and keeps the fastest run: on a shared machine the
others lost time to other work. Where a report's time goes is taken apart on the last run's
records: making its rows (`chidao.store.rows.prepare_record`) and writing them.

    .venv/bin/python bench/ingest_parquet.py --quick --no-write
    .venv/bin/python bench/ingest_parquet.py --workdir /tmp/ingest-parquet
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdoc import command_line, machine, update_section  # noqa: E402
from ingest_search import write_archive  # noqa: E402

MIB = 2**20


def write_records(archive: Path, output: Path) -> int:
    """The archive's output rows (`extract_articles`) as output/part-00000.parquet; the rows written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from chidao.spark.partition import OUTPUT_COLUMNS, extract_articles

    lines = [(line, str(shard)) for shard in sorted(archive.glob("*.jsonl"))
             for line in shard.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = list(extract_articles(lines))
    columns = list(zip(*rows, strict=True))
    types = {"minhash": pa.binary(), "bands": pa.list_(pa.int64())}
    table = pa.table({name: pa.array(values, type=types.get(name, pa.string()))
                      for name, values in zip(OUTPUT_COLUMNS, columns, strict=True)})
    output.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, output / "part-00000.parquet")
    (output / "_SUCCESS").write_text("")
    return len(rows)


def store_records(records: Path, db: Path) -> dict:
    """`chidao ingest --parquet` (its store functions, no progress bar) of every record into `db`."""
    from chidao.ingest.records import open_records
    from chidao.ingest.records import records as record_batches
    from chidao.store.engine import forget_engines, open_engine
    from chidao.store.ingest import ingest_records

    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    source = open_records(str(records))
    engine = open_engine(str(db))
    outcomes: Counter[str] = Counter()
    batches = [[item for item in batch if item is not None]
               for batch in record_batches(source, on_error=lambda exc: None)]
    done = sum(len(batch) for batch in batches)
    started, cpu = time.perf_counter(), time.process_time()
    for batch in batches:
        for outcome in ingest_records(engine, batch):
            outcomes[outcome.outcome] += 1
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    forget_engines()
    return {"documents": done, "seconds": seconds, "docs_per_s": done / seconds, "cpu_ms": cpu * 1000 / done,
            "db_bytes": db.stat().st_size, **outcomes, "batches": batches}


def prepare_share(batches: list[list]) -> float:
    """CPU ms a report takes to make its rows (`prepare_record`), the same rows ingest writes."""
    from chidao.store.rows import prepare_record

    items = [item for batch in batches for item in batch]
    cpu = time.process_time()
    for item in items:
        prepare_record(item.document, item.record, item.minhash, item.bands)
    return (time.process_time() - cpu) * 1000 / len(items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 reports instead of 4,000")
    parser.add_argument("--documents", type=int, help="reports to generate (overrides --quick)")
    parser.add_argument("--records", type=Path, help="store these records (a Parquet folder) instead")
    parser.add_argument("--repeat", type=int, default=3, help="stores made, the fastest kept (default 3)")
    parser.add_argument("--workdir", type=Path, help="keep the archive, the records and the store here")
    parser.add_argument("--no-write", action="store_true", help="leave docs/BENCHMARKS.md as it is")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="chidao-ingest-parquet-"))
    workdir.mkdir(parents=True, exist_ok=True)
    records = args.records
    if records is None:
        count = args.documents or (1_000 if args.quick else 4_000)
        records = workdir / "records"
        write_archive(workdir / "archive", count)
        written = write_records(workdir / "archive", records)
        print(f"records: {written:,} of {count:,} reports", file=sys.stderr, flush=True)
    runs = []
    for run in range(args.repeat):
        runs.append(store_records(records, workdir / "store.db"))
        print(f"run {run + 1}: {runs[-1]['docs_per_s']:.0f} reports/s", file=sys.stderr, flush=True)
    best = max(runs, key=lambda found: found["docs_per_s"])
    prepare_ms = prepare_share(best.pop("batches"))
    body = section(best, runs, prepare_ms)
    print(body)
    if not args.no_write:
        update_section("ingest_parquet", body)
    return 0


def section(best: dict, runs: list[dict], prepare_ms: float) -> str:
    rates = ", ".join(f"{found['docs_per_s']:.0f}" for found in runs)
    write_ms = best["cpu_ms"] - prepare_ms
    return "\n".join([
        "## Ingest from Parquet (`bench/ingest_parquet.py`)",
        "",
        f"`chidao ingest --parquet` of {best['documents']:,} extract@1 records of generated reports (made "
        "as a Spark task makes them, in one process) into a new SQLite file, one transaction per report, "
        f"no extraction: **{best['docs_per_s']:.0f} reports/s** ({best['seconds']:.1f} s; "
        f"{best.get('new', 0):,} new, {best.get('duplicate', 0):,} duplicate, {best.get('failed', 0):,} "
        f"failed), the fastest of {len(runs)} runs ({rates} reports/s). "
        f"{best['cpu_ms']:.2f} ms of CPU a report: {prepare_ms:.2f} making its rows (reading the record, "
        f"the filter columns, JSON, folding for search), {write_ms:.2f} writing them (SQLite: rows, "
        f"indexes, full-text segments, commit). Store: {best['db_bytes'] / MIB:,.0f} MiB, "
        f"{best['db_bytes'] / best['documents'] / 1024:.1f} KiB a report.",
        "",
        f"Command: `{command_line()}`",
        "",
        f"Machine: {machine()}",
    ])


if __name__ == "__main__":
    sys.exit(main())
