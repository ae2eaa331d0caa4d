"""A claimant that denies a party's act does not claim it or accuse it in the same breath (round 16): the
state media's "security forces returned fire" read as the army claiming the act, beside the same
source's denial that the army did it and its accusation of the rebels, left the two sides blaming
overlapping parties, and no blame dispute was shown. The denial stands for that party
(``contradictions._accusations``). Events built by hand (no spaCy), in a war of our choosing."""

from __future__ import annotations

import datetime as dt

from wardesk.link import Report, Story
from wardesk.record import Claim, DateSpan, Event, Location

D = dt.date(2023, 4, 9)
VILLAGE = Location(name="Pazigyi", admin1="Sagaing", country="MM", lat=22.17, lon=95.33)


def claim(actor: str, stance: str, source: str) -> Claim:
    return Claim(what="responsibility", actor=actor, stance=stance, source=source)


def report(rid: str, outlet: str, claims: list[Claim]) -> Report:
    ev = Event(
        event_type="air_strike",
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[VILLAGE],
        claims=claims,
    )
    return Report(rid, "art-" + rid, outlet, D, ev)


def kinds(*reports: Report) -> list[str]:
    return [c["kind"] for c in Story(id="s-test", reports=list(reports)).contradictions]


def test_link_denied_and_claimed_the_denial_stands_and_the_dispute_shows() -> None:
    junta = report(
        "1",
        "State Daily",
        [
            claim("People's Defence Force", "accuses", "the information team"),
            claim("Myanmar", "claims", "the information team"),
            claim("Myanmar", "denies", "the information team"),
        ],
    )
    agency = report("2", "Asia Desk", [claim("Myanmar", "accuses", "the UN children's agency")])
    assert "blame" in kinds(junta, agency)


def test_link_denied_and_claimed_a_claim_alone_is_no_blame_dispute() -> None:
    army = report("1", "State Daily", [claim("Myanmar", "claims", "the army")])
    agency = report("2", "Asia Desk", [claim("Myanmar", "accuses", "the UN children's agency")])
    assert "blame" not in kinds(army, agency)
