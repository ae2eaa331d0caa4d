"""The Store: one database (opened and migrated once), and the reads and writes ingest, export and the CLI need."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Select, bindparam, delete, func, insert, or_, select, text, update
from sqlalchemy.exc import OperationalError

from wardesk.errors import DatabaseNotFound, ReadOnlyDatabase, StoreError
from wardesk.store import schema as s
from wardesk.store.dedup import NEAR_DUP_JACCARD, Shingles, jaccard, near_dup_keys_of, shingles
from wardesk.store.engine import is_sqlite, make_engine, read_only_url, resolve_url, retry_locked, sqlite_path
from wardesk.store.migrate import current_revision, head_revision, upgrade


def storable_text(value: str) -> str:
    """``value`` as text both databases store: NUL as U+FFFD, lone surrogates as ``\\udcXX`` escapes."""
    value = value.replace("\x00", "\ufffd")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def _unwritable(path: Path) -> str | None:
    """Why SQLite could not write ``path`` (it needs the file and, for WAL, its folder), or None."""
    if not os.access(path, os.W_OK):
        return "no write permission on the file, or a read-only file system"
    if not os.access(path.parent, os.W_OK):
        return f"no write permission on its folder {path.parent}, where SQLite keeps its journal"
    return None


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def as_utc(value: object) -> dt.datetime | None:
    """A stored timestamp as an aware UTC datetime: SQLite gives naive datetimes or ISO strings,
    PostgreSQL aware datetimes; None for anything that is not a timestamp."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, dt.datetime):
        return None
    return (
        value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)
    )


@dataclass(frozen=True)
class Failure:
    input: str
    code: str | None
    reason: str
    at: dt.datetime
    count: int


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed as the store keeps it: done (stored, or failed for good) or waiting to retry."""

    key: str
    link: str | None
    state: str = "done"
    attempts: int = 0
    next_try: dt.datetime | None = None
    title: str | None = None
    published: str | None = None


@dataclass
class PendingArticles:
    """Articles one write transaction has taken but not yet inserted: inserted together at its end
    (``insert_pending``), and meanwhile found as near-duplicate originals from memory, as the database
    would find them once inserted."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    #: (band, key) -> ids of the pending articles with that LSH key
    by_key: dict[tuple[int, str], list[str]] = field(default_factory=dict)
    #: id -> (shingles, the article it is a near-duplicate of)
    shingles: dict[str, tuple[Shingles, str | None]] = field(default_factory=dict)

    def add(self, row: dict[str, Any], keys: list[tuple[int, str]], sh: Shingles) -> None:
        self.rows.append(row)
        aid = row["id"]
        self.bands += [{"band": band, "hash": key, "article_id": aid} for band, key in keys]
        for key in keys:
            self.by_key.setdefault(key, []).append(aid)
        if keys:
            self.shingles[aid] = (sh, row["near_dup_of"])

    def candidates(self, keys: list[tuple[int, str]]) -> set[str]:
        return {aid for key in keys for aid in self.by_key.get(key, ())}


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    title: str | None
    source: str | None
    published: dt.date | None


class Store:
    """A wardesk database: SQLite file or PostgreSQL, migrated to the newest schema when opened."""

    def __init__(self, db: str | None = None, *, migrate: bool = True, write: bool = True) -> None:
        """Open the database ``db`` (a URL or a SQLite file; None: the ``db`` setting).

        write (bool): the caller will write. A missing database is then created, and one that
            cannot be written raises ReadOnlyDatabase naming the cause. With ``write=False``
            (export, stats, serve) a missing database raises DatabaseNotFound instead of
            creating an empty one, and a read-only SQLite file is opened read-only (no WAL
            switch, no write lock); ``read_only`` says which.
        """
        self.url = resolve_url(db)
        self.read_only = False
        path = sqlite_path(self.url)
        if path is not None:
            self._check_file(path, write)
        self.engine: Engine = make_engine(self.url, read_only=self.read_only)
        try:
            self._open(path, migrate=migrate, write=write)
        except OperationalError as exc:
            self.engine.dispose()
            raise StoreError(
                f"cannot open the database ({exc.orig or exc}); check the path", where=str(path or self.url)
            ) from None

    def _check_file(self, path: Path, write: bool) -> None:
        """Refuse a missing database to a reader, an unwritable one to a writer; open it read-only for a reader."""
        if not path.exists():
            if not write:
                raise DatabaseNotFound(
                    "no database here; check --db (or WARDESK_DB), or create one with `wardesk ingest`",
                    where=str(path),
                )
            folder = path.parent
            if not folder.is_dir():
                raise StoreError(f"the folder {folder} does not exist; create it first", where=str(path))
            if not os.access(folder, os.W_OK):
                raise ReadOnlyDatabase(
                    f"cannot create the database: no write permission on the folder {folder}", where=str(path)
                )
            return
        why = _unwritable(path)
        if why is None:
            return
        if write:
            raise ReadOnlyDatabase(
                f"the database is read-only ({why}) and this command writes to it; fix the permissions, "
                "or work on a writable copy",
                where=str(path),
            )
        self.read_only = True
        self.url = read_only_url(self.url)

    def _open(self, path: Path | None, *, migrate: bool, write: bool) -> None:
        if self.read_only or not write:
            revision = current_revision(self.engine)
            if revision is None:
                raise DatabaseNotFound(
                    "this database holds no wardesk tables; check --db, or fill it with `wardesk ingest`",
                    where=str(path or self.url),
                )
            if self.read_only:
                if revision != head_revision():
                    raise ReadOnlyDatabase(
                        f"the database has an older schema ({revision}, wardesk needs {head_revision()}) and "
                        "is read-only, so it cannot be upgraded; open it once with write permission",
                        where=str(path or self.url),
                    )
                return
        if migrate:
            retry_locked(lambda: upgrade(self.engine))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- dedup lookups ---------------------------------------------------------------

    @staticmethod
    def find_existing(
        conn: Connection, article_id: str, url: str | None, chash: str, outlet: str | None = None
    ) -> tuple[str, str] | None:
        """("id" | "url" | "hash", stored article id) when this article is already in the database.

        A text stored already is a duplicate only from the same outlet (``same_outlet``): the same wire
        story carried by another outlet is a copy, stored and linked as a near-duplicate of the first,
        so the story keeps that outlet among its reports (counted with the original as one source)."""
        if conn.execute(_article_by("id"), {"value": article_id}).first():
            return "id", article_id
        if url:
            row = conn.execute(_article_by("url"), {"value": url}).first()
            if row:
                return "url", row[0]
        rows = conn.execute(
            select(s.articles.c.id, s.articles.c.source)
            .where(s.articles.c.content_hash == chash)
            .order_by(s.articles.c.seq)
        ).all()
        for aid, stored_outlet in rows:
            if same_outlet(outlet, stored_outlet):
                return "hash", aid
        return None

    @staticmethod
    def find_existing_many(
        conn: Connection,
        articles: list[tuple[str, str | None, str]],
        outlets: list[str | None] | None = None,
    ) -> list[tuple[str, str] | None]:
        """``find_existing`` of each (id, url, content hash), in three queries (per 500) instead of three each.

        ``outlets`` gives each article's outlet (``Article.source``), as ``find_existing``'s ``outlet``.
        Of several stored articles with one URL or hash, the first stored, as an index search finds it."""
        a = s.articles.c
        ids = {aid for aid, _, _ in articles}
        urls = {url for _, url, _ in articles if url}
        hashes = {chash for _, _, chash in articles}
        stored: set[str] = set()
        by_url: dict[str, str] = {}
        by_hash: dict[str, list[tuple[str, str | None]]] = {}
        todo = sorted(ids)
        for i in range(0, len(todo), 500):
            stored.update(conn.execute(select(a.id).where(a.id.in_(todo[i : i + 500]))).scalars())
        todo = sorted(urls)
        for i in range(0, len(todo), 500):
            rows = conn.execute(select(a.url, a.id).where(a.url.in_(todo[i : i + 500])).order_by(a.seq)).all()
            for key, aid in rows:
                by_url.setdefault(key, aid)
        todo = sorted(hashes)
        for i in range(0, len(todo), 500):
            rows = conn.execute(
                select(a.content_hash, a.id, a.source)
                .where(a.content_hash.in_(todo[i : i + 500]))
                .order_by(a.seq)
            ).all()
            for key, aid, outlet in rows:
                by_hash.setdefault(key, []).append((aid, outlet))
        out: list[tuple[str, str] | None] = []
        for k, (aid, url, chash) in enumerate(articles):
            outlet = outlets[k] if outlets is not None else None
            same_text = [sid for sid, so in by_hash.get(chash, ()) if same_outlet(outlet, so)]
            if aid in stored:
                out.append(("id", aid))
            elif url and url in by_url:
                out.append(("url", by_url[url]))
            elif same_text:
                out.append(("hash", same_text[0]))
            else:
                out.append(None)
        return out

    @staticmethod
    def find_near_duplicate(
        conn: Connection,
        text_: str,
        keys: list[tuple[int, str]],
        mine: set[int] | Shingles | None = None,
        pending: PendingArticles | None = None,
    ) -> tuple[str, float] | None:
        """(original article id, Jaccard) of the most similar stored article with Jaccard >= NEAR_DUP_JACCARD.

        The original is followed to its own original, so a chain of copies points at one article.
        ``pending``: articles of this transaction not inserted yet, candidates as well. Candidates are
        compared in the order of their ids (the first of two equally similar wins).
        """
        if not keys:
            return None
        params = {f"band_{i}": band for i, (band, _) in enumerate(keys)}
        params.update({f"hash_{i}": key for i, (_, key) in enumerate(keys)})
        candidates = [r[0] for r in conn.execute(_band_candidates(len(keys)), params)]
        waiting = pending.candidates(keys) if pending is not None else set()
        if not candidates and not waiting:
            return None
        if isinstance(mine, Shingles):
            mine = mine.shingles()
        elif mine is None:
            mine = shingles(text_)
        found: list[tuple[str, set[int], str | None]] = []
        if candidates:
            rows = conn.execute(
                select(s.articles.c.id, s.articles.c.text, s.articles.c.near_dup_of).where(
                    s.articles.c.id.in_(candidates)
                )
            )
            found += [(aid, shingles(other_text), its_original) for aid, other_text, its_original in rows]
        if waiting:
            assert pending is not None
            found += [(aid, pending.shingles[aid][0].shingles(), pending.shingles[aid][1]) for aid in waiting]
        best: tuple[str, float] | None = None
        for aid, theirs, its_original in sorted(found, key=lambda f: f[0]):
            sim = jaccard(mine, theirs)
            if sim >= NEAR_DUP_JACCARD and (best is None or sim > best[1]):
                best = (its_original or aid, sim)
        return best

    # --- writes ----------------------------------------------------------------------

    @staticmethod
    def insert_article(
        conn: Connection,
        article_row: dict[str, Any],
        band_keys: list[tuple[int, str]],
        event_rows: dict[str, list[dict[str, Any]]],
    ) -> None:
        """One article with its LSH keys and event rows (one transaction is the caller's)."""
        conn.execute(insert(s.articles), [article_row])
        if band_keys:
            conn.execute(
                insert(s.article_bands),
                [{"band": band, "hash": key, "article_id": article_row["id"]} for band, key in band_keys],
            )
        Store.insert_event_rows(conn, event_rows)

    @staticmethod
    def insert_pending(conn: Connection, pending: PendingArticles) -> None:
        """The articles of a write transaction and their LSH keys, a statement per table."""
        if pending.rows:
            conn.execute(insert(s.articles), pending.rows)
        if pending.bands:
            conn.execute(insert(s.article_bands), pending.bands)

    #: The tables of an article's events, in the order their rows are written.
    EVENT_TABLES = ("events", "event_locations", "event_actors", "event_claims", "event_sources")

    @staticmethod
    def insert_event_rows(conn: Connection, event_rows: Mapping[str, list[dict[str, Any]]]) -> None:
        """Event rows (of one article or of several, keyed by table name): one statement per table."""
        for table in Store.EVENT_TABLES:
            if event_rows.get(table):
                conn.execute(insert(s.metadata.tables[table]), event_rows[table])

    @staticmethod
    def record_failure(conn: Connection, where: str, code: str | None, reason: str) -> None:
        """Remember one failure; the same input failing for the same reason again only bumps its count.

        ``where`` and ``reason`` come from the input (a file name, an id) and may hold what a database
        cannot store: NUL characters and the lone surrogates of non-UTF-8 file names are made visible."""
        where, reason = storable_text(where), storable_text(reason)
        key = hashlib.sha256(f"{where}\x00{reason}".encode()).hexdigest()
        f = s.failures.c
        done = conn.execute(update(s.failures).where(f.key == key).values(at=utcnow(), count=f.count + 1))
        if done.rowcount == 0:
            conn.execute(
                insert(s.failures).values(
                    input=where, code=code, reason=reason, at=utcnow(), count=1, key=key
                )
            )

    @staticmethod
    def has_failures(conn: Connection) -> bool:
        """Is any failure recorded? (When none is, there is nothing to clear.)"""
        return conn.execute(select(s.failures.c.key).limit(1)).first() is not None

    @staticmethod
    def clear_failures(conn: Connection, where: str) -> None:
        """Forget the failures of an input that has now been stored."""
        conn.execute(_CLEAR_FAILURES, {"input": where})

    # --- progress and feeds ----------------------------------------------------------

    @staticmethod
    def get_progress(conn: Connection, key: str) -> tuple[str | None, int]:
        row = conn.execute(
            select(s.ingest_progress.c.fingerprint, s.ingest_progress.c.position).where(
                s.ingest_progress.c.source_key == key
            )
        ).first()
        return (row[0], row[1]) if row else (None, 0)

    @staticmethod
    def set_progress(conn: Connection, key: str, fingerprint: str | None, position: int) -> None:
        p = s.ingest_progress.c
        done = conn.execute(
            update(s.ingest_progress)
            .where(p.source_key == key)
            .values(fingerprint=fingerprint, position=position, updated_at=utcnow())
        )
        if done.rowcount == 0:
            conn.execute(
                insert(s.ingest_progress).values(
                    source_key=key, fingerprint=fingerprint, position=position, updated_at=utcnow()
                )
            )

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) stored for a feed, for a conditional request."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(s.feeds.c.etag, s.feeds.c.last_modified).where(s.feeds.c.url == url)
            ).first()
        return (row[0], row[1]) if row else (None, None)

    def save_feed_state(self, url: str, etag: str | None, last_modified: str | None) -> None:
        def work() -> None:
            with self.engine.begin() as conn:
                done = conn.execute(
                    update(s.feeds)
                    .where(s.feeds.c.url == url)
                    .values(etag=etag, last_modified=last_modified, checked_at=utcnow())
                )
                if done.rowcount == 0:
                    conn.execute(
                        insert(s.feeds).values(
                            url=url, etag=etag, last_modified=last_modified, checked_at=utcnow()
                        )
                    )

        retry_locked(work)

    def feed_items(self, feed_url: str, keys: list[str]) -> dict[str, FeedItem]:
        """What this feed's table knows of each of ``keys`` (item keys); keys never seen are absent."""
        if not keys:
            return {}
        fi = s.feed_items.c
        cols = (fi.item_key, fi.link, fi.state, fi.attempts, fi.next_try, fi.title, fi.published)
        out: dict[str, FeedItem] = {}
        with self.engine.connect() as conn:
            for chunk in range(0, len(keys), 500):
                q = select(*cols).where(fi.feed_url == feed_url, fi.item_key.in_(keys[chunk : chunk + 500]))
                for row in conn.execute(q):
                    out[row[0]] = FeedItem(*row)
        return out

    def due_retries(self, feed_url: str, now: dt.datetime) -> list[FeedItem]:
        """This feed's entries waiting for another try whose time has come, oldest first."""
        fi = s.feed_items.c
        cols = (fi.item_key, fi.link, fi.state, fi.attempts, fi.next_try, fi.title, fi.published)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(*cols)
                .where(fi.feed_url == feed_url, fi.state == "retry", fi.next_try <= now)
                .order_by(fi.next_try, fi.item_key)
            )
            return [FeedItem(*row) for row in rows]

    @staticmethod
    def mark_item(conn: Connection, feed_url: str, item: FeedItem) -> None:
        """Record what became of one feed entry (``item.state``: done or retry)."""
        fi = s.feed_items.c
        values = {
            "link": item.link,
            "state": item.state,
            "attempts": item.attempts,
            "next_try": item.next_try,
            "title": item.title,
            "published": item.published,
        }
        done = conn.execute(
            update(s.feed_items).where(fi.feed_url == feed_url, fi.item_key == item.key).values(**values)
        )
        if done.rowcount == 0:
            conn.execute(
                insert(s.feed_items).values(feed_url=feed_url, item_key=item.key, seen_at=utcnow(), **values)
            )

    # --- reads -----------------------------------------------------------------------

    def failures(self, limit: int | None = None) -> list[Failure]:
        f = s.failures.c
        q = select(f.input, f.code, f.reason, f.at, f.count).order_by(f.at.desc(), f.id.desc())
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [Failure(*row) for row in conn.execute(q)]

    def counts(self) -> dict[str, int]:
        """Rows per main table, and how many articles are near-duplicates and events are linked to a story."""
        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            for name in ("articles", "events", "stories", "failures"):
                out[name] = conn.execute(
                    select(func.count()).select_from(s.metadata.tables[name])
                ).scalar_one()
            out["near_duplicates"] = conn.execute(
                select(func.count()).select_from(s.articles).where(s.articles.c.near_dup_of.is_not(None))
            ).scalar_one()
            out["linked_events"] = conn.execute(
                select(func.count()).select_from(s.events).where(s.events.c.story_id.is_not(None))
            ).scalar_one()
        return out

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching a full-text query (FTS5 syntax on SQLite, websearch syntax on PostgreSQL), best first."""
        with self.engine.connect() as conn:
            return [SearchHit(*row) for row in conn.execute(*search_sql(self.engine, query, limit))]


def search_sql(engine: Engine, query: str, limit: int | None) -> tuple[Any, dict[str, Any]]:
    """The full-text query returning (id, title, source, published) of matching articles, best first."""
    lim = "" if limit is None else f" LIMIT {int(limit)}"
    if is_sqlite(engine):
        sql = text(
            "SELECT a.id, a.title, a.source, a.published FROM articles_fts f JOIN articles a ON a.seq = f.rowid "
            f"WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts){lim}"
        )
        return sql.columns(published=s.articles.c.published.type), {"q": _fts5_query(query)}
    sql = text(
        "SELECT id, title, source, published FROM articles, websearch_to_tsquery('english', :q) query "
        f"WHERE tsv @@ query ORDER BY ts_rank(tsv, query) DESC{lim}"
    )
    return sql, {"q": query}


def _fts5_query(query: str) -> str:
    """Plain words become an AND of quoted terms (so '-', ':' or quotes in user text are not FTS5 syntax errors)."""
    # NUL ends the query string inside SQLite's FTS5 parser ("unterminated string")
    words = [w.replace('"', "").replace("\x00", "") for w in query.split()]
    return " ".join(f'"{w}"' for w in words if w) or '""'


# The statements of the per-article look-ups, built once: an ingest runs them for every article,
# and building a SQLAlchemy expression (sixteen band clauses, say) cost more than running it.


@functools.cache
def same_outlet(a: str | None, b: str | None) -> bool:
    """May two articles of one text be one outlet's (a duplicate), not two outlets' copies of a wire story?

    Only two named, different outlets make copies: an article without an outlet is taken to be the
    stored one again (re-ingesting a file whose rows lack the source column stays idempotent)."""
    if not a or not b:
        return True
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _article_by(column: str) -> Select[Any]:
    """The id of a stored article whose ``column`` equals the ``value`` parameter (the first only)."""
    stmt = select(s.articles.c.id).where(s.articles.c[column] == bindparam("value"))
    return stmt if column == "id" else stmt.limit(1)


@functools.cache
def _band_candidates(n: int) -> Select[Any]:
    """Ids (up to 50) of the stored articles sharing one of ``n`` LSH band keys (``band_i``, ``hash_i``)."""
    b = s.article_bands.c
    cond = or_(*[(b.band == bindparam(f"band_{i}")) & (b.hash == bindparam(f"hash_{i}")) for i in range(n)])
    return select(b.article_id).where(cond).distinct().limit(50)


_CLEAR_FAILURES = delete(s.failures).where(s.failures.c.input == bindparam("input"))


def near_duplicate_of(
    conn: Connection, normalised: str, pending: PendingArticles | None = None
) -> tuple[tuple[str, float] | None, list[tuple[int, str]], Shingles]:
    """(original id, Jaccard) or None, the LSH keys to store with the article and its shingles; its text
    is given normalised (``dedup.normalise_text``: the content hash's text, made once). ``pending``: the
    transaction's articles not inserted yet (``PendingArticles``)."""
    sh, keys = near_dup_keys_of(normalised)
    return Store.find_near_duplicate(conn, normalised, keys, sh, pending), keys, sh
