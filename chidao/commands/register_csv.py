"""The registers as CSV for Excel: what `--format csv` writes.

- UTF-8 with a byte-order mark, so Excel reads Vietnamese as written (without
  it Excel takes the file for the local ANSI code page: "Chá»‰ Ä‘áº¡o").
- Headers and coded values in Vietnamese, as in the table: "Trạng thái" /
  "Chưa thực hiện", "Loại" / "Biên chế", "Hướng" / "giảm", topics by label. JSON
  keeps the codes for programs.
- Dates ISO (2024-05-03): Excel reads them as dates whatever its locale, where
  03/05/2024 reads as 5 March under an English one.
- Numbers with a decimal point and columns separated by commas by default (Excel
  in an English locale, LibreOffice, pandas); `--decimal-comma` writes "756,2"
  and separates columns with ";", as Excel expects under a Vietnamese locale.
- Text that a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") gets a
  leading "'" (`chidao.report.spreadsheet_text.csv_text`); a number written from a
  number (a value of -5) keeps its sign.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from chidao.gazetteer.topics import topic_labels
from chidao.report.spreadsheet_text import csv_text
from chidao.report.tables import COMMITMENT_KINDS, DIRECTIONS, EVALUATION_STATUS, FOLLOW_STATUS

BOM = "\ufeff"
# Coded fields written as their Vietnamese label.
LABELS: dict[str, dict[str, str]] = {"follow": FOLLOW_STATUS, "evaluation": EVALUATION_STATUS,
                                     "commitment_kind": COMMITMENT_KINDS, "direction": DIRECTIONS}
NUMBER_FIELDS = ("amount", "value")


def csv_value(item: dict[str, Any], field: str, cell: Callable[[dict[str, Any], str], str],
              decimal_comma: bool = False) -> str:
    """One CSV cell: `cell`'s text, codes as labels, topics by label, a decimal comma if asked;
    text that could run as a formula quoted, a number from a number as it is."""
    if field == "topics":
        return csv_text("; ".join(topic_labels().get(key, key) for key in item.get("topics") or ()))
    value = cell(item, field)
    value = LABELS.get(field, {}).get(value, value)
    if decimal_comma and field in NUMBER_FIELDS:
        value = value.replace(".", ",")
    raw = item.get(field)
    return value if isinstance(raw, int | float) and not isinstance(raw, bool) else csv_text(value)


def write_csv(out: TextIO, items: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]],
              cell: Callable[[dict[str, Any], str], str], decimal_comma: bool = False) -> None:
    """Write the items as CSV (columns: (field, Vietnamese header)), BOM first."""
    out.write(BOM)
    writer = csv.writer(out, delimiter=";" if decimal_comma else ",", lineterminator="\r\n")
    writer.writerow([header for _, header in columns])
    for item in items:
        writer.writerow([csv_value(item, field, cell, decimal_comma) for field, _ in columns])
