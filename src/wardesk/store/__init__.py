"""Stage store: the event database (SQLAlchemy 2; SQLite with WAL by default, PostgreSQL via psycopg 3).

``Store(db)`` opens (and migrates) a database; ``Ingester(store).run(sources)``
reads, deduplicates, extracts and stores articles; ``dedup`` holds the content
hash and the MinHash near-duplicate test; ``schema`` the tables.
"""

from __future__ import annotations

from wardesk.store.db import Failure, SearchHit, Store
from wardesk.store.engine import DEFAULT_DB, resolve_url
from wardesk.store.ingest import Ingester, IngestStats

__all__ = ["DEFAULT_DB", "Failure", "IngestStats", "Ingester", "SearchHit", "Store", "resolve_url"]
