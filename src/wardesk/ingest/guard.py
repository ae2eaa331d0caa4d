"""The SSRF guard and the deadline: an httpx transport that connects only to addresses it checked.

Checking a host's addresses and then letting the HTTP library resolve the
name again to connect is open to DNS rebinding: a name can answer a public
address to the check and 127.0.0.1 to the connect. Here the name is resolved
once, inside the transport's ``connect_tcp``; every address is judged
(``addresses.blocked_reason``), the socket is opened to that very address, and
its peer is checked once more. TLS still verifies the certificate against the
host name, which httpcore passes separately.

Every socket operation is also cut to the time left before the deadline that
``deadline()`` sets for the fetch in progress, so a server that sends its
headers or body a byte at a time cannot hold a fetch past it.
"""

from __future__ import annotations

import contextlib
import math
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import SplitResult, urlsplit

import httpcore
import httpx

from wardesk.errors import BlockedAddress, FetchError, InvalidUrl
from wardesk.ingest.addresses import blocked_reason
from wardesk.ingest.urls import url_problem

ALLOW_PRIVATE_HINT = "wardesk does not fetch from private networks unless you pass --allow-private"

_local = threading.local()


def split_url(url: str) -> SplitResult:
    """``urlsplit`` of an http(s) URL with a host and a valid port; FetchError (never ValueError) otherwise."""
    problem = url_problem(url)
    if problem is not None:
        raise InvalidUrl(f"{problem}; only http and https URLs with a host are fetched", where=url)
    return urlsplit(url)


@contextlib.contextmanager
def deadline(at: float) -> Iterator[None]:
    """Within this block, connections of this thread end their reads and writes by ``at`` (time.monotonic)."""
    before = getattr(_local, "deadline", None)
    _local.deadline = at
    try:
        yield
    finally:
        _local.deadline = before


def _left(timeout: float | None) -> float | None:
    """``timeout`` cut to the time left before this thread's deadline; ReadTimeout once it has passed."""
    at = getattr(_local, "deadline", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the fetch deadline has passed")
    return min(timeout if timeout is not None else math.inf, left)


def checked_addresses(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in resolver order; BlockedAddress when any is not public.

    All are refused when one is bad: a name that mixes public and private
    answers is either misconfigured or a rebinding attempt.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc}); check the URL") from None
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0])
        why = blocked_reason(address)
        if why is not None:
            raise BlockedAddress(
                f"refused: host {host!r} resolves to {address}, a {why} address; {ALLOW_PRIVATE_HINT}"
            )
        if address not in addresses:
            addresses.append(address)
    return addresses


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by the thread's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None):  # noqa: ANN001, ANN201
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, connecting only to checked public addresses (all, with
    ``allow_private``), its streams bound by the deadline."""

    def __init__(self, *, allow_private: bool = False) -> None:
        self.allow_private = allow_private
        self._tcp = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable | None = None,
    ) -> httpcore.NetworkStream:
        if self.allow_private:
            return _DeadlineStream(
                self._tcp.connect_tcp(host, port, _left(timeout), local_address, socket_options)
            )
        error: Exception | None = None
        for address in checked_addresses(host, port):
            try:
                stream = self._tcp.connect_tcp(address, port, _left(timeout), local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            sock = stream.get_extra_info("socket")
            peer = sock.getpeername()[0] if sock is not None else address
            why = blocked_reason(peer)
            if why is not None:  # only if the socket layer itself redirected the connection
                stream.close()
                raise BlockedAddress(
                    f"refused: the connection to {host!r} reached {peer}, a {why} address; {ALLOW_PRIVATE_HINT}"
                )
            return _DeadlineStream(stream)
        raise error or httpcore.ConnectError(f"no address for {host!r}")

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):  # noqa: ANN001, ANN201
        raise BlockedAddress("refused: wardesk does not fetch through Unix sockets")

    def sleep(self, seconds: float) -> None:
        self._tcp.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool rebuilt over ``GuardedBackend``."""

    def __init__(self, *, allow_private: bool = False) -> None:
        super().__init__(trust_env=False)
        if not isinstance(getattr(self, "_pool", None), httpcore.ConnectionPool):
            raise RuntimeError("this httpx version has no connection pool to guard; install httpx<1")
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=10,
            network_backend=GuardedBackend(allow_private=allow_private),
        )
