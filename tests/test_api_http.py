"""The API as HTTP intends: problem details, validators and 304s, HEAD, CORS, filters as users type them,
POST /api/extract without a token, and the export formats read back with the libraries users have."""

from __future__ import annotations

import email.utils
import io

import pytest
from fastapi.testclient import TestClient

from test_api_fixtures import demo_db  # noqa: F401 - the session fixture
from wardesk.api import create_app

TOKEN = "http-test-token"
#: An article of our own for the extract endpoint.
ARTICLE = (
    "Government air strikes killed nine civilians in the town of Ariha in Idlib province on Sunday, "
    "the Syrian Observatory for Human Rights said. Rescuers pulled survivors from two flattened buildings."
)
ORIGIN = "https://desk.example.org"


@pytest.fixture(scope="module")
def client(demo_db: str) -> TestClient:  # noqa: F811
    with TestClient(
        create_app(demo_db, token=TOKEN, cors_origins=()),
        raise_server_exceptions=False,
        base_url="http://localhost",
    ) as c:
        yield c


def _problem(resp, status: int) -> dict:  # noqa: ANN001
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"] == "application/problem+json"
    body = resp.json()
    assert body["type"] == "about:blank" and body["status"] == status and body["title"] and body["detail"]
    return body


# --- problem details everywhere ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("get", "/api/no-such-thing", {}, 404),  # FastAPI's own 404
        ("get", "/api/events/nope:0", {}, 404),  # ours
        ("delete", "/api/events", {}, 405),  # FastAPI's own 405
        ("put", "/api/extract", {"json": {}}, 405),
        ("get", "/api/events?limit=0", {}, 422),  # FastAPI's validation
        (
            "post",
            "/api/extract",
            {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
            422,
        ),
        ("get", "/api/events?cursor=%%%", {}, 400),
        ("get", "/api/events?type=bombing", {}, 400),
    ],
)
def test_api_http_every_error_is_a_problem(
    client: TestClient, method: str, path: str, kwargs: dict, status: int
) -> None:
    body = _problem(client.request(method.upper(), path, **kwargs), status)
    assert "Traceback" not in body["detail"]


def test_api_http_validation_problem_lists_the_fields(client: TestClient) -> None:
    body = _problem(client.get("/api/events", params={"limit": 0, "sort": "random"}), 422)
    assert {e.get("parameter") for e in body["errors"]} == {"limit", "sort"}
    body = _problem(client.post("/api/extract", json={"text": 5}), 422)
    assert body["errors"][0]["pointer"] == "#/text"


def test_api_http_405_names_the_allowed_methods(client: TestClient) -> None:
    resp = client.delete("/api/events")
    assert "GET" in resp.headers["allow"] and "GET" in _problem(resp, 405)["detail"]


def test_api_http_openapi_documents_problems_and_tags(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    assert {t["name"] for t in doc["tags"]} >= {
        "events",
        "stories",
        "articles",
        "extract",
        "stats",
        "exports",
    }
    for path, ops in doc["paths"].items():
        for op in ops.values():
            assert op.get("tags"), path
            for code, response in op["responses"].items():
                if code.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], (path, code)
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    country = next(p for p in doc["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "country")
    assert country["description"] and country["schema"].get("examples")


# --- filters as users type them ---------------------------------------------------------------------


def _total(client: TestClient, **params) -> int:  # noqa: ANN003
    resp = client.get("/api/events", params={**params, "limit": 1})
    assert resp.status_code == 200, resp.text
    return resp.json()["total"]


@pytest.mark.parametrize("name", ["Syria", "syria", "SYR", "760", "Syrian"])
def test_api_http_country_names_are_understood(client: TestClient, name: str) -> None:
    assert _total(client, country=name) == _total(client, country="SY") > 0


@pytest.mark.parametrize(("value", "named"), [("Siria", "SY"), ("Atlantis", "")])
def test_api_http_unknown_country_is_a_400_naming_codes(client: TestClient, value: str, named: str) -> None:
    body = _problem(client.get("/api/events", params={"country": value}), 400)
    assert body["errors"][0]["parameter"] == "country" and named in body["detail"]
    if named:
        assert any(v.startswith(named) for v in body["errors"][0]["valid"])


def test_api_http_unknown_type_is_a_400_listing_the_valid_ones(client: TestClient) -> None:
    body = _problem(client.get("/api/events", params={"type": "air_strike,bombing"}), 400)
    (err,) = body["errors"]
    assert err["parameter"] == "type" and "'bombing'" in body["detail"]
    assert {"air_strike", "armed_clash", "battles"} <= set(err["valid"])


def test_api_http_actor_aliases_resolve_at_query_time(client: TestClient, demo_db: str) -> None:  # noqa: F811
    from sqlalchemy import select, update

    from wardesk.store import Store
    from wardesk.store import schema as s

    with Store(demo_db) as store, store.engine.begin() as conn:
        before = [
            tuple(r) for r in conn.execute(select(s.event_actors.c.event_id, s.event_actors.c.name).limit(2))
        ]
        conn.execute(
            update(s.event_actors)
            .where(s.event_actors.c.event_id.in_([b[0] for b in before]))
            .values(name="Islamic State")
        )
    try:
        canonical = _total(client, actor="Islamic State", background="true")
        assert canonical >= 1
        for alias in ("ISIS", "Daesh", "islamic state"):
            assert _total(client, actor=alias, background="true") == canonical
    finally:
        with Store(demo_db) as store, store.engine.begin() as conn:
            for event_id, name in before:
                conn.execute(
                    update(s.event_actors)
                    .where(s.event_actors.c.event_id == event_id, s.event_actors.c.name == "Islamic State")
                    .values(name=name)
                )


def test_api_http_background_is_off_by_default_as_on_the_dashboard(client: TestClient) -> None:
    assert _total(client) == _total(client, background="false") < _total(client, background="true")


# --- ETag, Last-Modified, 304, HEAD, Cache-Control ---------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/api/events?limit=3", "/api/stats", "/api/stories?limit=2", "/api/export.csv?type=air_strike"]
)
def test_api_http_etag_and_304(client: TestClient, path: str) -> None:
    first = client.get(path)
    assert first.status_code == 200
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert etag.startswith('W/"') and first.headers["cache-control"] == "no-cache"
    assert email.utils.parsedate_to_datetime(modified).tzinfo is not None
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert client.get(path, headers={"If-None-Match": 'W/"other"'}).status_code == 200
    assert client.get(path, headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get(path, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status_code == 200
    # another URL is another representation
    assert client.get(path + "&x=1" if "?" in path else path + "?x=1").headers["etag"] != etag


def test_api_http_etag_changes_when_data_changes(demo_db: str, tmp_path) -> None:  # noqa: F811
    import shutil

    db = str(tmp_path / "copy.db")
    shutil.copy(demo_db, db)
    with TestClient(create_app(db, token=TOKEN), base_url="http://localhost") as c:
        etag = c.get("/api/events").headers["etag"]
        stored = c.post(
            "/api/articles",
            json={"text": ARTICLE, "published": "2019-05-05"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert stored.status_code == 200 and stored.json()["stored"]
        resp = c.get("/api/events", headers={"If-None-Match": etag})
        assert resp.status_code == 200 and resp.headers["etag"] != etag


@pytest.mark.parametrize("path", ["/api/events?limit=2", "/api/stats", "/api/export.xlsx", "/", "/paste"])
def test_api_http_head_works_on_get_routes(client: TestClient, path: str) -> None:
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    if path.startswith("/api/"):
        assert head.headers["etag"] == get.headers["etag"]


# --- CORS ---------------------------------------------------------------------------------------------


def test_api_http_cors_is_off_by_default(client: TestClient) -> None:
    resp = client.get("/api/events?limit=1", headers={"Origin": ORIGIN})
    assert resp.status_code == 200 and "access-control-allow-origin" not in resp.headers
    pre = client.options("/api/events", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in pre.headers


def test_api_http_cors_on_for_listed_origins(demo_db: str) -> None:  # noqa: F811
    with TestClient(create_app(demo_db, cors_origins=[ORIGIN]), base_url="http://localhost") as c:
        resp = c.get("/api/events?limit=1", headers={"Origin": ORIGIN})
        assert resp.headers["access-control-allow-origin"] == ORIGIN
        assert "etag" in resp.headers["access-control-expose-headers"].lower()
        pre = c.options("/api/events", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"})
        assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == ORIGIN
        other = c.get("/api/events?limit=1", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


def test_api_http_cors_origins_from_the_setting(demo_db: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setenv("WARDESK_CORS_ORIGINS", f"{ORIGIN}, https://b.example")
    with TestClient(create_app(demo_db), base_url="http://localhost") as c:
        resp = c.get("/api/events?limit=1", headers={"Origin": "https://b.example"})
        assert resp.headers["access-control-allow-origin"] == "https://b.example"


# --- POST /api/extract: no token, nothing stored; POST /api/articles keeps its token --------------


def test_api_http_extract_needs_no_token_and_stores_nothing(client: TestClient) -> None:
    before = _total(client, background="true")
    resp = client.post(
        "/api/extract", json={"text": ARTICLE, "title": "Strikes on Ariha", "published": "2019-05-05"}
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["stored"] is False and body["status"] == "extracted" and body["event_ids"] == []
    assert body["title"] == "Strikes on Ariha" and body["published"] == "2019-05-05"
    assert body["events"] and body["events"][0]["fatalities"]["best"] == 9
    assert _total(client, background="true") == before
    # the same shape as POST /api/articles?store=false
    same = client.post(
        "/api/articles?store=false",
        json={"text": ARTICLE, "title": "Strikes on Ariha", "published": "2019-05-05"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert same.json() == body


def test_api_http_extract_fetches_urls_only_with_the_token(client: TestClient) -> None:
    _problem(client.post("/api/extract", json={"url": "https://example.org/a"}), 401)


@pytest.mark.parametrize(("token", "status"), [(TOKEN, 401), (None, 403)])
def test_api_http_articles_still_needs_the_token(
    demo_db: str,  # noqa: F811
    token: str | None,
    status: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("WARDESK_TOKEN", raising=False)
    with TestClient(create_app(demo_db, token=token), base_url="http://localhost") as c:
        _problem(c.post("/api/articles", json={"text": ARTICLE}), status)


def test_api_http_extract_is_rate_limited(demo_db: str) -> None:  # noqa: F811
    from wardesk.api.limits import ExtractGate

    app = create_app(demo_db)
    app.state.extract_gate = ExtractGate(per_minute=2)
    with TestClient(app, base_url="http://localhost") as c:
        codes = [c.post("/api/extract", json={"text": "   "}).status_code for _ in range(3)]
        assert codes[:2] == [422, 422]  # counted even when the text is refused
        resp = c.post("/api/extract", json={"text": ARTICLE})
        assert _problem(resp, 429) and int(resp.headers["retry-after"]) > 0


# --- exports through the API, read with the libraries users have ----------------------------------


def test_api_http_exports_read_back(client: TestClient) -> None:
    import openpyxl
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    total = _total(client, type="explosions_remote_violence")
    params = {"type": "explosions_remote_violence"}
    csv = client.get("/api/export.csv", params=params)
    assert csv.content.startswith(b"\xef\xbb\xbf")
    assert len(pd.read_csv(io.BytesIO(csv.content))) == total
    acled = client.get("/api/export/acled.csv", params=params)
    frame = pd.read_csv(io.BytesIO(acled.content))
    assert len(frame.columns) == 31 and set(frame["event_type"]) <= {"Explosions/Remote violence"}
    parquet = client.get("/api/export.parquet", params=params)
    assert parquet.headers["content-type"] == "application/vnd.apache.parquet"
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == total and table.schema.field("date_start").type == pa.date32()
    xlsx = client.get("/api/export.xlsx", params=params)
    assert xlsx.headers["content-disposition"].endswith('.xlsx"')
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.content), read_only=True)
    assert wb.sheetnames == ["events", "claims", "stories"]
    assert sum(1 for _ in wb["events"].iter_rows()) == total + 1
    stories = client.get("/api/export.parquet", params={**params, "what": "stories"})
    assert pq.read_table(io.BytesIO(stories.content)).num_rows >= 1
    jsonl = client.get("/api/export.jsonl", params=params)
    assert len(jsonl.text.splitlines()) == total
