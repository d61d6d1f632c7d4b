"""The extractor keeps its scores on the probe set: short reports we wrote in the genre's
many house styles, in rounds (probe/, README there; some not about security), with gold
written before the extractor was run on them (gold/probe, docs/ACCURACY.md). The floor per
kind is tests/probe_score_floor.json (minimum F1); every extracted item is checked for
grounding."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from scoring_support import below_floor, gold_scores

from chidao.evaluate.gold import load_gold_dir

PROBE_DIR = ROOT / "probe"
GOLD_DIR = ROOT / "gold" / "probe"
FLOOR = Path(__file__).resolve().parent / "probe_score_floor.json"


def test_every_probe_report_has_gold() -> None:
    assert {g.source for g in load_gold_dir(GOLD_DIR)} == {p.name for p in PROBE_DIR.glob("*.txt")}


def test_probe_scores_stay_above_the_floor() -> None:
    problem = below_floor(gold_scores(GOLD_DIR, PROBE_DIR), FLOOR)
    assert problem is None, problem


def test_probe_gold_is_what_its_builder_makes() -> None:
    """gold/probe is written by probe/tools/build_gold.py from phrases, never by hand: a fix made
    to a JSON file alone is lost at the next build (and the builder no longer says what the gold
    holds)."""
    import os
    import subprocess
    import sys

    found = subprocess.run([sys.executable, "build_gold.py", "--check"], cwd=PROBE_DIR / "tools",
                           env={**os.environ, "PYTHONPATH": str(ROOT)},
                           capture_output=True, text=True, timeout=300)
    assert found.returncode == 0, found.stderr[-2000:] or found.stdout[-2000:]
