"""Shared helpers of the store, export, fetch and feed tests: small FA-KES corpora, PostgreSQL URL, a local HTTP server."""

from __future__ import annotations

import csv
import json
import os
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FAKES = REPO / "data" / "fakes.csv"


def fakes_rows(n: int, start: int = 0) -> list[dict[str, str]]:
    """The first ``n`` FA-KES rows (after ``start``) as dicts."""
    with FAKES.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return rows[start : start + n]


def write_fakes_csv(path: Path, n: int, start: int = 0) -> Path:
    rows = fakes_rows(n, start)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def pg_url() -> str:
    """$WARDESK_TEST_PG, emptied of wardesk's tables; skips the test when unset or unreachable."""
    url = os.environ.get("WARDESK_TEST_PG")
    if not url:
        pytest.skip(
            "PostgreSQL tests need WARDESK_TEST_PG (e.g. postgresql://postgres:postgres@localhost/wardesk_test)"
        )
    from sqlalchemy import create_engine, text

    from wardesk.store.engine import resolve_url

    try:
        engine = create_engine(resolve_url(url))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    except Exception as exc:  # no server, wrong password, no database
        pytest.skip(f"PostgreSQL at WARDESK_TEST_PG is not reachable: {type(exc).__name__}: {exc}")
    return url


Route = Callable[[BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes]]


class LocalServer:
    """An http.server on 127.0.0.1 in a thread; ``routes`` maps a path to a handler returning (status, headers, body)."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.requests: list[tuple[str, dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                outer.requests.append((self.path, dict(self.headers)))
                route = outer.routes.get(self.path)
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                else:
                    status, headers, body = route(self)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def article_html(title: str, text: str, date: str = "2017-04-05") -> bytes:
    paragraphs = "".join(f"<p>{p.strip()}.</p>" for p in text.split(". ") if p.strip())
    return (
        f"<html><head><title>{title}</title><meta property='article:published_time' content='{date}'>"
        f"<meta property='og:site_name' content='Local News'></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()
