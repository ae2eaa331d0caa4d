"""A sweep of tallies that must not become one incident's toll, and of hedged tolls, from many wars.

Each case is a short report of our own (no benchmark wording). The first incident's
``fatalities`` and ``injuries`` (low, best, high) are compared with what a careful coder writes:
(i) a count without an attack word over a span of days the sentence states is a tally of that
span, not the toll of the event told before it; (ii) a part of a period's tally ("the toll
includes N killed by X") is no incident's toll either; (iii) what happened to "another"
district, neighbourhood or village is another event, whose figures stay its own; (iv) a hedged
toll ("may have died", "are feared to have been killed", "have been confirmed killed") is still
the event's toll.

Run alone (``python tests/test_tally_sweep.py``) to list every case that comes out wrong and
the number that come out right.
"""

from __future__ import annotations

import sys

import pytest

from article_helpers import NONE, Figure, figure, sweep_main, sweep_params
from wardesk.flows.extract import Pipeline
from wardesk.record import Article


def _exact(n: int) -> Figure:
    return (n, n, n)


def _at_least(n: int) -> Figure:
    return (n, n, None)


# (article text, fatalities, injuries)
SWEEP: list[tuple[str, Figure, Figure]] = [
    # ---- (i) a count over a stated span of days, with no attack word
    (
        "A drone strike on a market in Sanaa on Monday killed seven people. "
        "Between the 3rd and 8th of May, hospitals in the city received 140 bodies.",
        _exact(7),
        NONE,
    ),
    (
        "Shelling hit a bakery in Kharkiv on Tuesday, killing four people, officials said. "
        "From 10 to 15 March, the city morgue registered 96 bodies.",
        _exact(4),
        NONE,
    ),
    (
        "Gunmen attacked a checkpoint near Gao on Friday, killing five soldiers. "
        "Between 2 and 9 June, clinics in the region treated 230 wounded people.",
        _exact(5),
        NONE,
    ),
    (
        "An air raid on a school in Rafah on Sunday killed nine children, medics said. "
        "Over six days, the main hospital received more than 300 dead.",
        _exact(9),
        NONE,
    ),
    (
        "A car bomb exploded near a mosque in Kabul on Thursday, killing 11 worshippers. "
        "From the 1st to the 6th of October, the health ministry recorded 85 deaths in the capital.",
        _exact(11),
        NONE,
    ),
    (
        "Militiamen raided a village near Bunia on Wednesday, killing 14 civilians. "
        "Between 4 and 10 April, aid workers buried 120 bodies in the district.",
        _exact(14),
        NONE,
    ),
    (
        "A rocket hit a bus in Donetsk on Monday, killing three passengers. "
        "In the five days to Sunday, city hospitals admitted 210 injured people.",
        _exact(3),
        NONE,
    ),
    (
        "Soldiers opened fire on protesters in Khartoum on Saturday, killing six people. "
        "Between 12 and 19 January, doctors counted 57 dead across the capital's clinics.",
        _exact(6),
        NONE,
    ),
    (
        "The army said 85 militants were killed during a military operation in the forest from 2 to 9 March.",
        _exact(85),
        NONE,
    ),
    # ---- (ii) a part of a period's tally
    (
        "Two people died when mortars hit a square in Taiz on Monday, state media said. "
        "A monitor said 420 people had been killed in the province over the past month. "
        "The toll includes 95 people killed by artillery fire.",
        _exact(2),
        NONE,
    ),
    (
        "A strike on a fuel depot in Idlib on Friday killed one worker, rescuers said. "
        "The war has killed 3,000 people in the region this year, among them 410 killed by air raids.",
        _exact(1),
        NONE,
    ),
    (
        "Rebels shelled a district of Goma on Tuesday, killing four residents. "
        "Since January, 650 civilians have died in the province; the toll includes 180 killed by shelling.",
        _exact(4),
        NONE,
    ),
    (
        "A roadside bomb hit a patrol near Kirkuk on Sunday, killing two policemen. "
        "The ministry said 260 people were killed in the country last month, including 70 killed by bombs.",
        _exact(2),
        NONE,
    ),
    (
        "Gunmen stormed a church in Benue on Saturday, killing eight worshippers. "
        "Over the past year 1,200 people have died in the state. "
        "Among them were 300 killed by bandits.",
        _exact(8),
        NONE,
    ),
    (
        "An air strike killed five fishermen near Hodeidah on Wednesday. "
        "The monitor put the toll in the province since March at 900; the toll includes 220 "
        "people killed by coalition aircraft.",
        _exact(5),
        NONE,
    ),
    # ---- (iii) another district, neighbourhood or village
    (
        "A bomb on a bus in Aleppo on Monday killed 14 people and wounded 30. "
        "Rockets on another neighbourhood wounded 12 earlier in the day.",
        _exact(14),
        _exact(30),
    ),
    (
        "Shells struck a market in Mariupol on Friday, killing eight people. "
        "Later, strikes on another district killed three more.",
        _exact(8),
        NONE,
    ),
    (
        "Gunmen killed 10 villagers in Zamfara on Tuesday, police said. "
        "Attackers also raided another village, killing four people.",
        _exact(10),
        NONE,
    ),
    (
        "An air strike hit a clinic in Marib on Sunday, killing six patients. "
        "A second strike on another village nearby wounded 15 people.",
        _exact(6),
        NONE,
    ),
    (
        "Mortar fire killed three children in a camp near Baidoa on Thursday. "
        "In another neighbourhood, a grenade wounded nine people.",
        _exact(3),
        NONE,
    ),
    (
        "A suicide bomber killed 20 people at a rally in Quetta on Wednesday. "
        "Hours later a blast in another district wounded 17 people.",
        _exact(20),
        NONE,
    ),
    (
        "Artillery pounded a residential block in Kherson on Saturday, killing five. "
        "Shelling of another neighbourhood wounded 11 in the evening.",
        _exact(5),
        NONE,
    ),
    (
        "A drone hit a wedding in Sagaing on Monday, killing 12 guests and wounding 20. "
        "Troops burned another village the same day, killing seven residents.",
        _exact(12),
        _exact(20),
    ),
    (
        "A drone struck a convoy of displaced families near Kosti on Monday, killing 13 people. "
        "The convoy had been allowed to leave two other towns under a truce.",
        _exact(13),
        NONE,
    ),
    # ---- (iv) hedged tolls
    (
        "Up to 40 migrants may have died when a boat was shelled off Tripoli on Monday.",
        (None, 40, 40),
        NONE,
    ),
    (
        "Fifteen workers are feared to have been killed when a missile hit a factory in Dnipro on Tuesday.",
        _exact(15),
        NONE,
    ),
    (
        "Twelve civilians have been confirmed killed at a market in Maarat after an air strike on Friday.",
        _exact(12),
        NONE,
    ),
    (
        "Seven guards have been confirmed killed by a drone strike on a depot in Kassala on Friday.",
        _exact(7),
        NONE,
    ),
    (
        "At least 30 people are feared dead after militants attacked a camp in Borno on Sunday.",
        _at_least(30),
        NONE,
    ),
    (
        "Nine soldiers are believed to have been killed in an ambush near Menaka on Wednesday.",
        _exact(9),
        NONE,
    ),
    (
        "At least 22 villagers have been confirmed dead after gunmen raided Kajuru on Saturday.",
        _at_least(22),
        NONE,
    ),
    (
        "As many as 60 people may have been killed in the shelling of a shelter in El Obeid on Monday.",
        (None, 60, 60),
        NONE,
    ),
    (
        "Eight fishermen are feared to have drowned after a patrol boat rammed their vessel off Gaza on Friday.",
        _exact(8),
        NONE,
    ),
    (
        "Police said 18 people have been confirmed killed by a bombing at a bus stop in Jos on Thursday.",
        _exact(18),
        NONE,
    ),
    (
        "Six aid workers are feared killed after an air strike hit their convoy near Kadugli on Tuesday.",
        _exact(6),
        NONE,
    ),
]


def _read(pipeline: Pipeline, text: str) -> tuple[Figure, Figure]:
    """The first incident's (fatalities, injuries); no incident reads as no figures."""
    events = pipeline.run(Article(id="sweep", text=text, published="2024-06-15")).events
    events = [e for e in events if e.kind == "incident" and not e.background] or events
    if not events:
        return NONE, NONE
    return figure(events[0].fatalities), figure(events[0].injuries)


#: Cases still read wrong, with why: each must fail (strict), so a fix shows here.
KNOWN_MISSES: dict[str, str] = {
    "An air raid on a school in Rafah on Sunday killed nine children, medics said. "
    "Over six days, the main hospital received more than 300 dead.": (
        "'over six days' is no time expression: the period's 300 joins the raid and opens its high"
    ),
    "Seven guards have been confirmed killed by a drone strike on a depot in Kassala on Friday.": (
        "with a 'by' agent the participle is not read as the state said of the guards: no figure"
    ),
    "Eight fishermen are feared to have drowned after a patrol boat rammed their vessel off Gaza on Friday.": (
        "neither 'drowned' nor 'rammed' is a word of an attack: no event"
    ),
}


@pytest.mark.parametrize(("text", "dead", "hurt"), sweep_params(SWEEP, KNOWN_MISSES))
def test_tally_sweep_of_tallies_parts_others_and_hedges(pipeline, text, dead, hurt):
    assert _read(pipeline, text) == (dead, hurt)


if __name__ == "__main__":
    sys.exit(sweep_main(_read, SWEEP))
