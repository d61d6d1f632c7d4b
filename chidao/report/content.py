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
from functools import cache
from typing import Any

from chidao.report.cells import (
    Cell,
    Column,
    Quantity,
    format_date,
    format_number,
    format_quantity,
    printed_cell,
    report_name,
    source_of,
)
from chidao.report.chart import FOLLOW_ORDER, follow_state, follow_up_chart_png
from chidao.text.dates import today_in_vietnam
from chidao.text.fold import fold_key

__all__ = ["Report", "Table", "build_report", "format_date", "format_number", "locality_subject",
           "topic_label"]

TITLE_PREFIX = "Báo cáo theo dõi chỉ đạo"
ABSTRACT_PREFIX = "Kết quả theo dõi thực hiện chỉ đạo, mục tiêu, cam kết"
FOLLOW_STATUS = {"open": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Hoàn thành",
                 "dropped": "Không tiếp tục"}
EVALUATION_STATUS = {"met": "Đạt", "not_met": "Không đạt", "pending": "Chưa đủ căn cứ"}
EVENT_TYPES = {"working_session": "Làm việc", "conference": "Hội nghị", "ceremony": "Lễ",
               "inspection": "Kiểm tra", "other": "Khác"}
COMMITMENT_KINDS = {"staffing": "Biên chế", "funding": "Kinh phí", "construction": "Xây dựng",
                    "equipment": "Trang thiết bị", "policy": "Chính sách", "other": "Khác"}
DIRECTIONS = {"decrease": "giảm", "increase": "tăng", "reach": "đạt"}
ROLE_KINDS = {"rank": "Cấp hàm", "position": "Chức vụ"}
DECISIVE_MARK = "★"
LEGEND = {
    DECISIVE_MARK: f"{DECISIVE_MARK} trước một số liệu: số liệu mới nhất, căn cứ quyết định kết quả "
                   "đánh giá mục tiêu.",
    "overdue": "(quá hạn): chưa hoàn thành hoặc chưa dừng mà đã qua hạn.",
    "id": "Mã (mã mục): mã của mục trong sổ theo dõi, dùng để cập nhật tình hình thực hiện "
          "(lệnh chidao status MÃ).",
    "copies": "(và N bản đưa tin khác cùng sự kiện): các báo khác đưa tin cùng sự kiện; mục được "
              "tính một lần.",
}
@dataclass(frozen=True, slots=True)
class Table:
    """One section: a heading, its columns (the first is STT) and rows of typed cells."""

    key: str
    heading: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def printed(self) -> tuple[tuple[Column, ...], list[list[str]]]:
        """(the columns a printed page shows, each row's cells as text)."""
        shown = self.shown("print")
        return (tuple(self.columns[n] for n in shown),
                [[printed_cell(row[n], self.columns[n]) for n in shown] for row in self.rows])

    def shown(self, medium: str) -> list[int]:
        """Indices of the columns shown in `medium`: "print" (Word, Markdown, terminal) or "sheet"."""
        return [n for n, column in enumerate(self.columns) if column.only in (None, medium)]


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
    summary.append(_sources_line(items))
    summary.append(f"Sự kiện: {len(events)}; chỉ đạo: {len(directives)}; mục tiêu: {len(targets)}; "
                   f"cam kết: {len(commitments)}; số liệu báo cáo: {len(indicators)}.")
    if directives:
        states = Counter(follow_state(d) for d in directives)
        shown = [(key, label) for key, label in FOLLOW_ORDER if states[key] or key != "dropped"]
        summary.append("Tình hình thực hiện chỉ đạo: "
                       + ", ".join(f"{label.lower()} {states[key]}" for key, label in shown) + ".")
    if targets:
        counts = {label: sum(1 for t in targets if t.get("status") == key)
                  for key, label in EVALUATION_STATUS.items()}
        summary.append("Đánh giá mục tiêu: "
                       + ", ".join(f"{label.lower()} {n}" for label, n in counts.items()) + ".")
    overdue = sum(1 for kind in ("directives", "targets", "commitments") for i in items.get(kind, [])
                  if i.get("overdue"))
    if overdue:
        summary.append(f"Số việc quá hạn: {overdue}.")
    tables = []
    if timeline:
        tables.append(_timeline_table(timeline))
    if events:
        tables.append(_events_table(events))
    tables += [_directives_table(directives), _targets_table(targets), _commitments_table(commitments),
               _indicators_table(indicators)]
    png, caption = (follow_up_chart_png(directives, topic_label=topic_label) if chart and directives
                    else (None, ""))
    former = ", ".join(former_names)
    named = subject + (f" (gồm {former} cũ)" if former else "")
    return Report(title=f"{TITLE_PREFIX} — {named}", subject=subject, abstract=f"{ABSTRACT_PREFIX} — {named}",
                  summary=tuple(summary), tables=tuple(tables), chart_png=png, chart_caption=caption,
                  legend=_legend(tables), generated=today.isoformat())


def _sources_line(items: dict[str, list[dict[str, Any]]]) -> str:
    """How many reports the items come from, and how many other outlets' reports of the same
    events were folded into them (each item counted once)."""
    documents = {i["document_id"] for kind in items.values() for i in kind if i.get("document_id")}
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


@cache
def _topic_labels() -> dict[str, str]:
    try:
        from chidao.gazetteer.loader import load_table
        rows = load_table("topics.tsv")
    except (FileNotFoundError, KeyError):
        return {}
    labels = {}
    for row in rows:
        forms = [f.strip() for f in (row.get("phrasings") or "").split("|") if f.strip()]
        label = row.get("label") or (forms[0] if forms else "")
        if row.get("key") and label:
            labels[row["key"]] = label
    return labels


def topic_label(key: str) -> str:
    """A topic key's Vietnamese label from topics.tsv ("label" column, else first phrasing)."""
    return _topic_labels().get(key, key)


def _item_date(item: dict[str, Any]) -> str | None:
    return item.get("event_date") or item.get("document_date")


def _status(item: dict[str, Any], status_key: str = "status") -> str:
    status = item.get(status_key)
    label = FOLLOW_STATUS.get(status or "", status or "")
    return f"{label} (quá hạn)" if item.get("overdue") else label


def _follow_up(item: dict[str, Any], status_key: str = "status") -> str:
    """The follow-up in one printed cell: status, then due date and owner when set."""
    lines = [_status(item, status_key)]
    if item.get("due"):
        lines.append(f"Hạn: {format_date(item['due'])}")
    if item.get("owner"):
        lines.append(f"Đơn vị: {item['owner']}")
    return "\n".join(line for line in lines if line)


def _sorted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda i: (i.get("event_date") or i.get("document_date") or "9999",
                                        i.get("document_id") or "", (i.get("span") or [0])[0]))


def _table(key: str, heading: str, columns: list[Column], rows: list[list[Cell]]) -> Table:
    """A table with the STT column first, rows numbered from 1."""
    return Table(key=key, heading=heading, columns=(STT, *columns),
                 rows=tuple((n, *row) for n, row in enumerate(rows, start=1)))


STT = Column("STT", 6, "stt")
_DATE = Column("Ngày", 11, "date", only="sheet")
_SOURCE = Column("Nguồn", 26, "source")
# A follow-up printed in one cell, in a spreadsheet as three typed columns.
_FOLLOW_UP = (Column("Thực hiện", 16, only="print"), Column("Trạng thái", 14, only="sheet"),
              Column("Hạn", 11, "date", only="sheet"), Column("Đơn vị thực hiện", 16, only="sheet"))


def _follow_up_cells(item: dict[str, Any], status_key: str = "status") -> list[Cell]:
    return [_follow_up(item, status_key), _status(item, status_key), item.get("due"), item.get("owner") or ""]


def _document_label(document: dict[str, Any]) -> str:
    name = report_name(document.get("title"), document.get("source"))
    date = format_date(document.get("date"))
    return f"«{name}», {date}" if date else f"«{name}»"


def _timeline_table(timeline: list[dict[str, Any]]) -> Table:
    rows: list[list[Cell]] = []
    for entry in timeline:
        sources = "; ".join(_document_label(d) for d in entry["documents"])
        rows.append([ROLE_KINDS.get(entry["kind"], entry["kind"]), entry["value"], entry["first_seen"],
                     entry["last_seen"], sources])
    return _table("timeline", "Cấp hàm, chức vụ theo thời gian",
                  [Column("Loại", 9), Column("Cấp hàm / Chức vụ", 30), Column("Lần đầu", 11, "date"),
                   Column("Lần cuối", 11, "date"), Column("Nguồn", 50)], rows)


def _events_table(events: list[dict[str, Any]]) -> Table:
    rows: list[list[Cell]] = [
        [_item_date(e), EVENT_TYPES.get(e.get("type") or "", e.get("type") or ""), e.get("leader") or "",
         e.get("text") or "", source_of(e)] for e in _sorted(events)]
    return _table("events", "Sự kiện", [_DATE, Column("Loại", 9), Column("Chủ trì", 13),
                                        Column("Nội dung", 70), _SOURCE], rows)


def _directives_table(directives: list[dict[str, Any]]) -> Table:
    rows: list[list[Cell]] = [
        [_item_date(d), d.get("speaker") or "", d.get("text") or "",
         "; ".join(topic_label(t) for t in d.get("topics") or ()), *_follow_up_cells(d), source_of(d)]
        for d in _sorted(directives)]
    return _table("directives", "Chỉ đạo", [_DATE, Column("Người chỉ đạo", 12), Column("Nội dung", 60),
                                            Column("Lĩnh vực", 17), *_FOLLOW_UP, _SOURCE], rows)


def target_goal(target: dict[str, Any]) -> str:
    """A target's goal in words: "giảm ít nhất 5% so với năm 2020"; a ranking reads as one
    ("nằm trong 15 tỉnh đứng đầu về quy mô GRDP", not "đạt 15 tỉnh")."""
    value, unit = target.get("value"), target.get("unit")
    if (target.get("metric_key") or "").endswith("_rank"):
        # The metric may carry the ranking's words ("đứng đầu cả nước về quy mô GRDP") or not.
        metric = (target.get("metric") or "").removeprefix("thứ hạng ").strip()
        group = f"nằm trong {format_quantity(value, unit or 'địa phương')}"
        if "đứng đầu" in metric or "dẫn đầu" in metric:
            return f"{group} {metric}"
        return f"{group} đứng đầu" + (f" về {metric}" if metric else "")
    parts = [DIRECTIONS.get(target.get("direction") or "", "")]
    if target.get("at_least"):
        parts.append("ít nhất")
    parts.append(format_quantity(value, unit))
    if target.get("baseline"):
        parts.append(f"so với {target['baseline']}")
    return " ".join(p for p in parts if p)


def _evidence_text(target: dict[str, Any]) -> str:
    lines = []
    for e in target.get("evidence") or ():
        mark = f"{DECISIVE_MARK} " if e.get("decisive") else ""
        name = report_name(e.get("document_title"), e.get("document_source"))
        where = ", ".join(p for p in (f"«{name}»", format_date(e.get("date"))) if p)
        lines.append(f"{mark}{e.get('text') or ''} ({where})")
    return "\n".join(lines)


def _targets_table(targets: list[dict[str, Any]]) -> Table:
    rows: list[list[Cell]] = []
    for t in _sorted(targets):
        scope = t.get("scope") or "toàn quốc"
        judged = EVALUATION_STATUS.get(t.get("status") or "", t.get("status") or "")
        evidence = _evidence_text(t)
        judgement = "\n".join(p for p in (judged, evidence) if p)
        rows.append([_item_date(t), t.get("text") or "", f"{target_goal(t)} ({scope})", target_goal(t),
                     Quantity(t.get("value"), t.get("unit")), scope, judgement, judged, evidence,
                     *_follow_up_cells(t, "follow_status"), source_of(t)])
    return _table("targets", "Mục tiêu", [
        _DATE, Column("Nội dung", 40), Column("Chỉ tiêu (phạm vi)", 22, only="print"),
        Column("Chỉ tiêu", 22, only="sheet"), Column("Giá trị chỉ tiêu", 12, "quantity", only="sheet"),
        Column("Phạm vi", 12, only="sheet"), Column("Đánh giá và căn cứ", 36, only="print"),
        Column("Đánh giá", 11, only="sheet"), Column("Căn cứ đánh giá", 40, only="sheet"), *_FOLLOW_UP,
        _SOURCE], rows)


def _commitment_kind(commitment: dict[str, Any]) -> str:
    # The store may keep the item kind under "kind" and the commitment's own kind elsewhere.
    kind = commitment.get("commitment_kind") or commitment.get("kind") or ""
    return "" if kind == "commitments" else kind


def _commitments_table(commitments: list[dict[str, Any]]) -> Table:
    rows: list[list[Cell]] = []
    for c in _sorted(commitments):
        kind = _commitment_kind(c)
        giver, receiver = c.get("giver") or "", c.get("receiver") or ""
        parties = f"{giver} → {receiver}".strip() if receiver else giver
        rows.append([_item_date(c), COMMITMENT_KINDS.get(kind, kind), c.get("text") or "",
                     Quantity(c.get("amount"), c.get("unit")), parties, giver, receiver,
                     *_follow_up_cells(c), source_of(c)])
    return _table("commitments", "Cam kết", [
        _DATE, Column("Loại", 9), Column("Nội dung", 46), Column("Số lượng", 15, "quantity"),
        Column("Bên cam kết → bên nhận", 17, only="print"), Column("Bên cam kết", 18, only="sheet"),
        Column("Bên nhận", 18, only="sheet"), *_FOLLOW_UP, _SOURCE], rows)


def _indicators_table(indicators: list[dict[str, Any]]) -> Table:
    rows: list[list[Cell]] = []
    for i in _sorted(indicators):
        change = DIRECTIONS.get(i.get("direction") or "", "")
        figure = " ".join(p for p in (change, format_quantity(i.get("value"), i.get("unit"))) if p)
        baseline = f"so với {i['baseline']}" if i.get("baseline") else ""
        compared = ", ".join(p for p in (i.get("period"), baseline) if p)
        rows.append([_item_date(i), i.get("metric") or i.get("metric_key") or "", figure, change,
                     Quantity(i.get("value"), i.get("unit")), compared, i.get("baseline") or "",
                     i.get("period") or "", i.get("scope") or "toàn quốc", i.get("text") or "", source_of(i)])
    return _table("indicators", "Số liệu báo cáo", [
        _DATE, Column("Chỉ số", 20), Column("Số liệu", 12, only="print"),
        Column("Biến động", 9, only="sheet"), Column("Giá trị", 12, "quantity", only="sheet"),
        Column("Kỳ, so với", 18, only="print"), Column("So với", 14, only="sheet"),
        Column("Kỳ", 14, only="sheet"), Column("Phạm vi", 11), Column("Nội dung", 40), _SOURCE], rows)
