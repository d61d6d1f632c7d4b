"""Write a `Report` as Markdown, with the chart as a PNG file beside it and linked."""

from __future__ import annotations

from pathlib import Path

from chidao.report.cells import format_date
from chidao.report.content import Report, Table
from chidao.report.files import written_in_place

EMPTY_TABLE = "_Không có mục nào._"


def chart_path_for(path: Path) -> Path:
    """Where the chart of the Markdown file at `path` goes: "bao-cao.md" -> "bao-cao.chart.png"."""
    return path.with_name(path.stem + ".chart.png")


def render_markdown(report: Report, path: Path | str) -> Path:
    """Write the report to `path` (.md), and its chart beside it; return the Markdown path.

    Both files are written or neither: on an error no chart is left without its report.
    A Markdown report is a working note, not a filed document: no letterhead.
    """
    path = Path(path)
    chart = chart_path_for(path) if report.chart_png else None
    lines = [f"# {report.title}", "", f"- Ngày lập: {format_date(report.generated)}."]
    lines += [f"- {line}" for line in report.summary]
    lines.append("")
    if chart:
        lines += ["## Biểu đồ", "", f"![{report.chart_caption}]({chart.name})", "",
                  f"_{report.chart_caption}_", ""]
    for table in report.tables:
        lines += [f"## {table.heading}", ""]
        lines += markdown_table(table) if table.rows else [EMPTY_TABLE]
        lines.append("")
    if report.legend:
        lines += ["## Ghi chú", "", *(f"- {line}" for line in report.legend), ""]
    with written_in_place(*([chart] if chart else []), path) as temps:
        if chart and report.chart_png:
            temps[0].write_bytes(report.chart_png)
        temps[-1].write_text("\n".join(lines), encoding="utf-8")
    return path


def markdown_table(table: Table) -> list[str]:
    """A pipe table; cell text escaped so that "|" and line breaks keep the grid."""
    columns, rows = table.printed()
    out = ["| " + " | ".join(_cell(c.heading) for c in columns) + " |",
           "|" + "|".join(" --- " for _ in columns) + "|"]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return out


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")
