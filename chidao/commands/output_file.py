"""`-o FILE` and `--format`: which format a command writes, decided once for every command.

The file's extension decides unless `--format` is given; both given must agree
(`-o baocao.xlsx --format docx` is refused in one line, never a Word file named .xlsx).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from chidao.commands.store_options import fail


def output_format(output: Path | None, given: str | None, suffixes: Mapping[str, str], default: str) -> str:
    """The format to write: `given` (the --format value) or the one `output`'s extension names
    (`suffixes`: ".xlsx" -> "xlsx"), else `default`. Exits with a one-line error when they
    disagree, or when `output` has an extension none of `suffixes` and no --format is given;
    a file without an extension takes the --format given."""
    suffix = output.suffix.lower() if output is not None else ""
    from_name = suffixes.get(suffix)
    known = ", ".join(suffixes)
    if given is not None:
        if suffix and from_name != given:
            wanted = next((s for s, f in suffixes.items() if f == given), None)
            fail(f"{output}: phần mở rộng {suffix} không khớp --format {given}"
                 + (f" (tệp {given} có đuôi {wanted})" if wanted else ""))
        return given
    if output is not None:
        if from_name is None:
            fail(f"{output}: không rõ định dạng theo phần mở rộng (dùng {known}, hoặc --format)")
        return from_name
    return default
