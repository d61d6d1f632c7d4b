"""The extractor keeps its scores on the 37 development reports against their blind gold.

The reports lie in ../shared/corpus/dev beside the clone (the tests skip when they are
absent, like the seed tests); their gold is gold/dev (docs/GOLD.md, docs/ACCURACY.md). The
floor per kind is tests/dev_score_floor.json (minimum F1): a change that loses what the
extractor reads on real reports fails here with the whole score table and every error.
Every extracted item of every report is checked for its grounding too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from scoring_support import below_floor, gold_scores

from chidao.evaluate.gold import load_gold_dir

DEV_DIR = ROOT.parent / "shared" / "corpus" / "dev"
GOLD_DIR = ROOT / "gold" / "dev"
FLOOR = Path(__file__).resolve().parent / "dev_score_floor.json"


@pytest.fixture(scope="module")
def dev_scores():
    if not DEV_DIR.is_dir():
        pytest.skip(f"dev corpus not found at {DEV_DIR}")
    return gold_scores(GOLD_DIR, DEV_DIR)


def test_every_dev_report_has_gold(dev_scores) -> None:
    reports = {p.name for p in DEV_DIR.glob("*.txt")}
    assert {g.source for g in load_gold_dir(GOLD_DIR)} == reports


def test_dev_scores_stay_above_the_floor(dev_scores) -> None:
    problem = below_floor(dev_scores, FLOOR)
    assert problem is None, problem
