"""A read-only engine for the API's SQLite reads, without the store's ``BEGIN IMMEDIATE``.

The store starts every transaction with ``BEGIN IMMEDIATE`` so two writers
queue instead of failing; for a page of events that would take the write lock
and serialise every reader behind every other. API reads use plain deferred
transactions on their own pool (WAL lets them run beside a writer);
PostgreSQL needs nothing of the kind and keeps the store's engine.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from wardesk.store.engine import SQLITE_BUSY_TIMEOUT_MS

#: Pooled read connections: one per worker thread of the server's threadpool (40 by default) is plenty.
READ_POOL_SIZE = 16


def read_engine(url: str, fallback: Engine) -> Engine:
    """An engine for reads of ``url``: a separate query-only SQLite pool, or ``fallback`` for other databases."""
    if make_url(url).get_backend_name() != "sqlite":
        return fallback
    engine = create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        pool_size=READ_POOL_SIZE,
        max_overflow=READ_POOL_SIZE,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA query_only = ON")
        cur.close()

    return engine
