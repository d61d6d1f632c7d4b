"""Benchmark: searches filtered by place on a store as it is, the filter answered by the index's
place words (`chidao.store.search_places`, migration 0016).

Four place-filtered searches and the same words without a place, each run `--repeat` times
after one warm-up: a province named by about one report in sixteen (Bắc Ninh), one by fewer
(Hà Giang, directives only), a province no report names (Hà Nội in the generated archive:
every match was read before the place words) and a province with a word common in every
report. Medians per query, in milliseconds. The stores of `bench/archive_growth.py`
(`--workdir`) are the ones meant; any store works.

    .venv/bin/python bench/place_search.py /tmp/growth/store.db --no-write
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdoc import command_line, machine, update_section  # noqa: E402

QUERIES = [
    ("trat tu xa hoi", {"locality": "Bắc Ninh"}),
    ("ma tuy", {"locality": "Hà Giang", "kind": "directives"}),
    ("an ninh", {"locality": "Hà Nội"}),
    ("cong an xa", {"locality": "Lào Cai"}),
    ("cong an xa", {}),
]


def medians(db: str, repeat: int) -> tuple[int, list[tuple[str, float, int]]]:
    """The store's reports, and (query as written, median ms, hits) of each query of QUERIES."""
    from sqlalchemy import func, select

    from chidao.store.queries import open_session, search
    from chidao.store.schema import Document

    found = []
    with open_session(db) as session:
        reports = session.execute(select(func.count()).select_from(Document)).scalar_one()
        for query, filters in QUERIES:
            hits = len(search(session, query, **filters))
            runs = []
            for _ in range(repeat):
                started = time.perf_counter()
                search(session, query, **filters)
                runs.append((time.perf_counter() - started) * 1000)
            shown = f"{query!r}" + "".join(f" --{key} {value!r}" for key, value in filters.items())
            found.append((shown, statistics.median(runs), hits))
    return reports, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="the store (a SQLite path or a postgresql:// URL)")
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per query (default 15)")
    parser.add_argument("--no-write", action="store_true", help="leave docs/BENCHMARKS.md as it is")
    args = parser.parse_args(argv)
    reports, rows = medians(args.db, args.repeat)
    lines = ["## Search by place (`bench/place_search.py`)", "",
             f"Medians of {args.repeat} runs after a warm-up, on the store given ({reports:,} reports; "
             "docs/ARCHIVE_SCALE.md compares the store before its place words).", "",
             "| search | median ms | hits |", "| --- | ---: | ---: |"]
    lines += [f"| `{shown}` | {ms:.1f} | {hits} |" for shown, ms, hits in rows]
    lines += ["", f"Command: `{command_line()}`", "", f"Machine: {machine()}"]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        update_section("place_search", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
