"""The `chidao` command."""

from __future__ import annotations

import typer

from chidao.commands.evaluate import evaluate
from chidao.commands.extract import extract
from chidao.commands.follow import locality, person, recurring
from chidao.commands.ingest import ingest, reextract
from chidao.commands.register import commitments, directives, indicators, targets
from chidao.commands.report import report
from chidao.commands.search import search
from chidao.commands.status import status

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
app.command("eval")(evaluate)
app.command()(ingest)
app.command()(reextract)
app.command()(search)
app.command()(directives)
app.command()(targets)
app.command()(commitments)
app.command()(indicators)
app.command()(status)


def main() -> None:
    app()
