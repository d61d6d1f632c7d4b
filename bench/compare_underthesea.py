"""Benchmark: chidao against underthesea's shipped NER on the seed gold (people and places).

underthesea (`from underthesea import ner`) tags each paragraph with the CRF model
that ships inside the package (`underthesea/pipeline/ner/ner_crf_*.bin`); nothing is
downloaded. Its PER entities are taken as people and its LOC entities as
localities, grouped by name; tokens are aligned back to `document.text` on the
folded text so both systems are scored on the same offsets.

Both are scored against gold/seeds with the rules of docs/GOLD.md:
entities pair by folded name (localities: without a leading level word; the level is
not compared, as underthesea gives none); mentions pair by span overlap >= 0.5 of
the shorter, one to one, over all mentions of the kind. Both are timed on the same
documents in the same run (chidao: the whole nine-step pipeline; underthesea: NER only).

    .venv/bin/python bench/compare_underthesea.py [--quick] [--write]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdoc import ROOT, SEEDS_DIR, command_line, machine, pin_to_one_core, update_section  # noqa: E402

from chidao.evaluate.gold import item_spans, load_gold_dir  # noqa: E402
from chidao.evaluate.matching import match_entities, match_mentions, name_key  # noqa: E402
from chidao.evaluate.scoring import Counts  # noqa: E402
from chidao.extract.pipeline import extract_document  # noqa: E402
from chidao.ingest.reader import read_source  # noqa: E402
from chidao.model import Document, item_to_dict  # noqa: E402
from chidao.text.fold import fold_diacritics, fold_key  # noqa: E402

GOLD_DIR = ROOT / "gold" / "seeds"
KINDS = {"people": "PER", "localities": "LOC"}


def underthesea_entities(document: Document) -> list[tuple[str, int, int]]:
    """(type, start, end) of each entity underthesea finds, in document offsets."""
    from underthesea import ner

    text = document.text
    folded = fold_diacritics(text).lower()
    out: list[tuple[str, int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        start_of_paragraph = offset
        offset += len(paragraph) + 1
        if not paragraph.strip():
            continue
        cursor = start_of_paragraph
        current: list[Any] | None = None
        for token, _pos, _chunk, tag in ner(paragraph):
            # underthesea may re-normalize a token; find it on the folded text, which keeps offsets.
            needle = fold_diacritics(token).lower()
            found = folded.find(needle, cursor, offset) if needle else -1
            if found < 0:
                continue
            cursor = found + len(needle)
            if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[0] != tag[2:])):
                if current:
                    out.append(tuple(current))
                current = [tag[2:], found, cursor]
            elif tag.startswith("I-") and current is not None:
                current[2] = cursor
            else:
                if current:
                    out.append(tuple(current))
                current = None
        if current:
            out.append(tuple(current))
    return out


def as_items(document: Document, entities: list[tuple[str, int, int]], label: str) -> list[dict[str, Any]]:
    """Entities of one type grouped by folded name, as gold-like items with mentions."""
    groups: dict[str, dict[str, Any]] = {}
    for kind, start, end in entities:
        if kind != label:
            continue
        name = document.text[start:end]
        item = groups.setdefault(fold_key(name), {"name": name, "mentions": []})
        item["mentions"].append([start, end])
    return list(groups.values())


def score(kind: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
          entity: Counts, mention: Counts) -> None:
    """Add one document's entity and mention counts for `kind`."""
    if kind == "localities":  # no level from underthesea: compare names only, for both systems
        gold = [{"name": name_key(g["name"]), "mentions": g["mentions"]} for g in gold]
        predicted = [{"name": name_key(p["name"]), "mentions": p["mentions"]} for p in predicted]
    pairs = match_entities("people", gold, predicted)
    entity.tp += len(pairs)
    entity.fn += len(gold) - len(pairs)
    entity.fp += len(predicted) - len(pairs)
    gold_mentions = [s for g in gold for s in item_spans(g)]
    predicted_mentions = [s for p in predicted for s in item_spans(p)]
    hit = match_mentions(gold_mentions, predicted_mentions)
    mention.tp += hit
    mention.fn += len(gold_mentions) - hit
    mention.fp += len(predicted_mentions) - hit


def run(rounds: int) -> dict[str, Any]:
    golds = load_gold_dir(GOLD_DIR)
    documents = {}
    for gold in golds:
        (documents[gold.source],) = read_source(str(SEEDS_DIR / gold.source))
    docs = list(documents.values())
    # Warm up both (underthesea loads its CRF model on first call; chidao builds its tables).
    underthesea_entities(docs[0])
    extract_document(docs[0])
    # Rounds after the first use distinct copies, so no per-text memo favours repeats.
    batches = [docs] + [[Document.from_text(f"{d.text} #{r}", d.source, d.title, d.date) for d in docs]
                        for r in range(1, rounds)]
    timings = {}
    started = time.perf_counter()
    chidao_runs = [{d.source: extract_document(d) for d in batch} for batch in batches]
    timings["chidao"] = time.perf_counter() - started
    started = time.perf_counter()
    uts_runs = [{d.source: underthesea_entities(d) for d in batch} for batch in batches]
    timings["underthesea"] = time.perf_counter() - started
    chidao_out, uts_out = chidao_runs[0], uts_runs[0]
    counts = {(system, kind, level): Counts() for system in ("chidao", "underthesea")
              for kind in KINDS for level in ("entity", "mention")}
    for gold in golds:
        document = documents[gold.source]
        source = str(SEEDS_DIR / gold.source)
        for kind, label in KINDS.items():
            ours = [item_to_dict(i) for i in getattr(chidao_out[source], kind)]
            theirs = as_items(document, uts_out[source], label)
            for system, predicted in (("chidao", ours), ("underthesea", theirs)):
                score(kind, gold.items[kind], predicted, counts[(system, kind, "entity")],
                      counts[(system, kind, "mention")])
    processed = rounds * len(docs)
    return {"counts": counts, "docs": processed, "seeds": len(docs),
            "per_second": {s: processed / t for s, t in timings.items()}}


def section(result: dict[str, Any], pinned: str) -> str:
    rows = []
    for kind, label in KINDS.items():
        for level in ("entity", "mention"):
            cells = []
            for system in ("chidao", "underthesea"):
                c = result["counts"][(system, kind, level)]
                cells.append(f"{c.precision:.3f} / {c.recall:.3f} / **{c.f1:.3f}** ({c.tp}/{c.fp}/{c.fn})")
            rows.append(f"| {kind} ({label}) | {level} | {cells[0]} | {cells[1]} |")
    speed = result["per_second"]
    ratio = speed["chidao"] / speed["underthesea"]
    return f"""## chidao vs underthesea NER (`bench/compare_underthesea.py`)

Scored on the gold of the {result['seeds']} seed reports (docs/GOLD.md). Cells: precision / recall /
**F1** (TP/FP/FN). *entity*: one item per person or place, paired by folded name (places without
their level word, level not compared); *mention*: every mention span, paired by overlap.
underthesea 9.5's `ner` runs its shipped CRF model offline (checked with the network cut off);
PER → people, LOC → localities.

| kind | level | chidao | underthesea |
| --- | --- | --- | --- |
{chr(10).join(rows)}

Speed, the same {result['docs']} documents (distinct copies of the seeds) for both, in one run,
one process ({pinned}), after one warm-up call each:
chidao **{speed['chidao']:.0f} documents/s** (all nine extraction steps) vs underthesea
**{speed['underthesea']:.1f} documents/s** (NER only): chidao is **{ratio:.0f}×** faster.

Command: `{command_line()}`
Machine: {machine()}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="time one pass over the seeds instead of five")
    parser.add_argument("--rounds", type=int, help="passes over the seeds to time (overrides --quick)")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    args = parser.parse_args(argv)
    pinned = pin_to_one_core()
    result = run(args.rounds or (1 if args.quick else 5))
    text = section(result, pinned)
    print(text)
    if args.write:
        update_section("compare_underthesea", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
