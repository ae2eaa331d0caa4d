"""Finish merged drafts as records: fatalities, background, confidence and order."""

from __future__ import annotations

import datetime as dt

from wardesk.extract.draft import Draft
from wardesk.record import Claim, Count, Event, Evidence

#: An event that ended this many days before publication is background (schema).
BACKGROUND_DAYS = 30


def reconcile_counts(claims: list[tuple[Claim, object]], what: str) -> Count:
    """The article's figure for one kind of count, and the span across sources.

    ``best`` is the first headline figure in the text (a sub-count introduced by
    "including" or "of whom" never is); low/high span the other headline
    figures, which differ when sources disagree. "up to 40" gives high 40.
    """
    heads = [(c, q) for c, q in claims if c.what == what and not getattr(q, "part_of_larger", False)]
    if not heads:
        return Count()
    first, _ = heads[0]
    values = [c.value for c, _ in heads]
    lows = [c.low if c.low is not None else c.value for c, _ in heads]
    highs = [c.high if c.high is not None else c.value for c, _ in heads]
    best = int(round(first.value))
    low = int(round(min(lows)))
    high = int(round(max(highs)))
    if first.qualifier in ("at_least", "more_than") and len(values) == 1:
        high = None  # an open upper bound
    if first.qualifier == "up_to" and len(values) == 1:
        low = None
    return Count(low=low, best=best, high=high)


def _confidence(d: Draft) -> float:
    score = 0.35 + 0.45 * d.strength
    score += 0.04 * sum(bool(x) for x in (d.locations, d.initiators, d.date.start, d.sources, d.claims))
    score += 0.03 * min(d.members - 1, 3)
    if d.hedged:
        score -= 0.2
    return round(max(0.05, min(0.99, score)), 2)


def finish(d: Draft, published: dt.date | None) -> Event:
    claims = [c for c, _ in d.claims]
    background = bool(
        published and d.date.end and (published - d.date.end).days > BACKGROUND_DAYS
    )
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

    return [ev for ev, _ in sorted(zip(events, drafts), key=key)]
