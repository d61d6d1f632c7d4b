"""`chidao backup FILE` and `chidao restore FILE`: a store as one portable file, and back."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from chidao.commands.store_options import DbOption, fail
from chidao.errors import os_reason
from chidao.store.backup import TABLE_LABELS, BackupError, read_backup, write_backup
from chidao.store.engine import open_engine
from chidao.text.numbers import format_number


def _counts(counts: dict[str, int]) -> str:
    """"1.250 văn bản, 30.112 mục, …": the rows of each table, numbers written as in Vietnamese."""
    return ", ".join(f"{format_number(counts.get(name, 0))} {label}" for name, label in TABLE_LABELS.items())


def backup(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Tệp sao lưu cần ghi (JSON Lines).")],
    db: DbOption = None,
) -> None:
    """Ghi các báo cáo, mục, lịch sử theo dõi và các lần sửa trong kho ra FILE, một tệp JSON Lines
    mang sang máy khác được (chidao/backup phiên bản 1) mà `chidao restore` đọc vào SQLite hoặc
    PostgreSQL. Tệp được ghi trọn vẹn hoặc không ghi gì."""
    engine = open_engine(db, create=False)
    folder = file.resolve().parent
    if not folder.is_dir():
        fail(f"{file}: không có thư mục này")
    handle, partial = tempfile.mkstemp(prefix=f".{file.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            counts = write_backup(engine, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, file)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    print(f"Đã sao lưu {_counts(counts)} vào {file}")


def restore(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Tệp do `chidao backup` ghi.")],
    merge: Annotated[bool, typer.Option(
        "--merge", help="Khôi phục vào kho đã có dữ liệu: thêm những gì kho chưa có, giữ những gì đã có.",
    )] = False,
    db: DbOption = None,
) -> None:
    """Khôi phục bản sao lưu vào kho (chưa có kho thì tạo), trọn vẹn hoặc không gì cả. Kho đã có
    dữ liệu thì bị từ chối, trừ khi có `--merge`: thêm các báo cáo, mục, lịch sử và lần sửa kho
    chưa có, giữ những gì đã có."""
    try:
        lines = file.open(encoding="utf-8")
    except OSError as exc:
        fail(f"{file}: {os_reason(exc)}")
    engine = open_engine(db)
    with lines:
        try:
            outcome = read_backup(engine, lines, merge=merge)
        except BackupError as exc:
            fail(f"{file}: {exc}")
        except UnicodeDecodeError:
            fail(f"{file}: không phải bản sao lưu của chidao (không phải văn bản UTF-8)")
    kept = f"; đã có sẵn {_counts(outcome.kept)}" if any(outcome.kept.values()) else ""
    print(f"Đã khôi phục {_counts(outcome.added)}{kept}")
