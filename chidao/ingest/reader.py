"""Read any supported input into normalized Documents, choosing the reader by suffix."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from chidao.errors import InputError
from chidao.ingest.docx import read_docx
from chidao.ingest.html import read_html
from chidao.ingest.jsonl import read_jsonl
from chidao.ingest.plaintext import read_plaintext
from chidao.model import Document

MAX_BYTES = 16 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".docx", ".jsonl")


def read_source(source: str, on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Documents from one path (or `-` for standard input).

    Raises InputError naming the file and the reason; for a `.jsonl` archive a bad
    line goes to `on_error` (when given) and the other lines still come out.
    """
    if source == "-":
        yield read_plaintext(sys.stdin.buffer.read(), "-")
        return
    data = _read_bytes(source)
    suffix = Path(source).suffix.lower()
    if suffix in (".html", ".htm"):
        yield read_html(data, source)
    elif suffix == ".docx":
        yield read_docx(data, source)
    elif suffix == ".jsonl":
        yield from read_jsonl(data, source, on_error)
    else:
        yield read_plaintext(data, source)


def _read_bytes(source: str) -> bytes:
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file")
    if path.is_dir():
        raise InputError(source, "is a directory")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(source, f"file too large ({size / 2**20:.1f} MB > {MAX_BYTES // 2**20} MB)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(source, exc.strerror or str(exc)) from None


def expand_paths(paths: list[str]) -> list[str]:
    """Files named, found in folders (recursively, supported suffixes) or matched by globs."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw == "-" or path.is_file():
            out.append(raw)
        elif path.is_dir():
            out += sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
        elif any(ch in raw for ch in "*?["):
            matched = sorted(str(p) for p in Path().glob(raw) if p.is_file())
            out += matched or [raw]
        else:
            out.append(raw)
    return out
