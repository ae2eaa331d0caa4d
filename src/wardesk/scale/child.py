"""Extraction in a single-threaded child process, for Dask workers.

A Dask worker process runs an event loop and communication threads beside
the task thread. Extraction is CPU-bound Python with native loops that drop
and retake the GIL thousands of times per article, so with those threads
about the same work ran 20-40% slower per article than in a process of its
own (FA-KES, 100 articles: 8.5 s alone, 10.4-11.8 s in each of two Dask
workers), and a LocalCluster of 2 barely beat one process. The worker now
hands its articles to one child process that has no other thread; the
worker's own threads only wait on a pipe.

``python -m wardesk.scale.child`` reads pickled chunks of articles from
stdin and writes each chunk's packed results (``workers.run_chunk``) to
stdout; an empty read or ``None`` ends it.
"""

from __future__ import annotations

import functools
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from wardesk.record import Article
from wardesk.scale.workers import CHUNK_ARTICLES, Result, _unpack, run_chunk


class ChildDied(RuntimeError):
    """The extraction process ended or broke its pipe (a crash in native code, or killed)."""


class ChildPipeline:
    """``Pipeline.run_many`` in one child process, started on first use and again after it died."""

    def __init__(self, chunk: int = CHUNK_ARTICLES) -> None:
        self.chunk = chunk
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    def _child(self) -> subprocess.Popen[bytes]:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "wardesk.scale.child"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        return self._proc

    def run_packed(self, articles: list[Article]) -> list[tuple[str, Any]]:
        """One chunk's results as ``run_chunk`` packs them (they travel on through Dask)."""
        with self._lock:
            proc = self._child()
            assert proc.stdin is not None and proc.stdout is not None
            try:
                pickle.dump(articles, proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                proc.stdin.flush()
                reply = pickle.load(proc.stdout)
            except (EOFError, OSError, ValueError, pickle.UnpicklingError) as exc:
                self.close()
                raise ChildDied(f"the extraction process ended ({type(exc).__name__}: {exc})") from exc
        if isinstance(reply, tuple) and reply[:1] == ("raised",):
            raise RuntimeError(f"the extraction process raised {reply[1]}")
        return reply

    def run_many(self, articles: Iterable[Article]) -> Iterator[Result]:
        it = iter(articles)
        while batch := list(islice(it, self.chunk)):
            yield from _unpack(self.run_packed(batch))

    def warm(self) -> int:
        """Start the child and load its pipeline; returns the child's process id."""
        self.run_packed([])
        assert self._proc is not None
        return self._proc.pid

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()


@functools.cache
def child_pipeline() -> ChildPipeline:
    """This process's child pipeline (one per Dask worker process)."""
    return ChildPipeline()


def main() -> int:
    source = sys.stdin.buffer
    sink = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print must not corrupt the replies
    while True:
        try:
            chunk = pickle.load(source)
        except EOFError:
            return 0
        if chunk is None:
            return 0
        try:
            reply: Any = run_chunk(chunk)
        except Exception as exc:  # reported to the worker, which fails the partition (and retries it)
            reply = ("raised", f"{type(exc).__name__}: {exc}")
        pickle.dump(reply, sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()


if __name__ == "__main__":
    sys.exit(main())
