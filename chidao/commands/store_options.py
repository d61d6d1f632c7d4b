"""Options shared by the store commands (`--db`, register filters) and their output helpers."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated, Any, NoReturn

import typer

from chidao.text.dates import iso_date

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="CHIDAO_DB", help="Store: SQLite file or postgresql:// URL (default ./chidao.db).")]
LocalityOption = Annotated[str | None, typer.Option(
    "--locality", "-l", help='Place, old or new name ("Bắc Giang", "Bắc Ninh"); diacritics optional.')]
PersonOption = Annotated[str | None, typer.Option(
    "--person", "-p", help='Full name of the speaker or leader ("Tô Lâm", "to lam").')]
TopicOption = Annotated[str | None, typer.Option("--topic", "-t", help='Topic key, e.g. "drugs".')]


def _date_filter(value: str | None) -> str | None:
    """A --from/--to date as given (YYYY, YYYY-MM or YYYY-MM-DD), refused when not a real date."""
    if value is None:
        return None
    # iso_date gives back a date as typed only when it is already YYYY[-MM[-DD]] and real.
    if iso_date(value) != value:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


FromOption = Annotated[str | None, typer.Option(
    "--from", help="From date (YYYY, YYYY-MM or YYYY-MM-DD).", callback=_date_filter)]
ToOption = Annotated[str | None, typer.Option(
    "--to", help="To date (YYYY, YYYY-MM or YYYY-MM-DD).", callback=_date_filter)]


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


def fail(message: str) -> NoReturn:
    """Print `chidao: message` on stderr and exit with status 1."""
    print(f"chidao: {message}", file=sys.stderr)
    raise typer.Exit(1)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def span_text(span: Any) -> str:
    """A span as "start-end" ("" when absent)."""
    return f"{span[0]}-{span[1]}" if span else ""


def date_of(item: dict[str, Any]) -> str:
    """An item's date for display: event date, else document date."""
    return item.get("event_date") or item.get("document_date") or ""
