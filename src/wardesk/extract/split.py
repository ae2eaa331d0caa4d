"""One incident per town: a sentence that lists strikes on several towns.

The event schema follows ACLED: an incident has one location, and "strikes on
two towns are two incidents". A sentence such as "Coalition jets carried out
seven strikes, three near Mosul, two in Sinjar and one in Kasik" holds one
trigger but three incidents. The places are split off only when the syntax
lists them side by side (conjuncts, or the objects of conjoined "in ..."
phrases) and they are towns at least ``MIN_APART_KM`` apart, so that "the
neighbourhoods of Oleksiyivka and Saltivka" of one city, or "Douma, near
Damascus", stay one incident.
"""

from __future__ import annotations

import copy
import math
from typing import Any

from spacy.tokens import Token

from wardesk.extract.draft import ORIGIN_PREPS, Draft, location_of
from wardesk.extract.frames import Frame

#: Towns closer than this are parts of one place (a city and its quarters, a town and its suburb).
MIN_APART_KM = 15.0
#: Place kinds that can each be an incident's own location.
TOWN_KINDS = frozenset({"city", "base"})


def _km(a: Any, b: Any) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _conj_top(tok: Token) -> Token:
    """The first conjunct of the list a token is in ("Tartus" in "Jableh and Tartus" -> "Jableh")."""
    for _ in range(20):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _list_key(tok: Token) -> tuple[str, int]:
    """What a place name is listed under: its first conjunct, or, for the object of a
    preposition, the first conjunct of what the preposition hangs on ("two in Sinjar,
    one in Kasik" -> the counts' list)."""
    top = _conj_top(tok)
    if top.dep_ == "pobj":
        prep = _conj_top(top.head)  # "in or near Mosul"
        if prep.dep_ == "prep" and prep.head.i != prep.i:
            return ("under", _conj_top(prep.head).i)
    return ("name", top.i)


def listed_places(frame: Frame) -> list[Any]:
    """The frame's place mentions that its sentence lists as separate towns, or []."""
    doc = frame.sent.doc
    towns = [
        p
        for p in frame.places
        if (_town(p) or _unlisted_village(p))
        and not getattr(p, "dateline", False)
        and (p.preposition or "") not in ORIGIN_PREPS
    ]
    groups: dict[tuple[str, int], list[Any]] = {}
    for p in towns:
        groups.setdefault(_list_key(doc[p.token_start : p.token_end].root), []).append(p)
    for members in groups.values():
        distinct = {(m.place.name if m.place is not None else m.text): m for m in members}
        if len(distinct) < 2:
            continue
        places = list(distinct.values())
        apart = [_apart(a, b) for i, a in enumerate(places) for b in places[i + 1 :]]
        if all(apart):
            return places
    return []


def _town(p: Any) -> bool:
    return p.place is not None and p.place.kind in TOWN_KINDS


def _unlisted_village(p: Any) -> bool:
    """A settlement the gazetteer lacks, which the text names as one (not a part of a town,
    not a bare name the entity recogniser guessed)."""
    return p.place is None and p.precision_hint == "exact" and p.source != "ner"


def _apart(a: Any, b: Any) -> bool:
    """Two listed settlements are separate places: towns MIN_APART_KM apart, or differently
    named villages of which the gazetteer lacks one (their distance is unknown)."""
    if a.place is None or b.place is None:
        return True
    d = _km(a.place, b.place)
    return d is not None and d >= MIN_APART_KM


def split_by_town(draft: Draft, frame: Frame) -> list[Draft]:
    """The draft as one incident per listed town; each number goes with the town named
    nearest to it. Aggregates and single-place drafts come back unchanged."""
    if draft.kind != "incident" or frame.from_title:
        return [draft]
    places = listed_places(frame)
    if len(places) < 2:
        return [draft]
    locations = [location_of(p) for p in places]
    if any(loc is None for loc in locations):
        return [draft]
    claims, draft.claims = draft.claims, []
    out: list[Draft] = []
    for loc in locations:
        part = copy.deepcopy(draft)  # later stages extend actor and source lists in place
        part.locations = [loc]
        part.own_place = True
        out.append(part)
    draft.claims = claims
    for claim, q in claims:
        at = getattr(q, "start_char", None)
        k = 0
        if at is not None:
            k = min(range(len(places)), key=lambda n: abs(places[n].start_char - at))
        out[k].claims.append((claim, q))
    return out
