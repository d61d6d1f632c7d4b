"""`chidao extract`: print the chidao/extract@1 JSON of each input document."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.progress import Progress

from chidao.errors import InputError, failure_reason
from chidao.extract.pipeline import extract_document
from chidao.ingest.reader import expand_paths, read_source

PROGRESS_MIN_FILES = 20


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATHS",
        help="Tệp báo cáo, thư mục hoặc mẫu tên tệp (glob); '-' đọc từ đầu vào chuẩn (stdin).")],
    format: Annotated[ExtractFormat, typer.Option(
        "--format", "-f", help="jsonl: mỗi dòng một đối tượng; json: một mảng JSON có thụt lề.")]
        = ExtractFormat.jsonl,
) -> None:
    """Trích xuất sự kiện, người, địa phương, văn bản pháp lý, chỉ đạo, chỉ tiêu, cam kết và số
    liệu từ mỗi báo cáo, kèm đúng nguyên lời trong báo cáo."""
    failures: list[InputError] = []

    def report(exc: InputError) -> None:
        failures.append(exc)
        print(f"chidao: {exc}", file=sys.stderr)

    def warn(exc: InputError) -> None:
        print(f"chidao: {exc}", file=sys.stderr)  # the report is still read

    as_array = format is ExtractFormat.json
    written = 0

    def write(data: dict) -> None:
        # jsonl: one object a line; json: the objects as one array, written as they come.
        nonlocal written
        if as_array:
            text = json.dumps(data, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            sys.stdout.write(("[\n  " if not written else ",\n  ") + text)
        else:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        written += 1

    sources = expand_paths(paths)
    show_progress = sys.stderr.isatty() and len(sources) >= PROGRESS_MIN_FILES
    with Progress(transient=True, disable=not show_progress) as progress:
        task = progress.add_task("Trích xuất", total=len(sources))
        for source in sources:
            try:
                for document in read_source(source, on_error=report, on_warning=warn):
                    try:
                        data = extract_document(document).to_dict()
                    except Exception as exc:  # noqa: BLE001 - one bad report must not stop the batch
                        report(InputError(document.source, failure_reason(exc)))
                        continue
                    write(data)
            except InputError as exc:
                report(exc)
            except Exception as exc:  # noqa: BLE001 - a reader bug still names the file, no traceback
                report(InputError(source, failure_reason(exc)))
            progress.advance(task)
    if as_array:
        sys.stdout.write("\n]\n" if written else "[]\n")
    if failures:
        raise typer.Exit(1)

