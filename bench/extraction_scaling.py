"""How extraction time grows with a report's length: reports of 13, 26, 52, 104 KB (and 208 KB
unless --quick) made of the genre's figures, in short paragraphs and in one long sentence,
each extracted once by the whole pipeline.

Doubling the length should double the time; the exponent column is log2 of the time ratio
between one size and the one before (1: linear, 2: quadratic). Writes its section of
docs/BENCHMARKS.md with --write.

    .venv/bin/python bench/extraction_scaling.py --write
"""

from __future__ import annotations

import argparse
import math
import random
import time

from benchdoc import command_line, machine, pin_to_one_core, update_section

from chidao.extract.pipeline import extract_document
from chidao.model import Document
from chidao.text.normalize import normalize_text

HEAD = ("Ngày 9/5, Bộ trưởng Bộ Công an làm việc với Công an tỉnh Quảng Ninh về kết quả công tác bảo "
        "đảm an ninh trật tự năm 2023.\n\n")


def _vn(number: int) -> str:
    """A whole number as the genre writes it: dots between thousands ("22.022")."""
    return f"{number:,}".replace(",", ".")


def figures_paragraph(rng: random.Random) -> str:
    """One paragraph of reported figures, as a province's review lists them."""
    r = rng.randint
    return (f"Lực lượng Công an đã điều tra, làm rõ {_vn(r(100, 9999))} vụ, bắt giữ {_vn(r(100, 9999))} "
            f"đối tượng, thu giữ {r(1, 99)},{r(1, 9)} kg ma túy; tội phạm về trật tự xã hội giảm "
            f"{r(1, 30)},{r(1, 9)}% so với cùng kỳ; tai nạn giao thông giảm {r(1, 40)} vụ, số người chết "
            f"giảm {r(1, 20)} người; xử phạt {_vn(r(1000, 99999))} trường hợp vi phạm với số tiền "
            f"{r(1, 900)} tỷ đồng. Bộ trưởng yêu cầu tỉnh kéo giảm ít nhất {r(2, 10)}% số vụ phạm tội so với "
            f"năm 2023 và hỗ trợ {r(10, 900)} tỷ đồng xây dựng trụ sở Công an xã.\n\n")


def report_of(size_kb: int, layout: str) -> str:
    """A report of about `size_kb` KB: figures in short paragraphs, or all in one sentence
    (a review that lists its figures separated by semicolons)."""
    rng = random.Random(size_kb)
    text = HEAD
    while len(text.encode()) < size_kb * 1024:
        paragraph = figures_paragraph(rng)
        if layout == "one sentence":
            paragraph = paragraph.replace(". ", "; ").replace(".\n\n", "; ")
        text += paragraph
    return normalize_text(text)


def measure(sizes: list[int], layout: str) -> list[str]:
    """Table rows for one layout, printed as they come."""
    rows, previous = [], None
    for size in sizes:
        text = report_of(size, layout)
        document = Document.from_text(text, source=f"{size}kb")
        times = []
        for _ in range(3):  # the best of three: a shared machine only ever adds time
            started = time.process_time()
            extraction = extract_document(document)
            times.append(time.process_time() - started)
        seconds = min(times)
        items = sum(len(getattr(extraction, kind)) for kind in ("directives", "targets", "commitments",
                                                                 "indicators"))
        exponent = f"{math.log2(seconds / previous):.2f}" if previous else ""
        rows.append(f"| {layout} | {size} | {len(text):,} | {items:,} | {seconds:.2f} | {exponent} |")
        print(rows[-1], flush=True)
        previous = seconds
    return rows


def _largest(rows: list[str], layout: str) -> float:
    """The largest exponent (last column) of a layout's rows."""
    exponents = [row.split("|")[-2].strip() for row in rows if row.startswith(f"| {layout} |")]
    return max((float(e) for e in exponents if e), default=float("nan"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="stop at 52 KB")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    args = parser.parse_args()
    pinned = pin_to_one_core()
    sizes = [13, 26, 52] + ([] if args.quick else [104, 208])
    extract_document(Document.from_text(report_of(2, "paragraphs"), source="warm-up"))  # tables loaded
    rows = measure(sizes, "paragraphs") + measure(sizes, "one sentence")
    body = "\n".join([
        "## Extraction time against a report's length (`bench/extraction_scaling.py`)",
        "",
        "Reports made of reported figures (cases, arrests, seizures, percentages, fines, a directive "
        "with a target and a commitment per paragraph), laid out in short paragraphs of sentences, or "
        "as one sentence with the figures separated by semicolons; each extracted three times by the whole "
        "pipeline, the best time kept; "
        f"one process, {pinned}, CPU time (the machine is shared). Exponent: log2 of the time ratio to "
        "the size before "
        "(1 linear, 2 quadratic).",
        "",
        "| layout | KB | characters | directives+targets+commitments+indicators | CPU seconds | exponent |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *rows,
        "",
        f"Largest exponent: {_largest(rows, 'paragraphs'):.2f} in paragraphs, "
        f"{_largest(rows, 'one sentence'):.2f} in one sentence. A figure's words are read within "
        "`FIGURE_REACH` characters of it "
        "(`chidao/extract/metrics.py`, `around`), so a sentence that runs for pages costs what short ones "
        "cost; before that (2026-11-30) the 208 KB sentence took 25.5 s, exponent 1.97. "
        "`chidao ingest --time-limit` still stops a report that takes too long, whatever the cause.",
        "",
        f"Command: `{command_line()}`",
        f"Machine: {machine()}",
    ])
    if args.write:
        update_section("extraction-scaling", body)


if __name__ == "__main__":
    main()
