"""`chidao gold export DIR`: the office's corrections as gold files for `chidao eval`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from chidao.commands.store_options import DbOption, fail
from chidao.evaluate.gold import dump_gold
from chidao.store.lookup import IdLookupError, resolve_document_id
from chidao.store.queries import open_session
from chidao.track.gold_export import all_document_ids, corrected_document_ids, gold_document, gold_file_names

gold_app = typer.Typer(help="Gold annotations from the store (docs/GOLD.md).", no_args_is_help=True)


@gold_app.command("export")
def export(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="Folder to write the gold files into.")],
    all_documents: Annotated[bool, typer.Option(
        "--all", help="Every stored report, not only those with corrections.")] = False,
    documents: Annotated[list[str] | None, typer.Option(
        "--document", "-d", metavar="DOC", help="Only this report (id or prefix; repeatable).")] = None,
    db: DbOption = None,
) -> None:
    """Write the reports people corrected (or --all, or --document) as gold files: the machine's
    items with the corrections in force (rejected items out, corrected fields, added items),
    offsets and values only. Score an extractor against them with `chidao eval DIR --db STORE`."""
    with open_session(db) as session:
        try:
            if documents:
                ids = list(dict.fromkeys(resolve_document_id(session, ref) for ref in documents))
            else:
                ids = all_document_ids(session) if all_documents else corrected_document_ids(session)
        except IdLookupError as exc:
            fail(str(exc))
        if not ids:
            fail("chưa có văn bản nào được sửa; dùng --all để xuất mọi văn bản")
        by_id = {doc_id: gold_document(session, doc_id) for doc_id in ids}
    names = gold_file_names([(doc_id, gold["document"]["source"]) for doc_id, gold in by_id.items()])
    golds = [(names[doc_id], gold) for doc_id, gold in by_id.items()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, gold in golds:
            _write(folder / name, dump_gold(gold))
    except OSError as exc:
        fail(f"{folder}: không ghi được ({exc.strerror or exc})")
    console = Console(highlight=False)
    for name, gold in golds:
        count = sum(len(gold[kind]) for kind in gold if kind != "document")
        console.print(f"{folder / name}: {count} mục", markup=False)
    console.print(f"Đã ghi {len(golds)} tệp gold vào {folder}. Chấm điểm: chidao eval {folder} --db …",
                  markup=False)


def _write(path: Path, text: str) -> None:
    """Write through a temporary file renamed into place: no half-written gold file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
