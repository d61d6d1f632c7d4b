"""An item's words are read from its report's text at its span (migration 0009): the store keeps
them nowhere else, whichever way the item came in (ingest, re-extraction, an item a person
added, a restored backup); a store filled before reads the same after; words that are not the
report's text at the span would be kept as they are."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import text
from test_store_engine import QUANG_TRI, chidao, chidao_json
from test_store_lean_migration import ITEM_ID, ITEMS, _downgrade, _everything, _raw, followed_up_store

from chidao.extract import pipeline
from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.migrate import current_revision
from chidao.store.queries import get_item, open_session
from chidao.store.report_text import unpack

BEFORE = "0008_items_by_document_row"
WORDED = "('events', 'legal_refs', 'directives', 'targets', 'commitments', 'indicators')"


def _stored_words(store: str) -> int:
    return _raw(store, "SELECT count(*) FROM items WHERE text IS NOT NULL")[0][0]


def _grounded(store: str) -> None:
    """Every item of a kind with words reads the report's text at its span."""
    texts = {id_: unpack(value) for id_, value in _raw(store, "SELECT id, text FROM documents")}
    items = [item for kind in ("directives", "targets", "commitments", "indicators")
             for item in chidao_json(store, kind, "--rejected", "--copies", "--orphans")]
    assert items
    for item in items:
        assert texts[item["document_id"]][item["span"][0]:item["span"][1]] == item["text"]


def test_a_store_filled_before_0009_reads_the_same_after_it(store: str) -> None:
    items = followed_up_store(store)
    before = _everything(store, items)
    assert _stored_words(store) == 0

    _downgrade(store, BEFORE)
    assert current_revision(create_store_engine(store)) == BEFORE
    worded = _raw(store, f"SELECT count(*) FROM items WHERE kind IN {WORDED}")[0][0]
    assert _stored_words(store) == worded > 0  # the words were written back

    open_engine(store)  # the next command upgrades the store
    forget_engines()
    assert _everything(store, items) == before
    assert _stored_words(store) == 0


def test_no_way_in_stores_an_items_words(store: str, tmp_path: Path, monkeypatch) -> None:
    assert chidao(store, "ingest", str(QUANG_TRI)).exit_code == 0
    directive = chidao_json(store, "directives")[0]
    added = chidao_json(store, "add-item", directive["document_id"][:8], "--kind", "targets",
                        "--span", *map(str, directive["span"]))
    assert added["item"]["text"] == directive["text"]
    real = pipeline.extract_document

    def shifted(document):  # a "newer" extractor whose directives end one character earlier
        extraction = real(document)
        extraction.directives = [dataclasses.replace(d, text=d.text[:-1], span=(d.span[0], d.span[1] - 1))
                                 for d in extraction.directives]
        return extraction

    monkeypatch.setattr(pipeline, "extract_document", shifted)
    assert chidao(store, "reextract").exit_code == 0
    assert _stored_words(store) == 0
    again = {d["id"]: d for d in chidao_json(store, "directives")}[directive["id"]]
    assert again["text"] == directive["text"][:-1] and again["span"][1] == directive["span"][1] - 1
    _grounded(store)
    found = chidao_json(store, "search", directive["text"][:40])
    assert directive["id"] in {hit["id"] for hit in found}

    backup = tmp_path / "backup.jsonl"
    assert chidao(store, "backup", str(backup)).exit_code == 0
    assert '"text": null' not in next(line for line in backup.read_text(encoding="utf-8").splitlines()
                                      if '"directives"' in line and '"table": "items"' in line)
    restored = str(tmp_path / "restored.db")
    assert chidao(restored, "restore", str(backup)).exit_code == 0
    assert _stored_words(restored) == 0
    assert chidao_json(restored, "directives") == chidao_json(store, "directives")
    _grounded(restored)


def test_words_that_are_not_the_reports_text_at_the_span_are_kept(store: str) -> None:
    assert chidao(store, "ingest", str(QUANG_TRI)).exit_code == 0
    directive = chidao_json(store, "directives")[0]
    engine = create_store_engine(store)
    with engine.begin() as connection:
        connection.execute(text(f"UPDATE items SET text = 'chữ khác' WHERE seq = (SELECT i.seq {ITEMS} "
                                f"WHERE {ITEM_ID} = :id)"), {"id": directive["id"]})
    engine.dispose()
    with open_session(store) as session:
        shown = get_item(session, directive["id"])
    assert shown is not None and shown["text"] == "chữ khác"
