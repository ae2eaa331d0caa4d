"""Ingest: inputs (files, folders, stdin, URLs, feeds) -> deduplicated articles and their events in the store.

Per batch of articles: a read-only look for what is already stored (by id, URL
or content hash), extraction of the rest (outside any transaction, so another
process can write meanwhile), then one write transaction that checks again,
marks near-duplicates, inserts, records failures and the position reached in
each input, and commits. A killed run loses at most the batch in flight; a
rerun skips what is committed. After each commit the link run
(``wardesk.flows.link``) assigns the new events to stories.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from wardesk.errors import FeedError, FetchError, IngestError, WardeskError
from wardesk.flows.link import LinkState, link_events, unlinked_articles
from wardesk.flows.memory import fewer_collections
from wardesk.ingest import CsvColumns, IngestFailure, drop_unsafe_url, read_located, scrub_article
from wardesk.ingest.feeds import FeedEntry
from wardesk.ingest.fetch import FETCH_DEADLINE_S
from wardesk.ingest.readers import path_text
from wardesk.record import Article
from wardesk.store import rows as r
from wardesk.store.db import FeedItem, PendingArticles, Store, near_duplicate_of, same_outlet, utcnow
from wardesk.store.dedup import normalise_text, normalised_hash
from wardesk.store.engine import retry_locked

#: Articles per write transaction (and link run): a killed run loses at most this many.
BATCH_ARTICLES = 16
#: Articles extracted together, in one ``Pipeline.run_many`` call, before their writes: the
#: pipeline's own spaCy batch (``flows.extract.BATCH_ARTICLES``), whose parser and vector layers
#: cost less per article in big batches (FA-KES extraction CPU, same process, alternating: 31.2 and
#: 28.6 s in batches of 16, 29.4 and 27.6 s in batches of 128). The writes and link runs stay
#: ``BATCH_ARTICLES`` each, cut where they were before, so what is stored and linked is unchanged.
EXTRACT_ARTICLES = 128
#: Attempts of a batch write that lost a race to another process (a unique key it inserted first).
WRITE_ATTEMPTS = 5

#: Tries of a feed entry whose fetch failed for now (a time-out, HTTP 5xx, 408 or 429) before wardesk
#: gives up on it: with the doubling wait below, the last try comes about a day after the first.
FEED_ENTRY_TRIES = 6
#: Seconds before the first retry of such an entry; each further retry waits twice as long as the last
#: (10 min, 20 min, 40 min, ...), so a site that is down for an hour is not asked every poll.
FEED_RETRY_BASE_S = 600.0
#: Seconds one poll of a feed may spend fetching its entries; what is left waits for the next poll,
#: so --watch keeps its rhythm and one slow site cannot hold the others.
FEED_POLL_DEADLINE_S = 300.0

#: Status names passed to the progress callback and counted in IngestStats.
STATUSES = ("new", "already", "repeated", "skipped", "duplicate", "near_duplicate", "failed")


@dataclass
class IngestStats:
    """What a run did. ``already``: stored by an earlier run (same id); ``repeated``: an id this run
    has met before in its own input; ``duplicates``: same URL or content under another id;
    ``skipped``: items of an unchanged file that an earlier run had already committed (stored or failed)."""

    read: int = 0
    new: int = 0
    already: int = 0
    repeated: int = 0
    skipped: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    events: int = 0
    feeds_polled: int = 0
    feeds_not_modified: int = 0
    feed_retries: int = 0
    link_errors: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class _Item:
    where: str
    article: Article | None = None
    failure: tuple[str | None, str] | None = None  # (code, reason)
    progress: tuple[str, str | None, int] | None = None  # (source key, fingerprint, position after this item)
    feed: tuple[str, FeedItem] | None = None  # (feed url, what to record of the entry)
    existing: tuple[str, str] | None = None
    chash: str = ""
    #: The article's text normalised (``dedup.normalise_text``): its content hash and its shingles.
    normalised: str = ""


@dataclass
class Ingester:
    """Runs ingests into one store. ``on_item(status)`` is called once per input item (for a progress bar)."""

    store: Store
    allow_private: bool = False
    columns: CsvColumns | None = None
    published: str | None = None
    batch_articles: int = BATCH_ARTICLES
    #: Articles extracted together (several write batches); at least ``batch_articles``.
    extract_articles: int = EXTRACT_ARTICLES
    on_item: Callable[[str], None] | None = None
    on_message: Callable[[str], None] | None = None
    #: Called with (input, "[code] reason") for each item that failed, once it is recorded.
    on_failure: Callable[[str, str], None] | None = None
    link: bool = True
    stats: IngestStats = field(default_factory=IngestStats)
    feed_urls: list[str] = field(default_factory=list)
    #: What extracts the events: a ``Pipeline`` (made on first use), or a worker pool /
    #: Dask runner with the same ``run_many``.
    pipeline: Any = None
    fetch_deadline_s: float = FETCH_DEADLINE_S
    poll_deadline_s: float = FEED_POLL_DEADLINE_S
    feed_tries: int = FEED_ENTRY_TRIES
    retry_base_s: float = FEED_RETRY_BASE_S
    _batch: list[_Item] = field(default_factory=list)
    #: Write batches closed and waiting for their extraction (made together once enough articles wait).
    _parts: list[list[_Item]] = field(default_factory=list)
    _link_state: LinkState = field(default_factory=LinkState)
    _client: Any = None
    #: Article ids met in this run's input so far (a second one is a repeat, not "already stored").
    _run_ids: set[str] = field(default_factory=set)
    #: The events stored by the write being attempted, by event id (handed to the linker once committed).
    _written: dict[str, Any] = field(default_factory=dict)
    #: The event rows of the write being attempted, by table: written together at the end of the batch.
    _events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: The article rows and LSH keys of the write being attempted: inserted together before its events.
    _pending: PendingArticles = field(default_factory=PendingArticles)
    #: Whether the write being attempted may find a recorded failure to clear (none recorded: no deletes).
    _failures: bool = True

    # --- entry points ------------------------------------------------------------------

    def run(self, sources: Iterable[str]) -> IngestStats:
        """Ingest every source in order; returns the running totals."""
        started = time.perf_counter()
        try:
            with fewer_collections():  # extraction's thresholds, through the writes and link runs too
                for source in sources:
                    if _is_url(source):
                        self._ingest_url(source)
                    else:
                        self._ingest_local(source)
                self._flush()
                if self.link:
                    self._link_leftovers()
        finally:
            self.stats.seconds += time.perf_counter() - started
        return self.stats

    def run_articles(self, articles: Iterable[Article]) -> IngestStats:
        """Ingest articles already in memory (the API's POST) through the same checks,
        de-duplication, batched writes and linking as articles read from a source."""
        started = time.perf_counter()
        try:
            with fewer_collections():
                for article in articles:
                    self._add(_Item(article.id, article=article))
                self._flush()
        finally:
            self.stats.seconds += time.perf_counter() - started
        return self.stats

    def poll_feeds(self) -> IngestStats:
        """Poll every feed seen so far again (for --watch)."""
        return self.run(list(self.feed_urls))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # --- sources -------------------------------------------------------------------------

    def _ingest_local(self, source: str) -> None:
        key, fingerprint = _source_key(source)
        skip = 0
        if fingerprint is not None:
            with self.store.engine.connect() as conn:
                stored_fp, position = Store.get_progress(conn, key)
            if stored_fp == fingerprint:
                skip = position
        items = read_located([source], columns=self.columns, published=self.published)
        for position, (where, item) in enumerate(items, 1):
            if position <= skip:  # committed by an earlier run of this same file
                self.stats.read += 1
                self.stats.skipped += 1
                self._tick("skipped")
                continue
            progress = (key, fingerprint, position)
            if isinstance(item, IngestFailure):
                self._add(_Item(item.where, failure=(item.error.code, item.error.message), progress=progress))
            else:
                self._add(_Item(where, article=item, progress=progress))

    def _client_(self):  # noqa: ANN202
        if self._client is None:
            from wardesk.ingest.fetch import make_client

            self._client = make_client(allow_private=self.allow_private)
        return self._client

    def _ingest_url(self, url: str) -> None:
        from wardesk.ingest.feeds import looks_like_feed, parse_feed, poll_feed
        from wardesk.ingest.fetch import article_from_page, fetch

        etag, last_modified = self.store.feed_state(url)
        known_feed = etag is not None or last_modified is not None or url in self.feed_urls
        try:
            if known_feed:
                poll = poll_feed(
                    url,
                    etag=etag,
                    last_modified=last_modified,
                    allow_private=self.allow_private,
                    client=self._client_(),
                    deadline_s=self.fetch_deadline_s,
                )
            else:
                fetched = fetch(
                    url,
                    allow_private=self.allow_private,
                    client=self._client_(),
                    deadline_s=self.fetch_deadline_s,
                )
                if not looks_like_feed(fetched):
                    art = article_from_page(fetched)
                    if isinstance(art, IngestFailure):
                        self._add(_Item(url, failure=(art.error.code, art.error.message)))
                    else:
                        self._add(_Item(url, article=art))
                    return
                poll = parse_feed(fetched)
        except (IngestError, FeedError) as exc:
            self._add(_Item(url, failure=(exc.code, exc.message)))
            return
        if url not in self.feed_urls:
            self.feed_urls.append(url)
        self.stats.feeds_polled += 1
        if poll.not_modified:
            self.stats.feeds_not_modified += 1
            self._message(f"{url}: not modified since the last poll")
        left = self._feed_entries(url, poll.entries)
        # Validators only after the entries are committed: a run killed before would
        # otherwise get 304 next time and never see the entries it had not stored; and
        # not when the poll's time ran out, so the next poll lists the entries left.
        if not poll.not_modified and not left:
            self.store.save_feed_state(url, poll.etag, poll.last_modified)

    def _feed_entries(self, url: str, entries: list[FeedEntry]) -> int:
        """Fetch and queue the entries of one poll that are new or due for a retry (those listed, then
        retries of entries the feed no longer lists); how many the poll's deadline left for later."""
        now = utcnow()
        known = self.store.feed_items(url, [e.key for e in entries])
        todo: list[tuple[FeedEntry, FeedItem | None]] = []
        for entry in entries:
            prev = known.get(entry.key)
            if prev is None or (prev.state == "retry" and _due(prev, now)):
                todo.append((entry, prev))
        listed = {e.key for e in entries}
        for prev in self.store.due_retries(url, now):
            if prev.key not in listed:
                todo.append((FeedEntry(prev.key, prev.link, prev.title, prev.published), prev))
        ends = time.monotonic() + self.poll_deadline_s
        for n, (entry, prev) in enumerate(todo):
            if time.monotonic() >= ends:
                left = len(todo) - n
                self._message(
                    f"{url}: {left} entries left for the next poll (this poll took more than "
                    f"{self.poll_deadline_s:g} s)"
                )
                self._flush()
                return left
            if prev is not None:
                self.stats.feed_retries += 1
            self._add(self._feed_entry_item(url, entry, prev))
        self._flush()
        return 0

    def _feed_entry_item(self, feed_url: str, entry: FeedEntry, prev: FeedItem | None) -> _Item:
        """The item of one feed entry: its article, or its failure (to retry later when the fetch may
        succeed then). Nothing an entry holds can stop the others: any error becomes its failure."""
        from wardesk.ingest.fetch import article_from_page, fetch

        attempts = (prev.attempts if prev else 0) + 1
        mark = (
            feed_url,
            FeedItem(entry.key, entry.link, "done", attempts, None, entry.title, entry.published),
        )
        if not entry.link:
            if entry.summary:
                art = Article(
                    id="feed-" + entry.key[:16],
                    title=entry.title,
                    text=entry.summary,
                    published=entry.published,
                    published_from="input" if entry.published else "none",
                )
                return _Item(art.id, article=art, feed=mark)
            return _Item(feed_url, failure=("E112", "a feed entry with neither link nor text"), feed=mark)
        try:
            fetched = fetch(
                entry.link,
                allow_private=self.allow_private,
                client=self._client_(),
                deadline_s=self.fetch_deadline_s,
            )
            art = article_from_page(fetched, title=entry.title, published=entry.published)
        except IngestError as exc:
            return self._entry_failure(feed_url, entry, attempts, exc)
        except Exception as exc:  # a malformed entry must be one failure, never the end of the feed
            return self._entry_failure(
                feed_url,
                entry,
                attempts,
                FetchError(
                    f"cannot read this entry ({type(exc).__name__}: {exc})", where=entry.link, transient=False
                ),
            )
        if isinstance(art, IngestFailure):
            return _Item(entry.link, failure=(art.error.code, art.error.message), feed=mark)
        return _Item(art.id, article=art, feed=mark)

    def _entry_failure(self, feed_url: str, entry: FeedEntry, attempts: int, exc: IngestError) -> _Item:
        """A failed entry: retried on a later poll while its failure may pass and tries remain."""
        link = entry.link or feed_url
        state, next_try, reason = "done", None, exc.message
        if isinstance(exc, FetchError) and exc.transient:
            if attempts < self.feed_tries:
                state = "retry"
                next_try = utcnow() + dt.timedelta(seconds=self.retry_base_s * 2 ** (attempts - 1))
                reason = (
                    f"{exc.message}; wardesk tries it again on a later poll (up to {self.feed_tries} tries)"
                )
            else:
                reason = f"{exc.message}; given up after {attempts} tries"
        item = FeedItem(entry.key, entry.link, state, attempts, next_try, entry.title, entry.published)
        return _Item(link, failure=(exc.code, reason), feed=(feed_url, item))

    # --- batching -----------------------------------------------------------------------

    def _add(self, item: _Item) -> None:
        if item.article is not None:  # the same text on SQLite and PostgreSQL, and only http(s) links
            item.article = drop_unsafe_url(item.where, scrub_article(item.article))
        self.stats.read += 1
        self._batch.append(item)
        if (
            sum(1 for it in self._batch if it.article is not None) >= self.batch_articles
            or len(self._batch) >= 4 * self.batch_articles
        ):
            self._parts.append(self._batch)
            self._batch = []
            items = [it for part in self._parts for it in part]
            waiting = sum(1 for it in items if it.article is not None)
            if waiting >= self.extract_articles or len(items) >= 4 * self.extract_articles:
                self._flush()

    def _flush(self) -> None:
        """Extract the waiting write batches together, then write and link each in turn."""
        parts = [*self._parts, self._batch] if self._batch else self._parts
        self._parts, self._batch = [], []
        if not parts:
            return
        # one look for what is stored, over all of them: a later batch's copy of an earlier batch's
        # article is found as a copy within the run (it is stored or counted by then), not extracted
        self._precheck([it for part in parts for it in part])
        outputs = self._extract([it for part in parts for it in part])
        for part in parts:
            delta, new_ids = self._write(part, outputs)
            for name, n in delta.items():
                setattr(self.stats, name, getattr(self.stats, name) + n)
            if new_ids and self.link:
                self._link(new_ids)

    def _precheck(self, batch: list[_Item]) -> None:
        """Mark what is stored already (read only), so it is not extracted again."""
        ids: set[str] = set()
        urls: set[str] = set()
        hashes: dict[str, list[str | None]] = {}
        items = [it for it in batch if it.article is not None]
        for it in items:
            if not it.normalised:
                it.normalised = normalise_text(it.article.text)
                it.chash = normalised_hash(it.normalised)
        with self.store.engine.connect() as conn:
            found = Store.find_existing_many(
                conn,
                [(it.article.id, it.article.url, it.chash) for it in items],
                [it.article.source for it in items],
            )
        for it, stored in zip(items, found, strict=True):
            it.existing = stored
            if it.existing is None:
                # an earlier item of this same batch (the same text from another outlet is a copy: stored)
                if it.article.id in ids:
                    it.existing = ("repeat", it.article.id)
                elif it.article.url and it.article.url in urls:
                    it.existing = ("url", it.article.url)
                elif any(same_outlet(it.article.source, o) for o in hashes.get(it.chash, ())):
                    it.existing = ("hash", it.chash)
            ids.add(it.article.id)
            if it.article.url:
                urls.add(it.article.url)
            hashes.setdefault(it.chash, []).append(it.article.source)

    def _extract(self, batch: list[_Item]) -> dict[str, Any]:
        todo = [it.article for it in batch if it.article is not None and it.existing is None]
        if not todo:
            return {}
        if self.pipeline is None:
            from wardesk.flows.extract import Pipeline

            self.pipeline = Pipeline()
        out: dict[str, Any] = {}
        for res in self.pipeline.run_many(todo):
            if isinstance(res, tuple):
                art, exc = res
                out[art.id] = exc
            else:
                out[res.article_id] = res
        return out

    def _write(self, batch: list[_Item], outputs: dict[str, Any]) -> tuple[Counter[str], list[str]]:
        def attempt() -> tuple[Counter[str], list[str], list[str]]:
            self._written = {}
            delta: Counter[str] = Counter()
            new_ids: list[str] = []
            statuses: list[str] = []
            now = utcnow()
            self._events = {table: [] for table in Store.EVENT_TABLES}
            self._pending = PendingArticles()
            with self.store.engine.begin() as conn:
                self._failures = Store.has_failures(conn)
                # what was stored before this transaction (by another process, say), looked up at once; a
                # copy within the batch of an article written earlier in it is marked by ``_precheck``
                items = [it for it in batch if it.article is not None]
                stored = Store.find_existing_many(
                    conn,
                    [(it.article.id, it.article.url, it.chash) for it in items],
                    [it.article.source for it in items],
                )
                found = {id(it): got for it, got in zip(items, stored, strict=True)}
                for it in batch:
                    if it.feed is not None and it.article is None:
                        Store.clear_failures(conn, it.where)  # one row per entry: how it stands now
                    status = self._write_item(conn, it, outputs, now, delta, new_ids, found.get(id(it)))
                    statuses.append(status)
                    if it.feed is not None:
                        feed_url, entry = it.feed
                        Store.mark_item(conn, feed_url, entry)
                        if status != "failed" and entry.link:
                            Store.clear_failures(conn, entry.link)  # stored at last: its retries are over
                # the batch's articles and event rows, a statement per table (nothing reads them before
                # the commit: copies within the batch are marked by the pre-check, near-duplicates found
                # among the pending articles)
                Store.insert_pending(conn, self._pending)
                Store.insert_event_rows(conn, self._events)
                last: dict[str, tuple[str | None, int]] = {}
                for it in batch:
                    if it.progress is not None:
                        key, fp, pos = it.progress
                        last[key] = (fp, pos)
                for key, (fp, pos) in last.items():
                    Store.set_progress(conn, key, fp, pos)
            return delta, new_ids, statuses

        for n in range(WRITE_ATTEMPTS):
            try:
                delta, new_ids, statuses = retry_locked(attempt)
                if self.link:
                    self._link_state.written.update(self._written)  # committed: the linker may take them
                break
            except IntegrityError:
                if n == WRITE_ATTEMPTS - 1:
                    raise
                self._precheck(batch)  # another process stored some of these first: look again
        for it, status in zip(batch, statuses, strict=True):
            if it.article is not None:
                self._run_ids.add(it.article.id)
            if status == "failed" and self.on_failure is not None:
                self.on_failure(*self._failure_of(it, outputs))
            self._tick(status)
        return delta, new_ids

    @staticmethod
    def _failure_of(it: _Item, outputs: dict[str, Any]) -> tuple[str, str]:
        """(input, "[code] reason") of a failed item, as recorded."""
        if it.article is None:
            code, reason = it.failure or (None, "unknown failure")
            return it.where, f"[{code}] {reason}" if code else reason
        out = outputs.get(it.article.id)
        if isinstance(out, WardeskError):
            return it.article.id, f"[{out.code}] {out.message}"
        return it.article.id, "not extracted"

    def _write_item(
        self,
        conn,  # noqa: ANN001
        it: _Item,
        outputs: dict[str, Any],
        now,  # noqa: ANN001
        delta: Counter[str],
        new_ids: list[str],
        stored: tuple[str, str] | None,
    ) -> str:
        if it.article is None:
            code, reason = it.failure or (None, "unknown failure")
            Store.record_failure(conn, it.where, code, reason)
            self._failures = True
            delta["failed"] += 1
            return "failed"
        art = it.article
        existing = stored or it.existing
        if existing is not None:
            if (it.existing and it.existing[0] == "repeat") or (
                existing[0] == "id" and art.id in self._run_ids
            ):
                delta["repeated"] += 1  # this run's input gave the id before: not stored by an earlier run
                return "repeated"
            kind = "already" if existing[0] == "id" else "duplicate"
            delta["already" if kind == "already" else "duplicates"] += 1
            return kind
        out = outputs.get(art.id)
        if out is None or isinstance(out, WardeskError):
            reason = out.message if isinstance(out, WardeskError) else "not extracted"
            Store.record_failure(conn, art.id, getattr(out, "code", None), reason)
            self._failures = True
            delta["failed"] += 1
            return "failed"
        near, keys, shingles = near_duplicate_of(conn, it.normalised, self._pending)
        row = r.article_row(
            art,
            content_hash=it.chash,
            near_dup_of=near[0] if near else None,
            similarity=round(near[1], 4) if near else None,
            published=out.published,
            published_from=out.published_from,
            now=now,
        )
        self._pending.add(row, keys, shingles)
        for table, rows in r.event_rows(out).items():
            self._events[table] += rows
        self._written.update((r.event_id(art.id, i), ev) for i, ev in enumerate(out.events))
        for name in {it.where, art.id, art.url} - {None} if self._failures else ():
            Store.clear_failures(conn, name)  # failed in an earlier run, stored now
        new_ids.append(art.id)
        delta["new"] += 1
        delta["events"] += len(out.events)
        if near:
            delta["near_duplicates"] += 1
            return "near_duplicate"
        return "new"

    # --- linking ------------------------------------------------------------------------

    def _link(self, article_ids: list[str]) -> None:
        """Link the events of these stored articles; when the batch fails, each article alone, so one
        report's failure (recorded, retried by the next run) never leaves the others unlinked."""
        try:
            run = retry_locked(lambda: link_events(self.store.engine, article_ids, self._link_state))
            for line in run.messages:
                self._message(line)
            return
        except Exception as exc:  # the articles are stored; a linker bug must not stop the ingest
            if len(article_ids) == 1:
                self._link_failed(article_ids, exc)
                return
        for article_id in article_ids:
            try:
                run = retry_locked(
                    lambda aid=article_id: link_events(self.store.engine, [aid], self._link_state)
                )
                for line in run.messages:
                    self._message(line)
            except Exception as exc:  # noqa: BLE001 - recorded, and the next run tries again
                self._link_failed([article_id], exc)

    def _link_failed(self, article_ids: list[str], exc: Exception) -> None:
        self.stats.link_errors += 1
        reason = (
            f"linking failed ({type(exc).__name__}: {exc}); the articles are stored, the next ingest "
            "tries to link them again"
        )
        self._message(f"{', '.join(article_ids[:5])}: {reason}")

        def record() -> None:
            with self.store.engine.begin() as conn:
                Store.record_failure(conn, "link:" + ",".join(article_ids[:5]), "E600", reason)

        retry_locked(record)

    def _link_leftovers(self) -> None:
        """Link what an earlier run stored but could not link (its linking failed, or it was killed
        between the commit and the link)."""
        with self.store.engine.connect() as conn:
            left = unlinked_articles(conn)
        for chunk in range(0, len(left), self.batch_articles):
            self._link(left[chunk : chunk + self.batch_articles])

    def _tick(self, status: str) -> None:
        if self.on_item is not None:
            self.on_item(status)

    def _message(self, text: str) -> None:
        if self.on_message is not None:
            self.on_message(text)


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _source_key(source: str) -> tuple[str, str | None]:
    """The progress key of a local input and a fingerprint (size, mtime) that changes when a file changes.

    Folders and stdin get no fingerprint: they are resumed by the id/URL/hash checks alone.
    """
    if source == "-":
        return "<stdin>", None
    path = Path(source)
    try:
        if path.is_file():
            st = path.stat()
            return path_text(path.resolve()), f"{st.st_size}:{st.st_mtime_ns}"
        return path_text(path.resolve()), None
    except OSError:
        return path_text(os.path.abspath(source)), None


def _due(item: FeedItem, now: dt.datetime) -> bool:
    """Whether a retry's time has come (SQLite gives back naive datetimes: they are UTC)."""
    if item.next_try is None:
        return True
    when = item.next_try if item.next_try.tzinfo else item.next_try.replace(tzinfo=dt.timezone.utc)
    return when <= now
