"""Benchmark: how the store grows with the archive, on SQLite and PostgreSQL: bytes per byte of
text, `ingest --parquet` reports a second, and search latency, measured at each step.

Generates N synthetic reports (default 100,000; built as in `bench/ingest_search.py`) and
extracts them as Spark tasks do (`chidao.spark.partition.extract_articles`, one process per
core over the JSONL shards, no Spark needed) into extract@1 records in Parquet, once (kept in
`--workdir`, reused by a later run). Then stores the records with the functions `chidao ingest
--parquet` calls (one transaction per report, no extraction) into a new store, step by step
(`--steps`, default 10,000 / 30,000 / 100,000 reports; `--quick`: 1,000 / 3,000), and after
each step measures:

- the store's size: the SQLite file checkpointed (its WAL emptied into it), or PostgreSQL's
  tables with their indexes and TOAST (`pg_total_relation_size`), over the reports' text in
  UTF-8;
- the step's reports a second (its own reports only);
- the 16 queries of `bench/ingest_search.py` x `--repeat` runs each after one warm-up run:
  median, p95 and max; and the p95 again with the words' frequency estimates dropped before
  each run (`chidao.store.ranking.forget_estimates`), as for words new to the process.

`--pg URL` runs the same on a PostgreSQL database (emptied first; its own server, for instance
the one `.ci/postgres.sh` starts). Results go to docs/BENCHMARKS.md ("Archive growth").
`--measure DB` only measures a store as it is (size and search, one row).

    .venv/bin/python bench/archive_growth.py --steps 2000 5000 --no-write
    .venv/bin/python bench/archive_growth.py --workdir /tmp/growth --pg postgresql://…/chidao
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdoc import command_line, machine, update_section  # noqa: E402
from ingest_search import QUERIES, write_archive  # noqa: E402

MIB = 2**20


def _extract_shard(shard: str) -> list[tuple]:
    from chidao.spark.partition import extract_articles

    lines = [(line, shard) for line in Path(shard).read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(extract_articles(lines))


def write_records(archive: Path, output: Path, jobs: int) -> int:
    """The archive's records as one Parquet file per shard (the layout `chidao spark-extract`
    writes), extracted by `jobs` processes; the records written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from chidao.spark.partition import OUTPUT_COLUMNS

    output.mkdir(parents=True, exist_ok=True)
    types = {"minhash": pa.binary(), "bands": pa.list_(pa.int64())}
    shards = sorted(str(shard) for shard in archive.glob("*.jsonl"))
    written = 0
    with multiprocessing.Pool(jobs) as pool:
        for number, rows in enumerate(pool.imap(_extract_shard, shards)):
            columns = list(zip(*rows, strict=True))
            table = pa.table({name: pa.array(values, type=types.get(name, pa.string()))
                              for name, values in zip(OUTPUT_COLUMNS, columns, strict=True)})
            pq.write_table(table, output / f"part-{number:05d}.parquet")
            written += len(rows)
            print(f"  records: {written:,}", file=sys.stderr, flush=True)
    (output / "_SUCCESS").write_text("")
    return written


def reset_store(db: str) -> None:
    """An empty store at `db`: a SQLite file removed, a PostgreSQL schema dropped and made again."""
    from sqlalchemy import create_engine

    if "://" not in db:
        for stale in Path(db).parent.glob(Path(db).name + "*"):
            stale.unlink()
        return
    engine = create_engine(db)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def store_bytes(engine, db: str) -> int:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            return Path(db).stat().st_size
        return int(connection.exec_driver_sql(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm')").scalar())


def text_bytes(engine) -> int:
    with engine.connect() as connection:
        # the text's UTF-8 (compressed in a SQLite store since 0017: chidao.store.report_text)
        function = "length(CAST(report_text(text) AS BLOB))" if engine.dialect.name == "sqlite" \
            else "octet_length(text)"
        return int(connection.exec_driver_sql(f"SELECT sum({function}) FROM documents").scalar() or 0)


def search_times(db: str, repeat: int) -> dict:
    from chidao.store import report_text
    from chidao.store.queries import open_session, search
    from chidao.store.ranking import forget_estimates

    timings: list[float] = []
    cold: list[float] = []  # the words' frequency estimates dropped before each run
    with open_session(db) as session:
        for query, filters in QUERIES:
            search(session, query, **filters)
            for _ in range(repeat):
                for runs in (cold, timings):
                    if runs is cold:
                        forget_estimates()
                        report_text.forget()
                    started = time.perf_counter()
                    search(session, query, **filters)
                    runs.append((time.perf_counter() - started) * 1000)
    timings.sort()
    cold.sort()
    return {"median_ms": statistics.median(timings), "p95_ms": timings[int(0.95 * (len(timings) - 1))],
            "max_ms": timings[-1], "cold_p95_ms": cold[int(0.95 * (len(cold) - 1))]}


def measure(db: str, repeat: int) -> dict:
    """The size and search latency of the store at `db` as it is (no ingest rate)."""
    from chidao.store.engine import forget_engines, open_engine
    from chidao.store.queries import open_session

    engine = open_engine(db)
    with open_session(db) as session:
        reports = session.connection().exec_driver_sql("SELECT count(*) FROM documents").scalar()
    size, text = store_bytes(engine, db), text_bytes(engine)
    found = {"reports": reports, "docs_per_s": float("nan"), "bytes": size, "ratio": size / text,
             **search_times(db, repeat)}
    engine.dispose()
    forget_engines()
    return found


def grow(records: Path, db: str, steps: list[int], repeat: int, jobs: int) -> list[dict]:
    """Store the records into a new store at `db` up to each of `steps`, measuring after each;
    their rows made by `jobs` processes, as `chidao ingest --parquet --jobs N` does."""
    from chidao.ingest.records import open_records
    from chidao.ingest.records import records as record_batches
    from chidao.store.engine import forget_engines, open_engine
    from chidao.store.ingest import ingest_records
    from chidao.store.parallel import Preparer

    reset_store(db)
    forget_engines()
    with Preparer(jobs, time_limit=None) as preparer:  # forked before the writer's thread
        engine = open_engine(db)
        batches = record_batches(open_records(str(records)), on_error=lambda exc: None)
        stream = (item for batch in batches for item in batch if item is not None)
        stored, results = 0, []
        for step in steps:
            started = time.perf_counter()
            done = sum(1 for _ in ingest_records(engine, islice(stream, step - stored), preparer))
            stored += done
            seconds = time.perf_counter() - started
            if not done:
                break
            size, text = store_bytes(engine, db), text_bytes(engine)
            found = {"reports": stored, "docs_per_s": done / seconds, "bytes": size, "ratio": size / text,
                     **search_times(db, repeat)}
            results.append(found)
            print(f"  {stored:,}: {found['ratio']:.2f}x, {found['docs_per_s']:.0f}/s, search p95 "
                  f"{found['p95_ms']:.1f} ms", file=sys.stderr, flush=True)
    engine.dispose()
    forget_engines()
    return results


def table(name: str, results: list[dict]) -> list[str]:
    lines = [f"| {name}: reports | store | × text | ingest --parquet, reports/s (the step's) "
             "| search median | search p95 | max | p95, words new to the process |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for found in results:
        rate = "—" if found["docs_per_s"] != found["docs_per_s"] else f"{found['docs_per_s']:.0f}"  # NaN
        lines.append(f"| {found['reports']:,} | {found['bytes'] / MIB:,.0f} MiB | {found['ratio']:.2f} | "
                     f"{rate} | {found['median_ms']:.1f} ms | **{found['p95_ms']:.1f} ms** | "
                     f"{found['max_ms']:.1f} ms | {found['cold_p95_ms']:.1f} ms |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, nargs="+", help="store sizes to measure at (reports; "
                        "default 10,000 30,000 100,000)")
    parser.add_argument("--quick", action="store_true", help="steps of 1,000 and 3,000 reports")
    parser.add_argument("--workdir", type=Path,
                        help="keep the archive, the records and the SQLite store here")
    parser.add_argument("--jobs", type=int, default=2, help="processes extracting, and making the records' "
                        "rows when storing (default 2)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query (default 5)")
    parser.add_argument("--pg", help="also measure a PostgreSQL database at this URL (emptied first)")
    parser.add_argument("--no-write", action="store_true", help="leave docs/BENCHMARKS.md as it is")
    parser.add_argument("--measure", metavar="DB", help="only measure this store as it is (a path or URL): "
                        "its size and search latency, one table row")
    args = parser.parse_args(argv)
    if args.measure:
        print("\n".join(table(args.measure, [measure(args.measure, args.repeat)])))
        return 0
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="chidao-growth-"))
    workdir.mkdir(parents=True, exist_ok=True)
    steps = sorted(args.steps or ([1_000, 3_000] if args.quick else [10_000, 30_000, 100_000]))
    records = workdir / f"records-{steps[-1]}"
    if not (records / "_SUCCESS").exists():
        started = time.perf_counter()
        write_archive(workdir / "archive", steps[-1])
        written = write_records(workdir / "archive", records, args.jobs)
        print(f"records: {written:,} in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    results = {"SQLite": grow(records, str(workdir / "store.db"), steps, args.repeat, args.jobs)}
    if args.pg:
        results["PostgreSQL"] = grow(records, args.pg, steps, args.repeat, args.jobs)
    lines = ["## Archive growth (`bench/archive_growth.py`)", "",
             "Generated reports (4.3 KB of text each) extracted once into extract@1 records, then stored "
             "by `chidao ingest --parquet`'s functions into a new store, step by step, measured after each "
             "step (the store's size over its text; the step's own reports a second; the 16 queries of "
             f"`bench/ingest_search.py` x {args.repeat} runs after a warm-up).", ""]
    for name, found in results.items():
        lines += [*table(name, found), ""]
    lines += [f"Command: `{command_line()}`", "", f"Machine: {machine()}"]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        update_section("archive_growth", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
