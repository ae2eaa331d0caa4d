"""Limits on POST /api/extract, which anyone may call: requests per client per minute, and a short queue.

Reading an article costs the server a spaCy parse (a tenth of a second to a
few seconds), one at a time (``reader``'s lock). Without a token anyone can
ask, so each client address gets EXTRACT_PER_MINUTE reads a minute and at most
EXTRACT_QUEUE requests wait at once; beyond either the answer is a 429 with
Retry-After, and the read endpoints never queue behind a crowd of parses.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager

from wardesk.api.errors import ApiError

#: Reads one client address may ask for per minute (a person trying articles by hand stays far below).
EXTRACT_PER_MINUTE = 20
#: Requests allowed to wait for the parser at once, from all clients together.
EXTRACT_QUEUE = 4
WINDOW_SECONDS = 60.0
#: Client addresses remembered; the oldest are forgotten past this (memory stays bounded).
MAX_CLIENTS = 10_000


class ExtractGate:
    """A sliding one-minute window per client address, and a bounded number of requests in flight."""

    def __init__(self, per_minute: int = EXTRACT_PER_MINUTE, queue: int = EXTRACT_QUEUE) -> None:
        self.per_minute = per_minute
        self.queue = queue
        self._lock = threading.Lock()
        self._seen: defaultdict[str, deque[float]] = defaultdict(deque)
        self._in_flight = 0

    @contextmanager
    def slot(self, client: str) -> Iterator[None]:
        """Hold a place for one read by ``client``; ApiError 429 when it has asked too often or the queue is full."""
        now = time.monotonic()
        with self._lock:
            seen = self._seen[client]
            while seen and now - seen[0] >= WINDOW_SECONDS:
                seen.popleft()
            if len(seen) >= self.per_minute:
                wait = int(WINDOW_SECONDS - (now - seen[0])) + 1
                raise ApiError(
                    429,
                    f"more than {self.per_minute} articles a minute from this address; try again in {wait} s",
                    {"Retry-After": str(wait)},
                )
            if self._in_flight >= self.queue:
                raise ApiError(
                    429,
                    f"{self.queue} articles are being read already; try again in a few seconds",
                    {"Retry-After": "5"},
                )
            seen.append(now)
            self._in_flight += 1
            if len(self._seen) > MAX_CLIENTS:
                self._seen.pop(next(iter(self._seen)))
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1
