"""Assemble a Vietnamese follow-up report from item dicts; the renderers only lay it out.

`build_report(subject, items, …)` takes what the store returns (lists of item
dicts per kind: "events", "directives", "targets" (already evaluated by
`chidao.track.evaluation.evaluate_targets`), "commitments", "indicators") and an
optional role timeline, and returns a `Report`: title and abstract (trích yếu),
summary lines, tables of typed cells (`chidao.report.cells`) with Vietnamese
headings and an STT column, a legend for every symbol the tables use, and the
chart of the directives' follow-up status by topic.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from chidao.report.cells import format_date, format_number
from chidao.report.chart import FOLLOW_ORDER, follow_state, follow_up_chart_png
from chidao.report.tables import (
    COMMITMENT_KINDS,
    DECISIVE_MARK,
    DIRECTIONS,
    EVALUATION_STATUS,
    FOLLOW_STATUS,
    KIND_LABELS,
    REGISTER_TITLES,
    Table,
    commitments_table,
    directives_table,
    events_table,
    indicators_table,
    target_goal,
    targets_table,
    timeline_table,
    topic_label,
)
from chidao.text.dates import today_in_vietnam
from chidao.text.fold import fold_key

__all__ = ["COMMITMENT_KINDS", "DIRECTIONS", "EVALUATION_STATUS", "FOLLOW_STATUS", "Report", "Table",
           "build_report", "format_date", "format_number", "locality_subject", "target_goal", "topic_label"]


def _lower(kind: str) -> str:
    return KIND_LABELS[kind].lower()


TITLE_PREFIX = "Báo cáo theo dõi chỉ đạo"
ABSTRACT_PREFIX = ("Kết quả theo dõi thực hiện "
                   f"{_lower('directives')}, {_lower('targets')}, {_lower('commitments')}")
LEGEND = {
    DECISIVE_MARK: f"{DECISIVE_MARK} trước một số liệu: số liệu mới nhất, căn cứ quyết định kết quả "
                   f"đánh giá {_lower('targets')}.",
    "overdue": "(quá hạn): chưa hoàn thành hoặc chưa dừng mà đã qua hạn.",
    "id": "Mã (mã mục): mã của mục trong sổ theo dõi, dùng để cập nhật tình hình thực hiện "
          "(lệnh chidao status MÃ).",
    "copies": "(và N bản đưa tin khác cùng sự kiện): các báo khác đưa tin cùng sự kiện; mục được "
              "tính một lần.",
}


@dataclass(frozen=True, slots=True)
class Report:
    """A follow-up report, ready to lay out. `generated`: the ISO date it was made (in Vietnam);
    `legend`: what each symbol or mark the tables use means."""

    title: str
    subject: str
    abstract: str
    summary: tuple[str, ...]
    tables: tuple[Table, ...]
    chart_png: bytes | None
    chart_caption: str
    legend: tuple[str, ...] = ()
    generated: str = field(default="")


def build_report(subject: str, items: dict[str, list[dict[str, Any]]],
                 timeline: list[dict[str, Any]] | None = None, current_name: str | None = None,
                 today: dt.date | None = None, chart: bool = True,
                 former_names: Iterable[str] = ()) -> Report:
    """The report on `subject` ("Quảng Ninh", "Tô Lâm", "toàn bộ") from its items.

    `current_name` (a locality's unit after 2025) goes into the summary when it differs;
    `former_names` (units merged into `subject` in 2025 that the items are about) go into
    the title: "… — Tuyên Quang (gồm Hà Giang cũ)". `today` (default: the date in Vietnam)
    dates the report and decides nothing else: overdue comes with the items.
    """
    today = today or today_in_vietnam()
    directives = items.get("directives", [])
    targets = items.get("targets", [])
    commitments = items.get("commitments", [])
    indicators = items.get("indicators", [])
    events = items.get("events", [])
    summary = []
    if current_name and current_name != subject:
        summary.append(f"Đơn vị hành chính hiện nay (sau sắp xếp năm 2025): {current_name}.")
    summary.append(_sources_line(items, timeline or ()))
    summary.append(f"{KIND_LABELS['events']}: {len(events)}; {_lower('directives')}: {len(directives)}; "
                   f"{_lower('targets')}: {len(targets)}; {_lower('commitments')}: {len(commitments)}; "
                   f"{REGISTER_TITLES['indicators'].lower()}: {len(indicators)}.")
    if directives:
        states = Counter(follow_state(d) for d in directives)
        shown = [(key, label) for key, label in FOLLOW_ORDER if states[key] or key != "dropped"]
        summary.append("Tình hình thực hiện chỉ đạo: "
                       + ", ".join(f"{label.lower()} {states[key]}" for key, label in shown) + ".")
    if targets:
        counts = {label: sum(1 for t in targets if t.get("status") == key)
                  for key, label in EVALUATION_STATUS.items()}
        summary.append(f"Đánh giá {_lower('targets')}: "
                       + ", ".join(f"{label.lower()} {n}" for label, n in counts.items()) + ".")
    overdue = sum(1 for kind in ("directives", "targets", "commitments") for i in items.get(kind, [])
                  if i.get("overdue"))
    if overdue:
        summary.append(f"Số việc quá hạn: {overdue}.")
    tables = []
    if timeline:
        tables.append(timeline_table(timeline))
    if events:
        tables.append(events_table(events))
    tables += [directives_table(directives), targets_table(targets), commitments_table(commitments),
               indicators_table(indicators)]
    png, caption = (follow_up_chart_png(directives, topic_label=topic_label) if chart and directives
                    else (None, ""))
    former = ", ".join(former_names)
    named = subject + (f" (gồm {former} cũ)" if former else "")
    return Report(title=f"{TITLE_PREFIX} — {named}", subject=subject, abstract=f"{ABSTRACT_PREFIX} — {named}",
                  summary=tuple(summary), tables=tuple(tables), chart_png=png, chart_caption=caption,
                  legend=_legend(tables), generated=today.isoformat())


def _sources_line(items: dict[str, list[dict[str, Any]]], timeline: Iterable[dict[str, Any]]) -> str:
    """How many reports the page lists (its items' and those its `timeline` cites), and how many
    other outlets' reports of the same events were folded into them (each item counted once)."""
    documents = {i["document_id"] for kind in items.values() for i in kind if i.get("document_id")}
    documents |= {d["document_id"] for entry in timeline for d in entry["documents"] if d.get("document_id")}
    copies = {c["document_id"] for kind in items.values() for i in kind for c in i.get("copies") or ()
              if c.get("document_id")} - documents
    line = f"Số văn bản nguồn: {len(documents)}"
    if copies:
        line += (f" (ngoài ra {len(copies)} bản đưa tin cùng sự kiện của báo khác; "
                 "mỗi mục tính một lần)")
    return line + "."


def _legend(tables: list[Table]) -> tuple[str, ...]:
    """What each symbol and mark used in `tables` means, those used only."""
    text = "\n".join(cell for table in tables for row in table.printed()[1] for cell in row)
    used = []
    if DECISIVE_MARK in text:
        used.append(LEGEND[DECISIVE_MARK])
    if "(quá hạn)" in text:
        used.append(LEGEND["overdue"])
    if "bản đưa tin khác cùng sự kiện" in text:
        used.append(LEGEND["copies"])
    if "Mã: " in text:
        used.append(LEGEND["id"])
    return tuple(used)


def locality_subject(query: str, name: str | None, current_name: str | None,
                     localities: Iterable[dict[str, Any]]) -> tuple[str, tuple[str, ...]]:
    """(the place to name in a title, the former units inside it that the reports are about).

    `name` and `current_name` are the unit found for the user's `query` (its name in the
    latest report, its unit after 2025); `localities` are the locality items of the data.
    A query naming a current unit ("Tuyên Quang") is titled by it, even when every report
    is about an old unit now inside it (Hà Giang), which is then listed as former; a query
    naming an old unit ("Hà Giang") is titled by that name.
    """
    wanted = fold_key(query)
    if name and fold_key(name) == wanted:
        subject = name
    elif current_name and fold_key(current_name) == wanted:
        subject = current_name
    else:
        subject = name or query
    former: dict[str, str] = {}
    for locality in localities:
        old, now = locality.get("name"), locality.get("current_name")
        if old and now and fold_key(now) == wanted and fold_key(old) != wanted:
            former.setdefault(fold_key(old), old)
    return subject, tuple(former[key] for key in sorted(former))


