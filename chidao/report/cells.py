"""The values in a report's tables, and how each is written for a reader.

A table cell holds what the item says, typed: text, a date as ISO ("2024-05-09",
"2024-05", "2024"), a `Quantity` (a number and its unit), a `Source` (the report an
item came from and the item's id), an integer (the STT column). Word, Markdown and
the terminal print each with `printed(value)` ("09/05/2024", "1.204 vụ", "756,2 tỷ
đồng"); Excel writes dates and numbers as typed cells and units in a column of their
own (`chidao.report.xlsx_report`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from chidao.text.dates import format_date
from chidao.text.numbers import format_number

# Units written against the number, as Vietnamese text does ("giảm 5%"); every other unit
# is spaced from it ("1.204 vụ", "756,2 tỷ đồng").
_ATTACHED_UNITS = frozenset({"%", "‰"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit ("vụ", "tỷ đồng", "%"); `value` None when the text gave none."""

    value: float | None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where an item came from: the report named for a reader (title or file name, outlet,
    date; never a path on the machine that ingested it) and the id `chidao status` takes."""

    report: str
    item_id: str


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its Vietnamese heading, width (characters of 12-point text) and what it
    holds: "text", "stt" (row number), "date" (ISO), "number", "quantity" (`Quantity`),
    "source" (`Source`). A printed page is narrower than a spreadsheet: `only` "print" marks
    a column that says in one cell what a spreadsheet splits into typed columns of their own,
    marked `only` "sheet" (a status, due date and owner; a date beside the source)."""

    heading: str
    width: int
    kind: str = "text"
    only: str | None = None


Cell = str | int | float | Quantity | Source | None


def format_quantity(value: Any, unit: str | None) -> str:
    """A number and its unit as Vietnamese text writes them: "1.204 vụ", "756,2 tỷ đồng", "5%"."""
    number = format_number(value)
    if not unit:
        return number
    if not number:
        return unit
    return f"{number}{unit}" if unit in _ATTACHED_UNITS else f"{number} {unit}"


def outlet_of(source: str | None) -> str | None:
    """The site a report was taken from when its source is a web address ("cand.com.vn")."""
    if not source or "://" not in source:
        return None
    host = urlsplit(source).hostname or ""
    return host.removeprefix("www.") or None


def report_name(title: str | None, source: str | None) -> str:
    """A report as a reader knows it: its title, else the name of the file or page it came from
    (the last part of the path or address, never the folders of the machine that ingested it)."""
    if title:
        return title
    if not source:
        return "Văn bản không tên"
    path = urlsplit(source).path if "://" in source else source
    name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or outlet_of(source) or source


def source_of(item: dict[str, Any], date: str | None = None) -> Source:
    """The `Source` of an item dict: "«title», outlet, dd/mm/yyyy" (`date`: the item's date,
    default its event's, else its report's), then how many other outlets carried the same item."""
    parts = [f"«{report_name(item.get('document_title'), item.get('document_source'))}»"]
    outlet = outlet_of(item.get("document_source"))
    if outlet:
        parts.append(outlet)
    when = format_date(date or item.get("event_date") or item.get("document_date"))
    if when:
        parts.append(when)
    label = ", ".join(parts)
    copies = item.get("copies") or ()
    if copies:
        label += f" (và {len(copies)} bản đưa tin khác cùng sự kiện)"
    return Source(report=label, item_id=str(item.get("id") or ""))


def printed(value: Cell) -> str:
    """A cell as printed text: dates dd/mm/yyyy, quantities "1.204 vụ", a source as its
    report, then "Mã: <id>" on a line of its own."""
    if value is None:
        return ""
    if isinstance(value, Quantity):
        return format_quantity(value.value, value.unit)
    if isinstance(value, Source):
        return f"{value.report}\nMã: {value.item_id}" if value.item_id else value.report
    return str(value)


def printed_cell(value: Cell, column: Column) -> str:
    """`printed`, with dates written the Vietnamese way."""
    if column.kind == "date" and isinstance(value, str):
        return format_date(value)
    if column.kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    return printed(value)
