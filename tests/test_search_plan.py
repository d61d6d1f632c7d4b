"""How PostgreSQL reads a search's newest matches (`chidao.store.search_plan`): whichever route
is taken (the GIN index, newest first in windows, or windows then the index), the rows found
are the planner's own, and the words' frequencies come from the table's statistics."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import pg_database
from generated_reports import write_reports
from sqlalchemy import create_engine, func, select
from test_store_engine import chidao

from chidao.store import search_plan
from chidao.store.engine import open_engine
from chidao.store.queries import item_filters
from chidao.store.ranking import SAMPLE
from chidao.store.schema import Document, Item
from chidao.store.search import match_parts, query_parts

QUERIES = ["ma tuy", "cong an xa", "phong chay chua chay", "bien gioi", "an ninh to quoc", "de an 06",
           "khong co tu nay"]
FILTERS = [{}, {"kind": "directives"}, {"kind": "commitments"}, {"locality": "Kon Tum"}]


@pytest.fixture(scope="module")
def analyzed(pg_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL store of 40 generated reports, its statistics made (ANALYZE)."""
    folder = tmp_path_factory.mktemp("reports")
    write_reports(folder, 40)
    with pg_database(pg_server) as url:
        result = chidao(url, "ingest", str(folder))
        assert result.exit_code == 0, result.output
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
        engine.dispose()
        search_plan.forget_stats()
        yield url
    search_plan.forget_stats()


def _cases(connection) -> Iterator[tuple]:
    tables = [("item_fts", Item.seq, filters) for filters in FILTERS] + [("document_fts", Document.seq, {})]
    for query in QUERIES:
        for table, seq, filters in tables:
            match = match_parts("postgresql", table, query_parts(query))
            conditions = item_filters(**filters) if table == "item_fts" else []
            yield query, filters, match, seq, conditions


def _planner(connection, match, seq, conditions, k: int) -> list[int]:
    """The newest `k` as one statement left to PostgreSQL's planner."""
    return list(connection.execute(
        select(match.seq).select_from(match.table).join(seq.class_, seq == match.seq)
        .where(match.condition, *conditions).order_by(match.seq.desc()).limit(k)).scalars())


@pytest.mark.parametrize("route", ["index", "windows", "windows then index"])
def test_every_route_finds_the_newest_matches_the_planner_finds(analyzed: str, route: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    if route == "index":  # reading the GIN index always cheaper
        monkeypatch.setattr(search_plan, "index_is_cheaper", lambda *args: True)
    else:  # windows of a few rows; the index never cheaper, or cheaper after the first window
        monkeypatch.setattr(search_plan, "FIRST_WINDOW", 7)
        answers: list[bool] = []

        def cheaper(share, rows, need, density, costs) -> bool:
            answers.append(route == "windows then index" and density != share)
            return answers[-1]
        monkeypatch.setattr(search_plan, "index_is_cheaper", cheaper)
    engine = create_engine(analyzed)
    checked = 0
    with engine.connect() as connection:
        assert search_plan.word_stats(connection, "item_fts") is not None
        for query, filters, match, seq, conditions in _cases(connection):
            for k in (1, 5, 200):
                expected = _planner(connection, match, seq, conditions, k)
                found = search_plan.newest_seqs(connection, match, seq, conditions, k)
                assert found == expected, (route, query, filters, k)
                checked += bool(expected)
    engine.dispose()
    assert checked > 20  # most cases find something
    if route != "index":
        assert len(answers) > len(QUERIES) * 5  # windows read, the index chosen after one or never


def test_word_samples_count_the_newest_holders_by_either_route(analyzed: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["ma", "cong", "chay", "deanx6", "khongcotunay"]
    engine = create_engine(analyzed)
    with engine.connect() as connection:
        expected = {}
        for i, word in enumerate(words):
            match = match_parts("postgresql", "item_fts", [(word,)])
            newest = (select(match.seq.label("seq")).select_from(match.table).where(match.condition)
                      .order_by(match.seq.desc()).limit(SAMPLE).subquery())
            expected[i] = tuple(connection.execute(select(func.count(), func.min(newest.c.seq))).one())
        for stats in (search_plan.WordStats(1e9, {}, 1.0), search_plan.WordStats(1.0, {}, 1e-9)):
            # every word common in a huge table (newest first), or rare in a tiny one (the index)
            monkeypatch.setattr(search_plan, "word_stats", lambda connection, table, stats=stats: stats)
            found = {i: (count, oldest) for i, count, oldest
                     in connection.execute(search_plan.word_samples(connection, "item_fts", words, SAMPLE))}
            assert found == expected
    engine.dispose()


def test_a_query_is_as_rare_as_its_rarest_part_and_a_number_as_all_its_forms() -> None:
    stats = search_plan.WordStats(1000.0, {"ma": 0.3, "tuy": 0.2, "6": 0.01, "06": 0.02}, 0.004)
    assert stats.parts(query_parts("ma tuy")) == 0.2
    assert stats.parts(query_parts("06")) == pytest.approx(0.01 + 0.02 + 0.002)  # 6, 06 or 006
    assert stats.parts(query_parts("ma khongco")) == 0.002  # a word not among the common: half the floor
    assert stats.parts([]) == 1.0


def test_no_statistics_on_sqlite_or_before_analyze(pg_server: str, tmp_path: Path) -> None:
    sqlite = create_engine(f"sqlite:///{tmp_path / 's.db'}")
    with sqlite.connect() as connection:
        assert search_plan.word_stats(connection, "item_fts") is None
    sqlite.dispose()
    with pg_database(pg_server) as url:
        engine = open_engine(url)  # the store's tables made, nothing stored
        search_plan.forget_stats()
        with engine.connect() as connection:
            assert search_plan.word_stats(connection, "item_fts") is None
            # left to the planner, which finds nothing in an empty store
            match = match_parts("postgresql", "item_fts", query_parts("ma tuy"))
            assert search_plan.newest_seqs(connection, match, Item.seq, [], 10) == []
        search_plan.forget_stats()
