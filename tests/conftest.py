"""Shared fixtures: the seed corpus beside the clone, and the grounding check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
def spark() -> Iterator[Any]:
    """One local[2] Spark session for every Spark test (starting one takes seconds);
    skipped where PySpark or Java 17+ is missing."""
    pytest.importorskip("pyspark")
    from chidao.spark.extract import missing_requirement

    problem = missing_requirement()
    if problem:
        pytest.skip(problem)
    from chidao.spark.job import spark_session

    session = spark_session("local[2]", ui=False)
    yield session
    session.stop()
