"""The words and formats the pages show: Vietnamese labels of kinds, statuses and fields,
dates as dd/mm/yyyy, moments in Vietnam time. Registered as Jinja2 filters by `chidao.web.app`."""

from __future__ import annotations

from typing import Any

from chidao.report.cells import format_date, format_number, format_quantity, report_name
from chidao.report.tables import (
    COMMITMENT_KINDS,
    DIRECTIONS,
    EVALUATION_STATUS,
    EVENT_TYPES,
    FOLLOW_STATUS,
    KIND_LABELS,
    REGISTER_TITLES,
    ROLE_KINDS,
    topic_label,
)
from chidao.track.correction_fields import corrected_field_lines, field_label
from chidao.track.history import local_time

# One colour per kind: the report page's highlights and legend, the overview's chart.
KIND_COLOURS = {
    "events": "#e0e0e0",
    "people": "#f8bbd0",
    "organizations": "#d1c4e9",
    "localities": "#b2ebf2",
    "legal_refs": "#dcedc8",
    "directives": "#fff59d",
    "targets": "#ffcc80",
    "commitments": "#c5e1a5",
    "indicators": "#90caf9",
}
REGISTER_KINDS = ("directives", "targets", "commitments", "indicators")

__all__ = [
    "COMMITMENT_KINDS",
    "DIRECTIONS",
    "EVALUATION_STATUS",
    "EVENT_TYPES",
    "FOLLOW_STATUS",
    "KIND_COLOURS",
    "KIND_LABELS",
    "REGISTER_TITLES",
    "field_label",
    "filters",
    "item_summary",
]


def vn_date(value: str | None) -> str:
    """ISO date or prefix -> "09/05/2024", "05/2024", "2024"; "" for none."""
    return format_date(value)


def vn_moment(value: str | None) -> str:
    """ISO moment (UTC) -> "09/05/2024 14:30" in Vietnam."""
    return local_time(value) if value else ""


def item_date(item: dict[str, Any]) -> str:
    return format_date(item.get("event_date") or item.get("document_date"))


def item_summary(item: dict[str, Any]) -> str:
    """A short line on what the item says beyond its words: speaker, figure, deadline, kind."""
    kind = item.get("kind")
    parts: list[str] = []
    if kind == "directives":
        parts += [
            item.get("speaker") or "",
            item.get("verb") or "",
            ", ".join(topic_label(t) for t in item.get("topics") or ()),
        ]
    elif kind in ("targets", "indicators"):
        direction = DIRECTIONS.get(item.get("direction") or "", "")
        parts += [
            item.get("metric") or "",
            f"{direction} {format_quantity(item.get('value'), item.get('unit'))}".strip(),
            f"so với {item['baseline']}" if item.get("baseline") else "",
            f"hạn {format_date(item['deadline'])}" if item.get("deadline") else "",
            item.get("scope") or "",
        ]
    elif kind == "commitments":
        parts += [
            COMMITMENT_KINDS.get(item.get("commitment_kind") or "", ""),
            format_quantity(item.get("amount"), item.get("unit")),
            item.get("giver") or "",
            f"→ {item['receiver']}" if item.get("receiver") else "",
        ]
    elif kind == "events":
        parts += [
            EVENT_TYPES.get(item.get("type") or "", ""),
            format_date(item.get("date")),
            item.get("place") or "",
            item.get("leader") or "",
        ]
    elif kind == "legal_refs":
        parts += [item.get("symbol") or item.get("number") or "", item.get("issuer") or ""]
    elif kind == "people":
        parts += [", ".join(item.get("ranks") or ()), ", ".join(item.get("positions") or ())]
    elif kind == "localities":
        if item.get("current_name") and item.get("current_name") != item.get("name"):
            parts.append(f"nay thuộc {item['current_name']}")
    return " · ".join(part for part in parts if part)


def filters() -> dict[str, Any]:
    """The Jinja2 filters the templates use."""
    return {
        "vn_date": vn_date,
        "vn_moment": vn_moment,
        "vn_number": format_number,
        "quantity": lambda item, field="value": format_quantity(item.get(field), item.get("unit")),
        "follow_label": lambda s: FOLLOW_STATUS.get(s or "", s or ""),
        "evaluation_label": lambda s: EVALUATION_STATUS.get(s or "", s or ""),
        "kind_label": lambda k: KIND_LABELS.get(k, k),
        "role_kind": lambda k: ROLE_KINDS.get(k, k),
        "topic_label": topic_label,
        "field_label": field_label,
        "corrected_field_lines": corrected_field_lines,
        "item_date": item_date,
        "item_summary": item_summary,
        "report_name": named_report,
        "source_name": source_name,
    }


def source_name(source: str | None) -> str:
    """Where a report came from, for a reader: a URL as it is, a file by its name (not the path
    on the machine that ingested it)."""
    if not source:
        return ""
    return source if "://" in source else source.replace("\\", "/").rsplit("/", 1)[-1]


def named_report(thing: dict[str, Any]) -> str:
    """The report an item, hit or document comes from, named for a reader (title, else file
    name and outlet; never a path)."""
    if "document_source" in thing or "document_title" in thing:
        return report_name(thing.get("document_title"), thing.get("document_source"))
    return report_name(thing.get("title"), thing.get("source"))
