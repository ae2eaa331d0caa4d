"""The REST endpoints under /api: events, stories, articles, stats, exports (read) and POST /api/articles (write)."""

from __future__ import annotations

import asyncio
import gzip
import io
import json
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.responses import Response
from sqlalchemy import Engine

from wardesk.api import queries, reader
from wardesk.api.errors import ApiError
from wardesk.api.models import (
    ArticleDetail,
    ArticleIn,
    ErrorResponse,
    EventDetail,
    EventPage,
    IngestResult,
    Stats,
    StoryDetail,
    StoryPage,
)
from wardesk.api.params import event_filters
from wardesk.api.security import check_token
from wardesk.export import ExportFilters
from wardesk.export.records import flat_report, iter_reports
from wardesk.export.writers import write_csv, write_geojson
from wardesk.store import Store

#: gzip level of cached bodies: 5 compresses a page of events nearly as well as 9, several times faster.
GZIP_LEVEL = 5
#: Largest page of /api/events and /api/stories.
MAX_PAGE = 500

ERRORS = {
    400: {"model": ErrorResponse, "description": "A parameter is wrong (the message says which)."},
    422: {"model": ErrorResponse, "description": "The request does not validate."},
}

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


@router.get("/events", response_model=EventPage, summary="Events, filtered, one page at a time")
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
    responses={404: {"model": ErrorResponse}},
)
def get_event(store: StoreDep, event_id: Annotated[str, Path(max_length=300)]) -> dict:
    return _one(store, queries.get_event, "event", event_id)


@router.get(
    "/stories",
    response_model=StoryPage,
    summary="Stories (one per real-world event), most corroborated first",
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
    responses={404: {"model": ErrorResponse}},
)
def get_story(store: StoreDep, story_id: Annotated[str, Path(max_length=300)]) -> dict:
    return _one(store, queries.get_story, "story", story_id)


@router.get(
    "/articles/{article_id:path}",
    response_model=ArticleDetail,
    summary="One stored article with its text and its events' evidence offsets",
    responses={404: {"model": ErrorResponse}},
)
def get_article(store: StoreDep, article_id: Annotated[str, Path(max_length=300)]) -> dict:
    return _one(store, queries.get_article, "article", article_id)


@router.get(
    "/stats",
    response_model=Stats,
    summary="Counts and fatalities per day, week or month by family, per admin1",
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


@router.post(
    "/articles",
    response_model=IngestResult,
    summary="Read an article (text or URL): extract its events, and store them unless store=false",
    responses={
        401: {"model": ErrorResponse, "description": "No or wrong bearer token."},
        403: {"model": ErrorResponse, "description": "Writes are off (no WARDESK_TOKEN configured)."},
        413: {"model": ErrorResponse, "description": "The body or the article is too large."},
        502: {"model": ErrorResponse, "description": "The URL could not be fetched."},
    },
)
def post_article(
    request: Request,
    store: StoreDep,
    body: ArticleIn,
    authorization: Annotated[str | None, Header()] = None,
    store_it: Annotated[bool, Query(alias="store", description="false: extract only, store nothing.")] = True,
) -> dict:
    check_token(request.app.state.token, authorization)
    result = reader.read_article(store, body, save=store_it, allow_private=request.app.state.allow_private)
    if store_it:
        request.app.state.cache.clear()  # what was stored shows in the next read
    return result


def _export(store: Store, filters: ExportFilters, fmt: str) -> str:
    """The export as text, written by the same writers as ``wardesk export`` (formula cells neutralised)."""
    buf = io.StringIO()
    with store.engine.connect() as conn:
        rows = (flat_report(r) for r in iter_reports(conn, store, filters))
        (write_csv if fmt == "csv" else write_geojson)(rows, buf)
    return buf.getvalue()


@router.get(
    "/export.csv",
    summary="Event reports passing the filters as CSV (same columns as `wardesk export --format csv`)",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
def export_csv(store: StoreDep, filters: Filters) -> Response:
    return Response(
        _export(store, filters, "csv"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="wardesk-events.csv"'},
    )


@router.get(
    "/export.geojson",
    summary="Event reports passing the filters as a GeoJSON FeatureCollection (RFC 7946)",
    response_class=Response,
    responses={200: {"content": {"application/geo+json": {}}}},
)
def export_geojson(store: StoreDep, filters: Filters) -> Response:
    return Response(
        _export(store, filters, "geojson"),
        media_type="application/geo+json",
        headers={"Content-Disposition": 'attachment; filename="wardesk-events.geojson"'},
    )
