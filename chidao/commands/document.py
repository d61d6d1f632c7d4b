"""`chidao document show|date|delete DOC`: a stored report, its date when its text has none, and
removing a report ingested by mistake (`chidao.track.corrections` does the work)."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console

from chidao.commands.correct import (
    DocumentArgument,
    FormatOption,
    ReasonOption,
    ShowFormat,
    run_change,
)
from chidao.commands.store_options import DbOption, fail, print_json
from chidao.store.lookup import IdLookupError
from chidao.store.queries import open_session
from chidao.text.fold import fold_key
from chidao.track.correction_fields import value_label
from chidao.track.document_corrections import delete_document, document_summary, set_document_date

YES, NO = {"c", "co", "y", "yes"}, {"k", "khong", "n", "no"}


def ask_yes(question: str) -> bool:
    """Ask a yes-or-no question in Vietnamese ("c: có, k: không"; Enter is no); y/n are taken too.
    Click's own "[y/N]" asked an officer for English."""
    while True:
        answer = fold_key(typer.prompt(f"{question} (c: có, k: không)", default="k", show_default=False))
        if answer in YES or answer in NO:
            return answer in YES
        typer.echo("Trả lời c (có) hoặc k (không).")

document_app = typer.Typer(help="Một báo cáo trong kho: xem, đặt ngày hoặc xoá.", no_args_is_help=True)


def summary_lines(document: dict[str, Any]) -> list[str]:
    """A report in a few lines: id, title or source, dates, items and what people entered."""
    date = value_label("date", document["date"])
    if document["date_corrected"]:
        date += f" (do người đặt; văn bản ghi: {value_label('date', document['machine_date'])})"
    return [f"Văn bản {document['id']}",
            f"Tiêu đề: {document['title'] or '—'} · Nguồn: {document['source'] or '—'}",
            f"Ngày: {date} · Ngày sự kiện: {value_label('date', document['event_date'])}",
            f"Số mục: {document['items']} · có dữ liệu do người nhập: {document['person_items']}"]


@document_app.command("show")
def show(document_id: DocumentArgument, format: FormatOption = ShowFormat.table, db: DbOption = None) -> None:
    """Tiêu đề, nguồn, ngày (ngày của báo cáo và ngày người dùng đặt) và các mục của một báo cáo."""
    with open_session(db) as session:
        try:
            document = document_summary(session, document_id)
        except IdLookupError as exc:
            fail(str(exc))
    if format is ShowFormat.json:
        print_json(document)
        return
    console = Console(highlight=False)
    for line in summary_lines(document):
        console.print(line, markup=False)


@document_app.command("date")
def date(
    document_id: DocumentArgument,
    value: Annotated[str, typer.Argument(
        metavar="DATE", help="dd/mm/yyyy, mm/yyyy, yyyy hoặc yyyy-mm-dd, ví dụ 24/06/2021.")],
    format: FormatOption = ShowFormat.table,
    db: DbOption = None,
) -> None:
    """Đặt ngày cho báo cáo khi văn bản không ghi ngày: báo cáo được đọc lại với ngày đó, nên sự
    kiện và các mục có ngày, bộ lọc ngày và việc đánh giá chỉ tiêu đều thấy chúng."""
    result = run_change(db, lambda session: set_document_date(session, document_id, value))
    if format is ShowFormat.json:
        print_json(result)
        return
    console = Console(highlight=False)
    document = result["document"]
    head = f"Đã đặt ngày {value_label('date', document['date'])}" if result["corrections"] else \
        "Không có gì thay đổi: văn bản đã có ngày này"
    console.print(f"{head} (#{result['corrections'][0]['id']})" if result["corrections"] else head,
                  markup=False)
    for line in summary_lines(document):
        console.print(line, markup=False)


@document_app.command("delete")
def delete(
    document_id: DocumentArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Không hỏi lại trước khi xoá.")] = False,
    reason: ReasonOption = None,
    format: FormatOption = ShowFormat.table,
    db: DbOption = None,
) -> None:
    """Xoá một báo cáo nạp nhầm, cùng các mục và dữ liệu tìm kiếm của nó, sau khi hỏi lại (trừ khi
    có --yes). Những gì người dùng đã nhập cho các mục (trạng thái, đơn vị phụ trách, hạn, ghi chú,
    các lần sửa) được giữ trong bản ghi việc xoá (`chidao corrections list --document DOC`); văn
    bản thì không."""
    if not yes:
        with open_session(db) as session:
            try:
                document = document_summary(session, document_id)
            except IdLookupError as exc:
                fail(str(exc))
        for line in summary_lines(document):
            typer.echo(line)
        if document["person_items"]:
            typer.echo(f"{document['person_items']} mục có dữ liệu do người nhập: dữ liệu đó được giữ trong "
                       "bản ghi việc xoá.")
        if not ask_yes("Xoá văn bản này?"):
            fail("không xoá gì")
        document_id = document["id"]
    result = run_change(db, lambda session: delete_document(session, document_id, reason=reason))
    if format is ShowFormat.json:
        print_json(result)
        return
    row = result["corrections"][0]
    Console(highlight=False).print(
        f"Đã xoá văn bản {result['document']['id'][:12]} (#{row['id']}); giữ dữ liệu của "
        f"{len(row['old']['person_items'])} mục do người nhập.", markup=False)
