"""The link stage's shortcuts give what the plain computations give (round 12, docs/speed.md).

Place keys kept per report, candidates of a widening found by bisection, credit lines kept per text:
each is checked here against the plain computation it stands in for, on places and reports made up
for these tests (no spaCy, no database).
"""

from __future__ import annotations

import datetime as dt
import math
import random

from wardesk.flows.link import _days, _meets
from wardesk.link import Report
from wardesk.link.compare import (
    _PRECISION_RANK,
    NEAR_RADIUS_KM,
    SAME_PLACE_KM,
    SAME_POINT_KM,
    _admin1,
    _compare_place,
    _two_names,
    compare_places,
    date_key,
    gate,
    haversine_km,
    linkable,
    report_places,
)
from wardesk.link.wire import wire_credit
from wardesk.names import fold
from wardesk.record import DateSpan, Event, Location

NAMES = ["Alder Ford", "alder-ford", "Birch Hollow", "Cedar Cross", "The Cedar Cross"]
REGIONS = ["North Vale", "South Vale", None]


def _plain_compare_place(la: Location, lb: Location) -> tuple[float, bool] | None:
    """The place comparison as written before the keys: fold and haversine at every call."""
    coarse = min(_PRECISION_RANK[la.precision], _PRECISION_RANK[lb.precision])
    if la.country and lb.country and la.country != lb.country:
        return None
    if coarse == 0:
        return 0.0, True
    if fold(la.name, place=True) == fold(lb.name, place=True):
        return 1.0, False
    if coarse == 1:
        a1, b1 = _admin1(la), _admin1(lb)
        return (0.5, False) if a1 and a1 == b1 else None
    if None in (la.lat, la.lon, lb.lat, lb.lon):
        return None
    km = haversine_km(la.lat, la.lon, lb.lat, lb.lon)  # type: ignore[arg-type]
    if km <= SAME_PLACE_KM:
        if (
            coarse == 3
            and km > SAME_POINT_KM
            and _two_names(fold(la.name, place=True), fold(lb.name, place=True))
        ):
            return None  # two towns close together
        return 0.9, False
    if coarse == 2 and km <= NEAR_RADIUS_KM:
        return 0.7, False
    return None


def _place(rng: random.Random, base: tuple[float, float]) -> Location:
    coords = rng.random() < 0.85
    # up to about 40 km from a common point, often just around the 3 and 25 km radii
    step = rng.choice([0.0, 0.01, 0.02, 0.027, 0.03, 0.1, 0.2, 0.22, 0.23, 0.3])
    lat = max(-90.0, min(90.0, base[0] + rng.uniform(-step, step)))
    lon = max(-180.0, min(180.0, base[1] + rng.uniform(-step, step)))
    return Location(
        name=rng.choice(NAMES),
        admin1=rng.choice(REGIONS),
        country=rng.choice(["AA", "AA", "AA", "BB", None]),
        lat=lat if coords else None,
        lon=lon if coords else None,
        precision=rng.choice(["exact", "exact", "near", "admin1", "country"]),
    )


def test_place_keys_compare_as_the_plain_comparison() -> None:
    rng = random.Random(12)
    seen = set()
    for base in [(10.0, 20.0), (-60.0, 179.8), (89.8, 0.0), (0.0, -179.75)]:
        for _ in range(2500):
            la, lb = _place(rng, base), _place(rng, base)
            got = _compare_place(la, lb)
            assert got == _plain_compare_place(la, lb), (la, lb)
            seen.add(got)
    assert {None, (0.0, True), (1.0, False), (0.9, False), (0.7, False), (0.5, False)} <= seen


def test_far_latitude_shortcut_keeps_points_near_the_radius() -> None:
    """Two "near" places 24.9 km apart along a meridian are within the radius; 25.1 km apart are not."""
    per_km = 180 / (math.pi * 6371.0088)
    a = Location(name="Alder Ford", lat=40.0, lon=30.0, precision="near")
    inside = Location(name="Birch Hollow", lat=40.0 + 24.9 * per_km, lon=30.0, precision="near")
    outside = Location(name="Birch Hollow", lat=40.0 + 25.1 * per_km, lon=30.0, precision="near")
    assert _compare_place(a, inside) == (0.7, False)
    assert _compare_place(a, outside) is None


def _report(rid: str, article: str, start: dt.date | None, days: int, places: list[Location]) -> Report:
    ev = Event(
        kind="incident",
        event_type="missile_artillery",
        date=DateSpan(
            start=start,
            end=start + dt.timedelta(days=days - 1) if start else None,
            precision="day" if days == 1 else ("range" if start else "unknown"),
        ),
        locations=places,
    )
    return Report(rid, article, "outlet-" + article, dt.date(2021, 5, 20), ev)


def test_report_places_are_the_first_three_places_compared() -> None:
    rng = random.Random(7)
    base = (35.0, 40.0)
    for n in range(300):
        pa = [_place(rng, base) for _ in range(rng.randint(0, 5))]
        pb = [_place(rng, base) for _ in range(rng.randint(0, 5))]
        a = _report(f"a{n}", "one", dt.date(2021, 5, 18), 1, pa)
        b = _report(f"b{n}", "two", dt.date(2021, 5, 18), 1, pb)
        assert report_places(a, b) == compare_places(pa, pb)
        assert report_places(a, b) == report_places(a, b)  # kept on the report: the same answer again


def test_kept_date_keys_and_reasons_are_each_reports_own() -> None:
    a = _report("x1", "one", dt.date(2021, 5, 10), 1, [])
    b = _report("x2", "two", dt.date(2021, 5, 1), 40, [])
    assert date_key(a) == (dt.date(2021, 5, 10), dt.date(2021, 5, 10))
    assert date_key(b) == (dt.date(2021, 5, 1), dt.date(2021, 6, 9))
    assert linkable(a) is None
    assert linkable(b) == "date span over 7 days"
    assert date_key(a) == (dt.date(2021, 5, 10), dt.date(2021, 5, 10))


def test_widening_meets_what_the_gate_meets_among_all_reached() -> None:
    """``_meets`` looks only at the reached reports whose days may meet; it must find what a look at
    every reached report finds, also when some reached reports span months."""
    rng = random.Random(3)
    base = (12.0, 44.0)
    day0 = dt.date(2021, 3, 1)

    def some(prefix: str, n: int) -> list[Report]:
        out = []
        for k in range(n):
            start = day0 + dt.timedelta(days=rng.randint(0, 60)) if rng.random() < 0.9 else None
            span = rng.choice([1, 1, 2, 3, 9, 30, 90])
            places = [_place(rng, base) for _ in range(rng.randint(0, 2))]
            out.append(_report(f"{prefix}{k}", f"{prefix}-art{k % 7}", start, span, places))
        return out

    slack = dt.timedelta(days=1)
    answers = set()
    for _ in range(20):
        reached, others = some("r", 25), some("o", 60)
        meets = _meets(reached)
        for r in others:
            k = _days(r)
            plain = k is not None and any(
                (ke := _days(e)) is not None
                and ke[0] - slack <= k[1]
                and k[0] <= ke[1] + slack
                and gate(e, r).ok
                for e in reached
            )
            assert meets(r) == plain
            answers.add(plain)
    assert answers == {True, False}


def test_credit_lines_kept_per_text_and_outlet() -> None:
    text = "KINGSTOWN (Reuters) - Rockets fell on the river port overnight, officials said."
    assert wire_credit(text, "The Daily Lantern") == "Reuters"
    assert wire_credit(text, "The Daily Lantern (AFP)") == "AFP"
    assert wire_credit(text, "The Daily Lantern") == "Reuters"


def test_a_gate_given_scores_as_the_gate_worked_out() -> None:
    """The linker gates a pair before it reads the pair's wording and targets, and hands the gate on."""
    from wardesk.link.compare import pair_score

    rng = random.Random(5)
    base = (20.0, 30.0)
    day0 = dt.date(2021, 6, 1)
    reports = [
        _report(
            f"g{k}",
            f"art{k}",
            day0 + dt.timedelta(days=rng.randint(0, 3)),
            rng.choice([1, 2]),
            [_place(rng, base) for _ in range(rng.randint(0, 2))],
        )  # fmt: skip
        for k in range(40)
    ]
    opened = 0
    for a in reports:
        for b in reports:
            g = gate(a, b)
            assert pair_score(a, b, gated=g) == pair_score(a, b)
            opened += g.ok
    assert opened > 0


def test_cosine_over_shared_tokens_is_the_full_sum() -> None:
    """The cosine adds only the tokens both texts share: the same float, bit for bit, as the sum over
    every token of the shorter text (a missing token added 0.0)."""
    from wardesk.link.compare import cosine, text_vectors

    rng = random.Random(9)
    words = [f"token{k}" for k in range(60)]
    for _ in range(300):
        x, y = (" ".join(rng.sample(words, rng.randint(1, 40))) for _ in range(2))
        vx, vy = text_vectors({"x": x})["x"], text_vectors({"y": y})["y"]
        small, big = (vx, vy) if len(vx) <= len(vy) else (vy, vx)
        plain = sum(w * big.get(t, 0.0) for t, w in small.items())
        got = cosine(vx, vy)
        assert isinstance(got, float)
        assert got == plain and math.copysign(1.0, got) == math.copysign(1.0, plain)
    assert cosine(text_vectors({"x": "alpha beta"})["x"], text_vectors({"y": "gamma delta"})["y"]) == 0.0


def test_kept_per_text_answers_are_each_texts_own() -> None:
    from wardesk.link.statements import said_day
    from wardesk.link.wire import agency_of

    assert said_day("Shells hit the depot on Tuesday, killing four guards.") == "Tuesday"
    assert said_day("Shells hit the depot on Friday, killing four guards.") == "Friday"
    assert said_day("Shells hit the depot on Tuesday, killing four guards.") == "Tuesday"
    assert agency_of("Agence France-Presse") == "AFP"
    assert agency_of("The Daily Lantern") is None
