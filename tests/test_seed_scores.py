"""The extractor keeps its scores on the five seed reports against their gold annotations.

The floor per kind lives in tests/seed_score_floor.json (minimum F1); raise it as
the extractors improve. On failure the whole score table and every error are printed.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from conftest import ROOT
from rich.console import Console

from chidao.commands.evaluate import print_scores
from chidao.evaluate.gold import load_gold_dir, text_problems
from chidao.evaluate.scoring import score_document, total
from chidao.model import ITEM_KINDS

GOLD_DIR = ROOT / "gold" / "seeds"
FLOOR = Path(__file__).resolve().parent / "seed_score_floor.json"


def score_table(scores) -> str:
    out = io.StringIO()
    print_scores(scores, Console(file=out, width=160, highlight=False, no_color=True))
    return out.getvalue()


def test_every_seed_has_gold_that_points_into_its_text(seed_extractions):
    golds = {g.source: g for g in load_gold_dir(GOLD_DIR)}
    assert set(golds) == set(seed_extractions)
    for name, extraction in seed_extractions.items():
        assert golds[name].id == extraction.document.id, f"{name} changed since it was annotated"
        assert text_problems(golds[name], extraction.document.text) == []


def test_seed_scores_stay_above_the_floor(seed_extractions):
    # seed_extractions has already checked the grounding of every extracted item.
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    assert set(floor) <= set(ITEM_KINDS) | {"overall"}
    scores = total(score_document(g, seed_extractions[g.source]) for g in load_gold_dir(GOLD_DIR))
    below = {kind: (round(counts.f1, 3), floor[kind]) for kind, counts in scores.kinds.items()
             if counts.f1 < floor.get(kind, 0.0)}
    if scores.overall.f1 < floor.get("overall", 0.0):
        below["overall"] = (round(scores.overall.f1, 3), floor["overall"])
    assert not below, f"F1 below the floor (kind: (F1, floor)): {below}\n\n{score_table(scores)}"
