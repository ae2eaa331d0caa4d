"""REST API against a real SQLite database of FA-KES articles: filters, pagination, errors, token rules, limits, exports, headers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from test_api_fixtures import demo_db  # noqa: F401 - the session fixture
from wardesk.api import create_app

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

#: An article of our own, with markup that must never run in a page.
XSS_ARTICLE = (
    "<script>alert(1)</script> Government air strikes killed 12 civilians in the town of Saraqeb in Idlib "
    "province on Monday, the Syrian Observatory for Human Rights said. <img src=x onerror=alert(2)> "
    "Rescue workers said the death toll could rise as more bodies were pulled from the rubble of a market."
)


@pytest.fixture(scope="module")
def client(demo_db: str) -> TestClient:  # noqa: F811
    with TestClient(
        create_app(demo_db, token=TOKEN), base_url="http://localhost", raise_server_exceptions=False
    ) as c:
        yield c


@pytest.fixture(scope="module")
def all_events(client: TestClient) -> list[dict]:
    body = client.get("/api/events", params={"limit": 500}).json()
    assert body["next_cursor"] is None
    return body["items"]


def _assert_problem(resp, status: int, words: str) -> dict:  # noqa: ANN001
    """An RFC 9457 problem detail of ``status`` whose detail mentions ``words``."""
    assert resp.headers["content-type"].startswith("application/problem+json"), resp.headers
    body = resp.json()
    assert body["type"] == "about:blank" and body["status"] == status
    assert body["title"] and words in body["detail"], body
    return body


def _walk(client: TestClient, params: dict) -> list[dict]:
    items, cursor = [], None
    for _ in range(200):
        page = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})}).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items
    raise AssertionError("pagination did not end")


def test_api_events_list_totals_and_fields(client: TestClient, all_events: list[dict]) -> None:
    body = client.get("/api/events", params={"limit": 5}).json()
    assert body["total"] == len(all_events) >= 10
    assert len(body["items"]) == 5 and body["next_cursor"]
    first = body["items"][0]
    for key in ("id", "article_id", "event_type", "family", "date_start", "lat", "outlet", "initiators"):
        assert key in first


@pytest.mark.parametrize("sort", ["-date", "date", "-fatalities", "fatalities"])
def test_api_events_cursor_pagination_walks_every_event_once(
    client: TestClient, all_events: list[dict], sort: str
) -> None:
    walked = _walk(client, {"limit": 4, "sort": sort})
    ids = [e["id"] for e in walked]
    assert len(ids) == len(set(ids)) == len(all_events)
    one_page = [
        e["id"] for e in client.get("/api/events", params={"limit": 500, "sort": sort}).json()["items"]
    ]
    assert ids == one_page
    key = "date_start" if sort.endswith("date") else "fatalities_best"
    values = [e[key] for e in walked if e[key] is not None]
    assert values == sorted(values, reverse=sort.startswith("-"))


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "air_strike"}, lambda e: e["event_type"] == "air_strike"),
        ({"family": "battles"}, lambda e: e["family"] == "battles"),
        ({"type": "explosions_remote_violence"}, lambda e: e["family"] == "explosions_remote_violence"),
        ({"country": "sy"}, lambda e: e["country"] == "SY"),
        ({"since": "2017-01-01"}, lambda e: (e["date_end"] or e["date_start"] or "") >= "2017-01-01"),
        ({"until": "2016-12-31"}, lambda e: (e["date_start"] or "9999") <= "2016-12-31"),
        ({"bbox": "35.5,32.3,42.4,37.4"}, lambda e: 32.3 <= e["lat"] <= 37.4 and 35.5 <= e["lon"] <= 42.4),
        ({"background": "false"}, lambda e: not e["background"]),
        ({"min_corroboration": 2}, lambda e: (e["corroboration"] or 0) >= 2),
    ],
)
def test_api_events_filters_narrow_the_list(
    client: TestClient, all_events: list[dict], params: dict, check
) -> None:  # noqa: ANN001
    body = client.get("/api/events", params={**params, "limit": 500}).json()
    assert body["total"] == len(body["items"]) <= len(all_events)
    assert all(check(e) for e in body["items"]), params


def test_api_events_filters_actor_outlet_and_text(client: TestClient, all_events: list[dict]) -> None:
    actor = next(e["initiators"][0] for e in all_events if e["initiators"])
    got = client.get("/api/events", params={"actor": actor.upper(), "limit": 500}).json()["items"]
    assert got and all(actor in e["initiators"] + e["targets"] for e in got)
    outlet = next(e["outlet"] for e in all_events if e["outlet"])
    got = client.get("/api/events", params={"outlet": outlet, "limit": 500}).json()
    assert 0 < got["total"] < len(all_events) or got["total"] == len(all_events)
    text = client.get("/api/events", params={"q": "chemical", "limit": 500}).json()
    nothing = client.get("/api/events", params={"q": "zzzqqxnotaword", "limit": 500}).json()
    assert 0 < text["total"] < len(all_events)
    assert nothing["total"] == 0 and nothing["items"] == []
    # FTS5 syntax in user text is not an error
    assert client.get("/api/events", params={"q": 'chemical" OR -( NEAR'}).status_code == 200


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"type": "bombing"}, 400, "unknown event type"),
        ({"bbox": "1,2,3"}, 400, "bbox"),
        ({"since": "2017-02-01", "until": "2017-01-01"}, 400, "after"),
        ({"since": "yesterday"}, 422, "since"),
        ({"limit": 501}, 422, "limit"),
        ({"limit": 0}, 422, "limit"),
        ({"cursor": "not-a-cursor"}, 400, "cursor"),
        ({"sort": "random"}, 422, "sort"),
    ],
)
def test_api_events_bad_parameters_are_json_errors(
    client: TestClient, params: dict, status: int, words: str
) -> None:
    resp = client.get("/api/events", params=params)
    assert resp.status_code == status
    _assert_problem(resp, status, words)
    assert "Traceback" not in resp.text


def test_api_events_cursor_of_another_sort_is_refused(client: TestClient) -> None:
    cursor = client.get("/api/events", params={"limit": 2, "sort": "date"}).json()["next_cursor"]
    resp = client.get("/api/events", params={"limit": 2, "sort": "-fatalities", "cursor": cursor})
    assert resp.status_code == 400 and "sort" in resp.json()["detail"]


def test_api_event_detail_has_record_claims_and_evidence(client: TestClient, all_events: list[dict]) -> None:
    with_claims = None
    for e in all_events:
        d = client.get(f"/api/events/{e['id']}").json()
        if d["record"]["claims"] and d["evidence"]:
            with_claims = d
            break
    assert with_claims is not None
    d = with_claims
    assert d["article"]["id"] == d["article_id"]
    ev = d["evidence"][0]
    article = client.get(f"/api/articles/{d['article_id']}").json()
    assert article["text"][ev["start"] : ev["end"]] == ev["text"]
    assert ev["text"] in ev["excerpt"]
    assert article["text"][ev["excerpt_start"] :].startswith(ev["excerpt"])
    assert any(x["id"] == d["id"] for x in article["events"])
    if d["story_id"]:
        assert d["id"] in d["story"]["report_ids"]


def test_api_stories_list_and_detail(client: TestClient) -> None:
    page = client.get("/api/stories", params={"limit": 500}).json()
    assert page["total"] == len(page["items"]) >= 1
    corr = [s["corroboration"] for s in page["items"]]
    assert corr == sorted(corr, reverse=True)
    walked, cursor = [], None
    while True:
        p = client.get("/api/stories", params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        walked += [s["id"] for s in p["items"]]
        cursor = p["next_cursor"]
        if not cursor:
            break
    assert walked == [s["id"] for s in page["items"]]
    top = page["items"][0]
    story = client.get(f"/api/stories/{top['id']}").json()
    assert story["n_reports"] == len(story["reports"]) >= 1
    assert {r["story_id"] for r in story["reports"]} == {top["id"]}
    assert isinstance(story["contradiction_list"], list)


@pytest.mark.parametrize(
    "path", ["/api/events/nope:0", "/api/stories/s000", "/api/articles/nope", "/api/nothing"]
)
def test_api_missing_things_are_json_404(client: TestClient, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 404
    _assert_problem(resp, 404, "")


def test_api_stats_counts_match_the_event_list(client: TestClient) -> None:
    for params in ({}, {"type": "air_strike"}, {"country": "SY", "background": "false"}):
        total = client.get("/api/events", params={**params, "limit": 1}).json()["total"]
        for bucket in ("day", "week"):
            st = client.get("/api/stats", params={**params, "bucket": bucket}).json()
            assert st["total_events"] == total
            assert sum(p["events"] for p in st["series"]) + st["undated_events"] == total
            assert sum(a["events"] for a in st["admin1"]) == total
            # each linked story once: never more events or deaths than the reports give
            assert 0 < st["distinct_events"] <= total
            assert st["distinct_fatalities"] <= st["total_fatalities"]
            if bucket == "week":
                import datetime as dt

                assert all(dt.date.fromisoformat(p["period"]).weekday() == 0 for p in st["series"])


def test_api_export_csv_and_geojson_follow_the_filters(client: TestClient) -> None:
    params = {"type": "air_strike"}
    total = client.get("/api/events", params={**params, "limit": 1}).json()["total"]
    resp = client.get("/api/export.csv", params=params)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert len(rows) == total and {r["event_type"] for r in rows} <= {"air_strike"}
    resp = client.get("/api/export.geojson", params=params)
    assert resp.headers["content-type"].startswith("application/geo+json")
    geo = json.loads(resp.text)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == total
    for f in geo["features"]:
        if f["geometry"]:
            lon, lat = f["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90


@pytest.mark.parametrize(
    "path", ["/", "/paste", "/event/x:0", "/api/events?limit=1", "/api/nothing", "/static/js/common.js"]
)
def test_api_security_headers_on_every_response(client: TestClient, path: str) -> None:
    resp = client.get(path)
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
    assert resp.headers["x-content-type-options"] == "nosniff"


def test_api_pages_have_no_inline_script(client: TestClient) -> None:
    import re

    for path in ("/", "/paste", "/event/x:0"):
        html = client.get(path).text
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
        assert scripts and all("src=" in attrs and not body.strip() for attrs, body in scripts)
        assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing from a CDN
        assert " style=" not in html and "<style" not in html


# --- writes ---------------------------------------------------------------------------------------


def test_api_post_without_configured_token_is_403(demo_db: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.delenv("WARDESK_TOKEN", raising=False)
    with TestClient(create_app(demo_db), base_url="http://localhost") as c:
        resp = c.post("/api/articles", json={"text": XSS_ARTICLE}, headers=AUTH)
    assert resp.status_code == 403
    _assert_problem(resp, 403, "WARDESK_TOKEN")


def test_api_token_comes_from_the_environment(demo_db: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setenv("WARDESK_TOKEN", "from-env")
    with TestClient(create_app(demo_db), base_url="http://localhost") as c:
        resp = c.post("/api/articles", json={}, headers={"Authorization": "Bearer from-env"})
    assert resp.status_code == 422  # past the token check: neither text nor url


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Bearer wrong"}, 401), ({"Authorization": "Basic " + TOKEN}, 401)],
)
def test_api_post_needs_the_right_bearer_token(client: TestClient, headers: dict, status: int) -> None:
    resp = client.post("/api/articles?store=false", json={"text": XSS_ARTICLE}, headers=headers)
    assert resp.status_code == status
    assert resp.headers.get("www-authenticate") == "Bearer"


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({}, 422, "either"),
        ({"text": "x", "url": "https://example.org/"}, 422, "either"),
        ({"text": "   "}, 422, "either"),
        ({"text": XSS_ARTICLE, "published": "someday"}, 422, "published"),
        ({"url": "http://127.0.0.1:9/secret"}, 400, "refused"),
        ({"url": "http://169.254.169.254/latest/meta-data/"}, 400, "refused"),
        ({"url": "file:///etc/passwd"}, 400, "http"),
    ],
)
def test_api_post_refuses_bad_articles_and_private_urls(
    client: TestClient, body: dict, status: int, words: str
) -> None:
    resp = client.post("/api/articles?store=false", json=body, headers=AUTH)
    assert resp.status_code == status, resp.text
    _assert_problem(resp, status, words)


def test_api_post_body_over_the_limit_is_413(client: TestClient) -> None:
    big = {"text": "Shelling killed two people. " * 40_000}
    resp = client.post("/api/articles?store=false", json=big, headers=AUTH)
    assert resp.status_code == 413
    _assert_problem(resp, 413, "bytes")


def test_api_post_streamed_body_over_the_limit_is_413(demo_db: str) -> None:  # noqa: F811
    def chunks():
        yield b'{"text": "'
        for _ in range(40):
            yield b"a" * 1000
        yield b'"}'

    with TestClient(create_app(demo_db, token=TOKEN, max_body=10_000), base_url="http://localhost") as c:
        resp = c.post("/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 413
    _assert_problem(resp, 413, "bytes")


def test_api_post_extracts_without_storing(client: TestClient) -> None:
    before = client.get("/api/events", params={"limit": 1}).json()["total"]
    resp = client.post(
        "/api/articles?store=false",
        json={"text": XSS_ARTICLE, "published": "2017-03-14", "source": "test outlet"},
        headers=AUTH,
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["stored"] is False and body["status"] == "extracted" and body["event_ids"] == []
    assert body["text"] == XSS_ARTICLE
    ev = body["events"][0]
    assert ev["event_type"] == "air_strike" and ev["fatalities"]["best"] == 12
    assert client.get("/api/events", params={"limit": 1}).json()["total"] == before
    assert client.get(f"/api/articles/{body['article_id']}").status_code == 404


def test_api_post_stores_and_links_the_article(client: TestClient) -> None:
    text = (
        "Rebel shelling killed four civilians in the Syrian city of Aleppo on Tuesday, state news agency "
        "SANA said. Seven other people were wounded when mortar rounds hit a residential district of the city."
    )
    before = client.get("/api/events", params={"limit": 1}).json()["total"]
    body = client.post("/api/articles", json={"text": text, "published": "2016-05-03"}, headers=AUTH).json()
    assert body["stored"] is True and body["status"] == "new" and body["event_ids"]
    assert client.get("/api/events", params={"limit": 1}).json()["total"] == before + len(body["event_ids"])
    stored = client.get(f"/api/events/{body['event_ids'][0]}").json()
    assert stored["article_id"] == body["article_id"]
    again = client.post("/api/articles", json={"text": text, "published": "2016-05-03"}, headers=AUTH).json()
    assert again["stored"] is False and again["status"] == "already"


def test_api_cached_pages_are_identical_gzipped_or_not(client: TestClient) -> None:
    params = {"limit": 50, "sort": "-fatalities"}
    plain = client.get("/api/events", params=params, headers={"Accept-Encoding": "identity"})
    packed = client.get("/api/events", params=params, headers={"Accept-Encoding": "gzip"})
    assert plain.status_code == packed.status_code == 200
    assert "content-encoding" not in plain.headers
    assert packed.headers["content-encoding"] == "gzip"
    assert plain.json() == packed.json()  # httpx decompresses
