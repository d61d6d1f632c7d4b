"""The `chidao` command."""

from __future__ import annotations

import typer

from chidao.commands.extract import extract
from chidao.commands.follow import locality, person, recurring
from chidao.commands.report import report

app = typer.Typer(
    name="chidao",
    help="Theo dõi chỉ đạo: extract and track directives, targets and commitments "
    "from Vietnamese security-and-order reports.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",  # docstrings wrap as paragraphs, not at their line breaks
)

@app.callback()
def _root() -> None:
    """Theo dõi chỉ đạo: extract and track directives, targets and commitments."""


app.command()(extract)
app.command()(person)
app.command()(locality)
app.command()(recurring)
app.command()(report)


def main() -> None:
    app()
