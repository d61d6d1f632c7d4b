"""Shared fixtures: the seed corpus beside the clone, and the grounding check."""

from __future__ import annotations

from pathlib import Path

import pytest

from chidao.extract.pipeline import extract_document
from chidao.ingest.reader import read_source
from chidao.model import Extraction, grounding_errors

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT.parent / "shared" / "corpus" / "seeds"
EXAMPLES_DIR = ROOT / "examples"
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"


def seed_paths() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


def extract_path(path: Path | str) -> Extraction:
    """Read, extract, and check the grounding invariant of every item."""
    (document,) = list(read_source(str(path)))
    extraction = extract_document(document)
    assert grounding_errors(extraction) == [], grounding_errors(extraction)
    return extraction


@pytest.fixture(scope="session")
def seed_extractions() -> dict[str, Extraction]:
    paths = seed_paths()
    if not paths:
        pytest.skip(f"seed corpus not found at {SEEDS_DIR}")
    return {p.name: extract_path(p) for p in paths}


@pytest.fixture(scope="session")
def web_template(tmp_path_factory: pytest.TempPathFactory):
    """A store with the sample reports, a hostile one and an account per role (tests/web_support.py);
    tests copy it (`web_support.copy_store`) before changing anything."""
    from web_support import HOSTILE_NAME, HOSTILE_REPORT, build_store

    return build_store(tmp_path_factory.mktemp("web"), {HOSTILE_NAME: HOSTILE_REPORT})
