"""`chidao compact` gives a store's free room back and changes nothing people read."""

from __future__ import annotations

import re
from pathlib import Path

from test_store_engine import chidao
from test_store_lean_migration import _everything, followed_up_store

SIZES = re.compile(r"Đã thu gọn kho: ([\d,.]+) MiB → ([\d,.]+) MiB")


def test_compact_keeps_everything_and_a_sqlite_file_shrinks(store: str) -> None:
    items = followed_up_store(store)  # a report deleted among the follow-up: free pages
    before = _everything(store, items)
    result = chidao(store, "compact")
    assert result.exit_code == 0, result.output
    sizes = SIZES.fullmatch(result.stdout.strip())
    assert sizes is not None, result.stdout
    if "://" not in store:
        assert float(sizes[2].replace(",", "")) <= float(sizes[1].replace(",", ""))
        assert not Path(store + "-wal").exists() or Path(store + "-wal").stat().st_size == 0
    assert _everything(store, items) == before


def test_compact_of_no_store_says_so_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = chidao(missing, "compact")
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("chidao: ") and "\n" not in result.stderr.strip()
    assert not missing.exists()
