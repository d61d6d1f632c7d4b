"""The tables of a follow-up report, one per kind of item, built from item dicts.

Each builder takes the item dicts of one kind (as `chidao.report.content.build_report`
gets them) and returns a `Table`: Vietnamese headings, an STT column first, typed cells
(`chidao.report.cells`); columns marked `only` "print" or "sheet" say the same thing
once for a printed page and split into typed columns for a spreadsheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from chidao.report.cells import (
    Cell,
    Column,
    Quantity,
    format_date,
    format_quantity,
    printed_cell,
    report_name,
    source_of,
)

FOLLOW_STATUS = {"open": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Hoàn thành",
                 "dropped": "Không tiếp tục"}
EVALUATION_STATUS = {"met": "Đạt", "not_met": "Không đạt", "pending": "Chưa đủ căn cứ"}
EVENT_TYPES = {"working_session": "Làm việc", "conference": "Hội nghị", "ceremony": "Lễ",
               "inspection": "Kiểm tra", "other": "Khác"}
COMMITMENT_KINDS = {"staffing": "Biên chế", "funding": "Kinh phí", "construction": "Xây dựng",
                    "equipment": "Trang thiết bị", "policy": "Chính sách", "other": "Khác"}
DIRECTIONS = {"decrease": "giảm", "increase": "tăng", "reach": "đạt"}
ROLE_KINDS = {"rank": "Cấp hàm", "position": "Chức vụ", "event_role": "Vai trò tại sự kiện"}
# What each kind of item is called wherever a user reads it (reports, registers, pages, messages).
KIND_LABELS = {"events": "Sự kiện", "people": "Người", "organizations": "Cơ quan, tổ chức",
               "localities": "Địa phương", "legal_refs": "Văn bản pháp lý", "directives": "Chỉ đạo",
               "targets": "Chỉ tiêu", "commitments": "Cam kết", "indicators": "Số liệu",
               "documents": "Báo cáo"}
REGISTER_TITLES = {"directives": "Sổ theo dõi chỉ đạo", "targets": "Sổ theo dõi chỉ tiêu",
                   "commitments": "Sổ theo dõi cam kết", "indicators": "Số liệu báo cáo"}
# A web app account's role (`chidao user`, the web app's accounts page).
ROLE_LABELS = {"viewer": "Xem", "editor": "Biên tập", "admin": "Quản trị"}
DECISIVE_MARK = "★"
STT = Column("STT", 7, "stt")  # 1,4 cm in Word: "STT" in bold on one line, in a substitute font too


def kind_label(kind: str) -> str:
    """A kind as a message names it: its label and the key a command takes ("Số liệu (indicators)");
    a kind with no label (one mistyped) as it was given."""
    return f"{KIND_LABELS[kind]} ({kind})" if kind in KIND_LABELS else kind


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


def timeline_table(timeline: list[dict[str, Any]]) -> Table:
    """A person's ranks and positions over time (`chidao.track.timeline.role_timeline`), with the reports."""
    rows: list[list[Cell]] = []
    for entry in timeline:
        sources = "; ".join(_document_label(d) for d in entry["documents"])
        rows.append([ROLE_KINDS.get(entry["kind"], entry["kind"]), entry["value"], entry["first_seen"],
                     entry["last_seen"], sources])
    return _table("timeline", "Cấp hàm, chức vụ theo thời gian",
                  [Column("Loại", 11), Column("Cấp hàm / Chức vụ", 30), Column("Lần đầu", 11, "date"),
                   Column("Lần cuối", 11, "date"), Column("Nguồn", 50)], rows)


def events_table(events: list[dict[str, Any]]) -> Table:
    """Events: type, leader, the sentence that introduces each, its source."""
    rows: list[list[Cell]] = [
        [_item_date(e), EVENT_TYPES.get(e.get("type") or "", e.get("type") or ""), e.get("leader") or "",
         e.get("text") or "", source_of(e)] for e in _sorted(events)]
    return _table("events", KIND_LABELS["events"], [
        _DATE, Column("Loại", 9), Column("Chủ trì", 13), Column("Nội dung", 70), _SOURCE], rows)


def directives_table(directives: list[dict[str, Any]]) -> Table:
    """Directives: speaker, words, topics, follow-up, source."""
    rows: list[list[Cell]] = [
        [_item_date(d), d.get("speaker") or "", d.get("text") or "",
         "; ".join(topic_label(t) for t in d.get("topics") or ()), *_follow_up_cells(d), source_of(d)]
        for d in _sorted(directives)]
    return _table("directives", KIND_LABELS["directives"], [
        _DATE, Column("Người chỉ đạo", 12), Column("Nội dung", 60), Column("Lĩnh vực", 17), *_FOLLOW_UP,
        _SOURCE], rows)


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


def targets_table(targets: list[dict[str, Any]]) -> Table:
    """Targets (evaluated): words, goal and scope, evaluation with its evidence, follow-up, source."""
    rows: list[list[Cell]] = []
    for t in _sorted(targets):
        scope = t.get("scope") or "toàn quốc"
        judged = EVALUATION_STATUS.get(t.get("status") or "", t.get("status") or "")
        evidence = _evidence_text(t)
        judgement = "\n".join(p for p in (judged, evidence) if p)
        rows.append([_item_date(t), t.get("text") or "", f"{target_goal(t)} ({scope})", target_goal(t),
                     Quantity(t.get("value"), t.get("unit")), scope, judgement, judged, evidence,
                     *_follow_up_cells(t, "follow_status"), source_of(t)])
    return _table("targets", KIND_LABELS["targets"], [
        _DATE, Column("Nội dung", 40), Column("Mức chỉ tiêu (phạm vi)", 22, only="print"),
        Column("Mức chỉ tiêu", 22, only="sheet"), Column("Giá trị", 12, "quantity", only="sheet"),
        Column("Phạm vi", 12, only="sheet"), Column("Đánh giá và căn cứ", 36, only="print"),
        Column("Đánh giá", 11, only="sheet"), Column("Căn cứ đánh giá", 40, only="sheet"), *_FOLLOW_UP,
        _SOURCE], rows)


def _commitment_kind(commitment: dict[str, Any]) -> str:
    # The store may keep the item kind under "kind" and the commitment's own kind elsewhere.
    kind = commitment.get("commitment_kind") or commitment.get("kind") or ""
    return "" if kind == "commitments" else kind


def commitments_table(commitments: list[dict[str, Any]]) -> Table:
    """Commitments: kind, words, amount and unit, giver and receiver, follow-up, source."""
    rows: list[list[Cell]] = []
    for c in _sorted(commitments):
        kind = _commitment_kind(c)
        giver, receiver = c.get("giver") or "", c.get("receiver") or ""
        parties = f"{giver} → {receiver}".strip() if receiver else giver
        rows.append([_item_date(c), COMMITMENT_KINDS.get(kind, kind), c.get("text") or "",
                     Quantity(c.get("amount"), c.get("unit")), parties, giver, receiver,
                     *_follow_up_cells(c), source_of(c)])
    return _table("commitments", KIND_LABELS["commitments"], [
        _DATE, Column("Loại", 9), Column("Nội dung", 46), Column("Số lượng", 15, "quantity"),
        Column("Bên cam kết → bên nhận", 17, only="print"), Column("Bên cam kết", 18, only="sheet"),
        Column("Bên nhận", 18, only="sheet"), *_FOLLOW_UP, _SOURCE], rows)


def indicators_table(indicators: list[dict[str, Any]]) -> Table:
    """Reported figures: metric, figure and unit, period and baseline, scope, words, source."""
    rows: list[list[Cell]] = []
    for i in _sorted(indicators):
        change = DIRECTIONS.get(i.get("direction") or "", "")
        figure = " ".join(p for p in (change, format_quantity(i.get("value"), i.get("unit"))) if p)
        baseline = f"so với {i['baseline']}" if i.get("baseline") else ""
        compared = ", ".join(p for p in (i.get("period"), baseline) if p)
        rows.append([_item_date(i), i.get("metric") or i.get("metric_key") or "", figure, change,
                     Quantity(i.get("value"), i.get("unit")), compared, i.get("baseline") or "",
                     i.get("period") or "", i.get("scope") or "toàn quốc", i.get("text") or "", source_of(i)])
    return _table("indicators", REGISTER_TITLES["indicators"], [
        _DATE, Column("Chỉ số", 20), Column("Số liệu", 12, only="print"),
        Column("Biến động", 9, only="sheet"), Column("Giá trị", 12, "quantity", only="sheet"),
        Column("Kỳ, so với", 18, only="print"), Column("So với", 14, only="sheet"),
        Column("Kỳ", 14, only="sheet"), Column("Phạm vi", 11), Column("Nội dung", 40), _SOURCE], rows)
