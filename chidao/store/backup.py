"""A store as one portable file, and back: reports, items, follow-up history and corrections.

`write_backup(engine, out)` writes JSON Lines: a header

    {"format": "chidao/backup", "version": 1, "schema": "0004", "created_at": "…",
     "counts": {"documents": N, "items": N, "status_history": N, "corrections": N}}

then one `{"table": NAME, "row": {column: value}}` per row, tables in that order, rows by
their number (`seq`). Values are what the columns hold: text, numbers, booleans, JSON
(an item's `data` with its words, as extract@1 has it: `chidao.store.item_data`; an
item's report by its id, "document_id", not by the row number the store keeps);
times as ISO 8601 in UTC; a report's MinHash signature in base64. The same store gives
the same file (apart from `created_at`), whichever database it is on.

`read_backup(engine, lines, merge=False)` restores one into a store, in one
transaction (a broken file leaves the store as it was). Into an empty store every row
comes back as it was, numbers included (correction numbers are what `chidao corrections
undo` takes). A store that holds anything is refused unless `merge`: then the reports,
items, history rows and corrections it lacks are added (corrections under new numbers)
and what it has is kept as it is, except that an item both hold takes the backup's
status, owner, due date and notes where the store has none (never followed up there). What
the store derives (search rows, LSH bands) is
rebuilt from the rows, not carried in the file.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from sqlalchemy import Connection, DateTime, Engine, LargeBinary, Table, func, insert, select, text

from chidao.store import bulk, dedup, item_data, item_ids, search, search_places
from chidao.store.migrate import current_revision
from chidao.store.rows import document_body
from chidao.store.schema import Correction, Document, Item, StatusChange
from chidao.text.numbers import format_number

FORMAT = "chidao/backup"
VERSION = 1
TABLES: tuple[Table, ...] = (Document.__table__, Item.__table__, StatusChange.__table__,  # type: ignore[assignment]
                             Correction.__table__)
BATCH = 1000
FOLLOW_FIELDS = ("status", "owner", "due", "notes")
# Columns not written: an item's report is named by its id; a report's place words are its
# search rows' (`chidao.store.search_places`), made again from its places when restored.
_DERIVED_COLUMNS = ("document_seq", "place_words")


# The tables as a refusal names them.
TABLE_LABELS = {"documents": "văn bản", "items": "mục", "status_history": "thay đổi theo dõi",
                "corrections": "sửa chữa"}


class BackupError(ValueError):
    """A backup that cannot be restored here, said in one line."""


@dataclass(slots=True)
class RestoreOutcome:
    """Rows restored per table, and rows a merge found already there."""

    added: dict[str, int] = field(default_factory=lambda: {table.name: 0 for table in TABLES})
    kept: dict[str, int] = field(default_factory=lambda: {table.name: 0 for table in TABLES})


def _utc(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes: they were stored in UTC.
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _dump_value(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return _utc(value).isoformat()
    if isinstance(column.type, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    return value


def _load_value(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return _utc(dt.datetime.fromisoformat(value))
    if isinstance(column.type, LargeBinary):
        return base64.b64decode(value)
    return value


def backup_lines(engine: Engine) -> Iterator[str]:
    """The backup of the store at `engine`, line by line (see the module docstring)."""
    with engine.connect() as connection:
        counts = {table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                  for table in TABLES}
        header = {"format": FORMAT, "version": VERSION, "schema": current_revision(engine),
                  "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "counts": counts}
        yield json.dumps(header, ensure_ascii=False)
        for table in TABLES:
            query = select(table).order_by(table.c.seq)
            if table.name == "items":  # its report by id (row numbers differ from store to store), its words
                query = query.add_columns(Document.id.label("document_id"), Item.text.label("words")).join(
                    Document, Document.seq == table.c.document_seq)
            result = connection.execution_options(yield_per=BATCH).execute(query)
            for row in result.mappings():
                dumped = {column.name: _dump_value(column, row[column.name]) for column in table.columns
                          if column.name not in _DERIVED_COLUMNS}
                if table.name == "items":  # the item's fields as extract@1 has them, words included
                    dumped["document_id"], dumped["text"] = row["document_id"], row["words"]
                    dumped["id"] = row["id"] or item_data.item_id(row["document_id"], row["kind"],
                                                                  row["ordinal"])
                    dumped["data"] = item_data.full_data(row["kind"], row["data"], row["words"])
                yield json.dumps({"table": table.name, "row": dumped}, ensure_ascii=False, sort_keys=True)


def write_backup(engine: Engine, out: IO[str]) -> dict[str, int]:
    """Write the store's backup to `out`; returns the rows written per table."""
    counts: dict[str, int] = {}
    for number, line in enumerate(backup_lines(engine)):
        if number == 0:
            counts = json.loads(line)["counts"]
        out.write(line + "\n")
    return counts


def is_empty(connection: Connection) -> bool:
    """Whether the store holds no report, item, history row or correction."""
    return all(connection.execute(select(table.c.seq).limit(1)).first() is None for table in TABLES)


def read_backup(engine: Engine, lines: Iterable[str], *, merge: bool = False) -> RestoreOutcome:
    """Restore a backup (its lines) into the store at `engine`; BackupError when it cannot be
    (not a backup, a newer version or schema, the store not empty and `merge` false)."""
    stream = iter(lines)
    header = _header(next(stream, ""), engine)
    by_name = {table.name: table for table in TABLES}
    outcome = RestoreOutcome()
    with engine.begin() as connection:
        from chidao.store.locking import hold_write_lock

        hold_write_lock(connection)
        empty = is_empty(connection)
        if not empty and not merge:
            raise BackupError("kho đã có dữ liệu: khôi phục vào một kho mới, hoặc thêm --merge để chỉ "
                              "thêm những gì kho chưa có")
        restorer = _Restorer(connection, keep_numbers=empty)
        for number, line in enumerate(stream, start=2):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                table = by_name[record["table"]]
                row = {column.name: _load_value(column, record["row"].get(column.name))
                       for column in table.columns if column.name in record["row"]}
                if table.name == "items":
                    row["document_id"] = record["row"]["document_id"]
            except (ValueError, KeyError, TypeError):
                raise BackupError(f"dòng {number}: không phải một dòng của bản sao lưu") from None
            restorer.add(table, row, outcome)
        restorer.finish(outcome)
        for name, count in header.get("counts", {}).items():  # checked before anything is committed
            if name in outcome.added and outcome.added[name] + outcome.kept[name] != count:
                held, label = outcome.added[name] + outcome.kept[name], TABLE_LABELS.get(name, name)
                raise BackupError(f"bản sao lưu ghi {format_number(count)} dòng {label} nhưng chỉ có "
                                  f"{format_number(held)}: tệp bị cắt cụt?")
    return outcome


def _header(line: str, engine: Engine) -> dict[str, Any]:
    try:
        header = json.loads(line)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BackupError("không phải bản sao lưu của chidao (dòng đầu không phải tiêu đề chidao/backup)")
    if header.get("version") != VERSION:
        raise BackupError(f"bản sao lưu phiên bản {header.get('version')}; chidao này chỉ đọc phiên bản "
                          f"{VERSION}")
    schema, ours = header.get("schema"), current_revision(engine)
    if schema is not None and ours is not None and str(schema) > str(ours):
        raise BackupError(f"bản sao lưu từ một kho mới hơn (lược đồ {schema}, chidao này {ours}): hãy "
                          "cập nhật chidao")
    return header


class _Restorer:
    """Inserts rows in batches, table by table, and rebuilds what the store derives from them."""

    def __init__(self, connection: Connection, *, keep_numbers: bool) -> None:
        self.connection = connection
        self.keep_numbers = keep_numbers
        self.pending: dict[str, list[dict[str, Any]]] = {}
        # Each report's row number here, by id: the file names an item's report by its id.
        self.documents: dict[str, int | None] = dict(
            connection.execute(select(Document.id, Document.seq)).all())
        self.items = {row.id: row for row in connection.execute(
            select(item_ids.id_sql(Document.id).label("id"), Item.status, Item.owner, Item.due, Item.notes)
            .join(Document, Document.seq == Item.document_seq))}
        # Items numbered above it are restored, their words written then forgotten (`finish`).
        self.last_item = connection.execute(select(func.max(Item.seq))).scalar() or 0
        self.history = {self._history_key(row) for row in connection.execute(select(StatusChange)).mappings()}
        self.corrections = {self._correction_key(row): row["seq"]
                            for row in connection.execute(select(Correction)).mappings()}
        self.current: str | None = None  # the table being read (the file holds them in order)
        self.whole: dict[str, bool] = {}  # by report id: its items named with its whole id here
        self.correction_numbers: dict[int, int] = {}  # number in the backup -> number here
        self.undone: list[tuple[int, int]] = []  # (correction here, undone_by in the backup)
        self.touched: set[int] = set()  # reports whose items were restored: their places checked at the end

    @staticmethod
    def _history_key(row: Any) -> tuple[Any, ...]:
        return (row["item_id"], _utc(row["at"]), row["who"], row["field"], row["old_value"], row["new_value"])

    @staticmethod
    def _correction_key(row: Any) -> tuple[Any, ...]:
        return (_utc(row["at"]), row["who"], row["action"], row["document_id"], row["item_id"], row["field"],
                json.dumps(row["old_value"], sort_keys=True), json.dumps(row["new_value"], sort_keys=True))

    def add(self, table: Table, row: dict[str, Any], outcome: RestoreOutcome) -> None:
        name = table.name
        if name != self.current:
            self._flush_all()  # a table's rows go in after those of the tables they point at
            self.current = name
        if name == "documents":
            if row["id"] in self.documents:
                outcome.kept[name] += 1
                return
            self.documents[row["id"]] = None  # numbered when written
        elif name == "items":
            document_id = row.pop("document_id")
            document_seq = self.documents.get(document_id)
            if document_seq is None:
                raise BackupError(f"mục {row.get('id')}: văn bản của mục không có trong bản sao lưu")
            row["document_seq"] = document_seq
            if row["id"] in self.items:
                self._follow_up_from_backup(self.items[row["id"]], row)
                outcome.kept[name] += 1
                return
            self.items[row["id"]] = None
            row["id"] = self._stored_id(row["id"], document_id, row)
            if isinstance(row.get("data"), dict):  # kept without the item's words, as ingest keeps it
                row["data"] = item_data.stored_data(row.get("kind", ""), row["data"], row.get("text"))
        elif name == "status_history":
            key = self._history_key(row)
            if key in self.history:
                outcome.kept[name] += 1
                return
            self.history.add(key)
        elif name == "corrections":
            self._flush_all()  # its number may be needed at once
            key = self._correction_key(row)
            if key in self.corrections:
                self.correction_numbers[row["seq"]] = self.corrections[key]
                outcome.kept[name] += 1
                return
            outcome.added[name] += 1
            self._add_correction(table, row)
            return
        if not self.keep_numbers:
            row.pop("seq", None)
        self.pending.setdefault(name, []).append(row)
        outcome.added[name] += 1
        if len(self.pending[name]) >= BATCH:
            self._flush(table)

    def _follow_up_from_backup(self, here: Any, row: dict[str, Any]) -> None:
        """The backup's follow-up of an item the store holds but never followed up."""
        if here is None or here.status not in (None, "open") or here.owner or here.due or here.notes:
            return
        values = {field: row.get(field) for field in FOLLOW_FIELDS if row.get(field) is not None}
        if values and values != {"status": "open"}:
            self.connection.execute(Item.__table__.update().where(item_ids.with_id(row["id"])).values(**values))

    def _stored_id(self, item: str, document_id: str, row: dict[str, Any]) -> str | None:
        """What `items.id` holds for the backup's item `item` (`chidao.store.item_ids`): None
        when its id is made of its report's id, kind and ordinal, as it was where the backup was made."""
        if item != item_data.item_id(document_id, row.get("kind", ""), row.get("ordinal", -1)):
            return item
        if document_id not in self.whole:
            self.whole[document_id] = item_ids.whole_ids(self.connection, row["document_seq"], document_id)
        if self.whole[document_id]:
            raise BackupError(f"mục {item}: một văn bản đã lưu ở kho này có mã mở đầu trùng với văn bản của "
                              "mục")
        return None

    def _add_correction(self, table: Table, row: dict[str, Any]) -> None:
        number, undone_by = row["seq"], row.get("undone_by")
        if not self.keep_numbers:
            row = {key: value for key, value in row.items() if key != "seq"}
            row["undone_by"] = None  # set once the undo has its number here
        seq = self.connection.execute(insert(table).returning(table.c.seq), row).scalar_one()
        self.correction_numbers[number] = seq
        self.corrections[self._correction_key(row)] = seq
        if not self.keep_numbers and undone_by is not None:
            self.undone.append((seq, undone_by))

    def _flush(self, table: Table) -> None:
        rows = self.pending.pop(table.name, [])
        if not rows:
            return
        if table.name in ("documents", "items") and not self.keep_numbers:
            for row in rows:  # one at a time: the new numbers index the search rows
                row["seq"] = self.connection.execute(insert(table).returning(table.c.seq), row).scalar_one()
        else:
            self.connection.execute(insert(table), rows)
        if table.name == "documents":
            self.documents.update((row["id"], row["seq"]) for row in rows)
            self._derive_documents(rows)
        elif table.name == "items":
            # indexed with the places their report's rows hold now (none for a report restored
            # here, whose items come after it); `finish` makes them again with the places
            seqs = sorted({row["document_seq"] for row in rows})
            places = search_places.stored_places(self.connection, seqs)
            by_place: dict[str, list[tuple[int, str]]] = {}
            for row in rows:
                if row.get("text"):
                    by_place.setdefault(places.get(row["document_seq"], ""), []).append(
                        (row["seq"], search.fold_body(row["text"])))
            for place, indexed in by_place.items():
                search.index_folded(self.connection, "item_fts", indexed, place)
            self.touched.update(row["document_seq"] for row in rows)

    def _flush_all(self) -> None:
        for table in TABLES:
            self._flush(table)

    def _derive_documents(self, rows: list[dict[str, Any]]) -> None:
        search.index_folded(self.connection, "document_fts", [
            (row["seq"], search.fold_body(document_body(row.get("title"), row["text"]))) for row in rows])
        bands = []
        for row in rows:
            if row.get("minhash"):
                keys = sorted(set(dedup.band_keys(dedup.from_bytes(row["minhash"]))))
                bands += [(band, row["seq"]) for band in keys]
        bulk.insert_values(self.connection, "document_bands", ("band", "document_seq"), bands)

    def finish(self, outcome: RestoreOutcome) -> None:
        self._flush_all()
        # The search rows restored were given no place words (a report's places come with its
        # items, after it): those of the reports that gained places are made again with them.
        search_places.refresh_places(self.connection, sorted(self.touched))
        item_data.forget_span_words(self.connection, self.last_item)
        for seq, undone_by in self.undone:
            self.connection.execute(Correction.__table__.update().where(Correction.seq == seq)
                                    .values(undone_by=self.correction_numbers.get(undone_by)))
        if self.connection.dialect.name == "postgresql" and self.keep_numbers:
            for table in TABLES:  # the next row numbered after the restored ones
                self.connection.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'seq'), "
                    f"COALESCE((SELECT max(seq) FROM {table.name}), 0) + 1, false)"))
