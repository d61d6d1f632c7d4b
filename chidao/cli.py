"""The `chidao` command."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import click
import typer
import typer.rich_utils
from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer.core import TyperCommand, TyperGroup

from chidao.commands.backup import backup, restore
from chidao.commands.compact import compact
from chidao.commands.correct import add_item_command, correct, corrections_app, reject
from chidao.commands.document import document_app
from chidao.commands.evaluate import evaluate
from chidao.commands.extract import extract
from chidao.commands.follow import locality, person, recurring
from chidao.commands.gold import gold_app
from chidao.commands.ingest import ingest, reextract
from chidao.commands.register import commitments, directives, indicators, targets
from chidao.commands.report import report
from chidao.commands.search import search
from chidao.commands.serve import serve
from chidao.commands.spark_extract import spark_extract
from chidao.commands.status import status
from chidao.commands.store_options import fail
from chidao.commands.usage_errors import param_choices, refuse
from chidao.commands.user import user_app
from chidao.errors import StoreError
from chidao.report.tables import REGISTER_TITLES

# The words Typer and Rich print around a command's help, in Vietnamese: set here once, for
# every command (the help texts themselves are the commands' own).
HELP_WORDS = {"ARGUMENTS_PANEL_TITLE": "Tham số", "OPTIONS_PANEL_TITLE": "Tùy chọn",
              "COMMANDS_PANEL_TITLE": "Lệnh", "ERRORS_PANEL_TITLE": "Lỗi",
              "DEFAULT_STRING": "[mặc định: {}]", "REQUIRED_LONG_STRING": "[bắt buộc]",
              "ENVVAR_STRING": "[biến môi trường: {}]", "DEPRECATED_STRING": "(không dùng nữa) ",
              "ABORTED_TEXT": "Đã dừng.",
              "RICH_HELP": "Xem [blue]'{command_path} {help_option}'[/] để biết cách dùng."}
USAGE_PREFIX = "Cách dùng: "
HELP_OPTION_HELP = "Hiện hướng dẫn này rồi thoát."
OPTIONS_METAVAR = "[TÙY CHỌN]"
SUBCOMMAND_METAVAR = "LỆNH [THAM SỐ]..."
for _setting, _words in HELP_WORDS.items():
    setattr(typer.rich_utils, _setting, _words)
# The usage line's prefix is styled as Typer styles its "Usage: ".
typer.rich_utils.OptionHighlighter.highlights = [
    *typer.rich_utils.OptionHighlighter.highlights, rf"(?P<usage>{USAGE_PREFIX})"]


class _PlainHelp:
    """Help that shows no type where a reader needs none: nothing for a flag (`<bool>`) nor for
    a choice its help already lists with their labels (`--status`), the item type for a list
    (`<str>`, not `<list[str]>`); the usage line and `--help` in Vietnamese."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        self.options_metavar = OPTIONS_METAVAR
        if hasattr(self, "subcommand_metavar"):
            self.subcommand_metavar = SUBCOMMAND_METAVAR

    def format_usage(self, ctx: click.Context, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=USAGE_PREFIX)

    def get_help_option(self, ctx: click.Context) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_HELP
        return option

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if not getattr(param, "_plain_help", False) and hasattr(param, "display_type_rich"):
                param.display_type_rich = _plain_type(param)  # type: ignore[method-assign]
                param._plain_help = True  # type: ignore[attr-defined]
        return params

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """A mistake the option parser finds is raised without the command it was found in: given
        it, so that `usage_errors` names the command."""
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except UsageError as exc:
            if exc.ctx is None:
                exc.ctx = ctx
            raise


def _plain_type(param: click.Parameter) -> Callable[[click.Context], str | None]:
    shown = param.display_type_rich  # type: ignore[attr-defined]

    def display(ctx: click.Context) -> str | None:
        if getattr(param, "is_flag", False):
            return None
        choices = param_choices(param)
        help = getattr(param, "help", None) or ""
        if choices and all(f"{choice} (" in help for choice in choices):
            return None
        text = shown(ctx)
        # `<int>`, not `<int range>`: the range follows it (`[x>=1]`).
        return re.sub(r"list\[(.+)\]", r"\1", text).replace(" range", "") if text else text
    return display


class _Command(_PlainHelp, TyperCommand):
    pass


class _Group(_PlainHelp, TyperGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        """Commands in the order of the work (`COMMAND_ORDER`, then as registered), not alphabetically."""
        rank = {name: n for n, name in enumerate(COMMAND_ORDER)}
        return sorted(self.commands, key=lambda name: rank.get(name, len(rank)))

    # A mistake in the command line (a bad choice, a missing argument, an unknown option or
    # command) is said in Vietnamese by `usage_errors`, for every command: the root group parses
    # its own options in make_context, the commands under it theirs inside its invoke.
    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except NoArgsIsHelpError:
            raise
        except UsageError as exc:
            raise refuse(exc) from exc

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except NoArgsIsHelpError:
            raise
        except UsageError as exc:
            raise refuse(exc) from exc


app = typer.Typer(
    name="chidao",
    cls=_Group,
    help="Theo dõi chỉ đạo: trích xuất và theo dõi chỉ đạo, chỉ tiêu, cam kết và số liệu "
    "từ các báo cáo về an ninh, trật tự.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",  # docstrings wrap as paragraphs, not at their line breaks
)

@app.callback()
def _root() -> None:
    """Theo dõi chỉ đạo: trích xuất và theo dõi chỉ đạo, chỉ tiêu, cam kết và số liệu."""


def _store_errors_in_one_line(command: Callable[..., Any]) -> Callable[..., Any]:
    """`chidao: STORE: reason` and exit 1 when the store can't be opened, not a traceback."""
    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except StoreError as exc:
            fail(str(exc))
    return run


# In the order of the work: read reports in, find, follow up and correct, look at a place or a
# person, write reports; then the tools for the extractor and the store.
_COMMANDS = (("ingest", ingest), ("extract", extract), ("search", search),
             ("directives", directives), ("targets", targets), ("commitments", commitments),
             ("indicators", indicators), ("status", status), ("reject", reject), ("correct", correct),
             ("add-item", add_item_command), ("document", document_app), ("corrections", corrections_app),
             ("person", person), ("locality", locality), ("recurring", recurring), ("report", report),
             ("gold", gold_app), ("eval", evaluate), ("reextract", reextract), ("backup", backup),
             ("restore", restore), ("compact", compact), ("serve", serve), ("user", user_app),
             ("spark-extract", spark_extract))
COMMAND_ORDER = tuple(name for name, _ in _COMMANDS)
# Each command's line in the list of commands (its --help says the whole of it), one line at 100 columns.
SHORT_HELP = {
    "ingest": "Nạp báo cáo vào kho: trích xuất từng báo cáo, lưu cùng các mục của nó.",
    "extract": "Trích xuất báo cáo ra JSON (chidao/extract@1), không lưu vào kho.",
    "search": "Tìm trong báo cáo và các mục (không cần gõ dấu).",
    **{kind: f"{title}." for kind, title in REGISTER_TITLES.items()},
    "targets": f"{REGISTER_TITLES['targets']}, kèm đánh giá đạt, không đạt.",
    "status": "Xem một mục và lịch sử, hoặc cập nhật trạng thái, phụ trách, hạn, ghi chú.",
    "reject": "Loại một mục máy đọc sai loại.",
    "correct": "Sửa các trường của một mục.",
    "add-item": "Thêm một mục máy bỏ sót, từ lời của báo cáo.",
    "document": "Một báo cáo trong kho: xem, đặt ngày hoặc xoá.",
    "corrections": "Liệt kê những lần người dùng sửa, hoặc huỷ một lần sửa.",
    "person": "Trang theo dõi một người: cấp hàm, chức vụ, chỉ đạo.",
    "locality": "Trang theo dõi một địa phương: sự kiện, chỉ đạo, chỉ tiêu, cam kết, số liệu.",
    "recurring": "Chỉ đạo lặp lại qua các sự kiện, địa phương và năm.",
    "report": "Viết báo cáo theo dõi (Word, Excel hoặc Markdown).",
    "gold": "Xuất dữ liệu chuẩn (gold) từ những lần người dùng sửa.",
    "eval": "Chấm điểm bộ trích xuất theo dữ liệu chuẩn (gold).",
    "reextract": "Trích xuất lại báo cáo trong kho, giữ những gì người dùng đã nhập.",
    "backup": "Sao lưu kho ra một tệp.",
    "restore": "Khôi phục kho từ bản sao lưu.",
    "compact": "Thu gọn kho, cập nhật thống kê.",
    "serve": "Chạy ứng dụng web.",
    "user": "Tài khoản của ứng dụng web.",
    "spark-extract": "Trích xuất một kho bài báo lớn trên Apache Spark ra tệp Parquet.",
    "document show": "Xem tiêu đề, nguồn, ngày và các mục của một báo cáo.",
    "document date": "Đặt ngày cho báo cáo không ghi ngày.",
    "document delete": "Xoá một báo cáo nạp nhầm.",
    "corrections list": "Liệt kê mọi lần sửa, cũ nhất trước.",
    "corrections undo": "Huỷ một lần sửa.",
    "gold export": "Ghi các báo cáo đã sửa thành tệp gold.",
    "user add": "Tạo tài khoản.",
    "user token": "Cấp thêm mã API.",
    "user password": "Cấp mật khẩu mới dùng một lần.",
    "user role": "Đổi vai trò của tài khoản.",
    "user disable": "Khoá hoặc mở khoá tài khoản.",
    "user list": "Liệt kê tài khoản.",
}

for name, command in _COMMANDS:
    if isinstance(command, typer.Typer):
        for info in command.registered_commands:
            info.callback = _store_errors_in_one_line(info.callback)
            info.cls = _Command
            info.short_help = SHORT_HELP[f"{name} {info.name}"]
        app.add_typer(command, name=name, cls=_Group, short_help=SHORT_HELP[name])
    else:
        app.command(name, cls=_Command, short_help=SHORT_HELP[name])(_store_errors_in_one_line(command))


def main() -> None:
    app()
