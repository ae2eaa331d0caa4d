"""RSS and Atom feeds: conditional polls (ETag / Last-Modified) and the entries each poll lists.

Which entries are new is the store's business (its ``feed_items`` table); this
module only fetches through the SSRF guard of ``fetch`` and parses with
feedparser, which reads RSS 0.9x-2.0, Atom and RDF alike.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpx

from wardesk.errors import FeedError
from wardesk.ingest.fetch import FETCH_DEADLINE_S, Fetched, fetch

_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: a stable key (hash of its id or link), the link, and what the feed says of it."""

    key: str
    link: str | None
    title: str | None = None
    published: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class FeedPoll:
    """One poll of a feed: its entries (none when the server said 304 Not Modified) and the validators to store."""

    url: str
    not_modified: bool
    entries: list[FeedEntry] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None


def looks_like_feed(fetched: Fetched) -> bool:
    """True when a response is an RSS/Atom document (by content type, or by its first tag for text/xml-ish bodies)."""
    ctype = fetched.content_type.split(";", 1)[0].strip().lower()
    if ctype in _FEED_TYPES[:3]:
        return True
    head = fetched.body[:2048].lstrip().lower()
    if ctype in _FEED_TYPES[3:] or head.startswith(b"<?xml"):
        return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
    return False


def entry_key(entry_id: str | None, link: str | None, title: str | None) -> str:
    """The seen-items key of an entry: SHA-256 of its id, else its link, else its title."""
    basis = entry_id or link or title or ""
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def _absolute(feed_url: str, link: object) -> str | None:
    """An entry's link resolved against the feed's URL ('/news/1' on https://site/feed.xml is
    https://site/news/1); a link that cannot be joined is kept as written, to fail as itself."""
    if not isinstance(link, str) or not link.strip():
        return None
    try:
        return urljoin(feed_url, link.strip())
    except ValueError:
        return link


def parse_feed(fetched: Fetched) -> FeedPoll:
    """The entries of a fetched feed; raises FeedError when the body is no feed at all."""
    import feedparser

    logging.getLogger("feedparser").setLevel(logging.ERROR)
    parsed = feedparser.parse(fetched.body)
    if parsed.get("bozo") and not parsed.entries and not parsed.get("feed"):
        raise FeedError(
            f"not an RSS or Atom feed ({parsed.get('bozo_exception')}); check the URL", where=fetched.url
        )
    entries = []
    for e in parsed.entries:
        link = _absolute(fetched.url, e.get("link"))
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = (
            dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.timezone.utc).date().isoformat()
            if stamp
            else None
        )
        summary = e.get("summary")
        if e.get("content"):
            summary = max((c.get("value", "") for c in e["content"]), key=len) or summary
        entries.append(
            FeedEntry(
                key=entry_key(e.get("id"), link, e.get("title")),
                link=link,
                title=e.get("title"),
                published=published,
                summary=summary,
            )
        )
    return FeedPoll(
        url=fetched.url,
        not_modified=False,
        entries=entries,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        title=parsed.get("feed", {}).get("title"),
    )


def poll_feed(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    allow_private: bool = False,
    client: httpx.Client | None = None,
    deadline_s: float = FETCH_DEADLINE_S,
) -> FeedPoll:
    """Fetch a feed with If-None-Match / If-Modified-Since and parse it; a 304 gives no entries."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    fetched = fetch(url, allow_private=allow_private, headers=headers, client=client, deadline_s=deadline_s)
    if fetched.not_modified:
        return FeedPoll(url=url, not_modified=True, etag=etag, last_modified=last_modified)
    poll = parse_feed(fetched)
    return FeedPoll(
        url=url,
        not_modified=False,
        entries=poll.entries,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        title=poll.title,
    )
