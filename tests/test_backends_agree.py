"""SQLite and PostgreSQL keep the same store: for the same reports and the same follow-up,
the registers, the targets' evaluations, the reports and the search hits (in their order,
with their scores) are the same on both. Skips without a PostgreSQL server (.ci/run
starts one)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES_DIR, ROOT, pg_database
from test_store_engine import chidao

REPORTS = sorted((ROOT / "examples").glob("*.txt")) + sorted((FIXTURES_DIR / "reports").glob("*.txt"))
QUERIES = ("ma tuy", "Công an xã", "trụ sở", "an ninh trật tự", "tai nạn giao thông", "Đề án 06",
           "giảm", "2023", "Bộ trưởng")


@pytest.fixture(scope="module")
def stores(pg_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The same reports ingested in the same order into a new SQLite store and a new PostgreSQL
    database, then the same follow-up recorded in both."""
    sqlite = str(tmp_path_factory.mktemp("agree") / "chidao.db")
    with pg_database(pg_server) as postgresql:
        stores = {"sqlite": sqlite, "postgresql": postgresql}
        for db in stores.values():
            result = chidao(db, "ingest", *map(str, REPORTS), "--jobs", "1")
            assert result.exit_code == 0, result.output
        directive = json.loads(chidao(sqlite, "directives", "--format", "json").stdout)[0]["id"]
        for db in stores.values():
            assert chidao(db, "status", directive, "--set", "in_progress", "--owner", "PC06",
                          "--due", "31/12/2025").exit_code == 0
        yield stores


def both(stores: dict[str, str], *args: str) -> list[str]:
    outputs = []
    for db in stores.values():
        result = chidao(db, *args)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    return outputs


@pytest.mark.parametrize("register", ["directives", "targets", "commitments", "indicators"])
def test_the_registers_are_the_same(stores: dict[str, str], register: str) -> None:
    sqlite, postgresql = both(stores, register, "--format", "json", "--limit", "0")
    assert json.loads(sqlite), f"no {register} in the sample reports"
    assert sqlite == postgresql


def test_the_targets_evaluations_and_filters_are_the_same(stores: dict[str, str]) -> None:
    for args in (("targets", "--status", "met"), ("targets", "--status", "not_met"),
                 ("directives", "--status", "in_progress"), ("directives", "--topic", "ma tuy"),
                 ("indicators", "--locality", "Bắc Giang"), ("directives", "--person", "Lâm")):
        sqlite, postgresql = both(stores, *args, "--format", "json", "--limit", "0")
        assert sqlite == postgresql, args


@pytest.mark.parametrize("query", QUERIES)
def test_search_lists_the_same_hits_in_the_same_order(stores: dict[str, str], query: str) -> None:
    sqlite, postgresql = both(stores, "search", query, "--format", "json", "--limit", "30")
    hits = json.loads(sqlite)
    assert hits, query
    ranked = [[(hit["id"], hit["score"]) for hit in json.loads(output)] for output in (sqlite, postgresql)]
    assert ranked[0] == ranked[1]
    assert sqlite == postgresql


def test_the_queries_mix_reports_and_items(stores: dict[str, str]) -> None:
    # the case the two backends once ranked differently: reports and items in one list
    hits = json.loads(both(stores, "search", "ma tuy", "--format", "json", "--limit", "30")[0])
    assert "documents" in {hit["kind"] for hit in hits} and len({hit["kind"] for hit in hits}) > 1


def test_a_report_written_from_each_is_the_same(stores: dict[str, str], tmp_path: Path) -> None:
    written = []
    for name, db in stores.items():
        (tmp_path / name).mkdir()
        out = tmp_path / name / "bao-cao.md"
        result = chidao(db, "report", "locality", "Bắc Giang", "-o", str(out))
        assert result.exit_code == 0, result.output
        written.append(out.read_text(encoding="utf-8"))
    assert "Bắc Giang" in written[0]
    assert written[0] == written[1]
