"""What the score tests share (seeds, dev, probe): extract every report of a gold folder,
check each item's grounding and the gold's spans, total the scores, and compare them with a
floor per kind (a JSON file of minimum F1)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import extract_path
from test_seed_scores import score_table

from chidao.evaluate.gold import load_gold_dir, text_problems
from chidao.evaluate.scoring import Scores, score_document, total
from chidao.model import ITEM_KINDS


def gold_scores(gold_dir: Path, reports_dir: Path) -> Scores:
    """The totals of every gold file in `gold_dir` against the extraction of its report."""
    scores = []
    for gold in load_gold_dir(gold_dir):
        extraction = extract_path(reports_dir / gold.source)  # checks every item's grounding
        assert gold.id == extraction.document.id, f"{gold.source} changed since it was annotated"
        assert text_problems(gold, extraction.document.text) == []
        scores.append(score_document(gold, extraction))
    return total(scores)


def below_floor(scores: Scores, floor_file: Path) -> str | None:
    """None when every kind and the overall F1 reach the floor; else what fell, with the table."""
    floor = json.loads(floor_file.read_text(encoding="utf-8"))
    assert set(floor) <= set(ITEM_KINDS) | {"overall"}
    below = {kind: (round(counts.f1, 3), floor[kind]) for kind, counts in scores.kinds.items()
             if counts.f1 is not None and counts.f1 < floor.get(kind, 0.0)}
    if scores.overall.f1 < floor.get("overall", 0.0):
        below["overall"] = (round(scores.overall.f1, 3), floor["overall"])
    return f"F1 below the floor (kind: (F1, floor)): {below}\n\n{score_table(scores)}" if below else None
