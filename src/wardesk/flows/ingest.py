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

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from wardesk.errors import FeedError, IngestError, WardeskError
from wardesk.flows.link import LinkState, link_events
from wardesk.ingest import CsvColumns, IngestFailure, read_located
from wardesk.record import Article
from wardesk.store import rows as r
from wardesk.store.db import Store, near_duplicate_of, utcnow
from wardesk.store.dedup import content_hash
from wardesk.store.engine import retry_locked

#: Articles per write transaction: the pipeline's batch, so a commit follows each spaCy batch.
BATCH_ARTICLES = 16
#: Attempts of a batch write that lost a race to another process (a unique key it inserted first).
WRITE_ATTEMPTS = 5

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
    feed: tuple[str, str, str | None] | None = None  # (feed url, item key, link)
    existing: tuple[str, str] | None = None
    chash: str = ""


@dataclass
class Ingester:
    """Runs ingests into one store. ``on_item(status)`` is called once per input item (for a progress bar)."""

    store: Store
    allow_private: bool = False
    columns: CsvColumns | None = None
    published: str | None = None
    batch_articles: int = BATCH_ARTICLES
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
    _batch: list[_Item] = field(default_factory=list)
    _link_state: LinkState = field(default_factory=LinkState)
    _client: Any = None
    #: Article ids met in this run's input so far (a second one is a repeat, not "already stored").
    _run_ids: set[str] = field(default_factory=set)

    # --- entry points ------------------------------------------------------------------

    def run(self, sources: Iterable[str]) -> IngestStats:
        """Ingest every source in order; returns the running totals."""
        started = time.perf_counter()
        try:
            for source in sources:
                if _is_url(source):
                    self._ingest_url(source)
                else:
                    self._ingest_local(source)
            self._flush()
        finally:
            self.stats.seconds += time.perf_counter() - started
        return self.stats

    def run_articles(self, articles: Iterable[Article]) -> IngestStats:
        """Ingest articles already in memory (the API's POST) through the same checks,
        de-duplication, batched writes and linking as articles read from a source."""
        started = time.perf_counter()
        try:
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

            self._client = make_client()
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
                )
            else:
                fetched = fetch(url, allow_private=self.allow_private, client=self._client_())
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
            return
        seen = self.store.seen_items(url, [e.key for e in poll.entries])
        for entry in poll.entries:
            if entry.key in seen:
                continue
            item = self._feed_entry_item(url, entry, fetch, article_from_page)
            self._add(item)
        # Validators only after the entries are committed: a run killed before would
        # otherwise get 304 next time and never see the entries it had not stored.
        self._flush()
        self.store.save_feed_state(url, poll.etag, poll.last_modified)

    def _feed_entry_item(self, feed_url: str, entry, fetch, article_from_page) -> _Item:  # noqa: ANN001
        mark = (feed_url, entry.key, entry.link)
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
            fetched = fetch(entry.link, allow_private=self.allow_private, client=self._client_())
        except IngestError as exc:
            return _Item(entry.link, failure=(exc.code, exc.message), feed=mark)
        art = article_from_page(fetched, title=entry.title, published=entry.published)
        if isinstance(art, IngestFailure):
            return _Item(entry.link, failure=(art.error.code, art.error.message), feed=mark)
        return _Item(art.id, article=art, feed=mark)

    # --- batching -----------------------------------------------------------------------

    def _add(self, item: _Item) -> None:
        self.stats.read += 1
        self._batch.append(item)
        if (
            sum(1 for it in self._batch if it.article is not None) >= self.batch_articles
            or len(self._batch) >= 4 * self.batch_articles
        ):
            self._flush()

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        self._precheck(batch)
        outputs = self._extract(batch)
        delta, new_ids = self._write(batch, outputs)
        for name, n in delta.items():
            setattr(self.stats, name, getattr(self.stats, name) + n)
        if new_ids and self.link:
            self._link(new_ids)

    def _precheck(self, batch: list[_Item]) -> None:
        """Mark what is stored already (read only), so it is not extracted again."""
        ids: set[str] = set()
        urls: set[str] = set()
        hashes: set[str] = set()
        with self.store.engine.connect() as conn:
            for it in batch:
                if it.article is None:
                    continue
                it.chash = content_hash(it.article.text)
                it.existing = Store.find_existing(conn, it.article.id, it.article.url, it.chash)
                if it.existing is None:
                    # an earlier item of this same batch
                    if it.article.id in ids:
                        it.existing = ("repeat", it.article.id)
                    elif it.article.url and it.article.url in urls:
                        it.existing = ("url", it.article.url)
                    elif it.chash in hashes:
                        it.existing = ("hash", it.chash)
                ids.add(it.article.id)
                if it.article.url:
                    urls.add(it.article.url)
                hashes.add(it.chash)

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
            delta: Counter[str] = Counter()
            new_ids: list[str] = []
            statuses: list[str] = []
            now = utcnow()
            with self.store.engine.begin() as conn:
                for it in batch:
                    status = self._write_item(conn, it, outputs, now, delta, new_ids)
                    statuses.append(status)
                    if it.feed is not None:
                        Store.mark_seen(conn, *it.feed)
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
        self, conn, it: _Item, outputs: dict[str, Any], now, delta: Counter[str], new_ids: list[str]
    ) -> str:  # noqa: ANN001
        if it.article is None:
            code, reason = it.failure or (None, "unknown failure")
            Store.record_failure(conn, it.where, code, reason)
            delta["failed"] += 1
            return "failed"
        art = it.article
        existing = Store.find_existing(conn, art.id, art.url, it.chash) or it.existing
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
            delta["failed"] += 1
            return "failed"
        near, keys = near_duplicate_of(conn, art.text)
        row = r.article_row(
            art,
            content_hash=it.chash,
            near_dup_of=near[0] if near else None,
            similarity=round(near[1], 4) if near else None,
            published=out.published,
            published_from=out.published_from,
            now=now,
        )
        Store.insert_article(conn, row, keys, r.event_rows(out))
        for name in {it.where, art.id, art.url} - {None}:
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
        try:
            run = retry_locked(lambda: link_events(self.store.engine, article_ids, self._link_state))
            for line in run.messages:
                self._message(line)
        except Exception as exc:  # the articles are stored; a linker bug must not stop the ingest
            self.stats.link_errors += 1
            reason = f"linking failed ({type(exc).__name__}: {exc}); the articles are stored, rerun to link"
            self._message(reason)

            def record() -> None:
                with self.store.engine.begin() as conn:
                    Store.record_failure(conn, "link:" + ",".join(article_ids[:5]), "E600", reason)

            retry_locked(record)

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
            return str(path.resolve()), f"{st.st_size}:{st.st_mtime_ns}"
        return str(path.resolve()), None
    except OSError:
        return os.path.abspath(source), None
