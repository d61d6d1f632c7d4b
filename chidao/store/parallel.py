"""Prepare documents for the store in worker processes, in input order, none stalling the batch.

Extraction is pure CPU work and the store takes one writer, so `Preparer(jobs)`
runs `chidao.store.rows.prepare` in `jobs` processes while the caller writes:

    with Preparer(jobs, time_limit=300) as preparer:
        for document, prepared in preparer.map(documents):
            ...  # prepared: a PreparedDocument, or the exception preparing raised

Records extracted earlier (`chidao.ingest.records.ExtractRecord`, `chidao ingest --parquet`)
are prepared the same way without extracting again (`chidao.store.rows.prepare_record`: their
item rows, search text and folded body are still this side's CPU work).

`map` passes through anything that is neither a document nor a record (paired with None), keeps
input order, and keeps a few chunks per worker in flight, so a large archive streams
through in bounded memory. One report never stalls a batch: a report still being
extracted after `time_limit` seconds comes back as `ReportTimeout` (its worker is
killed and replaced), and a worker that dies (the OOM killer, a signal) gives
`WorkerDied` for the report it held while the rest of its chunk goes to a new worker.
Workers ignore Ctrl-C (the caller stops them on leaving the `with`) and die with the
process that started them. Open the preparer before starting threads (a progress bar):
on Linux the workers are forked, with the extractor's tables already loaded when the
parent has them. With one job, reports are prepared in this process, the time limit
kept by an interval timer when this is the main thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Any

from chidao.errors import ReportError
from chidao.ingest.records import ExtractRecord
from chidao.model import Document as SourceDocument
from chidao.store.rows import PreparedDocument, prepare, prepare_record

CHUNK = 8  # documents per task: enough to amortise the pickling round trip
IN_FLIGHT_PER_JOB = 3  # chunks read ahead per worker
TIME_LIMIT = 300.0  # seconds one report may take to extract (real reports take well under 5)
RECORD_JOBS = 2  # processes making records' rows by default, where the cores allow (default_record_jobs)

Prepared = PreparedDocument | BaseException
Work = SourceDocument | ExtractRecord  # what `Preparer.map` prepares; anything else passes through
_WORK = (SourceDocument, ExtractRecord)


class PreparationError(ReportError):
    """A report that could not be prepared for a reason of its own, said in one line."""


class ReportTimeout(PreparationError):
    """Extracting the report took longer than the time limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"dừng trích xuất sau {seconds:g} s (giới hạn thời gian mỗi báo cáo, "
                         "--time-limit)")


class WorkerDied(PreparationError):
    """The worker process extracting the report ended (killed, or out of memory)."""

    def __init__(self, exitcode: int | None) -> None:
        how = f"bị dừng bởi tín hiệu {-exitcode}" if exitcode is not None and exitcode < 0 else \
            f"mã thoát {exitcode}"
        super().__init__(f"tiến trình trích xuất đã kết thúc ({how}; hết bộ nhớ?)")


def default_jobs() -> int:
    """Worker processes when the user does not say: the CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_record_jobs(server_here: bool) -> int:
    """Worker processes making records' rows when the user does not say. A record's rows take
    about 0.8 ms of CPU and its writing about 1 ms of this process's, so two workers keep the
    writer busy where they have cores: SQLite writes in this process (on 2 CPUs, 783 reports a
    second with two workers against 587 without, bench/ingest_parquet.py), but a database server
    on this machine (`server_here`) takes about 1.3 ms a report of its own, and with it the
    workers pay only from 4 CPUs (on 2, 421 against 444); otherwise the rows are made here."""
    needed = RECORD_JOBS + (2 if server_here else 0)
    return RECORD_JOBS if default_jobs() >= needed else 1


def prepare_or_error(work: Work) -> Prepared:
    """`prepare(document)`, or a record's `prepare_record`; or the exception it raised (the
    batch goes on)."""
    try:
        if isinstance(work, ExtractRecord):
            return prepare_record(work.document, work.record, work.minhash, work.bands)
        return prepare(work)
    except Exception as exc:  # noqa: BLE001 - reported per document by the caller
        return exc


def _portable(exc: BaseException) -> BaseException:
    """`exc` if it survives pickling (to cross back from a worker), else a RuntimeError naming it."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any unpicklable exception
        return RuntimeError(f"{exc.__class__.__name__}: {exc}")


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (a killed `chidao ingest`)."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _work(connection: Connection, inherited: list[Connection]) -> None:
    """A worker: prepare each chunk it is sent, answering one result per document."""
    for other in inherited:
        other.close()  # so that the parent's death closes our pipe
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to act on
    while True:
        try:
            documents = connection.recv()
        except (EOFError, OSError):
            return
        for document in documents:
            result = prepare_or_error(document)
            try:
                connection.send(_portable(result) if isinstance(result, BaseException) else result)
            except (BrokenPipeError, OSError):
                return


@dataclass(slots=True)
class _Task:
    entries: list[tuple[int, Work]]  # (position in the stream, document or record)
    done: int = 0


@dataclass(slots=True)
class _Worker:
    process: Any
    connection: Connection
    task: _Task | None = None
    started: float = 0.0  # when its current document was handed over or the previous one came back


class Preparer:
    """`prepare` over a stream of documents or records, in-process (jobs <= 1) or in worker
    processes."""

    def __init__(self, jobs: int = 1, time_limit: float | None = TIME_LIMIT) -> None:
        self.jobs = max(1, jobs)
        self.time_limit = time_limit
        self._workers: list[_Worker] = []
        self._context: Any = None

    def __enter__(self) -> Preparer:
        if self.jobs > 1:
            self._context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
            for _ in range(self.jobs):
                self._workers.append(self._start())
        return self

    def __exit__(self, *exc_info: object) -> None:
        for worker in self._workers:
            self._stop(worker)
        self._workers = []

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        inherited = [worker.connection for worker in self._workers] + [parent]
        process = self._context.Process(target=_work, args=(child, inherited), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def _stop(self, worker: _Worker) -> None:
        worker.connection.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Prepared | None]]:
        """(item, prepared or error) for each document or record, (item, None) for anything else,
        in order."""
        if not self._workers:
            for item in items:
                yield item, self._prepare_here(item) if isinstance(item, _WORK) else None
            return
        yield from _Scheduler(self, iter(items)).run()

    def _prepare_here(self, work: Work) -> Prepared:
        if not self.time_limit or threading.current_thread() is not threading.main_thread():
            return prepare_or_error(work)

        def expired(_signum: int, _frame: object) -> None:
            raise ReportTimeout(self.time_limit or 0)

        previous = signal.signal(signal.SIGALRM, expired)
        signal.setitimer(signal.ITIMER_REAL, self.time_limit)
        try:
            return prepare_or_error(work)
        except ReportTimeout as exc:  # raised between two steps of prepare_or_error
            return exc
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


class _Scheduler:
    """One `Preparer.map` over worker processes: hands out chunks, collects answers in order,
    replaces a worker that died or ran past the time limit."""

    def __init__(self, preparer: Preparer, stream: Iterator[Any]) -> None:
        self.preparer = preparer
        self.stream = stream
        self.exhausted = False
        self.read = 0  # items taken from the stream
        self.results: dict[int, tuple[Any, Prepared | None]] = {}
        self.items: dict[int, Any] = {}
        self.waiting: deque[_Task] = deque()

    def run(self) -> Iterator[tuple[Any, Prepared | None]]:
        emitted = 0
        while True:
            self._read_ahead(emitted)
            self._hand_out()
            while emitted in self.results:
                yield self.results.pop(emitted)
                emitted += 1
            busy = [worker for worker in self.preparer._workers if worker.task is not None]
            if not busy and not self.waiting:
                if self.exhausted and emitted == self.read:
                    return
                continue
            self._collect(busy)

    def _read_ahead(self, emitted: int) -> None:
        limit = self.preparer.jobs * IN_FLIGHT_PER_JOB * CHUNK
        while not self.exhausted and self.read - emitted < limit:
            chunk = list(islice(self.stream, CHUNK))
            if not chunk:
                self.exhausted = True
                break
            entries = []
            for item in chunk:
                if isinstance(item, _WORK):
                    entries.append((self.read, item))
                    self.items[self.read] = item
                else:
                    self.results[self.read] = (item, None)
                self.read += 1
            if entries:
                self.waiting.append(_Task(entries))

    def _hand_out(self) -> None:
        for worker in list(self.preparer._workers):
            if worker.task is None and self.waiting:
                task = self.waiting.popleft()
                try:
                    worker.connection.send([document for _, document in task.entries])
                except OSError:  # it died while idle: a new one takes the chunk next time round
                    self.waiting.appendleft(task)
                    self._renew(worker)
                    continue
                worker.task, worker.started = task, time.monotonic()

    def _collect(self, busy: list[_Worker]) -> None:
        limit = self.preparer.time_limit
        timeout = None
        if limit:
            timeout = max(0.0, min(worker.started for worker in busy) + limit - time.monotonic())
        by_handle: dict[Any, _Worker] = {}
        for worker in busy:
            by_handle[worker.connection] = worker
            by_handle[worker.process.sentinel] = worker
        for handle in wait(list(by_handle), timeout=timeout):
            worker = by_handle[handle]
            if worker.task is None:
                continue
            try:
                while worker.task is not None and worker.connection.poll():
                    self._answer(worker, worker.connection.recv())
            except (EOFError, OSError):
                pass
            if worker.task is not None and not worker.process.is_alive():
                worker.process.join()
                self._replace(worker, WorkerDied(worker.process.exitcode))
        if limit:
            now = time.monotonic()
            for worker in busy:
                if worker.task is not None and now - worker.started >= limit:
                    self._replace(worker, ReportTimeout(limit))

    def _answer(self, worker: _Worker, prepared: Prepared) -> None:
        task = worker.task
        assert task is not None
        position, _ = task.entries[task.done]
        self.results[position] = (self.items.pop(position), prepared)
        task.done += 1
        worker.started = time.monotonic()
        if task.done == len(task.entries):
            worker.task = None

    def _replace(self, worker: _Worker, error: PreparationError) -> None:
        """The worker's current document failed with `error`; the rest of its chunk goes back
        first in line, and a new worker takes its place."""
        task = worker.task
        assert task is not None
        self._answer(worker, error)
        if worker.task is not None:
            self.waiting.appendleft(_Task(task.entries[task.done:]))
            worker.task = None
        self._renew(worker)

    def _renew(self, worker: _Worker) -> None:
        workers = self.preparer._workers
        workers.remove(worker)
        self.preparer._stop(worker)
        workers.append(self.preparer._start())
