"""BM25 for the candidates of a SQLite full-text search, with estimated term rarity.

FTS5's own `bm25()` counts, for every word of the query, all the rows that hold
it before it scores the first one: for "an" or "cong" in a 100,000-report
archive that is over 40 ms of the search's budget. Search reads only the newest
matches (`chidao.store.queries.SEARCH_CANDIDATES`), so it scores them here:

- a word's document frequency is estimated from the newest rows that hold it
  (`SAMPLE` of them: their density over the row numbers they span, times the
  rows there are), exact when fewer hold it;
- term frequency is counted in the candidates' folded text, length is their
  length in characters against the candidates' mean.

Scores are negated BM25 (k1 1.2, b 0.75, as FTS5), so lower is better, as for
`bm25()` and for PostgreSQL's `-ts_rank`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import regex
from sqlalchemy import Connection

from chidao.text.fold import fold_diacritics

K1, B = 1.2, 0.75
SAMPLE = 2000


def estimated_document_frequency(connection: Connection, table: str, term: str) -> tuple[float, int]:
    """(rows estimated to hold `term`, rows in `table`) from the newest `SAMPLE` holders."""
    found, oldest = connection.exec_driver_sql(
        f"SELECT count(*), min(rowid) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? "
        f"ORDER BY rowid DESC LIMIT {SAMPLE})", (f'"{term}"',)).one()
    total = connection.exec_driver_sql(f"SELECT max(rowid) FROM {table}").scalar() or 0
    if found < SAMPLE or total == 0:
        return float(found), max(total, found)
    spanned = total - oldest + 1  # the holders were found among the newest `spanned` rows
    return min(float(total), found * total / spanned), total


def bm25_scores(connection: Connection, table: str, terms: Sequence[str],
                texts: Sequence[str]) -> list[float]:
    """Negated BM25 of each text (original, not folded) for `terms` (folded, lower-cased words)."""
    if not texts:
        return []
    folded = [fold_diacritics(text).lower() for text in texts]
    average = sum(len(text) for text in folded) / len(folded) or 1.0
    scores = [0.0] * len(texts)
    for term in dict.fromkeys(terms):
        frequency, rows = estimated_document_frequency(connection, table, term)
        idf = math.log((rows - frequency + 0.5) / (frequency + 0.5) + 1.0)
        pattern = regex.compile(r"(?<![^\W_])" + regex.escape(term) + r"(?![^\W_])")
        for i, text in enumerate(folded):
            tf = len(pattern.findall(text))
            if tf:
                norm = K1 * (1 - B + B * len(text) / average)
                scores[i] -= idf * tf * (K1 + 1) / (tf + norm)
    return scores
