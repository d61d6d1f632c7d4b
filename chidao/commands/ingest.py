"""`chidao ingest` and `chidao reextract`: fill the store and refresh it after the extractor improves."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer._click.exceptions import UsageError

from chidao.commands.store_options import DbOption, fail
from chidao.errors import InputError, StoreError, failure_reason
from chidao.ingest.reader import expand_paths, read_source
from chidao.ingest.records import ExtractRecord, RecordSource, open_records, records
from chidao.model import Document as SourceDocument
from chidao.store.engine import database_url, open_engine, server_here
from chidao.store.ingest import REPORTS_PER_TRANSACTION, ingest_documents, ingest_records
from chidao.store.lookup import IdLookupError, resolve_document_id
from chidao.store.parallel import TIME_LIMIT, Preparer, default_jobs, default_record_jobs
from chidao.store.reextract import ReextractOutcome, reextract_document
from chidao.store.schema import Document
from chidao.text.numbers import format_number


def _progress(label: str) -> Progress:
    """Files done of all, and the reports stored so far (a single .jsonl archive can hold
    thousands); shown on a terminal only."""
    console = Console(stderr=True)
    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[done]}"),
                    TimeRemainingColumn(), console=console, transient=True, disable=not console.is_terminal)


def ingest(
    paths: Annotated[list[str] | None, typer.Argument(metavar="PATHS",
        help="Tệp báo cáo (.txt, .html, .docx, .jsonl), thư mục hoặc mẫu tên tệp (glob).")] = None,
    db: DbOption = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Số tiến trình trích xuất song song (mặc định: mỗi CPU một "
        "tiến trình); với --parquet, số tiến trình dựng dòng dữ liệu từ bản ghi (mặc định: 2 nếu đủ "
        "CPU, xem docs/ARCHIVE_SCALE.md; 1: chỉ tiến trình này).")] = None,
    time_limit: Annotated[float, typer.Option(
        "--time-limit", min=1, help="Số giây tối đa để trích xuất một báo cáo; báo cáo "
        "quá thời gian được nêu tên và bỏ qua, các báo cáo khác vẫn tiếp tục.")] = TIME_LIMIT,
    parquet: Annotated[list[str] | None, typer.Option(
        "--parquet", help="Bản ghi do `chidao spark-extract` tạo (thư mục kết quả của lệnh, hoặc "
                          "một tệp Parquet): lưu nguyên như vậy, không trích xuất lại. Ghi nhiều lần "
                          "được.")] = None,
) -> None:
    """Trích xuất từng báo cáo và lưu vào kho cùng các mục của nó, mỗi báo cáo một giao dịch; cùng
    một văn bản nạp hai lần là một báo cáo, báo cáo của nhiều báo về cùng một sự kiện thành một
    nhóm. Với `--parquet`, lưu theo cách đó các bản ghi `chidao spark-extract` đã tạo. Ctrl-C
    dừng lệnh: không báo cáo nào bị ghi dở (với `--parquet`, các báo cáo đang ghi được ghi xong
    và đếm trước), những gì đã lưu vẫn còn."""
    counts = {"read": 0, "new": 0, "duplicate": 0, "failed": 0}

    def report(exc: InputError) -> None:
        counts["failed"] += 1
        print(f"chidao: {exc}", file=sys.stderr)

    if not paths and not parquet:
        # A mistake in the command line like a missing argument: said by `usage_errors`.
        raise UsageError("thiếu báo cáo để nạp: nêu tệp, thư mục hoặc mẫu tên (glob), hoặc --parquet RECORDS")
    try:
        with _ctrl_c() as ctrl_c:
            if parquet:
                _ingest_parquet(parquet, db, jobs, counts, report, ctrl_c)
            if paths:
                _ingest_paths(paths, db, jobs, time_limit, counts, report, ctrl_c.check)
    except KeyboardInterrupt:
        print(summary_line(counts))
        print("chidao: dừng theo yêu cầu (Ctrl-C); các văn bản đã lưu vẫn giữ nguyên", file=sys.stderr)
        raise typer.Exit(130) from None
    except StoreError as exc:
        if counts["read"]:
            print(summary_line(counts))
        fail(str(exc))
    print(summary_line(counts))
    if counts["failed"]:
        raise typer.Exit(1)


class _CtrlC:
    """Ctrl-C during an ingest: KeyboardInterrupt at once, as Python raises it, and again at the
    next `check` if the first was lost (raised inside a garbage-collector callback, Python only
    prints it and goes on). While `deferred`, only at the next `check`: `ingest --parquet`
    checks before each record it reads, so the reports being written then are committed and
    counted before it stops."""

    def __init__(self) -> None:
        self.seen = threading.Event()
        self.deferred = False

    def interrupted(self, _signum: int, _frame: object) -> None:
        self.seen.set()
        if not self.deferred:
            raise KeyboardInterrupt

    def check(self) -> None:
        if self.seen.is_set():
            raise KeyboardInterrupt


@contextmanager
def _ctrl_c() -> Iterator[_CtrlC]:
    """A `_CtrlC` handling SIGINT while the block runs (in the main thread; elsewhere Python's
    own handling stays). A KeyboardInterrupt lost in a garbage-collector callback is not printed
    as an "Exception ignored" traceback: `check` raises it again."""
    ctrl_c = _CtrlC()
    try:
        previous = signal.signal(signal.SIGINT, ctrl_c.interrupted)
    except ValueError:  # not the main thread
        yield ctrl_c
        return
    unraisable = sys.unraisablehook

    def quiet(lost: Any) -> None:
        if not (isinstance(lost.exc_value, KeyboardInterrupt) and ctrl_c.seen.is_set()):
            unraisable(lost)

    sys.unraisablehook = quiet
    try:
        yield ctrl_c
    finally:
        sys.unraisablehook = unraisable
        signal.signal(signal.SIGINT, previous)


def _ingest_paths(paths: list[str], db: str | None, jobs: int | None, time_limit: float,
                  counts: dict[str, int], report: Callable[[InputError], None],
                  stopped: Callable[[], None]) -> None:
    """Read, extract and store report files (the counts and failures go to the caller's)."""
    def warn(exc: InputError) -> None:
        print(f"chidao: {exc}", file=sys.stderr)  # the report is still stored

    sources = expand_paths(paths)

    def documents(progress: Progress, task: TaskID) -> Iterator[SourceDocument]:
        for source in sources:
            try:
                for document in read_source(source, on_error=report, on_warning=warn):
                    counts["read"] += 1
                    yield document
            except InputError as exc:
                report(exc)
            except Exception as exc:  # noqa: BLE001 - a reader bug still names the file
                report(InputError(source, failure_reason(exc)))
            progress.advance(task)

    # Workers start before the progress bar's thread: they are forked from this process.
    with Preparer(jobs or default_jobs(), time_limit=time_limit) as preparer:
        engine = open_engine(db)
        with _progress("Nhập") as progress:
            task = progress.add_task("ingest", total=len(sources), done="")
            for outcome in ingest_documents(engine, documents(progress, task), preparer):
                if outcome.error is not None:
                    report(InputError(outcome.document.source, failure_reason(outcome.error)))
                else:
                    counts[outcome.outcome] += 1
                progress.update(task, done=f"{format_number(counts['new'] + counts['duplicate'])} văn bản")
                stopped()  # after the report stored is counted


def _ingest_parquet(inputs: list[str], db: str | None, jobs: int | None, counts: dict[str, int],
                    report: Callable[[InputError], None], ctrl_c: _CtrlC) -> None:
    """Store spark-extract's records: every input is checked before any is stored, and one
    refused (another schema version, not finished) is one line while the others go on. Their
    rows are made by `jobs` worker processes while this one reads and writes (`default_record_jobs`
    when not given; in this process for fewer records than one transaction holds)."""
    sources: list[RecordSource] = []
    for path in inputs:
        try:
            sources.append(open_records(path))
        except InputError as exc:
            report(exc)
    if not sources:
        return
    total = sum(source.rows for source in sources)
    if total <= REPORTS_PER_TRANSACTION:
        jobs = 1  # workers would cost more to start than they save
    jobs = jobs or default_record_jobs(server_here(database_url(db)))
    # Workers start before the progress bar's thread and the writer's: they are forked from this process.
    with Preparer(jobs, time_limit=None) as preparer, _progress("Nhập") as progress:
        engine = open_engine(db)
        task = progress.add_task("ingest", total=total, done="")

        def read() -> Iterator[ExtractRecord]:
            for source in sources:
                for batch in records(source, on_error=report):
                    stored = [item for item in batch if item is not None]
                    progress.update(task, advance=len(batch) - len(stored))  # rows not extracted
                    for item in stored:
                        ctrl_c.check()  # Ctrl-C: no more read; those being written are told
                        counts["read"] += 1
                        yield item

        ctrl_c.deferred = True
        try:
            for outcome in ingest_records(engine, read(), preparer):
                if outcome.error is not None:
                    report(InputError(outcome.document.source, failure_reason(outcome.error)))
                else:
                    counts[outcome.outcome] += 1
                stored = counts["new"] + counts["duplicate"]
                progress.update(task, advance=1, done=f"{format_number(stored)} văn bản")
        finally:
            ctrl_c.deferred = False


def summary_line(counts: dict[str, int]) -> str:
    """"Đọc 3.000, mới 2.998, trùng 2, lỗi 0": numbers as written in Vietnamese."""
    return ", ".join(f"{label} {format_number(counts[key])}" for key, label in
                     (("read", "Đọc"), ("new", "mới"), ("duplicate", "trùng"), ("failed", "lỗi")))


def reextract(
    document_ids: Annotated[list[str] | None, typer.Argument(metavar="DOC",
        help="Báo cáo cần trích xuất lại (mã hoặc vài ký tự đầu); không nêu thì tất cả.")] = None,
    db: DbOption = None,
) -> None:
    """Trích xuất lại các báo cáo trong kho bằng bộ trích xuất hiện tại: trường do máy đọc được
    thay mới, những gì người dùng đã nhập (trạng thái, đơn vị phụ trách, hạn, ghi chú, lịch sử)
    được giữ nguyên."""
    engine = open_engine(db, create=False)
    with Session(engine) as session:
        if document_ids:
            try:
                ids = list(dict.fromkeys(resolve_document_id(session, ref) for ref in document_ids))
            except IdLookupError as exc:
                fail(str(exc))
        else:
            ids = list(session.scalars(select(Document.id).order_by(Document.seq)))
    total = ReextractOutcome()
    failed = 0
    with _progress("Trích xuất lại") as progress:
        task = progress.add_task("reextract", total=len(ids), done="")
        for doc_id in ids:
            try:
                with Session(engine) as session, session.begin():
                    total.add(reextract_document(session, doc_id))
            except Exception as exc:  # noqa: BLE001 - the document stays as it was
                failed += 1
                print(f"chidao: {doc_id}: {failure_reason(exc)}", file=sys.stderr)
            progress.advance(task)
    print(f"Trích xuất lại {format_number(total.documents)} tài liệu: giữ {format_number(total.kept)}, "
          f"thêm {format_number(total.added)}, mồ côi {format_number(total.orphaned)}, "
          f"bỏ {format_number(total.removed)}")
    if failed:
        raise typer.Exit(1)
