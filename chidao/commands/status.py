"""`chidao status ITEM`: show or change an item's follow-up (status, owner, due date, notes)."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from chidao.commands.store_options import DbOption, date_of, fail, print_json, span_text
from chidao.report.content import FOLLOW_STATUS
from chidao.store.copies import original_of
from chidao.store.queries import get_item, open_session
from chidao.track.status import FollowUpError, item_history, set_follow_up


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
        metavar="ITEM", help='Item id, e.g. "3f2a9c1b04de:directives:4".')],
    set_status: Annotated[Status | None, typer.Option("--set", help="New status.")] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note to add.")] = None,
    owner: Annotated[str | None, typer.Option("--owner", help="Responsible body or person.")] = None,
    due: Annotated[str | None, typer.Option("--due", help="Deadline, dd/mm/yyyy or YYYY-MM-DD.")] = None,
    format: Annotated[ShowFormat, typer.Option("--format", "-f", help="table or json.")] = ShowFormat.table,
    db: DbOption = None,
) -> None:
    """Show an item with its follow-up history, or change its status, owner, due date or notes
    (each change recorded with who made it, $CHIDAO_USER or the OS user, and when). Another
    outlet's copy of an event's item is followed up on the item the registers list."""
    with open_session(db) as session:
        if any(value is not None for value in (set_status, note, owner, due)):
            copy_of = None  # a copy's follow-up goes to its original, which is shown
            try:
                with session.begin():
                    original = original_of(session, item_id)
                    if original is not None:
                        # One event's item is followed up once: on the item the registers list.
                        print(f"chidao: {item_id} là bản của {original} (cùng sự kiện, báo khác đưa tin); "
                              f"cập nhật {original}", file=sys.stderr)
                        item_id = original
                    item = set_follow_up(session, item_id, status=set_status.value if set_status else None,
                                         owner=owner, due=due, note=note)
            except FollowUpError as exc:
                fail(str(exc))
        else:
            copy_of = original_of(session, item_id)
            item = get_item(session, item_id)
            if item is None:
                fail(f"không tìm thấy mục: {item_id}")
        history = item_history(session, item_id)
    if format is ShowFormat.json:
        print_json({**item, "copy_of": copy_of, "history": history})
        return
    console = Console()
    state = FOLLOW_STATUS.get(item["status"] or "", item["status"] or "—")
    document = item.get("document_title") or item.get("document_source") or ""
    where = f"{document} [{span_text(item.get('span'))}]" if item.get("span") else document
    heading = " — ".join(part for part in (f"{item['id']} ({item['kind']})", date_of(item), where) if part)
    console.print(heading, markup=False, highlight=False)
    if item.get("text"):
        console.print(item["text"], markup=False, highlight=False)
    console.print(f"Trạng thái: {state}" + (" (quá hạn)" if item["overdue"] else "")
                  + f" · Phụ trách: {item['owner'] or '—'} · Hạn: {item['due'] or '—'}"
                  + (" · mồ côi (không còn trong bản trích xuất mới)" if item["orphan"] else ""),
                  markup=False, highlight=False)
    if item["notes"]:
        console.print("Ghi chú: " + item["notes"], markup=False, highlight=False)
    if copy_of is not None:
        console.print(f"Bản của {copy_of} (cùng sự kiện, báo khác đưa tin): theo dõi ở mục đó.",
                      markup=False, highlight=False)
    if history:
        table = Table(title="Lịch sử")
        for header in ("Lúc", "Người", "Trường", "Cũ", "Mới"):
            table.add_column(header, overflow="fold")
        for change in history:
            table.add_row(change["at"], change["who"], change["field"], change["old"] or "",
                          change["new"] or "")
        console.print(table)
