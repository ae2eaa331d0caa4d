"""Every failure as an RFC 9457 problem detail (``application/problem+json``), and never a stack trace.

A problem has ``type`` ("about:blank": the status says what kind of problem it
is), ``title`` (the status's phrase), ``status`` and ``detail`` (what went wrong
and what to do, for the person calling the API). Extension members, when there
is something more to say: ``code`` (wardesk's numbered error), ``errors`` (one
entry per bad parameter or body field, with ``valid`` values where they are a
list). FastAPI's own 404, 405 and validation errors take the same shape; anything
unexpected becomes a plain 500 whose details go to the server log only.
"""

from __future__ import annotations

import http
import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from wardesk.errors import (
    ArticleTooLarge,
    BlockedAddress,
    FetchError,
    FilterError,
    IngestError,
    InvalidUrl,
    UsageError,
    WardeskError,
)

log = logging.getLogger("wardesk.api")

PROBLEM_MEDIA_TYPE = "application/problem+json"
#: RFC 9457 §4.2.1: no type of our own, the HTTP status code is the problem's kind.
PROBLEM_TYPE = "about:blank"
#: Bad parameters or body fields listed in one problem.
MAX_LISTED_ERRORS = 10


class ApiError(Exception):
    """An error answered with ``status`` and a ``detail`` meant for the person calling the API."""

    def __init__(
        self,
        status: int,
        message: str,
        headers: dict[str, str] | None = None,
        **extensions: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers
        self.extensions = extensions


def title_of(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem(status: int, detail: str, **extensions: Any) -> dict[str, Any]:
    """The problem document of ``status`` with ``detail`` and extension members (None ones left out)."""
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE,
        "title": title_of(status),
        "status": status,
        "detail": detail,
    }
    body.update({k: v for k, v in extensions.items() if v is not None})
    return body


def problem_bytes(status: int, detail: str, **extensions: Any) -> bytes:
    """The problem as a body, for code below FastAPI (the ASGI middlewares)."""
    return json.dumps(problem(status, detail, **extensions)).encode()


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None, **extensions: Any
) -> JSONResponse:
    return JSONResponse(
        problem(status, message, **extensions),
        status_code=status,
        headers=headers,
        media_type=PROBLEM_MEDIA_TYPE,
    )


#: HTTP status of each wardesk error class (first match wins, so subclasses come first).
WARDESK_STATUS: tuple[tuple[type[WardeskError], int], ...] = (
    (BlockedAddress, 400),  # the SSRF guard refused the URL: the caller's request is at fault
    (InvalidUrl, 400),  # a malformed or non-http(s) URL: the caller's too
    (FetchError, 502),  # the remote site failed us
    (ArticleTooLarge, 413),
    (IngestError, 422),  # empty, not English, unreadable
    (UsageError, 400),  # FilterError included: a query parameter users type
)


def status_of(exc: WardeskError) -> int:
    for cls, status in WARDESK_STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """One entry per invalid field: ``parameter`` (query, path, header) or ``pointer`` (JSON body)."""
    out = []
    for err in exc.errors()[:MAX_LISTED_ERRORS]:
        loc = [str(x) for x in err.get("loc", ())]
        entry: dict[str, Any] = {"detail": err.get("msg", "invalid")}
        if loc and loc[0] == "body":
            entry["pointer"] = "#/" + "/".join(loc[1:])
        elif len(loc) > 1:
            entry["parameter"] = loc[1]
        out.append(entry)
    return out


def _validation_message(errors: list[dict[str, Any]]) -> str:
    parts = [
        f"{e.get('parameter') or e.get('pointer', '#/')[2:] or 'request'}: {e['detail']}" for e in errors
    ]
    return "invalid request: " + "; ".join(parts[:5])


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_req: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.headers, **exc.extensions)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_req: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page or resource; see /docs for the API"
        elif exc.status_code == 405 and message == "Method Not Allowed":
            allowed = (getattr(exc, "headers", None) or {}).get("Allow")
            message = f"this resource does not take that method; allowed: {allowed or 'see /docs'}"
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_req: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        return error_response(422, _validation_message(errors), errors=errors)

    @app.exception_handler(WardeskError)
    async def _wardesk_error(_req: Request, exc: WardeskError) -> JSONResponse:
        status = status_of(exc)
        if status == 500:
            log.error("internal wardesk error: %s", exc.render())
            return error_response(500, "internal error; see the server log", code=exc.code)
        errors = None
        if isinstance(exc, FilterError):
            entry: dict[str, Any] = {"parameter": exc.param, "detail": exc.message}
            if exc.valid:
                entry["valid"] = list(exc.valid)
            errors = [entry]
        return error_response(status, exc.message, code=exc.code, errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(_req: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, "internal error; the details are in the server log")
