"""`chidao person`, `chidao locality`, `chidao recurring`: follow-up pages in the terminal.

Each reads the store (`--db`, or `CHIDAO_DB`) or, with `--input`, the JSONL
written by `chidao extract` (no database needed). Rich tables by default,
`--format json` for the same content as JSON. A table shows at most `--limit`
rows a section (50 on a terminal) and says how many more there are.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from enum import StrEnum
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table as RichTable

from chidao.commands.store_options import DbOption
from chidao.commands.terminal_tables import escape, rich_table
from chidao.gazetteer.admin_units import is_unit_name
from chidao.report.cells import format_date, report_name
from chidao.report.content import Report, build_report, locality_subject
from chidao.store.follow_queries import (
    FollowData,
    Selection,
    StoreSource,
    load_directives,
    load_extractions,
    select_items,
)
from chidao.track.recurring import group_recurring
from chidao.track.timeline import current_roles, role_timeline


class PageFormat(StrEnum):
    table = "table"
    json = "json"


InputOption = Annotated[list[str] | None, typer.Option(
    "--input", "-i", help="Đọc kết quả của `chidao extract --format jsonl` thay cho kho (ghi nhiều lần "
    "được).")]
FormatOption = Annotated[PageFormat, typer.Option("--format", "-f", help="table (bảng) hoặc json.")]
RowsOption = Annotated[int | None, typer.Option(
    "--limit", "-n", min=0, help="Bảng: mỗi phần nhiều nhất N dòng (0: tất cả). Mặc định: 50 khi in ra "
    "màn hình, "
    "kèm một dòng báo còn bao nhiêu; tất cả trong các trường hợp khác. JSON có tất cả.")]
PAGE_LIMIT = 50
CopiesOption = Annotated[bool, typer.Option(
    "--copies", help="Liệt kê riêng bản của từng báo đưa cùng một sự kiện (mặc định các bản là "
    "một mục, như trong sổ theo dõi).")]

_PAGE_KINDS = ("events", "directives", "targets", "commitments", "indicators")
# Fields too bulky for a page: the document's locality list is repeated on every item.
_DROPPED_FIELDS = ("localities",)


def follow_source(db: str | None, inputs: list[str] | None) -> StoreSource | FollowData:
    """Where the items come from: the `--input` files when given, else the store."""
    if inputs:
        try:
            return load_extractions(inputs)
        except (OSError, ValueError, KeyError) as exc:
            _fail(f"không đọc được dữ liệu đầu vào: {exc}")
    return StoreSource(db)


def person_selection(source: StoreSource | FollowData, name: str, copies: bool = False) -> Selection:
    """The person's items, or a one-line error when nobody of that name appears or a part of a
    name fits several people (named in the error)."""
    selection = select_items(source, "person", name, copies=copies)
    if len(selection.candidates) > 1:
        _fail(f"{name!r} có thể là {len(selection.candidates)} người: {', '.join(selection.candidates)}; "
              "ghi rõ họ tên")
    if not selection.found:
        _fail(f"không tìm thấy người: {name}")
    return selection


def locality_selection(source: StoreSource | FollowData, name: str,
                       copies: bool = False) -> tuple[Selection, str, tuple[str, ...]]:
    """(the place's items, the name to title it by, the former units inside it), or a one-line error."""
    selection = select_items(source, "locality", name, copies=copies)
    match = selection.match
    if match is None or not match.found or not any(selection.items.values()):
        _fail(_nothing_about(name, selection))  # nothing to report: say why, as `chidao locality` does
    subject, former = locality_subject(name, match.name, match.current_name, selection.localities)
    return selection, subject, former


def person(
    name: Annotated[str, typer.Argument(metavar="NAME",
        help='Tên hoặc một phần tên, ví dụ "Tô Lâm", "to lam", "Lâm" (có dấu hay không dấu).')],
    db: DbOption = None,
    input: InputOption = None,
    format: FormatOption = PageFormat.table,
    copies: CopiesOption = False,
    limit: RowsOption = None,
) -> None:
    """Cấp hàm, chức vụ của một người qua thời gian, kèm các báo cáo ghi nhận, và những chỉ đạo
    người đó đã đưa ra."""
    selection = person_selection(follow_source(db, input), name, copies)
    full_name = selection.people[0]["name"] if selection.people else name
    timeline = role_timeline(selection.people)
    if format is PageFormat.json:
        _print_json({"name": full_name, "current": current_roles(timeline), "timeline": timeline,
                     **{kind: _slim(rows) for kind, rows in selection.items.items()}})
        return
    _print_page(build_report(full_name, selection.items, timeline=timeline, chart=False), skip_empty=True,
                limit=limit)


def locality(
    name: Annotated[str, typer.Argument(metavar="NAME", help='Tỉnh hoặc đơn vị cấp dưới, ví dụ "Quảng '
        'Ninh", "Bắc Giang".')],
    db: DbOption = None,
    input: InputOption = None,
    format: FormatOption = PageFormat.table,
    copies: CopiesOption = False,
    limit: RowsOption = None,
) -> None:
    """Sự kiện, chỉ đạo, chỉ tiêu (kèm đánh giá), cam kết và số liệu về một địa phương (nơi diễn
    ra sự kiện của mục hoặc phạm vi của chính mục); đơn vị đã sáp nhập năm 2025 hiện theo đơn vị
    hiện nay ("Bắc Giang" -> Bắc Ninh)."""
    selection = select_items(follow_source(db, input), "locality", name, copies=copies)
    match = selection.match
    assert match is not None
    if not any(selection.items.values()):
        note = _nothing_about(name, selection)
        if format is PageFormat.json:
            _print_json({"query": name, "name": match.name, "current_name": match.current_name,
                         "former_names": [], "note": note, **{kind: [] for kind in _PAGE_KINDS}})
        else:
            print(note)
        return
    subject, former = locality_subject(name, match.name, match.current_name, selection.localities)
    if format is PageFormat.json:
        # "name": the place as its reports name it; "former_names": the old units a current
        # name reaches ("Tuyên Quang": ["Hà Giang"]).
        _print_json({"query": name, "name": match.name, "current_name": match.current_name,
                     "former_names": list(former),
                     **{kind: _slim(rows) for kind, rows in selection.items.items()}})
        return
    report = build_report(subject, selection.items, current_name=match.current_name, chart=False,
                          former_names=former)
    _print_page(report, skip_empty=False, limit=limit)


def _nothing_about(name: str, selection: Selection) -> str:
    """What to say when no item is about the place: a place the reports only mention, a real
    unit with no report about it, or (chidao: …, exit 1) a name that is no unit at all."""
    mentioned = {loc.get("document_id") for loc in selection.localities}
    if mentioned:
        return (f"{name}: không có báo cáo nào về địa phương này (chỉ được nhắc đến trong "
                f"{len(mentioned)} báo cáo).")
    if is_unit_name(name):
        return f"{name}: đơn vị hành chính có trong danh mục, nhưng chưa có báo cáo nào về địa phương này."
    _fail(f"không có đơn vị hành chính nào tên {name!r}, và không báo cáo nào nhắc đến")


def recurring(
    db: DbOption = None,
    input: InputOption = None,
    format: FormatOption = PageFormat.table,
    threshold: Annotated[float, typer.Option(help="Độ giống nhau (Jaccard) để coi hai chỉ đạo là gần "
        "trùng lời.")] = 0.5,
    min_words: Annotated[int, typer.Option(help="Cụm từ chung ngắn nhất, tính bằng số từ.")] = 5,
    limit: Annotated[int, typer.Option(help="Hiện nhiều nhất chừng này nhóm (0: tất cả).")] = 30,
    copies: CopiesOption = False,
) -> None:
    """Chỉ đạo lặp lại qua các sự kiện, địa phương và năm, gom nhóm theo cụm từ chung hoặc lời
    gần trùng; báo cáo của nhiều báo về cùng một sự kiện chỉ tính một lần, và các bản của cùng
    một chỉ đạo là một mục (liệt kê bên dưới; `--copies` liệt kê từng bản)."""
    from chidao.track.recurring import store_event_groups

    source = follow_source(db, input)
    # The store groups near-duplicate reports into events; `--input` files carry no groups.
    events = None if input else store_event_groups(db)
    groups = group_recurring(load_directives(source, copies), threshold=threshold,
                             min_phrase_words=min_words, events=events)
    if limit:
        groups = groups[:limit]
    if format is PageFormat.json:
        _print_json(groups)
        return
    console = Console()
    if not groups:
        console.print("Không có chỉ đạo nào lặp lại giữa các văn bản.")
        return
    table = RichTable(title="Chỉ đạo lặp lại", show_lines=True)
    for column in ("#", "Nội dung lặp lại", "Số sự kiện", "Văn bản", "Địa phương", "Năm"):
        # A report's file name is one long word: its column keeps it whole where the terminal
        # leaves room for the others (about 64 columns), and folds it on a narrow one; on a wide
        # terminal it takes half of what the other columns leave, for titles.
        table.add_column(column, overflow="fold", no_wrap=column == "#",
                         width=max(12, min(60, max(_longest_word(groups), (console.width - 40) // 2),
                                           console.width - 64))
                         if column == "Văn bản" else None,
                         max_width=6 if column == "Số sự kiện" else None)
    for n, group in enumerate(groups, start=1):
        lines: list[str] = []
        previous = None
        for d in group["documents"]:  # copies of one event follow its first report
            # The report as a reader knows it (never the ingesting machine's folders), its date
            # as Vietnamese writes it.
            source_name = (f"{report_name(d.get('document_title'), d.get('document_source'))}"
                           f" ({format_date(d.get('document_date')) or 'không rõ ngày'})")
            copy = d.get("event_id") is not None and d.get("event_id") == previous
            lines.append(f"  ↳ cùng sự kiện: {source_name}" if copy else source_name)
            previous = d.get("event_id")
        sources = "\n".join(lines)
        table.add_row(str(n), escape(group["label"]), str(group["count"]), escape(sources),
                      escape(", ".join(group["localities"])), ", ".join(group["years"]))
    console.print(table)


def _longest_word(groups: list[dict[str, Any]]) -> int:
    """The longest name of a report the recurring table lists (its file name, or a title's word)."""
    names = (report_name(d.get("document_title"), d.get("document_source"))
             for group in groups for d in group["documents"])
    return max((len(word) for name in names for word in name.split()), default=0)


def _print_page(report: Report, skip_empty: bool, limit: int | None = None) -> None:
    """The page's title, summary and tables, each of at most `limit` rows (None: 50 on a
    terminal, all otherwise; 0: all), saying how many more."""
    console = Console()
    if limit is None:
        limit = PAGE_LIMIT if sys.stdout.isatty() else 0
    console.print(f"[bold]{escape(report.title)}[/bold]")
    for line in report.summary:
        console.print(escape(line))
    for table in report.tables:
        if not table.rows:
            if not skip_empty:
                console.print(f"\n[bold]{table.heading}[/bold]: không có mục nào.")
            continue
        shown = replace(table, rows=table.rows[:limit]) if limit else table
        console.print(rich_table(shown, console.width))
        if len(shown.rows) < len(table.rows):
            console.print(f"… còn {len(table.rows) - len(shown.rows)} mục nữa (--limit 0: xem tất cả).",
                          highlight=False)


def _slim(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k not in _DROPPED_FIELDS} for row in rows]


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _fail(message: str) -> NoReturn:
    print(f"chidao: {message}", file=sys.stderr)
    raise typer.Exit(1)
