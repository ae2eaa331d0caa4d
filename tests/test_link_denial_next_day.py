"""A side's denial published the day after the account it answers, dated by the day it was made (the
text names no other), joins that account: the denial's day is the answer's, not a second day's news
(``compare._answers`` in ``compare_dates``). Without the denial, two reports each dated to their own,
different publication days stay two days' news.

Events built by hand (no spaCy); our own wording, places in Nagorno-Karabakh.
"""

from __future__ import annotations

import datetime as dt

from wardesk.link import Report, link_reports
from wardesk.record import Actor, Claim, Count, DateSpan, Event, Location

DAY = dt.date(2020, 10, 4)
NEXT = DAY + dt.timedelta(days=1)
TOWN = Location(
    name="Martakert", country="AZ", lat=40.21, lon=46.81, precision="exact", coords_from="gazetteer"
)
AZ = Actor(name="Azerbaijan", type="state_forces")


def report(rid: str, published: dt.date, claims: list[Claim], toll: int | None) -> Report:
    """One outlet's report, dated to its own publication day, of a drone strike on the town."""
    e = Event(
        event_type="air_strike",
        date=DateSpan(start=published, end=published, precision="day"),
        locations=[TOWN],
        initiators=[AZ],
        targets=[Actor(name="Civilians", type="civilians")],
        fatalities=Count(low=toll, best=toll),
        claims=claims,
    )
    return Report(rid, "art-" + rid, "outlet-" + rid, published, e, None)


ACCUSES = Claim(what="responsibility", actor="Azerbaijan", stance="accuses", source="the town's mayor")
DENIES = Claim(what="responsibility", actor="Azerbaijan", stance="denies", source="the defence ministry")
TEXTS = {
    "1": "Drones struck the market of Martakert today, killing four people, the town's mayor said.",
    "2": "The defence ministry today rejected claims that its drones struck the market of Martakert.",
}


def test_link_denial_next_day_joins_the_account() -> None:
    a = report("1", DAY, [ACCUSES], 4)
    b = report("2", NEXT, [DENIES], None)
    assert len(link_reports([a, b], texts=TEXTS)) == 1


def test_link_denial_next_day_control_two_days_news() -> None:
    a = report("1", DAY, [ACCUSES], 4)
    b = report("2", NEXT, [ACCUSES], None)
    assert len(link_reports([a, b], texts=TEXTS)) == 2
