"""One error shape for every failure, ``{"error": {"status", "message"}}``, and never a stack trace.

wardesk's own errors (``WardeskError``) keep their numbered message; anything
unexpected becomes a plain 500 whose details go to the server log only.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from wardesk.errors import (
    ArticleTooLarge,
    BlockedAddress,
    FetchError,
    IngestError,
    InvalidUrl,
    UsageError,
    WardeskError,
)

log = logging.getLogger("wardesk.api")


class ApiError(Exception):
    """An error answered with ``status`` and a message meant for the person calling the API."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": {"status": status, "message": message}}, status_code=status, headers=headers
    )


#: HTTP status of each wardesk error class (first match wins, so subclasses come first).
WARDESK_STATUS: tuple[tuple[type[WardeskError], int], ...] = (
    (BlockedAddress, 400),  # the SSRF guard refused the URL: the caller's request is at fault
    (InvalidUrl, 400),  # a malformed or non-http(s) URL: the caller's too
    (FetchError, 502),  # the remote site failed us
    (ArticleTooLarge, 413),
    (IngestError, 422),  # empty, not English, unreadable
    (UsageError, 400),
)


def status_of(exc: WardeskError) -> int:
    for cls, status in WARDESK_STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_req: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_req: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page or resource; see /docs for the API"
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_req: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, _validation_message(exc))

    @app.exception_handler(WardeskError)
    async def _wardesk_error(_req: Request, exc: WardeskError) -> JSONResponse:
        status = status_of(exc)
        if status == 500:
            log.error("internal wardesk error: %s", exc.render())
            return error_response(500, f"[{exc.code}] internal error; see the server log")
        return error_response(status, exc.render())

    @app.exception_handler(Exception)
    async def _unexpected(_req: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, "internal error; the details are in the server log")
