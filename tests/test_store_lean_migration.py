"""Migration 0007 (a leaner store: items' data minified and without the item's words, LSH bands
keyed by the document's row number, SQLite's full-text tables without row sizes) converts a
store filled at 0006 without losing anything people entered, and everything reads the same."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import TextClause, text
from test_store_engine import STORE_FIXTURES, chidao, chidao_json

from chidao.store import dedup
from chidao.store.engine import create_store_engine, forget_engines, open_engine
from chidao.store.item_data import KINDS
from chidao.store.migrate import _schema_lock, alembic_config, current_revision, upgrade
from chidao.store.queries import get_item, open_session
from chidao.store.report_text import unpack
from chidao.store.search import fold_body, token_text

BEFORE = "0006_pg_search_words"
# Each item's id and the rows it is made of (stored only where not made, migration 0013; the
# kind kept as its code, 0015).
KIND_NAME = "CASE i.kind " + " ".join(f"WHEN {code} THEN '{kind}'" for code, kind in enumerate(KINDS)) \
    + " END"
ITEM_ID = f"coalesce(i.id, substr(d.id, 1, 12) || ':' || {KIND_NAME} || ':' || i.ordinal)"
ITEMS = "FROM items i JOIN documents d ON d.seq = i.document_seq"
OFFICE = {"CHIDAO_USER": "van_phong"}
ID_CARDS = "100% người dân được cấp căn cước điện tử"


def _downgrade(store: str, revision: str) -> None:
    engine = create_store_engine(store)
    config = alembic_config()
    with _schema_lock(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()
    forget_engines()


def _raw(store: str, sql: str) -> list[tuple]:
    engine = create_store_engine(store)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


def _everything(store: str, items: list[str]) -> dict[str, object]:
    """What people read of the store: registers (rejected and copies included), each item with its
    history, search, corrections, the backup's rows."""
    out: dict[str, object] = {}
    for kind in ("directives", "targets", "commitments", "indicators"):
        out[kind] = chidao_json(store, kind, "--rejected", "--copies")
    out["status"] = [chidao_json(store, "status", item) for item in items]
    out["search"] = [chidao_json(store, "search", words) for words in ("ma túy", "căn cước", "Đề án 06")]
    out["corrections"] = chidao_json(store, "corrections", "list")
    backup = Path(store).with_suffix(".jsonl") if "://" not in store else None
    if backup is not None:
        assert chidao(store, "backup", str(backup)).exit_code == 0
        out["backup"] = [line for line in backup.read_text(encoding="utf-8").splitlines()[1:]]
    return out


def followed_up_store(store: str) -> list[str]:
    """The fixtures ingested and followed up (status, a correction, a rejection, an added item,
    a report deleted, an account); returns the ids of the items people touched."""
    assert chidao(store, "ingest", str(STORE_FIXTURES)).exit_code == 0
    directives = chidao_json(store, "directives")
    first, second = directives[0]["id"], directives[1]["id"]
    assert chidao(store, "status", first, "--set", "in_progress", "--owner", "Phòng PC06", "--due",
                  "2030-12-31", "--note", "Đã giao", env=OFFICE).exit_code == 0
    assert chidao(store, "correct", first, "--set", "speaker=Nguyễn Văn An", env=OFFICE).exit_code == 0
    assert chidao(store, "reject", second, "--reason", "không phải chỉ đạo", env=OFFICE).exit_code == 0
    added = chidao_json(store, "add-item", directives[0]["document_id"][:8], "--kind", "targets",
                        "--span", *map(str, directives[0]["span"]), "--set", "metric_key=electronic_ids")
    others = [d["document_id"] for d in directives if d["document_id"] != directives[0]["document_id"]]
    assert others, "the fixtures hold directives of several reports"
    assert chidao(store, "document", "delete", others[-1][:12], "--reason", "trùng", "--yes",
                  env=OFFICE).exit_code == 0
    assert chidao(store, "user", "add", "lan", "--role", "editor").exit_code == 0
    return [first, second, added["item"]["id"]]


def test_a_store_filled_before_0007_reads_the_same_after_it(store: str) -> None:
    # Filled and followed up with this chidao, taken back to 0006 (the layout 0006 wrote:
    # the words in `data`, bands by document id), then upgraded again by the next command.
    items = followed_up_store(store)
    before = _everything(store, items)

    _downgrade(store, BEFORE)
    assert current_revision(create_store_engine(store)) == BEFORE
    with_words = _raw(store, "SELECT count(*) FROM items WHERE text IS NOT NULL")[0][0]
    in_data = [json.loads(data) if isinstance(data, str) else data
               for (data,) in _raw(store, "SELECT data FROM items WHERE text IS NOT NULL")]
    assert sum("text" in data for data in in_data) == with_words > 0
    assert _raw(store, "SELECT count(DISTINCT document_id) FROM document_bands")[0][0] > 0

    open_engine(store)  # the next command upgrades the store
    forget_engines()
    assert _everything(store, items) == before
    stored = [json.loads(data) if isinstance(data, str) else data
              for (data,) in _raw(store, "SELECT data FROM items")]
    assert not any("text" in data for data in stored)
    assert _raw(store, "SELECT count(*) FROM users WHERE name = 'lan'") == [(1,)]


def _store_at_0006(store: str) -> dict[str, dict]:
    """A store at 0006 holding rows as chidao 0006 wrote them (JSON with spaces, the words in
    `data`), people's data on them; returns each item's data by id."""
    engine = create_store_engine(store)
    upgrade(engine, BEFORE)
    report = ("Bộ trưởng Tô Lâm yêu cầu Công an tỉnh triển khai Đề án 06/ĐA-UBND, "
              f"bảo đảm {ID_CARDS} và kéo giảm tội phạm ma túy.")
    directive, target = report[25:], report[75:115]
    assert target == ID_CARDS
    data = {
        "d1:directives:0": {"speaker": "Tô Lâm", "verb": "yêu cầu", "addressee": "Công an tỉnh",
                            "text": directive, "topics": ["drugs"], "span": [25, len(report)]},
        # added by a person, one field corrected
        "d1:targets:0": {"metric": None, "metric_key": "electronic_ids", "direction": None, "value": None,
                         "unit": None, "at_least": False, "baseline": None, "deadline": None, "scope": None,
                         "text": target, "span": [75, 115]},
        # words other than the item's own, or somewhere else: kept as they are
        "d1:events:0": {"type": "other", "date": None, "place": None, "localities": [], "leader": None,
                        "text": "something else", "span": [0, 10]},
        "d1:legal_refs:0": {"text": report[49:65], "kind": "Đề án", "number": "06", "symbol": "ĐA-UBND",
                            "name": None, "date": None, "issuer": None, "span": [49, 65]},
        "d1:people:0": {"name": "Tô Lâm", "ranks": [], "positions": ["Bộ trưởng"], "mentions": [[10, 16]]},
    }
    texts = {"d1:directives:0": directive, "d1:targets:0": target, "d1:events:0": report[0:10],
             "d1:legal_refs:0": report[49:65], "d1:people:0": None}
    sig = dedup.signature(report)
    sqlite = engine.dialect.name == "sqlite"

    def body(words: str) -> str:  # a search row as 0006 wrote it
        return fold_body(words) if sqlite else token_text(fold_body(words))

    def search_row(table: str) -> TextClause:
        return text(f"INSERT INTO {table} ({'rowid' if sqlite else 'seq'}, body) VALUES (:seq, :body)")

    with engine.begin() as connection:
        seq = connection.execute(text(
            "INSERT INTO documents (id, source, text, date, group_id, minhash, ingested_at, extracted_at) "
            "VALUES ('d1', 'cu.txt', :text, '2024-05', 'd1', :minhash, :at, :at) RETURNING seq"),
            {"text": report, "minhash": dedup.to_bytes(sig), "at": "2024-05-09 07:00:00"}).scalar_one()
        connection.execute(search_row("document_fts"), {"seq": seq, "body": body(report)})
        for band in sorted(set(dedup.band_keys(sig))):
            connection.execute(text("INSERT INTO document_bands (band, document_id) VALUES (:band, 'd1')"),
                               {"band": band})
        for ordinal, (item, values) in enumerate(data.items()):
            kind = item.split(":")[1]
            span = values.get("span") or values["mentions"][0]
            item_seq = connection.execute(text(
                "INSERT INTO items (id, document_id, kind, ordinal, text, span_start, span_end, data, date, "
                "status, owner, due, notes, orphan, rejected, origin, machine_values) VALUES (:id, 'd1', "
                ":kind, :ordinal, :text, :start, :end, :data, '2024-05', :status, :owner, :due, :notes, "
                ":no, :rejected, :origin, :machine) RETURNING seq"),
                {"id": item, "kind": kind, "ordinal": ordinal, "text": texts[item], "start": span[0],
                 "end": span[1], "data": json.dumps(values, ensure_ascii=ordinal % 2 == 0),
                 "status": "in_progress" if kind == "directives" else None,
                 "owner": "Phòng PC06" if kind == "directives" else None,
                 "due": "2024-12-31" if kind == "directives" else None,
                 "notes": "Đã giao" if kind == "directives" else None, "no": False,
                 "rejected": kind == "events", "origin": "person" if kind == "targets" else "machine",
                 "machine": '{"metric_key": null}' if kind == "targets" else None}).scalar_one()
            if texts[item]:
                connection.execute(search_row("item_fts"), {"seq": item_seq, "body": body(texts[item])})
        connection.execute(text(
            "INSERT INTO status_history (item_id, at, who, field, old_value, new_value) "
            "VALUES ('d1:directives:0', :at, 'vp', 'status', 'open', 'in_progress')"), {"at": "2024-05-10"})
        connection.execute(text(
            "INSERT INTO corrections (at, who, action, document_id, item_id, kind, field, old_value, "
            "new_value) VALUES (:at, 'vp', 'correct', 'd1', 'd1:targets:0', 'targets', 'metric_key', "
            "'null', '\"electronic_ids\"')"), {"at": "2024-05-10"})
        connection.execute(text(
            "INSERT INTO users (name, role, password_hash, created_at, disabled, password_temporary) "
            "VALUES ('lan', 'editor', 'x', :at, :no, :no)"), {"at": "2024-05-10", "no": False})
    engine.dispose()
    return data


def test_rows_written_by_0006_read_the_same_after_0007(store: str) -> None:
    data = _store_at_0006(store)
    open_engine(store)
    forget_engines()
    with open_session(store) as session:
        for item, values in data.items():
            shown = get_item(session, item)
            assert shown is not None
            # (a legal reference's own "kind" is shown as "legal_refs", as before)
            assert {key: shown[key] for key in values if key != "kind"} == {
                key: value for key, value in values.items() if key != "kind"}
            assert list(shown)[:len(values)] == list(values)  # in the same order
    stored = dict(_raw(store, f"SELECT {ITEM_ID}, i.data {ITEMS}"))
    stored = {item: json.loads(value) if isinstance(value, str) else value for item, value in stored.items()}
    assert "text" not in stored["d1:directives:0"] and "text" not in stored["d1:targets:0"]
    assert stored["d1:events:0"]["text"] == "something else"  # not the item's words: kept
    assert stored["d1:legal_refs:0"]["text"] == data["d1:legal_refs:0"]["text"]  # not in its place: kept
    raw = dict(_raw(store, f"SELECT {ITEM_ID}, CAST(i.data AS TEXT) {ITEMS}"))
    assert ", " not in raw["d1:people:0"] and "Tô Lâm" in raw["d1:people:0"]  # minified, as written
    shown = chidao_json(store, "status", "d1:directives:0")
    assert (shown["status"], shown["owner"], shown["due"], shown["notes"]) == (
        "in_progress", "Phòng PC06", "2024-12-31", "Đã giao")
    assert [(h["who"], h["new"]) for h in shown["history"]] == [("vp", "in_progress")]
    target = chidao_json(store, "status", "d1:targets:0")
    assert (target["origin"], target["machine_values"], target["text"]) == (
        "person", {"metric_key": None}, ID_CARDS)
    assert [c["item_id"] for c in chidao_json(store, "corrections", "list")] == ["d1:targets:0"]
    # The search rows are made again from the rows; the bands find the report's group.
    assert [hit["id"] for hit in chidao_json(store, "search", "Đề án 06", "--kind", "documents")] == ["d1"]
    assert "d1:targets:0" in {hit["id"] for hit in chidao_json(store, "search", "căn cước")}
    (report, minhash), = _raw(store, "SELECT text, minhash FROM documents")
    bands = sorted(set(dedup.band_keys(dedup.signature(unpack(report)))))
    with open_engine(store).connect() as connection:
        assert dedup.find_groups(connection, [("d9", dedup.from_bytes(minhash), bands)]) == ["d1"]
    assert _raw(store, "SELECT name, role FROM users") == [("lan", "editor")]
