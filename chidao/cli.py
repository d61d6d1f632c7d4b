"""The `chidao` command."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import typer

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
from chidao.commands.status import status
from chidao.commands.store_options import fail
from chidao.commands.user import user_app
from chidao.errors import StoreError

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


def _store_errors_in_one_line(command: Callable[..., Any]) -> Callable[..., Any]:
    """`chidao: STORE: reason` and exit 1 when the store can't be opened, not a traceback."""
    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except StoreError as exc:
            fail(str(exc))
    return run


for name, command in (("extract", extract), ("person", person), ("locality", locality),
                      ("recurring", recurring), ("report", report), ("eval", evaluate),
                      ("ingest", ingest), ("reextract", reextract), ("search", search),
                      ("directives", directives), ("targets", targets), ("commitments", commitments),
                      ("indicators", indicators), ("status", status), ("reject", reject),
                      ("correct", correct), ("add-item", add_item_command), ("serve", serve)):
    app.command(name)(_store_errors_in_one_line(command))

for name, group in (("document", document_app), ("corrections", corrections_app), ("gold", gold_app),
                    ("user", user_app)):
    for info in group.registered_commands:
        info.callback = _store_errors_in_one_line(info.callback)
    app.add_typer(group, name=name)


def main() -> None:
    app()
