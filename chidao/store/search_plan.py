"""How a search reads the newest rows that match it, on PostgreSQL: from the GIN index or
newest first, chosen by the words' frequencies.

Search wants the newest `k` matching rows (`chidao.store.queries`), and PostgreSQL has two
ways to find them. Reading the GIN index gives every row holding the words: the cost grows
with the holders (a visit to each one's row, about 2 µs), so it suits rare words. Reading the
rows newest first and checking each stops at the `k`-th match: the cost grows with the rows
read (under 1 µs each), so it suits common words.
PostgreSQL's planner chooses between them by multiplying the words' frequencies as if they
were independent, which they are not: "tội phạm ma túy" was estimated at 75 of 1.65 million
items and held 57,467, and the GIN route then took 300 ms where reading newest first takes 4.

So the choice is made here, by those costs, from better figures:

- a word's frequency is the table's own statistics' (`pg_stats.most_common_elems`, kept by
  ANALYZE); a word not among them is rarer than the rarest that is, and taken at half of it
  (as PostgreSQL takes it);
- the query's frequency is at most its rarest part's (a part with several forms, such as a
  number written "6" or "06", the sum of its forms'; a place filter's words, the sum of theirs);
- reading newest first goes in windows of row numbers, and each window tells how dense the
  matches that pass the filters are (which no statistic says: "trật tự xã hội" in one
  province's reports); the next window is sized by that density (at most four times the
  last), and when finding the rest that way would cost more than reading the index for the
  rows older than the windows, the index is read for them;
- the ranking's sample of each word's newest holders (`chidao.store.ranking`) is read by
  whichever way its frequency makes cheaper (`word_samples`).

The holders read from the index are sorted newest first here and their rows checked against
the filters a slice at a time, so that a word held by thousands of items costs a few hundred
joins, not one a holder (PostgreSQL joined each before sorting: 5 µs a holder, not 2).

Either way the rows found are the same: the newest `k` that match and pass the filters. The
`ts_match_vq` function is the `@@` operator's own, written as a call so that no index answers
it (the row-by-row check); `seq + 0` orders without the row-number index, so the GIN route is
taken. A store whose statistics are not made yet (a new one, before autovacuum's ANALYZE) is
left to the planner, as is SQLite: its FTS5 index is read newest first already.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, any_, func, literal, select, union_all
from sqlalchemy.dialects.postgresql import ARRAY

from chidao.store.search import FtsMatch, match_parts, part_words

# Microseconds, measured on 100,000 generated reports (docs/ARCHIVE_SCALE.md), per search table: a
# row read newest first and checked (with its item or report when filters need it), and a holder
# read from the GIN index (a visit to its row). Only their ratio matters. Documents' vectors are
# larger (a whole report's words), so checking one costs more.
COSTS = {"item_fts": (0.7, 2.5), "document_fts": (1.5, 2.5)}
# The ranking's sample of one word's newest holders joins nothing: a holder costs its row alone.
SAMPLE_COSTS = (0.3, 2.0)
FIRST_WINDOW = 16_384  # rows read newest first before the density is measured
STATS_SECONDS = 60.0  # the statistics change with ANALYZE only; read again after this


@dataclass(frozen=True, slots=True)
class WordStats:
    """A search table's statistics: its rows (estimated) and its common words' frequencies."""

    rows: float
    frequencies: dict[str, float]
    floor: float  # every other word holds less than this share of the rows

    def word(self, word: str) -> float:
        """The share of rows holding `word`: its own, or half the floor (as PostgreSQL takes it)."""
        return self.frequencies.get(word, self.floor / 2)

    def parts(self, parts: Sequence[tuple[str, ...]]) -> float:
        """The share of rows that can hold every part, at most."""
        shares = [min(1.0, sum(min(self.word(word) for word in words) for words in part_words(part)))
                  for part in parts]
        return min(shares, default=1.0)


_STATS: dict[tuple[str, str], tuple[float, WordStats | None]] = {}
_STATS_LOCK = threading.Lock()


def word_stats(connection: Connection, table: str) -> WordStats | None:
    """The statistics of `table` (document_fts or item_fts) on PostgreSQL, read at most once a
    minute per database; None on SQLite or before ANALYZE made them."""
    if connection.dialect.name != "postgresql":
        return None
    key = (connection.engine.url.render_as_string(hide_password=False), table)
    with _STATS_LOCK:
        cached = _STATS.get(key)
    if cached is not None and time.monotonic() - cached[0] < STATS_SECONDS:
        return cached[1]
    found = connection.exec_driver_sql(
        # the rows now, as the planner counts them: the rows at ANALYZE per page, times the pages now
        "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, "
        "c.reltuples / NULLIF(c.relpages, 0) "
        "* (pg_relation_size(c.oid) / current_setting('block_size')::int) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
        "LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname "
        "AND s.attname = 'words' WHERE c.relname = %(table)s", {"table": table}).first()
    stats = None
    if found is not None and found[0] and found[2] and found[2] > 0:
        words, shares, rows = found
        # the array ends with the least and greatest frequency and the share of null rows
        frequencies = dict(zip(words, shares[:len(words)], strict=True))
        stats = WordStats(float(rows), frequencies, min(frequencies.values()))
    with _STATS_LOCK:
        _STATS[key] = (time.monotonic(), stats)
    return stats


def forget_stats() -> None:
    """Drop the statistics read (tests that ANALYZE a store call this)."""
    with _STATS_LOCK:
        _STATS.clear()


def unindexed(match: FtsMatch) -> ColumnElement[bool]:
    """The match as a check of each row, which no index answers (PostgreSQL)."""
    return func.ts_match_vq(match.table.c.words, match.query)


def newest_seqs(connection: Connection, match: FtsMatch, seq: Any, conditions: Sequence[ColumnElement[bool]],
                k: int) -> list[int]:
    """The row numbers of the newest `k` rows of `match`'s table that match and pass
    `conditions` (on the rows' table, whose row number column is `seq`), newest first."""

    def read(condition: ColumnElement[bool], *bounds: ColumnElement[bool], limit: int) -> list[int]:
        statement = (select(match.seq).select_from(match.table).join(seq.class_, seq == match.seq)
                     .where(condition, *bounds, *conditions).order_by(match.seq.desc()).limit(limit))
        return list(connection.execute(statement).scalars())

    def from_index(*bounds: ColumnElement[bool], limit: int) -> list[int]:
        # Every holder from the index, newest first (`seq + 0`: not through the row-number
        # index), then the rows that pass the conditions among the newest of them, a slice at a
        # time: the joins are a few hundred, not one a holder.
        holders = list(connection.execute(
            select(match.seq).where(match.condition, *bounds).order_by((match.seq + 0).desc())).scalars())
        found: list[int] = []
        start, size = 0, limit + limit // 5 + 1
        while start < len(holders) and len(found) < limit:
            part = holders[start:start + size]
            among = seq == any_(literal(part, ARRAY(Integer)))
            found += connection.execute(select(seq).where(among, *conditions)
                                        .order_by(seq.desc()).limit(limit - len(found))).scalars()
            start += len(part)
            # the next slice: what the share passing so far says the rest needs (four times
            # the last when none passed)
            passing = len(found) / start
            size = int(min(size * 4, 1.2 * (limit - len(found)) / passing)) + 1 if passing else size * 4
        return found

    stats = word_stats(connection, match.table.name)
    if stats is None:
        return read(match.condition, limit=k)
    costs = COSTS[match.table.name]
    share = stats.parts(match.parts)
    if match.place:  # the rows of reports naming the place: at most the share holding its words
        share = min(share, 1.0, sum(stats.word(word) for word in match.place))
    if index_is_cheaper(share, stats.rows, k, share, costs):
        return from_index(limit=k)
    last = connection.execute(select(func.max(match.seq))).scalar() or 0
    per_seq = stats.rows / last if last else 1.0  # search rows per row number
    found: list[int] = []
    high, window = last, FIRST_WINDOW / per_seq
    while high > 0:
        low = max(0, math.floor(high - window))
        # the bounds on both tables: PostgreSQL carries an equality across a join, not a range
        found += read(unindexed(match), match.seq > low, match.seq <= high, seq > low, seq <= high,
                      limit=k - len(found))
        high, need = low, k - len(found)
        if need <= 0 or high <= 0:
            break
        read_seqs = last - high
        # the density found so far (at least one in the rows read, when none was found)
        density = max(len(found), 1) / (read_seqs * per_seq)
        if index_is_cheaper(share, high * per_seq, need, density, costs):
            found += from_index(match.seq <= high, limit=need)
            break
        # the next window: what the density so far says the rest needs, and half again (four
        # times the last when nothing was found)
        window = min(window * 4, 1.5 * need * read_seqs / len(found)) if found else window * 4
    return found


def index_is_cheaper(share: float, rows: float, need: int, density: float,
                     costs: tuple[float, float]) -> bool:
    """Whether reading the holders of `rows` search rows from the index (at most `share` of
    them) costs less than reading rows newest first until `need` more are found, at `density`."""
    scan_cost, index_cost = costs
    return share * rows * index_cost <= need / max(density, 1e-12) * scan_cost


def word_samples(connection: Connection, table: str, words: Sequence[str], sample: int) -> Any:
    """One statement giving, for each of `words` (by its place in the list), how many of its
    newest `sample` holders there are and the oldest of them: each word read from the GIN index
    or newest first, whichever its frequency makes cheaper (`chidao.store.ranking`)."""
    stats = word_stats(connection, table)
    selects = []
    for i, word in enumerate(words):
        match = match_parts(connection.dialect.name, table, [(word,)])
        condition, order = match.condition, match.seq
        if stats is not None:
            share = stats.word(word)
            if index_is_cheaper(share, stats.rows, sample, share, SAMPLE_COSTS):
                order = match.seq + 0
            else:
                condition = unindexed(match)
        holders = (select(match.seq.label("seq")).select_from(match.table).where(condition)
                   .order_by(order.desc()).limit(sample).subquery())
        selects.append(select(literal(i), func.count(), func.min(holders.c.seq)).select_from(holders))
    return union_all(*selects)
