"""A report's tables laid out for a terminal (Rich), as wide as the terminal is.

Narrow columns (STT, dates, names, statuses) keep their own width, the source
column is as wide as the longest item id (an id never wraps: it is what
`chidao status` takes), and the sentences share what is left, never less than
`SENTENCE_SHARE` of the width: when the narrow columns would take more, they wrap
first, down to their longest word.
"""

from __future__ import annotations

from rich.table import Table as RichTable

from chidao.report.cells import Column
from chidao.report.content import Table

# Columns this many characters wide or more hold sentences and share what the others leave.
FLEXIBLE_WIDTH = 30
SENTENCE_SHARE = 0.4


def rich_table(table: Table, total_width: int) -> RichTable:
    """`table` as printed (`Table.printed`) in a Rich table `total_width` characters wide."""
    columns, rows = table.printed()
    widths = column_widths(columns, rows, total_width)
    rich = RichTable(title=table.heading, show_lines=True, title_justify="left", expand=True)
    for column, width in zip(columns, widths, strict=True):
        if width is None:
            rich.add_column(column.heading, overflow="fold", ratio=column.width)
        else:
            rich.add_column(column.heading, overflow="fold", width=width)
    for row in rows:
        rich.add_row(*(escape(v) for v in row))
    return rich


def column_widths(columns: tuple[Column, ...], rows: list[list[str]], total_width: int) -> list[int | None]:
    """Each column's width in characters, None for the sentence columns (they share the rest)."""
    available = total_width - 3 * len(columns) - 1  # a space each side and a rule per column
    wanted: list[int | None] = []
    least: list[int] = []
    for n, column in enumerate(columns):
        lines = [line for row in rows for line in row[n].split("\n")]
        words = [len(word) for text in (*lines, column.heading) for word in text.split()]
        if column.kind == "source":
            ids = [len(row[n].rsplit("\n", 1)[-1]) for row in rows]
            least.append(max(ids or [len(column.heading)]))
            # A report's file name ("«bac_giang_2021_lam_viec.txt»,") is one word: whole where
            # there is room (up to 40), folded only when the sentences need the space.
            wanted.append(max(least[-1], min(40, max(words, default=0))))
        elif column.width < FLEXIBLE_WIDTH:
            longest = max((len(line) for line in lines), default=0)
            wanted.append(max(max(words, default=1), min(column.width, longest)))
            least.append(max(words, default=1))
        else:
            wanted.append(None)
            least.append(0)
    flexible = any(width is None for width in wanted)
    budget = available - (int(available * SENTENCE_SHARE) if flexible else 0)
    # Too wide: the short columns give up their spare room first, each in proportion, then the
    # report's column (its file name folds last).
    for giving in ([c.kind != "source" for c in columns], [c.kind == "source" for c in columns]):
        fixed = sum(width for width in wanted if width is not None)
        if fixed <= budget:
            break
        spare = sum(w - m for w, m, g in zip(wanted, least, giving, strict=True) if w is not None and g)
        cut = min(fixed - budget, spare)
        wanted = [w if w is None or not g or not spare else w - round((w - m) * cut / spare)
                  for w, m, g in zip(wanted, least, giving, strict=True)]
    return wanted


def escape(text: str) -> str:
    """Report text is data, never Rich markup ("[Ảnh]" must print as written)."""
    return text.replace("[", r"\[")
