"""Mistakes in a command line, said in Vietnamese with the command's own terms.

Typer and Click word a bad choice, a missing argument, an unknown option or a value that is
not a number in English ("Invalid value for '--status': Value error, 'xyz' is not one of …",
"Missing argument 'ITEM'"), in a panel under the usage line. `usage_message` says each in
one line as chidao's other refusals are said (`chidao directives: …`), the accepted values
with their labels, then where the help is; `cli` calls it for every command.
"""

from __future__ import annotations

import difflib
import re
import sys
import typing
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any

import typer

from chidao.errors import value_refusal
from chidao.report.tables import EVALUATION_STATUS, FOLLOW_STATUS, ROLE_LABELS

Context = Any  # typer's vendored click Context

# Values whose meaning a reader may not guess from the code: shown beside it in a refusal.
VALUE_LABELS = {**FOLLOW_STATUS, **EVALUATION_STATUS, "overdue": "Quá hạn", **ROLE_LABELS}

_EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", re.S)
_NO_SUCH_COMMAND = re.compile(r"No such command '(.*?)'\.", re.S)


def command_name(ctx: Context | None) -> str:
    """`chidao directives`, `chidao document show`: the command as a user types it, whatever name
    the program was started by (`python -m chidao`, a test runner)."""
    names = []
    while ctx is not None:
        if ctx.parent is not None and ctx.info_name:
            names.append(ctx.info_name)
        ctx = ctx.parent
    return " ".join(["chidao", *reversed(names)])


def usage_message(exc: Exception) -> str:
    """The lines that replace Click's panel for `exc` (a Click usage error): what is wrong, then
    the command's help to read."""
    ctx = getattr(exc, "ctx", None)
    where = command_name(ctx)
    return f"{where}: {_reason(exc, ctx)}\nXem `{where} --help`."


def _reason(exc: Exception, ctx: Context | None) -> str:
    kind = type(exc).__name__
    message = str(getattr(exc, "message", "") or "")
    param = getattr(exc, "param", None)
    if kind == "MissingParameter":
        return f"thiếu {_missing(param)}"
    if kind == "NoSuchOption":
        name = getattr(exc, "option_name", "")
        possibilities = sorted(getattr(exc, "possibilities", None) or ())
        guess = f" (có phải {' hay '.join(possibilities)}?)" if possibilities else ""
        return f"không có tùy chọn {name}{guess}"
    if kind == "BadOptionUsage":
        name = getattr(exc, "option_name", "")
        if "does not take a value" in message:
            return f"{name} không nhận giá trị (chỉ ghi {name})"
        count = re.search(r"requires (\d+) arguments", message)
        return f"{name} cần {count[1]} giá trị" if count else f"{name} cần một giá trị"
    if kind == "BadParameter":
        return _bad_value(exc, param, message)
    if match := _NO_SUCH_COMMAND.match(message):
        return _no_such_command(match.group(1), ctx)
    if message == "Missing command.":
        return f"thiếu lệnh ({_commands(ctx)})"
    if match := _EXTRA_ARGUMENTS.fullmatch(message):
        return f"thừa tham số {match.group(1)} (giá trị có dấu cách thì đặt trong ngoặc kép)"
    return message


def _missing(param: Any) -> str:
    if param is None:
        return "tham số"
    if getattr(param, "param_type_name", "") == "option":
        return f"tùy chọn {_option_name(param)}"
    return (param.metavar or param.name or "").strip("{}").upper()


def _option_name(param: Any) -> str:
    opts = [opt for opt in getattr(param, "opts", ()) if opt.startswith("--")] or list(param.opts)
    return opts[0] if opts else str(param.name)


def _bad_value(exc: Exception, param: Any, message: str) -> str:
    name = _param_hint(exc, param)
    errors = _pydantic_errors(exc)
    if errors is None:
        # chidao's own refusal (a date, a range): already in Vietnamese; only the option added.
        return f"{name}: {message}" if name else message
    error = errors[0] if errors else {}
    choices = with_labels(param_choices(param))
    return f"{name} {value_refusal(error, choices)}"


def with_labels(values: Iterable[str], labels: Mapping[str, str] = VALUE_LABELS) -> list[str]:
    """["open (chưa thực hiện)", "overdue (quá hạn)", "table"]: each value the command line takes,
    with its label where it has one (a refusal's choices, an option's help)."""
    return [f"{value} ({labels[value].lower()})" if value in labels else value for value in values]


def _param_hint(exc: Exception, param: Any) -> str:
    hint = getattr(exc, "param_hint", None)
    if hint:
        return (hint if isinstance(hint, str) else " / ".join(hint)).strip("'")
    if param is None:
        return ""
    if getattr(param, "param_type_name", "") == "option":
        return _option_name(param)
    return (param.metavar or param.name or "").strip("{}").upper()


def _pydantic_errors(exc: Exception) -> list[dict[str, Any]] | None:
    """The errors of the type check Typer ran (pydantic's), or None when chidao refused the
    value itself."""
    cause = exc.__cause__
    errors = getattr(cause, "errors", None)
    if cause is None or not callable(errors) or type(cause).__name__ != "ValidationError":
        return None
    return list(errors())


def param_choices(param: Any) -> list[str]:
    """The values an option of an enumerated type takes, in their order."""
    try:
        annotation = param.get_runtime_param().annotation
    except (AttributeError, TypeError):
        return []
    stack = [annotation]
    while stack:
        candidate = stack.pop()
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return [str(member.value) for member in candidate]
        if typing.get_origin(candidate) is typing.Literal:
            return [str(value) for value in typing.get_args(candidate)]
        stack.extend(typing.get_args(candidate))
    return []


def _commands(ctx: Context | None) -> str:
    command = getattr(ctx, "command", None)
    names = command.list_commands(ctx) if command is not None and hasattr(command, "list_commands") else []
    return "các lệnh: " + ", ".join(names) if names else "xem --help"


def _no_such_command(name: str, ctx: Context | None) -> str:
    command = getattr(ctx, "command", None)
    names = command.list_commands(ctx) if command is not None and hasattr(command, "list_commands") else []
    close = difflib.get_close_matches(name, names, n=2, cutoff=0.6)
    if close:
        return f"không có lệnh '{name}' (có phải {' hay '.join(close)}?)"
    return f"không có lệnh '{name}' ({_commands(ctx)})"


def refuse(exc: Exception) -> typer.Exit:
    """Print `exc` as `usage_message` says it on stderr; the Exit (status 2, as Click's) to raise."""
    print(usage_message(exc), file=sys.stderr)
    return typer.Exit(getattr(exc, "exit_code", 2))
