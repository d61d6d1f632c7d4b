"""The store's tables, as SQLAlchemy 2 declarative models.

- `Document`: one normalized report (id = sha256 of its text), its event date,
  its near-duplicate event group and MinHash signature.
- `Item`: one extracted item of any kind, its extract@1 fields in `data` (kept
  without its words, which are `text`: `chidao.store.item_data`), its span, its
  document by row number (`document_seq`; its `document_id` is read with it), its
  `id` made of its report's id, kind and ordinal (stored only where not: `chidao.store.item_ids`),
  columns the filters read (date, person_key, topics, codes, name_key), and the
  fields people enter (status, owner, due, notes), which re-extraction never
  overwrites; `orphan` marks an item the newer extractor no longer finds but
  that carries person-entered data.
- `DocumentBand`: MinHash LSH band keys, so near-duplicates are found in SQL (keyed by
  band and the document's row number; WITHOUT ROWID on SQLite).
- `StatusChange`: the follow-up history, one row per changed field.
- `Correction`: what people corrected in the machine's reading (an item rejected,
  a field fixed, an item added from a span, a report's date set, a report
  deleted, a correction undone), one row each, with who and when. The item and
  document columns `rejected`, `origin` and `machine_values` hold the current
  state those rows lead to (migration 0004).

Full-text search tables are dialect-specific and created by the migration
(see `chidao.store.search`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ColumnElement,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    case,
    false,
    func,
    null,
    select,
)
from sqlalchemy import text as sql_text  # models have a `text` column
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column
from sqlalchemy.types import TypeDecorator

from chidao.store import item_data
from chidao.store.report_text import ReportText, plain

# Item kinds people follow up: they get a status ("open") when stored.
TRACKED_KINDS: tuple[str, ...] = ("directives", "targets", "commitments")
STATUSES: tuple[str, ...] = ("open", "in_progress", "done", "dropped")


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    event_date: Mapped[str | None] = mapped_column(String(10))
    # Compressed on SQLite (0017, `chidao.store.report_text`); read it as text, in SQL through `plain`.
    text: Mapped[str] = mapped_column(ReportText)
    group_id: Mapped[str | None] = mapped_column(String(64), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    extracted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # {"date": the source's own date} once a person set the report's date (0004).
    machine_values: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    # Who uploaded the report in the browser (0005_users); None for `chidao ingest`.
    added_by: Mapped[str | None] = mapped_column(Text)
    # The place words its search rows were indexed with (0016: `chidao.store.search_places`);
    # None for none. Derived: kept in step by `refresh_places`, not carried in backups.
    place_words: Mapped[str | None] = mapped_column(Text)


class Coded(TypeDecorator[str]):
    """A column of a few names kept as small integers: a name's place in `names` (migration
    0015: an item's kind, its origin). Python code and the ORM's SQL read and write the names;
    a name not in `names` is compared as -1, which no row holds."""

    impl = SmallInteger
    cache_ok = True

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__()
        self.names = names
        self._codes = {name: code for code, name in enumerate(names)}

    def process_bind_param(self, value: str | None, dialect: Any) -> int | None:
        return None if value is None else self._codes.get(value, -1)

    def process_literal_param(self, value: str | None, dialect: Any) -> str:
        return "NULL" if value is None else str(self.process_bind_param(value, dialect))

    def process_result_value(self, value: int | None, dialect: Any) -> str | None:
        if value is None:
            return None
        # a code no name has (none is written: -1 only ever compares) reads as itself, never
        # as the name a negative index would wrap around to
        return self.names[value] if 0 <= value < len(self.names) else str(value)


class Item(Base):
    __tablename__ = "items"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Column "id": the item's id only where it is not made of its report's id, kind and
    # ordinal (migration 0013: NULL then; `chidao.store.item_ids`). Read `id`; filter with
    # `item_ids.with_id`.
    stored_id: Mapped[str | None] = mapped_column("id", String(96))
    # The document's row number (documents.seq), not its 64-character id (migration 0008).
    document_seq: Mapped[int] = mapped_column(Integer, ForeignKey("documents.seq", ondelete="CASCADE"))
    # Its id, read with the item (one primary-key lookup). Filter with `of_document`, which the
    # indexes serve; a condition on this column would read every item.
    document_id: Mapped[str] = column_property(
        select(Document.id).where(Document.seq == document_seq).correlate_except(Document).scalar_subquery())
    kind: Mapped[str] = mapped_column(Coded(item_data.KINDS))  # its code in the row (0015)
    ordinal: Mapped[int] = mapped_column(Integer)
    # Column "text": the item's words only where they are not `documents.text[span]`, which by
    # the grounding invariant they always are (migration 0009: NULL then). Read `text`.
    words: Mapped[str | None] = mapped_column("text", Text)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    # The item's words (None for people, organizations, places): read with the item, from its
    # report's text at its span. Setting it changes what `data` leaves out, not what is stored.
    text: Mapped[str | None] = column_property(case(
        (words.is_not(None), words),
        (kind.in_(item_data.WORDED_KINDS),
         select(func.substr(plain(Document.text), span_start + 1, span_end - span_start))
         .where(Document.seq == document_seq).correlate_except(Document).scalar_subquery()),
        else_=null()))
    # The extract@1 fields without the item's words (`chidao.store.item_data`): read and set
    # through `data`, which has them.
    stored_data: Mapped[dict[str, Any]] = mapped_column("data", JSON)
    # Event date, else document date: what --from/--to compare.
    date: Mapped[str | None] = mapped_column(String(10))
    person_key: Mapped[str | None] = mapped_column(Text)
    topics: Mapped[str | None] = mapped_column(Text)  # "|crime|drugs|"
    code: Mapped[str | None] = mapped_column(String(16))
    current_code: Mapped[str | None] = mapped_column(String(16))
    name_key: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(16))
    owner: Mapped[str | None] = mapped_column(Text)
    due: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(Text)
    orphan: Mapped[bool] = mapped_column(Boolean, default=False)
    # Corrections (0004): `data` holds the values in force; `machine_values` the machine's own
    # value of each field a person corrected; `origin` "person" for an item a person added.
    rejected: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    origin: Mapped[str] = mapped_column(Coded(item_data.ORIGINS), default="machine", server_default="0")
    machine_values: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))

    @hybrid_property
    def id(self) -> str:
        """The item's stable id ("3f2a9c1b04de:directives:4", `chidao.store.item_data.item_id`)."""
        return self.stored_id or item_data.item_id(self.document_id, self.kind, self.ordinal)

    @id.inplace.expression
    @classmethod
    def _id_expression(cls) -> Any:
        # Made row by row in SQL, for a query that lists ids; a condition on it reads every
        # item: filter with `chidao.store.item_ids.with_id`, which the indexes serve.
        return item_data.item_id_sql(cls.stored_id, cls.document_id, cls.kind, cls.ordinal)

    @hybrid_property
    def data(self) -> dict[str, Any]:
        """The item's extract@1 fields, its words ("text") included; a new dict each time."""
        return item_data.full_data(self.kind, self.stored_data, self.text)

    @data.inplace.setter
    def _set_data(self, value: dict[str, Any]) -> None:
        # Set `kind` and `text` first: the words are left out when they are the item's `text`.
        self.stored_data = item_data.stored_data(self.kind, value, self.text)

    @data.inplace.expression
    @classmethod
    def _data_expression(cls) -> Any:
        return cls.stored_data  # in SQL: the stored JSON (no "text")

    @classmethod
    def of_document(cls, document_id: str) -> ColumnElement[bool]:
        """The condition "the item belongs to the document `document_id`" (its row number looked up once)."""
        return cls.document_seq == select(Document.seq).where(Document.id == document_id).scalar_subquery()

    __table_args__ = (
        # An item is its report's, kind's and ordinal's (its id is made of them, 0013).
        Index("ix_items_document_kind", "document_seq", "kind", "ordinal", unique=True),
        Index("ix_items_id", "id", unique=True, sqlite_where=sql_text("id IS NOT NULL"),
              postgresql_where=sql_text("id IS NOT NULL")),
        Index("ix_items_kind_date", "kind", "date"),
        # Partial: only rows with the value are looked up (migration 0002); the locality
        # code indexes hold the document, so a place's reports come from the index (0003).
        Index("ix_items_kind_person", "kind", "person_key", sqlite_where=sql_text("person_key IS NOT NULL"),
              postgresql_where=sql_text("person_key IS NOT NULL")),
        *(Index(f"ix_items_kind_{column}", "kind", column, "document_seq",
                sqlite_where=sql_text(f"{column} IS NOT NULL"),
                postgresql_where=sql_text(f"{column} IS NOT NULL"))
          for column in ("code", "current_code")),
    )


class DocumentBand(Base):
    __tablename__ = "document_bands"

    band: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    # The document's row number (documents.seq), not its 64-character id (0007).
    document_seq: Mapped[int] = mapped_column(
        Integer, ForeignKey("documents.seq", ondelete="CASCADE"), primary_key=True)

    # On SQLite the table is its primary key's b-tree alone (migration 0007).
    __table_args__ = ({"sqlite_with_rowid": False},)


class StatusChange(Base):
    __tablename__ = "status_history"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # No foreign key: history outlives any machine-made row (nothing a person entered is lost).
    item_id: Mapped[str] = mapped_column(String(96), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(16))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Correction(Base):
    __tablename__ = "corrections"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(Text)
    # reject | correct | add | date | delete | undo
    action: Mapped[str] = mapped_column(String(16))
    # No foreign keys: the record outlives a deleted report (nothing a person entered is lost).
    document_id: Mapped[str] = mapped_column(String(64), index=True)
    item_id: Mapped[str | None] = mapped_column(String(96), index=True)
    kind: Mapped[str | None] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(32))
    old_value: Mapped[Any] = mapped_column(JSON)
    new_value: Mapped[Any] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    undone_by: Mapped[int | None] = mapped_column(Integer)
