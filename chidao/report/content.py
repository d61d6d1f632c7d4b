"""Assemble a Vietnamese follow-up report from item dicts; the renderers only lay it out.

`build_report(subject, items, …)` takes what the store returns (lists of item
dicts per kind: "events", "directives", "targets" (already evaluated by
`chidao.track.evaluation.evaluate_targets`), "commitments", "indicators") and an
optional role timeline, and returns a `Report`: title, summary lines, tables of
plain strings with Vietnamese headings, and the directives-by-topic chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from chidao.report.chart import directives_chart_png

try:
    from chidao.text.fold import fold_key
except ImportError:  # until chidao.text.fold lands
    from chidao.track.evaluation import fold_key

TITLE_PREFIX = "Báo cáo theo dõi chỉ đạo"
CHART_CAPTION = ("Biểu đồ: số chỉ đạo theo năm; mỗi chỉ đạo tính một lần, "
                 "theo lĩnh vực chính (lĩnh vực được nêu đầu tiên trong chỉ đạo)")

FOLLOW_STATUS = {"open": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Hoàn thành",
                 "dropped": "Không tiếp tục"}
EVALUATION_STATUS = {"met": "Đạt", "not_met": "Không đạt", "pending": "Chưa đủ căn cứ"}
EVENT_TYPES = {"working_session": "Làm việc", "conference": "Hội nghị", "ceremony": "Lễ",
               "inspection": "Kiểm tra", "other": "Khác"}
COMMITMENT_KINDS = {"staffing": "Biên chế", "funding": "Kinh phí", "construction": "Xây dựng",
                    "equipment": "Trang thiết bị", "policy": "Chính sách", "other": "Khác"}
DIRECTIONS = {"decrease": "giảm", "increase": "tăng", "reach": "đạt"}
ROLE_KINDS = {"rank": "Cấp hàm", "position": "Chức vụ", "event_role": "Vai trò tại sự kiện"}


@dataclass(frozen=True, slots=True)
class Table:
    """One section: a heading, column names and rows of display strings."""

    key: str
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Relative column widths (characters) for the renderers.
    widths: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    subject: str
    summary: tuple[str, ...]
    tables: tuple[Table, ...]
    chart_png: bytes | None
    chart_caption: str
    generated: str = field(default="")


def build_report(subject: str, items: dict[str, list[dict[str, Any]]],
                 timeline: list[dict[str, Any]] | None = None, current_name: str | None = None,
                 today: dt.date | None = None, chart: bool = True,
                 former_names: Iterable[str] = ()) -> Report:
    """The report on `subject` ("Quảng Ninh", "Tô Lâm", "toàn bộ") from its items.

    `current_name` (a locality's unit after 2025) goes into the summary when it differs;
    `former_names` (units merged into `subject` in 2025 that the items are about) go into
    the title: "… — Tuyên Quang (gồm Hà Giang cũ)".
    """
    today = today or dt.date.today()
    directives = items.get("directives", [])
    targets = items.get("targets", [])
    commitments = items.get("commitments", [])
    indicators = items.get("indicators", [])
    events = items.get("events", [])
    summary = [f"Ngày lập: {today.strftime('%d/%m/%Y')}."]
    if current_name and current_name != subject:
        summary.append(f"Đơn vị hành chính hiện nay (sau sắp xếp năm 2025): {current_name}.")
    # Every report the page lists: its items' and those its timeline cites.
    documents = {i.get("document_id") for kind in items.values() for i in kind if i.get("document_id")}
    documents |= {d.get("document_id") for entry in timeline or () for d in entry["documents"]
                  if d.get("document_id")}
    summary.append(f"Số văn bản nguồn: {len(documents)}; sự kiện: {len(events)}; chỉ đạo: {len(directives)}; "
                   f"mục tiêu: {len(targets)}; cam kết: {len(commitments)}; chỉ số: {len(indicators)}.")
    if targets:
        counts = {label: sum(1 for t in targets if t.get("status") == key)
                  for key, label in EVALUATION_STATUS.items()}
        summary.append("Đánh giá mục tiêu: " + ", ".join(f"{label} {n}" for label, n in counts.items()) + ".")
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
    png = directives_chart_png(directives, topic_label=topic_label) if chart else None
    former = ", ".join(former_names)
    title = f"{TITLE_PREFIX} — {subject}" + (f" (gồm {former} cũ)" if former else "")
    return Report(title=title, subject=subject, summary=tuple(summary),
                  tables=tuple(tables), chart_png=png,
                  chart_caption=CHART_CAPTION, generated=today.isoformat())


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


def format_date(value: str | None) -> str:
    """ISO "2024-05-09" / "2024-05" / "2024" in Vietnamese order: "09/05/2024", "05/2024", "2024"."""
    if not value:
        return ""
    parts = value.split("-")
    return "/".join(reversed(parts)) if all(p.isdigit() for p in parts) else value


def format_number(value: Any) -> str:
    """Vietnamese number: "1.000", "756,2"."""
    if value is None or value == "":
        return ""
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}".replace(",", ".")
    whole, _, frac = f"{number:,.2f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def source_label(item: dict[str, Any]) -> str:
    """"title or source (date)": where an item came from."""
    name = item.get("document_title") or item.get("document_source") or ""
    date = format_date(item.get("event_date") or item.get("document_date"))
    span = item.get("span")
    where = f", ký tự {span[0]}–{span[1]}" if span else ""
    return f"{name} ({date}{where})" if date else f"{name}{' (' + where[2:] + ')' if where else ''}"


def _item_date(item: dict[str, Any]) -> str:
    return format_date(item.get("event_date") or item.get("document_date"))


def _follow(item: dict[str, Any], status_key: str = "status") -> str:
    status = item.get(status_key)
    label = FOLLOW_STATUS.get(status or "", status or "")
    return f"{label} (quá hạn)" if item.get("overdue") else label


def _sorted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda i: (i.get("event_date") or i.get("document_date") or "9999",
                                        i.get("document_id") or "", (i.get("span") or [0])[0]))


def _table(key: str, heading: str, columns: list[tuple[str, int]], rows: list[list[str]]) -> Table:
    return Table(key=key, heading=heading, columns=tuple(c for c, _ in columns),
                 rows=tuple(tuple(r) for r in rows), widths=tuple(w for _, w in columns))


def _document_label(name: str | None, date: str | None) -> str:
    return f"{name or ''} ({format_date(date)})" if date else (name or "")


def _timeline_table(timeline: list[dict[str, Any]]) -> Table:
    rows = []
    for entry in timeline:
        sources = "; ".join(_document_label(d.get("title") or d.get("source"), d.get("date"))
                            for d in entry["documents"])
        rows.append([ROLE_KINDS.get(entry["kind"], entry["kind"]), entry["value"],
                     format_date(entry["first_seen"]), format_date(entry["last_seen"]), sources])
    return _table("timeline", "Cấp hàm, chức vụ theo thời gian",
                  [("Loại", 10), ("Cấp hàm / Chức vụ", 30), ("Lần đầu", 14), ("Lần cuối", 14), ("Nguồn", 40)],
                  rows)


def _events_table(events: list[dict[str, Any]]) -> Table:
    rows = [[_item_date(e), EVENT_TYPES.get(e.get("type") or "", e.get("type") or ""), e.get("leader") or "",
             e.get("text") or "", source_label(e)] for e in _sorted(events)]
    return _table("events", "Sự kiện", [("Ngày", 17), ("Loại", 10), ("Chủ trì", 16), ("Nội dung", 60),
                                        ("Nguồn", 30)], rows)


def _directives_table(directives: list[dict[str, Any]]) -> Table:
    rows = [[_item_date(d), d.get("speaker") or "", d.get("text") or "",
             ", ".join(topic_label(t) for t in d.get("topics") or ()), _follow(d),
             format_date(d.get("due")), d.get("owner") or "", source_label(d)] for d in _sorted(directives)]
    return _table("directives", "Chỉ đạo", [("Ngày", 17), ("Người chỉ đạo", 16), ("Nội dung", 60),
                                            ("Lĩnh vực", 18), ("Trạng thái", 14), ("Hạn", 17),
                                            ("Đơn vị thực hiện", 16), ("Nguồn", 30)], rows)


def _target_goal(target: dict[str, Any]) -> str:
    parts = [DIRECTIONS.get(target.get("direction") or "", "")]
    if target.get("at_least"):
        parts.append("ít nhất")
    parts.append(format_number(target.get("value")) + (target.get("unit") or ""))
    if target.get("baseline"):
        parts.append(f"so với {target['baseline']}")
    return " ".join(p for p in parts if p)


def _evidence_text(target: dict[str, Any]) -> str:
    lines = []
    for e in target.get("evidence") or ():
        mark = "★ " if e.get("decisive") else ""
        where = ", ".join(p for p in (e.get("document_source") or "", format_date(e.get("date"))) if p)
        lines.append(f"{mark}{e.get('text') or ''} ({where})")
    return "\n".join(lines)


def _targets_table(targets: list[dict[str, Any]]) -> Table:
    rows = [[_item_date(t), t.get("text") or "", _target_goal(t), t.get("scope") or "toàn quốc",
             EVALUATION_STATUS.get(t.get("status") or "", t.get("status") or ""), _evidence_text(t),
             _follow(t, "follow_status"), format_date(t.get("due") or t.get("deadline")), source_label(t)]
            for t in _sorted(targets)]
    return _table("targets", "Mục tiêu", [("Ngày", 17), ("Nội dung", 50), ("Chỉ tiêu", 22), ("Phạm vi", 14),
                                          ("Đánh giá", 13), ("Căn cứ đánh giá", 40), ("Trạng thái", 14),
                                          ("Hạn", 17), ("Nguồn", 30)], rows)


def _commitment_kind(commitment: dict[str, Any]) -> str:
    # The store may keep the item kind under "kind" and the commitment's own kind elsewhere.
    kind = commitment.get("commitment_kind") or commitment.get("kind") or ""
    return "" if kind == "commitments" else kind


def _commitments_table(commitments: list[dict[str, Any]]) -> Table:
    rows = []
    for c in _sorted(commitments):
        kind = _commitment_kind(c)
        amount = " ".join(p for p in (format_number(c.get("amount")), c.get("unit") or "") if p)
        rows.append([_item_date(c), COMMITMENT_KINDS.get(kind, kind), c.get("text") or "", amount,
                     c.get("giver") or "", c.get("receiver") or "", _follow(c), format_date(c.get("due")),
                     source_label(c)])
    return _table("commitments", "Cam kết", [("Ngày", 17), ("Loại", 12), ("Nội dung", 50), ("Số lượng", 16),
                                             ("Bên cam kết", 18), ("Bên nhận", 18), ("Trạng thái", 14),
                                             ("Hạn", 17), ("Nguồn", 30)], rows)


def _indicators_table(indicators: list[dict[str, Any]]) -> Table:
    rows = []
    for i in _sorted(indicators):
        figure = format_number(i.get("value")) + (i.get("unit") or "")
        value = " ".join(p for p in (DIRECTIONS.get(i.get("direction") or "", ""), figure) if p)
        rows.append([_item_date(i), i.get("metric") or i.get("metric_key") or "", value,
                     i.get("baseline") or "", i.get("period") or "", i.get("scope") or "toàn quốc",
                     i.get("text") or "", source_label(i)])
    return _table("indicators", "Chỉ số", [("Ngày", 17), ("Chỉ số", 26), ("Giá trị", 14), ("So với", 16),
                                           ("Kỳ", 16), ("Phạm vi", 14), ("Nội dung", 44),
                                           ("Nguồn", 30)], rows)
