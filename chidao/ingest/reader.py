"""Read any supported input into normalized Documents."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from chidao.errors import InputError
from chidao.ingest.plaintext import read_plaintext
from chidao.model import Document

MAX_BYTES = 50 * 1024 * 1024


def read_source(source: str) -> Iterator[Document]:
    """Documents from one path (or `-` for stdin); InputError names the file and why."""
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(source, "no such file")
        if path.is_dir():
            raise InputError(source, "is a directory")
        if path.stat().st_size > MAX_BYTES:
            raise InputError(source, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(source, exc.strerror or str(exc)) from None
    yield read_plaintext(data, source)
