"""ingest.fetch: the SSRF guard (addresses, redirects), limits, and URL ingest against a local http.server."""

from __future__ import annotations

import pytest

from store_helpers import LocalServer, article_html, fakes_rows
from wardesk.errors import BlockedAddress, FetchError
from wardesk.flows.ingest import Ingester
from wardesk.ingest.fetch import article_from_page, blocked_reason, check_url, fetch
from wardesk.store import Store


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::ffff:127.0.0.1", "loopback"),
        ("240.0.0.1", "reserved"),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_fetch_blocked_reason(address: str, why: str | None) -> None:
    assert blocked_reason(address) == why


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "http:///nohost"])
def test_fetch_check_url_refuses_non_http(url: str) -> None:
    with pytest.raises(FetchError):
        check_url(url, allow_private=True)


def _page(handler):
    row = fakes_rows(1)[0]
    return (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        article_html(row["article_title"], row["article_content"]),
    )


def test_fetch_ssrf_guard_local_server(tmp_path) -> None:
    routes = {
        "/article": _page,
        "/redirect": lambda h: (302, {"Location": "/article"}, b""),
        "/loop": lambda h: (302, {"Location": "/loop"}, b""),
        "/big": lambda h: (200, {"Content-Type": "text/html"}, b"x" * 2048),
    }
    with LocalServer(routes) as srv:
        with pytest.raises(BlockedAddress, match="loopback.*--allow-private"):
            fetch(srv.base + "/article")
        assert srv.requests == []  # refused before any request was sent
        page = fetch(srv.base + "/redirect", allow_private=True)
        assert page.url.endswith("/article") and page.redirects == [srv.base + "/redirect"]
        with pytest.raises(FetchError, match="redirects"):
            fetch(srv.base + "/loop", allow_private=True)
        with pytest.raises(FetchError, match="allowed"):
            fetch(srv.base + "/big", allow_private=True, max_bytes=1000)
        art = article_from_page(page)
        assert art.title and "nerve agent" in art.text and art.published == "2017-04-05"

        # through ingest: refused and recorded by default, stored with the flag
        with Store(str(tmp_path / "u.db")) as store:
            refused = Ingester(store).run([srv.base + "/article"])
            assert (refused.new, refused.failed) == (0, 1)
            (failure,) = store.failures()
            assert failure.code == "E111" and "loopback" in failure.reason
            allowed = Ingester(store, allow_private=True).run([srv.base + "/article"])
            assert (allowed.new, allowed.failed) == (1, 0)
            again = Ingester(store, allow_private=True).run([srv.base + "/redirect"])
            assert (again.new, again.already + again.duplicates) == (0, 1)


def test_fetch_redirect_is_rechecked() -> None:
    """Every redirect hop goes through check_url again: a Location leaving http(s) is refused."""
    routes = {"/hop": lambda h: (302, {"Location": "file:///etc/passwd"}, b"")}
    with LocalServer(routes) as srv:
        with pytest.raises(FetchError, match="only http and https"):
            fetch(srv.base + "/hop", allow_private=True)
        assert [p for p, _ in srv.requests] == ["/hop"]
