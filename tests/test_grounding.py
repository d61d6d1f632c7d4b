"""Every item of every document we extract reproduces its own text from its span."""

from __future__ import annotations

from conftest import EXAMPLES_DIR, extract_path, seed_paths

from chidao.model import SCHEMA


def test_every_seed_is_grounded_and_follows_the_schema(seed_extractions):
    assert len(seed_extractions) == len(seed_paths())
    for extraction in seed_extractions.values():
        data = extraction.to_dict()
        assert data["schema"] == SCHEMA
        assert set(data) == {"schema", "document", "events", "people", "organizations", "localities",
                             "legal_refs", "directives", "targets", "commitments", "indicators"}


def test_every_example_is_grounded():
    paths = sorted(EXAMPLES_DIR.glob("*.txt"))
    for path in paths:
        extract_path(path)
