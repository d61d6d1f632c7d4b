"""`chidao compact`: give the store's free room back and refresh its statistics."""

from __future__ import annotations

from chidao.commands.store_options import DbOption
from chidao.store.compact import compact as compact_store
from chidao.store.engine import open_engine
from chidao.text.numbers import format_number

MIB = 2**20


def _mib(size: int) -> str:
    """"1.234,5": a size in MiB to one decimal, written as in Vietnamese."""
    return format_number(round(size / MIB, 1))


def compact(db: DbOption = None) -> None:
    """Compact the store after a large ingest or many deletions: on SQLite the file is written
    again without its free and part-empty pages (it needs as much free disk as the store, and
    waits for other writers); on PostgreSQL `VACUUM (ANALYZE)` makes dead rows' room reusable
    and refreshes the planner's statistics. Nothing stored changes."""
    engine = open_engine(db, create=False)
    done = compact_store(engine)
    print(f"Đã thu gọn kho: {_mib(done.before)} MiB → {_mib(done.after)} MiB")
