"""Two reports that name one scene (the same village under any spelling) link, whatever other sites
each adds around it (its dateline's city, the district seat): ``compare.distinct_sites`` parts only
reports that meet on an area holding two scenes, not on the scene itself.

Events built by hand (no spaCy): the places as the geocoder would give them, with ``coords_from``
saying whether a point is the place's own or borrowed from its town or province. Invented points in
Borno state, Nigeria.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.link import Report, link_reports
from wardesk.link.compare import distinct_sites
from wardesk.record import Actor, Count, DateSpan, Event, Location

D = dt.date(2021, 6, 13)


def place(
    name: str, lat: float, lon: float, precision: str = "exact", coords_from: str | None = "gazetteer"
) -> Location:
    """A place in Borno state as the geocoder gives it."""
    return Location(
        name=name,
        admin1="Borno",
        country="NG",
        lat=lat,
        lon=lon,
        precision=precision,
        coords_from=coords_from,
    )  # type: ignore[arg-type]


#: the capital an outlet writes from, far from the scene
DATELINE = place("Maiduguri", 11.85, 13.16)
STATE = place("Borno", 11.5, 13.0, precision="admin1")
#: the district seat, and a village of it: by the seat's point in one report, the state's in the other
SEAT = place("Monguno", 12.67, 13.61, precision="near")
VILLAGE_BY_SEAT = place("Kekeno", 12.67, 13.61, precision="near", coords_from="town:Monguno")
VILLAGE_BY_STATE = place("Kekeno", 11.5, 13.0, precision="near", coords_from="admin1:Borno")
VILLAGE_SPELT = place("Kekenno", 11.5, 13.0, precision="near", coords_from="admin1:Borno")
#: a town of the capital's own area: a scene of its own, "near" the capital
SUBURB = place("Jere", 11.88, 13.2, precision="near")
CAPITAL_NEAR = place("Maiduguri", 11.85, 13.16, precision="near")
GWOZA = place("Gwoza", 11.08, 13.69, precision="near")

TEXT = "Fighters raided the village at dawn on Sunday, burning homes and killing nine people, residents said."


def report(rid: str, places: list[Location], etype: str, side: tuple[str, str]) -> Report:
    """One outlet's report of a raid on day D at the given places, by the given side."""
    e = Event(
        event_type=etype,
        date=DateSpan(start=D, end=D, precision="day"),
        locations=places,
        initiators=[Actor(name=side[0], type=side[1])],  # type: ignore[arg-type]
        targets=[Actor(name="Civilians", type="civilians")],
        fatalities=Count(low=9, best=9),
    )
    return Report(rid, "art-" + rid, "outlet-" + rid, D, e, None)


ARMY = ("Nigeria", "state_forces")
ISWAP = ("ISWAP", "rebel_group")


@pytest.mark.parametrize(
    "a,b,linked",
    [
        # the village and its district seat against the dateline city and the village (by the state)
        ([VILLAGE_BY_SEAT, SEAT, STATE], [DATELINE, VILLAGE_BY_STATE], True),
        # the same, the village spelt another way by the second outlet
        ([VILLAGE_BY_SEAT, SEAT, STATE], [DATELINE, VILLAGE_SPELT], True),
        # the village first in one, after another town of the state in the other
        ([VILLAGE_BY_STATE, STATE], [GWOZA, VILLAGE_BY_SEAT, STATE], True),
        # both meet only on "near" the capital, each naming its own suburb-scene: still two events
        ([CAPITAL_NEAR, SUBURB, STATE], [CAPITAL_NEAR, VILLAGE_BY_STATE, STATE], False),
    ],
)
def test_link_shared_site(a: list[Location], b: list[Location], linked: bool) -> None:
    ra = report("1", a, "attack_on_civilians", ISWAP)
    rb = report("2", b, "armed_clash", ARMY)
    assert distinct_sites(ra, rb) is (not linked) is distinct_sites(rb, ra)
    if linked:
        assert len(link_reports([ra, rb], texts={"1": TEXT, "2": TEXT})) == 1
