"""A toll counted over a period ("since 2023", "since the conflict began", "over the past year")
is an aggregate: never one incident's toll, and its event never joins an incident."""

from __future__ import annotations

import pytest

from wardesk.extract.numbers import Quantity, find_quantities
from wardesk.flows.extract import Pipeline
from wardesk.record import Article


def _find(nlp, text: str) -> list[Quantity]:
    doc = nlp(text)
    return [q for sent in doc.sents for q in find_quantities(sent)]


# (sentence, [(value, aggregate), ...])
PERIOD_CASES = [
    ("Over 600 police officers have been killed in the province since the conflict began.", [(600, True)]),
    ("More than 4,500 civilians have been killed in the region since 2023.", [(4500, True)]),
    ("At least 900 fighters have died since the start of the uprising.", [(900, True)]),
    ("The toll has reached 300 since January.", [(300, True)]),
    ("More than 900 civilians have died in air raids over the past year.", [(900, True)]),
    ("Some 70 villagers were abducted in the district in recent months.", [(70, True)]),
    ("So far this year, 120 aid workers have been killed.", [(120, True)]),
    ("This brings to 200 the number of people killed in the state so far this month.", [(200, True)]),
    # a clause after "since" that starts something still going on
    ("Over 1,000 civilians have been killed in the siege since it was launched.", [(1000, True)]),
    ("At least 300 people have died since fighting erupted in the north.", [(300, True)]),
    ("Twelve people have died since the attack happened.", [(12, False)]),
    # a tally noun's people counted over this month or week
    ("This brings to 200 the number of people killed in the state this month.", [(200, True)]),
    ("The number of people killed this week rose to 30.", [(30, True)]),
    # guards: one event's dead, counted since it happened or on its day or week
    ("Twelve people have died since the attack on the market.", [(12, False)]),
    ("At least 40 people have been killed in clashes since Monday.", [(40, False)]),
    ("Gunmen killed 12 people in the village this week.", [(12, False)]),
    ("The raid lasted three hours and left 9 dead.", [(9, False)]),
    # how long one abduction lasted is no period of many
    ("Gunmen have held 12 hostages for two weeks.", [(12, False)]),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_CASES)
def test_numbers_toll_over_a_period_is_an_aggregate(nlp, text, expected):
    got = [(q.value, q.aggregate) for q in _find(nlp, text) if not q.single]
    assert got == [(pytest.approx(v), a) for v, a in expected]


def _events(text: str) -> list[tuple[str, int | None, list[float]]]:
    out = Pipeline().run(Article(id="t", text=text, published="2024-05-10"))
    return [
        (e.kind, e.fatalities.best, sorted(c.value for c in e.claims if c.what == "killed" and c.value))
        for e in out.events
    ]


EVENT_CASES = [
    (
        "Militants stormed a police post in Lakki Marwat on Tuesday, killing three officers. "
        "Over 600 police officers have been killed in the province since the conflict began.",
        [("incident", 3, [3.0]), ("aggregate", 600, [600.0])],
    ),
    (
        "A drone hit a market in Sagaing on Sunday, killing 12 villagers. "
        "More than 900 civilians have died in the region over the past year.",
        [("incident", 12, [12.0]), ("aggregate", 900, [900.0])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_CASES)
def test_numbers_period_toll_never_joins_an_incident(text, expected):
    assert _events(text) == expected
