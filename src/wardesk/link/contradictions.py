"""Contradictions in a story: what independent sources disagree on, each side with its claimant and sentence.

Kinds (docs/linking.md), each one function in ``KINDS``:
- ``fatalities``, ``injuries``: independent sources' figures for this incident
  more than 20 % apart (injuries on their own only when the fatality figures
  agree; otherwise they ride with the fatalities). A source is an outlet, or an agency for all its copies;
  its figure is that of its latest report (a later figure is an update, not a
  contradiction); then one claimant's later, higher figure in any outlet, and a
  figure marked as a revision, update rather than dispute (``updated``), and
  only figures of one counted kind are compared. Vague counts ("dozens") are
  left out when any source gives a figure.
- ``blame``: two claimants accuse (or claim for) parties that do not overlap, or
  one claims the act for its side and the other accuses a party beyond it.
- ``denial``: a party denies the act; once per denied party, with its
  accusers as the other side. A party that claims the act in the story does
  not deny it (its denial is of a detail).
- ``type``: independent sources code the incident as different sub-types.

A story with a single independent source shows no contradiction: what one
source says against itself is in its rows, not a dispute between sources.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from wardesk.link.report import Report, is_aside
from wardesk.link.statements import (
    Blame,
    Figure,
    affiliation_only,
    blames,
    claimant_resolver,
    comparable_kind,
    counted_kind,
    counted_word,
    covered_kinds,
    denied_party,
    figure,
    identity_sides,
    independent,
    opposed,
    part_count,
    side,
    source_key,
    victims_kind,
)
from wardesk.names import fold

#: Two figures further apart than this share of the larger one are a
#: contradiction (UCDP treats such gaps as a source dispute; the issue's 20 %).
FIGURE_CONTRADICTION_RATIO = 0.20

Contradiction = dict[str, Any]
_MIN_DATE = dt.date.min


def per_source(reports: list[Report], attr: str, what: str) -> dict[str, list[Figure]]:
    """Each independent source's figures, oldest first: the last is its current figure, the rest its updates.

    Vague counts and tallies over a period are dropped when any report of the
    story gives a figure of the incident itself. Reports of one article
    (several records of one incident) count as one report: its highest figure.
    """
    figs = [f for r in reports if independent(r) and (f := figure(r, attr, what)) and f.best is not None]
    if any(f.clean for f in figs):
        figs = [f for f in figs if f.clean]
    elif any(not f.vague for f in figs):
        figs = [f for f in figs if not f.vague]
    by_article: dict[str, Figure] = {}
    for f in figs:
        cur = by_article.get(f.report.article_id)
        if cur is None or (f.best or 0) > (cur.best or 0):
            by_article[f.report.article_id] = f
    out: dict[str, list[Figure]] = {}
    for f in sorted(by_article.values(), key=lambda f: (f.report.published or _MIN_DATE, f.report.report_id)):
        out.setdefault(source_key(f.report), []).append(f)
    return out


def _not_before(g: Figure, f: Figure) -> bool:
    """Was ``g`` reported on the day of ``f`` or later (an undated report is taken as the same day)?"""
    a, b = f.report.published, g.report.published
    return not (a and b) or b >= a


def updated(figs: list[Figure]) -> list[Figure]:
    """The figures no later figure updates: what is left to compare.

    Claimants are folded first (``claimant_resolver``: canonical names, a
    person's organisation, "a monitor" for the one monitor the story names).
    A figure gives way to a higher one reported on the same day or later when
    both come from one claimant, whatever the outlet (the Observatory quoted
    by two outlets under two names is one source revising its toll); when it
    is itself marked as early ("initial reports"); or when the higher one is
    marked as a revision ("has risen to") and one of the two names no
    claimant; or when the higher one's article gives this very figure as an
    early toll ("the group's first count put the dead at 34"). One claimant's later, lower figure updates nothing and stays a
    dispute (a governor's 32 then 23 is for the reader to see), unless the
    higher one says it is the revision ("updating an earlier toll"): an outlet
    published a day later may still carry the count it replaced. However long
    after, a claimant's higher count updates its own earlier one (issue 12: "a
    later, higher figure from the same source is an update").
    """
    resolve = claimant_resolver([f.claimant for f in figs])
    order = sorted(figs, key=lambda f: (f.report.published or _MIN_DATE, f.report.report_id))
    keys = [resolve(f.claimant) for f in order]
    gone: set[int] = set()
    for i, f in enumerate(order):
        for j, g in enumerate(order):
            same = bool(keys[i]) and keys[i] == keys[j]
            if (g.best or 0) <= (f.best or 0) or not (_not_before(g, f) or (same and g.revised)):
                continue
            if same or f.early or f.best in g.report.early or (g.revised and not (keys[i] and keys[j])):
                gone.add(i)
                break
    return [f for i, f in enumerate(order) if i not in gone]


def _victims_of(f: Figure, attr: str, deads: list[Figure]) -> str:
    """Whom the report's dead are, for comparing its injury figure: "six children were killed and 15
    injured" counts hurt children, no match for "15 civilians killed and 100 wounded" (fatality
    figures are compared by their own kind; ``deads``, the story's fatality figures, tell when the
    report's dead are a part another report's toll names, as ``comparable_kind`` reads them)."""
    if attr == "fatalities":
        return ""
    dead = figure(f.report, "fatalities", "killed")
    return comparable_kind(dead, deads) if dead is not None and dead.clean else "all"


def _with_broader(by_kind: dict[tuple[str, str], list[Figure]]) -> dict[tuple[str, str], list[Figure]]:
    """Each kind's figures with those of a broader kind that covers it ("30 fighters" is compared with
    "45 soldiers" and with "12 rebels", which are not compared with each other)."""
    out = dict(by_kind)
    for (kind, victims), figs in by_kind.items():
        for narrow in covered_kinds(kind):
            if (narrow, victims) in by_kind:
                out[(narrow, victims)] = by_kind[(narrow, victims)] + figs
    return out


def _apart(figs: list[Figure], key: Callable[[Figure], str | None]) -> list[list[Figure]]:
    """Figures split by what their sentences say of their incident (``key``): a figure that says
    nothing goes with each group."""
    values = sorted({v for f in figs if (v := key(f))})
    if len(values) < 2:
        return [figs]
    return [[f for f in figs if key(f) in (v, None)] for v in values]


def _one_day_each(figs: list[Figure]) -> list[list[Figure]]:
    """Figures split by the day their sentences give the incident ("on Tuesday"): each day's with
    the figures that give none, except those published before that day (a report of Tuesday cannot
    tell Wednesday's toll); and the figures that give none together."""
    days = sorted({d for f in figs if (d := f.day)})
    if not days:
        return [figs]
    groups = [
        [f for f in figs if f.day == d or (f.day is None and (f.report.published or d) >= d)] for d in days
    ]
    undated = [f for f in figs if f.day is None]
    return groups + ([undated] if undated else [])


def _one_scope_each(figs: list[Figure]) -> list[list[Figure]]:
    """A toll summed over several places (``Figure.summed``: "30 dead in a raid on two hamlets")
    holds the toll of one of them (``Figure.one_place``: "11 dead at X, a hamlet south of the
    town"): a sum at or above every such one-place toll is no side of a dispute with them, only
    with other sums and with tolls that name no one place; a sum below one of them still is (a
    place's dead cannot outnumber the whole)."""
    sums = [f for f in figs if f.summed]
    ones = [f for f in figs if f.one_place]
    if not sums or not ones:
        return [figs]
    rest = [f for f in figs if f not in sums and f not in ones]
    top = max(f.best or 0 for f in ones)
    groups = [ones + rest + [f for f in sums if (f.best or 0) < top]]
    return groups + ([sums + rest] if len(sums) + len(rest) > 1 else [])


def _one_site_each(figs: list[Figure]) -> list[list[Figure]]:
    """Figures split by the kind of site their sentences say was struck (``Figure.sites``: the dead
    of a strike on a clinic and those of the raid on an aid convoy that night): each kind's with the
    figures that name no site; a figure naming two kinds goes with both."""
    kinds = sorted({k for f in figs for k in f.sites})
    if len(kinds) < 2:
        return [figs]
    return [[f for f in figs if not f.sites or k in f.sites] for k in kinds]


def _one_incident_each(figs: list[Figure]) -> list[list[Figure]]:
    """Figures split by the side that holds where they were counted (the toll of the shelling of the
    government-held west and that of the raids on the rebel-held east), then by the kind of site
    struck (a clinic, a convoy), then by the day their sentences give ("on Tuesday", "on
    Wednesday"), then by scope (a sum over several places and a toll of one, ``_one_scope_each``):
    each group is one incident's tolls."""
    return [
        g
        for held in _apart(figs, lambda f: f.held)
        for site in _one_site_each(held)
        for day in _one_day_each(site)
        for g in _one_scope_each(day)
    ]


def _add_named_parts(by_kind: dict[tuple[str, str], list[Figure]], current: list[Figure], what: str) -> None:
    """A figure compared as a part's count ("a child", "six children": ``comparable_kind``) because
    another report's toll names that part ("nine, including six children") is compared with that
    part's count, never with the whole: the whole's report joins the part's group with the part's
    own claim ("six children", of the same kind of count). Without it the part's figure would
    stand alone, and a dispute over the children killed would go unseen."""
    for (kind, _victims), figs in by_kind.items():
        word = next((w for f in figs if (w := counted_word(f.phrase)) is not None), None)
        if kind == "all" or word is None:
            continue
        have = {id(f.report) for f in figs}
        for g in current:
            n = (
                part_count(g.sentence, word)
                if id(g.report) not in have and victims_kind(g) == "all"
                else None
            )
            if n is None or g.best is None or n >= g.best:
                continue
            idx = next(
                (i for i, c in enumerate(g.report.event.claims) if c.what == what and c.value == n), None
            )
            if idx is not None:
                figs.append(dataclasses.replace(g, low=n, best=n, high=n, claim=idx))
                have.add(id(g.report))


def _figures(attr: str, what: str, kind: str) -> Callable[[list[Report]], list[Contradiction]]:
    def find(reports: list[Report]) -> list[Contradiction]:
        # each independent source's current figure, then each claimant's latest (``updated``); only
        # figures of one counted kind are compared (executed captives are part of all the dead)
        # a figure whose sentence does not give it cannot be checked there: no side of a dispute
        current = updated(
            [fs[-1] for fs in per_source(reports, attr, what).values() if fs[-1].clean and fs[-1].shown]
        )
        deads = (
            []
            if attr == "fatalities"
            else [
                d for r in reports if independent(r) and (d := figure(r, "fatalities", "killed")) and d.clean
            ]
        )
        by_kind: dict[tuple[str, str], list[Figure]] = {}
        for f in current:
            by_kind.setdefault((comparable_kind(f, current), _victims_of(f, attr, deads)), []).append(f)
        _add_named_parts(by_kind, current, what)
        by_kind = _with_broader(by_kind)
        if attr == "fatalities" and (rivals := _identity_dispute(current, reports)):
            by_kind[("identity", "")] = rivals
        best: tuple[int, int, list[Figure]] | None = None
        for figs in (group for same in by_kind.values() for group in _one_incident_each(same)):
            values = [f.best for f in figs if f.best is not None]
            if len(values) < 2:
                continue
            lo, hi = min(values), max(values)
            # the widest gap; of equal gaps, the group with more sources to show
            if (
                hi > 0
                and (hi - lo) / hi > FIGURE_CONTRADICTION_RATIO
                and (best is None or (hi - lo, len(figs)) > best[:2])
            ):
                best = (hi - lo, len(figs), figs)
        if best is None:
            return []
        figs = best[2]
        lo, hi = min(f.best or 0 for f in figs), max(f.best or 0 for f in figs)
        sides = [side(f.report, f.claim, value=f.best, who=f.claimant) for f in figs]
        sides.sort(key=lambda s: (s["value"], s["published"] or "", s["report_id"]))
        return [
            {
                "kind": kind,
                "detail": f"{what} figures range from {lo} to {hi} ({(hi - lo) / hi:.0%} apart)",
                "size": hi - lo,
                "report_ids": [s["report_id"] for s in sides],
                "sides": sides,
            }
        ]

    return find


def _identity_dispute(current: list[Figure], reports: list[Report]) -> list[Figure]:
    """One incident's toll told as fighters by one claimant and as civilians or people by another
    ("neutralised 34 terrorists" against "21 villagers were killed"): the figures of both, compared
    as one toll. Empty unless both are counted and no claimant of the story counts both kinds (then
    they are two groups of dead: the villagers the gunmen killed and the gunmen the troops killed).
    A victims' count is only such an account when its report says a state did it (``_by_a_state``)."""
    sides = identity_sides()
    fighters, victims = sides.get("fighters", frozenset()), sides.get("victims", frozenset())
    fighting = [f for f in current if comparable_kind(f, current) in fighters]
    dying = [f for f in current if comparable_kind(f, current) in victims and _by_a_state(f.report, sides)]
    if not fighting or not dying:
        return []
    resolve = claimant_resolver([c.source for r in reports for c in r.event.claims])
    counts: dict[str, set[str]] = {}
    for r in reports:
        for c in r.event.claims:
            if c.what == "killed" and c.value is not None:
                kind = counted_kind(c.text)
                side_of = "fighters" if kind in fighters else "victims" if kind in victims else ""
                counts.setdefault(resolve(c.source) or source_key(r), set()).add(side_of)
    if any({"fighters", "victims"} <= said for said in counts.values()):
        return []
    return fighting + dying


def _by_a_state(r: Report, sides: dict[str, frozenset[str]]) -> bool:
    """Whether the report says a state killed its dead: a state's forces among those who did it, or
    no one named for an act only states carry out (an air strike). Only then can its dead be the
    ones a state counts as fighters; "gunmen killed 12 villagers" counts another group of dead."""
    states = sides.get("states", frozenset())
    if r.event.initiators:
        return any(a.type in states for a in r.event.initiators)
    return r.event.event_type in sides.get("state_acts", frozenset())


def _accusations(reports: list[Report]) -> list[Blame]:
    """Every accusation and claim of the story's independent reports, less a party its sentence names
    only as another named group's affiliation (``affiliation_only``: "the X-linked group Y")."""
    return [
        b
        for r in reports
        if independent(r)
        for b in blames(r)
        if b.stance in ("accuses", "claims") and not affiliation_only(b.actor, _said_in(b))
    ]


def _said_in(b: Blame) -> str | None:
    """The sentence a blame was read from (its claim's, else the report's lead)."""
    q = b.report.quote(b.claim)
    return q.text if q else None


def _blame_side(b: Blame) -> dict[str, Any]:
    return side(b.report, b.claim, value=b.actor, actor=b.actor, stance=b.stance, who=b.claimant)


def _clash(
    x: str, y: str, parties: dict[str, set[str]], claimed: dict[str, set[str]], stated: dict[str, set[str]]
) -> bool:
    """Do claimants ``x`` and ``y`` disagree on who did it? When the parties they name do not overlap,
    or when one claims the act for its side and the other, in a claim of responsibility (``stated``;
    not an article's own list of initiators, which may hold a party of another passage), accuses a
    party beyond it ("the army says its operation killed them"; "a rights group says the army and
    foreign troops did")."""
    if not parties[x] & parties[y]:
        return True
    # the accuser claims nothing itself: a side that claims an act and names another party is telling
    # of its own act (an ally, a place read as a party), not accusing beyond another side's claim. A
    # party beyond that is the claimant's enemy (a state beside the rebels who claim the bombing) is
    # the act's target or defender read as a culprit, not a partner in it.
    for a, b in ((x, y), (y, x)):
        if not claimed.get(a) or claimed.get(b):
            continue
        beyond = stated.get(b, set()) - claimed[a]
        if any(not any(opposed(e, c) for c in claimed[a]) for e in beyond):
            return True
    return False


def _unsaid(acc: list[Blame], reports: list[Report]) -> list[Blame]:
    """The accusations and claims less those a claimant makes of a party it also denies did it, in its
    own claim of denial: for whom it blames, its denial stands ("security forces returned fire", read
    as the army claiming the act, beside the same statement's denial that the army did it and its
    accusation of the rebels: the statement blames the rebels). (``denial`` reads the same pair the
    other way: a claimant that claims the act denies only a detail of it.)"""
    denied = {
        (b.who, fold(b.actor))
        for r in reports
        if independent(r)
        for b in blames(r)
        if b.stance == "denies" and b.via == "claim"
    }
    return [b for b in acc if (b.who, fold(b.actor)) not in denied]


def blame(reports: list[Report]) -> list[Contradiction]:
    """Two claimants whose accused parties do not overlap ("the army says rebels", "activists say the
    army"), or a side claiming the act for itself alone against a source that accuses another party
    too."""
    acc = _unsaid(_accusations(reports), reports)
    parties: dict[str, set[str]] = {}
    claimed: dict[str, set[str]] = {}
    stated: dict[str, set[str]] = {}
    for b in acc:
        parties.setdefault(b.who, set()).add(fold(b.actor))
        if b.via == "claim":
            stated.setdefault(b.who, set()).add(fold(b.actor))
        if b.stance == "claims":
            claimed.setdefault(b.who, set()).add(fold(b.actor))
    keys = sorted(parties)
    clash = [
        (x, y) for i, x in enumerate(keys) for y in keys[i + 1 :] if _clash(x, y, parties, claimed, stated)
    ]
    if not clash:
        return []
    involved = {k for pair in clash for k in pair}
    seen: set[tuple[str, str]] = set()
    sides = []
    for b in sorted(acc, key=lambda b: (b.report.published or _MIN_DATE, b.report.report_id)):
        if b.who in involved and (b.who, fold(b.actor)) not in seen:
            seen.add((b.who, fold(b.actor)))
            sides.append(_blame_side(b))
    actors = sorted({s["actor"] for s in sides})
    return [
        {
            "kind": "blame",
            "detail": "sources blame different parties: " + " / ".join(actors),
            "size": len(actors),
            "report_ids": sorted({s["report_id"] for s in sides}),
            "sides": sides,
        }
    ]


def denial(reports: list[Report]) -> list[Contradiction]:
    """A party denies the act: one contradiction per denied party, its accusers as the other side.

    Denials read only from a source's verb ("the ministry denied") do not say
    for which party; they make one contradiction together.
    """
    denials = [b for r in reports if independent(r) for b in blames(r) if b.stance == "denies"]
    if not denials:
        return []
    acc = _accusations(reports)
    # a source that claims the act for a party does not deny it for that party: its denial is of a
    # detail ("we hit only military targets"), no dispute over who did it. Another source of the same
    # side that denies the killing ("officials acknowledged troops fired"; "the spokesman denied any
    # strike on the convoy") is a dispute the reader must see. (Denials only of whom the act aimed
    # at, "denied targeting civilians", are no denials: extract/blame.py.)
    claimed = {(fold(b.actor), b.who) for b in acc if b.stance == "claims"}
    denials = [
        b
        for b in denials
        if b.via == "denied_source" or (fold(b.actor), b.who) not in claimed or _accused_elsewhere(b, acc)
    ]
    out = []
    by_party: dict[str, list[Blame]] = {}
    for b in sorted(denials, key=lambda b: (b.report.published or _MIN_DATE, b.report.report_id)):
        by_party.setdefault(denied_party(b), []).append(b)
    for _, ds in sorted(by_party.items()):
        denied = {fold(b.actor) for b in ds}
        deniers = {b.who for b in ds}
        accusers = [b for b in acc if fold(b.actor) in denied and b.who not in deniers]
        seen: set[tuple[str, str, str]] = set()
        sides = []
        for b in ds + accusers:
            if (b.who, b.stance, fold(b.actor)) not in seen:
                seen.add((b.who, b.stance, fold(b.actor)))
                sides.append(_blame_side(b))
        names = ", ".join(sorted({b.actor for b in ds}))
        out.append(
            {
                "kind": "denial",
                "detail": f"{names} denied" + (f", accused by {len(accusers)} source(s)" if accusers else ""),
                "size": len(sides),
                "report_ids": sorted({s["report_id"] for s in sides}),
                "sides": sides,
            }
        )
    return out


def _accused_elsewhere(denial: Blame, acc: list[Blame]) -> bool:
    """Does another source accuse, in a claim of its own, the party a claimant both claims and denies?

    Why: a side that tells its own act ("our jets struck a rebel base") and denies the act another
    source accuses it of ("reports of a strike on a wedding are lies"; residents say the jets killed
    guests) disputes that act; the reader must see the denial. Pooled over our own contested sets
    1-10, 27 of the 94 articles whose gold lists a denial have that side claim its own act too. With
    no such accuser the denial stays a detail of its own claim ("we hit only military targets")."""
    party = fold(denial.actor)
    mine = source_key(denial.report)
    return any(
        b.stance == "accuses"
        and b.via == "claim"
        and b.claimant
        and fold(b.actor) == party
        and b.who != denial.who
        and source_key(b.report) != mine
        for b in acc
    )


def event_type(reports: list[Report]) -> list[Contradiction]:
    """Independent sources code the incident as different sub-types (an air strike, a rocket, an explosion).

    Two records of one source with different sub-types are not a dispute
    between sources; it takes another source with another sub-type.
    """
    rs = [r for r in reports if independent(r)]
    types: dict[str, set[str]] = {}
    for r in rs:
        types.setdefault(r.event.event_type, set()).add(source_key(r))
    names = sorted(types)
    disputed = any(
        sx != sy for i, x in enumerate(names) for y in names[i + 1 :] for sx in types[x] for sy in types[y]
    )
    if not disputed:
        return []
    seen: set[tuple[str, str]] = set()
    sides = []
    for r in sorted(rs, key=lambda r: (r.published or _MIN_DATE, r.report_id)):
        k = (source_key(r), r.event.event_type)
        if k not in seen:
            seen.add(k)
            sides.append(side(r, None, value=r.event.event_type))
    return [
        {
            "kind": "type",
            "detail": "reported as " + " / ".join(names),
            "size": len(names),
            "report_ids": sorted({s["report_id"] for s in sides}),
            "sides": sides,
        }
    ]


#: The contradiction kinds, in the order a story lists them.
KINDS: dict[str, Callable[[list[Report]], list[Contradiction]]] = {
    "fatalities": _figures("fatalities", "killed", "fatalities"),
    "injuries": _figures("injuries", "injured", "injuries"),
    "blame": blame,
    "denial": denial,
    "type": event_type,
}


#: Kinds read from the story's reports alone, not from their articles' other readings of the event: the
#: sub-type of a second reading is the extractor's guess over a passage, not what the outlet reports;
#: and a figure in another passage of a roundup is as often another incident's toll of that day and
#: place (a neighbourhood's 2 against the city's 57) as this one's (FA-KES demo database).
STORY_ONLY = frozenset({"type", "fatalities", "injuries"})


def contradictions(reports: list[Report], readings: list[Report] | None = None) -> list[Contradiction]:
    """Every contradiction of a story's reports; none when they come from a single independent source.

    ``readings`` are the other records their articles made of the same event
    (``cluster``'s twin readings, which link through one report only): an
    outlet's accusation or denial told in another passage is still that
    outlet's (``STORY_ONLY`` kinds are read from the members alone).
    """
    if len({source_key(r) for r in reports if independent(r)}) < 2 or _asides_only(reports):
        return []
    every = reports + list(readings or ())
    found = [c for kind, find in KINDS.items() for c in find(reports if kind in STORY_ONLY else every)]
    return _one_toll_dispute(found)


def _asides_only(reports: list[Report]) -> bool:
    """Is every independent report of the story an aside of its article (``is_aside``: a later
    record, not the event the article is about)?

    Why: such a story is two articles' passing mentions ("a separate raid north of the capital",
    "an earlier grenade attack"); their figures, sub-types and culprits are read from a side
    passage, and each article's own account of that event, when it gives one, is elsewhere. A
    dispute a fact-checker can trust needs at least one article that tells this event as its news.
    """
    return all(is_aside(r) for r in reports if independent(r))


def _one_toll_dispute(found: list[Contradiction]) -> list[Contradiction]:
    """Disputed injuries ride with disputed fatalities: one toll dispute for the reader, not two.

    The schema lists a toll dispute as ``fatalities`` (or ``injuries`` when only
    the injury figures disagree).
    """
    fat = next((c for c in found if c["kind"] == "fatalities"), None)
    inj = next((c for c in found if c["kind"] == "injuries"), None)
    if fat is None or inj is None:
        return found
    fat["injuries"] = {"detail": inj["detail"], "sides": inj["sides"]}
    fat["report_ids"] = sorted(set(fat["report_ids"]) | set(inj["report_ids"]))
    return [c for c in found if c is not inj]
