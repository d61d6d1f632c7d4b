"""BM25 for the candidates of a full-text search, with estimated term rarity: one formula
for SQLite and PostgreSQL, so both list the same hits in the same order.

FTS5's own `bm25()` counts, for every word of the query, all the rows that hold
it before it scores the first one: for "an" or "cong" in a 100,000-report
archive that is over 40 ms of the search's budget. Search reads only the newest
matches (`chidao.store.queries.SEARCH_CANDIDATES`), so it scores them here:

- a word's document frequency is estimated from the newest rows that hold it
  (`SAMPLE` of them: their density over the row numbers they span, times the
  rows there are), exact when fewer hold it, all words in one statement; an
  estimate is kept by the process (`_ESTIMATES`) while its table grows by under
  `KEEP_GROWTH` and scaled with the rows, so a server reads each common word's
  sample once, not at every search (1-2 ms a word at 500,000 reports);
- term frequency is counted in the candidates' folded text, length is their
  length in characters against the candidates' mean.

Scores are negated BM25 (k1 1.2, b 0.75, as FTS5), so lower is better, as for
`bm25()`. (PostgreSQL's ts_rank ranks by other rules; it is not used.)
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence

import regex
from sqlalchemy import Connection

from chidao.store import search_plan
from chidao.store.item_data import WORDED_KINDS_SQL
from chidao.store.search import part_pattern
from chidao.text.fold import fold_lower

K1, B = 1.2, 0.75
SAMPLE = 500  # about 4% error on a common word's frequency; reading 2,000 cost 2 ms a word
KEEP_GROWTH = 0.01  # an estimate is read again when its table has grown (or shrunk) by this share
_ESTIMATES_MAX = 50_000  # words kept; past this the estimates are read afresh

# {(database, table, word): (rows then, rows estimated to hold the word then)}: estimates only
# (a word with fewer than SAMPLE holders is counted each time, exactly), for stores in files or on
# servers (an in-memory SQLite database has no name of its own).
_ESTIMATES: dict[tuple[str, str, str], tuple[int, float]] = {}
_ESTIMATES_LOCK = threading.Lock()


# The largest row number of the rows a search table holds, read from the rows' own table (on
# SQLite a contentless FTS5 table with `columnsize=0` cannot be scanned): every document, and
# every item of a kind with words, is in its search table (re-extraction and deletion remove
# the others). `kind + 0` keeps the kind index out: the newest rows are read, not every item.
_LAST_ROW = {"document_fts": "SELECT seq FROM documents ORDER BY seq DESC LIMIT 1",
             "item_fts": f"SELECT seq FROM items WHERE kind + 0 IN {WORDED_KINDS_SQL} "
                         "ORDER BY seq DESC LIMIT 1"}


def document_frequencies(connection: Connection, table: str,
                         terms: Sequence[str]) -> tuple[dict[str, float], int]:
    """({term: rows estimated to hold it}, rows in `table`), each from its newest `SAMPLE` holders.

    One statement for every word, on SQLite and PostgreSQL alike; the rows are counted by
    the largest row number (`_LAST_ROW`; rows deleted by re-extraction leave gaps, which the
    estimate can bear).
    """
    words = list(dict.fromkeys(terms))
    if not words:
        return {}, 0
    total = connection.exec_driver_sql(_LAST_ROW[table]).scalar() or 0
    database = _database(connection)
    frequencies = {word: kept for word in words
                   if (kept := _kept_estimate(database, table, word, total)) is not None}
    unknown = [word for word in words if word not in frequencies]
    found = {} if not unknown else {i: (count, oldest) for i, count, oldest in connection.execute(
        search_plan.word_samples(connection, table, unknown, SAMPLE))}
    for i, word in enumerate(unknown):
        count, oldest = found[i]
        if count < SAMPLE or total == 0:
            frequencies[word] = float(count)
        else:
            spanned = total - oldest + 1  # the holders were found among the newest `spanned` rows
            frequencies[word] = min(float(total), count * total / spanned)
            _keep_estimate(database, table, word, total, frequencies[word])
    return ({word: frequencies[word] for word in words},
            max([total, *(count for count, _ in found.values())]))


def _database(connection: Connection) -> str | None:
    """The name an estimate is kept under: the database's URL, None for an in-memory one."""
    url = connection.engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def _kept_estimate(database: str | None, table: str, word: str, total: int) -> float | None:
    """A kept estimate of `word`'s holders, scaled to `total` rows; None when there is none or
    the table has changed by `KEEP_GROWTH` since it was made."""
    if database is None:
        return None
    with _ESTIMATES_LOCK:
        kept = _ESTIMATES.get((database, table, word))
    if kept is None or not total or abs(total - kept[0]) > KEEP_GROWTH * kept[0]:
        return None
    return min(float(total), kept[1] * total / kept[0])


def _keep_estimate(database: str | None, table: str, word: str, total: int, frequency: float) -> None:
    if database is None:
        return
    with _ESTIMATES_LOCK:
        if len(_ESTIMATES) >= _ESTIMATES_MAX:
            _ESTIMATES.clear()
        _ESTIMATES[(database, table, word)] = (total, frequency)


def forget_estimates() -> None:
    """Drop the kept estimates (a benchmark of searches whose words are new to the process)."""
    with _ESTIMATES_LOCK:
        _ESTIMATES.clear()


def bm25_scores(connection: Connection, table: str, terms: Sequence[str],
                texts: Sequence[str]) -> list[float]:
    """Negated BM25 of each text (original, not folded) for `terms` (folded, lower-cased words)."""
    if not texts:
        return []
    folded = [fold_lower(text) for text in texts]
    average = sum(len(text) for text in folded) / len(folded) or 1.0
    scores = [0.0] * len(texts)
    frequencies, rows = document_frequencies(connection, table, terms)
    for term, frequency in frequencies.items():
        idf = math.log((rows - frequency + 0.5) / (frequency + 0.5) + 1.0)
        pattern = regex.compile(part_pattern((term,)))  # a number counts in each of its forms
        for i, text in enumerate(folded):
            tf = len(pattern.findall(text))
            if tf:
                norm = K1 * (1 - B + B * len(text) / average)
                scores[i] -= idf * tf * (K1 + 1) / (tf + norm)
    return scores
