"""`chidao search QUERY`: documents and items, with or without diacritics, best first."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
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
    fail,
    print_json,
    span_text,
)
from chidao.commands.usage_errors import with_labels
from chidao.report.content import format_date
from chidao.report.tables import KIND_LABELS as KIND_NAMES
from chidao.store.queries import open_session
from chidao.store.queries import search as search_store

# A hit's kind in a table row, in lower case: the one table of labels' words.
KIND_LABELS = {kind: label.lower() for kind, label in KIND_NAMES.items()}


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
    query: Annotated[str, typer.Argument(metavar="QUERY", help='Từ cần tìm, ví dụ "ma tuy", "Công an xã".')],
    kind: Annotated[SearchKind | None, typer.Option(
        "--kind", "-k", help="Chỉ loại này: " + ", ".join(with_labels(SearchKind, KIND_NAMES)) + ".")] = None,
    locality: LocalityOption = None,
    person: PersonOption = None,
    topic: TopicOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Số kết quả hiện nhiều nhất.")] = 20,
    format: Annotated[SearchFormat, typer.Option(
        "--format", "-f", help="table (bảng) hoặc json.")] = SearchFormat.table,
    db: DbOption = None,
) -> None:
    """Tìm trong các báo cáo và các mục của chúng; "ma tuy" tìm được "ma túy". Mỗi kết quả ghi báo
    cáo, ngày, vị trí và đoạn lời quanh nó."""
    check_date_range(date_from, date_to)
    if not query.strip():
        fail('chưa có từ cần tìm (ví dụ: chidao search "ma tuy")')
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
    table = Table(title=f"Kết quả tìm kiếm: {escape(query)}", show_lines=True, box=box.HORIZONTALS)
    # The id on a line of its own under the words (dim), the words' column at least as wide as
    # the widest: dates and ids are never cut, `chidao status` takes an item's id as printed.
    widest_id = max(len(_shown_id(hit)) for hit in hits)
    # The report's column is as wide as its longest word (a file name such as
    # "ha_giang_2024_lam_viec.txt" stays whole; a title wraps at its spaces), 24 at least and
    # 40 at most; on a narrow terminal it gives way (each column takes 2 of padding, the
    # table's edges 2).
    longest_word = max(len(word) for hit in hits for word in _where(hit).split())
    where = max(6, min(max(24, min(40, longest_word)), console.width - 9 - 10 - widest_id - 2 * 4 - 2))
    for header, cap in (("Loại", 9), ("Ngày", None), ("Tài liệu, vị trí", where), ("Trích đoạn · mã", None)):
        table.add_column(header, overflow="fold", no_wrap=header == "Ngày", max_width=cap,
                         min_width=widest_id if header.startswith("Trích") else None)
    for hit in hits:
        words = f"{escape(hit['snippet'] or '')}\n[dim]{escape(_shown_id(hit))}[/dim]"
        table.add_row(KIND_LABELS.get(hit["kind"], hit["kind"]), format_date(date_of(hit)),
                      escape(_where(hit)), words)
    console.print(table)


def _where(hit: dict[str, Any]) -> str:
    """The report (its title, else its file name) and the characters the hit spans."""
    source = hit["document_source"] or ""
    name = hit["document_title"] or (Path(source).name if source else hit["document_id"][:12])
    return name + (f"\nký tự {span_text(hit['span'])}" if hit["span"] else "")


def _shown_id(hit: dict[str, Any]) -> str:
    """An item's id; a report's first 12 characters, which `chidao reextract` takes."""
    return hit["id"][:12] if hit["kind"] == "documents" else hit["id"]
