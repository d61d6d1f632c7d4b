"""`chidao search QUERY`: documents and items, with or without diacritics, best first."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from chidao.commands.store_options import (
    DbOption,
    FromOption,
    LocalityOption,
    PersonOption,
    ToOption,
    TopicOption,
    check_date_range,
    date_of,
    print_json,
    span_text,
)
from chidao.store.queries import open_session
from chidao.store.queries import search as search_store

KIND_LABELS = {"documents": "tài liệu", "events": "sự kiện", "legal_refs": "văn bản",
               "directives": "chỉ đạo", "targets": "chỉ tiêu", "commitments": "cam kết",
               "indicators": "số liệu"}


class SearchKind(StrEnum):
    documents = "documents"
    events = "events"
    legal_refs = "legal_refs"
    directives = "directives"
    targets = "targets"
    commitments = "commitments"
    indicators = "indicators"


class SearchFormat(StrEnum):
    table = "table"
    json = "json"


def search(
    query: Annotated[str, typer.Argument(help='Words to find, e.g. "ma tuy", "Công an xã".')],
    kind: Annotated[SearchKind | None, typer.Option("--kind", "-k", help="Only this kind.")] = None,
    locality: LocalityOption = None,
    person: PersonOption = None,
    topic: TopicOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most hits shown.")] = 20,
    format: Annotated[SearchFormat, typer.Option(
        "--format", "-f", help="table or json.")] = SearchFormat.table,
    db: DbOption = None,
) -> None:
    """Search reports and their items; "ma tuy" finds "ma túy". Each hit gives its document,
    date, span and the words around it."""
    check_date_range(date_from, date_to)
    with open_session(db) as session:
        hits = search_store(session, query, kind=kind.value if kind else None, locality=locality,
                            person=person, topic=topic, date_from=date_from, date_to=date_to, limit=limit)
    if format is SearchFormat.json:
        print_json(hits)
        return
    console = Console()
    if not hits:
        console.print(f"Không tìm thấy kết quả cho: {query}")
        return
    table = Table(title=f"Kết quả tìm kiếm: {query}", show_lines=True)
    for header in ("Loại", "Ngày", "Tài liệu", "Vị trí", "Trích đoạn", "Mã"):
        table.add_column(header, overflow="fold")
    for hit in hits:
        document = hit["document_title"] or hit["document_source"] or hit["document_id"][:12]
        table.add_row(KIND_LABELS.get(hit["kind"], hit["kind"]), date_of(hit), document,
                      span_text(hit["span"]), hit["snippet"], hit["id"])
    console.print(table)
