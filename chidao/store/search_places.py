"""The places a report names, as words of its search rows, so that a search filtered by place
is answered by the index.

A search with `--locality` keeps the reports that name the place (a locality item with its
code, its current code or its name: `chidao.store.queries.locality_rows`). Checked row by
row, that costs as much as the matches read before the first that passes: a province named
by 6% of 500,000 reports made a search read 17 matches for each hit (9-13 ms), and a place no
report names made it read every match (1.3 s). So each report's search row also holds one word
for each code and name its locality items carry (`place_words`), each of its items' rows its
provinces' codes (`search.row_place`), and the search asks the index for them
(`filter_words`): "an ninh" in the reports naming a province is then one index lookup (under a
millisecond). A place asked for by name (a district, a commune, a country) is found by the index
among reports, and checked row by row among items.

- `place_words(localities)` (`chidao.store.search`, beside the index's other words): the words
  for (code, current code, name key) triples:
  "zc27" a code, "zq24" a current code, "zk" + the name's UTF-8 in hex for each name of a
  name key ("bac ninh" -> "zk626163206e696e68"), sorted, space-separated.
- `filter_words(place, table)`: the words a `LocalityFilter` is found by in a table's rows, any
  one of them (none among items' rows for a place asked for by name).
- `documents.place_words` holds the words each report's rows were indexed with, so that
  they can be removed again (a contentless FTS5 row is removed by giving its words) and
  changed when its places change: `refresh_places(connection, seqs)` indexes again the rows
  of the reports whose locality items no longer give the words stored (a correction of a
  place, re-extraction, items restored from a backup).

The words are part of the index's format (migration 0016 added them to every stored row);
the filter still checks each report's items (`chidao.store.queries.names_place`), so a text
that happens to hold such a word finds nothing it should not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, select, update

from chidao.store import search
from chidao.store.places import LocalityFilter
from chidao.store.rows import document_body
from chidao.store.schema import Document, Item
from chidao.store.search import place_word, place_words

_BATCH = 500  # reports a statement reads or writes


def filter_words(place: LocalityFilter, table: str = "document_fts") -> tuple[str, ...]:
    """The words of the rows of `table` whose reports name `place` (any one of them), as
    `locality_rows` finds them: a code, a current code, or a name key (a name key "old|new"
    holds both). Item rows hold their provinces' codes only (`search.row_place`): for a place
    asked for by name there are none, and the item search checks each row instead."""
    words = tuple(sorted({place_word("zc", code) for code in place.codes}
                         | {place_word("zq", code) for code in place.current_codes}
                         | {place_word("zk", key) for key in place.name_keys}))
    kept = tuple(word for word in words if search.row_place(table, word))
    return kept if kept == words else ()


def named_places(connection: Connection, seqs: Sequence[int]) -> dict[int, str]:
    """{document seq: `place_words` of its locality items now} for the reports `seqs`."""
    found: dict[int, list[tuple[str | None, str | None, str | None]]] = defaultdict(list)
    for start in range(0, len(seqs), _BATCH):
        for document_seq, code, current_code, name_key in connection.execute(
                select(Item.document_seq, Item.code, Item.current_code, Item.name_key)
                .where(Item.kind == "localities", Item.document_seq.in_(seqs[start:start + _BATCH]))):
            found[document_seq].append((code, current_code, name_key))
    return {seq: place_words(found.get(seq, ())) for seq in seqs}


def stored_places(connection: Connection, seqs: Sequence[int]) -> dict[int, str]:
    """{document seq: the words its search rows were indexed with} ("" for none)."""
    stored: dict[int, str] = {}
    for start in range(0, len(seqs), _BATCH):
        stored.update((seq, words or "") for seq, words in connection.execute(
            select(Document.seq, Document.place_words).where(Document.seq.in_(seqs[start:start + _BATCH]))))
    return stored


def search_rows(connection: Connection, seqs: Sequence[int]) -> tuple[list[tuple[int, int, str]],
                                                                    list[tuple[int, int, str]]]:
    """The search rows of the reports `seqs` as (document seq, row seq, original text): the
    reports' own (title and text) and their items' (those with words)."""
    documents: list[tuple[int, int, str]] = []
    items: list[tuple[int, int, str]] = []
    for start in range(0, len(seqs), _BATCH):
        chunk = seqs[start:start + _BATCH]
        documents += [(seq, seq, document_body(title, text)) for seq, title, text in connection.execute(
            select(Document.seq, Document.title, Document.text).where(Document.seq.in_(chunk)))]
        items += [(document_seq, seq, text) for document_seq, seq, text in connection.execute(
            select(Item.document_seq, Item.seq, Item.text).where(Item.document_seq.in_(chunk)))
            if text]
    return documents, items


def refresh_places(connection: Connection, seqs: Sequence[int]) -> int:
    """Index again the search rows of those reports `seqs` whose locality items give other
    words than their rows hold (caller's transaction); the reports changed."""
    stored, now = stored_places(connection, seqs), named_places(connection, seqs)
    changed = [seq for seq in seqs if seq in stored and stored[seq] != now[seq]]
    if not changed:
        return 0
    documents, items = search_rows(connection, changed)
    for table, rows in (("document_fts", documents), ("item_fts", items)):
        removed, added = [], []
        for document_seq, seq, body in rows:
            indexed = search.indexed_text(search.fold_body(body))
            before = search.with_place(indexed, stored[document_seq], table)
            after = search.with_place(indexed, now[document_seq], table)
            if before != after:  # an item's row holds the provinces only, which may not have changed
                removed.append((seq, before))
                added.append((seq, after))
        search.unindex_indexed(connection, table, removed)
        search.index_indexed(connection, table, added)
    documents_table = Document.__table__
    connection.execute(update(documents_table).where(documents_table.c.seq == bindparam("b_seq"))
                       .values(place_words=bindparam("b_words")),
                       [{"b_seq": seq, "b_words": now[seq] or None} for seq in changed])
    return len(changed)

