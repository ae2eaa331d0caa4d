"""The Python API, for notebooks and scripts: ``wardesk.extract_article`` and ``wardesk.open``.

Two doors, each over the same flows the command line uses:

    >>> import wardesk
    >>> out = wardesk.extract_article("Government air strikes killed 12 civilians in Saraqeb on Monday, "
    ...                               "activists said.", published="2016-05-11")
    >>> out.events[0].event_type, out.events[0].fatalities.best
    ('air_strike', 12)

    >>> desk = wardesk.open("wardesk.db")           # SQLite file or postgresql:// URL
    >>> desk.ingest(["corpus.jsonl"])               # read, de-duplicate, extract, link
    >>> rows = desk.events(country="Syria", actor="ISIS", since="2016-01-01")
    >>> import pandas as pd; df = pd.DataFrame(desk.events(flat=True))

Filters are given as a user types them (``country="Syria"`` or ``"SY"``,
``actor="ISIS"`` for Islamic State, ``type="air_strike"`` or a family such as
``"battles"``), checked by the same function as the API's and the CLI's
(``wardesk.export.filters.build_filters``); a wrong value raises a UsageError
that names the valid ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from wardesk.export.filters import build_filters
from wardesk.export.records import flat_report, flat_story, iter_reports, iter_stories
from wardesk.flows.extract import process_pipeline
from wardesk.flows.ingest import Ingester, IngestStats
from wardesk.ingest import IngestFailure, finish_article
from wardesk.record import Article, ArticleEvents
from wardesk.store import Store


def extract_article(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    article_id: str = "article",
) -> ArticleEvents:
    """What wardesk reads from one article: its events (docs/event-schema.md), main event first.

    published: the publication date relative dates resolve against ("Monday");
    without it a dateline in the text is used, if there is one. Nothing is
    stored. Raises an IngestError (empty, not English, too large) or a
    WardeskError from extraction, with a message that says what to do.
    """
    day = published.isoformat() if isinstance(published, dt.date) else published
    article = Article(
        id=article_id,
        text=text,
        title=title,
        source=source,
        url=url,
        published=day,
        published_from="input" if day else "none",
    )
    finished = finish_article(article_id, article, option=None)
    if isinstance(finished, IngestFailure):
        raise finished.error
    return process_pipeline().run(finished)


class Desk:
    """An event database opened for reading and ingesting (``wardesk.open``); a context manager."""

    def __init__(self, db: str | None = None) -> None:
        self.store = Store(db)

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(self, sources: Iterable[str], *, allow_private: bool = False) -> IngestStats:
        """Read files, folders, URLs or feeds into the database (de-duplicated, extracted, linked)."""
        ingester = Ingester(self.store, allow_private=allow_private, pipeline=process_pipeline())
        try:
            return ingester.run(list(sources))
        finally:
            ingester.close()

    def events(self, *, flat: bool = False, **filters: Any) -> list[dict[str, Any]]:
        """Stored event reports passing the filters (see ``filters``), oldest article first.

        flat: one level of columns (as the CSV export), ready for ``pandas.DataFrame``;
        otherwise the nested record, the event under ``"event"``.
        """
        f = build_filters(**_filter_args(filters))
        with self.store.engine.connect() as conn:
            rows = list(iter_reports(conn, self.store, f))
        return [flat_report(r) for r in rows] if flat else rows

    def stories(self, *, flat: bool = False, **filters: Any) -> list[dict[str, Any]]:
        """Stories (one real-world event across outlets) with a report passing the filters."""
        f = build_filters(**_filter_args(filters))
        with self.store.engine.connect() as conn:
            rows = list(iter_stories(conn, self.store, f))
        return [flat_story(r) for r in rows] if flat else rows


#: The filters ``Desk.events`` and ``Desk.stories`` take, as the API names them.
FILTERS = (
    "since",
    "until",
    "type",
    "country",
    "admin1",
    "bbox",
    "actor",
    "outlet",
    "query",
    "min_corroboration",
    "background",
    "undated",
)


def _filter_args(filters: dict[str, Any]) -> dict[str, Any]:
    from wardesk.errors import UsageError

    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise UsageError(f"unknown filter {', '.join(unknown)}; the filters are: {', '.join(FILTERS)}")
    args = dict(filters)
    if "type" in args:
        args["types"] = args.pop("type")
    return args


def open(db: str | None = None) -> Desk:  # noqa: A001 - wardesk.open(db) reads like sqlite3.connect
    """Open (and create or migrate) the event database ``db``: a SQLite file or a PostgreSQL URL;
    None uses the ``db`` setting ($WARDESK_DB, else ./wardesk.db)."""
    return Desk(db)
