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
    """Thu gọn kho sau khi nạp nhiều hoặc xoá nhiều: với SQLite, tệp được ghi lại không còn các
    trang trống và trang dùng dở (cần chỗ trống trên đĩa bằng cỡ kho, và chờ các lệnh khác ghi
    xong); với PostgreSQL, `VACUUM (ANALYZE)` cho dùng lại chỗ của các dòng đã xoá và cập nhật
    thống kê. Dữ liệu trong kho không đổi."""
    engine = open_engine(db, create=False)
    done = compact_store(engine)
    print(f"Đã thu gọn kho: {_mib(done.before)} MiB → {_mib(done.after)} MiB")
