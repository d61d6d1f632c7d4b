"""The places stored reports are about, read for the `--locality` filter.

SQL finds the items of reports that name a place anywhere (the locality
indexes); `ReportPlaces(session).about(place, items)` keeps those the item is
about, by name: its report's events' places (else the report's main place) or
its own scope (`chidao.store.places.item_place_names`), against every name the
place goes by (`LocalityFilter.names`). Each report's places are read once per
`ReportPlaces`: a search asks for its item and report candidates with one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from chidao.store.bulk import select_sql
from chidao.store.item_data import field_path, kinds_sql
from chidao.store.places import LocalityFilter, event_place_names, item_place_names, main_place

BATCH = 500  # reports whose places are read in one statement
# (the events' place names, how many mentions a locality has, its level): SQLite, PostgreSQL.
_JSON_READS = {sqlite: (field_path(sqlite, "events", "localities"),
                        field_path(sqlite, "localities", "mentions", length=True),
                        field_path(sqlite, "localities", "level"))
               for sqlite in (True, False)}


class ReportPlaces:
    """Per report (by id): the folded names of the places its events name, else of its main place."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.names: dict[str, frozenset[str]] = {}

    def about(self, place: LocalityFilter, items: Sequence[dict[str, Any]]) -> list[bool]:
        """For each item dict ("document_id", and "scope" for targets and indicators): whether
        the item is about `place`."""
        self._read(sorted({item["document_id"] for item in items} - set(self.names)))
        return [place.named(item_place_names(item, self.names[item["document_id"]], None)) for item in items]

    def _read(self, documents: list[str]) -> None:
        """Read the places of `documents`, two statements a batch: the names their events give;
        for a report whose events name none, the name of the place it names most (provinces
        first on a tie, then the first named)."""
        connection = self.session.connection()
        # Driver-level: a search reads a few hundred rows here, and SQLAlchemy's row processing
        # cost more than the query. What JSON holds is read in SQL.
        names, mentions, level = _JSON_READS[connection.dialect.name == "sqlite"]
        rows: dict[int, str] = {}  # the documents' row numbers, which the items hold
        for start in range(0, len(documents), BATCH):
            batch = documents[start:start + BATCH]
            found = _row_numbers(connection, batch)
            rows.update(found)
            if not found:
                continue  # none stored (deleted meanwhile): no place
            events: dict[str, list[dict[str, Any]]] = {document_id: [] for document_id in batch}
            for seq, localities in connection.exec_driver_sql(
                    _select(connection, f"document_seq, {names}", len(found), kinds_sql(("events",))),
                    (*found, False)):
                events[found[seq]].append({"localities": json.loads(localities) if localities else []})
            self.names.update((document_id, event_place_names(listed))
                              for document_id, listed in events.items())
        unnamed = [seq for seq, document_id in rows.items() if not self.names[document_id]]
        for start in range(0, len(unnamed), BATCH):
            batch = unnamed[start:start + BATCH]
            named: dict[int, list[dict[str, Any]]] = {seq: [] for seq in batch}
            for seq, name_key, count, unit_level in connection.exec_driver_sql(
                    _select(connection, f"document_seq, name_key, {mentions}, {level}", len(batch),
                            kinds_sql(("localities",)), order="document_seq, ordinal"), (*batch, False)):
                named[seq].append({"name": (name_key or "").partition("|")[0],
                                   "mention_count": count or 0, "level": unit_level})
            for seq, found in named.items():
                main = main_place(found)
                self.names[rows[seq]] = frozenset({main["name"]}) if main and main["name"] else frozenset()
        for document_id in documents:  # not stored (deleted meanwhile): no place
            self.names.setdefault(document_id, frozenset())


def _row_numbers(connection: Connection, documents: list[str]) -> dict[int, str]:
    """{row number: id} of the stored `documents` (ids)."""
    sql = f"SELECT seq, id FROM documents WHERE id IN ({', '.join('?' * len(documents))})"
    return dict(connection.exec_driver_sql(select_sql(connection.dialect, sql), tuple(documents)).all())


def _select(connection: Connection, columns: str, count: int, kinds: str, order: str = "") -> str:
    """SELECT `columns` of the items of `count` documents (row numbers) and `kinds` (not orphaned),
    in the driver's style."""
    return select_sql(connection.dialect, (
        f"SELECT {columns} FROM items WHERE document_seq IN ({', '.join('?' * count)}) "
        f"AND kind IN {kinds} AND orphan = ?" + (f" ORDER BY {order}" if order else "")))
