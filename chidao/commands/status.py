"""`chidao status ITEM`: show an item with its history, or change its follow-up (status, owner, due
date, notes)."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from chidao.commands.search import KIND_LABELS
from chidao.commands.store_options import DbOption, date_of, fail, print_json, span_text
from chidao.commands.usage_errors import with_labels
from chidao.report.content import FOLLOW_STATUS
from chidao.store.copies import original_of
from chidao.store.lookup import IdLookupError, resolve_item_id
from chidao.store.queries import get_item, open_session
from chidao.store.schema import TRACKED_KINDS
from chidao.track.correction_fields import corrected_field_lines, value_label
from chidao.track.history import item_history
from chidao.track.status import FollowUpError, set_follow_up


class Status(StrEnum):
    open = "open"
    in_progress = "in_progress"
    done = "done"
    dropped = "dropped"


class ShowFormat(StrEnum):
    table = "table"
    json = "json"


def status(
    item_id: Annotated[str, typer.Argument(
        metavar="ITEM", help='Mã mục; phần mã báo cáo chỉ cần vài ký tự đầu, ví dụ '
        '"3f2a9c1b04de:directives:4", "3f2a:directives:4".')],
    set_status: Annotated[Status | None, typer.Option(
        "--set", help="Trạng thái mới: " + ", ".join(with_labels(FOLLOW_STATUS)) + ".")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Ghi chú thêm vào.")] = None,
    owner: Annotated[str | None, typer.Option("--owner", help="Đơn vị hoặc người phụ trách.")] = None,
    due: Annotated[str | None, typer.Option("--due", help="Hạn, dd/mm/yyyy hoặc yyyy-mm-dd, ví dụ "
        "31/12/2025.")] = None,
    format: Annotated[ShowFormat, typer.Option(
        "--format", "-f", help="table (bảng) hoặc json.")] = ShowFormat.table,
    db: DbOption = None,
) -> None:
    """Xem một mục cùng lịch sử (theo dõi và các lần sửa), hoặc đổi trạng thái, đơn vị phụ trách,
    hạn, ghi chú (mỗi thay đổi ghi lại người làm, theo $CHIDAO_USER hoặc tài khoản máy, và thời
    điểm). Chỉ theo dõi chỉ đạo, chỉ tiêu và cam kết. Bản của báo khác đưa cùng sự kiện được theo
    dõi trên mục mà sổ theo dõi liệt kê."""
    with open_session(db) as session:
        if any(value is not None for value in (set_status, note, owner, due)):
            copy_of = None  # a copy's follow-up goes to its original, which is shown
            try:
                with session.begin():
                    item_id = resolve_item_id(session, item_id)
                    original = original_of(session, item_id)
                    if original is not None:
                        # One event's item is followed up once: on the item the registers list.
                        print(f"chidao: {item_id} là bản của {original} (cùng sự kiện, báo khác đưa tin); "
                              f"cập nhật {original}", file=sys.stderr)
                        item_id = original
                    item = set_follow_up(session, item_id, status=set_status.value if set_status else None,
                                         owner=owner, due=due, note=note)
            except (FollowUpError, IdLookupError) as exc:
                fail(str(exc))
        else:
            try:
                item_id = resolve_item_id(session, item_id)
            except IdLookupError as exc:
                fail(str(exc))
            copy_of = original_of(session, item_id)
            item = get_item(session, item_id)
            if item is None:
                fail(f"không tìm thấy mục: {item_id}")
        history = item_history(session, item_id)
    if format is ShowFormat.json:
        print_json({**item, "copy_of": copy_of, "history": history})
        return
    show_item(item, history, copy_of)


def show_item(item: dict[str, Any], history: list[dict[str, Any]], copy_of: str | None = None) -> None:
    """An item in the terminal: heading, words, follow-up, corrections, history (Vietnam time)."""
    console = Console(highlight=False)
    document = item.get("document_title") or item.get("document_source") or ""
    where = f"{document} [{span_text(item.get('span'))}]" if item.get("span") else document
    date = value_label("date", date_of(item)) if date_of(item) else ""
    kind = KIND_LABELS.get(item["kind"], item["kind"])
    heading = " — ".join(part for part in (f"{item['id']} ({kind})", date, where) if part)
    console.print(heading, markup=False)
    if item.get("text"):
        console.print(item["text"], markup=False)
    if item["kind"] in TRACKED_KINDS:
        state = FOLLOW_STATUS.get(item["status"] or "", item["status"] or "—")
        console.print(f"Trạng thái: {state}" + (" (quá hạn)" if item["overdue"] else "")
                      + f" · Phụ trách: {item['owner'] or '—'} · Hạn: {value_label('due', item['due'])}",
                      markup=False)
    if item["orphan"]:
        console.print("Mồ côi: không còn trong bản trích xuất mới (giữ vì có dữ liệu do người nhập).",
                      markup=False)
    if item["notes"]:
        console.print("Ghi chú: " + item["notes"], markup=False)
    for line in correction_lines(item):
        console.print(line, markup=False)
    if copy_of is not None:
        console.print(f"Bản của {copy_of} (cùng sự kiện, báo khác đưa tin): theo dõi ở mục đó.", markup=False)
    if history:
        table = Table(title="Lịch sử (giờ Việt Nam)")
        for header in ("Lúc", "Người", "Thay đổi", "Cũ", "Mới"):
            table.add_column(header, overflow="fold")
        for change in history:
            new = change["new_label"] + (f" ({change['reason']})" if change["reason"] else "")
            table.add_row(change["at_local"], change["who"], change["what"], change["old_label"], new)
        console.print(table)


def correction_lines(item: dict[str, Any]) -> list[str]:
    """What people corrected on the item, one line each ("Đã sửa Người chỉ đạo: … (máy đọc: …)")."""
    lines = []
    if item.get("rejected"):
        lines.append("Đã loại bỏ: không phải mục loại này (ẩn khỏi sổ theo dõi).")
    if item.get("origin") == "person":
        lines.append("Mục do người thêm (máy không nhận ra).")
    return lines + corrected_field_lines(item)
