"""`chidao extract`: print the chidao/extract@1 JSON of each input document."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from chidao.errors import InputError
from chidao.extract.pipeline import extract_document
from chidao.ingest.reader import read_source


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"


def extract(
    paths: Annotated[list[str], typer.Argument(help="Report files; '-' reads standard input.")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="jsonl: one object per line; json: pretty.")] = ExtractFormat.jsonl,
) -> None:
    """Extract events, people, places, legal references, directives, targets,
    commitments and indicators from each report, with the exact words they came from."""
    failed = False
    out = sys.stdout
    for source in paths:
        try:
            for document in read_source(source):
                data = extract_document(document).to_dict()
                if format is ExtractFormat.json:
                    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
                else:
                    out.write(json.dumps(data, ensure_ascii=False) + "\n")
        except InputError as exc:
            failed = True
            print(f"chidao: {exc}", file=sys.stderr)
    if failed:
        raise typer.Exit(1)
