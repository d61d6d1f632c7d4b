"""Errors that name the input and the reason, printed as one line."""

from __future__ import annotations

import errno


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


class ReportError(Exception):
    """A report that could not be processed for a reason of its own (too slow, its process
    killed), said in one line."""


def failure_reason(exc: BaseException) -> str:
    """One line for a report's failure: a `ReportError` as it is said, an unexpected error as
    "không xử lý được (Class: first message line)"."""
    if isinstance(exc, ReportError):
        return str(exc)
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"không xử lý được ({exc.__class__.__name__}{': ' + message if message else ''})"


_OS_REASONS = {
    errno.ENOENT: "không có tệp này",
    errno.EACCES: "không có quyền đọc",
    errno.EPERM: "không có quyền đọc",
    errno.EISDIR: "là thư mục, không phải tệp",
    errno.ENOTDIR: "đường dẫn không phải thư mục",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.ELOOP: "liên kết vòng",
    errno.EIO: "lỗi đọc đĩa",
}


def os_reason(exc: OSError) -> str:
    """The reason an OS error gives, in Vietnamese where it is a common one ("không có quyền đọc"),
    else the system's own words."""
    known = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return known or f"lỗi hệ thống: {(exc.strerror or str(exc)).lower()}"
