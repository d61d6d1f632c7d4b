"""Read any supported input into normalized Documents, choosing the reader by suffix."""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from chidao.errors import InputError, os_reason
from chidao.ingest.docx import read_docx
from chidao.ingest.html import read_html
from chidao.ingest.jsonl import read_jsonl
from chidao.ingest.plaintext import read_plaintext
from chidao.model import Document

MAX_BYTES = 16 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".docx", ".jsonl")


def read_source(source: str, on_error: Callable[[InputError], None] | None = None,
                on_warning: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Documents from one path (or `-` for standard input).

    Raises InputError naming the file and the reason; for a `.jsonl` archive a bad
    line goes to `on_error` (when given) and the other lines still come out. `on_warning` hears
    of what was read in spite of a fault (stray bytes in UTF-8), the report still coming out.
    """
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(source, f"dữ liệu vào quá lớn (> {MAX_BYTES // 2**20} MB)")
        yield read_plaintext(data, "-", on_warning)
        return
    data = _read_bytes(source)
    suffix = Path(source).suffix.lower()
    if suffix in (".html", ".htm"):
        yield read_html(data, source, on_warning)
    elif suffix == ".docx":
        yield read_docx(data, source)
    elif suffix == ".jsonl":
        yield from read_jsonl(data, source, on_error, on_warning)
    else:
        yield read_plaintext(data, source, on_warning)


def _read_bytes(source: str) -> bytes:
    path = Path(source)
    try:
        if not path.exists():
            pattern = any(ch in source for ch in "*?[")
            raise InputError(source, "không có tệp nào khớp mẫu này" if pattern else "không có tệp này")
        if path.is_dir():
            raise InputError(source, f"thư mục không có tệp báo cáo nào ({', '.join(SUFFIXES)})")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(source, f"tệp quá lớn ({size / 2**20:.1f} MB > {MAX_BYTES // 2**20} MB)")
        # A pipe or device has no size: read one byte past the limit to tell.
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(source, os_reason(exc)) from None
    if len(data) > MAX_BYTES:
        raise InputError(source, f"tệp quá lớn (> {MAX_BYTES // 2**20} MB)")
    return data


def expand_paths(paths: list[str]) -> list[str]:
    """Files named, found in folders (recursively, supported suffixes) or matched by globs
    (relative or absolute, `**` recursive).

    A folder with no report files and a glob that matches nothing are kept as
    they are, so that reading them gives a clear error.
    """
    out: list[str] = []
    for raw in paths:
        kind = _path_kind(raw)
        if raw == "-" or kind == "file":
            out.append(raw)
        elif kind == "dir":
            found = sorted(str(p) for p in Path(raw).rglob("*")
                           if p.suffix.lower() in SUFFIXES and p.is_file())
            # An empty folder stays in the list, so the reader reports it.
            out += found or [raw]
        elif any(ch in raw for ch in "*?["):
            matched = sorted(p for p in glob.glob(raw, recursive=True) if _path_kind(p) == "file")
            out += matched or [raw]
        else:
            out.append(raw)
    return out


def _path_kind(raw: str) -> str | None:
    """"file", "dir", "other", or None for a path that cannot be looked at."""
    try:
        path = Path(raw)
        if path.is_file():
            return "file"
        return "dir" if path.is_dir() else ("other" if path.exists() else None)
    except (OSError, ValueError):
        return None
