"""Migration 0008 (items refer to their document by its row number, not its 64-character id)
converts a store filled at 0007 without losing anything people entered; everything reads the
same, and the backup file is the same, naming each item's report by its id."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import inspect
from test_store_engine import STORE_FIXTURES, chidao, chidao_json
from test_store_lean_migration import ITEM_ID, ITEMS, OFFICE, _downgrade, _everything, _raw, followed_up_store

from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.migrate import current_revision

BEFORE = "0007_lean_store"


def test_a_store_filled_before_0008_reads_the_same_after_it(store: str) -> None:
    items = followed_up_store(store)
    before = _everything(store, items)
    documents = _raw(store, "SELECT seq, id FROM documents ORDER BY seq")
    by_item = dict(_raw(store, f"SELECT {ITEM_ID}, d.id {ITEMS}"))

    _downgrade(store, BEFORE)
    assert current_revision(create_store_engine(store)) == BEFORE
    assert dict(_raw(store, "SELECT id, document_id FROM items")) == by_item

    open_engine(store)  # the next command upgrades the store
    forget_engines()
    assert _everything(store, items) == before
    assert _raw(store, "SELECT seq, id FROM documents ORDER BY seq") == documents
    assert dict(_raw(store, f"SELECT {ITEM_ID}, d.id {ITEMS}")) \
        == by_item
    engine = create_store_engine(store)
    try:
        columns = {column["name"] for column in inspect(engine).get_columns("items")}
        assert "document_seq" in columns and "document_id" not in columns
        indexes = {index["name"]: index["column_names"] for index in inspect(engine).get_indexes("items")}
        assert indexes["ix_items_document_kind"] == ["document_seq", "kind", "ordinal"]  # since 0013
        assert indexes["ix_items_kind_code"] == ["kind", "code", "document_seq"]
        (foreign,) = inspect(engine).get_foreign_keys("items")
        assert (foreign["constrained_columns"], foreign["referred_columns"]) == (["document_seq"], ["seq"])
    finally:
        engine.dispose()


def test_deleting_a_report_takes_its_items_and_its_backup_names_reports_by_id(store: str,
                                                                              tmp_path: Path) -> None:
    assert chidao(store, "ingest", str(STORE_FIXTURES)).exit_code == 0
    directives = chidao_json(store, "directives", "--copies")
    gone = directives[-1]["document_id"]
    left = _raw(store, "SELECT count(*) FROM items")[0][0]
    theirs = _raw(store, "SELECT count(*) FROM items i JOIN documents d ON d.seq = i.document_seq "
                         f"WHERE d.id = '{gone}'")[0][0]
    assert theirs > 0
    deleted = chidao(store, "document", "delete", gone[:12], "--reason", "trùng", "--yes", env=OFFICE)
    assert deleted.exit_code == 0
    assert _raw(store, "SELECT count(*) FROM items")[0][0] == left - theirs
    assert gone not in {d["document_id"] for d in chidao_json(store, "directives", "--copies")}

    backup = tmp_path / "backup.jsonl"
    assert chidao(store, "backup", str(backup)).exit_code == 0
    rows = [json.loads(line) for line in backup.read_text(encoding="utf-8").splitlines()[1:]]
    documents = {row["row"]["id"] for row in rows if row["table"] == "documents"}
    items = [row["row"] for row in rows if row["table"] == "items"]
    assert items and all(item["document_id"] in documents and "document_seq" not in item for item in items)
