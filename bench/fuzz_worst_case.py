"""Time per document over fuzzed texts: the pieces tests/test_fuzz.py draws from (the genre's
words, figures, odd characters), in random documents of 1 to 20 KB, each normalized and
extracted by the whole pipeline. Records the median, the 99th percentile and the worst case.
Writes its section of docs/BENCHMARKS.md with --write.

    .venv/bin/python bench/fuzz_worst_case.py --write
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from benchdoc import command_line, machine, pin_to_one_core, update_section

from chidao.extract.pipeline import extract_document
from chidao.model import Document, grounding_errors
from chidao.text.normalize import normalize_text

PIECES = ["Bộ trưởng", "Đại tướng", "Tô Lâm", "yêu cầu", "đề nghị", "chỉ đạo", "Công an tỉnh", "Quảng Ninh",
          "Ủy ban nhân dân", "giảm", "ít nhất", "5%", "1.000", "756,2 tỷ đồng", "so với năm 2020", "Ngày 9/5",
          "năm 2024", "Nghị quyết số 12-NQ/TW", "tội phạm ma túy", "hoà", "uỷ", "\u0301", "\u0323", "\u00a0",
          "\u200b", "\ufeff", "\x00", "\r\n", "\n\n", ".", ",", ":", ";", "(", ")", "\"", "“", "”", "-", "–",
          "…", "%", "m2", " ", " ", " ", "\t", "Thứ trưởng", "Nguyễn Duy Ngọc", "tăng", "đạt", "vụ", "người"]


def fuzzed(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(PIECES) if rng.random() < 0.9 else str(rng.randint(0, 99999))
        parts.append(piece)
        length += len(piece) + 1
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 documents instead of 1,000")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    args = parser.parse_args()
    pinned = pin_to_one_core()
    rng = random.Random(7)
    count = 200 if args.quick else 1000
    extract_document(Document.from_text("Bộ trưởng yêu cầu.", source="warm-up"))
    timings: list[tuple[float, int]] = []
    for _ in range(count):
        text = normalize_text(fuzzed(rng, rng.randint(1_000, 20_000)))
        started = time.process_time()
        extraction = extract_document(Document.from_text(text, source="fuzz"))
        timings.append((time.process_time() - started, len(text)))
        assert grounding_errors(extraction) == []
    seconds = sorted(t for t, _ in timings)
    worst, worst_length = max(timings)
    body = "\n".join([
        "## Fuzzed documents (`bench/fuzz_worst_case.py`)",
        "",
        f"{count:,} random documents of 1 to 20 KB made of the genre's words, figures and odd characters "
        "(combining marks, NUL, BOM, odd spaces, Windows newlines), normalized and extracted; every span "
        f"checked against the text; one process, {pinned}.",
        "",
        "| documents | median CPU ms | 99th percentile CPU ms | worst CPU ms | worst document (characters) |",
        "| ---: | ---: | ---: | ---: | ---: |",
        f"| {count:,} | {statistics.median(seconds) * 1000:.1f} | "
        f"{seconds[int(len(seconds) * 0.99) - 1] * 1000:.1f} | {worst * 1000:.1f} | {worst_length:,} |",
        "",
        f"Command: `{command_line()}`",
        f"Machine: {machine()}",
    ])
    print(body)
    if args.write:
        update_section("fuzz", body)


if __name__ == "__main__":
    main()
