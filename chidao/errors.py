"""Errors that name the input and the reason, printed as one line."""

from __future__ import annotations

import errno
import re


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


_WRITE_REASONS = {
    errno.ENOENT: "không có thư mục này",
    errno.ENOTDIR: "đường dẫn không phải thư mục",
    errno.EACCES: "không có quyền ghi",
    errno.EPERM: "không có quyền ghi",
    errno.EISDIR: "đã có thư mục trùng tên",
    errno.ENOSPC: "hết chỗ trên đĩa",
    errno.EDQUOT: "hết hạn mức dung lượng",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.EIO: "lỗi ghi đĩa",
}


def write_reason(exc: OSError) -> str:
    """"không ghi được (hết chỗ trên đĩa)": why a file could not be written, in Vietnamese where
    the reason is a common one, else the system's own words."""
    known = _WRITE_REASONS.get(exc.errno) if exc.errno is not None else None
    return f"không ghi được ({known or 'lỗi hệ thống: ' + (exc.strerror or str(exc)).lower()})"


def os_reason(exc: OSError) -> str:
    """The reason an OS error gives, in Vietnamese where it is a common one ("không có quyền đọc"),
    else the system's own words."""
    known = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return known or f"lỗi hệ thống: {(exc.strerror or str(exc)).lower()}"


# What Python's json and orjson say of a text that is not JSON, in the words an officer reads
# (the first words of their message; the position is said apart).
_JSON_REASONS = (
    ("Input is a zero-length", "rỗng"),
    ("Expecting value", "thiếu giá trị"),
    ("unexpected character, expected a JSON value", "thiếu giá trị"),
    ("unexpected end of data", "dừng giữa chừng"),
    ("Extra data", "thừa dữ liệu sau giá trị JSON"),
    ("unexpected content after document", "thừa dữ liệu sau giá trị JSON"),
    ("Expecting property name", "tên trường phải đặt trong ngoặc kép"),
    ("unexpected character, expected a string key", "tên trường phải đặt trong ngoặc kép"),
    ("Expecting ':' delimiter", "thiếu dấu hai chấm sau tên trường"),
    ("unexpected character, expected ':'", "thiếu dấu hai chấm sau tên trường"),
    ("Expecting ',' delimiter", "thiếu dấu phẩy"),
    ("unexpected character, expected ','", "thiếu dấu phẩy"),
    ("Illegal trailing comma", "dấu phẩy thừa trước dấu đóng"),
    ("trailing comma", "dấu phẩy thừa trước dấu đóng"),
    ("Unterminated string", "chuỗi chưa đóng ngoặc kép"),
    ("Invalid control character", "ký tự điều khiển trong chuỗi"),
    ("unexpected control character", "ký tự điều khiển trong chuỗi"),
    ("Invalid \\escape", "dấu \\ không hợp lệ trong chuỗi"),
    ("Invalid \\u", "dấu \\ không hợp lệ trong chuỗi"),
    ("invalid escape", "dấu \\ không hợp lệ trong chuỗi"),
    ("no low surrogate", "dấu \\ không hợp lệ trong chuỗi"),
    ("Unexpected UTF-8 BOM", "bắt đầu bằng dấu BOM"),
    ("UTF-8 byte order mark", "bắt đầu bằng dấu BOM"),
)


def json_reason(exc: ValueError) -> str:
    """Where and why a text is not JSON, in Vietnamese: "cột 9: thừa dữ liệu sau giá trị JSON"
    ("dòng 3, cột 2: …" for a text of several lines), from a json or orjson JSONDecodeError."""
    message = str(getattr(exc, "msg", "") or exc)
    said = next((reason for start, reason in _JSON_REASONS if message.startswith(start)), "sai cú pháp")
    line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if column is None:
        return said
    doc = getattr(exc, "doc", "") or ""
    where = f"dòng {line}, cột {column}" if line and line > 1 or "\n" in doc.rstrip("\n") else f"cột {column}"
    return f"{where}: {said}"


_BOUNDS = {"greater_than_equal": ("ge", "nhỏ nhất là"), "greater_than": ("gt", "phải lớn hơn"),
           "less_than_equal": ("le", "lớn nhất là"), "less_than": ("lt", "phải nhỏ hơn")}


def value_refusal(error: dict, choices: list[str] | None = None) -> str:
    """Why a value was refused, in Vietnamese, from one error of a type check (pydantic's, which
    Typer and FastAPI run: "Input should be a valid integer" is "cần một số nguyên, không phải
    'abc'"); `choices`, said as the reader should see them, where the value is one of a list.
    The name of what was refused goes before it."""
    kind = str(error.get("type", ""))
    value = error.get("input")
    shown = f"'{value}'" if isinstance(value, (str, int, float)) else "giá trị này"
    limits = error.get("ctx") or {}
    if kind == "missing":
        return "còn thiếu"
    if not choices and kind in ("enum", "literal_error"):
        choices = re.findall(r"'([^']*)'", str(limits.get("expected", "")))
    if choices:
        return f"không nhận {shown}; chọn một trong: {', '.join(choices)}"
    if kind in ("int_parsing", "int_from_float", "int_type"):
        return f"cần một số nguyên, không phải {shown}"
    if kind in ("float_parsing", "float_type", "decimal_parsing"):
        return f"cần một số, không phải {shown}"
    if kind in _BOUNDS:
        key, said = _BOUNDS[kind]
        return f"không nhận {shown}: {said} {limits.get(key)}"
    if kind == "string_too_long":
        return f"dài quá {limits.get('max_length')} ký tự"
    if kind == "string_too_short":
        return "không được để trống" if limits.get("min_length") == 1 else \
            f"cần ít nhất {limits.get('min_length')} ký tự"
    if kind == "bool_parsing":
        return f"cần có hoặc không (true/false), không phải {shown}"
    reason = str(limits.get("error", ""))
    if reason and not reason.isascii():  # chidao's own check, already said in Vietnamese
        return reason
    return f"không nhận {shown}"
