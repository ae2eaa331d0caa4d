"""Who the dead were, in dispute: a state's count of militants against another claimant's count of
civilians or people for one incident is one toll told two ways (``contradictions._identity_dispute``)."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.link import Report, Story
from wardesk.record import Actor, Claim, Count, DateSpan, Event, Evidence, Location

D = dt.date(2022, 3, 14)
VILLAGE = Location(name="Kasungu", admin1="Central", country="MW", lat=-13.03, lon=33.48)
ARMY = Actor(name="Malawi", type="state_forces", text="soldiers")
GUNMEN = Actor(name="Unidentified armed group", type="unknown", text="gunmen")


def told(
    rid: str,
    outlet: str,
    sentence: str,
    claims: list[tuple[int, str, str]],
    initiators: tuple[Actor, ...] = (),
    etype: str = "armed_clash",
) -> Report:
    """A report of the incident whose toll claims (value, phrase, source) are read from ``sentence``."""
    cl = [Claim(what="killed", value=v, text=phrase, source=src) for v, phrase, src in claims]
    top = max(v for v, _, _ in claims)
    ev = Event(
        event_type=etype,
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[VILLAGE],
        initiators=list(initiators),
        fatalities=Count(low=top, best=top),
        claims=cl,
        evidence=[Evidence(start=0, end=len(sentence))],
    )
    rep, _ = Report.read(rid, "art-" + rid, outlet, D, ev, sentence)
    return rep


def kinds(*reports: Report) -> list[str]:
    return [c["kind"] for c in Story(id="s-test", reports=list(reports)).contradictions]


ARMY_SAYS = (
    "The army said troops killed 30 terrorists near Kasungu.",
    [(30, "killed 30 terrorists", "The army")],
)


@pytest.mark.parametrize(
    ("other", "initiators", "disputed"),
    [
        # the villagers' elders count civilians: one toll, two accounts of who died
        (
            (
                "Elders said soldiers killed 12 villagers near Kasungu.",
                [(12, "killed 12 villagers", "Elders")],
            ),
            (ARMY,),
            True,
        ),
        # a count of people, no killer named, from an act only states carry out
        (
            (
                "An air strike near Kasungu killed 19 people, a nurse said.",
                [(19, "killed 19 people", "a nurse")],
            ),
            (),
            True,
        ),
        # no killer named for an act anyone may carry out: the dead may be another group's
        (
            ("Shelling near Kasungu killed 19 people, a nurse said.", [(19, "killed 19 people", "a nurse")]),
            (),
            False,
        ),
        # one size: not a toll dispute
        (
            (
                "Elders said soldiers killed 28 villagers near Kasungu.",
                [(28, "killed 28 villagers", "Elders")],
            ),
            (ARMY,),
            False,
        ),
        # the gunmen's victims: another group of dead than the gunmen the troops killed
        (
            (
                "Gunmen killed 12 villagers near Kasungu, a chief said.",
                [(12, "killed 12 villagers", "a chief")],
            ),
            (GUNMEN,),
            False,
        ),
        # one claimant counts both groups: two groups of dead
        (
            (
                "Gunmen killed 12 villagers and troops killed 30 terrorists, the army said.",
                [(12, "killed 12 villagers", "The army"), (30, "killed 30 terrorists", "The army")],
            ),
            (),
            False,
        ),
    ],
)
def test_link_identity_dispute_militants_against_civilians(
    other: tuple[str, list[tuple[int, str, str]]], initiators: tuple[Actor, ...], disputed: bool
) -> None:
    etype = "air_strike" if other[0].startswith("An air strike") else "armed_clash"
    """A state's militants against another's civilians or people is a toll dispute, unless the tolls
    agree, the victims are an armed group's, or one claimant counts both."""
    army = told("1", "State Radio", *ARMY_SAYS, initiators=(ARMY,))
    rival = told("2", "Rights Monitor", *other, initiators=initiators, etype=etype)
    assert ("fatalities" in kinds(army, rival)) == disputed
