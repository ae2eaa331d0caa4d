"""HTTP caching and HEAD for every GET: ETag, Last-Modified, Cache-Control, 304 Not Modified.

A GET under /api answers from the database as it is now, so its validators are
the data's version (``ResponseCache.version``: counts and newest change times,
read at most once a second) and the request's URL. A client that sends back the
ETag (``If-None-Match``) or the Last-Modified time (``If-Modified-Since``) gets a
bodiless 304 as long as nothing was ingested or relinked, without the query
being run at all. The ETag is weak (``W/``): the same data gzipped or not is the
same representation for caching.

HEAD is answered for every GET route (FastAPI registers GET only) by running the
GET and sending its headers without the body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from email.utils import format_datetime, parsedate_to_datetime

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wardesk.api.cache import ResponseCache

#: Responses may be stored, but must be revalidated (a cheap 304) before each use: the data changes
#: whenever something is ingested.
CACHE_CONTROL = "no-cache"
#: Paths whose GET responses carry data validators.
DATA_PREFIX = "/api/"


class ConditionalMiddleware:
    """ASGI middleware: HEAD as GET without a body; ETag / Last-Modified / 304 on GET /api/*."""

    def __init__(self, app: ASGIApp, cache: ResponseCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        validators: list[tuple[bytes, bytes]] = []
        if scope.get("path", "").startswith(DATA_PREFIX):
            version = (
                self.cache.version() if self.cache.fresh() else await run_in_threadpool(self.cache.version)
            )
            last = self.cache.last_modified()
            etag = _etag(version, scope)
            validators = [(b"etag", etag.encode()), (b"cache-control", CACHE_CONTROL.encode())]
            if last is not None:
                validators.append((b"last-modified", format_datetime(last, usegmt=True).encode()))
            if _not_modified(Headers(scope=scope), etag, last):
                await send({"type": "http.response.start", "status": 304, "headers": validators})
                await send({"type": "http.response.body", "body": b""})
                return

        async def send_wrapped(message: Message) -> None:
            if message["type"] == "http.response.start" and validators and message["status"] == 200:
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in validators if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            elif message["type"] == "http.response.body" and head:
                message = {
                    "type": "http.response.body",
                    "body": b"",
                    "more_body": message.get("more_body", False),
                }
            await send(message)

        await self.app(scope, receive, send_wrapped)


def _etag(version: object, scope: Scope) -> str:
    """A weak ETag for this URL over this version of the data."""
    raw = f"{version!r}|{scope.get('path', '')}?{scope.get('query_string', b'').decode('latin-1')}"
    return 'W/"' + hashlib.sha256(raw.encode()).hexdigest()[:32] + '"'


def _not_modified(headers: Headers, etag: str, last: dt.datetime | None) -> bool:
    """RFC 9110 §13.1: If-None-Match (weak comparison) decides when present, else If-Modified-Since.

    ``If-None-Match: *`` is answered in full: whether the resource exists is known only after the
    route has run, and a 304 for a missing event would be wrong."""
    inm = headers.get("if-none-match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return etag.removeprefix("W/") in tags
    ims = headers.get("if-modified-since")
    if ims is None or last is None:
        return False
    try:
        since = parsedate_to_datetime(ims)
    except (TypeError, ValueError):
        return False  # an unreadable date is ignored (RFC 9110 §13.1.3)
    if since.tzinfo is None:
        since = since.replace(tzinfo=dt.timezone.utc)
    return last.replace(microsecond=0) <= since
