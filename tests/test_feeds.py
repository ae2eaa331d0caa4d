"""ingest.feeds: RSS/Atom parsing, conditional polls (ETag honoured) and new-items-only ingest from a local server."""

from __future__ import annotations

from store_helpers import LocalServer, article_html, fakes_rows
from wardesk.flows.ingest import Ingester
from wardesk.ingest.feeds import entry_key, looks_like_feed, parse_feed
from wardesk.ingest.fetch import Fetched
from wardesk.store import Store


def _rss(base: str, n: int) -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>{base}/a{i}</link><guid>{base}/a{i}</guid>"
        f"<pubDate>Wed, 05 Apr 2017 10:00:00 GMT</pubDate></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><link>{base}</link>'
        f"<description>test</description>{items}</channel></rss>"
    ).encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2017-04-05T00:00:00Z</updated>
<entry><title>One</title><id>urn:a:1</id><link href="http://example.org/1"/><updated>2017-04-05T00:00:00Z</updated>
<content type="html">Full text of one.</content></entry></feed>"""


def test_feeds_parse_atom() -> None:
    fetched = Fetched(
        url="http://example.org/feed", status=200, content_type="application/atom+xml", body=ATOM
    )
    assert looks_like_feed(fetched)
    poll = parse_feed(fetched)
    (entry,) = poll.entries
    assert (entry.link, entry.published, entry.summary) == (
        "http://example.org/1",
        "2017-04-05",
        "Full text of one.",
    )
    assert entry.key == entry_key("urn:a:1", None, None)


def test_feeds_html_is_not_a_feed() -> None:
    page = Fetched(
        url="http://x/", status=200, content_type="text/html", body=b"<html><body>hi</body></html>"
    )
    assert not looks_like_feed(page)


def test_feeds_new_items_only_and_etag(tmp_path) -> None:
    rows = fakes_rows(3)
    state = {"n": 2, "etag": '"v2"'}

    def feed(handler):
        if handler.headers.get("If-None-Match") == state["etag"]:
            return 304, {"ETag": state["etag"]}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": state["etag"]}, _rss(srv.base, state["n"])

    routes = {"/feed.xml": feed}
    for i, row in enumerate(rows):
        routes[f"/a{i}"] = lambda h, row=row: (
            200,
            {"Content-Type": "text/html"},
            article_html(row["article_title"], row["article_content"]),
        )
    with LocalServer(routes) as srv, Store(str(tmp_path / "feed.db")) as store:
        url = srv.base + "/feed.xml"
        first = Ingester(store, allow_private=True).run([url])
        assert (first.feeds_polled, first.new, first.failed) == (1, 2, 0)
        assert store.feed_state(url)[0] == '"v2"'

        second = Ingester(store, allow_private=True).run([url])
        assert (second.feeds_not_modified, second.new, second.read) == (1, 0, 0)
        assert srv.requests[-1][1].get("If-None-Match") == '"v2"'

        state.update(n=3, etag='"v3"')
        third = Ingester(store, allow_private=True).run([url])
        assert (third.new, third.read) == (1, 1)  # only the new item is fetched
        fetched_pages = [p for p, _ in srv.requests if p.startswith("/a")]
        assert sorted(fetched_pages) == ["/a0", "/a1", "/a2"]
        assert store.counts()["articles"] == 3
