"""Every command's --help reads in Vietnamese: its help, its arguments' and options' help, and
Typer's own words around them (usage line, panel titles, --help, [mặc định: …], [bắt buộc])."""

from __future__ import annotations

import re

import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from chidao.cli import SHORT_HELP, app

runner = CliRunner()

# Words of an English sentence, and Typer's own English words: none is left in any help.
ENGLISH = (" the ", " of ", " and ", " or ", " with ", " to ", " is ", " by ", " from ", " when ",
           " only ", " each ", " every ", " this ", " not ", "Show this message", "Usage", "Options",
           "Commands", "Arguments", "[default", "[required]", "[env var", "Document id", "Item id")


def _commands(group: TyperGroup, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [path]
    for name, command in group.commands.items():
        if isinstance(command, TyperGroup):
            paths.extend(_commands(command, (*path, name)))
        elif not command.hidden:
            paths.append((*path, name))
    return paths


COMMANDS = _commands(typer.main.get_command(app))  # type: ignore[arg-type]


def _help(path: tuple[str, ...]) -> tuple[int, str]:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"})
    return result.exit_code, result.output


def test_every_command_is_listed() -> None:
    assert ("directives",) in COMMANDS and ("document", "show") in COMMANDS and ("user", "role") in COMMANDS
    assert len(COMMANDS) > 30


@pytest.mark.parametrize("path", COMMANDS, ids=lambda path: " ".join(path) or "chidao")
def test_every_help_is_vietnamese(path: tuple[str, ...]) -> None:
    code, output = _help(path)
    assert code == 0
    # A line of the panels, and the whole help with its wrapping undone (a phrase cut in two).
    text = " " + " ".join(output.replace("│", " ").split()) + " "
    for line in [*output.splitlines(), text]:
        found = [word for word in ENGLISH if word in f" {line} "]
        assert not found, f"{' '.join(path)} --help: {found} in {line.strip()!r}"
    assert "Cách dùng:" in output and "Tùy chọn" in output and "Hiện hướng dẫn này rồi thoát." in output
    assert all(len(line) <= 100 for line in output.splitlines())


def test_the_help_words_around_the_options_are_vietnamese() -> None:
    _, output = _help(("status",))
    assert "[bắt buộc]" in output and "Tham số" in output
    assert "[mặc định: table]" in output
    _, output = _help(("directives",))
    assert "[biến môi trường: CHIDAO_DB]" in output
    # The choices with the labels the rest of the app reads them by.
    text = " ".join(output.replace("│", " ").split())
    assert "open (chưa thực hiện)" in text and "overdue (quá hạn)" in text
    assert "Sổ theo dõi chỉ đạo" in text


def test_each_command_is_one_line_in_the_list() -> None:
    code, output = _help(())
    assert code == 0
    rows = [line for line in output.splitlines() if re.match(r"│ [a-z]", line)]
    listed = [row.split()[1] for row in rows if not row.startswith("│ --")]
    assert listed == [name for name in SHORT_HELP if " " not in name]
    code, output = _help(("user",))
    assert "Tạo tài khoản." in output and code == 0


def test_an_option_name_and_a_command_name_are_unchanged() -> None:
    _, output = _help(("directives",))
    for name in ("--locality", "--person", "--topic", "--status", "--from", "--to", "--format", "--output",
                 "--limit", "--decimal-comma", "--db"):
        assert name in output
