"""A leaner store: items' `data` as minified JSON, without the item's words.

`items.data` is rewritten in batches as minified JSON (no spaces after separators, UTF-8
characters as they are: `chidao.store.item_data.dumps`), and without "text" where it is the
item's `text` column and goes back in the same place (`chidao.store.item_data.full_data`,
which every reader goes through): the item reads exactly as before. Every other value stays.

`document_bands` is keyed by (band, the document's row number `documents.seq`) instead of
its 64-character id, WITHOUT ROWID on SQLite (the table is its primary key's b-tree); the
rows are copied over.

On SQLite the full-text tables are made again with `columnsize=0` (search scores its
candidates in Python, `chidao.store.ranking`: FTS5's row sizes are never read; positions
stay, `detail=full`, for phrases such as "Đề án 06"), and filled from the documents' and
items' text, folded as ingest folds it. PostgreSQL's search tables are unchanged.

Revision ID: 0007_lean_store
Revises: 0006_pg_search_words
Create Date: 2026-12-02
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from chidao.text.fold import fold_diacritics

revision = "0007_lean_store"
down_revision = "0006_pg_search_words"
branch_labels = None
depends_on = None

_BATCH = 2_000


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# chidao.store.item_data as of this revision (a migration keeps its own rule): the fields
# after "text" in each kind's contract order, before which it is put back.
_AFTER_TEXT = {"events": {"span"}, "legal_refs": {"span"}, "directives": {"topics", "span"},
               "targets": {"span"}, "commitments": {"span"}, "indicators": {"span"}}


def _full(kind: str, stored: dict, text: str) -> dict:
    out: dict = {}
    placed = False
    for key, value in stored.items():
        if not placed and key in _AFTER_TEXT.get(kind, ()):
            out["text"] = text
            placed = True
        out[key] = value
    if not placed:
        out["text"] = text
    return out


def _lean(kind: str, data: object, text: str | None) -> object:
    """`data` without "text" when `_full` gives it back exactly, else `data`."""
    if text is None or not isinstance(data, dict) or data.get("text") != text:
        return data
    kept = {key: value for key, value in data.items() if key != "text"}
    return kept if list(_full(kind, kept, text)) == list(data) else data


def _rewrite_item_data(connection: sa.Connection, lean: bool = True) -> None:
    """Every item's `data` minified, without the item's words (`lean`) or with them."""
    data = "data" if connection.dialect.name == "sqlite" else "data::text"  # as written
    last = -1
    while True:
        rows = connection.execute(sa.text(
            f"SELECT seq, kind, text, {data} FROM items WHERE seq > :last ORDER BY seq LIMIT {_BATCH}"),
            {"last": last}).all()
        if not rows:
            break
        changed = []
        for seq, kind, text, raw in rows:
            value = json.loads(raw)
            if lean:
                value = _lean(kind, value, text)
            elif text is not None and isinstance(value, dict) and "text" not in value:
                value = _full(kind, value, text)
            written = _dumps(value)
            if written != raw:
                changed.append({"seq": seq, "data": written})
        if changed:
            connection.execute(sa.text("UPDATE items SET data = :data WHERE seq = :seq"), changed)
        last = rows[-1][0]


def _rebuild_bands(connection: sa.Connection, by_seq: bool) -> None:
    """`document_bands` keyed by the document's row number (`by_seq`), or by its id as before."""
    sqlite = connection.dialect.name == "sqlite"
    # (column here, its type, the documents column it holds); the same for the table now
    new = ("document_seq", "INTEGER", "seq") if by_seq else ("document_id", "VARCHAR(64)", "id")
    old = ("document_id", "VARCHAR(64)", "id") if by_seq else ("document_seq", "INTEGER", "seq")
    op.execute(f"CREATE TABLE document_bands_new (band BIGINT NOT NULL, {new[0]} {new[1]} NOT NULL "
               f"REFERENCES documents ({new[2]}) ON DELETE CASCADE, PRIMARY KEY (band, {new[0]}))"
               + (" WITHOUT ROWID" if sqlite and by_seq else ""))
    op.execute(f"INSERT INTO document_bands_new (band, {new[0]}) SELECT b.band, d.{new[2]} "
               f"FROM document_bands b JOIN documents d ON d.{old[2]} = b.{old[0]} "
               f"ORDER BY b.band, d.{new[2]}")
    op.execute("DROP TABLE document_bands")
    op.execute("ALTER TABLE document_bands_new RENAME TO document_bands")
    if not sqlite:
        op.execute("ALTER INDEX document_bands_new_pkey RENAME TO document_bands_pkey")


def _body(title: str | None, text: str) -> str:
    # chidao.store.rows.document_body: the title, when the text does not start with it, and the text
    return title + "\n" + text if title and not text.startswith(title) else text


def _rebuild_search(connection: sa.Connection, options: str) -> None:
    """SQLite's contentless FTS5 tables made again with `options`, filled from the rows."""
    if connection.dialect.name != "sqlite":
        return
    for table, rows in (
            ("document_fts", "SELECT seq, title, text FROM documents WHERE seq > :last ORDER BY seq"),
            ("item_fts", "SELECT seq, NULL, text FROM items WHERE seq > :last AND text IS NOT NULL "
                         "ORDER BY seq")):
        op.execute(f"DROP TABLE {table}")
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(body, content=''{options}, "
                   "tokenize='unicode61 remove_diacritics 0')")
        last = -1
        while True:
            found = connection.execute(sa.text(f"{rows} LIMIT {_BATCH}"), {"last": last}).all()
            if not found:
                break
            connection.exec_driver_sql(f"INSERT INTO {table} (rowid, body) VALUES (?, ?)", [
                (seq, fold_diacritics(_body(title, text))) for seq, title, text in found])
            last = found[-1][0]


def upgrade() -> None:
    connection = op.get_bind()
    _rewrite_item_data(connection)
    _rebuild_bands(connection, by_seq=True)
    _rebuild_search(connection, ", columnsize=0")


def downgrade() -> None:
    connection = op.get_bind()
    _rebuild_search(connection, "")
    _rebuild_bands(connection, by_seq=False)
    _rewrite_item_data(connection, lean=False)
