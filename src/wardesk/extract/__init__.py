"""Stage extract: a parsed article (spaCy Doc) -> its event records, main event first.

``extract_events(doc, published, title_doc, headline_end, lexicons=...)`` is the
entry point; ``Lexicons`` holds the resources it reads, loaded once per process.
The steps live in their own modules (see ``article.py``).
"""

from __future__ import annotations

from wardesk.extract.article import Lexicons, extract_events

__all__ = ["Lexicons", "extract_events"]
