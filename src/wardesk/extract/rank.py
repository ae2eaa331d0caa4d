"""Finish merged drafts as records: fatalities, background, confidence and order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wardesk.extract.draft import Draft, fully_told
from wardesk.extract.numbers import reconcile
from wardesk.geo.former import admin1_as_of
from wardesk.record import Claim, Count, DateSpan, Event, Evidence, Location

#: An event that ended this many days before publication is background (schema).
BACKGROUND_DAYS = 30
#: An event told only as the reason for another act ("arrested three men over an ambush last
#: month") is background unless the text gives it a day of its own (or none at all: then it is
#: the act's day, taken as the event the article reports).
RECALLED_OWN_PRECISIONS = frozenset({"day", "unknown"})
#: ... or a week or a month when its phrase tells its own place and toll ("over an ambush near X
#: last week that killed eight"): recent news, as the schema has it (older is background by age).
RECALLED_TOLD_PRECISIONS = frozenset({"week", "month"})
#: (A deed a court judges, ``Draft.judged``, is never the judgement's day: undated, it is background.)
#: An event may end this many days after its article's publication (time zones); never more.
PUBLISHED_SLACK_DAYS = 1
#: Counts this large are a war's toll ("250,000 killed since 2011"); they stay claims
#: but never become one event's fatality figure. Same bound as the extractor's tallies.
WAR_TOTAL_MIN = 5000


def reconcile_counts(claims: list[tuple[Claim, Any]], what: str, incident: bool = False) -> Count:
    """The article's figure for one kind of count and the span across its sources (numbers.reconcile).

    incident: the count is one incident's, so a figure counted over a period or an area
    ("about 60 killed in 24 hours across the south") is not its toll.
    """
    usable = [(c, q) for c, q in claims if c.what == what and c.value < WAR_TOTAL_MIN]
    if incident:
        usable = [(c, q) for c, q in usable if not getattr(q, "aggregate", False)]
    low, best, high = reconcile([(q, c.source) for c, q in usable], what)
    heads = [c for c, q in usable if not getattr(q, "part_of_larger", False)]
    # a toll the article says was updated ("a previous toll of 112") gives way to the current one
    heads = [c for c, q in usable if c in heads and not getattr(q, "superseded", False)] or heads
    # a precise figure beats a vague one ("kills dozens" in the headline, "40 killed" below)
    heads = [c for c, q in usable if c in heads and not getattr(q, "vague", False)] or heads
    if heads:
        # the figure the headline or lead gives is the event's; later, larger figures in a
        # merged event are usually other events' tolls or running totals, and stay in claims
        first = heads[0]
        sums = [(c, q) for c, q in usable if getattr(q, "derived", False) and any(c is h for h in heads)]
        if any(first is c for c, _ in sums):
            # a sum of kinds of people gives way to a total the article states
            stated = [c for c in heads if all(c is not x for x, _ in sums) and c.value >= first.value]
            first = stated[0] if stated else first
        else:
            # one kind of people told first ("kills 50 fighters") gives way to its sum with the others
            first = next((c for c, q in sums if first.value in q.parts), first)
        first = _whole_of_its_part(first, usable, heads)
        standing = _standing_toll(first, [(c, q) for c, q in usable if c in heads])
        if standing != first.value and low is not None and len({c.source for c in heads}) == 1:
            low = int(round(standing))  # one source's toll, grown: its earlier figure is no lower bound
        best = int(round(standing))
        low = min(low, best) if low is not None else None
        high = max(high, best) if high is not None else None
    return Count(low=low, best=best, high=high)


#: How far (characters) a part ("including three guards") may stand after the whole it belongs to.
PART_REACH_CHARS = 160


def _whole_of_its_part(first: Claim, usable: list[tuple[Claim, Any]], heads: list[Claim]) -> Claim:
    """A first figure that the text gives again as the part of a larger toll counts one kind of the
    dead ("Three guards killed" over "12 people died, including three guards"): the toll is the
    whole that part belongs to, and the first figure stays a claim."""
    for c, q in usable:
        if c is first or c.value != first.value or not getattr(q, "part_of_larger", False):
            continue
        at = getattr(q, "start_char", 0)
        wholes = [
            h
            for h, hq in usable
            if any(h is x for x in heads)
            and h.value > c.value
            and 0 <= at - getattr(hq, "start_char", 0) <= PART_REACH_CHARS
        ]
        if wholes:
            return max(wholes, key=lambda h: h.value)
    return first


def _standing_toll(first: Claim, heads: list[tuple[Claim, Any]]) -> float:
    """The event's toll as the text last leaves it, when it tells the toll growing: a count that adds
    to the figure told before it ("12 were killed ... another 8 died") raises it, a total as it now
    stands ("bringing the toll to 15") sets it, and any other figure restates the toll the next
    count adds to. Once a total is stated, later counts are news the total already holds (a stated
    figure beats a sum wardesk makes). Never below the first figure (a headline's total before the text's parts: "20
    killed" then "12 ... another 8"). Without such counts, the first figure."""
    if not any(getattr(q, "increment", False) or getattr(q, "running", False) for _, q in heads):
        return first.value
    run: float | None = None
    stated = False  # a total as it now stands was given: later counts are taken as within it
    for c, q in sorted(
        heads, key=lambda cq: (not getattr(cq[1], "in_title", False), getattr(cq[1], "start_char", 0))
    ):
        if getattr(q, "aggregate", False):
            continue  # "300 have been killed since April": a period's count is no step of this toll
        if getattr(q, "running", False):
            run, stated = c.value, True
        elif stated:
            continue  # "the toll now stands at 40: a wounded boy died overnight" tells what the total holds
        elif getattr(q, "increment", False):
            run = (run or 0.0) + c.value
        else:
            run = c.value
    return max(first.value, run or 0.0)


def _confidence(d: Draft) -> float:
    score = 0.35 + 0.45 * d.strength
    score += 0.04 * sum(bool(x) for x in (d.locations, d.initiators, d.date.start, d.sources, d.claims))
    score += 0.03 * min(d.members - 1, 3)
    if d.hedged:
        score -= 0.2
    return round(max(0.05, min(0.99, score)), 2)


def bounded_by_publication(date: DateSpan, published: dt.date | None) -> DateSpan:
    """No event ends after its article's publication (docs/codebook.md): a span that runs past
    it ends at it; one that starts after it dates nothing."""
    if published is None or date.start is None:
        return date
    late = published + dt.timedelta(days=PUBLISHED_SLACK_DAYS)
    if date.start > late:
        return DateSpan(precision="unknown", text=date.text)
    if date.end is not None and date.end > late:
        return date.model_copy(update={"end": published})
    return date


def divisions_of_the_day(locs: list[Location], day: dt.date | None) -> list[Location]:
    """Each place's first-level division as it was called on the event's day ('Maguindanao' for a
    2020 event in a town of today's Maguindanao del Sur); a division named as the place itself too."""
    out: list[Location] = []
    for loc in locs:
        then = admin1_as_of(loc.country, loc.admin1, day)
        if then != loc.admin1:
            update = {"admin1": then}
            if loc.precision == "admin1" and loc.name == loc.admin1:
                update["name"] = then
            loc = loc.model_copy(update=update)
        if all((o.name, o.admin1) != (loc.name, loc.admin1) for o in out):
            out.append(loc)
    return out


def _distinct(claims: list[Claim]) -> list[Claim]:
    """The claims without repeats: one figure read twice off the same words by the same speaker (a
    sentence merged into the event by two of its readings) is one claim, in its first place."""
    seen: set[tuple] = set()
    out = []
    for c in claims:
        key = (c.what, c.value, c.qualifier, c.source, c.text, c.actor, c.stance)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def finish(d: Draft, published: dt.date | None) -> Event:
    # one person told without a number inside a larger count ("including a child") is no figure,
    # nor is the sum wardesk makes of per-victim-type counts ("12 soldiers and 3 civilians")
    claims = [
        c
        for c, q in d.claims
        if not (getattr(q, "single", False) and getattr(q, "part_of_larger", False))
        and not getattr(q, "derived", False)
        and not getattr(q, "restated", False)  # the headline's copy of a figure the text gives
        # a vague word ("dozens were wounded") sets the event's count as ACLED codes it, but the
        # article gives no number: it is no claim (a count with no claim and no bounds is vague)
        and not getattr(q, "vague", False)
    ]
    claims = _distinct(claims)
    date = bounded_by_publication(d.date, published)
    background = bool(published and date.end and (published - date.end).days > BACKGROUND_DAYS) or (
        bool(published)
        and (
            (
                d.recalled
                and date.precision not in RECALLED_OWN_PRECISIONS
                and not (date.precision in RECALLED_TOLD_PRECISIONS and fully_told(d))
            )
            or (d.judged and date.precision != "day")
        )
    )
    return Event(
        kind=d.kind,
        event_type=d.event_type or "other",
        date=date,
        locations=divisions_of_the_day(d.locations, date.end or date.start or published),
        initiators=d.initiators,
        targets=d.targets,
        weapons=d.weapons,
        fatalities=reconcile_counts(d.claims, "killed", incident=d.kind == "incident"),
        injuries=reconcile_counts(d.claims, "injured", incident=d.kind == "incident"),
        claims=claims,
        sources=d.sources,
        evidence=[Evidence(start=s, end=e) for s, e in sorted(d.evidence)],
        background=background,
        confidence=_confidence(d),
        type_filled=d.filled_type and d.event_type is not None,
    )


def order(events: list[Event], drafts: list[Draft]) -> list[Event]:
    """Main event first: what the headline and lead are about; background last."""

    def key(pair: tuple[Event, Draft]) -> tuple:
        ev, d = pair
        # after the headline's event, an incident before a tally or a period's summary
        return (
            ev.background,
            not d.from_title,
            d.family is None or ev.event_type == "other",
            not d.from_title and ev.kind == "aggregate",
            d.sent_i,
            d.setting,  # "as clashes raged, strikes killed 15": the strikes lead their sentence
        )

    return [ev for ev, _ in sorted(zip(events, drafts, strict=True), key=key)]


def told_once(events: list[Event]) -> list[Event]:
    """A figure the text gives once is claimed once: the same words read as the same figure by the
    same speaker stay with the first event (in output order) of the events of the article's own
    time that hold them ("seven motorbikes torched", told in a sentence read as a raid and as an
    abduction). Each event's fatalities and injuries are left as they were reconciled."""
    seen: set[tuple] = set()
    out = []
    for ev in events:
        if ev.background:
            out.append(ev)
            continue
        keep = []
        for c in ev.claims:
            key = (c.what, c.value, c.qualifier, c.source, c.text)
            if c.what != "responsibility" and key in seen:
                continue
            seen.add(key)
            keep.append(c)
        out.append(ev if len(keep) == len(ev.claims) else ev.model_copy(update={"claims": keep}))
    return out
