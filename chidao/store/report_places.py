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
from chidao.store.places import LocalityFilter, event_place_names, item_place_names, main_place

BATCH = 500  # reports whose places are read in one statement
# (the events' place names, how many mentions a locality has, its level): SQLite, PostgreSQL.
_JSON_READS = {
    True: ("json_extract(data, '$.localities')", "json_array_length(data, '$.mentions')",
           "json_extract(data, '$.level')"),
    False: ("CAST(data -> 'localities' AS TEXT)", "json_array_length(data -> 'mentions')",
            "data ->> 'level'"),
}


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
        """Read the places of `documents`, one statement a batch: the names their events give;
        for a report whose events name none, the name of the place it names most (provinces
        first on a tie, then the first named)."""
        connection = self.session.connection()
        # Driver-level: a search reads a few hundred rows here, and SQLAlchemy's row processing
        # cost more than the query. What JSON holds is read in SQL.
        names, mentions, level = _JSON_READS[connection.dialect.name == "sqlite"]
        for start in range(0, len(documents), BATCH):
            batch = documents[start:start + BATCH]
            events: dict[str, list[dict[str, Any]]] = {document_id: [] for document_id in batch}
            for document_id, found in connection.exec_driver_sql(
                    _select(connection, f"d.id, {names}", batch, "('events')"), (*batch, False)):
                events[document_id].append({"localities": json.loads(found) if found else []})
            self.names.update((document_id, event_place_names(found))
                              for document_id, found in events.items())
        unnamed = [document_id for document_id in documents if not self.names[document_id]]
        for start in range(0, len(unnamed), BATCH):
            batch = unnamed[start:start + BATCH]
            localities: dict[str, list[dict[str, Any]]] = {document_id: [] for document_id in batch}
            for document_id, name_key, count, unit_level in connection.exec_driver_sql(
                    _select(connection, f"d.id, name_key, {mentions}, {level}", batch,
                            "('localities')", order="d.id, ordinal"), (*batch, False)):
                localities[document_id].append({"name": (name_key or "").partition("|")[0],
                                                "mention_count": count or 0, "level": unit_level})
            for document_id, found in localities.items():
                main = main_place(found)
                self.names[document_id] = frozenset({main["name"]}) if main and main["name"] else frozenset()


def _select(connection: Connection, columns: str, documents: list[str], kinds: str, order: str = "") -> str:
    """SELECT `columns` of the items of `documents` (ids) and `kinds` (not orphaned), in the driver's
    style; `d` is the item's document."""
    return select_sql(connection.dialect, (
        f"SELECT {columns} FROM items JOIN documents d ON d.seq = items.document_seq "
        f"WHERE d.id IN ({', '.join('?' * len(documents))}) "
        f"AND kind IN {kinds} AND orphan = ?" + (f" ORDER BY {order}" if order else "")))
