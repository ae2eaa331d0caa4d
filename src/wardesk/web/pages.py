"""The dashboard's pages: the map/timeline/table view, the event page, the paste box.

The pages are plain HTML shells with no inline script or style (the CSP allows
neither); the data is fetched by the scripts they load.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, Response

_ROOT = Path(str(files("wardesk.web")))
STATIC_DIR = _ROOT / "static"
TEMPLATES_DIR = _ROOT / "templates"

router = APIRouter(include_in_schema=False)


def _page(name: str) -> FileResponse:
    return FileResponse(
        TEMPLATES_DIR / name, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"}
    )


@router.get("/")
def dashboard() -> FileResponse:
    return _page("dashboard.html")


@router.get("/event/{event_id:path}")
def event_page(event_id: str) -> FileResponse:  # noqa: ARG001 - the script reads the id from the URL
    return _page("event.html")


@router.get("/paste")
def paste_page() -> FileResponse:
    return _page("paste.html")


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)
