"""The places each report names, as words of its search rows (`chidao.store.search_places`).

A search filtered by place read the matching rows newest first and kept those whose report
names the place: a province named by one report in sixteen cost a dozen milliseconds at
500,000 reports, a place named by none read every match (over a second). Each report's
search row now holds a word for each code, current code and name of its locality items, its
items' rows its provinces' codes (`chidao.store.search.row_place`), and the search asks the
index for one of them.

`documents.place_words` keeps the words each report's rows were given (a contentless FTS5
row is removed by giving its words again). On SQLite both search tables are made again with
the words (as 0011 made them, plus the words); on PostgreSQL the words are added to each
row's vector. The downgrade makes them without.

Revision ID: 0016_places_in_search
Revises: 0015_item_kinds_as_codes
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from chidao.store.search import index_indexed, indexed_text, place_words, with_place
from chidao.text.fold import fold_diacritics

revision = "0016_places_in_search"
down_revision = "0015_item_kinds_as_codes"
branch_labels = None
depends_on = None

_BATCH = 2_000
# Item kinds as 0015 coded them: localities 5; the kinds with words (chidao.store.item_data.WORDED_KINDS)
# events 2, legal_refs 4, directives 1, targets 8, commitments 0, indicators 3.
_LOCALITIES = 5
_WORDED = "(0, 1, 2, 3, 4, 8)"
# What each search row is made of (as 0011): a report's title (when its text does not start
# with it) and text; an item's words, for every item with words; and the report's seq.
_SOURCES = {
    "document_fts": "SELECT seq, seq, title, text FROM documents WHERE seq > :last ORDER BY seq",
    "item_fts": "SELECT seq, document_seq, NULL, words FROM ("
                "SELECT i.seq AS seq, i.document_seq AS document_seq, "
                f"coalesce(i.text, CASE WHEN i.kind IN {_WORDED} AND i.span_start IS NOT NULL THEN "
                "substr(d.text, i.span_start + 1, i.span_end - i.span_start) END) AS words FROM items i "
                "JOIN documents d ON d.seq = i.document_seq WHERE i.seq > :last) AS worded "
                "WHERE words IS NOT NULL AND words <> '' ORDER BY seq",
}


def _body(title: str | None, text: str) -> str:
    # chidao.store.rows.document_body, folded
    return fold_diacritics(title + "\n" + text if title and not text.startswith(title) else text)


def _store_words(connection: sa.Connection) -> None:
    """documents.place_words of every report, from its locality items."""
    last = -1
    while True:
        seqs = [seq for (seq,) in connection.execute(sa.text(
            f"SELECT seq FROM documents WHERE seq > :last ORDER BY seq LIMIT {_BATCH}"), {"last": last})]
        if not seqs:
            return
        found: dict[int, list[tuple[str | None, str | None, str | None]]] = defaultdict(list)
        for document_seq, code, current_code, name_key in connection.execute(sa.text(
                "SELECT document_seq, code, current_code, name_key FROM items "
                f"WHERE kind = {_LOCALITIES} AND document_seq >= :low AND document_seq <= :high"),
                {"low": seqs[0], "high": seqs[-1]}):
            found[document_seq].append((code, current_code, name_key))
        rows = [{"seq": seq, "words": place_words(found[seq])} for seq in seqs if found.get(seq)]
        rows = [row for row in rows if row["words"]]
        if rows:
            connection.execute(sa.text("UPDATE documents SET place_words = :words WHERE seq = :seq"), rows)
        last = seqs[-1]


def _sqlite_index_again(connection: sa.Connection, words: bool) -> None:
    """Both search tables made again (as 0011), each row with its report's words when `words`."""
    for table, source in _SOURCES.items():
        op.execute(f"DROP TABLE {table}")
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(body, content='', detail=none, columnsize=0, "
                   "tokenize='unicode61 remove_diacritics 0')")
        last = -1
        while True:
            found = connection.execute(sa.text(f"{source} LIMIT {_BATCH}"), {"last": last}).all()
            if not found:
                break
            places = {}
            if words:
                seqs = sorted({document_seq for _, document_seq, _, _ in found})
                places = dict(connection.execute(sa.text(
                    "SELECT seq, place_words FROM documents WHERE seq IN :seqs AND place_words IS NOT NULL")
                    .bindparams(sa.bindparam("seqs", expanding=True)), {"seqs": seqs}).all())
            index_indexed(connection, table, [
                (seq, with_place(indexed_text(_body(title, text)), places.get(document_seq) or "", table))
                for seq, document_seq, title, text in found])
            last = found[-1][0]


def upgrade() -> None:
    op.add_column("documents", sa.Column("place_words", sa.Text(), nullable=True))
    connection = op.get_bind()
    _store_words(connection)
    if connection.dialect.name == "sqlite":
        _sqlite_index_again(connection, words=True)
    else:
        op.execute("UPDATE document_fts f SET words = f.words || strip(to_tsvector('simple', d.place_words)) "
                   "FROM documents d WHERE d.seq = f.seq AND d.place_words IS NOT NULL")
        # an item's row: its report's provinces' codes only (chidao.store.search.row_place)
        provinces = ("array_to_string(array(SELECT w FROM unnest(string_to_array(d.place_words, ' ')) AS w "
                     "WHERE w ~ '^z[cq][0-9]{2}$'), ' ')")
        op.execute(f"UPDATE item_fts f SET words = f.words || strip(to_tsvector('simple', {provinces})) "
                   "FROM items i JOIN documents d ON d.seq = i.document_seq "
                   "WHERE i.seq = f.seq AND d.place_words IS NOT NULL")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        op.execute("UPDATE documents SET place_words = NULL")
        _sqlite_index_again(connection, words=False)
    else:
        unplaced = "ts_delete(f.words, string_to_array(d.place_words, ' '))"
        op.execute(f"UPDATE document_fts f SET words = {unplaced} "
                   "FROM documents d WHERE d.seq = f.seq AND d.place_words IS NOT NULL")
        op.execute(f"UPDATE item_fts f SET words = {unplaced} "
                   "FROM items i JOIN documents d ON d.seq = i.document_seq "
                   "WHERE i.seq = f.seq AND d.place_words IS NOT NULL")
    op.drop_column("documents", "place_words")
