"""An item's whole history, as people read it: follow-up changes and corrections, oldest first.

`item_history(session, item_id)` merges the follow-up rows (`chidao.track.status`) and
the corrections (`chidao.track.corrections`) into one list of dicts:

    {"at": ISO time in UTC, "at_local": "09/05/2024 14:30" (Vietnam time), "who",
     "change": "follow_up" | "reject" | "correct" | "add" | "undo",
     "field", "old", "new" (values as stored), "what", "old_label", "new_label"
     (Vietnamese: "Sửa Người chỉ đạo", "Đang thực hiện", "31/12/2024"), "reason",
     "correction" (its number, for `chidao corrections undo`; None for follow-up),
     "undone_by" (the number of the undo that withdrew it, or None)}

`local_time(iso)` gives "dd/mm/yyyy HH:MM" in Asia/Ho_Chi_Minh (UTC+7, no daylight
saving since 1975, so a fixed offset needs no time-zone data).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from chidao.track.correction_fields import field_label, value_label
from chidao.track.correction_records import item_corrections
from chidao.track.status import item_history as follow_up_history

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
CHANGE_LABELS = {"reject": "Loại bỏ", "correct": "Sửa", "add": "Thêm mục", "undo": "Hoàn tác"}


def local_time(iso: str) -> str:
    """An ISO moment as "dd/mm/yyyy HH:MM" in Vietnam ("2024-05-09T07:30:00+00:00" -> "09/05/2024 14:30")."""
    moment = dt.datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")


def item_history(session: Session, item_id: str) -> list[dict[str, Any]]:
    """Follow-up changes and corrections of one item, oldest first (see the module docstring)."""
    entries = [{**row, "change": "follow_up", "what": field_label(row["field"]),
                "old_label": value_label(row["field"], row["old"]),
                "new_label": value_label(row["field"], row["new"]),
                "reason": None, "correction": None, "undone_by": None}
               for row in follow_up_history(session, item_id)]
    corrections = item_corrections(session, item_id)
    undoes = {row["undone_by"]: row["id"] for row in corrections if row["undone_by"] is not None}
    for row in corrections:
        entries.append({"at": row["at"], "who": row["who"], "field": row["field"], "old": row["old"],
                        "new": row["new"], "change": row["action"], "what": _what(row, undoes),
                        "old_label": _value(row, row["old"]), "new_label": _value(row, row["new"]),
                        "reason": row["reason"], "correction": row["id"], "undone_by": row["undone_by"]})
    entries.sort(key=lambda entry: dt.datetime.fromisoformat(entry["at"]))  # stable: same moment keeps order
    for entry in entries:
        entry["at_local"] = local_time(entry["at"])
    return entries


def _what(row: dict[str, Any], undoes: dict[int, int]) -> str:
    """"#3 Sửa Người chỉ đạo", "#4 Hoàn tác #3: Người chỉ đạo", "#5 Loại bỏ (đã hoàn tác)"."""
    label = CHANGE_LABELS.get(row["action"], row["action"])
    if row["action"] == "correct":
        label += " " + field_label(row["field"], row.get("kind"))
    elif row["action"] == "undo":
        undone = undoes.get(row["id"])
        label += (f" #{undone}" if undone else "") + ": " + field_label(row["field"], row.get("kind"))
    if row["undone_by"] is not None:
        label += " (đã hoàn tác)"
    return f"#{row['id']} {label}"


def _value(row: dict[str, Any], value: Any) -> str:
    if row["field"] in ("rejected", "added"):
        if isinstance(value, dict) and value.get("span"):
            return "vị trí {}-{}".format(*value["span"])
        return "có" if value else "không"
    return value_label(row["field"], value)
