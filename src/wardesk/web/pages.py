"""The dashboard's pages: the map/timeline/table view, the event, story, actor and place pages, the paste box, /docs.

The pages are plain HTML shells with no inline script or style (the CSP allows
neither); the data is fetched by the scripts they load.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

_ROOT = Path(str(files("wardesk.web")))
STATIC_DIR = _ROOT / "static"
TEMPLATES_DIR = _ROOT / "templates"

router = APIRouter(include_in_schema=False)


@functools.cache
def _render(name: str) -> str:
    """A page: its template on the shared layout (head, navigation, common script). The pages
    hold no data, so each is rendered once per process."""
    env = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=select_autoescape(["html"]))
    return env.get_template(name).render()


def _page(name: str) -> HTMLResponse:
    return HTMLResponse(_render(name), headers={"Cache-Control": "no-cache"})


@router.get("/")
def dashboard() -> HTMLResponse:
    return _page("dashboard.html")


@router.get("/event/{event_id:path}")
def event_page(event_id: str) -> HTMLResponse:  # noqa: ARG001 - the script reads the id from the URL
    return _page("event.html")


@router.get("/story/{story_id:path}")
def story_page(story_id: str) -> HTMLResponse:  # noqa: ARG001 - the script reads the id from the URL
    return _page("story.html")


@router.get("/actor/{name:path}")
def actor_page(name: str) -> HTMLResponse:  # noqa: ARG001 - the script reads the name from the URL
    return _page("profile.html")


@router.get("/place/{where:path}")
def place_page(where: str) -> HTMLResponse:  # noqa: ARG001 - the script reads the place from the URL
    return _page("profile.html")


@router.get("/paste")
def paste_page() -> HTMLResponse:
    return _page("paste.html")


@router.get("/docs")
def api_reference() -> HTMLResponse:
    """Swagger UI over /openapi.json, its assets served from the fastapi-offline package."""
    return _page("docs.html")


def swagger_ui_dir() -> Path:
    """Where the installed fastapi-offline package keeps Swagger UI 5's files (mounted at
    /static/swagger); the version FastAPI's OpenAPI 3.1 documents need."""
    return Path(str(files("fastapi_offline") / "static"))


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)
