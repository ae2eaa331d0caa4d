"""Load test of GET /api/events: 50 concurrent clients with varied filters for 30 s on loopback.

Starts ``wardesk serve`` (uvicorn) on the given database and a free port, runs
the clients (httpx.AsyncClient, each sending its next request as soon as the
last one answered), and prints p50/p95/p99 latency and the error count.
Target on the FA-KES demo database: p95 < 200 ms, no errors.

    python bench/load_api.py /tmp/demo.db [--clients 50] [--seconds 30] [--mix dashboard]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time

import httpx

#: Filter sets the clients draw from: the dashboard's usual questions.
QUERIES: list[dict[str, str | int]] = [
    {"limit": 100},
    {"limit": 500},
    {"type": "air_strike", "limit": 100},
    {"family": "battles", "limit": 100},
    {"country": "SY", "limit": 100, "sort": "-fatalities"},
    {"since": "2015-01-01", "until": "2015-12-31", "limit": 100},
    {"since": "2016-06-01", "limit": 50, "sort": "date"},
    {"bbox": "36.0,35.8,37.5,36.8", "limit": 100},
    {"admin1": "Aleppo", "limit": 100},
    {"actor": "Islamic State", "limit": 100},
    {"outlet": "alaraby", "limit": 100},
    {"q": "chemical", "limit": 100},
    {"q": "air strike hospital", "limit": 50},
    {"min_corroboration": 2, "limit": 100},
    {"type": "missile_artillery", "background": "false", "limit": 200},
]


#: The dashboard's other reads, drawn with --mix dashboard (the page asks these beside /api/events):
#: the timeline's stats, actor and place pages, and the map's town labels.
DASHBOARD_QUERIES: list[tuple[str, dict[str, str | int]]] = [
    ("/api/stats", {"bucket": "month", "background": "false"}),
    ("/api/stats", {"bucket": "week", "since": "2015-01-01", "until": "2015-12-31"}),
    ("/api/actors/Islamic State", {}),
    ("/api/actors/Syria", {"since": "2016-01-01"}),
    ("/api/places/SY/Aleppo", {}),
    ("/api/places/SY", {}),
    ("/api/places/labels", {"bbox": "33.75,30.94,45,39.38", "limit": 60}),
    ("/api/places/labels", {"bbox": "-180,-85,180,85", "limit": 60}),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "wardesk", "serve", "--db", db, "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"the server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        time.sleep(0.1)
    proc.terminate()
    raise SystemExit("the server did not answer within 30 s")


async def client(
    base: str, until: float, latencies: list[float], errors: list[str], seed: int, mix: str = "events"
) -> None:
    rnd = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.perf_counter() < until:
            path, params = "/api/events", dict(rnd.choice(QUERIES))
            if mix == "dashboard" and rnd.random() < 0.5:  # half the requests: the other dashboard reads
                path, params = rnd.choice(DASHBOARD_QUERIES)
            started = time.perf_counter()
            try:
                resp = await http.get(path, params=params)
                ok = resp.status_code == 200
                if ok and rnd.random() < 0.2 and resp.json().get("next_cursor"):  # a second page now and then
                    resp = await http.get(
                        "/api/events", params={**params, "cursor": resp.json()["next_cursor"]}
                    )
                    ok = resp.status_code == 200
                if not ok:
                    errors.append(f"HTTP {resp.status_code} for {path} {params}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} for {params}")
            latencies.append(time.perf_counter() - started)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def run(base: str, clients: int, seconds: float, mix: str = "events") -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    until = time.perf_counter() + seconds
    await asyncio.gather(*(client(base, until, latencies, errors, i, mix) for i in range(clients)))
    return latencies, errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "db", help="The demo database (SQLite file or URL), e.g. built by `wardesk ingest data/fakes.csv`."
    )
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--url", help="Use a server already running at this base URL instead of starting one.")
    ap.add_argument(
        "--mix",
        choices=("events", "dashboard"),
        default="events",
        help="events: GET /api/events only; dashboard: half of the requests are stats, profiles and labels.",
    )
    args = ap.parse_args()
    proc = None
    if args.url:
        base = args.url.rstrip("/")
    else:
        port = free_port()
        proc = start_server(args.db, port)
        base = f"http://127.0.0.1:{port}"
    try:
        httpx.get(base + "/api/events", params={"q": "warm up"}, timeout=30)
        latencies, errors = asyncio.run(run(base, args.clients, args.seconds, args.mix))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(10)
    ms = [x * 1000 for x in latencies]
    print(
        f"{args.clients} clients, {args.seconds:.0f} s, mix {args.mix}, {len(ms)} requests "
        f"({len(ms) / args.seconds:.0f}/s)"
    )
    print(
        f"latency ms: p50 {percentile(ms, 0.50):.1f}  p95 {percentile(ms, 0.95):.1f}  "
        f"p99 {percentile(ms, 0.99):.1f}  mean {statistics.fmean(ms):.1f}  max {max(ms):.1f}"
    )
    print(f"errors: {len(errors)}")
    for e in sorted(set(errors))[:10]:
        print("  ", e)


if __name__ == "__main__":
    main()
