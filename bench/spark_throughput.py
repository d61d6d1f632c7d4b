"""Benchmark: `chidao spark-extract` on local[2] against the single-process path, same documents.

Generates N synthetic reports (default 100,000; `--quick`: 5,000) as JSONL shards with
`ingest_search.write_archive` (samples of examples/ with names, figures, provinces,
dates varied and paragraphs mixed; every one about security and order), then:

1. single process: the per-article work of a Spark task (`chidao.spark.partition.
   extract_articles`: parse, normalize, pre-filter, extract, serialize the record, sign
   for near-duplicates) over every line of the archive, in this process, on one core;
   a sample of 1,000 documents is timed step by step to show where the time goes;
2. Spark: `chidao.spark.job.run_extract` with master local[N] (default local[2]) over the
   same shards, writing Parquet; the session's start is timed apart from the job;
3. `chidao ingest --parquet` of the records into a fresh SQLite file (the first
   `--ingest-count` records, default all), to show the store's side.

    .venv/bin/python bench/spark_throughput.py --quick --no-write
    .venv/bin/python bench/spark_throughput.py --workdir /tmp/spark-bench     # 100,000 documents

Results go to docs/BENCHMARKS.md between the `<!-- bench:spark -->` markers.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdoc import command_line, machine, update_section  # noqa: E402
from ingest_search import write_archive  # noqa: E402

from chidao.spark.extract import missing_requirement  # noqa: E402
from chidao.spark.partition import extract_articles, parse_article, warm  # noqa: E402


def archive_lines(archive: Path) -> list[tuple[str, str]]:
    return [(line, str(shard)) for shard in sorted(archive.glob("*.jsonl"))
            for line in shard.read_text(encoding="utf-8").splitlines() if line.strip()]


def single_process(archive: Path, limit: int | None) -> dict:
    """The per-article work of a Spark task over the archive (or its first `limit` lines), here."""
    lines = archive_lines(archive)[:limit]
    warm()
    counts: Counter[str] = Counter()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in extract_articles(lines, counts=counts):
        pass
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"documents": len(lines), "seconds": seconds, "docs_per_s": len(lines) / seconds,
            "cpu_ms": cpu * 1000 / len(lines), **counts}


def steps(archive: Path, sample: int = 1000) -> dict[str, float]:
    """Milliseconds per document of each step, over the first `sample` documents."""
    from chidao.extract.pipeline import extract_document
    from chidao.extract.relevance import is_security_report
    from chidao.store import dedup

    lines = archive_lines(archive)[:sample]
    warm()
    timings = Counter[str]()
    for line, where in lines:
        t0 = time.perf_counter()
        document = parse_article(line, where)
        t1 = time.perf_counter()
        is_security_report(document.text)
        t2 = time.perf_counter()
        record = extract_document(document).to_dict()
        t3 = time.perf_counter()
        json.dumps(record, ensure_ascii=False)
        t4 = time.perf_counter()
        dedup.band_keys(dedup.signature(document.text))
        t5 = time.perf_counter()
        for name, seconds in (("read and normalize", t1 - t0), ("pre-filter", t2 - t1),
                              ("extract", t3 - t2), ("record JSON", t4 - t3), ("MinHash and bands", t5 - t4)):
            timings[name] += seconds
    return {name: seconds * 1000 / len(lines) for name, seconds in timings.items()}


def spark_job(archive: Path, output: Path, master: str) -> dict:
    from chidao.spark.job import run_extract, spark_session

    started = time.perf_counter()
    spark = spark_session(master, ui=False)
    spark.sparkContext.setLogLevel("ERROR")
    start_seconds = time.perf_counter() - started
    jvm = spark.sparkContext._gateway.proc.pid  # local mode: the driver's JVM runs the tasks
    started, jvm_cpu = time.perf_counter(), _cpu_seconds(jvm)
    summary = run_extract(spark, str(archive), str(output))
    seconds, jvm_cpu = time.perf_counter() - started, _cpu_seconds(jvm) - jvm_cpu
    partitions = len(list(output.glob("part-*.parquet")))
    spark.stop()
    documents = summary.read + summary.failed
    return {"documents": documents, "seconds": seconds, "start_seconds": start_seconds,
            "docs_per_s": documents / seconds, "cpu_ms": summary.cpu_seconds * 1000 / documents,
            "jvm_cpu_ms": jvm_cpu * 1000 / documents, "relevant": summary.relevant,
            "skipped": summary.skipped, "failed": summary.failed, "partitions": partitions,
            "output_bytes": sum(p.stat().st_size for p in output.glob("part-*.parquet"))}


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ingest_records(records: Path, db: Path, limit: int | None) -> dict:
    """`chidao ingest --parquet` (its store functions, no progress bar) of the first `limit` records."""
    from chidao.ingest.records import open_records
    from chidao.ingest.records import records as record_batches
    from chidao.store.engine import open_engine
    from chidao.store.ingest import ingest_records as store_records

    source = open_records(str(records))
    engine = open_engine(str(db))
    outcomes: Counter[str] = Counter()
    started = time.perf_counter()
    done = 0
    for batch in record_batches(source, on_error=lambda exc: None):
        good = [item for item in batch if item is not None]
        if limit is not None:
            good = good[:max(0, limit - done)]
        for outcome in store_records(engine, good):
            outcomes[outcome.outcome] += 1
        done += len(good)
        if limit is not None and done >= limit:
            break
    seconds = time.perf_counter() - started
    return {"documents": done, "seconds": seconds, "docs_per_s": done / seconds, **outcomes,
            "db_bytes": sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))}


def section(count: int, size: int, single: dict, per_step: dict, spark: dict, ingest: dict | None,
            master: str, cores: int) -> str:
    speedup = spark["docs_per_s"] / single["docs_per_s"]
    spark_cpu = spark["cpu_ms"] + spark["jvm_cpu_ms"]
    lines = [
        "## Extraction on Spark (`bench/spark_throughput.py`)",
        "",
        f"{count:,} synthetic reports ({size / count / 1024:.1f} KB of JSON each on average; built from "
        "examples/ as in the ingest benchmark, all about security and order) in JSONL shards of 2,000. "
        "The single-process path runs, in one Python process, exactly the per-article work of a Spark "
        "task (`chidao.spark.partition.extract_articles`: read and normalize, pre-filter, extract, "
        "record JSON, near-duplicate signature); Spark runs `chidao spark-extract` "
        f"(`run_extract`) on `{master}` over the same shards and writes Parquet.",
        "",
        "| path | documents | seconds | documents/s | per core (wall) | CPU ms / document | per core (CPU) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| single process | {single['documents']:,} | {single['seconds']:,.1f} | "
        f"**{single['docs_per_s']:.0f}** | {single['docs_per_s']:.0f} | {single['cpu_ms']:.2f} | "
        f"{1000 / single['cpu_ms']:.0f} |",
        f"| Spark `{master}` | {spark['documents']:,} | {spark['seconds']:,.1f} | "
        f"**{spark['docs_per_s']:.0f}** | {spark['docs_per_s'] / cores:.0f} | {spark_cpu:.2f} "
        f"({spark['cpu_ms']:.2f} Python + {spark['jvm_cpu_ms']:.2f} JVM) | {1000 / spark_cpu:.0f} |",
        "",
        f"On this machine's {cores} cores Spark ran **{speedup:.2f}×** the single process by the clock "
        f"({speedup / cores:.0%} of linear scaling), with other work on the machine (see the load average "
        "below): the wall-clock figures depend on it, the CPU ones much less. By CPU time a document "
        f"costs Spark {spark_cpu / single['cpu_ms']:.2f}× what it costs the single process (Python tasks, "
        "the JVM reading the input, moving rows between the JVM and Python, writing Parquet), so on cores "
        f"of its own each core gives about {1000 / spark_cpu:.0f} documents/s, and N cores about N times "
        "that (the job has no shuffle: every partition is read, extracted and written by one task). "
        "Starting the session (JVM, Python workers) took "
        f"{spark['start_seconds']:.1f} s more, once per job. The job wrote {spark['partitions']} "
        "Parquet files, "
        f"{spark['output_bytes'] / 2**20:,.0f} MiB for {size / 2**20:,.0f} MiB of JSONL input "
        f"({spark['relevant']:,} records, {spark['skipped']:,} skipped, {spark['failed']:,} failed).",
        "",
        "Where a document's time goes (ms, mean of the first 1,000, single process): "
        + ", ".join(f"{name} {ms:.2f}" for name, ms in per_step.items()) + ".",
    ]
    if ingest:
        lines += [
            "",
            f"`chidao ingest --parquet` of {ingest['documents']:,} of these records into a new SQLite file "
            f"(no extraction; one transaction per report): **{ingest['docs_per_s']:.0f} docs/s** "
            f"({ingest['seconds']:,.1f} s; {ingest.get('new', 0):,} new), "
            f"{ingest['db_bytes'] / 2**20:,.0f} MiB of store.",
        ]
    lines += ["", f"Command: `{command_line()}`", "", f"Machine: {machine()}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 documents instead of 100,000")
    parser.add_argument("--documents", type=int, help="archive size (overrides --quick)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument("--single-count", type=int, help="time the single process on the first N only")
    parser.add_argument("--ingest-count", type=int, help="store only the first N records (default all)")
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest of the records")
    parser.add_argument("--workdir", type=Path, help="keep the archive and the records here")
    parser.add_argument("--no-write", action="store_true", help="leave docs/BENCHMARKS.md as it is")
    args = parser.parse_args(argv)
    problem = missing_requirement()
    if problem:
        print(f"spark_throughput: {problem}", file=sys.stderr)
        return 1
    count = args.documents or (5_000 if args.quick else 100_000)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="chidao-spark-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    archive, output, db = workdir / "archive", workdir / "records", workdir / "records.db"
    size = write_archive(archive, count)
    print(f"archive: {count:,} documents, {size / 2**20:.0f} MiB", file=sys.stderr, flush=True)
    per_step = steps(archive)
    single = single_process(archive, args.single_count)
    print(f"single process: {single['docs_per_s']:.0f} docs/s", file=sys.stderr, flush=True)
    shutil.rmtree(output, ignore_errors=True)
    spark = spark_job(archive, output, args.master)
    print(f"spark {args.master}: {spark['docs_per_s']:.0f} docs/s", file=sys.stderr, flush=True)
    ingest = None
    if not args.no_ingest:
        for stale in workdir.glob("records.db*"):
            stale.unlink()
        ingest = ingest_records(output, db, args.ingest_count)
        print(f"ingest --parquet: {ingest['docs_per_s']:.0f} docs/s", file=sys.stderr, flush=True)
    cores = _cores(args.master)
    body = section(count, size, single, per_step, spark, ingest, args.master, cores)
    print(body)
    if not args.no_write:
        update_section("spark", body)
    return 0


def _cores(master: str) -> int:
    """The cores a local master uses ("local[2]" -> 2, "local[*]" -> all)."""
    inside = master[master.find("[") + 1:master.find("]")] if "[" in master else "1"
    return (os.cpu_count() or 1) if inside == "*" else int(inside)


if __name__ == "__main__":
    sys.exit(main())
