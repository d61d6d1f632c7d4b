"""The extractor keeps its scores on the 37 development reports against their blind gold.

The reports lie in ../shared/corpus/dev beside the clone (the tests skip when they are
absent, like the seed tests); their gold is gold/dev (docs/GOLD.md, docs/ACCURACY.md). The
floor per kind is tests/dev_score_floor.json (minimum F1): a change that loses what the
extractor reads on real reports fails here with the whole score table and every error.
Every extracted item of every report is checked for its grounding too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, extract_path
from test_seed_scores import score_table

from chidao.evaluate.gold import load_gold_dir, text_problems
from chidao.evaluate.scoring import score_document, total
from chidao.model import ITEM_KINDS

DEV_DIR = ROOT.parent / "shared" / "corpus" / "dev"
GOLD_DIR = ROOT / "gold" / "dev"
FLOOR = Path(__file__).resolve().parent / "dev_score_floor.json"


@pytest.fixture(scope="module")
def dev_scores():
    if not DEV_DIR.is_dir():
        pytest.skip(f"dev corpus not found at {DEV_DIR}")
    golds = load_gold_dir(GOLD_DIR)
    scores = []
    for gold in golds:
        extraction = extract_path(DEV_DIR / gold.source)  # checks every item's grounding
        assert gold.id == extraction.document.id, f"{gold.source} changed since it was annotated"
        assert text_problems(gold, extraction.document.text) == []
        scores.append(score_document(gold, extraction))
    return total(scores)


def test_every_dev_report_has_gold(dev_scores) -> None:
    reports = {p.name for p in DEV_DIR.glob("*.txt")}
    assert {g.source for g in load_gold_dir(GOLD_DIR)} == reports


def test_dev_scores_stay_above_the_floor(dev_scores) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    assert set(floor) <= set(ITEM_KINDS) | {"overall"}
    below = {kind: (round(counts.f1, 3), floor[kind]) for kind, counts in dev_scores.kinds.items()
             if counts.f1 is not None and counts.f1 < floor.get(kind, 0.0)}
    if dev_scores.overall.f1 < floor.get("overall", 0.0):
        below["overall"] = (round(dev_scores.overall.f1, 3), floor["overall"])
    assert not below, f"F1 below the floor (kind: (F1, floor)): {below}\n\n{score_table(dev_scores)}"
