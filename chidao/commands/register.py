"""`chidao directives|targets|commitments|indicators`: the register, filtered, as a table, JSON, CSV or XLSX.

JSON is the list of item dicts of `chidao.store.queries.list_items`; targets
also carry their evaluation ("status": met | not_met | pending, "evidence",
and their own follow-up status under "follow_status") from
`chidao.track.evaluation.evaluate_targets`.

`--status` takes a follow-up status (open, in_progress, done, dropped) or
"overdue"; for targets also an evaluation (met, not_met, pending). `--orphans`
adds the items a newer extractor no longer finds, kept for what people entered
on them; `--rejected` the items a person rejected. Several outlets' copies of an
item from one event are one item (its "copies", `chidao.store.copies`); `--copies`
lists each. `--limit N` shows N items (50 by default in a table on a terminal).
CSV is written for Excel (`chidao.commands.register_csv`: BOM, Vietnamese headers
and labels, `--decimal-comma`; text that a spreadsheet would run as a formula starts
with "'"). `-o FILE` writes the register to a file (`chidao.commands.register_export`):
CSV, JSON or a typed XLSX workbook, by the file's extension.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from chidao.commands.register_csv import write_csv
from chidao.commands.register_export import register_format, write_printed, write_xlsx
from chidao.commands.store_options import (
    DbOption,
    FromOption,
    LocalityOption,
    OutputFormat,
    PersonOption,
    ToOption,
    TopicOption,
    check_date_range,
    date_of,
    print_json,
    span_text,
)
from chidao.commands.usage_errors import with_labels
from chidao.report.cells import report_name
from chidao.report.content import COMMITMENT_KINDS, EVALUATION_STATUS, FOLLOW_STATUS, format_date
from chidao.report.tables import REGISTER_TITLES
from chidao.store.queries import list_items, open_session
from chidao.store.schema import STATUSES
from chidao.track.correction_fields import field_label

FOLLOW_FILTERS = (*STATUSES, "overdue")
OrphansOption = Annotated[bool, typer.Option(
    "--orphans", help="Liệt kê cả các mục mà bản trích xuất mới không còn "
    "tìm thấy (giữ lại vì có dữ liệu do người nhập), có đánh dấu.")]
CopiesOption = Annotated[bool, typer.Option(
    "--copies", help="Liệt kê riêng bản của từng báo đưa cùng một sự kiện (mặc định các "
    "bản gộp vào một mục, trong trường \"copies\" của mục).")]
FormatOption = Annotated[OutputFormat | None, typer.Option(
    "--format", "-f", help="table (bảng), json, csv (cho Excel: UTF-8 có BOM, tiêu đề "
    "và nhãn tiếng Việt, ngày ISO) hoặc xlsx (mặc định: theo phần mở rộng của -o, không có thì table).")]
OutputOption = Annotated[Path | None, typer.Option(
    "--output", "-o", help="Ghi sổ ra tệp này (.csv, .json hoặc .xlsx) thay vì in ra màn hình.")]
RejectedOption = Annotated[bool, typer.Option(
    "--rejected", help="Liệt kê cả các mục đã bị loại (`chidao reject`), có đánh dấu.")]
LimitOption = Annotated[int | None, typer.Option(
    "--limit", "-n", min=0, help="Hiện nhiều nhất N mục (0: tất cả). Mặc định: 50 khi in "
    "bảng ra màn hình, kèm một dòng báo còn bao nhiêu; tất cả trong các trường hợp khác.")]
DecimalCommaOption = Annotated[bool, typer.Option(
    "--decimal-comma", help="CSV: dấu phẩy thập phân (756,2) và ';' giữa các cột, "
    "như Excel đặt ngôn ngữ tiếng Việt đọc CSV (mặc định: 756.2 và ',').")]
TERMINAL_LIMIT = 50

# Per kind: (field, Vietnamese column header) shown in the table and CSV after the common ones.
KIND_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "directives": (("speaker", "Người chỉ đạo"), ("verb", "Động từ"), ("addressee", "Đối tượng"),
                   ("topics", "Lĩnh vực"), ("text", "Nội dung")),
    "targets": (("metric", "Chỉ số"), ("direction", "Hướng"), ("value", "Giá trị"), ("unit", "Đơn vị"),
                ("baseline", "So với"), ("deadline", "Thời hạn"), ("scope", "Phạm vi"),
                ("evaluation", "Đánh giá"), ("text", "Nội dung")),
    "commitments": (("commitment_kind", "Loại"), ("amount", "Số lượng"), ("unit", "Đơn vị"),
                    ("giver", "Bên cấp"), ("receiver", "Bên nhận"), ("speaker", "Người cam kết"),
                    ("text", "Nội dung")),
    "indicators": (("metric", "Chỉ số"), ("value", "Giá trị"), ("unit", "Đơn vị"),
                   ("direction", "Hướng"), ("baseline", "So với"), ("period", "Kỳ"),
                   ("scope", "Phạm vi"), ("topics", "Lĩnh vực"), ("text", "Nội dung")),
}
# The terminal table keeps the columns a reader scans; CSV and JSON carry every field.
TABLE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "directives": (("date", "Ngày"), ("speaker", "Người chỉ đạo"), ("text", "Nội dung"),
                   ("follow", "Trạng thái")),
    "targets": (("date", "Ngày"), ("text", "Chỉ tiêu"), ("scope", "Phạm vi"),
                ("evaluation", "Đánh giá"), ("follow", "Trạng thái")),
    "commitments": (("date", "Ngày"), ("commitment_kind", "Loại"), ("text", "Nội dung"),
                    ("follow", "Trạng thái")),
    "indicators": (("date", "Ngày"), ("metric", "Chỉ số"), ("text", "Nội dung"),
                   ("scope", "Phạm vi")),
}
# Widest a column gets at 100 terminal columns (wider terminals, in proportion): a name or
# "Chưa thực hiện" on one or two lines, so the item's words take the rest. Ids and dates are
# never cut (no_wrap).
TABLE_MAX_WIDTHS = {"follow": 14, "evaluation": 10, "speaker": 12, "scope": 11, "metric": 14,
                    "commitment_kind": 10}
COMMON_COLUMNS = (("id", "Mã"), ("date", "Ngày"), ("document", "Tài liệu"))
FOLLOW_COLUMNS = (("follow", "Trạng thái"), ("owner", "Phụ trách"), ("due", "Hạn"),
                  ("overdue", "Quá hạn"), ("orphan", "Mồ côi"), ("span", "Vị trí"),
                  ("copies", "Bản của báo khác"))
# Corrections (`chidao.track.corrections`): CSV columns, and the marks before an item's words in the table.
CORRECTION_COLUMNS = (("corrected", "Đã sửa"), ("rejected", "Bị loại"), ("origin", "Nguồn mục"))
ORIGINS = {"machine": "máy", "person": "người thêm"}
# Codes read as words in the terminal table (and CSV; JSON keeps the codes).
TABLE_LABELS = {"follow": FOLLOW_STATUS, "evaluation": EVALUATION_STATUS, "commitment_kind": COMMITMENT_KINDS}


def file_columns(kind: str) -> tuple[tuple[str, str], ...]:
    """(field, Vietnamese header) of every column a register of `kind` has in CSV and XLSX."""
    return COMMON_COLUMNS + KIND_COLUMNS[kind] + FOLLOW_COLUMNS + CORRECTION_COLUMNS


def table_cell(item: dict[str, Any], field: str) -> str:
    """`cell` for the terminal: statuses and kinds in Vietnamese, dates dd/mm/yyyy, overdue and
    orphan items marked, a corrected, added or rejected item's words marked as such."""
    value = cell(item, field)
    if field in ("date", "due"):
        return format_date(value)
    value = TABLE_LABELS.get(field, {}).get(value, value)
    if field == "follow":
        # One line each, never cut: the status, whether overdue or orphaned, the due date (with
        # the status: one column less, more width for the words).
        value += "\n(quá hạn)" if item.get("overdue") else ""
        value += "\n(mồ côi)" if item.get("orphan") else ""
        value += f"\nhạn {format_date(item['due'])}" if item.get("due") else ""
    if field == "text":
        value = correction_mark(item) + value
    return value


def correction_mark(item: dict[str, Any]) -> str:
    """"(đã loại) ", "(người thêm) ", "(đã sửa: Người chỉ đạo) " before a corrected item's words."""
    marks = ["đã loại"] if item.get("rejected") else []
    if item.get("origin") == "person":
        marks.append("người thêm")
    if item.get("machine_values") and item.get("origin") != "person":
        fields = item["machine_values"]
        marks.append("đã sửa: " + ", ".join(field_label(field, item.get("kind")) for field in fields))
    return "".join(f"({mark}) " for mark in marks)


def evaluate(targets: list[dict[str, Any]], indicators: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Targets with the analyst's evaluation; unchanged if chidao.track.evaluation is missing."""
    try:
        from chidao.track.evaluation import evaluate_targets
    except ImportError:
        return targets
    return evaluate_targets(targets, indicators)


def register_items(kind: str, db: str | None, status: str | None = None,
                   **filters: Any) -> list[dict[str, Any]]:
    """The filtered register of one kind (targets evaluated against every stored indicator;
    a target `status` of met, not_met or pending filters on that evaluation)."""
    evaluation = status if kind == "targets" and status in EVALUATION_STATUS else None
    with open_session(db) as session:
        items = list_items(session, kind, status=None if evaluation else status, **filters)
        if kind == "targets" and items:
            items = evaluate(items, list_items(session, "indicators"))
    if evaluation:
        items = [item for item in items if item.get("status") == evaluation]
    return items


def cell(item: dict[str, Any], field: str) -> str:
    """One field of an item as text for a table or CSV cell."""
    if field == "date":
        return date_of(item)
    if field == "document":
        # The report as the pages and printed reports name it: title, else the file's name.
        return report_name(item.get("document_title"), item.get("document_source"))
    if field == "span":
        return span_text(item.get("span"))
    if field == "follow":
        # evaluate_targets moves the follow-up status aside: "status" becomes met/not_met/pending.
        return item.get("follow_status", item.get("status")) or ""
    if field == "evaluation":
        return item.get("status") or "" if "follow_status" in item or "evidence" in item else ""
    if field == "orphan":
        return "mồ côi" if item.get("orphan") else ""
    if field == "copies":
        return "; ".join(copy["id"] for copy in item.get("copies") or ())
    if field == "overdue":
        return "quá hạn" if item.get("overdue") else ""
    if field == "corrected":
        return "; ".join(field_label(name, item.get("kind")) for name in item.get("machine_values") or ())
    if field == "origin":
        return ORIGINS.get(item.get("origin") or "machine", item.get("origin") or "")
    if field == "rejected":
        return "đã loại" if item.get("rejected") else ""
    value = item.get(field)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def show(kind: str, items: list[dict[str, Any]], format: OutputFormat, limit: int | None = None,
         decimal_comma: bool = False) -> None:
    """Print the register: JSON, CSV for Excel (`chidao.commands.register_csv`) or a table of
    at most `limit` items (None or 0: all) with a line saying how many more there are."""
    shown = items[:limit] if limit else items
    if format is OutputFormat.json:
        print_json(shown)
        return
    if format is OutputFormat.csv:
        write_csv(sys.stdout, shown, file_columns(kind), cell, decimal_comma)
        return
    console = Console()
    if not items:
        console.print("Không có mục nào.")
        return
    columns = TABLE_COLUMNS[kind]
    rows = [[escape(table_cell(item, field)) for field, _ in columns] for item in shown]
    words = next(i for i, (field, _) in enumerate(columns) if field == "text")
    # The id on a line of its own under the item's words (dim): an id takes 25 characters, which a
    # column of its own would take from the words on every line.
    for row, item in zip(rows, shown, strict=True):
        row[words] += f"\n[dim]{escape(item['id'])}[/dim]"
    # A column empty on every row shown (no due date set yet) gives its width to the words.
    kept = [i for i, (field, _) in enumerate(columns) if field == "text" or any(row[i] for row in rows)]
    # Lines between rows, none between columns: the width of a terminal goes to the words.
    table = Table(title=f"{REGISTER_TITLES[kind]} ({len(items)})", show_lines=True, box=box.HORIZONTALS)
    scale = max(1.0, console.width / 100)
    widest_id = max(len(item["id"]) for item in shown)
    others = [i for i in kept if i != words]
    widths = _column_widths([(columns[i][1], [table_cell(item, columns[i][0]) for item in shown],
                              TABLE_MAX_WIDTHS.get(columns[i][0]), columns[i][0] == "date") for i in others],
                            # each column's padding, and the box's edges and rules between columns
                            console.width - 3 * len(kept) - 1 - widest_id, scale)
    width_of = dict(zip(others, widths, strict=True))
    for i in kept:
        field, header = columns[i]
        # The words take what the other columns leave, never less than the widest id (an id is
        # not cut across lines: `chidao status` takes it as printed).
        table.add_column(f"{header} · mã mục" if i == words else header, overflow="fold",
                         no_wrap=field == "date", min_width=widest_id if i == words else None,
                         width=width_of.get(i))
    for row in rows:
        table.add_row(*(row[i] for i in kept))
    console.print(table)
    if len(shown) < len(items):
        console.print(f"… còn {len(items) - len(shown)} mục nữa (--limit 0: xem tất cả).", highlight=False)


def _column_widths(columns: list[tuple[str, list[str], int | None, bool]], room: int,
                   scale: float) -> list[int]:
    """Widths of the columns beside the words ((header, cells, cap, whole) each): each as wide as
    its longest line, at most its cap (times `scale`), and when together they take more than
    `room`, narrowed toward their longest word (a date, `whole`, is never narrowed): on a narrow
    terminal "Chưa thực hiện" wraps between words, never inside one."""
    natural, least = [], []
    for header, cells, cap, whole in columns:
        lines = [line for text in (header, *cells) for line in text.split("\n")]
        longest_word = max((len(word) for line in lines for word in line.split()), default=1)
        longest_line = max(len(line) for line in lines)
        least.append(longest_line if whole else longest_word)
        natural.append(max(least[-1], min(longest_line, int(cap * scale)) if cap else longest_line))
    excess, spare = sum(natural) - room, sum(natural) - sum(least)
    if excess <= 0 or not spare:
        return natural
    cut = min(excess, spare)
    return [n - round((n - m) * cut / spare) for n, m in zip(natural, least, strict=True)]


def _no_status(value: str | None) -> str | None:
    if value is not None:
        raise typer.BadParameter("số liệu báo cáo không được theo dõi nên không có trạng thái; "
                                 "--status dùng cho directives, targets, commitments")
    return value


def _status_type(kind: str) -> Any:
    """`--status` with the values this kind takes (any other is refused by name); indicators are
    not followed up: the option is hidden and refused, not a filter that always finds nothing."""
    if kind == "indicators":
        return Annotated[str | None, typer.Option("--status", "-s", hidden=True, callback=_no_status)]
    choices = (*FOLLOW_FILTERS, *EVALUATION_STATUS) if kind == "targets" else FOLLOW_FILTERS
    help = "Trạng thái theo dõi: " + ", ".join(with_labels(FOLLOW_FILTERS)) + (
        "; hoặc kết quả đánh giá: " + ", ".join(with_labels(EVALUATION_STATUS)) + "."
        if kind == "targets" else ".")
    values = StrEnum(f"{kind.title()}Status", {value: value for value in choices})  # type: ignore[misc]
    return Annotated[values | None, typer.Option("--status", "-s", help=help)]


def _command(kind: str, doc: str):
    def command(
        locality: LocalityOption = None,
        person: PersonOption = None,
        topic: TopicOption = None,
        status: str | None = None,  # annotated below: its choices depend on the kind
        date_from: FromOption = None,
        date_to: ToOption = None,
        orphans: OrphansOption = False,
        copies: CopiesOption = False,
        rejected: RejectedOption = False,
        format: FormatOption = None,
        output: OutputOption = None,
        limit: LimitOption = None,
        decimal_comma: DecimalCommaOption = False,
        db: DbOption = None,
    ) -> None:
        check_date_range(date_from, date_to)
        chosen = OutputFormat(register_format(format.value if format else None, output))
        items = register_items(kind, db, locality=locality, person=person, topic=topic,
                               status=str(status) if status else None,
                               date_from=date_from, date_to=date_to, include_orphans=orphans,
                               include_rejected=rejected, copies=copies)
        if limit is None and output is None and chosen is OutputFormat.table and sys.stdout.isatty():
            limit = TERMINAL_LIMIT
        if output is None:
            show(kind, items, chosen, limit, decimal_comma)
        elif chosen is OutputFormat.xlsx:
            write_xlsx(output, REGISTER_TITLES[kind], file_columns(kind), items[:limit] if limit else items,
                       cell, TABLE_LABELS)
        else:
            write_printed(output, lambda: show(kind, items, chosen, limit, decimal_comma))

    command.__name__ = kind
    command.__doc__ = doc
    command.__annotations__["status"] = _status_type(kind)
    return command


directives = _command("directives", "Sổ theo dõi chỉ đạo (ai giao ai làm việc gì), với trạng thái "
                      "theo dõi, đơn vị phụ trách và hạn.")
targets = _command("targets", "Sổ theo dõi chỉ tiêu có định lượng, mỗi chỉ tiêu được đánh giá theo số "
                   "liệu báo cáo sau đó (đạt, không đạt, chưa đủ căn cứ).")
commitments = _command("commitments", "Sổ theo dõi cam kết về biên chế, kinh phí, xây dựng và trang "
                       "thiết bị.")
indicators = _command("indicators", "Số liệu báo cáo (tội phạm tăng giảm, số vụ đã khám phá, …).")
