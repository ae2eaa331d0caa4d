"""An article's aside goes where its main event goes (``cluster._send_home``): a report of another family
than its article's main report, told of that report's days and places, is the article's second reading
of its own event (the other side's account of it) or an act around it. It stays out of a story of
several articles that lacks the main report, and an alone main report takes its place there when it
scores with that story's reports. Reports built by hand (no spaCy), in a war of our choosing (the
Sahel, a market town and its region)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from wardesk.link import Report, link_reports
from wardesk.record import Actor, Count, DateSpan, Event, Location

D = dt.date(2023, 2, 11)
TOWN = Location(name="Tessit", admin1="Gao", country="ML", lat=15.013, lon=0.9667, precision="exact")
REGION = Location(name="Gao", admin1="Gao", country="ML", precision="admin1")
ARMY = Actor(name="Malian Armed Forces", type="state_forces")
JIHADISTS = Actor(name="Islamic State Sahel Province", type="rebel_group")

#: our own wordings, one per report, as the outlets of each side would write them
WORDS = {
    "army-bulletin:0": "The general staff said its units at Tessit beat back a jihadist column on Saturday "
    "and that four soldiers fell in the exchange of fire.",
    "army-bulletin:1": "According to the same bulletin, aircraft then struck the retreating column south "
    "of Tessit during the afternoon.",
    "herders-radio:0": "Herders returning to Tessit said aircraft bombed the cattle market on Saturday "
    "afternoon and killed dozens of people gathered there.",
    "rights-desk:0": "A rights group said an air raid hit the weekly livestock market in Tessit on "
    "Saturday, and that traders and children were among the dead.",
    "claims-wire:0": "The Islamic State's Sahel branch said its fighters stormed the army camp at Tessit "
    "on Saturday and killed twenty soldiers before withdrawing.",
    "claims-wire:1": "Townspeople said the same day that the fighters had shot twenty civilians dead in "
    "the streets of Tessit while leaving the town.",
    "mali-daily:0": "Residents of Tessit buried twenty-one civilians on Sunday, killed by gunmen who "
    "went through the market district on Saturday.",
    "sahel-monitor:0": "A local official in Tessit said twenty-two civilians were gunned down by "
    "jihadists in the market area on Saturday.",
    "echo-a:0": "Gunmen on motorbikes killed thirty villagers at the market of Tessit on Saturday, local "
    "officials said.",
    "echo-a:1": "The army said separately that it had fought the attackers somewhere in the Gao region "
    "that day.",
    "echo-b:0": "Thirty-two people died when armed men opened fire at the Saturday market in Tessit, "
    "according to a health worker.",
    "echo-b:1": "Soldiers later exchanged fire with the gunmen in the Gao region, a security source said.",
}


def _event(etype: str, dead: int | None, place: Location = TOWN, who: Actor = ARMY) -> Event:
    return Event(
        event_type=etype,  # type: ignore[arg-type]
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[place],
        initiators=[who],
        fatalities=Count(low=dead, best=dead) if dead is not None else Count(),
    )


def _told(rid: str, ev: Event) -> Report:
    article, n = rid.split(":")
    return Report(rid, article, "outlet " + article, D + dt.timedelta(days=1), ev, main=n == "0")


def _groups(reports: list[Report]) -> list[list[str]]:
    stories = link_reports(reports, texts={r.report_id: WORDS[r.report_id] for r in reports})
    return sorted(sorted(s.report_ids) for s in stories)


def _strike_story() -> list[Report]:
    """The army's bulletin leads on a clash (its main event) and adds air strikes on the column; two
    outlets tell only the air raid on the market."""
    return [
        _told("army-bulletin:0", _event("armed_clash", 4, who=JIHADISTS)),
        _told("army-bulletin:1", _event("air_strike", None)),
        _told("herders-radio:0", _event("air_strike", 30)),
        _told("rights-desk:0", _event("air_strike", 35)),
    ]


def _claim_story() -> list[Report]:
    """A wire leads on the jihadists' claim of a camp stormed (a clash) and then gives the townspeople's
    count of civilians shot; two outlets tell the killings of civilians, of one size."""
    return [
        _told("claims-wire:0", _event("armed_clash", 20, who=JIHADISTS)),
        _told("claims-wire:1", _event("attack_on_civilians", 20, who=JIHADISTS)),
        _told("mali-daily:0", _event("attack_on_civilians", 21, who=JIHADISTS)),
        _told("sahel-monitor:0", _event("attack_on_civilians", 22, who=JIHADISTS)),
    ]


def test_link_asides_an_echo_of_asides_is_no_story() -> None:
    """Two outlets lead on the market killings and each adds the army's fight "in the region": their
    asides, placed only at the region, paired into a story of their own (before); they stand alone."""
    rs = [
        _told("echo-a:0", _event("attack_on_civilians", 30, who=JIHADISTS)),
        _told("echo-a:1", _event("armed_clash", None, place=REGION, who=JIHADISTS)),
        _told("echo-b:0", _event("attack_on_civilians", 32, who=JIHADISTS)),
        _told("echo-b:1", _event("armed_clash", None, place=REGION, who=JIHADISTS)),
    ]
    got = _groups(rs)
    assert ["echo-a:0", "echo-b:0"] in got
    assert ["echo-a:1"] in got and ["echo-b:1"] in got


def test_link_asides_the_main_report_takes_its_asides_place() -> None:
    """The wire's second reading (the civilians shot) reached the killings' story first and kept its
    clash out, one report per article (before: the clash alone); the clash, one toll at one scene,
    scores with both outlets, so it is the wire's voice there."""
    got = _groups(_claim_story())
    (story,) = [g for g in got if "mali-daily:0" in g]
    assert {"claims-wire:0", "mali-daily:0", "sahel-monitor:0"} <= set(story)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("build", [_strike_story, _claim_story])
def test_link_asides_do_not_depend_on_order(seed: int, build) -> None:
    rs = build()
    texts = {r.report_id: WORDS[r.report_id] for r in rs}
    once = sorted(sorted(s.report_ids) for s in link_reports(rs, texts=texts))
    shuffled = rs[:]
    random.Random(seed).shuffle(shuffled)
    for cut in (1, 2, 3):
        first = link_reports(shuffled[:cut], texts=texts)
        got = link_reports(shuffled[cut:], existing=first, texts=texts)
        assert sorted(sorted(s.report_ids) for s in got) == once
