"""A register written to a file: `chidao directives -o FILE [--format json|csv|xlsx]`.

The format is the file's extension unless `--format` says otherwise
(`chidao.commands.output_file`); JSON and CSV are what the command prints, written
whole or not at all; XLSX is a typed workbook (`chidao.report.xlsx_report.write_table`):
dates as dates, values and amounts as numbers beside their unit, statuses in
Vietnamese, each report named by its title (never a path), print setup for A4
landscape.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from chidao.commands.output_file import output_format
from chidao.commands.store_options import fail
from chidao.errors import write_reason
from chidao.report.cells import Column, report_name
from chidao.report.files import written_in_place
from chidao.report.tables import COMMITMENT_KINDS, DIRECTIONS, topic_label
from chidao.report.xlsx_report import save, write_table

SUFFIXES = {".json": "json", ".csv": "csv", ".xlsx": "xlsx"}
# Codes a workbook shows in Vietnamese, beside those the terminal table shows so.
SHEET_LABELS = {"commitment_kind": COMMITMENT_KINDS, "direction": DIRECTIONS}
DATE_FIELDS = frozenset({"date", "due", "deadline"})
NUMBER_FIELDS = frozenset({"value", "amount"})
# Column widths (characters) by field; others get DEFAULT_WIDTH.
WIDTHS = {"id": 30, "document": 30, "text": 60, "span": 12, "copies": 30, "notes": 30}
DEFAULT_WIDTH = 14


def register_format(format: str | None, output: Path | None) -> str:
    """The format to write: `format` or `output`'s extension (default table); xlsx needs a file,
    and a table goes to the terminal only (one-line errors)."""
    chosen = output_format(output, format, SUFFIXES, "table")
    if chosen == "xlsx" and output is None:
        fail("--format xlsx cần tệp để ghi: -o TỆP.xlsx")
    if chosen == "table" and output is not None:
        fail(f"{output}: bảng chỉ in ra màn hình; ghi tệp bằng -o TỆP.csv, .json hoặc .xlsx")
    return chosen


def write_printed(output: Path, print_register: Callable[[], None]) -> None:
    """Write what `print_register` prints (JSON or CSV) into `output`, whole or not at all."""
    try:
        with written_in_place(output) as (temp,):
            with temp.open("w", encoding="utf-8", newline="") as fh, contextlib.redirect_stdout(fh):
                print_register()
    except OSError as exc:
        fail(f"{output}: {write_reason(exc)}")
    print(f"Đã ghi: {output}")


def write_xlsx(output: Path, title: str, columns: Sequence[tuple[str, str]], items: list[dict[str, Any]],
               cell: Callable[[dict[str, Any], str], str], labels: Mapping[str, Mapping[str, str]]) -> None:
    """A one-sheet workbook titled `title` (`register_workbook`) written to `output`."""
    workbook = register_workbook(title, columns, items, cell, labels)
    try:
        save(workbook, output)
    except OSError as exc:
        fail(f"{output}: {write_reason(exc)}")
    print(f"Đã ghi: {output}")


def register_workbook(title: str, columns: Sequence[tuple[str, str]], items: list[dict[str, Any]],
                      cell: Callable[[dict[str, Any], str], str],
                      labels: Mapping[str, Mapping[str, str]]) -> Workbook:
    """A one-sheet workbook titled `title`: a column per (field, heading) of `columns`, a row per
    item; `cell(item, field)` gives the text of a field, `labels` the Vietnamese of its codes
    (the command line and the web app's export both write it)."""
    sheet_columns = [Column(heading, WIDTHS.get(field, DEFAULT_WIDTH), _kind(field))
                     for field, heading in columns]
    rows = [[_typed(item, field, cell, labels) for field, _ in columns] for item in items]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    write_table(sheet, sheet_columns, rows)
    return workbook


def _kind(field: str) -> str:
    return "date" if field in DATE_FIELDS else "number" if field in NUMBER_FIELDS else "text"


def _typed(item: dict[str, Any], field: str, cell: Callable[[dict[str, Any], str], str],
           labels: Mapping[str, Mapping[str, str]]) -> Any:
    """A field as a typed spreadsheet value: numbers stay numbers, codes and topics read as
    Vietnamese, the report is named by its title (never a path on the machine)."""
    raw = item.get(field)
    if field in NUMBER_FIELDS and isinstance(raw, int | float) and not isinstance(raw, bool):
        return raw
    if field == "document":
        return report_name(item.get("document_title"), item.get("document_source"))
    if field == "topics":
        return "; ".join(topic_label(topic) for topic in raw or ())
    text = cell(item, field)
    return {**SHEET_LABELS, **labels}.get(field, {}).get(text, text)
