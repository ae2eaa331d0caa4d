"""Local parallelism: a process pool whose workers each load the pipeline once.

Why processes: spaCy and the extractor are pure Python on the hot path, so
threads would share one core. Why chunks and a bounded queue: the parent reads
the inputs lazily and never holds more than ``in_flight`` chunks of articles
(and their results), so memory stays flat however long the input is. Results
come back in input order because chunks are yielded in submission order.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

import wardesk.errors as errors_module
from wardesk.errors import ExtractError, WardeskError
from wardesk.record import Article, ArticleEvents

#: Articles per task: the pipeline's spaCy batch, so a worker's batch is as in one process.
CHUNK_ARTICLES = 16
#: Chunks queued or running per worker: enough to keep each busy while the parent writes.
IN_FLIGHT_PER_WORKER = 3

Result = ArticleEvents | tuple[Article, WardeskError]

#: Held while this process's pipeline runs: a Dask worker with several threads takes turns on it.
PIPELINE_LOCK = threading.Lock()


def pack_error(exc: WardeskError) -> tuple[str, str, str | None]:
    """An error as (class name, message, where): exceptions with keyword-only fields do not pickle back."""
    return type(exc).__name__, exc.message, exc.where


def unpack_error(packed: tuple[str, str, str | None]) -> WardeskError:
    """The error ``pack_error`` described, as its own class when wardesk.errors has it."""
    name, message, where = packed
    cls = getattr(errors_module, name, None)
    if not (isinstance(cls, type) and issubclass(cls, WardeskError)):
        cls = ExtractError
    return cls(message, where=where)


def worker_pipeline() -> Any:
    """The pipeline of this process, loaded on first use (spaCy takes seconds and hundreds of MB)."""
    from wardesk.flows.extract import process_pipeline

    return process_pipeline()


def _init_worker() -> None:
    worker_pipeline()


def run_chunk(articles: list[Article]) -> list[tuple[str, Any]]:
    """Extract one chunk in a worker: ("ok", ArticleEvents) or ("error", (article, packed error)) per article."""
    out: list[tuple[str, Any]] = []
    with PIPELINE_LOCK:
        for res in worker_pipeline().run_many(articles):
            if isinstance(res, tuple):
                art, exc = res
                out.append(("error", (art, pack_error(exc))))
            else:
                out.append(("ok", res))
    return out


def _unpack(results: list[tuple[str, Any]]) -> Iterator[Result]:
    for tag, value in results:
        if tag == "ok":
            yield value
        else:
            art, packed = value
            yield art, unpack_error(packed)


class WorkerPool:
    """``Pipeline.run_many`` over ``workers`` processes; use as a context manager (or call ``close``).

    workers (int): worker processes, each loading the pipeline once (initializer).
    chunk (int): articles sent to a worker at a time.
    in_flight (int | None): chunks submitted and not yet yielded; None: IN_FLIGHT_PER_WORKER per worker.
    start_method (str): "spawn" by default: the parent may run threads (a progress bar) that fork would copy.
    """

    def __init__(
        self,
        workers: int,
        *,
        chunk: int = CHUNK_ARTICLES,
        in_flight: int | None = None,
        start_method: str = "spawn",
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.chunk = chunk
        self.in_flight = in_flight or IN_FLIGHT_PER_WORKER * workers
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context(start_method),
            initializer=_init_worker,
        )

    def run_many(self, articles: Iterable[Article]) -> Iterator[Result]:
        """ArticleEvents per article, in input order; an article that fails yields (article, error)."""
        it = iter(articles)
        pending: deque[Future] = deque()
        while True:
            while len(pending) < self.in_flight:
                batch = list(islice(it, self.chunk))
                if not batch:
                    break
                pending.append(self._executor.submit(run_chunk, batch))
            if not pending:
                return
            yield from _unpack(pending.popleft().result())

    def pids(self) -> list[int]:
        """The worker processes' ids (for the benchmark's memory figures)."""
        return [p.pid for p in getattr(self._executor, "_processes", {}).values()]

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
