"""A search filtered by place asks the index for the place's words (`chidao.store.search_places`):
the words each report's search rows hold follow its places through ingest, re-extraction,
deletion, backups and the upgrade of an older store, and find what the registers' filter finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from test_store_engine import KON_TUM, QUANG_TRI, chidao, chidao_json

from chidao.gazetteer.admin_units import admin_index
from chidao.store import search_places
from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.migrate import alembic_config, current_revision
from chidao.store.places import LocalityFilter, resolve_locality
from chidao.store.queries import open_session
from chidao.store.search import match_parts, place_words, row_place

PROVINCES = sorted(admin_index().provinces.values(), key=lambda unit: unit.code)


def _found_by_words(place: LocalityFilter, locality: tuple[str | None, str | None, str | None]) -> bool:
    return bool(set(search_places.filter_words(place)) & set(place_words([locality]).split()))


def _found_by_columns(place: LocalityFilter, locality: tuple[str | None, str | None, str | None]) -> bool:
    # what chidao.store.queries.locality_rows asks of a locality item's columns
    code, current_code, name_key = locality
    names = (name_key or "").split("|")
    return (code in place.codes or current_code in place.current_codes
            or any(key == name_key or key in (names[0], names[-1]) for key in place.name_keys))


@settings(max_examples=300, deadline=None)
@given(asked=st.sampled_from(PROVINCES), named=st.sampled_from(PROVINCES),
       written=st.sampled_from(["name", "current_name"]))
def test_a_province_s_words_find_the_reports_its_codes_find(asked, named, written) -> None:
    # An old or current province asked for, a report's locality an old province (as the
    # extractor codes it): the words agree with the columns the registers read.
    place = resolve_locality(getattr(asked, written) or asked.name)
    locality = (named.code, named.current_code, f"{named.name.lower()}|{(named.current_name or '').lower()}")
    assert _found_by_words(place, locality) == _found_by_columns(place, locality)


@pytest.mark.parametrize(("asked", "locality", "found"), [
    ("Lào", (None, None, "lao"), True),                       # a country: by its name
    ("Lào", (None, None, "lao cai"), False),
    ("Savannakhet", (None, None, "xavannakhet|savannakhet"), True),
    ("Hướng Hóa", ("464", None, "huong hoa"), True),          # a district asked for by name
])
def test_a_place_that_is_no_province_is_found_by_its_name(asked: str, locality, found: bool) -> None:
    place = resolve_locality(asked)
    assert _found_by_words(place, locality) == _found_by_columns(place, locality) == found


def test_items_rows_are_found_by_a_province_and_checked_row_by_row_for_other_places() -> None:
    assert search_places.filter_words(resolve_locality("Bắc Ninh"), "item_fts") == ("zc27", "zq24")
    assert search_places.filter_words(resolve_locality("Bắc Giang"), "item_fts") == ("zc24",)
    assert search_places.filter_words(resolve_locality("Hướng Hóa"), "item_fts") == ()
    assert search_places.filter_words(resolve_locality("Hướng Hóa"))[0].startswith("zk")
    assert row_place("item_fts", "zc27 zc464 zkab zq24 zcx41") == "zc27 zq24"


def test_words_are_index_words_and_never_mix_a_code_with_a_name() -> None:
    words = place_words([("22", "22", "quang ninh"), ("A1", None, None), (None, None, "đặc khu|x")]).split()
    assert all(word.isalnum() and word.isascii() for word in words)
    assert "zc22" in words and "zq22" in words and "zcx4131" in words
    assert len(words) == len(set(words)) == 6


@pytest.fixture()
def db(store: str) -> str:
    assert chidao(store, "ingest", str(QUANG_TRI), str(KON_TUM)).exit_code == 0
    return store


def _matching(session, table: str, word: str) -> set[int]:
    """The search rows of `table` holding `word`, read from the index itself."""
    match = match_parts(session.get_bind().dialect.name, table, [], (), (word,))
    return set(session.execute(select(match.seq).select_from(match.table).where(match.condition)).scalars())


def _consistent(store: str) -> None:
    """Every report's rows hold the words of its places now, and no other report's rows do."""
    with open_session(store) as session:
        connection = session.connection()
        seqs = [seq for (seq,) in connection.execute(text("SELECT seq FROM documents"))]
        stored = search_places.stored_places(connection, seqs)
        named = search_places.named_places(connection, seqs)
        assert stored == named
        _, items = search_places.search_rows(connection, seqs)
        for word in {word for words in named.values() for word in words.split()}:
            holders = {seq for seq, words in named.items() if word in words.split()}
            assert _matching(session, "document_fts", word) == holders, word
            # items' rows hold their provinces' codes only
            owned = {seq for owner, seq, _ in items if owner in holders and row_place("item_fts", word)}
            assert _matching(session, "item_fts", word) == owned, word


def test_reports_are_found_by_their_places_and_a_place_no_report_names_finds_nothing(db: str) -> None:
    _consistent(db)
    hits = chidao_json(db, "search", "ma tuy", "--locality", "Quảng Trị")
    assert hits and {hit["document_source"] for hit in hits} == {str(QUANG_TRI)}
    assert chidao_json(db, "search", "ma tuy", "--locality", "Cà Mau") == []
    # the registers' filter and the search's agree on the reports
    register = {item["id"] for item in chidao_json(db, "directives", "--locality", "Kon Tum")}
    searched = {hit["id"] for hit in chidao_json(db, "search", "ma tuy", "--locality", "Kon Tum",
                                                 "--kind", "directives")}
    assert searched and searched <= register


def test_re_extraction_that_drops_a_place_moves_the_report_s_words(db: str, monkeypatch) -> None:
    from chidao.extract import pipeline
    from chidao.store.reextract import reextract_document

    real = pipeline.extract_document

    def without_quang_tri(document):
        extraction = real(document)
        extraction.localities = [loc for loc in extraction.localities if loc.name != "Quảng Trị"]
        return extraction

    hits = chidao_json(db, "search", "ma tuy", "--locality", "Quảng Trị")
    document = hits[0]["document_id"]
    monkeypatch.setattr(pipeline, "extract_document", without_quang_tri)
    with open_session(db) as session:
        reextract_document(session, document)
        session.commit()
    _consistent(db)
    assert chidao_json(db, "search", "ma tuy", "--locality", "Quảng Trị") == []
    monkeypatch.setattr(pipeline, "extract_document", real)
    with open_session(db) as session:
        reextract_document(session, document)
        session.commit()
    _consistent(db)
    assert chidao_json(db, "search", "ma tuy", "--locality", "Quảng Trị")


def test_a_deleted_report_leaves_no_words_and_a_restored_backup_has_them(db: str, tmp_path: Path) -> None:
    backup = tmp_path / "kho.jsonl"
    assert chidao(db, "backup", str(backup)).exit_code == 0
    document = chidao_json(db, "search", "ma tuy", "--locality", "Quảng Trị")[0]["document_id"]
    deleted = chidao(db, "document", "delete", document, "--yes", "--reason", "nhập nhầm")
    assert deleted.exit_code == 0, deleted.output
    _consistent(db)
    assert chidao_json(db, "search", "ma tuy", "--locality", "Quảng Trị") == []
    again = str(tmp_path / "lai.db")
    assert chidao(again, "restore", str(backup)).exit_code == 0
    _consistent(again)
    assert chidao_json(again, "search", "ma tuy", "--locality", "Quảng Trị")


def test_an_older_store_is_indexed_with_its_places_on_upgrade_and_without_them_on_downgrade(db: str) -> None:
    before = chidao_json(db, "search", "an ninh", "--locality", "Quảng Trị")
    engine = create_store_engine(db)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0015_item_kinds_as_codes")
    assert current_revision(engine) == "0015_item_kinds_as_codes"
    engine.dispose()
    forget_engines()
    open_engine(db)  # upgraded again
    _consistent(db)
    assert chidao_json(db, "search", "an ninh", "--locality", "Quảng Trị") == before != []

