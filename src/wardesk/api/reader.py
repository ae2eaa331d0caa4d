"""POST /api/articles: turn posted text or a fetched URL into an Article, extract it, and store it if asked.

The extraction and the ingest are flows (``wardesk.flows``); this module only
turns the request into an Article. The process's pipeline loads on the first
post (seconds), and one lock serialises its use: a spaCy pipeline is not meant
to be shared by threads (its string store grows as it reads), and a 2-core
desk gains nothing from running two parses at once.
"""

from __future__ import annotations

import hashlib
import threading
from typing import Any

from wardesk.api.errors import ApiError
from wardesk.api.models import ArticleIn
from wardesk.errors import WardeskError
from wardesk.flows.extract import process_pipeline
from wardesk.flows.ingest import Ingester
from wardesk.ingest import IngestFailure, finish_article, normalise_published
from wardesk.record import Article, ArticleEvents
from wardesk.store import Store

_lock = threading.Lock()


def article_from_input(body: ArticleIn, *, allow_private: bool = False) -> Article:
    """The Article to read: the posted text, or the page at the posted URL (through the fetcher's SSRF guard)."""
    if bool(body.text and body.text.strip()) == bool(body.url and body.url.strip()):
        raise ApiError(
            422, "give either 'text' (the article) or 'url' (a page to fetch), not both or neither"
        )
    published = None
    if body.published:
        published = normalise_published(body.published)
        if published is None:
            raise ApiError(422, f"published {body.published!r} is not a date; give it as YYYY-MM-DD")
    if body.url:
        from wardesk.ingest.fetch import article_from_page, fetch

        fetched = fetch(body.url.strip(), allow_private=allow_private)  # FetchError / BlockedAddress -> JSON
        art = article_from_page(
            fetched, article_id=body.id, title=body.title, source=body.source, published=published
        )
        if isinstance(art, IngestFailure):
            raise art.error
        return art
    text = body.text or ""
    article = Article(
        id=body.id or "paste-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16],
        title=body.title,
        source=body.source,
        published=published,
        published_from="input" if published else "none",
        text=text,
    )
    finished = finish_article(article.id, article, option=None)
    if isinstance(finished, IngestFailure):
        raise finished.error
    return finished


def extract(article: Article) -> ArticleEvents:
    with _lock:
        return process_pipeline().run(article)


def read_article(store: Store, body: ArticleIn, *, save: bool, allow_private: bool = False) -> dict[str, Any]:
    """Extract (and with ``save`` store and link) one posted article; the IngestResult as a dict."""
    article = article_from_input(body, allow_private=allow_private)
    if save:
        status, out = _store(store, article)
    else:
        status, out = "extracted", extract(article)
    event_ids = [f"{article.id}:{i}" for i in range(len(out.events))] if status != "extracted" else []
    return {
        "article_id": article.id,
        "stored": status in ("new", "near_duplicate"),
        "status": status,
        "published": out.published,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "text": article.text,
        "events": out.events,
        "event_ids": event_ids,
    }


def _store(store: Store, article: Article) -> tuple[str, ArticleEvents]:
    """Ingest one article through the store's Ingester (dedup, batch write, linking); (status, its events)."""
    statuses: list[str] = []
    with _lock:
        Ingester(store, on_item=statuses.append, pipeline=process_pipeline()).run_articles([article])
    status = statuses[-1] if statuses else "failed"
    if status == "failed":
        failure = store.failures(limit=1)
        reason = failure[0].reason if failure else "the article could not be stored"
        raise ApiError(422, f"not stored: {reason}")
    if status in ("already", "duplicate"):
        # stored before: answer with what the database holds
        return status, _stored_events(store, article.id) or extract(article)
    return status, _stored_events(store, article.id) or ArticleEvents(article_id=article.id)


def _stored_events(store: Store, article_id: str) -> ArticleEvents | None:
    from sqlalchemy import select

    from wardesk.store import schema as s

    e, a = s.events.c, s.articles.c
    with store.engine.connect() as conn:
        art = conn.execute(select(a.published, a.published_from).where(a.id == article_id)).first()
        if art is None:
            return None
        records = [
            r[0] for r in conn.execute(select(e.record).where(e.article_id == article_id).order_by(e.ordinal))
        ]
    try:
        return ArticleEvents.model_validate(
            {"article_id": article_id, "published": art[0], "published_from": art[1], "events": records}
        )
    except (ValueError, WardeskError):
        return None
