"""Write a `Report` as Markdown, with the chart as a PNG file beside it and linked."""

from __future__ import annotations

from pathlib import Path

from chidao.report.content import Report, Table

EMPTY_TABLE = "_Không có mục nào._"


def chart_path_for(path: Path) -> Path:
    """Where the chart of the Markdown file at `path` goes: "bao-cao.md" -> "bao-cao.chart.png"."""
    return path.with_name(path.stem + ".chart.png")


def render_markdown(report: Report, path: Path | str) -> Path:
    """Write the report to `path` (.md), and its chart beside it; return the Markdown path."""
    path = Path(path)
    lines = [f"# {report.title}", ""]
    lines += [f"- {line}" for line in report.summary]
    lines.append("")
    if report.chart_png:
        chart = chart_path_for(path)
        chart.write_bytes(report.chart_png)
        lines += ["## Biểu đồ", "", f"![{report.chart_caption}]({chart.name})", ""]
    for table in report.tables:
        lines += [f"## {table.heading}", ""]
        lines += markdown_table(table) if table.rows else [EMPTY_TABLE]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def markdown_table(table: Table) -> list[str]:
    """A pipe table; cell text escaped so that "|" and line breaks keep the grid."""
    out = ["| " + " | ".join(_cell(c) for c in table.columns) + " |",
           "|" + "|".join(" --- " for _ in table.columns) + "|"]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in table.rows]
    return out


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")
