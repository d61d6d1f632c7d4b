"""One page of a register, read from the store page by page (the web app and the API).

`register_page(session, kind, sort=…, limit=…, offset=…, **filters)` returns
(items, total, more): the items of one page (dicts as `chidao.store.queries.list_items`
gives them, with the same filters), sorted by a column and read with LIMIT/OFFSET so a
100,000-report archive answers as fast as a small one; `total` counts the matching
items up to `COUNT_CAP` (`more` is true when there are more). Other outlets' copies of
one event's item are folded into their original as in the registers (unless `copies`), page by page: a
copy is left out of the page it falls on, and listed under its original's "copies"
when the original is on the same page.

Sorts: "date", "due", "status", "owner", "document", each ascending, or descending with
a leading "-" ("-date": newest first). Undated items come last either way.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from chidao.store.copies import fold_copies
from chidao.store.queries import item_dict, item_filters
from chidao.store.schema import Document, Item

COUNT_CAP = 1_000  # counting further costs more than the page itself (7 ms at 10,000)
SORTS = {
    "date": Item.date,
    "due": Item.due,
    "status": Item.status,
    "owner": Item.owner,
    "document": Document.title,
}


def _ordered(query: Select, session: Session, sort: str) -> Select:
    name = sort.removeprefix("-")
    if name not in SORTS:
        raise ValueError(f"unknown sort: {sort} (one of {', '.join(SORTS)}, '-' before for descending)")
    column, descending = SORTS[name], sort.startswith("-")
    sqlite = session.get_bind().dialect.name == "sqlite"
    # SQLite puts NULL first going up and last going down; PostgreSQL the opposite. Plain
    # "date DESC, seq DESC" reads the (kind, date) index backwards and stops at the page.
    if descending:
        order = [column.desc() if sqlite else column.desc().nulls_last(), Item.seq.desc()]
    else:
        order = [column.is_(None), column.asc(), Item.seq.asc()]
    return query.order_by(*order)


def register_page(
    session: Session,
    kind: str,
    *,
    sort: str = "-date",
    limit: int = 50,
    offset: int = 0,
    copies: bool = False,
    **filters: Any,
) -> tuple[list[dict[str, Any]], int, bool]:
    """(the page's items, how many match (at most COUNT_CAP), whether more than that match)."""
    conditions = item_filters(kind, **filters)
    query = (
        select(Item, Document.date, Document.source, Document.title, Document.event_date, Document.group_id)
        .join(Document, Document.seq == Item.document_seq)
        .where(*conditions)
    )
    query = _ordered(query, session, sort).limit(limit).offset(offset)
    items, groups = [], []
    for *row, group_id in session.execute(query):
        items.append(item_dict(*row))
        groups.append(group_id)
    matching = select(Item.seq).where(*conditions).limit(COUNT_CAP + 1).subquery()
    total = session.execute(select(func.count()).select_from(matching)).scalar_one()
    page = items if copies else fold_copies(session, kind, items, groups)
    return page, min(total, COUNT_CAP), total > COUNT_CAP
