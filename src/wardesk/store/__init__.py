"""Stage store: the event database (SQLAlchemy 2; SQLite with WAL by default, PostgreSQL via psycopg 3).

``Store(db)`` opens (and migrates) a database; ``rows`` turns records into rows;
``dedup`` holds the content hash and the MinHash near-duplicate test; ``schema``
the tables. The ingest run that fills it is a flow (``wardesk.flows.ingest``).
"""

from __future__ import annotations

from wardesk.store.db import Failure, SearchHit, Store
from wardesk.store.engine import DEFAULT_DB, resolve_url

__all__ = ["DEFAULT_DB", "Failure", "SearchHit", "Store", "resolve_url"]
