"""Write report files whole or not at all: temporary files beside the targets, renamed into place."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


def temporary_path(path: Path) -> Path:
    """A hidden, unused name in `path`'s folder with the same suffix: ".bao-cao.1a2b3c4d.tmp.md"."""
    return path.with_name(f".{path.stem}.{secrets.token_hex(4)}.tmp{path.suffix}")


@contextlib.contextmanager
def written_in_place(*paths: Path) -> Iterator[list[Path]]:
    """Temporary paths to write instead of `paths`; when the block ends without error each is
    renamed onto its path, in the order given. On any failure (in the block or in a rename) the
    temporary files and the files already renamed are removed, so no part of the set is left.
    Put the main file last: it only appears once everything it refers to is in place."""
    temps = [temporary_path(p) for p in paths]
    placed: list[Path] = []
    try:
        yield temps
        for temp, path in zip(temps, paths, strict=True):
            os.replace(temp, path)
            placed.append(path)
    except BaseException:
        for path in placed:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    finally:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
