"""The extractor keeps its scores on the probe set: 16 short reports we wrote in the genre's
many house styles (probe/, two of them not about security), with gold written before the
extractor was run on them (gold/probe, docs/ACCURACY.md). The floor per kind is
tests/probe_score_floor.json (minimum F1); every extracted item is checked for grounding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, extract_path
from test_seed_scores import score_table

from chidao.evaluate.gold import load_gold_dir, text_problems
from chidao.evaluate.scoring import score_document, total
from chidao.model import ITEM_KINDS

PROBE_DIR = ROOT / "probe"
GOLD_DIR = ROOT / "gold" / "probe"
FLOOR = Path(__file__).resolve().parent / "probe_score_floor.json"


@pytest.fixture(scope="module")
def probe_scores():
    golds = load_gold_dir(GOLD_DIR)
    assert {g.source for g in golds} == {p.name for p in PROBE_DIR.glob("*.txt")}
    scores = []
    for gold in golds:
        extraction = extract_path(PROBE_DIR / gold.source)  # checks every item's grounding
        assert gold.id == extraction.document.id, f"{gold.source} changed since it was annotated"
        assert text_problems(gold, extraction.document.text) == []
        scores.append(score_document(gold, extraction))
    return total(scores)


def test_probe_scores_stay_above_the_floor(probe_scores) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    assert set(floor) <= set(ITEM_KINDS) | {"overall"}
    below = {kind: (round(counts.f1, 3), floor[kind]) for kind, counts in probe_scores.kinds.items()
             if counts.f1 is not None and counts.f1 < floor.get(kind, 0.0)}
    if probe_scores.overall.f1 < floor.get("overall", 0.0):
        below["overall"] = (round(probe_scores.overall.f1, 3), floor["overall"])
    assert not below, f"F1 below the floor (kind: (F1, floor)): {below}\n\n{score_table(probe_scores)}"
