"""`chidao compact` gives a store's free room back and changes nothing people read."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

from test_store_engine import QUANG_TRI, chidao, chidao_json
from test_store_lean_migration import _everything, followed_up_store

from chidao.store.engine import PAGE_SIZE, forget_engines

SIZES = re.compile(r"Đã thu gọn kho: ([\d,.]+) MiB → ([\d,.]+) MiB")


def test_compact_keeps_everything_and_a_sqlite_file_shrinks(store: str) -> None:
    items = followed_up_store(store)  # a report deleted among the follow-up: free pages
    before = _everything(store, items)
    result = chidao(store, "compact")
    assert result.exit_code == 0, result.output
    sizes = SIZES.fullmatch(result.stdout.strip())
    assert sizes is not None, result.stdout
    if "://" not in store:
        # Sizes as written in Vietnamese: "1.234,5" (a dot between thousands, a decimal comma).
        mib = lambda said: float(said.replace(".", "").replace(",", "."))  # noqa: E731
        assert mib(sizes[2]) <= mib(sizes[1])
        assert not Path(store + "-wal").exists() or Path(store + "-wal").stat().st_size == 0
    assert _everything(store, items) == before


def test_compact_of_no_store_says_so_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = chidao(missing, "compact")
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("chidao: ") and "\n" not in result.stderr.strip()
    assert not missing.exists()


def _pages(store: Path) -> tuple[int, str]:
    with closing(sqlite3.connect(store)) as connection:
        return (connection.execute("PRAGMA page_size").fetchone()[0],
                connection.execute("PRAGMA journal_mode").fetchone()[0])


def test_a_new_store_has_8_kib_pages_and_compact_moves_an_older_one_to_them(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    assert chidao(new, "ingest", str(QUANG_TRI)).exit_code == 0
    assert _pages(new) == (PAGE_SIZE, "wal")
    old = tmp_path / "old.db"
    with closing(sqlite3.connect(old)) as connection:  # a store made with SQLite's default pages
        connection.execute("PRAGMA page_size = 4096")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE made_first (x)")
    items = followed_up_store(str(old))
    assert _pages(old) == (4096, "wal")
    before = _everything(str(old), items)
    forget_engines()  # no other connection has the store open
    assert chidao(old, "compact").exit_code == 0
    assert _pages(old) == (PAGE_SIZE, "wal")
    assert _everything(str(old), items) == before


def test_compact_with_the_store_open_elsewhere_keeps_its_pages_and_still_compacts(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    with closing(sqlite3.connect(old)) as connection:
        connection.execute("PRAGMA page_size = 4096")
        connection.execute("PRAGMA journal_mode = WAL")
    assert chidao(old, "ingest", str(QUANG_TRI)).exit_code == 0
    forget_engines()
    with closing(sqlite3.connect(old)) as reader:  # a server reading it meanwhile
        reader.execute("SELECT count(*) FROM documents").fetchone()
        result = chidao(old, "compact")
        assert result.exit_code == 0, result.output
    assert _pages(old) == (4096, "wal")
    assert len(chidao_json(old, "directives")) > 0


def test_sizes_are_written_as_in_vietnamese() -> None:
    from chidao.commands.compact import MIB, _mib
    assert _mib(int(1234.5 * MIB)) == "1.234,5"
    assert _mib(3 * MIB) == "3"
