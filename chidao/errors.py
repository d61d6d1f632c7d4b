"""Errors that name the input and the reason, printed as one line."""

from __future__ import annotations


class InputError(Exception):
    """A file that cannot be read as a report: `chidao: PATH: reason`."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(Exception):
    """A store that cannot be opened or used: `chidao: WHERE: reason`."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


def failure_reason(exc: BaseException) -> str:
    """One line for an unexpected error: "could not be processed (Class: first message line)"."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"could not be processed ({exc.__class__.__name__}{': ' + message if message else ''})"
