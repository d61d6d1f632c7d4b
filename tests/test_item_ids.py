"""Ids are long: every command takes a unique prefix, and an ambiguous one names the candidates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text
from test_store_engine import KON_TUM, QUANG_TRI, chidao, chidao_json
from test_store_lean_migration import ITEM_ID, ITEMS, _downgrade, _everything, _raw, followed_up_store

from chidao.ingest.reader import read_source
from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.lookup import AmbiguousId, UnknownId, resolve_document_id, resolve_item_id
from chidao.store.queries import get_item, open_session
from chidao.store.schema import Document, Item

NOW = dt.datetime(2024, 5, 9, tzinfo=dt.UTC)


def store_with(path: Path, document_ids: list[str]) -> str:
    """A store holding bare documents with these ids (chosen by the test), each with directives 0-11
    (their ids made of the document's: "ab1200000000:directives:3")."""
    db = str(path / "chidao.db")
    with open_session(db, create=True) as session, session.begin():
        for document_id in document_ids:
            document = Document(id=document_id, source=f"{document_id[:4]}.txt", title=None, date=None,
                                text="x", ingested_at=NOW, extracted_at=NOW)
            session.add(document)
            session.flush()
            session.add_all(Item(document_seq=document.seq, kind="directives", ordinal=n, data={})
                            for n in range(12))
    return db


def test_a_unique_prefix_names_one_document_or_item(tmp_path: Path) -> None:
    db = store_with(tmp_path, ["ab12" + "0" * 60, "ab34" + "0" * 60, "cd56" + "0" * 60])
    with open_session(db) as session:
        assert resolve_document_id(session, "ab3") == "ab34" + "0" * 60
        assert resolve_document_id(session, "CD") == "cd56" + "0" * 60  # ids are lower case
        assert resolve_item_id(session, "cd5600000000:directives:1") == "cd5600000000:directives:1"
        # The exact id wins over the longer ids it is a prefix of (":1" and ":10", ":11").
        assert resolve_item_id(session, "cd56:directives:1") == "cd5600000000:directives:1"
        assert resolve_item_id(session, "ab3:directives:11") == "ab3400000000:directives:11"


def test_an_ambiguous_prefix_is_refused_with_its_candidates(tmp_path: Path) -> None:
    db = store_with(tmp_path, ["ab12" + "0" * 60, "ab34" + "0" * 60])
    with open_session(db) as session:
        with pytest.raises(AmbiguousId) as documents:
            resolve_document_id(session, "ab")
        assert str(documents.value) == (f"mã văn bản không rõ ràng: ab (có thể là {'ab12' + '0' * 60}, "
                                        f"{'ab34' + '0' * 60})")
        with pytest.raises(AmbiguousId) as items:
            resolve_item_id(session, "ab:directives:1")
        assert items.value.candidates == ["ab1200000000:directives:1", "ab3400000000:directives:1"]
        with pytest.raises(AmbiguousId) as many:
            resolve_item_id(session, "ab12")
        assert str(many.value).endswith(", …)") and len(many.value.candidates) == 9
        with pytest.raises(UnknownId, match="không tìm thấy mục: ab12:targets:0"):
            resolve_item_id(session, "ab12:targets:0")
        with pytest.raises(UnknownId, match="không tìm thấy văn bản: ef"):
            resolve_document_id(session, "ef")
        # LIKE's own wildcards in a ref are plain characters.
        with pytest.raises(UnknownId):
            resolve_item_id(session, "ab%")
        with pytest.raises(UnknownId):
            resolve_item_id(session, "ab1200000000:directive_:1")


def test_reextract_refuses_an_ambiguous_report_naming_the_candidates(tmp_path: Path) -> None:
    db = store_with(tmp_path, ["ab12" + "0" * 60, "ab34" + "0" * 60])
    result = chidao(Path(db), "reextract", "ab")
    assert result.exit_code == 1
    assert result.stderr.startswith("chidao: mã văn bản không rõ ràng: ab (có thể là ab12")


def test_a_report_sharing_an_earlier_reports_id_prefix_names_its_items_with_its_whole_id(
        tmp_path: Path) -> None:
    # Two reports whose ids start with the same 12 characters (one in 2^48 pairs: an archive of
    # tens of millions of reports holds some): the later one's item ids are its whole id's.
    db = tmp_path / "chidao.db"
    later = next(iter(read_source(str(QUANG_TRI)))).id
    assert chidao(db, "ingest", str(KON_TUM)).exit_code == 0
    earlier = later[:12] + "f" * 52
    engine = create_store_engine(str(db))
    with engine.begin() as connection:  # the first report, given an id with the same prefix
        connection.execute(text("UPDATE documents SET id = :id"), {"id": earlier})
    engine.dispose()
    assert chidao(db, "ingest", str(QUANG_TRI)).exit_code == 0

    directives = chidao_json(db, "directives")
    ids = {item["id"]: item["document_id"] for item in directives}
    assert len(ids) == len(directives)  # no two items share an id
    assert {item_id.rpartition(":directives:")[0] for item_id in ids} == {later, later[:12]}
    assert all(item_id.startswith(later + ":") for item_id, document in ids.items() if document == later)
    assert all(item_id.startswith(later[:12] + ":")
               for item_id, document in ids.items() if document == earlier)
    mine = next(item_id for item_id, document in ids.items() if document == later)
    theirs = f"{later[:12]}:directives:0"
    assert chidao(db, "status", mine, "--set", "in_progress").exit_code == 0
    assert chidao_json(db, "status", mine)["status"] == "in_progress"
    assert chidao_json(db, "status", theirs)["status"] == "open"
    with open_session(str(db)) as session:
        assert resolve_item_id(session, later[:20] + ":directives:0") == later + ":directives:0"
        with pytest.raises(AmbiguousId):
            resolve_item_id(session, later[:12])
    # stored: the later report's item ids, and only those
    stored = _raw(str(db), "SELECT count(*) FROM items WHERE id IS NOT NULL")[0][0]
    assert stored == _raw(str(db), "SELECT count(*) FROM items i JOIN documents d ON d.seq = i.document_seq "
                                   f"WHERE d.id = '{later}'")[0][0] > 0

    backup = tmp_path / "backup.jsonl"
    assert chidao(db, "backup", str(backup)).exit_code == 0
    restored = tmp_path / "restored.db"
    assert chidao(restored, "restore", str(backup)).exit_code == 0
    assert {item["id"] for item in chidao_json(restored, "directives")} == set(ids)
    assert chidao_json(restored, "status", mine)["status"] == "in_progress"


def test_a_store_filled_before_0013_reads_the_same_after_it(store: str) -> None:
    items = followed_up_store(store)
    before = _everything(store, items)
    ids = _raw(store, f"SELECT {ITEM_ID} {ITEMS} ORDER BY i.seq")
    assert _raw(store, "SELECT count(*) FROM items WHERE id IS NOT NULL") == [(0,)]

    _downgrade(store, "0012_item_data_as_values")
    assert _raw(store, "SELECT id FROM items ORDER BY seq") == ids  # every id written back

    open_engine(store)  # the next command upgrades the store
    forget_engines()
    assert _raw(store, "SELECT count(*) FROM items WHERE id IS NOT NULL") == [(0,)]
    assert _raw(store, f"SELECT {ITEM_ID} {ITEMS} ORDER BY i.seq") == ids
    assert _everything(store, items) == before


def test_an_id_of_another_form_kept_as_it_came_is_found_whole(tmp_path: Path) -> None:
    # A restored backup keeps an id that is not made of its report's (nothing in chidao writes
    # one, but a store is never refused its own ids): it is found by itself.
    db = store_with(tmp_path, ["ab12" + "0" * 60])
    with open_session(db) as session, session.begin():
        item = session.scalars(select(Item).where(Item.ordinal == 3)).one()
        item.stored_id = "legacy-item-7"
    with open_session(db) as session:
        assert resolve_item_id(session, "legacy-item-7") == "legacy-item-7"
        shown = get_item(session, "legacy-item-7")
        assert shown is not None and shown["id"] == "legacy-item-7" and shown["kind"] == "directives"
        assert get_item(session, "ab1200000000:directives:3") is None  # its made id names it no more


def test_reports_written_together_name_items_as_reports_written_one_by_one(
        store: str, tmp_path: Path) -> None:
    # `chidao ingest --parquet` writes 250 reports with one statement a table; two of them
    # sharing an id prefix, and one a copy of another, come out as they do written one at a time.
    from dataclasses import replace

    from sqlalchemy import Engine

    from chidao.store.ingest import IngestOutcome, write_prepared, write_together
    from chidao.store.rows import prepare

    quang_tri, kon_tum = (next(iter(read_source(str(path)))) for path in (QUANG_TRI, KON_TUM))
    copy = replace(quang_tri, text=quang_tri.text.replace("Quảng Trị", "Quảng Trị ", 1), source="copy.txt")
    reports = [prepare(quang_tri), prepare(replace(kon_tum, id=quang_tri.id[:12] + "e" * 52)),
               prepare(replace(copy, id="0" * 64))]
    dumps = []
    def one_by_one(engine: Engine) -> list[IngestOutcome]:
        return [write_prepared(engine, one) for one in reports]

    for db, write in ((store, lambda engine: write_together(engine, reports)),
                      (str(tmp_path / "one.db"), one_by_one)):
        outcomes = write(open_engine(db))
        forget_engines()
        assert [outcome.outcome for outcome in outcomes] == ["new"] * 3
        groups = [outcome.group_id for outcome in outcomes]
        assert groups == [quang_tri.id, reports[1].document.id, quang_tri.id]
        dumps.append(_raw(db, "SELECT d.id, d.group_id, i.id, i.kind, i.ordinal, i.text FROM items i "
                              "JOIN documents d ON d.seq = i.document_seq ORDER BY i.seq"))
        named = {document: stored for document, _, stored, *_ in dumps[-1]}
        assert named[quang_tri.id] is None and named["0" * 64] is None  # made of their ids
        assert named[reports[1].document.id].startswith(reports[1].document.id + ":")  # its whole id
    assert dumps[0] == dumps[1]
