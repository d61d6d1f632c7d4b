"""Run every benchmark in bench/ and update docs/BENCHMARKS.md in place.

A benchmark is any `bench/*.py` with a `__main__` block (this runner and shared
modules are skipped). Each gets `--quick` when asked, and `--write` (or, for one
that writes by default, `--no-write` when asked not to). They run one after
another, each in its own process, so one's memory does not weigh on the next.

    .venv/bin/python bench/run_all.py --quick
    .venv/bin/python bench/run_all.py --only extract_throughput --only compare_underthesea
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
FIRST = ("extract_throughput", "compare_underthesea")


def benchmarks() -> list[Path]:
    """Benchmark scripts: the extraction ones first, then the others by name."""
    found = [p for p in BENCH.glob("*.py")
             if p.name != Path(__file__).name and '__name__ == "__main__"' in p.read_text(encoding="utf-8")]
    return sorted(found, key=lambda p: (p.stem not in FIRST, FIRST.index(p.stem) if p.stem in FIRST else 0,
                                        p.stem))


def arguments(script: Path, quick: bool, write: bool) -> list[str]:
    """The flags this script understands, read from its source."""
    source = script.read_text(encoding="utf-8")
    args = ["--quick"] if quick else []
    if write and '"--write"' in source:
        args.append("--write")
    if not write and '"--no-write"' in source:
        args.append("--no-write")
    return args


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="pass --quick to every benchmark")
    parser.add_argument("--no-write", action="store_true", help="leave docs/BENCHMARKS.md as it is")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this one (repeatable)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed per benchmark")
    args = parser.parse_args(argv)
    scripts = [s for s in benchmarks() if not args.only or s.stem in args.only]
    if not scripts:
        print("run_all: no benchmark to run", file=sys.stderr)
        return 1
    failed: list[str] = []
    for script in scripts:
        command = [sys.executable, str(script), *arguments(script, args.quick, not args.no_write)]
        print(f"== {script.relative_to(ROOT)} {' '.join(command[2:])}", flush=True)
        started = time.perf_counter()
        try:
            code = subprocess.run(command, cwd=ROOT, timeout=args.timeout).returncode
        except subprocess.TimeoutExpired:
            code = "timeout"
        print(f"== {script.stem}: {'ok' if code == 0 else f'FAILED ({code})'} "
              f"in {time.perf_counter() - started:.1f} s\n", flush=True)
        if code != 0:
            failed.append(script.stem)
    if failed:
        print(f"run_all: failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
