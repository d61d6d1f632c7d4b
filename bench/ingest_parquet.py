"""Benchmark: `chidao ingest --parquet` of extract@1 records into a new store, reports a second.

Generates N synthetic reports (default 4,000; `--quick`: 1,000) as in `bench/ingest_search.py`,
extracts them as a Spark task does (`chidao.spark.partition.extract_articles`, in this process,
no Spark needed) and writes its output rows as one Parquet file in the layout `chidao
spark-extract` writes; `--records DIR` takes records written before instead. Then stores them
`--repeat` times (default 3), each time into a new SQLite file (and with `--pg URL` into that
PostgreSQL database, emptied first), with the store functions `chidao ingest --parquet` calls
(`chidao.ingest.records`, `chidao.store.ingest.ingest_records`: `REPORTS_PER_TRANSACTION`
reports a transaction, no extraction), and keeps the fastest run: on a
shared machine the others lost time to other work. Each store is made with the records' rows
made in this process (`--jobs 1`) and by worker processes (`--jobs N`, default 2, as `chidao
ingest --parquet` does by default with 4 CPUs or more), runs of the two alternated. Where a
report's time goes is taken apart on the last run's records: making its rows
(`chidao.store.rows.prepare_record`) and writing them (the CPU of this process; PostgreSQL's own
work is in its server's processes).

    .venv/bin/python bench/ingest_parquet.py --quick --no-write
    .venv/bin/python bench/ingest_parquet.py --workdir /tmp/ingest-parquet --pg postgresql://…/bench
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive_growth import reset_store, store_bytes  # noqa: E402
from benchdoc import command_line, machine, update_section  # noqa: E402
from ingest_search import write_archive  # noqa: E402

from chidao.store.parallel import RECORD_JOBS  # noqa: E402

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


def store_records(records: Path, db: str, jobs: int) -> dict:
    """`chidao ingest --parquet --jobs JOBS` (its store functions, no progress bar) of every record
    into a new store at `db` (a SQLite file made again, a PostgreSQL database emptied): the records
    read, then timed from the workers' start to the last commit."""
    from chidao.ingest.records import open_records
    from chidao.ingest.records import records as record_batches
    from chidao.store.engine import forget_engines, open_engine
    from chidao.store.ingest import ingest_records
    from chidao.store.parallel import Preparer

    reset_store(db)
    forget_engines()
    source = open_records(str(records))
    outcomes: Counter[str] = Counter()
    batches = [[item for item in batch if item is not None]
               for batch in record_batches(source, on_error=lambda exc: None)]
    done = sum(len(batch) for batch in batches)
    started, cpu = time.perf_counter(), time.process_time()
    with Preparer(jobs, time_limit=None) as preparer:
        engine = open_engine(db)
        for outcome in ingest_records(engine, (item for batch in batches for item in batch), preparer):
            outcomes[outcome.outcome] += 1
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = store_bytes(engine, db)
    engine.dispose()
    forget_engines()
    return {"documents": done, "seconds": seconds, "docs_per_s": done / seconds, "cpu_ms": cpu * 1000 / done,
            "db_bytes": size, "jobs": jobs, **outcomes, "batches": batches}


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
    parser.add_argument("--pg", help="also store into this PostgreSQL database (its public schema emptied)")
    parser.add_argument("--jobs", type=int, default=RECORD_JOBS, help="worker processes making the rows "
                        "in the runs that use them (default 2); every store is also made with none")
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
    stores = {"SQLite": str(workdir / "store.db"), **({"PostgreSQL": args.pg} if args.pg else {})}
    found: dict[tuple[str, int], list[dict]] = {}
    for name, db in stores.items():
        for run in range(args.repeat):
            for jobs in dict.fromkeys((1, args.jobs)):
                found.setdefault((name, jobs), []).append(store_records(records, db, jobs))
                rate = found[name, jobs][-1]["docs_per_s"]
                print(f"{name} --jobs {jobs} run {run + 1}: {rate:.0f} reports/s", file=sys.stderr,
                      flush=True)
    best = max(found["SQLite", 1], key=lambda run: run["docs_per_s"])
    prepare_ms = prepare_share(best["batches"])
    body = section(found, prepare_ms)
    print(body)
    if not args.no_write:
        update_section("ingest_parquet", body)
    return 0


def section(found: dict[tuple[str, int], list[dict]], prepare_ms: float) -> str:
    from chidao.store.ingest import REPORTS_PER_TRANSACTION

    first = found["SQLite", 1][0]
    lines = [
        "## Ingest from Parquet (`bench/ingest_parquet.py`)",
        "",
        f"`chidao ingest --parquet` of {first['documents']:,} extract@1 records of generated reports (made "
        "as a Spark task makes them, in one process) into a new store, no extraction, "
        f"{REPORTS_PER_TRANSACTION} reports a transaction, the rows made in this process (`--jobs 1`) or "
        f"by worker processes; the fastest of {len(found['SQLite', 1])} runs, the two ways alternated.",
        "",
        "| store | `--jobs` | reports/s | runs | CPU ms a report (this process) | KiB a report |",
        "| --- | ---: | ---: | --- | ---: | ---: |",
    ]
    for (name, jobs), runs in found.items():
        best = max(runs, key=lambda run: run["docs_per_s"])
        rates = ", ".join(f"{run['docs_per_s']:.0f}" for run in runs)
        lines.append(f"| {name} | {jobs} | **{best['docs_per_s']:.0f}** | {rates} | {best['cpu_ms']:.2f} | "
                     f"{best['db_bytes'] / best['documents'] / 1024:.1f} |")
    best = max(found["SQLite", 1], key=lambda run: run["docs_per_s"])
    lines += [
        "",
        f"Into SQLite: {best['seconds']:.1f} s ({best.get('new', 0):,} new, {best.get('duplicate', 0):,} "
        f"duplicate, {best.get('failed', 0):,} failed), {best['cpu_ms']:.2f} ms of CPU a report: "
        f"{prepare_ms:.2f} making its rows (the filter columns, JSON, folding for "
        f"search), {best['cpu_ms'] - prepare_ms:.2f} writing them (SQLite: rows, indexes, full-text "
        "segments, commits). Into PostgreSQL this process's CPU is the rows and the driver; the server's "
        "work is its own processes'. With worker processes, this process's CPU is the writing and "
        "the records handed to the workers and back; the workers' is not counted.",
        "",
        f"Command: `{command_line()}`",
        "",
        f"Machine: {machine()}",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
