"""Database URLs and engines: SQLite (WAL, busy timeout, immediate write locks) or PostgreSQL via psycopg 3.

Two processes may write one SQLite file: WAL lets readers go on while one
writes, ``BEGIN IMMEDIATE`` takes the write lock at the start of a transaction
(a deferred one that read first would fail at once with "database is locked"
instead of waiting), and the busy timeout makes the second writer wait.
``retry_locked`` covers what still slips through.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from wardesk import settings

#: The database used when neither --db nor WARDESK_DB names one.
DEFAULT_DB = "wardesk.db"
#: How long a SQLite writer waits for another's lock before failing, in ms.
#: A batch commit takes well under a second; 60 s leaves room for a slow disk.
SQLITE_BUSY_TIMEOUT_MS = 60_000
#: Attempts of one write when SQLite still reports a lock.
LOCKED_RETRIES = 8

T = TypeVar("T")


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a URL or a file path), else $WARDESK_DB, else ./wardesk.db.

    ``postgresql://`` and ``postgres://`` URLs are given the psycopg 3 driver.
    """
    value = db or settings.current().db or DEFAULT_DB
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix) :]
    return value


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def read_only_url(url: str) -> str:
    """A SQLite URL that opens its file read-only (``mode=ro``); ``immutable`` too when the folder cannot
    take the -shm file a WAL reader needs, which is safe only while no -wal file holds changes."""
    path = sqlite_path(url)
    assert path is not None
    query = "mode=ro"
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists():
        query += "&immutable=1"
    return f"sqlite:///file:{quote(str(path.resolve()))}?{query}&uri=true"


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for ``url`` with the SQLite settings above when it is SQLite; ``read_only`` (a URL from
    ``read_only_url``) switches nothing in the file (no WAL) and takes no write lock."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None  # let SQLAlchemy's "begin" event issue BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        if read_only:
            cur.execute("PRAGMA query_only = ON")
        else:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def is_locked(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "database table is locked" errors."""
    return isinstance(exc, OperationalError) and "locked" in str(exc.orig if exc.orig else exc).lower()


def retry_locked(work: Callable[[], T], *, retries: int = LOCKED_RETRIES) -> T:
    """``work()``, again after a growing pause while SQLite says the database is locked."""
    for attempt in range(retries):
        try:
            return work()
        except OperationalError as exc:
            if not is_locked(exc) or attempt == retries - 1:
                raise
            time.sleep(min(0.2 * 2**attempt, 5.0))
    raise AssertionError("unreachable")
