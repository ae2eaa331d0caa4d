"""A response cache for the read endpoints, keyed by the request and the data's version.

The dashboard asks the same few questions over and over (a view, its next
page, the timeline of the same filters), and building a page of several
hundred events costs tens of milliseconds of Python. A cached body is served
only while the database holds the same data: the version (article and story
counts, newest ingest and newest story update) is read at most every
VERSION_CHECK_SECONDS, so an ingest by another process shows within that time;
a write through this app clears the cache at once. The same version gives the
ETag and Last-Modified of every GET (``api/conditional.py``).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import OrderedDict

from sqlalchemy import Engine, func, select

from wardesk.store import schema as s
from wardesk.store.db import as_utc

#: Bodies kept (raw and gzipped); a page of 500 events is about 0.5 MB, so this bounds memory to ~150 MB.
MAX_ENTRIES = 256
#: How stale the data version may be, in seconds (another process may be ingesting).
VERSION_CHECK_SECONDS = 1.0


class ResponseCache:
    def __init__(self, engine: Engine, max_entries: int = MAX_ENTRIES) -> None:
        self.engine = engine
        self.max_entries = max_entries
        self._items: OrderedDict[str, tuple[object, tuple[bytes, bytes]]] = OrderedDict()
        self._lock = threading.Lock()
        self._version: object = None
        self._checked = 0.0
        self.pending: dict[str, object] = {}  # key -> the build under way (asyncio future)

    def version(self) -> object:
        now = time.monotonic()
        if now - self._checked >= VERSION_CHECK_SECONDS:
            a, st = s.articles.c, s.stories.c
            with self.engine.connect() as conn:
                articles = tuple(conn.execute(select(func.count(), func.max(a.ingested_at))).one())
                stories = tuple(conn.execute(select(func.count(), func.max(st.updated_at))).one())
            self._version = articles + stories
            self._checked = now
        return self._version

    def last_modified(self) -> dt.datetime | None:
        """When the data last changed (the newest ingest or story update, UTC), per the current version."""
        stamps = [as_utc(v) for v in self.version()[1::2] if v is not None]  # type: ignore[index]
        return max((x for x in stamps if x is not None), default=None)

    def fresh(self) -> bool:
        """Whether the data version is recent enough to use without asking the database."""
        return time.monotonic() - self._checked < VERSION_CHECK_SECONDS

    def get(self, key: str) -> tuple[bytes, bytes] | None:
        version = self.version()
        with self._lock:
            hit = self._items.get(key)
            if hit is None or hit[0] != version:
                return None
            self._items.move_to_end(key)
            return hit[1]

    def put(self, key: str, body: tuple[bytes, bytes], version: object = None) -> None:
        version = self.version() if version is None else version
        with self._lock:
            self._items[key] = (version, body)
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._checked = 0.0
            self.pending.clear()  # builds under way read the old data: do not wait for them
