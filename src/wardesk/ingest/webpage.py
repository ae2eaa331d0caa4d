"""HTML to article parts with trafilatura: main text, title, date, site name, canonical URL."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from types import ModuleType

# Only the page's own metadata (meta tags, JSON-LD, <time>): trafilatura's
# extensive search would also guess from the text and footer ("Copyright 2016"
# becomes 2016-01-01), which is worse than no date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@functools.lru_cache(maxsize=1)
def _trafilatura() -> ModuleType:
    """trafilatura, imported on first use: its import costs ~0.1 s, and most runs read no HTML."""
    import trafilatura

    # It logs a warning for every page it finds nothing in; wardesk reports
    # that itself, as an EmptyArticle failure.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    return trafilatura


@dataclass(frozen=True)
class WebPage:
    """What trafilatura found in one HTML document."""

    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None


def extract_webpage(html: str) -> WebPage:
    """The main text and metadata of ``html``; an empty text when none was found."""
    try:
        doc = _trafilatura().bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # a parser crash on one page must not stop a corpus run
        doc = None
    if doc is None:
        return WebPage(text="")
    return WebPage(
        text=doc.text or "",
        title=doc.title or None,
        published=doc.date or None,
        source=doc.sitename or None,
        url=doc.url or None,
    )
