"""Register queries: what the CLI, the follow-up pages and reports read from the store.

API (all return plain dicts, JSON-ready):

- `open_session(db=None, create=False)`: context manager yielding a SQLAlchemy
  `Session` on the store at `db` (path or URL; None: $CHIDAO_DB, then ./chidao.db),
  schema upgraded; a SQLite file that does not exist is a StoreError unless `create`.
- `list_items(session, kind, *, locality=None, person=None, topic=None, status=None,
  date_from=None, date_to=None, document_id=None, include_orphans=False,
  include_rejected=False, copies=False) -> list[dict]` items of one kind ("events", "people",
  "organizations", "localities", "legal_refs", "directives", "targets",
  "commitments", "indicators"), oldest first; items other outlets' reports of the
  same event repeat are folded into one, listed under its "copies"
  (`chidao.store.copies`) unless `copies` is true.
- `get_item(session, item_id) -> dict | None`.
- `get_person_mentions(session, name) -> list[dict]`: the "people" items of that
  person (folded full name) across documents, oldest first.
- `locality_items(session, name, copies=False) -> dict[kind, list[dict]]`: events,
  directives, targets, commitments, indicators about the place (old or new name),
  exactly as the registers' `locality` filter lists them, copies folded.
- `search(session, query, *, kind=None, locality=…, person=…, topic=…, date_from=…,
  date_to=…, limit=20) -> list[dict]`: ranked hits (see there).
- `get_document(session, document_id) -> dict | None`: extract@1 document fields
  plus "event_date", "group_id".

Item dict = the extract@1 item's fields (e.g. a directive's speaker, verb,
addressee, text, topics, span) plus:
"id" (stable: "3f2a9c1b04de:directives:4"), "kind" (the item kind; a
commitment's own kind is under "commitment_kind"), "document_id",
"document_date", "document_source", "document_title", "event_date", and the
follow-up fields "status" (open | in_progress | done | dropped for directives,
targets, commitments; else null), "owner", "due" (YYYY-MM-DD), "notes",
"overdue" (bool: not done/dropped and due < today), "orphan" (bool: the newer
extractor no longer finds it; kept for what people entered), and the corrections
(`chidao.track.corrections`): "rejected" (bool: a person said it is not an item of
its kind; left out unless `include_rejected`), "origin" ("machine", or "person" for
an item a person added) and "machine_values" ({field: the machine's own value} for
each field a person corrected; the item's field holds the corrected value); targets,
commitments and indicators also carry "topics" (the topic keys `--topic` reads).

Filters: `locality` is a place name, old or new ("Bắc Ninh" also finds 2023
reports about Bắc Giang, now part of it; "Bắc Giang" finds only those); an item
matches when it is about the place: its report's events name it, or its own
scope is it, not when the report merely mentions it (`chidao.store.places`);
`person` a name or part of one, whole words, diacritics optional ("Lam", "to
lam"), matched against the directive's speaker, the event's leader, a person
item's name, for targets, commitments, indicators the speaker of the directive
they sit in, and for a commitment outside a directive the person who gave it
(`chidao.store.attribution`); `topic` a topic key ("drugs";
`chidao.gazetteer.topics.resolve_topic` reads a label); `status` one of the
statuses or "overdue"; `date_from` / `date_to` ISO dates or prefixes, compared
with the event date (else the document date) at the precision both have. LIKE
wildcards (`%`, `_`) in a filter's value are literals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    false,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from chidao.store import item_data, item_ids, ranking, search_plan
from chidao.store import search as fts
from chidao.store.copies import fold_copies
from chidao.store.engine import open_engine
from chidao.store.places import LocalityFilter, resolve_locality
from chidao.store.report_places import ReportPlaces
from chidao.store.rows import document_body
from chidao.store.schema import Document, Item
from chidao.store.search_places import filter_words
from chidao.text.fold import fold_key

FOLLOW_KINDS = ("events", "directives", "targets", "commitments", "indicators")
# Search ranks the newest matches only (per table, after the filters): ranking every
# match of a common word in a 100,000-report archive would cost far more than the
# 50 ms a search may take.
SEARCH_CANDIDATES = 200
DOCUMENT_CANDIDATES = 100  # whole reports cost more to score than items
CLOSED_STATUSES = ("done", "dropped")
# Items read inside a filter's subquery, apart from the items the query lists. Made once:
# building an alias costs about a millisecond (a proxy for each column).
_FILTER_ITEM = aliased(Item, name="filter_items")


@contextmanager
def open_session(db: str | None = None, *, create: bool = False) -> Iterator[Session]:
    """A session on the store at `db` (schema upgraded on first open); closed on exit.

    A SQLite file must exist unless `create` (StoreError otherwise, see `open_engine`).
    """
    with Session(open_engine(db, create=create)) as session:
        yield session


def _naming(item: Any, place: LocalityFilter) -> list[ColumnElement[bool]]:
    """What a locality item (`item`, an alias of Item) holds when it names `place`, one
    condition per indexed lookup: its codes, its current codes, each of its name keys."""
    found: list[ColumnElement[bool]] = []
    if place.codes:
        found.append(item.code.in_(place.codes))
    if place.current_codes:
        found.append(item.current_code.in_(place.current_codes))
    found += [or_(item.name_key == key, item.name_key.startswith(f"{key}|", autoescape=True),
                  item.name_key.endswith(f"|{key}", autoescape=True)) for key in place.name_keys]
    return found


def locality_rows(place: LocalityFilter, column: str = "document_seq") -> CompoundSelect | Select:
    """`column` ("document_seq" or "seq") of the locality items naming `place`, one lookup per term.

    A union of indexed lookups (code, current code, name): one OR over them would
    make the planner scan every locality row, and the code indexes are partial.
    """
    item = _FILTER_ITEM
    selected = getattr(item, column)
    lookups = [select(selected).where(item.kind == "localities", naming) for naming in _naming(item, place)]
    if not lookups:
        return select(selected).where(false())
    return lookups[0] if len(lookups) == 1 else union_all(*lookups)


def names_place(place: LocalityFilter, document_seq: ColumnElement[int]) -> ColumnElement[bool]:
    """Whether the document `document_seq` has a locality item naming `place`, checked per row
    (an index lookup for each term, as `locality_rows`): what a search checks of the rows the
    index found by the place's words (`chidao.store.search_places`), where listing every
    report of a province would grow with the archive (30,000 of 500,000 for one province)."""
    item = aliased(Item, name="place_items")
    checks = [select(item.seq).where(item.kind == "localities", naming,
                                     item.document_seq == document_seq).exists()
              for naming in _naming(item, place)]
    return or_(*checks) if checks else false()


def item_filters(kind: str | None = None, *, locality: str | None = None, person: str | None = None,
                 topic: str | None = None, status: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, document_id: str | None = None,
                 include_orphans: bool = False, include_rejected: bool = False,
                 today: dt.date | None = None) -> list[ColumnElement[bool]]:
    """WHERE conditions on `Item` for the register filters."""
    conditions: list[ColumnElement[bool]] = []
    if kind:
        conditions.append(Item.kind == kind)
    if not include_orphans:
        conditions.append(Item.orphan == false())
    if not include_rejected:
        conditions.append(Item.rejected == false())
    if document_id:
        conditions.append(Item.of_document(document_id))
    if locality:
        place = resolve_locality(locality)
        if kind == "localities":
            conditions.append(Item.seq.in_(locality_rows(place, "seq")))
        else:
            conditions.append(Item.document_seq.in_(locality_rows(place)))
    if person:
        conditions.append(person_condition(Item.person_key, person))
    if topic:
        conditions.append(topic_condition(Item.topics, topic))
    if status == "overdue":
        conditions.append(_overdue_condition(today))
    elif status:
        conditions.append(Item.status == status)
    if date_from:
        # "2024-05" is on or after "2024-05-03" at the month's precision.
        conditions.append(func.substr(literal(date_from), 1, func.length(Item.date)) <= Item.date)
    if date_to:
        conditions.append(func.substr(Item.date, 1, len(date_to)) <= date_to)
    return conditions


def person_condition(person_key: Any, name: str) -> ColumnElement[bool]:
    """`person_key` (a folded full name) holds `name`'s folded words as whole words: "Lam",
    "to lam" and "Tô Lâm" all reach "to lam" (LIKE wildcards in the name are literals)."""
    key = fold_key(name)
    return or_(person_key == key, person_key.startswith(f"{key} ", autoescape=True),
               person_key.endswith(f" {key}", autoescape=True),
               person_key.contains(f" {key} ", autoescape=True))


def topic_condition(topics: Any, topic: str) -> ColumnElement[bool]:
    """A "|crime|drugs|" column holds the topic key (LIKE wildcards in it are literals)."""
    return topics.contains(f"|{topic.strip()}|", autoescape=True)


def _overdue_condition(today: dt.date | None = None) -> ColumnElement[bool]:
    today_iso = (today or dt.date.today()).isoformat()
    return and_(Item.due.is_not(None), Item.due < today_iso, Item.status.not_in(CLOSED_STATUSES))


def is_overdue(status: str | None, due: str | None, today: dt.date | None = None) -> bool:
    """Not done or dropped, and the due date (YYYY-MM-DD) is before today."""
    if not due or status in CLOSED_STATUSES:
        return False
    return due < (today or dt.date.today()).isoformat()


_ROW_COLUMNS = (Item, Document.date, Document.source, Document.title, Document.event_date)


def item_dict(item: Item, document_date: str | None, document_source: str | None,
              document_title: str | None, event_date: str | None,
              today: dt.date | None = None) -> dict[str, Any]:
    """The API dict of one stored item (see the module docstring)."""
    out = dict(item.data)
    if "topics" not in out and item.kind in ("targets", "commitments", "indicators"):
        # Topics the store gave the item (its directive's, or an indicator's own): what --topic reads.
        out["topics"] = item.topics.strip("|").split("|") if item.topics else []
    if item.kind == "commitments":
        out["commitment_kind"] = out.get("kind")
    out.update(
        id=item.id, kind=item.kind, document_id=item.document_id, document_date=document_date,
        document_source=document_source, document_title=document_title, event_date=event_date,
        status=item.status, owner=item.owner, due=item.due, notes=item.notes,
        overdue=is_overdue(item.status, item.due, today), orphan=bool(item.orphan),
        rejected=bool(item.rejected), origin=item.origin or "machine",
        machine_values=item.machine_values or {})
    return out


def list_items(session: Session, kind: str, *, locality: str | None = None, person: str | None = None,
               topic: str | None = None, status: str | None = None, date_from: str | None = None,
               date_to: str | None = None, document_id: str | None = None,
               include_orphans: bool = False, include_rejected: bool = False, copies: bool = False,
               limit: int | None = None) -> list[dict[str, Any]]:
    """Items of one kind matching every filter given, oldest first, undated last (at most
    `limit`). Copies other outlets' reports of one event repeat are left out, listed
    under their original's "copies" (`chidao.store.copies` decides which is which,
    whatever the filters); with `copies` or a `document_id` every item is listed,
    without that key."""
    query = (select(*_ROW_COLUMNS, Document.group_id)
             .join(Document, Document.seq == Item.document_seq)
             .where(*item_filters(kind, locality=locality, person=person, topic=topic, status=status,
                                  date_from=date_from, date_to=date_to, document_id=document_id,
                                  include_orphans=include_orphans, include_rejected=include_rejected))
             # Undated items last on every database (SQLite and PostgreSQL put NULL at opposite ends).
             .order_by(Item.date.is_(None), Item.date, Item.document_seq, Item.ordinal))
    about = locality if locality and kind != "localities" else None
    if limit and not about:
        query = query.limit(limit)
    items, groups = [], []
    for *row, group_id in session.execute(query):
        items.append(item_dict(*row))
        groups.append(group_id)
    if about:
        # SQL found the reports naming the place; keep the items about it (`chidao.store.places`).
        kept = ReportPlaces(session).about(resolve_locality(about), items)
        items = [item for item, keep in zip(items, kept, strict=True) if keep][:limit or None]
        groups = [group for group, keep in zip(groups, kept, strict=True) if keep][:limit or None]
    # A report's own items, asked for by its id, are all listed.
    return items if copies or document_id else fold_copies(session, kind, items, groups)


def get_item(session: Session, item_id: str) -> dict[str, Any] | None:
    """One item by id (orphans included), or None."""
    row = session.execute(select(*_ROW_COLUMNS).join(Document, Document.seq == Item.document_seq)
                          .where(item_ids.with_id(item_id))).first()
    return item_dict(*row) if row else None


def get_person_mentions(session: Session, name: str) -> list[dict[str, Any]]:
    """The person's "people" items across documents (ranks and positions as each report gives them)."""
    return list_items(session, "people", person=name, copies=True)


def locality_items(session: Session, name: str, copies: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Events, directives, targets, commitments, indicators about the place: the registers'
    `locality` filter, each event's item once (every outlet's copy with `copies`)."""
    return {kind: list_items(session, kind, locality=name, copies=copies) for kind in FOLLOW_KINDS}


def get_document(session: Session, document_id: str) -> dict[str, Any] | None:
    """A stored document's extract@1 fields plus "event_date" and "group_id", or None."""
    doc = session.execute(select(Document).where(Document.id == document_id)).scalar_one_or_none()
    if doc is None:
        return None
    return {"id": doc.id, "source": doc.source, "title": doc.title, "date": doc.date, "text": doc.text,
            "event_date": doc.event_date, "group_id": doc.group_id}


def search(session: Session, query: str, *, kind: str | None = None, locality: str | None = None,
           person: str | None = None, topic: str | None = None, date_from: str | None = None,
           date_to: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Documents and items whose folded text has every word of `query`, best first (BM25
    among the newest SEARCH_CANDIDATES items and DOCUMENT_CANDIDATES documents that match,
    so a common word stays fast).

    `kind` "documents" searches documents only, an item kind that kind only,
    None both. Each hit: {"kind", "id" (item id, or document id for a
    document), "document_id", "document_date", "document_source",
    "document_title", "event_date", "text" (an item's text, None for a
    document), "span" (the item's span, or where the words occur in the
    document), "snippet", "score" (lower is better)}. Document hits honour the
    locality, person and date filters through the document's own items.
    """
    hits: list[dict[str, Any]] = []
    places = ReportPlaces(session)  # the reports' places, read once for both kinds of hit
    if kind in (None, "documents"):
        hits += _search_documents(session, query, places, locality=locality, person=person, topic=topic,
                                  date_from=date_from, date_to=date_to, limit=limit)
    if kind != "documents":
        hits += _search_items(session, query, places, kind=kind, locality=locality, person=person,
                              topic=topic, date_from=date_from, date_to=date_to, limit=limit)
    hits.sort(key=lambda hit: hit["score"])
    hits = hits[:limit]
    for hit in hits:
        body = hit.pop("_body", None)
        if body is not None:
            # Located only for the hits shown: folding a whole report costs a fraction of a millisecond.
            span = fts.find_terms(body, query)
            hit["span"], hit["snippet"] = (list(span) if span else None), fts.snippet(body, span)
    return hits


def _search_items(session: Session, query: str, places: ReportPlaces, *, kind: str | None, limit: int,
                  **filters: Any) -> list[dict[str, Any]]:
    place = resolve_locality(filters["locality"]) if filters.get("locality") else None
    match = fts.fts_match(session, "item_fts", query, filter_words(place, "item_fts") if place else ())
    if match is None:
        return []
    # The index holds the place's words (`chidao.store.search_places`); the rows it finds are
    # checked against their report's places as the registers check them.
    conditions = item_filters(kind, **{**filters, "locality": None})
    if place is not None:
        conditions.append(names_place(place, Item.document_seq))
    newest = search_plan.newest_seqs(session.connection(), match, Item.seq, conditions, SEARCH_CANDIDATES)
    # A place filter reads the candidates' scope, from their JSON in SQL.
    scope = item_data.field_sql(Item.stored_data, Item.kind, "scope") if place else literal(None)
    candidates = session.execute(select(Item.seq, Item.text, Item.document_id, scope)
                                 .where(Item.seq.in_(newest))).all()
    numbers = fts.whole_numbers(query)
    if numbers is not None:
        candidates = [row for row in candidates if fts.keeps_numbers(numbers, row[1] or "")]
    if place is not None:
        found = [{"scope": scope, "document_id": document_id} for *_, document_id, scope in candidates]
        kept = places.about(place, found)
        candidates = [row for row, keep in zip(candidates, kept, strict=True) if keep]
    best = _best(session, match, "item_fts", {seq: text or "" for seq, text, *_ in candidates}, limit)
    by_seq = {row[0].seq: row for row in session.execute(
        select(*_ROW_COLUMNS).join(Document, Document.seq == Item.document_seq).where(Item.seq.in_(best)))}
    rows = [(*by_seq[seq], score) for seq, score in best.items()]
    out = []
    for item, *document_fields, score in rows:
        hit = item_dict(item, *document_fields)
        span = [item.span_start, item.span_end] if item.span_start is not None else None
        out.append({"kind": item.kind, "id": item.id, "document_id": item.document_id,
                    "document_date": hit["document_date"], "document_source": hit["document_source"],
                    "document_title": hit["document_title"], "event_date": hit["event_date"],
                    "text": item.text, "span": span,
                    "snippet": fts.snippet(item.text or "", fts.find_terms(item.text or "", query),
                                           width=100), "score": float(score)})
    return out


def _best(session: Session, match: fts.FtsMatch, table: str, candidates: dict[int, str],
          limit: int) -> dict[int, float]:
    """{seq: score} of the best `limit` of the candidates ({seq: text}), best first (newer first
    on a tie), scored by `chidao.store.ranking` (the same formula on both backends)."""
    seqs = list(candidates)
    scores = ranking.bm25_scores(session.connection(), table, match.terms, [candidates[seq] for seq in seqs])
    ranked = sorted(zip(scores, seqs, strict=True), key=lambda pair: (pair[0], -pair[1]))
    return {seq: score for score, seq in ranked[:limit]}


def _search_documents(session: Session, query: str, places: ReportPlaces, *, limit: int, locality: str | None,
                      person: str | None, topic: str | None, date_from: str | None,
                      date_to: str | None) -> list[dict[str, Any]]:
    place = resolve_locality(locality) if locality else None
    match = fts.fts_match(session, "document_fts", query, filter_words(place) if place else ())
    if match is None:
        return []
    conditions: list[ColumnElement[bool]] = []
    # A document passes a filter when one of its own items does.
    for name, value in (("locality", locality), ("person", person), ("topic", topic)):
        if value:
            inner = _FILTER_ITEM
            where = [inner.document_seq == Document.seq, inner.orphan == false()]
            if name == "locality":
                # Found by the index (its place words), checked against the report's places.
                conditions.append(names_place(place, Document.seq))
                continue
            if name == "person":
                where.append(person_condition(inner.person_key, value))
            else:
                where.append(topic_condition(inner.topics, value))
            conditions.append(select(inner.seq).where(*where).exists())
    item_date = func.coalesce(Document.event_date, Document.date)
    if date_from:
        conditions.append(func.substr(literal(date_from), 1, func.length(item_date)) <= item_date)
    if date_to:
        conditions.append(func.substr(item_date, 1, len(date_to)) <= date_to)
    newest = search_plan.newest_seqs(session.connection(), match, Document.seq, conditions,
                                     DOCUMENT_CANDIDATES)
    candidates = {row[0]: row[1:] for row in session.execute(
        select(Document.seq, Document.id, Document.date, Document.source, Document.title, Document.event_date,
               Document.text).where(Document.seq.in_(newest)))}
    numbers = fts.whole_numbers(query)
    if numbers is not None:
        candidates = {seq: row for seq, row in candidates.items()
                      if fts.keeps_numbers(numbers, document_body(row[3], row[5]))}
    if place is not None:
        # A report is about the place its events name (`chidao.store.places`).
        seqs = list(candidates)
        kept = places.about(place, [{"document_id": candidates[seq][0]} for seq in seqs])
        candidates = {seq: candidates[seq] for seq, keep in zip(seqs, kept, strict=True) if keep}
    best = _best(session, match, "document_fts",
                 {seq: document_body(row[3], row[5]) for seq, row in candidates.items()}, limit)
    rows = [(*candidates[seq][:6], score) for seq, score in best.items()]
    out = []
    for doc_id, date, source, title, event_date, body, score in rows:
        out.append({"kind": "documents", "id": doc_id, "document_id": doc_id, "document_date": date,
                    "document_source": source, "document_title": title, "event_date": event_date,
                    "text": None, "span": None, "snippet": None, "score": float(score), "_body": body})
    return out
