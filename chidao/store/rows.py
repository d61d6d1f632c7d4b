"""What the store writes for one report, computed without touching the database.

`prepare(document)` extracts a report and turns the extraction into plain rows:
the document's MinHash signature and LSH band keys, its folded search body, and
one row per item (JSON already serialised, folded search text alongside). It is
pure CPU work, so `chidao.store.parallel` runs it in worker processes while the
main process only writes. `prepare_record(document, record)` does the same from a
`chidao/extract@1` record extracted earlier (`chidao spark-extract`), taking its
signature as given when it comes with one: the rows are those `prepare` makes.

- `item_rows(extraction)` / `record_item_rows(record)`: the `items` rows of one
  extraction, or of its extract@1 record (filters' columns filled in: date,
  person_key, topics, codes, name_key; `data` as a dict).
- `item_values(rows, text)`: the same rows as tuples in `ITEM_COLUMNS` order, for a
  driver-level executemany (the words left out where they are the report's `text`).
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chidao.extract import pipeline
from chidao.model import ITEM_KINDS, Extraction, Person
from chidao.model import Document as SourceDocument
from chidao.store import attribution, dedup, item_data, search
from chidao.store.schema import TRACKED_KINDS
from chidao.text.fold import fold_diacritics, fold_key

# Kinds whose items contained in a directive's span inherit its speaker and topics.
_SPOKEN_KINDS = ("targets", "commitments", "indicators")

# The `items` columns a new row fills, in the order of `item_values` (the document's row
# number, `document_seq`, is known once the document is written: `store.ingest.insert_items`).
ITEM_COLUMNS = ("kind", "ordinal", "text", "span_start", "span_end", "data", "date",
                "person_key", "topics", "code", "current_code", "name_key", "status", "owner", "due",
                "notes", "orphan")
_ROW_VALUES = operator.itemgetter(*ITEM_COLUMNS)
_DATA_AT, _WORDS_AT = ITEM_COLUMNS.index("data"), ITEM_COLUMNS.index("text")
KIND_AT, ORDINAL_AT = ITEM_COLUMNS.index("kind"), ITEM_COLUMNS.index("ordinal")


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """One extracted report as rows ready to write (see `prepare`)."""

    document: SourceDocument
    event_date: str | None
    minhash: bytes
    bands: tuple[int, ...]
    search_body: str  # folded title and text, as the search index is given it (`search.indexed_text`)
    items: tuple[tuple[Any, ...], ...]  # `ITEM_COLUMNS` order
    item_search: tuple[tuple[tuple[str, int], str], ...]  # ((kind, ordinal), the same) of items with text
    place_words: str  # the words of its localities, in each search row (`chidao.store.search_places`)


def prepare(document: SourceDocument) -> PreparedDocument:
    """Extract `document` and compute every row the store keeps for it."""
    return prepare_record(document, pipeline.extract_document(document).to_dict())


def prepare_record(document: SourceDocument, record: dict[str, Any], minhash: bytes | None = None,
                   bands: tuple[int, ...] | None = None) -> PreparedDocument:
    """Every row the store keeps for `document`, from its extract@1 `record`; the MinHash
    signature and its band keys are computed unless both are given."""
    if minhash is None or bands is None:
        sig = dedup.signature(document.text)
        minhash, bands = dedup.to_bytes(sig), tuple(sorted(set(dedup.band_keys(sig))))
    rows = record_item_rows(record)
    place = search.place_words((row["code"], row["current_code"], row["name_key"]) for row in rows
                               if row["kind"] == "localities")
    return PreparedDocument(
        document=document, event_date=record_event_date(record), minhash=minhash, bands=bands,
        search_body=search.with_place(
            search.indexed_text(fold_diacritics(document_body(document.title, document.text))), place,
            "document_fts"),
        items=tuple(item_values(rows, document.text)),
        item_search=tuple(((row["kind"], row["ordinal"]),
                           search.with_place(search.indexed_text(fold_diacritics(row["text"])), place,
                                             "item_fts"))
                          for row in rows if row["text"]),
        place_words=place)


def document_body(title: str | None, text: str) -> str:
    """Searchable text of a document: its title (when the text does not start with it) and text."""
    if title and not text.startswith(title):
        return title + "\n" + text
    return text


def event_date(extraction: Extraction) -> str | None:
    """The first resolved event date of the document, if any."""
    return next((e.date for e in extraction.events if e.date), None)


def record_event_date(record: dict[str, Any]) -> str | None:
    """`event_date` of an extract@1 record."""
    return next((e["date"] for e in record["events"] if e.get("date")), None)


def item_row(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """The machine-made columns of one item (no ids, dates or follow-up fields)."""
    span = data.get("span") or (data.get("mentions") or [None])[0]
    row: dict[str, Any] = {
        "kind": kind, "data": data, "text": data.get("text"),
        "span_start": span[0] if span else None, "span_end": span[1] if span else None,
        "person_key": None, "topics": None, "code": None, "current_code": None, "name_key": None,
    }
    if kind in ("people", "organizations", "localities"):
        row["name_key"] = fold_key(data["name"])
    if kind == "people":
        row["person_key"] = row["name_key"]
    elif kind == "localities":
        row["code"], row["current_code"] = data.get("code"), data.get("current_code")
        if data.get("current_name"):
            row["name_key"] += "|" + fold_key(data["current_name"])
    elif kind == "directives":
        row["person_key"] = fold_key(data["speaker"]) if data.get("speaker") else None
        row["topics"] = _topics(data.get("topics"))
    elif kind == "events":
        row["person_key"] = fold_key(data["leader"]) if data.get("leader") else None
    return row


def _topics(topics: list[str] | None) -> str | None:
    return "|" + "|".join(topics) + "|" if topics else None


def item_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """Rows for every item of an extraction, numbered per kind in contract order."""
    return record_item_rows(extraction.to_dict())


def record_item_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """`item_rows` of an extract@1 record (its item dicts become the rows' `data`)."""
    date = record_event_date(record) or record["document"]["date"]
    rows: list[dict[str, Any]] = []
    directives: list[dict[str, Any]] = []
    for kind in ITEM_KINDS:
        for ordinal, data in enumerate(record[kind]):
            row = item_row(kind, data)
            row.update(ordinal=ordinal, date=date,
                       status="open" if kind in TRACKED_KINDS else None,
                       owner=None, due=None, notes=None, orphan=False)
            rows.append(row)
            if kind == "directives":
                directives.append(row)
    people = [person_of(data) for data in record["people"]]
    derive_filter_columns(rows, directives, record["document"]["text"], people)
    return rows


def person_of(data: dict[str, Any]) -> Person:
    """A person item's data (a record's, or a stored item's) as the extractor's Person."""
    return Person(name=data["name"], ranks=tuple(data.get("ranks") or ()),
                  positions=tuple(data.get("positions") or ()),
                  mentions=tuple(tuple(span) for span in data.get("mentions") or ()))


def derive_filter_columns(rows: list[dict[str, Any]], directives: list[dict[str, Any]], text: str,
                          people: Sequence[Person]) -> None:
    """What --person and --topic read of a report's targets, commitments and indicators: the
    speaker and topics of the `directives` (rows) they sit in, then, outside one, who gave a
    commitment and what an indicator is about, read from the report's `text` and `people`.
    At store time and again after a correction (`chidao.store.corrected.refresh_derived`)."""
    inherit_from_directives(rows, directives)
    attribute_outside_directives(rows, directives, text, people)


def inherit_from_directives(rows: list[dict[str, Any]], directives: list[dict[str, Any]]) -> None:
    """Targets, commitments, indicators inside a directive's span take its speaker and topics."""
    for row in rows:
        if row["kind"] not in _SPOKEN_KINDS or row["span_start"] is None:
            continue
        for directive in directives:
            if directive["span_start"] <= row["span_start"] and row["span_end"] <= directive["span_end"]:
                row["person_key"] = directive["person_key"]
                row["topics"] = directive["topics"]
                break


def attribute_outside_directives(rows: list[dict[str, Any]], directives: list[dict[str, Any]], text: str,
                                 people: Sequence[Person]) -> None:
    """Every commitment gets a "speaker" in its data, the person who gave it (the holding
    directive's speaker, else `chidao.store.attribution.commitment_giver`), and indicators
    the topics they are about (with a holding directive's), so --person and --topic reach them."""
    speakers = {row["person_key"]: row["data"].get("speaker") for row in directives}
    for row in rows:
        if row["kind"] == "commitments":
            row["data"] = {**row["data"], "speaker": speakers.get(row["person_key"])}
    pending = [row for row in rows if row["span_start"] is not None and (
        row["kind"] == "indicators" or (row["kind"] == "commitments" and row["person_key"] is None))]
    if not pending:
        return
    sentences = attribution.sentences_of(text)
    for row in pending:
        span = (row["span_start"], row["span_end"])
        sentence = attribution.sentence_of(sentences, span)
        if row["kind"] == "commitments":
            giver = attribution.commitment_giver(text, sentence, span, people)
            row["person_key"] = fold_key(giver) if giver else None
            row["data"]["speaker"] = giver
        else:
            own = attribution.indicator_topics(text, sentence, span, row["data"].get("metric"))
            held = (row["topics"] or "").strip("|").split("|") if row["topics"] else []
            row["topics"] = _topics(list(dict.fromkeys([*held, *own])))


def item_values(rows: list[dict[str, Any]], text: str) -> list[tuple[Any, ...]]:
    """Item rows of the report whose text is `text` as tuples in `ITEM_COLUMNS` order, kept as the
    store keeps them (`chidao.store.item_data`): the kind as its code, the words only where they
    are not `text` at the item's span, `data` as minified JSON without them."""
    values = []
    for row in rows:
        value = list(_ROW_VALUES(row))
        value[KIND_AT] = item_data.KIND_CODES[row["kind"]]
        value[_DATA_AT] = item_data.dumps(item_data.stored_data(row["kind"], row["data"], row["text"]))
        value[_WORDS_AT] = item_data.stored_words(row["text"], row["span_start"], row["span_end"], text)
        values.append(tuple(value))
    return values
