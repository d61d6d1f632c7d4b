"""`chidao report locality NAME | person NAME | all --format docx|xlsx|md -o FILE`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from chidao.commands.follow import DbOption, InputOption, load_follow_data
from chidao.commands.store_options import fail
from chidao.report.content import build_report, locality_subject
from chidao.report.docx_report import render_docx
from chidao.report.markdown_report import chart_path_for, render_markdown
from chidao.report.xlsx_report import render_xlsx
from chidao.store.follow_queries import all_items, locality_items, match_locality, person_items
from chidao.track.timeline import role_timeline


class ReportScope(StrEnum):
    locality = "locality"
    person = "person"
    all = "all"


class ReportFormat(StrEnum):
    docx = "docx"
    xlsx = "xlsx"
    md = "md"


RENDERERS = {ReportFormat.docx: render_docx, ReportFormat.xlsx: render_xlsx, ReportFormat.md: render_markdown}


def report(
    scope: Annotated[ReportScope, typer.Argument(help="locality, person or all.")],
    name: Annotated[str | None, typer.Argument(help="The place or person (not for `all`).")] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f",
                                                 help="docx, xlsx or md.")] = ReportFormat.docx,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write.")] = None,
    db: DbOption = None,
    input: InputOption = None,
) -> None:
    """Write a Vietnamese follow-up report (Word, Excel or Markdown with its chart beside it)."""
    if scope is not ReportScope.all and not name:
        fail(f"`chidao report {scope.value}` cần tên (NAME)")
    data = load_follow_data(db, input)
    if scope is ReportScope.locality:
        match = match_locality(data, name or "")
        if not match.found:
            fail(f"không tìm thấy địa phương: {name}")
        subject, former = locality_subject(name or "", match.name, match.current_name,
                                           data.items["localities"])
        content = build_report(subject, locality_items(data, match), current_name=match.current_name,
                               former_names=former)
    elif scope is ReportScope.person:
        mentions, items = person_items(data, name or "")
        if not mentions and not items["directives"]:
            fail(f"không tìm thấy người: {name}")
        subject = mentions[0]["name"] if mentions else name or ""
        content = build_report(subject, items, timeline=role_timeline(mentions))
    else:
        content = build_report("toàn bộ", all_items(data))
    path = output or Path(f"bao-cao.{format.value}")
    try:
        written = RENDERERS[format](content, path)
    except OSError as exc:
        fail(f"{path}: cannot write ({exc.strerror or exc})")
    chart_note = format is ReportFormat.md and content.chart_png
    extra = f" (biểu đồ: {chart_path_for(written)})" if chart_note else ""
    print(f"Đã ghi báo cáo: {written}{extra}")
