"""Search scores its newest candidates with BM25 computed here, rare words weighing more."""

from __future__ import annotations

from sqlalchemy import create_engine

from chidao.store import ranking
from chidao.store.search import fold_body


def _store(texts: list[str]):
    engine = create_engine("sqlite://")
    connection = engine.connect()
    connection.exec_driver_sql("CREATE VIRTUAL TABLE item_fts USING fts5(body, content='', columnsize=0)")
    connection.exec_driver_sql("CREATE TABLE items (seq INTEGER PRIMARY KEY, kind TEXT)")
    for rowid, body in enumerate(texts, start=1):
        connection.exec_driver_sql("INSERT INTO item_fts (rowid, body) VALUES (?, ?)",
                                   (rowid, fold_body(body)))
        connection.exec_driver_sql("INSERT INTO items (seq, kind) VALUES (?, 'directives')", (rowid,))
    return connection


def test_document_frequency_is_exact_below_the_sample_and_estimated_above(monkeypatch) -> None:
    connection = _store(["ma tuy"] * 10 + ["an ninh"] * 30)
    assert ranking.document_frequencies(connection, "item_fts", ["ma", "ninh", "xa"]) == (
        {"ma": 10.0, "ninh": 30.0, "xa": 0.0}, 40)
    monkeypatch.setattr(ranking, "SAMPLE", 5)
    frequencies, rows = ranking.document_frequencies(connection, "item_fts", ["an", "ma", "an"])
    # The newest 5 holders of "an" span the newest 5 rows: all 40 rows are estimated to hold it.
    # "ma" holders are old: 5 found among rows 6-40 (35 rows) -> 5 * 40 / 35.
    assert (frequencies, rows) == ({"an": 40.0, "ma": 5 * 40 / 35}, 40)
    assert ranking.document_frequencies(connection, "item_fts", []) == ({}, 0)


def test_more_occurrences_and_rarer_words_rank_first() -> None:
    connection = _store(["trật tự"] * 50 + ["ma túy"] * 2)
    texts = ["Kéo giảm tội phạm ma túy.", "Ma túy, ma túy và ma túy.", "Giữ trật tự, phòng ma túy ở xã."]
    scores = ranking.bm25_scores(connection, "item_fts", ["ma", "tuy"], texts)
    assert scores[1] < scores[0] < 0
    # A common word adds less than a rare one.
    common = ranking.bm25_scores(connection, "item_fts", ["trat"], ["trật tự"])[0]
    rare = ranking.bm25_scores(connection, "item_fts", ["ma"], ["ma túy"])[0]
    assert rare < common < 0
    # Word boundaries as the index sees them: "man" is not "ma".
    assert ranking.bm25_scores(connection, "item_fts", ["ma"], ["man"]) == [0.0]


def _file_store(path, texts: list[str]):
    engine = create_engine(f"sqlite:///{path}")
    connection = engine.connect()
    connection.exec_driver_sql("CREATE VIRTUAL TABLE item_fts USING fts5(body, content='', columnsize=0)")
    connection.exec_driver_sql("CREATE TABLE items (seq INTEGER PRIMARY KEY, kind TEXT)")
    _add(connection, texts)
    return connection


def _add(connection, texts: list[str]) -> None:
    start = connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM items").scalar() + 1
    for rowid, body in enumerate(texts, start=start):
        connection.exec_driver_sql("INSERT INTO item_fts (rowid, body) VALUES (?, ?)",
                                   (rowid, fold_body(body)))
        connection.exec_driver_sql("INSERT INTO items (seq, kind) VALUES (?, 'directives')", (rowid,))


def test_an_estimate_is_kept_while_the_table_grows_little_and_read_again_after(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ranking, "SAMPLE", 5)
    monkeypatch.setattr(ranking, "_ESTIMATES", {})
    samples = []
    word_samples = ranking.search_plan.word_samples
    monkeypatch.setattr(ranking.search_plan, "word_samples",
                        lambda connection, table, words, sample: samples.append(list(words))
                        or word_samples(connection, table, words, sample))
    connection = _file_store(tmp_path / "store.db", ["an ninh"] * 200 + ["ma tuy"] * 2)
    first = ranking.document_frequencies(connection, "item_fts", ["an", "ma"])
    # the newest 5 holders of "an" are rows 196-200, among the newest 7 of 202 rows
    assert first == ({"an": 5 * 202 / 7, "ma": 2.0}, 202)
    # "an" (200 holders, more than the sample) is kept; "ma" (2, counted exactly) is read each time.
    assert ranking.document_frequencies(connection, "item_fts", ["an", "ma"]) == first
    assert samples == [["an", "ma"], ["ma"]]
    _add(connection, ["an ninh"])  # 203 rows: under 1% more, the estimate scaled with the rows
    frequencies, rows = ranking.document_frequencies(connection, "item_fts", ["an"])
    assert rows == 203 and frequencies["an"] == first[0]["an"] * 203 / 202
    assert samples[-1] == ["ma"]
    _add(connection, ["an ninh"] * 5)  # 208 rows: 3% more, read again
    ranking.document_frequencies(connection, "item_fts", ["an"])
    assert samples[-1] == ["an"]
    # an in-memory store keeps nothing (it has no name of its own)
    memory = _store(["an ninh"] * 20)
    ranking.document_frequencies(memory, "item_fts", ["an"])
    ranking.document_frequencies(memory, "item_fts", ["an"])
    assert samples[-2:] == [["an"], ["an"]]
