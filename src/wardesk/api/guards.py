"""Requests refused before any endpoint runs: a Host the server was not started for, NUL characters.

DNS rebinding lets a web page a user visits point its own host name at
127.0.0.1 and then read a local API from the browser, since to the browser the
page and the API share an origin. The one thing such a request cannot forge is
the Host header, which carries the attacker's name: only the names this server
was started for are answered (``HostGuard``), by default the loopback names and
the bind address, more with ``wardesk serve --allow-host``.

A NUL character is no part of any id, filter or text wardesk stores, and
PostgreSQL refuses it in a string; ``reject_nul`` answers 400 for one in the
path or the query instead of letting it reach a query.
"""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from wardesk.api.errors import ApiError, error_response

#: Host names answered when no others are configured: this machine's loopback names.
DEFAULT_HOSTS = ("localhost", "127.0.0.1", "::1")
#: Bind addresses that mean "every interface": they name no host a client would use.
ANY_ADDRESS = ("0.0.0.0", "::", "")
#: The allowed-hosts entry that turns the check off.
ANY_HOST = "*"


def host_name(header: str) -> str:
    """The host name of a Host header, without port or brackets, lower case: '[::1]:8000' -> '::1'."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def allowed_hosts(bind: str | None = None, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The host names a server bound to ``bind`` answers: the loopback names, ``bind`` itself unless it
    means every interface, and ``extra`` (``*`` answers any)."""
    hosts = list(DEFAULT_HOSTS)
    for name in ([bind] if bind is not None and bind not in ANY_ADDRESS else []) + list(extra):
        normal = ANY_HOST if name.strip() == ANY_HOST else host_name(name)
        if normal and normal not in hosts:
            hosts.append(normal)
    return tuple(hosts)


class HostGuard:
    """ASGI middleware: 400 for a request whose Host header is not one of ``hosts``."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str] = DEFAULT_HOSTS) -> None:
        self.app = app
        self.hosts = frozenset(hosts)
        self.any = ANY_HOST in self.hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.any or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        raw = dict(scope.get("headers", [])).get(b"host", b"")
        name = host_name(raw.decode("latin-1"))
        if name in self.hosts:
            await self.app(scope, receive, send)
            return
        shown = repr(name[:100]) if name else "none"
        response = error_response(
            400,
            f"this server answers to the host names {', '.join(sorted(self.hosts))}, not to {shown}; "
            "if you reach it by that name, start it with `wardesk serve --allow-host NAME`",
        )
        await response(scope, receive, send)


async def reject_nul(request: Request) -> None:
    """An app-wide dependency: ApiError 400 when the path or a query parameter holds a NUL character."""
    if "\x00" in request.scope.get("path", ""):
        raise ApiError(400, "the path holds a NUL character (\\0); no id contains one")
    for key, value in request.query_params.multi_items():
        if "\x00" in key or "\x00" in value:
            name = key.replace("\x00", "")
            detail = f"query parameter {name!r} holds a NUL character (\\0); remove it"
            raise ApiError(400, detail, errors=[{"parameter": name, "detail": "holds a NUL character"}])
