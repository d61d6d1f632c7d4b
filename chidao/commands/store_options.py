"""Options shared by the store commands (`--db`, register filters) and their output helpers."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated, Any, NoReturn

import typer

from chidao.gazetteer.topics import UnknownTopic, resolve_topic, topic_labels
from chidao.text.dates import FILTER_DATE_FORMS, date_refusal, dates_in_order, filter_date, range_refusal

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="CHIDAO_DB", help="Kho dữ liệu: tệp SQLite hoặc địa chỉ postgresql:// (mặc định "
    "./chidao.db).")]
LocalityOption = Annotated[str | None, typer.Option(
    "--locality", "-l", help='Địa phương mà mục nói về (nơi diễn ra sự kiện của mục hoặc phạm vi của '
        'chính mục, không '
    'phải mọi nơi báo cáo nhắc tới), tên cũ hay mới ("Bắc Giang", "Bắc Ninh"); có dấu hay không dấu đều '
    'được.')]
PersonOption = Annotated[str | None, typer.Option(
    "--person", "-p", help='Tên người hoặc một phần tên, trọn từ, có dấu hay không dấu ("Tô Lâm", "to lam", '
    '"Lâm"): người chỉ đạo, người chủ trì sự kiện hoặc người cam kết.')]


def _topic_filter(value: str | None) -> str | None:
    """The topic key a --topic names (key or label, diacritics optional); an unknown topic is
    one line on stderr listing the valid ones, exit 2."""
    if value is None:
        return None
    try:
        return resolve_topic(value)
    except UnknownTopic as exc:
        print(f"chidao: --topic: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None


TopicOption = Annotated[str | None, typer.Option(
    "--topic", "-t", callback=_topic_filter,
    help='Lĩnh vực, theo mã hoặc tên tiếng Việt, có dấu hay không, hoa hay thường đều được ("drugs", '
    '"ma tuy", "Ma túy"): ' + "; ".join(f"{key} ({label})" for key, label in topic_labels().items()) + ".")]




def _date_filter(value: str | None) -> str | None:
    """A --from/--to date as an ISO date or prefix ("24/06/2021" -> "2021-06-24", "06/2021"
    -> "2021-06", "2021" as is); refused when it is not a real date."""
    if value is None:
        return None
    iso = filter_date(value)
    if iso is None:
        raise typer.BadParameter(date_refusal(value))
    return iso


def check_date_range(date_from: str | None, date_to: str | None) -> None:
    """Refuse a --from after the --to (compared at the precision both give: "2024-05" and
    "2024-05-03" overlap)."""
    if not dates_in_order(date_from, date_to):
        raise typer.BadParameter(range_refusal(date_from, date_to), param_hint="'--from'")


FromOption = Annotated[str | None, typer.Option(
    "--from", help=f"Từ ngày ({FILTER_DATE_FORMS}).", callback=_date_filter)]
ToOption = Annotated[str | None, typer.Option(
    "--to", help=f"Đến ngày ({FILTER_DATE_FORMS}).", callback=_date_filter)]


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
