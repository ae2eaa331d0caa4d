"""Finish merged drafts as records: fatalities, background, confidence and order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wardesk.extract.draft import Draft
from wardesk.extract.numbers import reconcile
from wardesk.record import Claim, Count, Event, Evidence

#: An event that ended this many days before publication is background (schema).
BACKGROUND_DAYS = 30


def reconcile_counts(claims: list[tuple[Claim, Any]], what: str) -> Count:
    """The article's figure for one kind of count and the span across its sources (numbers.reconcile)."""
    low, best, high = reconcile([(q, c.source) for c, q in claims if c.what == what], what)
    return Count(low=low, best=best, high=high)


def _confidence(d: Draft) -> float:
    score = 0.35 + 0.45 * d.strength
    score += 0.04 * sum(bool(x) for x in (d.locations, d.initiators, d.date.start, d.sources, d.claims))
    score += 0.03 * min(d.members - 1, 3)
    if d.hedged:
        score -= 0.2
    return round(max(0.05, min(0.99, score)), 2)


def finish(d: Draft, published: dt.date | None) -> Event:
    # a number stated without a speaker in an event that has one is that source's
    default = d.sources[0].name if len(d.sources) == 1 else None
    claims = [c if c.source or not default else c.model_copy(update={"source": default}) for c, _ in d.claims]
    background = bool(published and d.date.end and (published - d.date.end).days > BACKGROUND_DAYS)
    return Event(
        kind=d.kind,
        event_type=d.event_type or "other",
        date=d.date,
        locations=d.locations,
        initiators=d.initiators,
        targets=d.targets,
        weapons=d.weapons,
        fatalities=reconcile_counts(d.claims, "killed"),
        injuries=reconcile_counts(d.claims, "injured"),
        claims=claims,
        sources=d.sources,
        evidence=[Evidence(start=s, end=e) for s, e in sorted(d.evidence)],
        background=background,
        confidence=_confidence(d),
    )


def order(events: list[Event], drafts: list[Draft]) -> list[Event]:
    """Main event first: what the headline and lead are about; background last."""

    def key(pair: tuple[Event, Draft]) -> tuple:
        ev, d = pair
        return (ev.background, not d.from_title, d.family is None or ev.event_type == "other", d.sent_i)

    return [ev for ev, _ in sorted(zip(events, drafts, strict=True), key=key)]
