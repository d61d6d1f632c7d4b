"""The README stays in step with the command: every command is documented, and CI
runs the README's own test command."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT
from typer.main import get_command

from chidao.cli import app


def test_every_chidao_command_is_in_the_readme_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = set(get_command(app).commands)  # type: ignore[attr-defined]
    assert commands >= {"extract", "ingest", "search", "status", "eval"}
    missing = [name for name in sorted(commands) if not _documented(name, readme)]
    assert missing == []
    assert not _documented("frobnicate", readme)


def _documented(name: str, readme: str) -> bool:
    return re.search(rf"`chidao (?:[^`]*\b)?{name}\b|/ `{name}`", readme) is not None


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.+?)\n```", readme)
    assert len(blocks) >= 2
    assert blocks[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_help_shows_no_type_a_reader_cannot_use() -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    commands = get_command(app).commands  # type: ignore[attr-defined]
    # Every command, and every command of a group ("document delete", "corrections undo").
    names = [[], *([name] for name in commands),
             *([name, sub] for name, command in commands.items() for sub in getattr(command, "commands", ()))]
    assert ["document", "delete"] in names
    for name in names:
        result = runner.invoke(app, [*name, "--help"], terminal_width=120)
        assert result.exit_code == 0, name
        assert "<bool>" not in result.stdout and "list[" not in result.stdout, (name, result.stdout)


def test_commands_are_listed_in_the_order_of_the_work() -> None:
    from typer.testing import CliRunner

    listed = CliRunner().invoke(app, ["--help"], terminal_width=120).stdout
    order = ["ingest", "extract", "search", "directives", "targets", "commitments", "indicators", "status",
             "reject", "correct", "add-item", "document", "corrections", "person", "locality", "recurring",
             "report", "gold", "eval", "reextract"]
    positions = [listed.index(f"│ {name} ") for name in order]
    assert positions == sorted(positions), listed


def test_no_file_holds_a_merge_s_conflict_markers() -> None:
    # probe/README.md once kept both sides of a merge, markers and all, for a round.
    import os

    suffixes = (".md", ".py", ".tsv", ".txt", ".toml", ".json", ".html", ".css", ".js", ".yml")
    found = []
    for folder, folders, files in os.walk(ROOT):
        folders[:] = [name for name in folders if not name.startswith(".") and name not in (
            "node_modules", "__pycache__", "build", "dist")]
        for name in files:
            if not name.endswith(suffixes):
                continue
            path = Path(folder) / name
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            if any(line.startswith("<<<<<<< ") for line in lines) and any(
                    line.startswith(">>>>>>> ") for line in lines):
                found.append(str(path.relative_to(ROOT)))
    assert found == []
