"""Reports' text is kept compressed in a SQLite store and as it is on PostgreSQL (migration
0017, `chidao.store.report_text`): everything that reads it (the ORM, an item's words read at
its span in SQL, search, backups) reads the text; an older store's rows are converted on
upgrade and written back on downgrade, and read the same throughout."""

from __future__ import annotations

import zlib

import pytest
from alembic import command
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text
from test_store_engine import KON_TUM, QUANG_TRI, chidao, chidao_json
from test_store_lean_migration import _everything, _raw, followed_up_store

from chidao.ingest.reader import read_source
from chidao.store import report_text
from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.item_data import forget_span_words
from chidao.store.migrate import alembic_config, current_revision
from chidao.store.queries import open_session
from chidao.store.schema import Document, Item

BEFORE = "0016_places_in_search"


@given(st.text())
def test_any_text_comes_back_as_it_was(written: str) -> None:
    assert report_text.unpack(report_text.pack(written)) == written
    assert report_text.unpack(written) == written  # a row written before 0017


def _kept(store: str) -> list[tuple[str, object]]:
    """Each report's id and the type of what its row holds, as the backend stores it."""
    sql = ("SELECT id, typeof(text) FROM documents ORDER BY seq" if "://" not in store
           else "SELECT id, pg_typeof(text)::text FROM documents ORDER BY seq")
    return _raw(store, sql)


def test_sqlite_keeps_the_text_compressed_and_every_reader_gets_the_text(store: str) -> None:
    assert chidao(store, "ingest", str(QUANG_TRI), str(KON_TUM)).exit_code == 0
    kept = _kept(store)
    assert len(kept) == 2
    assert {kind for _, kind in kept} == ({"blob"} if "://" not in store else {"text"})
    read = {doc.id: doc.text for path in (QUANG_TRI, KON_TUM) for doc in read_source(str(path))}
    with open_session(store) as session:
        texts = dict(session.execute(select(Document.id, Document.text)).all())
        assert texts == read
        items = session.scalars(select(Item).where(Item.kind == "directives")).all()
        assert items
        for item in items:  # an item's words read at its span in SQL, from the compressed text
            assert item.text == texts[item.document_id][item.span_start:item.span_end]
    if "://" not in store:
        stored = dict(_raw(store, "SELECT id, text FROM documents"))
        assert {id_: zlib.decompress(value).decode("utf-8") for id_, value in stored.items()} == texts
        written = sum(len(value.encode("utf-8")) for value in texts.values())
        assert sum(map(len, stored.values())) < 0.6 * written
    hits = chidao_json(store, "search", "ma túy", "--kind", "documents")
    assert hits and all(hit["id"] in texts for hit in hits)


def test_an_item_s_words_are_forgotten_where_they_are_the_compressed_text_at_their_span(store: str) -> None:
    assert chidao(store, "ingest", str(QUANG_TRI)).exit_code == 0
    engine = open_engine(store)
    with engine.begin() as connection:
        seq, words = connection.execute(select(Item.seq, Item.text.label("words"))
                                        .where(Item.kind == "directives")).first()
        connection.execute(text("UPDATE items SET text = :words WHERE seq = :seq"),
                           {"words": words, "seq": seq})
        forget_span_words(connection)
        kept = connection.execute(text("SELECT text FROM items WHERE seq = :seq"), {"seq": seq}).scalar_one()
    assert words and kept is None


def test_a_store_made_before_0017_reads_the_same_after_it_and_after_its_downgrade(store: str) -> None:
    items = followed_up_store(store)
    before = _everything(store, items)
    engine = create_store_engine(store)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, BEFORE)
    assert current_revision(engine) == BEFORE
    engine.dispose()
    forget_engines()
    assert {kind for _, kind in _kept(store)} == {"text"}  # as it was before 0017
    assert _everything(store, items) == before  # read as it is by this chidao too
    open_engine(store)  # upgraded again
    assert {kind for _, kind in _kept(store)} == ({"blob"} if "://" not in store else {"text"})
    assert _everything(store, items) == before


def test_an_upgrade_stopped_part_way_runs_again(tmp_path) -> None:
    store = str(tmp_path / "chidao.db")
    assert chidao(store, "ingest", str(QUANG_TRI), str(KON_TUM)).exit_code == 0
    before = chidao_json(store, "directives")
    engine = create_store_engine(store)
    with engine.begin() as connection:  # one row written back, the other left compressed
        seq, value = connection.execute(text("SELECT seq, text FROM documents ORDER BY seq LIMIT 1")).one()
        connection.execute(text("UPDATE documents SET text = :text WHERE seq = :seq"),
                           {"text": zlib.decompress(value).decode("utf-8"), "seq": seq})
        connection.execute(text("UPDATE alembic_version SET version_num = :old"), {"old": BEFORE})
    engine.dispose()
    forget_engines()
    open_engine(store)
    assert {kind for _, kind in _kept(store)} == {"blob"}
    assert chidao_json(store, "directives") == before


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_sql_reads_the_text_through_report_text_on_sqlite_only(dialect: str) -> None:
    from sqlalchemy.dialects import postgresql, sqlite

    compiled = str(select(report_text.plain(Document.text)).compile(
        dialect=sqlite.dialect() if dialect == "sqlite" else postgresql.dialect()))
    assert ("report_text(documents.text)" in compiled) == (dialect == "sqlite")
    wanted = "report_text(d.text)" if dialect == "sqlite" else "d.text"
    assert report_text.plain_sql("d.text", dialect) == wanted
