"""Stage api: the REST API and the dashboard over the event database (FastAPI).

Entry point: ``create_app(db_url, token=None) -> FastAPI``; ``wardesk serve``
runs it with uvicorn.
"""

from __future__ import annotations

from wardesk.api.app import TOKEN_ENV, create_app

__all__ = ["TOKEN_ENV", "create_app"]
