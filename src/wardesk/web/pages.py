"""The dashboard's pages: the map/timeline/table view, the event page, the paste box.

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


@router.get("/paste")
def paste_page() -> HTMLResponse:
    return _page("paste.html")


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)
