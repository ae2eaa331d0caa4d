"""Fetch web pages safely: http(s) only, an SSRF guard on every connection, time-outs, a deadline, a size limit.

The guard (``guard.GuardedTransport``) resolves each host once, refuses
private, loopback, link-local, multicast, reserved and other special-purpose
addresses (``addresses``), and connects to the address it checked, since a
URL taken from a feed or a colleague's list could otherwise make wardesk read
the local network (a router page, a cloud metadata service). ``allow_private``
lifts it for intranet sources and tests. Redirects are followed by hand so
each new location is checked again, and the whole fetch, redirects included,
must end within ``FETCH_DEADLINE_S``.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from wardesk import __version__
from wardesk.errors import BlockedAddress, FetchError, IngestError
from wardesk.ingest.addresses import blocked_reason
from wardesk.ingest.checks import check_article
from wardesk.ingest.dateline import find_dateline
from wardesk.ingest.decode import decode_bytes
from wardesk.ingest.failure import IngestFailure
from wardesk.ingest.guard import GuardedTransport, deadline, split_url
from wardesk.ingest.published import resolve_published
from wardesk.ingest.webpage import extract_webpage
from wardesk.record import Article

__all__ = [
    "FETCH_DEADLINE_S",
    "Fetched",
    "article_from_page",
    "blocked_reason",
    "check_url",
    "fetch",
    "is_url",
    "make_client",
    "url_article_id",
]

#: Largest response body read, in bytes; news pages with markup are well under 2 MB.
MAX_FETCH_BYTES = 5 * 1024 * 1024
#: Redirects followed per URL (each re-checked by the guard).
MAX_REDIRECTS = 5
#: Seconds to connect, and to wait for each read.
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 15.0
#: Seconds one fetch may take in all, redirects and body included. A news page arrives in a
#: few seconds; the per-read time-out alone lets a server that sends a byte every few seconds
#: hold a worker for ever, so this bounds the whole.
FETCH_DEADLINE_S = 60.0
USER_AGENT = f"wardesk/{__version__} (+https://github.com/wardesk; conflict-news research)"
_REDIRECT_CODES = {301, 302, 303, 307, 308}
#: 4xx answers that mean "not now" rather than "never": Request Timeout, Too Many Requests.
RETRY_STATUSES = frozenset({408, 429})


@dataclass(frozen=True)
class Fetched:
    """One HTTP response: the final URL (after redirects), status, selected headers and the body."""

    url: str
    status: int
    content_type: str = ""
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_url(value: str) -> bool:
    """True for http:// and https:// URLs (what ingest fetches instead of reading a file)."""
    return value.lower().startswith(("http://", "https://"))


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise FetchError for a URL that is not http(s), has no host or is malformed; BlockedAddress when its
    host is an IP address that is not public. Host names are judged when the guard connects."""
    parts = split_url(url)
    if allow_private:
        return
    host = parts.hostname or ""
    try:
        why = blocked_reason(host)
    except ValueError:  # a name, not an address literal
        return
    if why is not None:
        raise BlockedAddress(
            f"refused: {host} is a {why} address; wardesk does not fetch from private networks "
            "unless you pass --allow-private",
            where=url,
        )


def make_client(*, allow_private: bool = False) -> httpx.Client:
    """An httpx client with wardesk's time-outs and user agent, and the SSRF guard unless ``allow_private``.

    Redirects are followed by ``fetch``; proxies from the environment are ignored
    (one would bypass the address check).
    """
    return httpx.Client(
        timeout=httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
        trust_env=False,
        transport=GuardedTransport(allow_private=allow_private),
    )


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    headers: dict[str, str] | None = None,
    client: httpx.Client | None = None,
    max_bytes: int = MAX_FETCH_BYTES,
    deadline_s: float = FETCH_DEADLINE_S,
) -> Fetched:
    """GET ``url`` through the guard; raises FetchError (or BlockedAddress) with a reason that says what to do.

    client (httpx.Client | None): a client from ``make_client`` (its guard setting is the one that
        applies); None makes one for this fetch.
    deadline_s (float): seconds the whole fetch may take, redirects included.
    """
    own = client is None
    client = client or make_client(allow_private=allow_private)
    ends = time.monotonic() + deadline_s
    try:
        seen: list[str] = []
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private=allow_private)
            try:
                with deadline(ends), client.stream("GET", current, headers=headers or {}) as resp:
                    if resp.status_code in _REDIRECT_CODES and "location" in resp.headers:
                        seen.append(current)
                        current = _join(current, resp.headers["location"], url)
                        continue
                    if resp.status_code == 304:
                        return Fetched(url=current, status=304, redirects=seen)
                    if resp.status_code >= 400:
                        raise FetchError(
                            f"the server answered HTTP {resp.status_code}",
                            where=url,
                            status=resp.status_code,
                            transient=resp.status_code in RETRY_STATUSES or resp.status_code >= 500,
                        )
                    body = _read_limited(resp, max_bytes, url)
                    return Fetched(
                        url=current,
                        status=resp.status_code,
                        content_type=resp.headers.get("content-type", ""),
                        body=body,
                        etag=resp.headers.get("etag"),
                        last_modified=resp.headers.get("last-modified"),
                        redirects=seen,
                    )
            except FetchError as exc:
                if exc.where is not None:
                    raise
                # the guard's, raised while connecting, without the URL
                raise type(exc)(exc.message, where=url, transient=exc.transient, status=exc.status) from None
            except httpx.TimeoutException:
                if time.monotonic() >= ends:
                    raise _too_slow(deadline_s, url) from None
                raise FetchError(
                    f"timed out (connect {CONNECT_TIMEOUT_S:.0f} s, read {READ_TIMEOUT_S:.0f} s); try again later",
                    where=url,
                ) from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise FetchError(f"cannot fetch it ({type(exc).__name__}: {exc})", where=url) from None
        raise FetchError(
            f"more than {MAX_REDIRECTS} redirects; last location {current}", where=url, transient=False
        )
    finally:
        if own:
            client.close()


def _too_slow(deadline_s: float, url: str) -> FetchError:
    return FetchError(
        f"the fetch took longer than the {deadline_s:g} s allowed (a server sending very slowly); "
        "try again later",
        where=url,
    )


def _join(current: str, location: str, url: str) -> str:
    try:
        return urljoin(current, location)
    except ValueError as exc:
        raise FetchError(
            f"the server redirected to a malformed URL {location!r} ({exc})", where=url, transient=False
        ) from None


def _read_limited(resp: httpx.Response, max_bytes: int, url: str) -> bytes:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            f"the response is {int(declared):,} bytes, more than the {max_bytes:,} allowed",
            where=url,
            transient=False,
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(
                f"the response is larger than the {max_bytes:,} bytes allowed", where=url, transient=False
            )
        chunks.append(chunk)
    return b"".join(chunks)


def url_article_id(url: str) -> str:
    """A stable article id for a fetched URL: ``url-`` and 16 hex digits of its SHA-1."""
    return "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def article_from_page(
    fetched: Fetched,
    *,
    article_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
) -> Article | IngestFailure:
    """The article in a fetched HTML page (trafilatura: main text, title, date, site name), checked like a file.

    The page's own metadata comes first; ``title``/``source``/``published`` (from a feed entry) fill gaps.
    """
    where = fetched.url
    try:
        html = decode_bytes(fetched.body, where=where)
    except IngestError as exc:  # BinaryInput: not a text page
        return IngestFailure(where, exc)
    page = extract_webpage(html)
    date, origin = resolve_published([(page.published, "html"), (published, "input")])
    article = Article(
        id=article_id or url_article_id(fetched.url),
        url=fetched.url,
        title=page.title or title,
        source=page.source or source or (urlsplit(fetched.url).hostname or None),
        published=date,
        published_from=origin,
        text=page.text,
    )
    if article.published is None:
        found = find_dateline(article.text)
        if found is not None:
            article = article.model_copy(
                update={"published": found.date.isoformat(), "published_from": "dateline"}
            )
    error = check_article(article)
    if error is not None:
        return IngestFailure(where, type(error)(error.message, where=where))
    return article
