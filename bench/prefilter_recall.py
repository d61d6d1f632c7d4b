"""Benchmark: recall and precision of the relevance pre-filter `spark-extract` applies.

`chidao.extract.relevance.is_security_report` decides, before any extraction, which
articles of an archive are about security and order. Measured on:

- positives: the seed reports and the development reports beside the clone
  (../shared/corpus/dev), except those listed in gold/dev/HOLDOUT, which are never
  read, and except the ones named `_neg_` (news of other kinds), which count as negatives;
- negatives: those, and the short articles of other kinds in
  tests/fixtures/archive/negatives.jsonl (prices, football with a club named
  "Công an", weather, schools, property, health, tourism, banking, a Party congress
  that names "quốc phòng, an ninh", technology, a festival with police directing
  traffic, a road project);
- the probe reports (probe/, written for the purpose): a positive when its gold holds a
  directive, target, commitment or figure, a negative when it is named `_neg_`; the others
  (near-neighbours of other fields, genre news with nothing to track) are counted apart, as
  kept or not, since the gate decides nothing for them.

    .venv/bin/python bench/prefilter_recall.py            # prints, and updates docs/BENCHMARKS.md
    .venv/bin/python bench/prefilter_recall.py --no-write
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdoc import ROOT, SEEDS_DIR, command_line, machine, update_section  # noqa: E402

from chidao.extract.relevance import THRESHOLD, is_security_report, security_score  # noqa: E402
from chidao.ingest.reader import read_source  # noqa: E402
from chidao.model import Document  # noqa: E402

DEV_DIR = ROOT.parent / "shared" / "corpus" / "dev"
HOLDOUT = ROOT / "gold" / "dev" / "HOLDOUT"
NEGATIVES = ROOT / "tests" / "fixtures" / "archive" / "negatives.jsonl"
PROBE_DIR = ROOT / "probe"
PROBE_GOLD = ROOT / "gold" / "probe"
TRACKED = ("directives", "targets", "commitments", "indicators")


def held_out() -> set[str]:
    """Names (without suffix) of the development reports that are not to be read."""
    lines = HOLDOUT.read_text(encoding="utf-8").splitlines() if HOLDOUT.exists() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def labelled() -> list[tuple[str, Document, bool]]:
    """(name, document, is about security and order) for every document measured."""
    out: list[tuple[str, Document, bool]] = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        out += [(f"seeds/{path.stem}", doc, True) for doc in read_source(str(path))]
    hidden = held_out()
    for path in sorted(DEV_DIR.glob("*.txt")):
        if path.stem in hidden:  # decided on the name alone: the file is not opened
            continue
        out += [(f"dev/{path.stem}", doc, "_neg_" not in path.stem) for doc in read_source(str(path))]
    out += [(doc.source, doc, False) for doc in read_source(str(NEGATIVES))]
    return out


def probe_labelled() -> list[tuple[str, Document, bool | None]]:
    """(name, document, whether it is of the genre: None for a report the gate decides nothing for) for
    every probe report with gold."""
    out: list[tuple[str, Document, bool | None]] = []
    for path in sorted(PROBE_DIR.glob("*.txt")):
        gold_path = PROBE_GOLD / f"{path.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        label = True if any(gold.get(kind) for kind in TRACKED) else (False if "_neg_" in path.stem else None)
        out += [(f"probe/{path.stem}", doc, label) for doc in read_source(str(path))]
    return out


def measure() -> dict:
    documents = labelled()
    rows = []
    is_security_report(documents[0][1].text)  # builds the vocabulary's pattern, once
    started = time.perf_counter()
    decisions = [is_security_report(doc.text) for _, doc, _ in documents]
    seconds = time.perf_counter() - started
    for (name, doc, relevant), kept in zip(documents, decisions, strict=True):
        rows.append((name, relevant, kept, security_score(doc.text), len(doc.text)))
    tp = sum(1 for r in rows if r[1] and r[2])
    fn = sum(1 for r in rows if r[1] and not r[2])
    fp = sum(1 for r in rows if not r[1] and r[2])
    tn = sum(1 for r in rows if not r[1] and not r[2])
    probe = [(name, relevant, is_security_report(doc.text), security_score(doc.text))
             for name, doc, relevant in probe_labelled()]
    return {"rows": rows, "tp": tp, "fn": fn, "fp": fp, "tn": tn, "seconds": seconds,
            "dev_read": sum(1 for r in rows if r[0].startswith("dev/")), "held_out": len(held_out()),
            "probe": probe}


def section(result: dict) -> str:
    rows = result["rows"]
    tp, fn, fp, tn = result["tp"], result["fn"], result["fp"], result["tn"]
    recall = tp / (tp + fn) if tp + fn else float("nan")
    precision = tp / (tp + fp) if tp + fp else float("nan")
    positives = sorted((r for r in rows if r[1]), key=lambda r: r[3])
    negatives = sorted((r for r in rows if not r[1]), key=lambda r: -r[3])
    missed = ", ".join(f"`{r[0]}` ({r[3]:.1f})" for r in rows if r[1] and not r[2]) or "none"
    let_through = ", ".join(f"`{r[0]}` ({r[3]:.1f})" for r in rows if not r[1] and r[2]) or "none"
    per_doc = result["seconds"] / len(rows) * 1000
    seeds = sum(1 for r in rows if r[0].startswith("seeds/"))
    dev_positive = sum(1 for r in rows if r[0].startswith("dev/") and r[1])
    written = sum(1 for r in rows if not r[0].startswith(("dev/", "seeds/")))
    lines = [
        "## Relevance pre-filter (`bench/prefilter_recall.py`)",
        "",
        "What `chidao spark-extract` keeps of an archive: `is_security_report(text)` "
        f"(threshold {THRESHOLD:g}) on {tp + fn} reports of the genre (the {seeds} seeds and the "
        f"{dev_positive} development reports outside gold/dev/HOLDOUT; the {result['held_out']} held-out "
        f"ones were not read) and {fp + tn} articles of other kinds (the development negatives outside "
        f"the hold-out and the {written} written for this test in "
        "`tests/fixtures/archive/negatives.jsonl`).",
        "",
        "| measure | result |",
        "| --- | --- |",
        f"| recall | **{recall:.3f}** ({tp}/{tp + fn}) |",
        f"| precision | **{precision:.3f}** ({tp}/{tp + fp}) |",
        f"| negatives let through | {fp}/{fp + tn} |",
        f"| time per article | {per_doc:.3f} ms |",
        "",
        f"Missed reports: {missed}. Negatives let through: {let_through}.",
        "Lowest scores of reports of the genre: "
        + ", ".join(f"{r[3]:.1f}" for r in positives[:5])
        + "; highest of the other articles: " + ", ".join(f"{r[3]:.1f}" for r in negatives[:5]) + ".",
        "The filter favours recall (a report it drops is lost to every later step, an article it keeps "
        "costs one extraction that finds nothing to track); the seed and development sets are small, "
        "so these figures bound what it does on a real archive only loosely.",
        "",
        *_probe_lines(result["probe"]),
        "",
        f"Command: `{command_line()}`",
        "",
        f"Machine: {machine()}",
    ]
    return "\n".join(lines)


def _probe_lines(probe: list[tuple[str, bool | None, bool, float]]) -> list[str]:
    """The probe reports' table and the ones the gate decides wrongly."""
    if not probe:
        return []
    lines = ["Probe reports (`probe/`, labelled by their gold):", "",
             "| probe reports | count | kept | lowest or highest score |", "| --- | ---: | ---: | ---: |"]
    for label, title, key in ((True, "with something to track", min), (False, "negatives (`_neg_`)", max),
                              (None, "the others (near-neighbours, news with nothing to track)", max)):
        rows = [r for r in probe if r[1] is label]
        if rows:
            lines.append(f"| {title} | {len(rows)} | {sum(1 for r in rows if r[2])} | "
                         f"{key(r[3] for r in rows):.1f} |")
    missed = ", ".join(f"`{r[0]}` ({r[3]:.1f})" for r in probe if r[1] is True and not r[2]) or "none"
    let_through = ", ".join(f"`{r[0]}` ({r[3]:.1f})" for r in probe if r[1] is False and r[2]) or "none"
    lines += ["", f"Probe reports with something to track dropped: {missed}; probe negatives kept: "
                  f"{let_through}."]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the same run (it takes a second)")
    parser.add_argument("--no-write", action="store_true", help="leave docs/BENCHMARKS.md as it is")
    args = parser.parse_args(argv)
    result = measure()
    if not result["rows"]:
        print("prefilter_recall: no documents found", file=sys.stderr)
        return 1
    body = section(result)
    print(body)
    if not args.no_write:
        update_section("prefilter", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
