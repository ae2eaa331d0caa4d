"""The dashboard: HTML pages, scripts, styles and vendored Leaflet / Natural Earth shapes, served by ``wardesk.api``.

Every asset ships in this package (``static/``, ``templates/``); nothing is
loaded from a CDN. Pages are static HTML: all data arrives from /api as JSON
and is put into the page as text nodes by the scripts in ``static/js``.
"""

from __future__ import annotations

from wardesk.web.pages import STATIC_DIR, TEMPLATES_DIR, router

__all__ = ["STATIC_DIR", "TEMPLATES_DIR", "router"]
