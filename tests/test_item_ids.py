"""Ids are long: every command takes a unique prefix, and an ambiguous one names the candidates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_store_engine import chidao

from chidao.store.lookup import AmbiguousId, UnknownId, resolve_document_id, resolve_item_id
from chidao.store.queries import open_session
from chidao.store.schema import Document, Item

NOW = dt.datetime(2024, 5, 9, tzinfo=dt.UTC)


def store_with(path: Path, document_ids: list[str]) -> str:
    """A store holding bare documents with these ids, each with directives 0-11 (ids chosen by the test)."""
    db = str(path / "chidao.db")
    with open_session(db, create=True) as session, session.begin():
        for document_id in document_ids:
            document = Document(id=document_id, source=f"{document_id[:4]}.txt", title=None, date=None,
                                text="x", ingested_at=NOW, extracted_at=NOW)
            session.add(document)
            session.flush()
            session.add_all(Item(id=f"{document_id[:12]}:directives:{n}", document_seq=document.seq,
                                 kind="directives", ordinal=n, data={}) for n in range(12))
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
