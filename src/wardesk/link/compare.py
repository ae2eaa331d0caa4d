"""Compare two reports: may they be one event (the gate), and how alike are they (the score)?

The gate is cheap and strict (family, date span, place); the score weighs the
softer evidence (type, actors, weapons, numbers, wording). Both work on the
pydantic ``Event`` alone, so they are testable without spaCy or a database.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from wardesk.link.report import Report
from wardesk.names import fold
from wardesk.record import FAMILY, Location
from wardesk.resources import load_words

#: Slack on date-span overlap, in days: "yesterday" in one outlet and the
#: publication day in another are one event (the bench's pairing uses 1 too).
LINK_SLACK_DAYS = 1
#: Undated reports may only link to reports published within this many days of
#: their own publication date (and only on a strong score, see STRONG_MIN_SCORE).
UNDATED_WINDOW_DAYS = 3
#: Radius within which two places count as the same, by the coarser precision
#: of the two, in km: a named town (10 km covers a town and its outskirts) and
#: "near"/a part of a town (25 km, the ACLED "near" convention).
EXACT_RADIUS_KM = 10.0
NEAR_RADIUS_KM = 25.0
#: Text similarity (IDF-weighted cosine of the token sets) that already counts
#: as full agreement: two outlets' own wordings of one event rarely go beyond it.
TEXT_FULL_COSINE = 0.5
#: Value given to a score component the two reports cannot be compared on
#: (no figure, no actor on one side): slightly below even, so that missing
#: evidence neither links nor separates by itself. On the FA-KES link set any
#: value from 0.3 to 0.5 gives the same links within one or two.
MISSING_COMPONENT = 0.4
#: Weight of each component in the pair score (they sum to 1).
WEIGHTS = {
    "type": 0.15,
    "place": 0.20,
    "date": 0.15,
    "actors": 0.10,
    "weapons": 0.05,
    "fatalities": 0.15,
    "text": 0.20,
}
_EARTH_KM = 6371.0088
_PRECISION_RANK = {"exact": 3, "near": 2, "admin1": 1, "country": 0}


@dataclass(frozen=True)
class Gate:
    """Whether two reports may be one event, and whether that rests on weak grounds.

    ``weak`` is set when the date or the place could not be checked (undated,
    unplaced or only country-precise): such pairs need a strong score.
    """

    ok: bool
    weak: bool = False
    place: float = 0.0
    date: float = 0.0


NO = Gate(False)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def date_span(r: Report) -> tuple[dt.date, dt.date] | None:
    """The event's date span, or None when the extractor found no date."""
    d = r.event.date
    if d.start is None and d.end is None:
        return None
    start = d.start or d.end
    end = d.end or d.start
    assert start is not None and end is not None
    return (start, end) if start <= end else (end, start)


def compare_dates(a: Report, b: Report) -> tuple[float, bool] | None:
    """(agreement 0-1, weak) or None when the dates rule the pair out."""
    sa, sb = date_span(a), date_span(b)
    if sa is None or sb is None:
        return _compare_undated(a, b, sa, sb)
    if sa[0] == sa[1] == sb[0] == sb[1]:
        return 1.0, False
    if sa[0] <= sb[1] and sb[0] <= sa[1]:
        return 0.7, False
    slack = dt.timedelta(days=LINK_SLACK_DAYS)
    if sa[0] - slack <= sb[1] and sb[0] - slack <= sa[1]:
        return 0.4, False
    return None


def _compare_undated(
    a: Report, b: Report, sa: tuple[dt.date, dt.date] | None, sb: tuple[dt.date, dt.date] | None
) -> tuple[float, bool] | None:
    """An undated report is taken to be about the days just before its publication.

    Weak in any case. A publication date more than UNDATED_WINDOW_DAYS after
    the other report's event (or publication) rules the pair out; one within
    it is some (0.4) agreement; no publication date is no evidence (0.0).
    """
    window = dt.timedelta(days=UNDATED_WINDOW_DAYS)
    for undated, span, other in ((a, sb, b), (b, sa, a)):
        if undated.published is None:
            continue
        ref = span or ((other.published, other.published) if other.published else None)
        if ref is None:
            continue
        if not (ref[0] - window <= undated.published <= ref[1] + window):
            return None
        return 0.4, True
    return 0.0, True


def _admin1(loc: Location) -> str:
    if loc.precision == "admin1":
        return fold(loc.admin1 or loc.name, place=True)
    return fold(loc.admin1, place=True)


def compare_places(a: list[Location], b: list[Location]) -> tuple[float, bool] | None:
    """(agreement 0-1, weak) over the best pair of the two reports' places, or None on a clash.

    Same folded name 1.0; within the radius of the coarser precision 0.8;
    same admin1 where one side is only admin1-precise 0.5. Country-precise
    or missing places can only be weak (0.0, True) when the countries agree.
    """
    if not a or not b:
        return 0.0, True
    best: tuple[float, bool] | None = None
    for la in a[:3]:
        for lb in b[:3]:
            got = _compare_place(la, lb)
            if got is not None and (best is None or (not got[1], got[0]) > (not best[1], best[0])):
                best = got
    return best


def _compare_place(la: Location, lb: Location) -> tuple[float, bool] | None:
    coarse = min(_PRECISION_RANK[la.precision], _PRECISION_RANK[lb.precision])
    if coarse == 0:  # country-precise on one side: only a weak agreement
        if la.country and lb.country and la.country != lb.country:
            return None
        return 0.0, True
    if fold(la.name, place=True) == fold(lb.name, place=True):
        return 1.0, False
    if coarse >= 2 and None not in (la.lat, la.lon, lb.lat, lb.lon):
        radius = EXACT_RADIUS_KM if coarse == 3 else NEAR_RADIUS_KM
        if haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= radius:  # type: ignore[arg-type]
            return 0.8, False
    if coarse == 1:
        a1, b1 = _admin1(la), _admin1(lb)
        if a1 and a1 == b1:
            return 0.5, False
    return None


def gate(a: Report, b: Report) -> Gate:
    """May a and b be one event? Never one article; same family; dates within slack; places compatible.

    A different kind (incident/aggregate) does not close the gate but makes
    it weak: the extractor's first event of an article is sometimes the
    tally that frames it. A different family does close it; allowing it on a
    strong score gained 1-2 links of 76 on the FA-KES link set, too few to
    give up the rule that a bombing and a battle are different events.
    """
    if a.article_id == b.article_id:
        return NO
    if FAMILY[a.event.event_type] != FAMILY[b.event.event_type]:
        return NO
    d = compare_dates(a, b)
    if d is None:
        return NO
    p = compare_places(a.event.locations, b.event.locations)
    if p is None:
        return NO
    return Gate(True, weak=d[1] or p[1] or a.event.kind != b.event.kind, place=p[0], date=d[0])


def _jaccard(x: set[str], y: set[str]) -> float | None:
    if not x or not y:
        return None
    return len(x & y) / len(x | y)


def _names(actors: list) -> set[str]:
    return {fold(a.name) for a in actors if a.name}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English function words (``resources/lexicons/english_function_words.txt``)."""
    return load_words("lexicons", "english_function_words.txt")


_TOKEN = re.compile(r"[a-z0-9]+")
Vector = dict[str, float]


def tokens(text: str) -> frozenset[str]:
    """Content tokens of a text: folded words of 3+ letters and all numbers, function words out."""
    stop = stopwords()
    return frozenset(t for t in _TOKEN.findall(fold(text)) if (len(t) >= 3 or t.isdigit()) and t not in stop)


def text_vectors(texts: dict[str, str]) -> dict[str, Vector]:
    """Unit-length IDF-weighted token-set vectors, the IDF taken over these texts.

    Words every report uses ("killed", "Syria") weigh little; the names,
    numbers and details that single an event out weigh most. Binary term
    weights: repeating a word in one report says nothing about the event.
    """
    sets = {k: tokens(t) for k, t in texts.items() if t}
    df: dict[str, int] = {}
    for ts in sets.values():
        for t in ts:
            df[t] = df.get(t, 0) + 1
    n = len(sets)
    out = {}
    for k, ts in sets.items():
        v = {t: math.log((1 + n) / (1 + df[t])) + 1.0 for t in ts}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        out[k] = {t: w / norm for t, w in v.items()}
    return out


def cosine(x: Vector | None, y: Vector | None) -> float | None:
    """Cosine of two unit vectors, None when either is missing."""
    if not x or not y:
        return None
    if len(x) > len(y):
        x, y = y, x
    return sum(w * y.get(t, 0.0) for t, w in x.items())


def _type_agreement(a: str, b: str) -> float:
    return 1.0 if a == b else 0.5  # the gate already asked for the same family


def components(
    a: Report, b: Report, g: Gate, text_a: Vector | None, text_b: Vector | None
) -> dict[str, float | None]:
    """Each evidence component in 0-1, or None when one side has nothing to compare."""
    ea, eb = a.event, b.event
    out: dict[str, float | None] = {
        # a tally against an incident: the type says nothing about their being one event
        "type": 0.0 if ea.kind != eb.kind else _type_agreement(ea.event_type, eb.event_type),
        "place": g.place,
        "date": g.date,
    }
    parts = [
        j
        for j in (
            _jaccard(_names(ea.initiators), _names(eb.initiators)),
            _jaccard(_names(ea.targets), _names(eb.targets)),
        )
        if j is not None
    ]
    out["actors"] = sum(parts) / len(parts) if parts else None
    out["weapons"] = _jaccard({w.lower() for w in ea.weapons}, {w.lower() for w in eb.weapons})
    fa, fb = ea.fatalities.best, eb.fatalities.best
    if fa is None or fb is None:
        out["fatalities"] = None
    else:
        out["fatalities"] = 1.0 if fa == fb else 1.0 - abs(fa - fb) / max(fa, fb)
    c = cosine(text_a, text_b)
    out["text"] = None if c is None else min(1.0, c / TEXT_FULL_COSINE)
    return out


def pair_score(
    a: Report, b: Report, text_a: Vector | None = None, text_b: Vector | None = None
) -> tuple[Gate, float]:
    """The gate and the weighted score in 0-1 (0 when the gate is closed)."""
    g = gate(a, b)
    if not g.ok:
        return g, 0.0
    comp = components(a, b, g, text_a, text_b)
    # on weak grounds only evidence that is there counts: missing is 0, not neutral
    missing = 0.0 if g.weak else MISSING_COMPONENT
    score = sum(WEIGHTS[k] * (missing if v is None else v) for k, v in comp.items())
    return g, score
