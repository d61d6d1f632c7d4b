"""Near-duplicate reports of one event: MinHash signatures and LSH bands kept in the store.

`signature(text)` is a datasketch MinHash over folded word 3-grams (so two
outlets' versions of the same report, with or without diacritics, look alike);
`band_keys(sig)` cuts it into LSH bands (parameters from datasketch's
`MinHashLSH` for `THRESHOLD`), stored per document in `document_bands` so that
candidates are found by an indexed SQL lookup, on SQLite and PostgreSQL alike,
without rebuilding an in-memory index on every run. `find_groups` confirms the
candidates by estimated Jaccard similarity and returns the event group each report joins.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from functools import cache

import numpy as np
import regex
from sqlalchemy import Connection

from chidao.text.fold import fold_diacritics

NUM_PERM = 64
THRESHOLD = 0.5
SHINGLE_WORDS = 3
MAX_CANDIDATES = 32  # a bounded check per document, however large a group grows

_WORD = regex.compile(r"\w+")


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash  # imported on first use: it loads scipy (0.4 s a command)

    return MinHash(num_perm=NUM_PERM, seed=1).permutations


@cache
def lsh_shape() -> tuple[int, int]:
    """(bands, rows per band) that datasketch picks for THRESHOLD and NUM_PERM."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def shingles(text: str) -> set[bytes]:
    """Folded, lower-cased word 3-grams of a text (the whole text when it is shorter)."""
    words = _WORD.findall(fold_diacritics(text).lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash hash values (uint64, NUM_PERM of them) of a text."""
    # crc32: a stable 32-bit hash in C, several times cheaper than the default sha1.
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, permutations=_permutations(), scheme="affine32", hashfunc=zlib.crc32)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (band number mixed in, so bands never collide)."""
    bands, rows = lsh_shape()
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(sig[band * rows:(band + 1) * rows].tobytes(), digest_size=8,
                                 person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def to_bytes(sig: np.ndarray) -> bytes:
    """A signature as the store keeps it: NUM_PERM little-endian uint32 (the scheme is affine32;
    64-bit values before migration 0014)."""
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    """A stored signature as `signature` gives it: uint32 values, whether kept as 32-bit or, before
    migration 0014 and in records written before it, as 64-bit values. The band keys hash those
    bytes, so a signature read back must have the width it had when ingest made its keys."""
    return np.frombuffer(data, dtype="<u4" if len(data) == 4 * NUM_PERM else "<u8").astype(np.uint32)


# The first `MAX_CANDIDATES` reports found sharing a band with a report, then their rows (by
# their row numbers, earliest first: a tie goes to the report stored first). Distinct row
# numbers, not distinct rows: PostgreSQL joined every band's report before keeping 32 (6 ms, not
# 0.7, at 4,000 similar reports). One such select a report, `{report}` its place, in one
# statement for all of them.
_CANDIDATES = ("SELECT {report}, d.seq, d.id, d.group_id, d.minhash FROM documents d WHERE d.seq IN "
               "(SELECT DISTINCT document_seq FROM document_bands WHERE band IN ({marks}) LIMIT {limit})")
# Reports a statement: SQLite joins at most 500 selects in one.
_REPORTS_A_STATEMENT = 100
# PostgreSQL: the same for every report of an array, one statement whose text never changes
# (psycopg converts and the server plans a statement once, not a text of a thousand placeholders
# each time); a report's band keys as the text of an array.
_PG_CANDIDATES = ("SELECT r.report, d.seq, d.id, d.group_id, d.minhash "
                  "FROM unnest(%b::int[], %b::text[]) AS r(report, bands) CROSS JOIN LATERAL "
                  "(SELECT DISTINCT document_seq FROM document_bands WHERE band = ANY(r.bands::bigint[]) "
                  f"LIMIT {MAX_CANDIDATES}) c JOIN documents d ON d.seq = c.document_seq")


def find_groups(connection: Connection, reports: Sequence[tuple[str, np.ndarray, Sequence[int]]]
                ) -> list[str | None]:
    """The event group each of `reports` ((id, signature, band keys), to be stored in this order)
    joins: that of its nearest near-duplicate (similarity >= THRESHOLD) among the first
    `MAX_CANDIDATES` stored reports sharing a band with it and the first `MAX_CANDIDATES` of
    `reports` before it sharing one; None when it has none. Ties go to the earliest."""
    stored = _stored_candidates(connection, [keys for _, _, keys in reports])
    groups: list[str | None] = []
    by_band: dict[int, list[int]] = {}
    for place, (_, sig, keys) in enumerate(reports):
        candidates = [(group_id or doc_id, from_bytes(minhash)) for doc_id, group_id, minhash in stored[place]
                      if minhash is not None]
        earlier = sorted({before for key in keys for before in by_band.get(key, ())})[:MAX_CANDIDATES]
        candidates += [(groups[before] or reports[before][0], reports[before][1]) for before in earlier]
        best: tuple[float, str] | None = None
        for group_id, other in candidates:
            score = similarity(sig, other)
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, group_id)
        groups.append(best[1] if best else None)
        for key in keys:
            by_band.setdefault(key, []).append(place)
    return groups


def _stored_candidates(connection: Connection, keys: Sequence[Sequence[int]]
                       ) -> list[list[tuple[str, str | None, bytes | None]]]:
    """For each report's band keys, the (id, group id, signature) of the stored reports sharing a
    band with it (at most `MAX_CANDIDATES`), earliest first."""
    asked = [place for place, report in enumerate(keys) if report]
    rows: list[tuple[int, int, str, str | None, bytes | None]] = []
    if asked and connection.dialect.name == "postgresql":
        rows += connection.exec_driver_sql(_PG_CANDIDATES, (  # all(): fetched at once, not row by row
            asked, ["{" + ",".join(map(str, keys[place])) + "}" for place in asked])).all()
    else:
        for start in range(0, len(asked), _REPORTS_A_STATEMENT):
            part = asked[start:start + _REPORTS_A_STATEMENT]
            sql = " UNION ALL ".join(_CANDIDATES.format(report=place, marks=", ".join("?" * len(keys[place])),
                                                        limit=MAX_CANDIDATES) for place in part)
            rows += connection.exec_driver_sql(sql, tuple(key for place in part for key in keys[place])).all()
    found: list[list[tuple[int, str, str | None, bytes | None]]] = [[] for _ in keys]
    for place, *row in rows:
        found[place].append(tuple(row))
    return [[row[1:] for row in sorted(report)] for report in found]
