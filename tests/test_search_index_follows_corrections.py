"""The search index holds a row for every stored report and every stored item with words, with
the words they have now, and nothing else: whatever a person or a newer extractor does to an item
or a report (an added item undone, a report deleted, items re-extracted with other words or gone,
fields corrected, a report's copy stored and deleted), no row stays behind for what left the store
and no row keeps words its item no longer has. Checked by reading the index itself (SQLite's
contentless FTS5 through `fts5vocab`, PostgreSQL's vectors) against the items and reports stored."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from chidao.extract import pipeline
from chidao.ingest.reader import read_source
from chidao.model import Document as SourceDocument
from chidao.store import search
from chidao.store.engine import open_engine
from chidao.store.ingest import ingest_document
from chidao.store.queries import get_item, list_items, open_session
from chidao.store.queries import search as search_store
from chidao.store.reextract import reextract_document
from chidao.store.rows import document_body
from chidao.store.schema import Document, Item
from chidao.track.corrections import add_item, correct_item, reject_item, undo_correction
from chidao.track.document_corrections import delete_document, set_document_date

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corrections"
LAI_CHAU = FIXTURES / "lai_chau_khong_ngay.txt"
LAI_CHAU_2025 = FIXTURES / "lai_chau_2025_tong_ket.txt"
ID_CARDS = "hoàn thành việc cấp căn cước cho người dân trước tháng 12 năm 2025"
PATROLS = "tăng cường tuần tra"


@pytest.fixture()
def db(store: str) -> str:
    engine = open_engine(store)
    for source in (LAI_CHAU, LAI_CHAU_2025):
        (document,) = read_source(str(source))
        ingest_document(engine, document)
    return store


def indexed(store: str) -> dict[str, dict[int, frozenset[str]]]:
    """What the search tables hold: {table: {row number: its words}} (SQLite's contentless tables read
    through `fts5vocab`: each word with the rows that hold it)."""
    found: dict[str, dict[int, set[str]]] = {table: {} for table in search.FTS_TABLES}
    if "://" not in store:
        with sqlite3.connect(store) as connection:
            for table in search.FTS_TABLES:
                connection.execute(f"CREATE VIRTUAL TABLE temp.vocab_{table} "
                                   f"USING fts5vocab(main, '{table}', 'instance')")
                for word, seq in connection.execute(f"SELECT term, doc FROM temp.vocab_{table}"):
                    found[table].setdefault(seq, set()).add(word)
    else:
        with psycopg.connect(store) as connection:
            for table in search.FTS_TABLES:
                counted = f"SELECT count(*), count(DISTINCT seq) FROM {table}"
                count, seqs = connection.execute(counted).fetchone()
                assert count == seqs, f"{table}: a row indexed twice"
                listed = f"SELECT seq, unnest(tsvector_to_array(words)) FROM {table}"
                for seq, word in connection.execute(listed):
                    found[table].setdefault(seq, set()).add(word)
    return {table: {seq: frozenset(words) for seq, words in rows.items()} for table, rows in found.items()}


def words_of(body: str, place: str, table: str) -> frozenset[str]:
    """The words a row of `table` for `body` holds, with its report's place words `place`."""
    return frozenset(search.token_text(search.with_place(search.indexed_text(search.fold_body(body)), place,
                                                         table)).lower().split())


def expected(store: str) -> dict[str, dict[int, frozenset[str]]]:
    """What the search tables should hold for the reports and items stored now."""
    with open_session(store) as session:
        documents = {seq: (place or "", document_body(title, text))
                     for seq, place, title, text in session.execute(
                         select(Document.seq, Document.place_words, Document.title, Document.text))}
        items = session.execute(select(Item.seq, Item.document_seq, Item.text)).all()
    return {"document_fts": {seq: words_of(body, place, "document_fts")
                             for seq, (place, body) in documents.items()},
            "item_fts": {seq: words_of(text, documents[document_seq][0], "item_fts")
                         for seq, document_seq, text in items if text}}


def assert_index_follows_the_store(store: str) -> None:
    held, wanted = indexed(store), expected(store)
    for table in search.FTS_TABLES:
        left_behind = sorted(set(held[table]) - set(wanted[table]))
        missing = sorted(set(wanted[table]) - set(held[table]))
        assert (table, left_behind, missing) == (table, [], [])
        wrong = {seq: (sorted(held[table][seq] - words), sorted(words - held[table][seq]))
                 for seq, words in wanted[table].items() if held[table][seq] != words}
        assert (table, wrong) == (table, {})


def lai_chau_id(session) -> str:
    return session.scalar(select(Document.id).where(Document.source.endswith("lai_chau_khong_ngay.txt")))


def item_hits(session, query: str) -> list[str]:
    return [hit["id"] for hit in search_store(session, query, kind="targets")] + [
        hit["id"] for hit in search_store(session, query, kind="directives")]


def test_the_index_follows_the_store_after_ingest(db: str) -> None:
    assert_index_follows_the_store(db)


def test_an_added_item_undone_keeps_its_row_while_it_is_stored_and_loses_it_with_its_report(db: str) -> None:
    with open_session(db) as session, session.begin():
        document_id = lai_chau_id(session)
        added = add_item(session, document_id, "targets", words=ID_CARDS, who="vp")
    assert_index_follows_the_store(db)
    with open_session(db) as session, session.begin():
        assert added["item"]["id"] in item_hits(session, "can cuoc nguoi dan")
        undone = undo_correction(session, added["corrections"][0]["id"], who="vp")
        assert undone["item"]["rejected"] is True
    assert_index_follows_the_store(db)  # rejected, still stored: its row stays, search hides it
    with open_session(db) as session, session.begin():
        assert added["item"]["id"] not in item_hits(session, "can cuoc nguoi dan")
        reextract_document(session, document_id)
    assert_index_follows_the_store(db)
    with open_session(db) as session, session.begin():
        items = set(session.scalars(select(Item.seq).join(Document).where(Document.id == document_id)))
        report = session.scalar(select(Document.seq).where(Document.id == document_id))
        delete_document(session, document_id, who="vp")
    assert_index_follows_the_store(db)
    held = indexed(db)
    assert not items & set(held["item_fts"]) and report not in held["document_fts"]


def test_deleting_a_report_with_added_items_leaves_no_row(db: str) -> None:
    with open_session(db) as session, session.begin():
        document_id = lai_chau_id(session)
        add_item(session, document_id, "targets", words=ID_CARDS, who="vp")
        add_item(session, document_id, "directives", words="Bộ Công an", occurrence=2, who="vp")
        first = next(d for d in list_items(session, "directives") if PATROLS in d["text"])
        correct_item(session, first["id"], {"speaker": "Tô Lâm"}, who="vp")
        indicators = list_items(session, "indicators", document_id=document_id)
        reject_item(session, indicators[0]["id"])
    assert_index_follows_the_store(db)
    with open_session(db) as session, session.begin():
        delete_document(session, document_id, who="vp")
    assert_index_follows_the_store(db)
    with open_session(db) as session:
        assert search_store(session, "can cuoc cho nguoi dan") == []


def test_a_corrected_field_leaves_the_item_s_row_as_it_was(db: str) -> None:
    with open_session(db) as session, session.begin():
        first = next(d for d in list_items(session, "directives") if PATROLS in d["text"])
        correct_item(session, first["id"], {"speaker": "Tô Lâm", "addressee": "Công an xã"}, who="vp")
        set_document_date(session, first["document_id"], "2024-03-15", who="vp")
    assert_index_follows_the_store(db)
    with open_session(db) as session:
        assert first["id"] in item_hits(session, "tuan tra kiem soat")


def test_items_re_extracted_with_other_words_are_indexed_with_them_and_gone_items_lose_their_rows(
        db: str, monkeypatch) -> None:
    with open_session(db) as session, session.begin():
        document_id = lai_chau_id(session)
        added = add_item(session, document_id, "targets", words=ID_CARDS, who="vp")["item"]
        patrols = next(d for d in list_items(session, "directives") if PATROLS in d["text"])
        others = [d for d in list_items(session, "directives", document_id=document_id)
                  if d["id"] != patrols["id"]]
        kept = others[0]
        correct_item(session, kept["id"], {"speaker": "Tô Lâm"}, who="vp")  # a person's: kept as an orphan
    assert "biên giới" in patrols["text"]
    real = pipeline.extract_document

    def newer(document: SourceDocument):
        extraction = real(document)
        if document.id != document_id:
            return extraction
        # The patrols directive ends before "biên giới"; the other directives are not found;
        # the target a person added is found with a longer span.
        start = document.text.index(PATROLS)
        end = document.text.index("trên tuyến biên giới", start)
        patrol = next(d for d in extraction.directives if PATROLS in d.text)
        words = document.text[start:end].strip()
        extraction.directives = [dataclasses.replace(patrol, text=words, span=(start, start + len(words)))]
        at = document.text.index(ID_CARDS) - len("cần ")
        end = at + len(ID_CARDS) + len("cần ")
        extraction.targets = [*extraction.targets, dataclasses.replace(
            extraction.targets[0], text=document.text[at:end], span=(at, end))]
        return extraction

    monkeypatch.setattr(pipeline, "extract_document", newer)
    with open_session(db) as session, session.begin():
        outcome = reextract_document(session, document_id)
        assert (outcome.orphaned, outcome.removed) == (1, len(others) - 1)
    assert_index_follows_the_store(db)
    with open_session(db) as session:
        assert "biên giới" not in get_item(session, patrols["id"])["text"]
        assert patrols["id"] in item_hits(session, "tuan tra kiem soat")
        assert patrols["id"] not in item_hits(session, "tuyen bien gioi")
        assert added["id"] in item_hits(session, "can cuoc nguoi dan")
    monkeypatch.setattr(pipeline, "extract_document", real)
    with open_session(db) as session, session.begin():
        reextract_document(session, document_id)
    assert_index_follows_the_store(db)
    with open_session(db) as session:
        assert patrols["id"] in item_hits(session, "tuyen bien gioi")


def test_a_copy_of_a_report_stored_and_deleted_leaves_no_row(db: str, tmp_path: Path) -> None:
    copy_path = tmp_path / "ban_sao.txt"
    copy_path.write_text(LAI_CHAU.read_text(encoding="utf-8").replace("20 xe mô tô", "25 xe mô tô"),
                         encoding="utf-8")
    (copy,) = read_source(str(copy_path))
    ingest_document(open_engine(db), copy)
    with open_session(db) as session, session.begin():
        original = lai_chau_id(session)
        groups = dict(session.execute(select(Document.id, Document.group_id)).all())
        assert groups[copy.id] is not None and groups[copy.id] == groups[original]  # one group: copies
        add_item(session, copy.id, "targets", words=ID_CARDS, who="vp")
    assert_index_follows_the_store(db)
    with open_session(db) as session, session.begin():
        delete_document(session, copy.id, who="vp")
    assert_index_follows_the_store(db)


def test_items_keep_their_rows_in_step_when_a_newer_extractor_names_other_places(db: str,
                                                                                 monkeypatch) -> None:
    with open_session(db) as session, session.begin():
        document_id = lai_chau_id(session)
        place = session.scalar(select(Document.place_words).where(Document.id == document_id))
        added = add_item(session, document_id, "targets", words=ID_CARDS, who="vp")
        rejected = add_item(session, document_id, "directives", words="Bộ Công an", occurrence=2, who="vp")
        undo_correction(session, rejected["corrections"][0]["id"], who="vp")
    assert place and any(word.startswith("zc") for word in place.split())  # its items' rows hold a province
    real = pipeline.extract_document

    def placeless(document: SourceDocument):
        extraction = real(document)
        extraction.localities = []
        return extraction

    monkeypatch.setattr(pipeline, "extract_document", placeless)
    with open_session(db) as session, session.begin():
        reextract_document(session, document_id)
        assert not session.scalar(select(Document.place_words).where(Document.id == document_id))
    assert_index_follows_the_store(db)
    monkeypatch.setattr(pipeline, "extract_document", real)
    with open_session(db) as session, session.begin():
        reextract_document(session, document_id)
    assert_index_follows_the_store(db)
    with open_session(db) as session, session.begin():
        assert added["item"]["id"] in item_hits(session, "can cuoc nguoi dan")
        delete_document(session, document_id, who="vp")
    assert_index_follows_the_store(db)


def test_a_store_with_corrections_restored_from_its_backup_is_indexed_as_the_store(db: str,
                                                                                    tmp_path: Path) -> None:
    import io

    from chidao.store.backup import read_backup, write_backup

    with open_session(db) as session, session.begin():
        document_id = lai_chau_id(session)
        add_item(session, document_id, "targets", words=ID_CARDS, who="vp")
        rejected = add_item(session, document_id, "directives", words="Bộ Công an", occurrence=2, who="vp")
        undo_correction(session, rejected["corrections"][0]["id"], who="vp")
    out = io.StringIO()
    write_backup(open_engine(db), out)
    target = str(tmp_path / "restored.db")
    read_backup(open_engine(target), out.getvalue().splitlines())
    assert_index_follows_the_store(target)
