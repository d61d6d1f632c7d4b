"""`chidao report locality NAME | person NAME | all [-o FILE] [--format docx|xlsx|md]`.

The items are the registers' (`chidao.store.follow_queries.select_items`): each
event's item once, counted as the register counts it for the same filter. A Word
file is laid out as an administrative document (`chidao.report.docx_report`), with
the issuing unit and signer from the options or a `chidao.toml` (`chidao.report.letterhead`).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from chidao.commands.follow import (
    CopiesOption,
    DbOption,
    InputOption,
    follow_source,
    locality_selection,
    person_selection,
)
from chidao.commands.output_file import output_format
from chidao.commands.store_options import fail
from chidao.errors import write_reason
from chidao.report.content import Report, build_report
from chidao.report.docx_report import render_docx
from chidao.report.letterhead import Letterhead, LetterheadError, load_letterhead
from chidao.report.markdown_report import chart_path_for, render_markdown
from chidao.report.xlsx_report import render_xlsx
from chidao.store.follow_queries import select_items
from chidao.track.timeline import role_timeline


class ReportScope(StrEnum):
    locality = "locality"
    person = "person"
    all = "all"


class ReportFormat(StrEnum):
    docx = "docx"
    xlsx = "xlsx"
    md = "md"


SUFFIXES = {".docx": "docx", ".xlsx": "xlsx", ".md": "md"}


def report(
    scope: Annotated[ReportScope, typer.Argument(
        metavar="SCOPE", help="locality (địa phương), person (người) hoặc all (toàn bộ).")],
    name: Annotated[str | None, typer.Argument(metavar="NAME", help="Địa phương hoặc người (không dùng "
        "với `all`).")] = None,
    format: Annotated[ReportFormat | None, typer.Option(
        "--format", "-f", help="docx, xlsx hoặc md (mặc định: theo phần mở rộng của -o, không có thì "
        "docx).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Tệp để ghi (mặc định bao-cao.docx); phần mở rộng quyết định định dạng.",
    )] = None,
    copies: CopiesOption = False,
    unit: Annotated[str | None, typer.Option(
        "--unit", help='Đơn vị ban hành, góc trên bên trái ("Công an tỉnh Quảng Ninh").')] = None,
    parent_unit: Annotated[str | None, typer.Option(
        "--parent-unit", help='Cơ quan cấp trên, ghi phía trên ("Bộ Công an").')] = None,
    symbol: Annotated[str | None, typer.Option(
        "--symbol", help='Ký hiệu đơn vị trong số văn bản: "CAT-PV01" cho "Số: /BC-CAT-PV01".',
    )] = None,
    place: Annotated[str | None, typer.Option(
        "--place", help='Địa danh trước ngày tháng ("Quảng Ninh, ngày … tháng … năm …").')] = None,
    signer_position: Annotated[list[str] | None, typer.Option(
        "--signer-position", help='Chức vụ người ký ("Giám đốc"); ghi hai lần cho hai dòng '
        '("KT. Giám đốc", rồi "Phó Giám đốc").')] = None,
    signer_name: Annotated[str | None, typer.Option("--signer-name", help="Họ tên người ký.")] = None,
    recipient: Annotated[list[str] | None, typer.Option(
        "--recipient", help='Một dòng "Nơi nhận" (ghi nhiều lần được; thiếu "Lưu: VT" thì được thêm '
            'vào).')] = None,
    config: Annotated[Path | None, typer.Option(
        "--config", envvar="CHIDAO_CONFIG",
        help="Tệp TOML có bảng [report] chứa các tùy chọn trên (mặc định ./chidao.toml nếu có).",
    )] = None,
    db: DbOption = None,
    input: InputOption = None,
) -> None:
    """Viết báo cáo theo dõi: tệp Word trình bày theo thể thức văn bản hành chính, tệp Excel, hoặc
    Markdown kèm biểu đồ. Chưa có đơn vị, địa danh hay người ký thì để chỗ trống để điền."""
    if scope is ReportScope.all and name:
        fail(f"`chidao report all` không nhận tên ({name}); dùng `chidao report locality|person {name}`")
    if scope is not ReportScope.all and not name:
        fail(f"`chidao report {scope.value}` cần tên (NAME)")
    chosen = ReportFormat(output_format(output, format.value if format else None, SUFFIXES, "docx"))
    try:
        letterhead = load_letterhead(config, unit=unit, parent_unit=parent_unit, symbol=symbol, place=place,
                                     signer_position="\n".join(signer_position or ()) or None,
                                     signer_name=signer_name,
                                     recipients=recipient)
    except LetterheadError as exc:
        fail(str(exc))
    content = _content(scope, name or "", follow_source(db, input), copies)
    path = output or Path(f"bao-cao.{chosen.value}")
    try:
        written = _render(chosen, content, path, letterhead)
    except OSError as exc:
        fail(f"{path}: {write_reason(exc)}")
    chart_note = chosen is ReportFormat.md and content.chart_png
    extra = f" (biểu đồ: {chart_path_for(written)})" if chart_note else ""
    print(f"Đã ghi báo cáo: {written}{extra}")


def _content(scope: ReportScope, name: str, source, copies: bool) -> Report:
    if scope is ReportScope.locality:
        selection, subject, former = locality_selection(source, name, copies)
        current = selection.match.current_name if selection.match else None
        return build_report(subject, selection.items, current_name=current, former_names=former)
    if scope is ReportScope.person:
        selection = person_selection(source, name, copies)
        subject = selection.people[0]["name"] if selection.people else name
        return build_report(subject, selection.items, timeline=role_timeline(selection.people))
    return build_report("toàn bộ", select_items(source, "all", copies=copies).items)


def _render(format: ReportFormat, content: Report, path: Path, letterhead: Letterhead) -> Path:
    if format is ReportFormat.docx:
        return render_docx(content, path, letterhead)
    if format is ReportFormat.xlsx:
        return render_xlsx(content, path, letterhead)
    return render_markdown(content, path)
