"""Rows for one extracted article: the article row, its event rows and their child rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wardesk.record import FAMILY, Article, ArticleEvents, Event


def event_id(article_id: str, ordinal: int) -> str:
    """The stable id of an article's ``ordinal``-th event (0 = main event): ``<article id>:<ordinal>``."""
    return f"{article_id}:{ordinal}"


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def article_row(
    article: Article,
    *,
    content_hash: str,
    near_dup_of: str | None,
    similarity: float | None,
    published: dt.date | None,
    published_from: str,
    now: dt.datetime,
) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "source": article.source,
        "published": published if published is not None else _date(article.published),
        "published_from": published_from,
        "text": article.text,
        "content_hash": content_hash,
        "near_dup_of": near_dup_of,
        "similarity": similarity,
        "ingested_at": now,
    }


def event_rows(out: ArticleEvents) -> dict[str, list[dict[str, Any]]]:
    """Rows per table for the events of one article, keyed by table name."""
    rows: dict[str, list[dict[str, Any]]] = {
        "events": [],
        "event_locations": [],
        "event_actors": [],
        "event_claims": [],
        "event_sources": [],
    }
    for ordinal, ev in enumerate(out.events):
        eid = event_id(out.article_id, ordinal)
        rows["events"].append(_event_row(eid, out.article_id, ordinal, ev))
        for i, loc in enumerate(ev.locations):
            rows["event_locations"].append(
                {
                    "event_id": eid,
                    "ordinal": i,
                    "name": loc.name,
                    "admin1": loc.admin1,
                    "country": loc.country,
                    "lat": loc.lat,
                    "lon": loc.lon,
                    "precision": loc.precision,
                }
            )
        for role, actors in (("initiator", ev.initiators), ("target", ev.targets)):
            for i, actor in enumerate(actors):
                rows["event_actors"].append(
                    {"event_id": eid, "role": role, "ordinal": i, "name": actor.name, "type": actor.type}
                )
        for i, claim in enumerate(ev.claims):
            rows["event_claims"].append(
                {
                    "event_id": eid,
                    "ordinal": i,
                    "what": claim.what,
                    "value": claim.value,
                    "low": claim.low,
                    "high": claim.high,
                    "qualifier": claim.qualifier,
                    "source": claim.source,
                    "text": claim.text,
                    "actor": claim.actor,
                    "stance": claim.stance,
                }
            )
        for i, src in enumerate(ev.sources):
            rows["event_sources"].append(
                {
                    "event_id": eid,
                    "ordinal": i,
                    "name": src.name,
                    "organization": src.organization,
                    "verb": src.verb,
                    "via": src.via,
                }
            )
    return rows


def _event_row(eid: str, article_id: str, ordinal: int, ev: Event) -> dict[str, Any]:
    loc = ev.locations[0] if ev.locations else None
    return {
        "id": eid,
        "article_id": article_id,
        "ordinal": ordinal,
        "kind": ev.kind,
        "event_type": ev.event_type,
        "family": FAMILY[ev.event_type],
        "date_start": ev.date.start,
        "date_end": ev.date.end,
        "date_precision": ev.date.precision,
        "location": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "country": loc.country if loc else None,
        "geo_precision": loc.precision if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "fatalities_low": ev.fatalities.low,
        "fatalities_best": ev.fatalities.best,
        "fatalities_high": ev.fatalities.high,
        "injuries_low": ev.injuries.low,
        "injuries_best": ev.injuries.best,
        "injuries_high": ev.injuries.high,
        "background": ev.background,
        "confidence": ev.confidence,
        "story_id": None,
        "record": ev.model_dump(mode="json"),
    }
