"""Benchmark: extraction throughput on one core, and memory as the stream grows.

The five seed reports are read once; then a stream of documents is generated
from them (copy i is seed i mod 5 with its copy number appended, so every id
differs) and run through `extract_document` one at a time, results dropped.
Peak resident memory (ru_maxrss) is read at 20%, 50% and 100% of the stream to
show that it stays flat.

    .venv/bin/python bench/extract_throughput.py            # 5,000 documents
    .venv/bin/python bench/extract_throughput.py --quick    # 1,000 documents
    .venv/bin/python bench/extract_throughput.py --write    # and update docs/BENCHMARKS.md

Goal (DESIGN): >= 200 five-KB documents per second on one core.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdoc import SEEDS_DIR, command_line, machine, pin_to_one_core, update_section  # noqa: E402

from chidao.extract.pipeline import extract_document  # noqa: E402
from chidao.ingest.reader import read_source  # noqa: E402
from chidao.model import ITEM_KINDS, Document  # noqa: E402

GOAL = 200.0


def seed_documents(folder: Path) -> list[Document]:
    """The seed reports, read and normalized once."""
    documents = [doc for path in sorted(folder.glob("*.txt")) for doc in read_source(str(path))]
    if not documents:
        raise SystemExit(f"no seed reports in {folder}")
    return documents


def stream(seeds: list[Document], count: int) -> Iterator[Document]:
    """`count` distinct documents made from the seeds, one at a time."""
    for i in range(count):
        seed = seeds[i % len(seeds)]
        yield Document.from_text(f"{seed.text} #{i}", source=f"{seed.source}#{i}", title=seed.title,
                                 date=seed.date)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(count: int) -> dict:
    """Extract `count` documents; timings, items and memory at the checkpoints."""
    seeds = seed_documents(SEEDS_DIR)
    for document in seeds:  # warm up: vocabularies and tables are built once, on first use
        extract_document(document)
    checkpoints = sorted({max(1, count // 5), max(1, count // 2), count})
    marks: list[dict] = []
    items = 0
    chars = 0
    started = time.perf_counter()
    for n, document in enumerate(stream(seeds, count), start=1):
        extraction = extract_document(document)
        items += sum(len(getattr(extraction, kind)) for kind in ITEM_KINDS)
        chars += len(document.text)
        if n in checkpoints:
            elapsed = time.perf_counter() - started
            marks.append({"documents": n, "seconds": elapsed, "per_second": n / elapsed,
                          "peak_rss_mb": peak_rss_mb()})
    sizes = [len(d.text.encode("utf-8")) for d in seeds]
    return {"count": count, "marks": marks, "items_per_doc": items / count, "chars_per_doc": chars / count,
            "mean_kb": statistics.mean(sizes) / 1000, "seeds": len(seeds)}


def section(result: dict, pinned: str) -> str:
    """The BENCHMARKS.md section for one run."""
    final = result["marks"][-1]
    verdict = "meets" if final["per_second"] >= GOAL else "misses"
    rows = "\n".join(
        f"| {m['documents']:,} | {m['seconds']:.2f} | {m['per_second']:.0f} | {m['peak_rss_mb']:.1f} |"
        for m in result["marks"])
    return f"""## Extraction throughput (`bench/extract_throughput.py`)

The {result['seeds']} seed reports (mean {result['mean_kb']:.1f} KB of UTF-8 after normalization) are
read once, then {result['count']:,} distinct documents are generated from them and extracted
one at a time by the whole pipeline (nine steps), results dropped; one process, {pinned}.
{result['items_per_doc']:.1f} items per document.

| documents | seconds | documents/s | peak RSS (MiB) |
| ---: | ---: | ---: | ---: |
{rows}

**{final['per_second']:.0f} documents/s** on one core: {verdict} the goal of {GOAL:.0f}/s.
Peak memory from the first to the last checkpoint:
{result['marks'][0]['peak_rss_mb']:.1f} → {final['peak_rss_mb']:.1f} MiB.

Command: `{command_line()}`
Machine: {machine()}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents instead of 5,000")
    parser.add_argument("--documents", type=int, help="stream length (overrides --quick)")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    args = parser.parse_args(argv)
    count = args.documents or (1000 if args.quick else 5000)
    pinned = pin_to_one_core()
    result = run(count)
    text = section(result, pinned)
    print(text)
    if args.write:
        update_section("extract", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
