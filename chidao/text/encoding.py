"""Decode report bytes: UTF-8, UTF-16 with a BOM, or legacy Windows-1258.

A file that is none of these is rejected with a reason that names it.
"""

from __future__ import annotations

import regex

from chidao.errors import InputError

# Letters only Vietnamese uses; a real Vietnamese text decoded right has many of them.
_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]")


def decode_report(data: bytes, source: str) -> str:
    """Text of a report file, or InputError("empty file" / "binary file…" / "not…")."""
    if not data.strip():
        raise InputError(source, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not a text report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    if controls > len(sample) // 100:
        raise InputError(source, "binary file, not a text report")
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    letters = sum(1 for c in text[:65536] if c.isalpha())
    if text and letters and len(_VIETNAMESE.findall(text[:65536])) / letters > 0.05:
        return text
    raise InputError(source, f"not UTF-8 text (invalid byte at offset {utf8_error.start}) "
                             "and not Windows-1258 Vietnamese")
