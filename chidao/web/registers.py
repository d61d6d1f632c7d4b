"""The registers as the web app and the API show them: the CLI's filters, sorted, page by page,
and exported whole (CSV, XLSX) as the CLI writes them.

- `RegisterFilter`: the filters of `chidao directives …` (locality, person, topic, status,
  from, to, orphans, rejected, copies), checked as the CLI checks them (`FilterError`).
- `register_items_page(session, kind, filter, sort, page, per_page)` -> (items, total, more):
  targets carry their evaluation (`evaluated`).
- `evaluated(session, targets)`: each target with "evaluation" (met | not_met | pending) and
  "evidence", its "status" kept as the follow-up status (the CLI's JSON calls the
  evaluation "status" and the follow-up "follow_status"; the API names them apart).
- `export_csv(items, kind)`, `export_xlsx(items, kind)`: the file bytes, as `chidao directives -o`.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from chidao.commands.register import TABLE_LABELS, cell, file_columns
from chidao.commands.register_csv import write_csv
from chidao.commands.register_export import register_workbook
from chidao.gazetteer.topics import UnknownTopic, resolve_topic
from chidao.report.tables import EVALUATION_STATUS, REGISTER_TITLES
from chidao.store.queries import list_items
from chidao.store.register_pages import SORTS, register_page
from chidao.store.schema import STATUSES
from chidao.text.dates import date_refusal, dates_in_order, filter_date, range_refusal
from chidao.track.evaluation import evaluate_targets

REGISTER_KINDS = ("directives", "targets", "commitments", "indicators")
FOLLOW_FILTERS = (*STATUSES, "overdue")
SORT_CHOICES = tuple(sort for name in SORTS for sort in (name, f"-{name}"))


class FilterError(ValueError):
    """A filter value refused (one line, Vietnamese)."""


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    """The CLI's register filters; empty strings are no filter."""

    locality: str | None = None
    person: str | None = None
    topic: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    orphans: bool = False
    rejected: bool = False
    copies: bool = False

    def checked(self, kind: str) -> RegisterFilter:
        """The filter with blanks as None; FilterError for a status or date the CLI refuses."""
        values = {
            key: (value.strip() or None) if isinstance(value, str) else value
            for key, value in asdict(self).items()
        }
        status = values["status"]
        allowed = (*FOLLOW_FILTERS, *EVALUATION_STATUS) if kind == "targets" else FOLLOW_FILTERS
        if status is not None and status not in allowed:
            raise FilterError(f"trạng thái không hợp lệ: {status} (chọn: {', '.join(allowed)})")
        for key in ("date_from", "date_to"):
            if values[key] is not None:
                iso = filter_date(values[key])
                if iso is None:
                    raise FilterError(date_refusal(values[key]))
                values[key] = iso
        if values["topic"] is not None:  # a key or a label, diacritics optional, as on the command line
            try:
                values["topic"] = resolve_topic(values["topic"])
            except UnknownTopic as exc:
                raise FilterError(str(exc)) from None
        if not dates_in_order(values["date_from"], values["date_to"]):
            raise FilterError(range_refusal(values["date_from"], values["date_to"]))
        return RegisterFilter(**values)

    def store_filters(self) -> dict[str, Any]:
        """Keyword arguments of `chidao.store.queries.list_items` (without the status)."""
        return {
            "locality": self.locality,
            "person": self.person,
            "topic": self.topic,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "include_orphans": self.orphans,
            "include_rejected": self.rejected,
            "copies": self.copies,
        }


def evaluated(session: Session, targets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Targets with "evaluation" and "evidence" (against every stored indicator, each event's
    once), "status" the follow-up status."""
    if not targets:
        return []
    return evaluation_apart({"targets": evaluate_targets(targets, list_items(session, "indicators"))})[
        "targets"
    ]


def evaluation_apart(items: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Items per kind (as `chidao.store.follow_queries.select_items` gives them, targets evaluated
    the CLI's way) with each target's "evaluation" apart from its follow-up "status"."""
    targets = []
    for target in items.get("targets", []):
        target = dict(target)
        target["evaluation"] = target.pop("status", None)
        target["status"] = target.pop("follow_status", None)
        targets.append(target)
    return {**items, "targets": targets}


def register_items_page(
    session: Session,
    kind: str,
    filter: RegisterFilter,
    *,
    sort: str = "-date",
    page: int = 1,
    per_page: int = 50,
) -> tuple[list[dict[str, Any]], int, bool]:
    """One page of the register: (items, how many match (capped), whether more match)."""
    offset = (page - 1) * per_page
    filters = filter.store_filters()
    copies = filters.pop("copies")
    if kind == "targets" and filter.status in EVALUATION_STATUS:
        # The evaluation is not stored: judge every target the other filters keep, then page.
        everything = evaluated(session, list_items(session, kind, copies=copies, **filters))
        matching = [t for t in everything if t["evaluation"] == filter.status]
        matching.sort(
            key=lambda t: (t.get("date") is None, t.get("event_date") or t.get("document_date") or ""),
            reverse=sort.startswith("-"),
        )
        return matching[offset : offset + per_page], len(matching), False
    items, total, more = register_page(
        session,
        kind,
        sort=sort,
        limit=per_page,
        offset=offset,
        status=filter.status,
        copies=copies,
        **filters,
    )
    return (evaluated(session, items) if kind == "targets" else items), total, more


def all_register_items(session: Session, kind: str, filter: RegisterFilter) -> list[dict[str, Any]]:
    """Every item the filter keeps, oldest first, as `chidao KIND` lists them (for export);
    targets evaluated, in the CLI's shape (evaluation under "status")."""
    filters = filter.store_filters()
    evaluation = filter.status if kind == "targets" and filter.status in EVALUATION_STATUS else None
    items = list_items(session, kind, status=None if evaluation else filter.status, **filters)
    if kind == "targets" and items:
        items = evaluate_targets(items, list_items(session, "indicators"))
    if evaluation:
        items = [item for item in items if item.get("status") == evaluation]
    return items


def export_csv(items: list[dict[str, Any]], kind: str) -> bytes:
    """The register as `chidao KIND -o FILE.csv` writes it (UTF-8 with BOM, Vietnamese headers)."""
    out = io.StringIO()
    write_csv(out, items, file_columns(kind), cell)
    return out.getvalue().encode("utf-8")


def export_xlsx(items: list[dict[str, Any]], kind: str) -> bytes:
    """The register as `chidao KIND -o FILE.xlsx` writes it."""
    workbook = register_workbook(REGISTER_TITLES[kind], file_columns(kind), items, cell, TABLE_LABELS)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
