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

gold_app = typer.Typer(help="Dữ liệu chuẩn (gold) lấy từ kho (docs/GOLD.md).", no_args_is_help=True)


@gold_app.command("export")
def export(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="Thư mục để ghi các tệp gold.")],
    all_documents: Annotated[bool, typer.Option(
        "--all", help="Mọi báo cáo trong kho, không chỉ những báo cáo đã được sửa.")] = False,
    documents: Annotated[list[str] | None, typer.Option(
        "--document", "-d", metavar="DOC", help="Chỉ báo cáo này (mã hoặc vài ký tự đầu; ghi nhiều lần "
        "được).")] = None,
    db: DbOption = None,
) -> None:
    """Ghi các báo cáo người dùng đã sửa (hoặc --all, hoặc --document) thành tệp gold: các mục máy
    đọc cùng những lần sửa đang có hiệu lực (bỏ mục bị loại, trường đã sửa, mục người thêm), chỉ
    gồm vị trí và giá trị. Chấm điểm bộ trích xuất theo chúng bằng `chidao eval DIR --db STORE`."""
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
