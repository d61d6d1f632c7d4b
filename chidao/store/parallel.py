"""Prepare documents for the store in worker processes, in input order.

Extraction is pure CPU work and the store takes one writer, so `Preparer(jobs)`
runs `chidao.store.rows.prepare` in `jobs` processes while the caller writes:

    with Preparer(jobs) as preparer:
        for document, prepared in preparer.map(documents):
            ...  # prepared: a PreparedDocument, or the exception preparing raised

`map` passes through anything that is not a document (paired with None), keeps
input order, and keeps at most a few chunks per worker in flight, so a large
archive streams through in bounded memory. Open the preparer before starting
threads (a progress bar): on Linux the workers are forked, and forked with the
extractor's tables already loaded when the parent has them.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from chidao.model import Document as SourceDocument
from chidao.store.rows import PreparedDocument, prepare

CHUNK = 8  # documents per task: enough to amortise the pickling round trip
IN_FLIGHT_PER_JOB = 3  # tasks queued per worker

Prepared = PreparedDocument | BaseException


def default_jobs() -> int:
    """Worker processes when the user does not say: the CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def prepare_or_error(document: SourceDocument) -> Prepared:
    """`prepare(document)`, or the exception it raised (the batch goes on)."""
    try:
        return prepare(document)
    except Exception as exc:  # noqa: BLE001 - reported per document by the caller
        return exc


def _portable(exc: BaseException) -> BaseException:
    """`exc` if it survives pickling (to cross back from a worker), else a RuntimeError naming it."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any unpicklable exception
        return RuntimeError(f"{exc.__class__.__name__}: {exc}")


def _prepare_chunk(documents: list[SourceDocument]) -> list[Prepared]:
    results = [prepare_or_error(document) for document in documents]
    return [_portable(r) if isinstance(r, BaseException) else r for r in results]


class Preparer:
    """`prepare` over a stream of documents, in-process (jobs <= 1) or in worker processes."""

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, jobs)
        self._pool: Any = None

    def __enter__(self) -> Preparer:
        if self.jobs > 1:
            context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
            self._pool = context.Pool(self.jobs)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Prepared | None]]:
        """(item, prepared or error) for each document, (item, None) for anything else, in order."""
        if self._pool is None:
            for item in items:
                yield item, prepare_or_error(item) if isinstance(item, SourceDocument) else None
            return
        pending: deque[tuple[list[Any], Any]] = deque()
        stream = iter(items)
        while True:
            while len(pending) < self.jobs * IN_FLIGHT_PER_JOB:
                chunk = list(islice(stream, CHUNK))
                if not chunk:
                    break
                documents = [item for item in chunk if isinstance(item, SourceDocument)]
                pending.append((chunk, self._pool.apply_async(_prepare_chunk, (documents,))))
            if not pending:
                return
            chunk, task = pending.popleft()
            results = iter(task.get())
            for item in chunk:
                yield item, next(results) if isinstance(item, SourceDocument) else None
