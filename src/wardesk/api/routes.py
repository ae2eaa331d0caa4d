"""The REST endpoints under /api: events, stories, articles, stats, exports (read) and POST /api/articles (write)."""

from __future__ import annotations

import asyncio
import gzip
import io
import json
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Header, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.responses import Response
from sqlalchemy import Engine

from wardesk.api import queries, reader
from wardesk.api.errors import ApiError
from wardesk.api.models import (
    ArticleDetail,
    ArticleIn,
    EventDetail,
    EventPage,
    IngestResult,
    Problem,
    Stats,
    StoryDetail,
    StoryPage,
)
from wardesk.api.params import event_filters
from wardesk.api.security import check_token
from wardesk.export import MEDIA_TYPES, ExportFilters, write_export
from wardesk.store import Store

#: gzip level of cached bodies: 5 compresses a page of events nearly as well as 9, several times faster.
GZIP_LEVEL = 5
#: Largest page of /api/events and /api/stories.
MAX_PAGE = 500

ERRORS = {
    400: {
        "model": Problem,
        "description": "A parameter is wrong (the detail says which, and what is valid).",
    },
    422: {"model": Problem, "description": "A parameter or body field does not validate."},
}
NOT_FOUND = {404: {"model": Problem, "description": "No record with that id."}}

router = APIRouter(prefix="/api", responses=ERRORS)
Filters = Annotated[ExportFilters, Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Rows per page (at most {MAX_PAGE}).")]
Cursor = Annotated[str | None, Query(max_length=2000, description="next_cursor of the previous page.")]


async def store_of(request: Request) -> Store:
    return request.app.state.store


async def reader_of(request: Request) -> Engine:
    return request.app.state.read_engine


def _json(data: dict) -> Response:
    """A JSON response built straight from the query's dict (the response model documents it; re-validating
    hundreds of rows per request would cost more than the query)."""
    return Response(json.dumps(jsonable_encoder(data), separators=(",", ":")), media_type="application/json")


async def _cached(request: Request, build: Callable[[], dict]) -> Response:
    """The body for this URL from the cache while the data is unchanged, else built (in a worker
    thread: the query blocks) and kept. A hit never leaves the event loop."""
    cache = request.app.state.cache
    key = f"{request.url.path}?{request.url.query}"
    body = cache.get(key) if cache.fresh() else await run_in_threadpool(cache.get, key)
    if body is None:
        pending = cache.pending  # one build per key at a time: the others wait for it
        task = pending.get(key)
        if task is None:

            def make() -> tuple[bytes, bytes]:
                version = cache.version()  # the data this body is built from, not the data at put time
                raw = json.dumps(jsonable_encoder(build()), separators=(",", ":")).encode()
                out = (raw, gzip.compress(raw, compresslevel=GZIP_LEVEL))
                cache.put(key, out, version)
                return out

            task = pending[key] = asyncio.ensure_future(run_in_threadpool(make))
            task.add_done_callback(lambda _t: pending.pop(key, None))
        body = await asyncio.shield(task)
    raw, packed = body
    if "gzip" in request.headers.get("accept-encoding", ""):
        # compressed once when cached: a page of 500 events shrinks about tenfold
        return Response(
            packed,
            media_type="application/json",
            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
        )
    return Response(raw, media_type="application/json", headers={"Vary": "Accept-Encoding"})


StoreDep = Annotated[Store, Depends(store_of)]
ReadDep = Annotated[Engine, Depends(reader_of)]


def _not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, f"no {what} with id {ident!r}")


def _one(store: Store, fetch: Callable[[Any, str], dict | None], what: str, ident: str) -> dict:
    """One record by id, or a JSON 404 saying which kind of record was missing."""
    with store.engine.connect() as conn:
        item = fetch(conn, ident)
    if item is None:
        raise _not_found(what, ident)
    return item


@router.get(
    "/events", response_model=EventPage, summary="Events, filtered, one page at a time", tags=["events"]
)
async def list_events(
    request: Request,
    store: StoreDep,
    filters: Filters,
    reads: ReadDep,
    sort: Annotated[Literal["-date", "date", "-fatalities", "fatalities"], Query()] = "-date",
    limit: Limit = 100,
    cursor: Cursor = None,
) -> Response:
    def build() -> dict:
        with reads.connect() as conn:
            return queries.list_events(conn, store, filters, sort=sort, limit=limit, cursor=cursor)

    return await _cached(request, build)


@router.get(
    "/events/{event_id:path}",
    response_model=EventDetail,
    summary="One event: every field, claims, sources, evidence",
    tags=["events"],
    responses=NOT_FOUND,
)
def get_event(store: StoreDep, event_id: Annotated[str, Path(max_length=300)]) -> dict:
    return _one(store, queries.get_event, "event", event_id)


@router.get(
    "/stories",
    response_model=StoryPage,
    summary="Stories (one per real-world event), most corroborated first",
    tags=["stories"],
)
async def list_stories(
    request: Request,
    store: StoreDep,
    filters: Filters,
    reads: ReadDep,
    limit: Limit = 100,
    cursor: Cursor = None,
) -> Response:
    def build() -> dict:
        with reads.connect() as conn:
            return queries.list_stories(conn, store, filters, limit=limit, cursor=cursor)

    return await _cached(request, build)


@router.get(
    "/stories/{story_id:path}",
    response_model=StoryDetail,
    summary="One story: the reports side by side, the reconciled values, the contradictions",
    tags=["stories"],
    responses=NOT_FOUND,
)
def get_story(store: StoreDep, story_id: Annotated[str, Path(max_length=300)]) -> dict:
    return _one(store, queries.get_story, "story", story_id)


@router.get(
    "/articles/{article_id:path}",
    response_model=ArticleDetail,
    summary="One stored article with its text and its events' evidence offsets",
    tags=["articles"],
    responses=NOT_FOUND,
)
def get_article(store: StoreDep, article_id: Annotated[str, Path(max_length=300)]) -> dict:
    return _one(store, queries.get_article, "article", article_id)


@router.get(
    "/stats",
    response_model=Stats,
    summary="Counts and fatalities per day, week or month by family, per admin1",
    tags=["stats"],
)
async def get_stats(
    request: Request,
    store: StoreDep,
    filters: Filters,
    reads: ReadDep,
    bucket: Annotated[Literal["day", "week", "month"], Query()] = "week",
) -> Response:
    def build() -> dict:
        with reads.connect() as conn:
            return queries.stats(conn, store, filters, bucket=bucket)

    return await _cached(request, build)


#: The example article of the OpenAPI document (our own sentences).
ARTICLE_EXAMPLE = {
    "text": "Government air strikes killed 12 civilians in the town of Saraqeb in Idlib province on Monday, "
    "the Syrian Observatory for Human Rights said.",
    "title": "Air strikes kill 12 in Idlib",
    "published": "2017-03-14",
}
ArticleBody = Annotated[
    ArticleIn, Body(openapi_examples={"text": {"summary": "An article's text", "value": ARTICLE_EXAMPLE}})
]


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post(
    "/extract",
    response_model=IngestResult,
    summary="Read an article: the events wardesk finds in it, stored nowhere (no token needed for text)",
    tags=["extract"],
    responses={
        401: {"model": Problem, "description": "A URL to fetch, without the bearer token."},
        403: {"model": Problem, "description": "A URL to fetch, and writes are off (no WARDESK_TOKEN)."},
        413: {"model": Problem, "description": "The body or the article is too large."},
        429: {"model": Problem, "description": "Too many articles from this address, or too many at once."},
        502: {"model": Problem, "description": "The URL could not be fetched."},
    },
)
def extract_article(
    request: Request,
    store: StoreDep,
    body: ArticleBody,
    authorization: Annotated[str | None, Header()] = None,
) -> dict:
    """What wardesk reads from ``text`` (with optional ``title`` and ``published``), answered as
    POST /api/articles?store=false answers, and not stored. Fetching a ``url`` makes the server reach
    out to another site, so it needs the bearer token, as storing does."""
    if body.url and body.url.strip():
        check_token(request.app.state.token, authorization)
    with request.app.state.extract_gate.slot(_client(request)):
        return reader.read_article(store, body, save=False, allow_private=request.app.state.allow_private)


@router.post(
    "/articles",
    response_model=IngestResult,
    summary="Read an article (text or URL): extract its events, and store them unless store=false (token)",
    tags=["articles"],
    responses={
        401: {"model": Problem, "description": "No or wrong bearer token."},
        403: {"model": Problem, "description": "Writes are off (no WARDESK_TOKEN configured)."},
        413: {"model": Problem, "description": "The body or the article is too large."},
        502: {"model": Problem, "description": "The URL could not be fetched."},
    },
)
def post_article(
    request: Request,
    store: StoreDep,
    body: ArticleBody,
    authorization: Annotated[str | None, Header()] = None,
    store_it: Annotated[bool, Query(alias="store", description="false: extract only, store nothing.")] = True,
) -> dict:
    check_token(request.app.state.token, authorization)
    result = reader.read_article(store, body, save=store_it, allow_private=request.app.state.allow_private)
    if store_it:
        request.app.state.cache.clear()  # what was stored shows in the next read
    return result


What = Annotated[
    Literal["reports", "stories"],
    Query(description="reports (one row per event report) or stories (one per real-world event)."),
]
Bom = Annotated[
    bool, Query(description="Start CSV with a UTF-8 byte order mark, so Excel reads accents right.")
]


def _download(store: Store, filters: ExportFilters, fmt: str, what: str, bom: bool = True) -> Response:
    """The export as a file, written by the same code as ``wardesk export`` (formula cells neutralised)."""
    buf = io.BytesIO()
    write_export(store, fmt, what, filters, buf, bom=bom)
    media_type, ext = MEDIA_TYPES[fmt]
    name = f"wardesk-{'events' if what == 'reports' else 'stories'}.{ext}"
    return Response(
        buf.getvalue(),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _export_route(path: str, fmt: str, summary: str, *, csv: bool = False) -> None:
    """Register GET /api/<path>: the filtered export in ``fmt``."""
    media_type = MEDIA_TYPES[fmt][0].split(";")[0]
    kwargs: dict[str, Any] = {
        "summary": summary,
        "tags": ["exports"],
        "response_class": Response,
        "responses": {200: {"content": {media_type: {}}, "description": f"The {fmt} file."}},
    }
    if csv:

        def export_csv(
            store: StoreDep, filters: Filters, what: What = "reports", bom: Bom = True
        ) -> Response:
            return _download(store, filters, fmt, what, bom)

        router.get(path, name=f"export_{fmt}", **kwargs)(export_csv)
    else:

        def export_file(store: StoreDep, filters: Filters, what: What = "reports") -> Response:
            return _download(store, filters, fmt, what)

        router.get(path, name=f"export_{fmt}", **kwargs)(export_file)


_export_route(
    "/export.csv",
    "csv",
    "Event reports (or stories) as CSV, the columns of `wardesk export -f csv`",
    csv=True,
)
_export_route(
    "/export/acled.csv",
    "acled",
    "As ACLED's export: its 31 columns, order and codes; undated events only with undated=true",
    csv=True,
)
_export_route("/export.geojson", "geojson", "As a GeoJSON FeatureCollection (RFC 7946)")
_export_route("/export.jsonl", "jsonl", "As JSON Lines: the full record of each report or story")
_export_route("/export.parquet", "parquet", "As Parquet with real types (dates, lists of claims and sources)")
_export_route(
    "/export.xlsx", "xlsx", "As one Excel workbook: sheets of events, their claims with sources, stories"
)
