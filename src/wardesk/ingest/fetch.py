"""Fetch web pages safely: http(s) only, an SSRF guard on every hop, time-outs, a size limit, few redirects.

The guard resolves the host and refuses private, loopback, link-local,
multicast, reserved and unspecified addresses, since a URL taken from a feed
or a colleague's list could otherwise make wardesk read the local network
(a router page, a cloud metadata service). ``allow_private`` lifts it for
intranet sources and tests. Redirects are followed by hand so each new
location is checked again.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from wardesk import __version__
from wardesk.errors import BlockedAddress, FetchError, IngestError
from wardesk.ingest.checks import check_article
from wardesk.ingest.dateline import find_dateline
from wardesk.ingest.decode import decode_bytes
from wardesk.ingest.failure import IngestFailure
from wardesk.ingest.published import resolve_published
from wardesk.ingest.webpage import extract_webpage
from wardesk.record import Article

#: Largest response body read, in bytes; news pages with markup are well under 2 MB.
MAX_FETCH_BYTES = 5 * 1024 * 1024
#: Redirects followed per URL (each re-checked by the guard).
MAX_REDIRECTS = 5
#: Seconds to connect, and to wait for each read.
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 15.0
USER_AGENT = f"wardesk/{__version__} (+https://github.com/wardesk; conflict-news research)"
_REDIRECT_CODES = {301, 302, 303, 307, 308}


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


def blocked_reason(address: str) -> str | None:
    """Why an IP address is not public ("loopback", "private", ...), None when it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attr, why in (
        ("is_unspecified", "unspecified"),
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_reserved", "reserved"),
        ("is_private", "private"),
    ):
        if getattr(ip, attr):
            return why
    if not ip.is_global:
        return "non-public"
    return None


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise FetchError for a URL that is not http(s) or has no host, BlockedAddress for a non-public host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(
            f"only http and https URLs are fetched, not {parts.scheme or 'scheme-less'} ones", where=url
        )
    host = parts.hostname
    if not host:
        raise FetchError("the URL has no host name", where=url)
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(
            host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc}); check the URL", where=url) from None
    for info in infos:
        address = str(info[4][0])
        why = blocked_reason(address)
        if why is not None:
            raise BlockedAddress(
                f"refused: host {host!r} resolves to {address}, a {why} address; wardesk does not fetch "
                "from private networks unless you pass --allow-private",
                where=url,
            )


def make_client() -> httpx.Client:
    """An httpx client with wardesk's time-outs and user agent; redirects are followed by ``fetch``."""
    return httpx.Client(
        timeout=httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
        trust_env=False,  # a proxy from the environment would bypass the address check
    )


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    headers: dict[str, str] | None = None,
    client: httpx.Client | None = None,
    max_bytes: int = MAX_FETCH_BYTES,
) -> Fetched:
    """GET ``url`` through the guard; raises FetchError (or BlockedAddress) with a reason that says what to do."""
    own = client is None
    client = client or make_client()
    try:
        seen: list[str] = []
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private=allow_private)
            try:
                with client.stream("GET", current, headers=headers or {}) as resp:
                    if resp.status_code in _REDIRECT_CODES and "location" in resp.headers:
                        seen.append(current)
                        current = urljoin(current, resp.headers["location"])
                        continue
                    if resp.status_code == 304:
                        return Fetched(url=current, status=304, redirects=seen)
                    if resp.status_code >= 400:
                        raise FetchError(f"the server answered HTTP {resp.status_code}", where=url)
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
            except httpx.TimeoutException:
                raise FetchError(
                    f"timed out (connect {CONNECT_TIMEOUT_S:.0f} s, read {READ_TIMEOUT_S:.0f} s); try again later",
                    where=url,
                ) from None
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch it ({type(exc).__name__}: {exc})", where=url) from None
        raise FetchError(f"more than {MAX_REDIRECTS} redirects; last location {current}", where=url)
    finally:
        if own:
            client.close()


def _read_limited(resp: httpx.Response, max_bytes: int, url: str) -> bytes:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            f"the response is {int(declared):,} bytes, more than the {max_bytes:,} allowed", where=url
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the response is larger than the {max_bytes:,} bytes allowed", where=url)
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
