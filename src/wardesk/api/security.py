"""Security around every response: CSP and companion headers, a request body limit, the bearer token of writes.

The dashboard keeps all its scripts and styles in ``/static`` so the policy
needs no 'unsafe-inline'; article text reaches the page only as text nodes, and
the CSP is the second line should that ever slip.
"""

from __future__ import annotations

import hmac

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wardesk.api.errors import PROBLEM_MEDIA_TYPE, ApiError, problem_bytes

#: Largest request body accepted, in bytes. A long news article is ~50,000
#: characters (~200 KB as UTF-8 JSON with escapes); 1 MiB leaves room for that
#: and refuses pasted books or dumps before they reach the parser.
MAX_BODY_BYTES = 1024 * 1024

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
#: /docs only: Swagger UI styles some elements with inline style attributes.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
DOCS_PATHS = ("/docs",)

SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityMiddleware:
    """ASGI middleware: security headers on every response, 413 for bodies over ``max_body`` bytes.

    Pure ASGI (not BaseHTTPMiddleware) so a large body is refused while it
    streams in, before it is buffered whole.
    """

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        csp = DOCS_CSP if path in DOCS_PATHS else CSP
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in (b"content-security-policy", b"x-content-type-options")
                ]
                headers.append((b"content-security-policy", csp.encode()))
                headers.extend(SECURITY_HEADERS)
                message = {**message, "headers": headers}
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await self._too_large(send_with_headers)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _BodyTooLarge(self.max_body)
            return message

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _BodyTooLarge:
            if not started:
                await self._too_large(send_with_headers)

    async def _too_large(self, send: Send) -> None:
        body = problem_bytes(413, _too_large_message(self.max_body))
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _BodyTooLarge(HTTPException):
    """Raised while a body streams in past the limit; an HTTPException so FastAPI's body parsing lets it through."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large_message(limit))


def _too_large_message(limit: int) -> str:
    return f"the request body is larger than the {limit:,} bytes allowed; post one article at a time"


def check_token(configured: str | None, authorization: str | None) -> None:
    """Raise ApiError unless writes are on (a token is configured) and ``authorization`` carries that token."""
    if not configured:
        raise ApiError(
            403,
            "writes are off: this server has no token configured; start it with WARDESK_TOKEN set "
            "to allow POST /api/articles",
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(
            401,
            "this endpoint needs the bearer token: send 'Authorization: Bearer <WARDESK_TOKEN>'",
            {"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(given.strip().encode(), configured.encode()):
        raise ApiError(401, "the bearer token is wrong", {"WWW-Authenticate": "Bearer"})
