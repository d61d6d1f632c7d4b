"""Text from reports and from people, made safe to open in a spreadsheet (formula injection).

A report's sentence, a title, or an owner or note someone typed can start with "=",
"+", "-", "@", a tab or a carriage return; a spreadsheet opening a CSV file runs such
a cell as a formula ("=HYPERLINK(…)", "@SUM(…)"), and openpyxl writes any string
starting with "=" as a live formula.

- CSV: such a cell gets a leading single quote ("'=1+1"), as the OWASP guidance on
  CSV injection advises; Excel and LibreOffice then show it as text. The quote stays
  in the file: a program reading the CSV sees "'=1+1". Numbers written from numbers
  (a value of -5) are not text and keep their sign.
- XLSX: every string is written as a string cell (never a formula), and one that
  looks like a formula is also marked quote-prefixed, so editing it keeps it text.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take `text` for a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """`text` for a CSV cell: a single quote before text a spreadsheet would run as a formula."""
    return "'" + text if looks_like_formula(text) else text


def set_text(cell: Any, text: str) -> None:
    """Write `text` into an openpyxl cell as a string cell, never a formula; characters XML
    cannot carry (control characters) are dropped."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell.value = ILLEGAL_CHARACTERS_RE.sub("", text)
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
