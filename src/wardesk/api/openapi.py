"""The OpenAPI document: one tag per resource, and every error response described as a problem detail.

FastAPI documents error responses as ``application/json`` and adds its own
``HTTPValidationError`` for 422; the API answers every error as
``application/problem+json`` (``api/errors.py``), so the document is rewritten
once, when first asked for, to say so.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from wardesk.api.errors import PROBLEM_MEDIA_TYPE

OPENAPI_TAGS = [
    {"name": "events", "description": "Event reports: one per event an article reports, filtered and paged."},
    {"name": "stories", "description": "Stories: the reports of one real-world event linked across outlets."},
    {"name": "articles", "description": "Stored articles with their text, and posting new ones (token)."},
    {"name": "extract", "description": "Try wardesk on an article: what it reads, stored nowhere, no token."},
    {"name": "stats", "description": "Counts and tolls over time and place for the filtered events."},
    {
        "name": "actors",
        "description": "One actor's events: per month, types, places, the actors met, stories.",
    },
    {
        "name": "places",
        "description": "One country, province or town: events per month, types, actors, stories; and the "
        "largest towns in a box (map labels, from the gazetteer).",
    },
    {
        "name": "exports",
        "description": "The filtered events or stories as files: CSV, ACLED CSV, GeoJSON, Excel, Parquet, JSONL; "
        "the same formats and filters as `wardesk export`.",
    },
]

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


def install_openapi(app: FastAPI) -> None:
    """Make ``app.openapi()`` return the document with problem+json error responses."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
            )
            app.openapi_schema = _problem_errors(doc)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _problem_errors(doc: dict[str, Any]) -> dict[str, Any]:
    for path in doc.get("paths", {}).values():
        for op in path.values():
            for code, response in (op.get("responses") or {}).items():
                if code[:1] in ("4", "5"):
                    response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_REF}}
                    if code == "422":
                        response["description"] = "A parameter or body field does not validate."
    schemas = doc.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return doc
