"""What every benchmark shares: the machine it ran on and its section of docs/BENCHMARKS.md.

A section sits between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`; writing it
again replaces it in place, and a new one is added at the end.
"""

from __future__ import annotations

import os
import platform
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "docs" / "BENCHMARKS.md"
SEEDS_DIR = ROOT.parent / "shared" / "corpus" / "seeds"


def machine() -> str:
    """One line: CPU model, cores, RAM, Python, OS, and how busy the machine was."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "? GiB"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 2**20:.0f} GiB"
                break
    except OSError:
        pass
    try:
        # Other work on the machine slows a run down: say how busy it was.
        load = "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        load = "load average unknown"
    return (f"{cpu}, nproc {os.cpu_count()}, RAM {ram}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}; {load} at the end of the run")


def command_line() -> str:
    """The command that is running, as a reader would retype it from the repository root."""
    script = Path(sys.argv[0]).resolve()
    try:
        script = script.relative_to(ROOT)
    except ValueError:
        pass
    return shlex.join([".venv/bin/python", str(script), *sys.argv[1:]])


def pin_to_one_core() -> str:
    """Run on a single CPU (where the OS allows it); says which."""
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned (single thread)"


def update_section(name: str, body: str, path: Path = BENCHMARKS) -> None:
    """Put `body` between the markers of section `name` in docs/BENCHMARKS.md."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{start}\n{body.strip()}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(current):
        current = pattern.sub(lambda _: block, current, count=1)
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(exist_ok=True)
    path.write_text(current, encoding="utf-8")
