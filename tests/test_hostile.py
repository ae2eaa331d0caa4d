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

from store_helpers import pg_url, write_jsonl
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
        assert "--allow-host" in resp.json()["error"]["message"]


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
    assert resp.json()["error"]["message"]


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
