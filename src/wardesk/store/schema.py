"""The database tables (SQLAlchemy Core): articles, events and their child rows, stories, failures, progress.

The event's full JSON is kept (``events.record``) so nothing the extractor
wrote is lost; the columns and child tables beside it exist so filters (type,
place, actor, outlet, date) are plain SQL. The Alembic migrations in
``store/migrations`` are the source of truth for the database; this module must
describe the same tables (``tests/test_store.py`` checks they agree).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    # An integer key keeps the SQLite FTS5 index stable (a plain table's rowid may change on VACUUM).
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(200), nullable=False, unique=True),
    Column("url", Text, nullable=True),
    Column("title", Text),
    Column("source", String(300)),
    Column("published", Date),
    Column("published_from", String(16), nullable=False, default="none"),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("near_dup_of", String(200), nullable=True, index=True),
    Column("similarity", Float, nullable=True),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_articles_url", "url"),
    Index("ix_articles_content_hash", "content_hash"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_source", "source"),
)

#: MinHash bands of each article (locality-sensitive hashing): articles that share
#: a band are near-duplicate candidates, checked afterwards by exact Jaccard.
article_bands = Table(
    "article_bands",
    metadata,
    Column("band", Integer, primary_key=True),
    Column("hash", String(16), primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("reconciled", JSON),
    Column("corroboration", Integer, nullable=False, default=0),
    Column("updated_at", DateTime(timezone=True)),
)

events = Table(
    "events",
    metadata,
    Column("id", String(220), primary_key=True),  # f"{article_id}:{ordinal}"
    Column(
        "article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("ordinal", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("event_type", String(32), nullable=False, index=True),
    Column("family", String(48), nullable=False),
    Column("date_start", Date, index=True),
    Column("date_end", Date),
    Column("date_precision", String(16), nullable=False),
    Column("location", Text),
    Column("admin1", String(200), index=True),
    Column("country", String(8), index=True),
    Column("geo_precision", String(16)),
    Column("lat", Float),
    Column("lon", Float),
    Column("fatalities_low", Integer),
    Column("fatalities_best", Integer),
    Column("fatalities_high", Integer),
    Column("injuries_low", Integer),
    Column("injuries_best", Integer),
    Column("injuries_high", Integer),
    Column("background", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False),
    Column("story_id", String(200), ForeignKey("stories.id", ondelete="SET NULL"), nullable=True, index=True),
    Column("record", JSON, nullable=False),
    UniqueConstraint("article_id", "ordinal", name="uq_events_article_ordinal"),
)

event_locations = Table(
    "event_locations",
    metadata,
    Column("event_id", String(220), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("admin1", String(200)),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(16)),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(220), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(16), primary_key=True),  # initiator | target
    Column("ordinal", Integer, primary_key=True),
    Column("name", String(300), nullable=False, index=True),
    Column("type", String(32)),
)

event_claims = Table(
    "event_claims",
    metadata,
    Column("event_id", String(220), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("what", String(32), nullable=False),
    Column("value", Float, nullable=True),  # null for a claim of responsibility
    Column("low", Float),
    Column("high", Float),
    Column("qualifier", String(16)),
    Column("source", Text),
    Column("text", Text),
    Column("actor", String(300)),  # responsibility claims: who is said to have done it
    Column("stance", String(16)),  # accuses | claims | denies
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("event_id", String(220), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("organization", Text),
    Column("verb", String(16)),
    Column("via", Text),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False),
    Column("code", String(8)),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("count", Integer, nullable=False, default=1),
    Column(
        "key", String(64), nullable=False, unique=True
    ),  # sha256 of input + reason: one row per distinct failure
)

ingest_progress = Table(
    "ingest_progress",
    metadata,
    Column("source_key", String(500), primary_key=True),
    Column("fingerprint", String(100)),
    Column("position", Integer, nullable=False, default=0),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

feeds = Table(
    "feeds",
    metadata,
    Column("url", String(1000), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", DateTime(timezone=True)),
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("feed_url", String(1000), primary_key=True),
    Column("item_key", String(64), primary_key=True),  # sha256 of the entry id or link
    Column("link", Text),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    # done: stored or failed for good; retry: its fetch failed in a way a later poll may not
    Column("state", String(8), nullable=False, server_default="done"),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("next_try", DateTime(timezone=True)),  # a retry waits until then
    Column("title", Text),  # what the feed said of the entry, for a retry after it left the feed
    Column("published", String(10)),
)
