"""The FastAPI application: the REST API under /api, the dashboard at /, OpenAPI at /docs.

``create_app(db_url, token)`` opens (and migrates) the store once; the token
for writes comes from the argument or $WARDESK_TOKEN, and without one the
write endpoint answers 403. Cross-origin requests are refused (no CORS headers)
unless ``cors_origins`` lists the origins allowed to read the API.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from wardesk import __version__, settings
from wardesk.api.cache import ResponseCache
from wardesk.api.conditional import ConditionalMiddleware
from wardesk.api.errors import install_error_handlers
from wardesk.api.guards import DEFAULT_HOSTS, HostGuard, reject_nul
from wardesk.api.limits import ExtractGate
from wardesk.api.openapi import OPENAPI_TAGS, install_openapi
from wardesk.api.profile_routes import router as profile_router
from wardesk.api.readdb import read_engine
from wardesk.api.routes import router as api_router
from wardesk.api.security import MAX_BODY_BYTES, SecurityMiddleware
from wardesk.errors import UsageError
from wardesk.store import Store
from wardesk.web import STATIC_DIR
from wardesk.web import router as pages_router
from wardesk.web.pages import swagger_ui_dir

TOKEN_ENV = "WARDESK_TOKEN"


def create_app(
    db_url: str | None = None,
    token: str | None = None,
    *,
    allow_private: bool = False,
    max_body: int = MAX_BODY_BYTES,
    hosts: Iterable[str] = DEFAULT_HOSTS,
    cors_origins: Sequence[str] | None = None,
) -> FastAPI:
    """The wardesk web application over the database at ``db_url`` (default: $WARDESK_DB, else ./wardesk.db).

    token (str | None): the bearer token of POST /api/articles; None reads $WARDESK_TOKEN; none at all
        turns writes off.
    allow_private (bool): let posted URLs reach private and loopback addresses (tests, intranets).
    max_body (int): the largest request body accepted, in bytes (413 above it).
    hosts (Iterable[str]): the host names answered (``api.guards.allowed_hosts``); any other Host header
        gets 400, so a web page cannot reach this server through DNS rebinding. ``*`` answers any.
    cors_origins (Sequence[str] | None): origins (scheme://host[:port]) whose pages may call the API from a
        browser; None reads the cors_origins setting ($WARDESK_CORS_ORIGINS); none at all sends no CORS
        headers, so browsers keep other sites out.
    Raises UsageError for a token of only white space, which no request could ever match.
    """
    token = token if token is not None else settings.current().token
    if token and not token.strip():
        raise UsageError(
            f"the write token ({TOKEN_ENV}) is blank, so no request could ever match it; "
            "set a real token, or unset it to turn writes off"
        )
    app = FastAPI(
        title="wardesk",
        version=__version__,
        description="Conflict events read from news reports: filter, map, read the evidence, compare outlets.",
        docs_url=None,  # served by the web pages from the installed package, not a CDN
        redoc_url=None,
        lifespan=_lifespan,
        dependencies=[Depends(reject_nul)],
        openapi_tags=OPENAPI_TAGS,
    )
    # Opened for reading: a missing database is refused, not created empty; a read-only file is served
    # read-only, with writes off.
    app.state.store = Store(db_url, write=False)
    app.state.read_engine = read_engine(app.state.store.url, app.state.store.engine)
    app.state.cache = ResponseCache(app.state.read_engine)
    app.state.token = token.strip() if token and not app.state.store.read_only else None
    app.state.allow_private = allow_private
    app.state.extract_gate = ExtractGate()
    install_error_handlers(app)
    install_openapi(app)
    # the last added runs first: security headers and limits around everything, CORS before routing
    app.add_middleware(ConditionalMiddleware, cache=app.state.cache)
    if cors_origins is None:
        cors_origins = settings.current().cors_origins
    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "HEAD", "POST"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match", "If-Modified-Since"],
            expose_headers=["ETag", "Last-Modified"],
            max_age=600,
        )
    # outside everything but SecurityMiddleware (its 400 gets the security headers too)
    app.add_middleware(HostGuard, hosts=hosts)
    app.add_middleware(SecurityMiddleware, max_body=max_body)
    app.include_router(api_router)
    app.include_router(profile_router)
    app.include_router(pages_router)
    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_dir()), name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.read_engine.dispose()
    app.state.store.close()
