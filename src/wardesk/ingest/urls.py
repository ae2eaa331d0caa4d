"""What counts as a web URL: http or https, a host, a valid port. Anything else is neither fetched nor kept."""

from __future__ import annotations

from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")


def url_problem(url: str) -> str | None:
    """Why ``url`` is not an http(s) URL wardesk can use ("a javascript: URL", ...), or None when it is."""
    try:
        parts = urlsplit(url)
        port = parts.port  # ValueError for a port out of range or not a number
        host = parts.hostname
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme.lower() not in WEB_SCHEMES:
        return f"a {parts.scheme + ':' if parts.scheme else 'scheme-less'} URL, not http or https"
    if not host:
        return "a URL without a host name"
    if port == 0:
        return "a URL with port 0"
    return None
