"""Compare two reports: may they be one event (the gate), and how alike are they (the score)?

The gate is cheap and strict (family, date span, place); the score weighs the
softer evidence (type, actors, weapons, numbers, wording). Both work on the
pydantic ``Event`` alone, so they are testable without spaCy or a database.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from wardesk.extract.actors import UNIDENTIFIED
from wardesk.extract.descriptions import is_description
from wardesk.geo.capitals import capital_keys
from wardesk.geo.fold import skeleton
from wardesk.link.report import UNTOLD_TYPE, Report
from wardesk.names import ARTICLES, fold
from wardesk.record import FAMILY, Location
from wardesk.resources import load_lines, load_list, load_words

#: Slack on date-span overlap, in days: "yesterday" in one outlet and the
#: publication day in another are one event (the bench's pairing uses 1 too).
LINK_SLACK_DAYS = 1
#: An undated report is taken to be about the days just before its publication:
#: it may only link to events dated within this many days before its publication
#: (or a day after, the slack), and only on a strong score (STRONG_MIN_SCORE).
UNDATED_WINDOW_DAYS = 3
#: A report whose date span is longer than this (in days) is a tally or a
#: campaign, not one incident: it never joins an incident story. A week, as the
#: schema's "range" precision ("a span of up to about a week").
MAX_SPAN_DAYS = 7
#: A report of one incident at a precise place (a town, "near" a town) dated only to a longer span,
#: up to this many days ("in late March", "last month"), is vaguely dated, not a campaign: it may
#: join a story whose days lie within its span, on weak grounds (a strong score), and its span never
#: widens the story's (``vague``). A month and its slack.
VAGUE_SPAN_DAYS = 31
#: The longest span of a linkable report, for the look-back of candidate searches by start day.
LONGEST_SPAN_DAYS = VAGUE_SPAN_DAYS
#: Two differently named places that are both precise (a town, a village) are
#: one place only within this distance (km): one gazetteer point under two
#: spellings ("Zaporizhzhya" and "Zaporizhzhia"). Two different towns are two
#: places, however close.
SAME_PLACE_KM = 3.0
#: Radius within which a place given as "near X" (or a part of a town) may be
#: the other report's place, in km (the ACLED "near" convention).
NEAR_RADIUS_KM = 25.0
#: Two death tolls for one place and day whose smaller is under this share of
#: the larger make the pair weak (it then needs a strong score).
TOLL_CLASH_RATIO = 0.5
#: Date agreement (``compare_dates``) of two spans that overlap; below it the days meet only within
#: the slack (or one report is undated). Such a pair with a toll clash is two incidents: a monitor's
#: toll does not grow several-fold from one day's incident to the next day's, a second incident does.
SAME_SPAN_DATE = 0.7
#: Two precise places this close (km) are one gazetteer point, whatever their names: a town under the
#: other side's name ('Mykolaiv' and 'Nikolaev', one entry). Further apart but within ``SAME_PLACE_KM``,
#: two names no spelling joins (``_two_names``) are two towns ('Beit Lahia' and 'Jabalia', 2.4 km);
#: set well below the 1.7-2.5 km between neighbouring towns of the Gaza Strip or the Ghouta.
SAME_POINT_KM = 0.5
#: Kept for the story's place reconciliation: two exact places this close agree.
EXACT_RADIUS_KM = SAME_PLACE_KM
#: Text similarity (cosine of the content-token sets) that already counts
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
    #: weak on any ground but the place (the dates, two families, a toll clash, a vague report)
    weak_but_place: bool = False
    #: two families that are one act's two readings, not weak for it (``one_act_two_readings``): the type
    #: then agrees as for one family (``components``)
    one_act: bool = False


NO = Gate(False)

_T = TypeVar("_T")


def _memo(r: Report, name: str, make: Callable[[Report], _T]) -> _T:
    """``make(r)``, worked out once per report and kept on it.

    A report never changes and is compared by identity (``Report``), so what is derived from it
    alone can be kept in its ``__dict__``, as ``functools.cached_property`` keeps the report's own
    derived values. The linker asks these for every pair it looks at (about 100,000 times per
    FA-KES ingest), a report at a time.
    """
    d = r.__dict__
    try:
        return d[name]  # type: ignore[no-any-return]
    except KeyError:
        got = d[name] = make(r)
        return got


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def date_span(r: Report) -> tuple[dt.date, dt.date] | None:
    """The event's date span, or None when the extractor found no date."""
    return r.days


def compare_dates(a: Report, b: Report) -> tuple[float, bool] | None:
    """(agreement 0-1, weak) or None when the dates rule the pair out."""
    sa, sb = a.days, b.days
    if sa is None or sb is None:
        return _compare_undated(a, b, sa, sb)
    if sa[0] == sa[1] == sb[0] == sb[1]:
        return 1.0, False
    if sa[0] <= sb[1] and sb[0] <= sa[1]:
        return 0.7, False
    if _each_of_its_own_day(a, sa) and _each_of_its_own_day(b, sb) and not _answers(a, b):
        return None  # two papers each telling that day's news, on different days: two events
    if _appeared_before(a, b, sb) or _appeared_before(b, a, sa):
        return None
    slack = dt.timedelta(days=LINK_SLACK_DAYS)
    if sa[0] - slack <= sb[1] and sb[0] - slack <= sa[1]:
        return 0.4, False
    if a.day_assumed or b.day_assumed:
        # a day only assumed from publication is a guess: the report may be about any day of the window
        # an undated one may be about, on weak grounds ("the massacre", told without a day, three days on)
        return _compare_undated(a, b, None if assumed(a) else sa, None if assumed(b) else sb)
    return None


def _appeared_before(r: Report, o: Report, other: tuple[dt.date, dt.date]) -> bool:
    """Did report r, which gives no day of its own, appear before report o's event (``other``, read from its text) began?

    Its day is only its publication day (``record.NO_DAY_GIVEN``), and an
    article cannot tell of an event that had not yet begun: a report of the
    27th is no report of strikes "last week" that the other outlet dates from
    the 28th on. No slack here: the other report's first day was read from its
    text, and the guess already reaches back to the day before publication.
    """
    return r.day_assumed and not o.day_assumed and r.published is not None and r.published < other[0]


def assumed(r: Report) -> bool:
    """Is the report's date only assumed from its publication (``record.NO_DAY_GIVEN``)?"""
    return r.day_assumed


def _each_of_its_own_day(r: Report, span: tuple[dt.date, dt.date]) -> bool:
    """Is the report's event dated to the very day its article appeared (one day, read from the text)?

    The slack lets "yesterday" in one outlet meet the publication day in
    another. It does not let two reports that each date their event to their
    own publication day, on different days, be one event: each outlet tells
    the news of its own day, and an event reported on the day it happened
    and again the next day is told the next day as "yesterday", which dates
    it to the first day. (FA-KES link set: 6 of the 12 false links among the
    gold articles, no true link lost.)
    """
    return r.event.date.precision == "day" and span[0] == span[1] == r.published


def undated_window(published: dt.date) -> tuple[dt.date, dt.date]:
    """The days an undated report published on ``published`` may be about."""
    return published - dt.timedelta(days=UNDATED_WINDOW_DAYS), published


def date_key(r: Report) -> tuple[dt.date, dt.date] | None:
    """The days a report may be about: its date span, or the window before its publication; None: unknown."""
    return _memo(r, "_date_key", _date_key)


def _date_key(r: Report) -> tuple[dt.date, dt.date] | None:
    span = date_span(r)
    if span is not None and assumed(r):
        window = undated_window(r.published)  # type: ignore[arg-type]
        return min(span[0], window[0]), max(span[1], window[1])
    if span is not None:
        return span
    return undated_window(r.published) if r.published else None


def _compare_undated(
    a: Report, b: Report, sa: tuple[dt.date, dt.date] | None, sb: tuple[dt.date, dt.date] | None
) -> tuple[float, bool] | None:
    """An undated report is taken to be about the days just before its publication.

    Weak in any case. The other report's span (or, undated too, its window)
    must meet that window, with a day of slack; within it is some (0.4)
    agreement. A report with neither a date nor a publication date links to
    nothing.
    """
    ka = sa or (undated_window(a.published) if a.published else None)
    kb = sb or (undated_window(b.published) if b.published else None)
    if ka is None or kb is None:
        return None
    slack = dt.timedelta(days=LINK_SLACK_DAYS)
    if ka[0] - slack <= kb[1] and kb[0] - slack <= ka[1]:
        return 0.4, True
    return None


def linkable(r: Report) -> str | None:
    """Why a report may not join an incident story (background, aggregate, long span, no date), or None."""
    return _memo(r, "_linkable", _linkable)


def _linkable(r: Report) -> str | None:
    ev = r.event
    if ev.background:
        return "background"
    if ev.kind != "incident":
        return "aggregate"
    span = date_span(r)
    if span is not None and (span[1] - span[0]).days + 1 > MAX_SPAN_DAYS and not vague(r):
        return f"date span over {MAX_SPAN_DAYS} days"
    if span is None and r.published is None:
        return NO_DATE_AT_ALL
    key = date_key(r)
    if key is not None and not (EARLIEST_DAY <= key[0] and key[1] <= LATEST_DAY):
        return "a date out of range"
    return None


def vague(r: Report) -> bool:
    """Is the report one incident at a precise place dated only to a span of a week to a month?

    "The massacre in the village in late March": the place is precise, the day
    unknown. Such a report may be any day of its span; it links on weak grounds,
    and a story's own span is set by its precisely dated reports (``cluster``).
    """
    return _memo(r, "_vague", _vague)


def _vague(r: Report) -> bool:
    span = date_span(r)
    if span is None or not MAX_SPAN_DAYS < (span[1] - span[0]).days + 1 <= VAGUE_SPAN_DAYS:
        return False
    if r.event.date.precision == "range" and r.published is not None and span[1] == r.published:
        return False  # "during the past ten days": the days up to now, each of them, not one unknown
    locs = r.event.locations
    return bool(locs) and locs[0].precision in ("exact", "near")


def own_span(r: Report) -> tuple[dt.date, dt.date] | None:
    """The days the report itself sets for its story: its date span, unless that is vague (``vague``)
    or only assumed from the publication date (``record.NO_DAY_GIVEN``); None then.

    Such a report must meet the story's days, but does not stretch them: "the
    massacre" told without a day in a report three days on, or "in March", is
    the event of the day that other reports give."""
    if vague(r) or assumed(r):
        return None
    return date_span(r)


#: Days outside which a report's date is a misreading (or a hostile record), not an event: such a report
#: stands alone, and no date arithmetic of the linker comes near the ends of the calendar.
EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(2999, 12, 31)


#: ``linkable``'s reason for a report with neither an event date nor a publication date.
NO_DATE_AT_ALL = "neither an event date nor a publication date"


def _admin1(loc: Location) -> str:
    if loc.precision == "admin1":
        return fold(loc.admin1 or loc.name, place=True)
    return fold(loc.admin1, place=True)


#: What ``_compare_place`` reads of a place, worked out once per place: its precision's rank, its
#: country, its folded name, its folded admin1 key (``_admin1``), and its coordinates (None when either
#: is missing) with the latitude in radians and that latitude's cosine, as ``haversine_km`` takes them.
_PlaceKey = tuple[int, str | None, str, str, float | None, float | None, float, float, str, bool]


#: ``Location.coords_from`` prefix of a point borrowed from a country: the centre of a country says
#: nothing of where a place in it lies. (A province's centre is kept: a village the gazetteer lacks is
#: somewhere in its province, and "near" the province's main town is how such villages are told.)
_COUNTRY_POINT = "country:"


def _place_key(loc: Location) -> _PlaceKey:
    """The key of a place (``_PlaceKey``). A place the gazetteer lacks that carries its country's point
    has no point of its own: two such places of different names ("Ain Zara" and "Abu Salim", both set
    at Libya's centre) are not 0 km apart, they are two places, as two towns are."""
    lat, lon = loc.lat, loc.lon
    if (loc.coords_from or "").startswith(_COUNTRY_POINT):
        lat = lon = None
    spelt, borrowed = skeleton(loc.name), not _own_coords(loc)
    if lat is None or lon is None:
        return (_PRECISION_RANK[loc.precision], loc.country, bare_name(loc.name), _admin1(loc),
                None, None, 0.0, 0.0, spelt, borrowed)  # fmt: skip
    rad = math.radians(lat)
    return (_PRECISION_RANK[loc.precision], loc.country, bare_name(loc.name), _admin1(loc),
            lat, lon, rad, math.cos(rad), spelt, borrowed)  # fmt: skip


@lru_cache(maxsize=1)
def _division_words() -> frozenset[str]:
    """Words that give a place's kind, not its name: the gazetteer's division suffixes
    (``gazetteer/admin_suffixes.txt``) and the linker's own (``lexicons/division_words.txt``)."""
    words = load_lines("gazetteer", "admin_suffixes.txt") + load_lines("lexicons", "division_words.txt")
    return frozenset(fold(w, place=True) for w in words)


@lru_cache(maxsize=50_000)
def bare_name(name: str) -> str:
    """A place's folded name without the word of its kind at its end, or before "of" at its start
    ("Hitadipa district", "the town of Maru", "Kabankalan City": hitadipa, maru, kabankalan), so that
    two outlets naming one place with and without its kind name one place. A name that is only such
    words is kept whole."""
    name = fold(name, place=True)
    for kind in sorted(_division_words(), key=len, reverse=True):
        if name.endswith(" " + kind) and len(name) > len(kind) + 1:
            name = name[: -len(kind) - 1]
            break
    for kind in _division_words():
        if name.startswith(kind + " of ") and len(name) > len(kind) + 4:
            return name[len(kind) + 4 :]
    return name


def _place_keys(r: Report) -> tuple[_PlaceKey, ...]:
    """The keys of the report's first three places (all ``compare_places`` looks at), kept per report."""
    return _memo(r, "_place_keys", lambda x: tuple(_place_key(loc) for loc in x.event.locations[:3]))


def compare_places(a: list[Location], b: list[Location]) -> tuple[float, bool] | None:
    """(agreement 0-1, weak) over the best pair of the two reports' places, or None on a clash.

    Each pair of places as ``_compare_place``. Country-precise or missing
    places can only be weak (0.0, True), and only when the countries agree.
    """
    return _best_place([_place_key(x) for x in a[:3]], [_place_key(x) for x in b[:3]])


def report_places(a: Report, b: Report) -> tuple[float, bool] | None:
    """``compare_places`` of two reports' places, from the keys each report keeps (``_place_keys``)."""
    return _best_place(_place_keys(a), _place_keys(b))


def _best_place(
    a: tuple[_PlaceKey, ...] | list[_PlaceKey], b: tuple[_PlaceKey, ...] | list[_PlaceKey]
) -> tuple[float, bool] | None:
    if not a or not b:
        return 0.0, True
    best: tuple[float, bool] | None = None
    for la in a:
        for lb in b:
            got = _compare_keys(la, lb)
            if got is not None and (best is None or (not got[1], got[0]) > (not best[1], best[0])):
                best = got
    return best


def _compare_place(la: Location, lb: Location) -> tuple[float, bool] | None:
    """Same folded name 1.0; one place under two spellings 0.9; "near" within its radius 0.7;
    a town and the admin1 holding it 0.5; a country only: weak. Two different towns: None, also
    within ``SAME_PLACE_KM`` when their names share no spelling (``_two_names``)."""
    return _compare_keys(_place_key(la), _place_key(lb))


#: Beyond this distance in latitude alone (km, with a margin for rounding) two places are further apart
#: than any radius ``_compare_keys`` accepts: the great circle is never shorter than the meridian arc.
_FAR_KM = NEAR_RADIUS_KM * 1.001 + 0.001


def _one_name_borrowed_point(ka: _PlaceKey, kb: _PlaceKey, coarse: int) -> bool:
    """Are two sites (towns, villages, places near one) of one province one name under two
    transliterations (one ``geo.fold.skeleton``: "al-Maajalah" and "Majala"), at least one of them
    at a point it borrowed (a town's or its province's: the gazetteer lacks it)?

    A borrowed point says where the geocoder found something nearby, not where the place is, so
    the distance between the two points is no evidence that they are two places; the one name in
    one province is. Two places at points of their own stay apart by distance (namesake villages).
    """
    return (
        coarse >= _SITE_RANK
        and (ka[9] or kb[9])
        and bool(ka[8])
        and ka[8] == kb[8]
        and bool(ka[3])
        and ka[3] == kb[3]
    )


def _compare_keys(ka: _PlaceKey, kb: _PlaceKey) -> tuple[float, bool] | None:
    """``_compare_place`` on two places' keys (``_place_key``): the same tests in the same order."""
    coarse = ka[0] if ka[0] < kb[0] else kb[0]
    if ka[1] and kb[1] and ka[1] != kb[1]:
        return None
    if coarse == 0:  # country-precise on one side: only a weak agreement
        return 0.0, True
    if ka[2] == kb[2]:
        return 1.0, False
    if _one_name_borrowed_point(ka, kb, coarse):
        return 0.9, False
    if coarse == 1:
        a1, b1 = ka[3], kb[3]
        return (0.5, False) if a1 and a1 == b1 else None
    if ka[4] is None or kb[4] is None:
        return None
    dp = kb[6] - ka[6]
    if _EARTH_KM * abs(dp) > _FAR_KM:
        return None
    # haversine_km with the latitudes' radians and cosines kept: the same operations, the same bits
    dl = math.radians(kb[5] - ka[5])  # type: ignore[operator]
    h = math.sin(dp / 2) ** 2 + ka[7] * kb[7] * math.sin(dl / 2) ** 2
    km = 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))
    if km <= SAME_PLACE_KM:
        if coarse == 3 and km > SAME_POINT_KM and _two_names(ka[2], kb[2]):
            return None  # two towns named as towns, close together (a strip, a valley), are two places
        return 0.9, False
    if coarse == 2 and km <= NEAR_RADIUS_KM:
        return 0.7, False
    return None


#: Precision ranks (``_PRECISION_RANK``) of a place that names a site: a town, a village, a district or
#: a place "near" one; a province or a country names an area that holds many.
_SITE_RANK = 2
#: Where a place's coordinates come from when they are its own (``Location.coords_from``); None is a
#: place built by hand with its coordinates.
_OWN_COORDS = frozenset({None, "gazetteer", "user_gazetteer"})


def _own_coords(loc: Location) -> bool:
    """Are the place's coordinates its own gazetteer entry's, not borrowed from the town or province
    that holds it (``Location.coords_from``)? Two districts a gazetteer lacks both carry their city's
    point: being 0 km apart then says nothing about their being one place."""
    return loc.lat is not None and loc.lon is not None and loc.coords_from in _OWN_COORDS


@lru_cache(maxsize=50_000)
def _name_words(name: str) -> frozenset[str]:
    """The folded words of a place's name, articles left out ("al-Qamishli hospital": qamishli, hospital)."""
    return frozenset(w for w in fold(name, place=True).split() if w not in ARTICLES)


_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLED = re.compile(r"(.)\1+")
#: Letter pairs that transliterations write for one sound, read as one letter (``_loose_key``).
_ONE_SOUND = (("dj", "j"), ("kh", "k"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("ph", "f"),
              ("ch", "s"), ("q", "k"), ("c", "k"), ("z", "s"))  # fmt: skip
#: Fewest letters of a word's loose key for two names to share it: two letters join names at random.
_LOOSE_MIN_LETTERS = 3


@lru_cache(maxsize=50_000)
def _loose_key(word: str) -> str:
    """The consonants of a folded word, vowels all dropped (the first one too: "Akrameh" and
    "Ikrima" are one name), a final h after a vowel and doubled letters dropped, and the letter pairs
    of ``_ONE_SOUND`` read as one letter. Looser than ``geo.fold.skeleton``: used only to say that two
    places MAY be one site, never to join two places."""
    w = re.sub(r"([aeiou])h$", r"\1", word)
    for x, y in _ONE_SOUND:
        w = w.replace(x, y)
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", w))


@lru_cache(maxsize=50_000)
def _loose_keys(name: str) -> frozenset[str]:
    """The loose keys of a place's name words (``_loose_key``) long enough to be told apart, and that of
    the whole name when it is one short word ("Foua" and "Fuaa")."""
    words = _name_words(name)
    keys = {_loose_key(w) for w in words}
    if len(words) == 1:
        return frozenset(k for k in keys if k)
    return frozenset(k for k in keys if len(k) >= _LOOSE_MIN_LETTERS)


@lru_cache(maxsize=50_000)
def _two_names(a: str, b: str) -> bool:
    """Are two folded place names different names, not spellings of one: no transliteration skeleton,
    loose key (``_loose_keys``) or name word in common, neither name inside the other?"""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb or wa <= wb or wb <= wa:
        return False
    ska, skb = skeleton(a), skeleton(b)
    return not ((ska and ska == skb) or _loose_keys(a) & _loose_keys(b))


def _one_site(la: Location, lb: Location) -> bool:
    """May the two places be one site: one name under two spellings (the same folded name, the same
    transliteration skeleton, a name word of one loose key, own coordinates of one precision within
    ``SAME_PLACE_KM``), or one name inside the other ("Mallah" and "the Mallah farms", "Qamishli" and
    "the Qamishli hospital")? Loose on purpose: a wrong "yes" only leaves a pair to the other tests."""
    wa, wb = _name_words(la.name), _name_words(lb.name)
    if wa and wb and (wa <= wb or wb <= wa):
        return True
    ska, skb = skeleton(la.name), skeleton(lb.name)
    if (ska and ska == skb) or _loose_keys(la.name) & _loose_keys(lb.name):
        return True
    if la.precision != lb.precision or not (_own_coords(la) and _own_coords(lb)):
        return False  # a district by its city's point is a part of the city, not its other name
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= SAME_PLACE_KM  # type: ignore[arg-type]


def _may_hold(town: Location, part: Location) -> bool:
    """May ``part`` (a place "near" a town, a district) lie in or by ``town`` (a town or village)? Yes
    when its own point is within ``NEAR_RADIUS_KM`` of the town's, or it has no point of its own but its
    town's or its province's (a village the gazetteer lacks may be anywhere in its province). Two
    places "near" a point each, both known to the gazetteer and within that radius, may be one area
    ("near Damascus" and "the Eastern Ghouta")."""
    if part.precision != "near":
        return False
    if town.precision == "near":  # "near X" and "near Y" a few km apart may be one place's outskirts
        both_own = _own_coords(town) and _own_coords(part)
        return both_own and haversine_km(town.lat, town.lon, part.lat, part.lon) <= NEAR_RADIUS_KM  # type: ignore[arg-type]
    if town.precision != "exact":
        return False
    if not _own_coords(part):
        borrowed = part.coords_from or ""
        if borrowed.startswith("town:"):  # a district of that town
            return fold(borrowed[len("town:") :], place=True) == fold(town.name, place=True)
        return not borrowed.startswith("country:")
    if not _own_coords(town):
        return True
    return haversine_km(town.lat, town.lon, part.lat, part.lon) <= NEAR_RADIUS_KM  # type: ignore[arg-type]


def _sites(r: Report) -> tuple[Location, ...]:
    """The sites (towns, villages, districts, places near one) among the report's first three places."""
    return _memo(
        r,
        "_sites",
        lambda x: tuple(loc for loc in x.event.locations[:3] if _PRECISION_RANK[loc.precision] >= _SITE_RANK),
    )


def _unshared_sites(r: Report, other: Report) -> list[Location]:
    """The report's sites that the other report does not name under any spelling (``_one_site``)."""
    theirs = other.event.locations[:3]
    return [x for x in _sites(r) if not any(_one_site(x, y) for y in theirs)]


def _in_shared_area(
    r: Report, sites: list[Location], other: Report, others_own: list[Location]
) -> list[Location]:
    """The sites that lie in a place the other report gives and does not hold as its own site: the city
    or the province both name ("the X district" and "the Y district" of one city both name the city),
    as ``compare_places`` takes a pair of places. A city abroad the article mentions, or "near" a town
    only the other's own district is close to, is none."""
    theirs = other.event.locations[:3]
    shared = [y for y in theirs if not any(y is z for z in others_own)]
    # a province one of the two reports names is the other's too when its towns lie in it ("town X of
    # the province" against "town Y", whose province the gazetteer gives)
    named = {_admin1(y) for y in theirs if y.precision == "admin1"} | {
        _admin1(x) for x in r.event.locations[:3] if x.precision == "admin1"
    }
    provinces = {_admin1(y) for y in theirs} & named
    return [
        x for x in sites if any(_within(x, y) for y in shared) or (_admin1(x) and _admin1(x) in provinces)
    ]


def _within(x: Location, y: Location) -> bool:
    """May site x lie in place y: compatible as ``compare_places`` takes a pair, or, when the gazetteer
    lacks x and placed it only by its province, y is in that province (a district the gazetteer does
    not know may be anywhere in it, so also in y's city)."""
    if _compare_place(x, y) is not None:
        return True
    if _own_coords(x) or not (x.coords_from or "").startswith("admin1:"):
        return False
    return bool(x.admin1) and fold(x.admin1, place=True) == _admin1(y)


def _meet_on_a_site(a: Report, b: Report, unshared: list[Location]) -> bool:
    """Do both reports name one site (under any spelling) that holds none of the sites only one of them
    names? Then they meet on the scene itself, not on an area that holds two scenes: the other sites are
    what each outlet adds around it (its dateline's city, the district seat, a town the displaced fled
    to), not a second district of one city. A shared city that may hold the other sites (a district
    "near" it, one placed by its province) is the area of ``distinct_sites`` and does not count."""
    for x in _sites(a):
        for y in _sites(b):
            if _one_site(x, y) and not any(_may_hold(x, u) or _may_hold(y, u) for u in unshared):
                return True
    return False


def distinct_sites(a: Report, b: Report) -> bool:
    """Does each report name a site of the area they share that the other does not, and could none of
    the one's be the other's?

    The place test takes the best pair of the two reports' first three places, so "rockets on the
    X district of the city" and "a barrel bomb on the Y district of the city" meet on "the city", and
    "a car bomb in town X of the province" and "air strikes on town Y of the province" meet on the
    province. On one day in a divided city or a contested province both sides' attacks happen, and
    each side's media tell the one that hit their side: the district or town each names is what
    keeps them apart. A report that names only the city or the province names no site of its own
    (one side naming the town, the other only its province, stays one event), nor does one whose
    sites all appear in the other under some spelling (a contested strike on one town, whoever
    each side blames); a village by a town, or one the gazetteer cannot place, may be in the
    other's town (``_may_hold``). At least one of the sites must be a place the gazetteer knows:
    two unknown names are as often a misread word as two districts."""
    if not _sites(a) or not _sites(b):
        return False
    un_a = _unshared_sites(a, b)
    if not un_a:
        return False
    un_b = _unshared_sites(b, a)
    if not un_b:
        return False
    if _meet_on_a_site(a, b, un_a + un_b):
        return False
    own_a, own_b = _in_shared_area(a, un_a, b, un_b), _in_shared_area(b, un_b, a, un_a)
    if not own_a or not own_b or not any(_own_coords(x) for x in own_a + own_b):
        return False  # two names no gazetteer knows: as often a misread word ("Syria's") as a district
    return not any(_may_hold(x, y) or _may_hold(y, x) for x in own_a for y in own_b)


#: Place agreement of two reports that name one site by one name which the geocoder put in two
#: countries or two states (``one_name_two_homes``): below a spelling's 0.9, the homes disagree.
NAMESAKE_PLACE = 0.7


def _home(x: Location) -> tuple[str | None, str]:
    """Where the geocoder put a place: its country and its folded admin1 (empty when unknown)."""
    return x.country, fold(x.admin1 or "", place=True)


def _two_homes(x: Location, y: Location) -> bool:
    """Did the geocoder put the two places in two countries, or in two states of one country?"""
    (cx, ax), (cy, ay) = _home(x), _home(y)
    if cx and cy and cx != cy:
        return True
    return cx == cy and bool(ax) and bool(ay) and ax != ay


def _one_name(x: Location, y: Location) -> bool:
    """Do two sites carry one name: one folded name without its kind word, or one transliteration
    skeleton? A capital's name never counts: it is the government's, the dateline's and its
    namesakes' as often as the scene's."""
    nx, ny = bare_name(x.name), bare_name(y.name)
    if not nx or nx in capital_keys() or ny in capital_keys():
        return False
    if nx == ny:
        return True
    kx = skeleton(x.name)
    return bool(kx) and kx == skeleton(y.name)


def _told_alike(a: Report, b: Report) -> bool:
    """Do the two reports tell one kind of act (one family, or one of them untold) or name one doer?"""
    if not families_differ(a.told_type, b.told_type):
        return True
    return bool(_named_culprits(a) & _named_culprits(b)) or denied_culprit(a, b)


def one_name_two_homes(a: Report, b: Report) -> bool:
    """Do the two reports name one site (a town, a village, a place near one) by one name that the
    geocoder put in two countries or two states? A border clash each side places at home, or a
    namesake each article's geocoder chose differently: the shared name is better evidence than
    either choice, when the reports tell one kind of act or one doer (``_told_alike``); ``gate``
    also asks for days that meet. True namesakes stay apart: other days, other kinds of act, or a
    capital's name (``_one_name``)."""
    if not _told_alike(a, b):
        return False
    sites_a = [x for x in a.event.locations[:3] if _PRECISION_RANK[x.precision] >= _SITE_RANK]
    sites_b = [y for y in b.event.locations[:3] if _PRECISION_RANK[y.precision] >= _SITE_RANK]
    return any(_two_homes(x, y) and _one_name(x, y) for x in sites_a for y in sites_b)


def gate(a: Report, b: Report) -> Gate:
    """May a and b be one event? Never one article; dates within slack; places compatible, and not
    two different sites of the area they share (``distinct_sites``).

    Both must be linkable incidents (``linkable``): the caller checks that once
    per report. Two families (an air strike and a massacre, an army operation
    and an execution) may be one contested event told two ways, but only on
    weak grounds: the pair then needs a strong score, which the wording, the
    place and the date must earn.
    """
    if a.article_id == b.article_id:
        return NO
    d = compare_dates(a, b)
    if d is None:
        return NO
    p = report_places(a, b)
    if p is None and d[0] >= SAME_SPAN_DATE and not d[1] and one_name_two_homes(a, b):
        p = (NAMESAKE_PLACE, False)  # the name both give outweighs where each geocoder put it
    if p is None or distinct_sites(a, b):
        return NO
    clash = toll_clash(a, b)
    if clash and d[0] < SAME_SPAN_DATE:
        return NO  # another day and a toll several times over: two incidents, not one retold
    loose = vague(a) or vague(b)
    # one side denying the party the other names as the doer tells the act its own way (another
    # kind, by another side): that is the dispute, not a sign of two events
    told_apart = families_differ(a.told_type, b.told_type) or two_sides_acts(a, b)
    one_act = (
        told_apart
        and d[0] >= SAME_SPAN_DATE
        and not d[1]
        and not clash
        and families_differ(a.told_type, b.told_type)
        and one_act_two_readings(a, b)
    )
    if told_apart and (
        denied_culprit(a, b) or (d[0] == 1.0 and not clash and one_toll_one_scene(a, b)) or one_act
    ):
        told_apart = False
    but_place = d[1] or told_apart or clash or loose
    weak = but_place or p[1]
    return Gate(
        True, weak=weak, place=p[0], date=d[0], weak_but_place=but_place, one_act=one_act and not weak
    )


#: Fewest dead on each side for ``one_toll_one_scene``: a toll of this size at one village on one day is
#: one incident, however each side tells it; one or two dead in a town on a day are as often two. Set
#: between the 3-4 dead of routine single incidents and the 6-30 of the contested raids of our own sets.
CONTESTED_MIN_DEAD = 5


#: The family of a fight (``record.FAMILY``): how the side that did the killing tells it ("a clash with
#: militants") when the other side tells a massacre or an air strike.
COMBAT_FAMILY = "battles"


def _site_keys(r: Report) -> tuple[_PlaceKey, ...]:
    """The keys of the report's sites (towns, villages, districts, places near one; ``_sites``)."""
    return tuple(k for k in _place_keys(r) if k[0] >= _SITE_RANK)


def one_toll_one_scene(a: Report, b: Report) -> bool:
    """Do two reports, one of them told as a fight (``COMBAT_FAMILY``), give one site, under one name or spelling, and death
    tolls of one size (both at least ``CONTESTED_MIN_DEAD``, neither under ``TOLL_CLASH_RATIO`` of the
    other)? The caller checks the day is one. Then they are one deadly incident told two ways: the
    army's "clash with militants that killed 14 terrorists" at a village and the villagers' "soldiers
    killed 11 of our men" there that day. Each side's kind of event is what the two dispute, so the
    family difference does not make the pair weak (``gate``). The type component still scores 0 (counted
    as missing, it let the two kinds' reports of two articles pair before each article's own kind did, and
    the stories of own contested set 3 crossed: links 0.500 -> 0.414)."""
    if COMBAT_FAMILY not in (FAMILY[a.told_type], FAMILY[b.told_type]):
        return False  # a car bomb and a shooting are not one act in two tellings: neither side tells a fight
    fa, fb = a.event.fatalities.best, b.event.fatalities.best
    if not fa or not fb or min(fa, fb) < CONTESTED_MIN_DEAD or toll_clash(a, b):
        return False
    return _share_a_site(a, b)


def _share_a_site(a: Report, b: Report) -> bool:
    """Do two reports give one site: a place of each, town or finer, that compare as one name or
    spelling (score 0.9 or more, no clash)? The test both readings of one act share
    (``one_toll_one_scene``, ``one_act_two_readings``)."""
    for ka in _site_keys(a):
        for kb in _site_keys(b):
            got = _compare_keys(ka, kb)
            if got is not None and got[0] >= 0.9 and not got[1]:
                return True
    return False


@lru_cache(maxsize=1)
def _family_readings() -> tuple[frozenset[frozenset[str]], frozenset[str]]:
    """Pairs of families one deadly act is told in by its two sides, and the types that tell no such act
    (``lexicons/family_readings.yaml``)."""
    rows = load_list("lexicons", "family_readings.yaml", "readings")
    pairs = frozenset(frozenset(f.strip() for f in row.split("+")) for row in rows)
    return pairs, load_words("lexicons", "family_readings.yaml", "not_an_act")


def readings_of_one_act(type_a: str, type_b: str) -> bool:
    """Are two types of two families that may be one act told by its two sides (a fight and a massacre,
    a strike on fighters and one on a village; ``_family_readings``)? Ground taken or people abducted
    are told beside a killing, not instead of it: they are no reading of one."""
    pairs, not_acts = _family_readings()
    if type_a in not_acts or type_b in not_acts:
        return False
    return frozenset((FAMILY[type_a], FAMILY[type_b])) in pairs


def _armed_parties(r: Report) -> frozenset[str]:
    """The folded names of the armed parties the report names, as the doer or as the side hit: its
    initiators and targets, neither the civilians nor a description of an unidentified party (every
    report of a war may name those)."""
    return _memo(
        r,
        "_armed_parties",
        lambda x: frozenset(
            k
            for actor in (*x.event.initiators, *x.event.targets)
            if actor.name and actor.type != "civilians" and (k := _key(actor)) != _UNIDENTIFIED_KEY
        ),
    )


def one_act_two_readings(a: Report, b: Report) -> bool:
    """Are two reports of two families one deadly act, each side telling it its own way?

    The army tells "a clash with militants" at a village where the villagers tell soldiers killing
    civilians; a ministry tells a strike on fighters' positions where the other side tells a strike on
    a market. The families are readings of one another (``readings_of_one_act``), the site is one
    (one name or spelling, as ``one_toll_one_scene``), and the two tell one event: they name one armed
    party (each side names the other as the other party, or both the one group), or both give a toll
    and the tolls do not clash. The caller checks the days meet (not only within the slack) and the
    tolls do not clash. Both are their articles' main events (``Report.main``): a side's account of
    the act is what its article is about, an aside tells another event or the background. Then the
    family is what the two dispute (a ``type`` contradiction), not a sign of
    two events, and the pair is not weak for it (``gate``). Read from the records' structure (their
    roles, places, days and tolls), not from any side's wording, so it carries to wars not seen.
    """
    if not (a.main and b.main) or not readings_of_one_act(a.told_type, b.told_type):
        return (
            False  # an aside (an article's later record) is its article's other event, not its side's account
        )
    fa, fb = a.event.fatalities.best, b.event.fatalities.best
    if not (_armed_parties(a) & _armed_parties(b)) and not (fa and fb):
        return False
    return _share_a_site(a, b)


#: Actor types of a state's side, and of the armed groups that fight states (militias fight on
#: either side, so they are of neither).
STATE_SIDE = frozenset({"state_forces", "external_forces"})
ARMED_OPPOSITION = frozenset({"rebel_group"})


def _side(actors: list) -> str | None:
    """'state' when every named attacker is a state's force, 'opposition' when every one is an armed
    group that fights states; None when none is named or they are mixed or of neither kind."""
    types = {a.type for a in actors}
    if types and types <= STATE_SIDE:
        return "state"
    if types and types <= ARMED_OPPOSITION:
        return "opposition"
    return None


def two_sides_acts(a: Report, b: Report) -> bool:
    """Does each report tell, in its own voice, another kind of act by another side: an air strike by
    a state's aircraft against rocket fire by the rebels it fights? In a divided city on one day both
    happen, and each side's media tell the one that hit their side. Such a pair is weak: only a strong
    score (the wording, the toll, a precise place) makes it one event told two ways, as a contested
    strike whose culprit the sides dispute is (of one sub-type, or of one told by one side only)."""
    if a.told_type == b.told_type or UNTOLD_TYPE in (a.told_type, b.told_type):
        return False
    sa, sb = _side(a.event.initiators), _side(b.event.initiators)
    return sa is not None and sb is not None and sa != sb


def read_twice(a: Report, b: Report) -> bool:
    """Are two reports of one article one event read twice (same family, dates and places compatible)?

    An article often tells its main event in several passages (the lead, the
    toll, a quote); the extractor may make a record of each. Such readings
    must not each link to the other articles' readings as parallel stories:
    the cluster lets only one of them link (``cluster._agglomerate``). Sub-types
    of one family count (a drone strike and "a rocket" hitting a house that
    day); two families do not (a massacre and the shelling before it).
    """
    return FAMILY[a.event.event_type] == FAMILY[b.event.event_type] and one_scene(a, b)


def main_places_meet(a: Report, b: Report) -> bool:
    """Are the two reports' main places (their first locations) compatible, as ``compare_places`` takes a
    pair of places (not the best of their first three)?"""
    ka, kb = _place_keys(a), _place_keys(b)
    if not ka or not kb:
        return False
    return _compare_keys(ka[0], kb[0]) is not None


def one_scene(a: Report, b: Report) -> bool:
    """Are two reports of one article told of compatible days and places (whatever their families)?

    ``read_twice`` is this for one family. Of two families it is how an article
    tells the parts of one story: the shelling of a village and the killings
    that followed, an army's account of a clash and the massacre others report.
    """
    return (
        a.article_id == b.article_id and compare_dates(a, b) is not None and report_places(a, b) is not None
    )


def same_main_place(a: Report, b: Report) -> bool:
    """Do the two reports' main places (their first locations) name one place, at one precision?"""
    if not a.event.locations or not b.event.locations:
        return False
    la, lb = a.event.locations[0], b.event.locations[0]
    if la.precision != lb.precision or (la.country and lb.country and la.country != lb.country):
        return False
    if fold(la.name, place=True) == fold(lb.name, place=True):
        return True
    if None in (la.lat, la.lon, lb.lat, lb.lon):
        return False
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= SAME_PLACE_KM  # type: ignore[arg-type]


def one_place(a: Report, b: Report) -> bool:
    """Do the two reports' main places name one place, whatever the precision each gives it (the same
    folded name, or two spellings within ``SAME_PLACE_KM``)?"""
    if not a.event.locations or not b.event.locations:
        return False
    la, lb = a.event.locations[0], b.event.locations[0]
    if fold(la.name, place=True) == fold(lb.name, place=True):
        return True
    if None in (la.lat, la.lon, lb.lat, lb.lon):
        return False
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) <= SAME_PLACE_KM  # type: ignore[arg-type]


def toll_clash(a: Report, b: Report) -> bool:
    """Do the two reports give death tolls so far apart (the smaller under TOLL_CLASH_RATIO of the larger)
    that only strong other evidence makes them one event?"""
    fa, fb = a.event.fatalities.best, b.event.fatalities.best
    if not fa or not fb:
        return False
    return min(fa, fb) < TOLL_CLASH_RATIO * max(fa, fb)


def _jaccard(x: set[str], y: set[str]) -> float | None:
    if not x or not y:
        return None
    return len(x & y) / len(x | y)


def _key(actor: Any) -> str:
    """The actor's folded name, with every description of an unidentified party ("Gunmen",
    "Islamist militants") one key, the catch-all's: reports that each name nobody share that."""
    return _UNIDENTIFIED_KEY if is_description(actor.name, actor.type) else fold(actor.name)


#: The key of the actor table's catch-all, which every description of an unidentified party shares.
_UNIDENTIFIED_KEY = fold(UNIDENTIFIED)


def _names(actors: list) -> set[str]:
    return {_key(a) for a in actors if a.name}


def _told(actors: list) -> set[str]:
    """The names of the actors the report's words give: a target the extractor inferred (the
    civilians an attack on civilians has by definition, the side ground was taken from) has no
    text and says nothing the event type and the other reports do not."""
    return {_key(a) for a in actors if a.name and a.text}


def _actor_keys(r: Report) -> tuple[set[str], set[str], set[str]]:
    """The folded names of the report's initiators and targets, and its weapons in lower case, kept per
    report (``components`` compares them for every pair the gate lets through). Read only."""
    return _memo(
        r,
        "_actor_keys",
        lambda x: (_names(x.event.initiators), _told(x.event.targets), {w.lower() for w in x.event.weapons}),
    )


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


def text_vectors(texts: Mapping[str, str]) -> dict[str, Vector]:
    """Unit-length binary vectors of each text's content tokens.

    Each text's vector depends on that text alone (no weights taken over the
    batch), so a pair scores the same whichever other reports are linked
    with it: the stories cannot depend on how the reports were split between
    runs. Weighting tokens by their rarity among the texts of a run gave the
    same FA-KES links (bench/link_eval.py). Binary: repeating a word says
    nothing about the event.
    """
    out = {}
    for k, t in texts.items():
        ts = tokens(t) if t else frozenset()
        if ts:
            w = 1.0 / math.sqrt(len(ts))
            out[k] = dict.fromkeys(ts, w)
    return out


def cosine(x: Vector | None, y: Vector | None) -> float | None:
    """Cosine of two unit vectors, None when either is missing."""
    if not x or not y:
        return None
    if len(x) > len(y):
        x, y = y, x
    # the tokens of x in its order, those y lacks left out: adding their 0.0 changed no sum
    return sum((w * y[t] for t, w in x.items() if t in y), 0.0)


def families_differ(a: str, b: str) -> bool:
    """Two families of violence, neither of them the untold kind (``UNTOLD_TYPE``)."""
    return UNTOLD_TYPE not in (a, b) and FAMILY[a] != FAMILY[b]


def _denied_parties(r: Report) -> frozenset[str]:
    """The folded names of the parties the report's sources deny did it (claims of stance ``denies``)."""
    return _memo(
        r,
        "_denied_parties",
        lambda x: frozenset(
            fold(c.actor)
            for c in x.event.claims
            if c.what == "responsibility" and c.stance == "denies" and c.actor
        ),
    )


def _named_culprits(r: Report) -> frozenset[str]:
    """The folded names of the parties the report names as doers: its initiators and the parties its
    sources accuse."""
    return _memo(
        r,
        "_named_culprits",
        lambda x: (
            frozenset(_names(x.event.initiators))
            | frozenset(
                fold(c.actor)
                for c in x.event.claims
                if c.what == "responsibility" and c.stance == "accuses" and c.actor
            )
        ),
    )


def denied_culprit(a: Report, b: Report) -> bool:
    """Does one report's source deny that a party did it whom the other report names as the doer? Then
    the two are the two sides of one disputed act ("the army denied its aircraft attacked the school"
    against "a military jet bombed the school"), and the side that denies tells the act as something
    else (a clash with rebels, a militia's shelling): the type and the side each gives are the dispute,
    not evidence that they are two events (``gate``, ``components``)."""
    return bool(_denied_parties(a) & _named_culprits(b) or _denied_parties(b) & _named_culprits(a))


def _denies_what_other_told(r: Report, other: Report) -> bool:
    """Does r's source deny that a party did it whom the other report names as the doer?"""
    return bool(_denied_parties(r) & _named_culprits(other))


def _answers(a: Report, b: Report) -> bool:
    """Is one report a side's denial of what the other, published the day before, told ("Russia on
    Sunday rejected claims that its aircraft bombed X" after Saturday's "aircraft bombed X")? A denial
    is dated by the day it was made when the text names no other: that day is the answer's, not the
    act's, so the two are not two days' news (``compare_dates``)."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    later, earlier = (a, b) if a.published > b.published else (b, a)
    return _denies_what_other_told(later, earlier)


#: Type agreement of two families that are one act's two readings (``one_act_two_readings``): as two
#: sub-types of one family, since each side's family is the other's act told its own way.
READING_AGREEMENT = 0.5


def _type_agreement(a: str, b: str) -> float | None:
    """1 same type, 0.5 same family, 0 two families; None when one is the untold kind (not evidence)."""
    if a == b:
        return 1.0
    if UNTOLD_TYPE in (a, b):
        return None
    return 0.5 if FAMILY[a] == FAMILY[b] else 0.0


def components(
    a: Report, b: Report, g: Gate, text_a: Vector | None, text_b: Vector | None
) -> dict[str, float | None]:
    """Each evidence component in 0-1, or None when one side has nothing to compare."""
    ea, eb = a.event, b.event
    kinds = _type_agreement(ea.event_type, eb.event_type)
    if kinds == 0.0 and denied_culprit(a, b):
        kinds = None  # one side's denial tells the act another way: its type is the dispute
    elif kinds == 0.0 and g.one_act and not g.weak:
        kinds = READING_AGREEMENT  # one act told by its two sides: a reading of the other's kind
    out: dict[str, float | None] = {
        "type": kinds,
        "place": g.place,
        "date": g.date,
    }
    na, nb = _actor_keys(a), _actor_keys(b)
    parts = [j for j in (_jaccard(na[0], nb[0]), _jaccard(na[1], nb[1])) if j is not None]
    out["actors"] = sum(parts) / len(parts) if parts else None
    out["weapons"] = _jaccard(na[2], nb[2])
    fa, fb = ea.fatalities.best, eb.fatalities.best
    if fa is None or fb is None:
        out["fatalities"] = None
    else:
        out["fatalities"] = 1.0 if fa == fb else 1.0 - abs(fa - fb) / max(fa, fb)
    c = cosine(text_a, text_b)
    out["text"] = None if c is None else min(1.0, c / TEXT_FULL_COSINE)
    return out


def pair_score(
    a: Report,
    b: Report,
    text_a: Vector | None = None,
    text_b: Vector | None = None,
    same_target: bool = False,
    gated: Gate | None = None,
) -> tuple[Gate, float]:
    """The gate and the weighted score in 0-1 (0 when the gate is closed).

    ``gated``: ``gate(a, b)``, when the caller has it already (it depends on the two reports alone).

    ``same_target``: both reports name one specific target (``link.targets``: "the <Name>
    hospital", an airliner by its airline or flight number). That places the two events
    together better than any gazetteer point: it counts as full place agreement, and a pair
    weak only for its place (one report gives only the country) is no longer weak.
    """
    g = gated if gated is not None else gate(a, b)
    if not g.ok:
        return g, 0.0
    if same_target:
        g = Gate(
            True,
            weak=g.weak_but_place,
            place=1.0,
            date=g.date,
            weak_but_place=g.weak_but_place,
            one_act=g.one_act,
        )
    comp = components(a, b, g, text_a, text_b)
    # on weak grounds only evidence that is there counts: missing is 0, not neutral
    missing = 0.0 if g.weak else MISSING_COMPONENT
    score = sum(WEIGHTS[k] * (missing if v is None else v) for k, v in comp.items())
    return g, score
