"""`chidao reject`, `chidao correct`, `chidao add-item`, `chidao corrections list|undo`:
correcting what the machine read, from the terminal (`chidao.track.corrections` does the work).

Each change is one transaction, recorded with who ($CHIDAO_USER or the OS user) and
when; a refused value or an unknown or ambiguous id is one line on stderr (exit 1)
and changes nothing. `--format json` prints the operation's dict (the item as the
registers show it, and the corrections written).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.orm import Session

from chidao.commands.status import correction_lines
from chidao.commands.store_options import DbOption, fail, print_json
from chidao.commands.usage_errors import with_labels
from chidao.report.tables import KIND_LABELS
from chidao.store.lookup import IdLookupError
from chidao.store.queries import open_session
from chidao.track.correction_fields import CorrectionError, field_label, value_label
from chidao.track.correction_records import list_corrections
from chidao.track.corrections import ADDABLE, add_item, correct_item, reject_item, undo_correction
from chidao.track.history import CHANGE_LABELS, local_time


class ShowFormat(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[ShowFormat, typer.Option("--format", "-f", help="table (bảng) hoặc json.")]
ItemArgument = Annotated[str, typer.Argument(
    metavar="ITEM",
    help='Mã mục; phần mã báo cáo chỉ cần vài ký tự đầu ("3f2a9c1b04de:directives:4", '
    '"3f2a:directives:4").')]
DocumentArgument = Annotated[str, typer.Argument(
    metavar="DOC", help="Mã báo cáo hoặc vài ký tự đầu của mã.")]
SetOption = Annotated[list[str] | None, typer.Option(
    "--set", metavar="FIELD=VALUE",
    help='Một trường và giá trị, ví dụ --set speaker="Tô Lâm" (ghi nhiều lần được; để trống là xoá '
    "giá trị). Các trường của từng loại mục: docs/CORRECTIONS.md.")]
ReasonOption = Annotated[str | None, typer.Option("--reason", "-r", help="Lý do (ghi vào lịch sử).")]
ACTION_LABELS = {**CHANGE_LABELS, "date": "Đặt ngày văn bản", "delete": "Xoá văn bản"}
# `--kind directive` reads as well as `--kind directives`.
KIND_SINGULARS = {kind.removesuffix("s"): kind for kind in ADDABLE}


def run_change(db: str | None, change: Callable[[Session], dict[str, Any]]) -> dict[str, Any]:
    """`change(session)` in one transaction; a refused change or id is `chidao: reason`, exit 1."""
    with open_session(db) as session:
        try:
            with session.begin():
                return change(session)
        except (CorrectionError, IdLookupError) as exc:
            fail(str(exc))


def parse_assignments(assignments: list[str] | None) -> dict[str, str]:
    """["speaker=Tô Lâm", "unit="] -> {"speaker": "Tô Lâm", "unit": ""}; refuses what has no "="."""
    values: dict[str, str] = {}
    for assignment in assignments or ():
        field, equals, value = assignment.partition("=")
        if not equals or not field.strip():
            fail(f"--set cần dạng TRƯỜNG=GIÁ_TRỊ: {assignment}")
        values[field.strip()] = value
    return values


def _print_item_change(headline: str, result: dict[str, Any], format: ShowFormat) -> None:
    if format is ShowFormat.json:
        print_json(result)
        return
    console = Console(highlight=False)
    numbers = ", ".join(f"#{row['id']}" for row in result["corrections"])
    console.print(headline + (f" ({numbers})" if numbers else ""), markup=False)
    item = result["item"]
    if item.get("text"):
        console.print(item["text"], markup=False)
    for line in correction_lines(item):
        console.print(line, markup=False)


def reject(item_id: ItemArgument, reason: ReasonOption = None, format: FormatOption = ShowFormat.table,
           db: DbOption = None) -> None:
    """Loại một mục không đúng loại của nó ("không phải chỉ đạo"): mục ra khỏi sổ theo dõi, báo
    cáo và tìm kiếm (`--rejected` vẫn liệt kê) và vẫn bị loại khi `chidao reextract` tìm thấy
    lại. `chidao corrections undo N` để bỏ việc loại."""
    result = run_change(db, lambda session: reject_item(session, item_id, reason=reason))
    _print_item_change(f"Đã loại bỏ {result['item']['id']}", result, format)


def correct(item_id: ItemArgument, assignments: SetOption = None, format: FormatOption = ShowFormat.table,
            db: DbOption = None) -> None:
    """Sửa các trường của một mục (speaker, verb, value, unit, metric_key, direction, baseline,
    deadline, scope, ngày …); giá trị được kiểm tra, giá trị máy đọc được giữ bên cạnh giá trị
    người sửa, và `chidao reextract` giữ giá trị người sửa."""
    values = parse_assignments(assignments)
    if not values:
        fail("chưa nêu trường nào để sửa (--set TRƯỜNG=GIÁ_TRỊ)")
    result = run_change(db, lambda session: correct_item(session, item_id, values))
    changed = ", ".join(field_label(row["field"], row.get("kind")) for row in result["corrections"])
    headline = f"Đã sửa {result['item']['id']}: {changed}" if changed else \
        f"Không có gì thay đổi: {result['item']['id']} đã có các giá trị này"
    _print_item_change(headline, result, format)


def add_item_command(
    document_id: DocumentArgument,
    kind: Annotated[str, typer.Option(
        "--kind", "-k", help="Loại mục: " + ", ".join(with_labels(ADDABLE, KIND_LABELS))
        + "; viết số ít cũng được (directive, target …).")],
    span: Annotated[tuple[int, int] | None, typer.Option(
        "--span", metavar="START END", help="Vị trí ký tự đầu và cuối của lời mục trong văn bản báo cáo.")]
        = None,
    words: Annotated[str | None, typer.Option(
        "--words", "-w", help="Đúng nguyên lời của mục như báo cáo viết.")] = None,
    occurrence: Annotated[int | None, typer.Option(
        "--occurrence", min=1,
        help="Lần xuất hiện thứ mấy của --words (1 = lần đầu), khi lời đó xuất hiện nhiều lần.")]
        = None,
    assignments: SetOption = None,
    format: FormatOption = ShowFormat.table,
    db: DbOption = None,
) -> None:
    """Thêm một mục máy bỏ sót, từ một đoạn của báo cáo (--span START END, hoặc --words với
    --occurrence), kèm các trường (--set); lời của mục đúng là những chữ đó của báo cáo."""
    values = parse_assignments(assignments)
    kind = KIND_SINGULARS.get(kind, kind)
    result = run_change(db, lambda session: add_item(session, document_id, kind, span=span, words=words,
                                                     occurrence=occurrence, values=values))
    _print_item_change(f"Đã thêm {result['item']['id']}", result, format)


corrections_app = typer.Typer(help="Liệt kê những lần người dùng sửa, hoặc huỷ một lần sửa.",
                              no_args_is_help=True)


@corrections_app.command("list")
def corrections_list(
    document_id: Annotated[str | None, typer.Option(
        "--document", "-d", help="Chỉ của báo cáo này (mã hoặc vài ký tự đầu; cả báo cáo đã xoá).")] = None,
    item_id: Annotated[str | None, typer.Option("--item", "-i", help="Chỉ của mục này.")] = None,
    format: FormatOption = ShowFormat.table,
    db: DbOption = None,
) -> None:
    """Mọi lần sửa, cũ nhất trước, kèm số thứ tự (để `undo`), người sửa và thời điểm (giờ Việt Nam)."""
    with open_session(db) as session:
        try:
            rows = list_corrections(session, document_ref=document_id, item_ref=item_id)
        except IdLookupError as exc:
            fail(str(exc))
    if format is ShowFormat.json:
        print_json(rows)
        return
    console = Console(highlight=False)
    if not rows:
        console.print("Chưa có sửa đổi nào.")
        return
    table = Table(title=f"Sửa đổi ({len(rows)})")
    for header, wrap in (("#", False), ("Lúc", False), ("Người", True), ("Việc", True),
                         ("Mục / văn bản", False), ("Giá trị", True)):
        table.add_column(header, overflow="fold", no_wrap=not wrap)
    for row in rows:
        what = ACTION_LABELS.get(row["action"], row["action"])
        if row["action"] in ("correct", "undo") and row["field"]:
            what += " " + field_label(row["field"], row.get("kind"))
        if row["undone_by"]:
            what += f" (đã hoàn tác, #{row['undone_by']})"
        table.add_row(str(row["id"]), local_time(row["at"]), row["who"], what,
                      row["item_id"] or row["document_id"][:12], _values(row))
    console.print(table)


def _values(row: dict[str, Any]) -> str:
    reason = f" — {row['reason']}" if row["reason"] else ""
    if row["action"] == "delete":
        old = row["old"] or {}
        kept = len(old.get("person_items") or [])
        name = old.get("title") or Path(old.get("source") or "").name
        return f"{name}; giữ dữ liệu của {kept} mục{reason}"
    if row["action"] == "add":
        return "vị trí {}-{}".format(*row["new"]["span"]) + reason
    if row["action"] == "reject":
        return row["reason"] or ""
    return f"{value_label(row['field'], row['old'])} → {value_label(row['field'], row['new'])}{reason}"


@corrections_app.command("undo")
def corrections_undo(
    number: Annotated[int, typer.Argument(metavar="N", help="Số của lần sửa (xem `corrections list`).")],
    reason: ReasonOption = None,
    format: FormatOption = ShowFormat.table,
    db: DbOption = None,
) -> None:
    """Huỷ lần sửa N: mục bị loại được khôi phục, trường trở lại giá trị trước, mục người thêm bị
    loại, ngày báo cáo trở lại như trước. Việc xoá báo cáo thì không huỷ được."""
    result = run_change(db, lambda session: undo_correction(session, number, reason=reason))
    if "item" in result:
        _print_item_change(f"Đã hoàn tác #{number} trên {result['item']['id']}", result, format)
    elif format is ShowFormat.json:
        print_json(result)
    else:
        document = result["document"]
        Console(highlight=False).print(f"Đã hoàn tác #{number}: văn bản {document['id'][:12]} có ngày "
                                       f"{value_label('date', document['date'])}", markup=False)
