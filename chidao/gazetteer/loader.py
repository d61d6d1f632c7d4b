"""Load the vocabulary files that live beside this module.

A vocabulary file is TSV with a header line; the first column is the key and a
`phrasings` column lists the Vietnamese forms separated by `|`. Lines starting
with `#` are comments.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

GAZETTEER_DIR = Path(__file__).resolve().parent


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `name` (e.g. "ranks.tsv") as dicts keyed by the header."""
    path = GAZETTEER_DIR / name
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)


@cache
def load_vocabulary(name: str) -> dict[str, tuple[str, ...]]:
    """Key -> its phrasings, from a table with `key` and `phrasings` columns."""
    vocab: dict[str, tuple[str, ...]] = {}
    for row in load_table(name):
        forms = tuple(f.strip() for f in row["phrasings"].split("|") if f.strip())
        vocab[row["key"]] = forms
    return vocab
