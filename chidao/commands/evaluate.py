"""`chidao eval`: score the extractor against gold annotations (docs/GOLD.md)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from chidao.errors import InputError
from chidao.evaluate.gold import GoldDocument, GoldError, load_gold_dir, text_problems
from chidao.evaluate.scoring import Counts, Scores, score_document, total
from chidao.extract.pipeline import extract_document
from chidao.ingest.reader import expand_paths, read_source
from chidao.model import ITEM_KINDS, Document
from chidao.store.queries import get_document, open_session

DEFAULT_DOCS = Path("..") / "shared" / "corpus" / "seeds"
SNIPPET = 160


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def evaluate(
    gold_dir: Annotated[Path, typer.Argument(metavar="GOLD_DIR", help="Thư mục tệp gold (*.json), hoặc "
        "một tệp gold.")],
    docs: Annotated[Path, typer.Option(
        "--docs", "-d", help="Thư mục chứa các báo cáo đã gán nhãn, tìm theo tên tệp hoặc mã báo cáo.")]
        = DEFAULT_DOCS,
    format: Annotated[EvalFormat, typer.Option(
        "--format", "-f", help="table: bảng điểm và danh sách lỗi; json: như vậy, cho máy đọc.")]
        = EvalFormat.table,
    db: Annotated[str | None, typer.Option(
        "--db", help="Đọc báo cáo từ kho này theo mã báo cáo (tệp gold do "
        "`chidao gold export` ghi), thay cho --docs.")] = None,
) -> None:
    """Chấm điểm trích xuất theo dữ liệu chuẩn (gold): độ chính xác, độ phủ và F1 theo loại mục
    và theo trường, rồi từng mục bỏ sót, mục thừa và giá trị sai kèm lời của nó."""
    try:
        golds = load_gold_dir(gold_dir)
    except GoldError as exc:
        print(f"chidao: {exc}", file=sys.stderr)
        raise typer.Exit(1) from None
    failures = 0
    per_doc: list[Scores] = []
    finder: _DocumentFinder | _StoreFinder = _StoreFinder(db) if db else _DocumentFinder(docs)
    for gold in golds:
        try:
            document = finder.find(gold)
            problems = text_problems(gold, document.text)
            if problems:
                raise GoldError(f"{gold.path}: {problems[0]}")
            per_doc.append(score_document(gold, extract_document(document)))
        except (GoldError, InputError) as exc:
            failures += 1
            print(f"chidao: {exc}", file=sys.stderr)
    scores = total(per_doc)
    if not per_doc:
        # No report to score: no table of perfect scores over nothing.
        print(f"chidao: không chấm được văn bản nào (no document scored): no report of the gold in "
              f"{gold_dir} was found in {docs}", file=sys.stderr)
        raise typer.Exit(1)
    if format is EvalFormat.json:
        sys.stdout.write(json.dumps(scores.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        print_scores(scores, Console(highlight=False, soft_wrap=True))
    if failures:
        raise typer.Exit(1)


class _DocumentFinder:
    """Finds a gold file's report in the docs folder: by source file name, else by document id."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._by_id: dict[str, Document] | None = None

    def find(self, gold: GoldDocument) -> Document:
        named = self.folder / Path(gold.source).name if gold.source else None
        if named is not None and named.is_file():
            for document in read_source(str(named)):
                if gold.id is None or document.id == gold.id:
                    return document
        if gold.id and gold.id in self._index():
            return self._index()[gold.id]
        if named is not None and named.is_file():
            raise GoldError(f"{gold.path}: {named} has changed since it was annotated (document id differs)")
        raise GoldError(f"{gold.path}: report {gold.source or gold.id} not found in {self.folder}")

    def _index(self) -> dict[str, Document]:
        if self._by_id is None:
            self._by_id = {}
            if self.folder.is_dir():
                for source in expand_paths([str(self.folder)]):
                    try:
                        for document in read_source(source):
                            self._by_id[document.id] = document
                    except InputError:
                        continue  # an unreadable neighbour is not the report we look for
        return self._by_id


class _StoreFinder:
    """Finds a gold file's report in a chidao store by its document id."""

    def __init__(self, db: str) -> None:
        self.db = db
        with open_session(db):  # no store there: one line now, not one per gold file
            pass

    def find(self, gold: GoldDocument) -> Document:
        with open_session(self.db) as session:
            found = get_document(session, gold.id) if gold.id else None
        if found is None:
            raise GoldError(f"{gold.path}: report {gold.id or gold.source} not found in the store {self.db}")
        return Document(id=found["id"], source=found["source"] or "", title=found["title"],
                        date=found["date"], text=found["text"])


def _row(table: Table, label: str, counts: Counts, style: str = "") -> None:
    """One line of scores; "–" where there is nothing to measure (no gold item of the kind, or
    nothing extracted), not a perfect 1.000."""
    found, expected = counts.defined()
    scores = (counts.precision if found else None, counts.recall if expected else None,
              counts.f1 if found and expected else None)
    table.add_row(label, *("–" if score is None else f"{score:.3f}" for score in scores),
                  str(counts.tp), str(counts.fp), str(counts.fn), style=style)


def _table(title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for name in ("P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(name, justify="right")
    return table


def print_scores(scores: Scores, console: Console) -> None:
    """The kind table, the field table, then each miss, false hit and wrong value."""
    kinds = _table(f"Theo loại — {scores.documents} văn bản (per kind)")
    for kind in ITEM_KINDS:
        _row(kinds, kind, scores.kinds[kind])
    _row(kinds, "tổng (overall)", scores.overall, style="bold")
    console.print(kinds)
    fields = _table("Theo trường, trên các cặp đã khớp (per field, matched pairs)")
    for (kind, name), counts in scores.fields.items():
        if counts.tp + counts.fp + counts.fn:
            _row(fields, f"{kind}.{name}", counts)
    console.print(fields)
    labels = {"miss": "BỎ SÓT (miss)", "false_hit": "NHẬN NHẦM (false hit)",
              "field": "SAI GIÁ TRỊ (wrong value)"}
    for problem in ("miss", "false_hit", "field"):
        found = [p for p in scores.problems if p.problem == problem]
        if not found:
            continue
        console.print(f"\n[bold]{labels[problem]}: {len(found)}[/bold]")
        for p in found:
            words = p.text if len(p.text) <= SNIPPET else p.text[:SNIPPET] + "…"
            where = f"{p.source} {p.span[0]}:{p.span[1]}"
            if problem == "field":
                detail = f"{p.kind}.{p.field}: gold={p.gold!r} extracted={p.extracted!r}"
            else:
                values = p.gold if problem == "miss" else p.extracted
                detail = f"{p.kind} {json.dumps(values, ensure_ascii=False)}"
            console.print(f"- {escape(detail)}\n  [dim]{escape(where)}[/dim] {escape(repr(words))}")
