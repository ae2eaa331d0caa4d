"""Tolls read the way a careful coder reads them: a count that adds to an earlier toll ("another
eight were killed"), a total as it now stands ("bringing the toll to 15"), a tally over hours or
days, a relative clause on counted victims, and a toll inside a reason clause."""

from __future__ import annotations

import pytest

from wardesk.extract.numbers import Quantity, find_quantities
from wardesk.flows.extract import Pipeline
from wardesk.record import Article


def _find(nlp, text: str) -> list[Quantity]:
    doc = nlp(text)
    return [q for sent in doc.sents for q in find_quantities(sent)]


# (sentence, [(value, what, increment, running), ...])
GROWING_CASES = [
    ("Another 8 were killed when a second device went off nearby.", [(8, "killed", True, False)]),
    ("Three more died in hospital on Tuesday.", [(3, "killed", True, False)]),
    ("A further 10 people were wounded in the blast.", [(10, "injured", True, False)]),
    ("Medics later recovered an additional 12 bodies.", [(12, "killed", True, False)]),
    ("Police found four more bodies near the river.", [(4, "killed", True, False)]),
    ("The death toll rose to 31 on Wednesday.", [(31, "killed", False, True)]),
    (
        "Two more died overnight, bringing the toll to 15.",
        [(2, "killed", True, False), (15, "killed", False, True)],
    ),
    # the wounded who died are dead, whatever word describes them
    ("Two wounded soldiers died later in hospital.", [(2, "killed", False, False)]),
    # guards: a plain toll, a toll put at a figure, and "more than"
    ("Gunmen killed 12 people in the village.", [(12, "killed", False, False)]),
    ("Officials put the toll at 40.", [(40, "killed", False, False)]),
    ("More than 20 villagers died.", [(20, "killed", False, False)]),
]


@pytest.mark.parametrize(("text", "expected"), GROWING_CASES)
def test_numbers_counts_that_grow_a_toll(nlp, text, expected):
    got = [(q.value, q.what, q.increment, q.running) for q in _find(nlp, text) if not q.single]
    assert got == [(pytest.approx(v), w, i, r) for v, w, i, r in expected]


def test_numbers_another_person_adds_one(nlp):
    (q,) = [q for q in _find(nlp, "Another farmer was wounded by the mine.") if q.single]
    assert (q.what, q.increment) == ("injured", True)


# (sentence, [(value, aggregate), ...]): hours and days counted make a tally, unless one attack did it
SHORT_PERIOD_CASES = [
    ("Air strikes killed 60 people in 24 hours across the province.", [(60, True)]),
    ("At least 45 residents have died in air raids in the past 48 hours.", [(45, True)]),
    ("Government raids have claimed some 40 lives over two days.", [(40, True)]),
    ("Eleven soldiers were killed in ambushes and clashes over the past two days.", [(11, True)]),
    ("Over 200 people were killed in the past week in fighting across the region.", [(200, True)]),
    # one attack's toll, whatever time it took
    ("The attack killed 20 people in less than an hour.", [(20, False)]),
    ("The raid killed 9 villagers in two hours.", [(9, False)]),
    ("The siege of the camp lasted two days and left 30 dead.", [(30, False)]),
    ("The army killed 70 militants in two days of fighting near the border.", [(70, False)]),
    ("At least 45 residents have died in the city in the past 48 hours.", [(45, False)]),
    ("Some 30 fighters were killed in clashes around the village over the past 24 hours.", [(30, False)]),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_PERIOD_CASES)
def test_numbers_toll_over_hours_or_days_is_a_tally(nlp, text, expected):
    got = [(q.value, q.aggregate) for q in _find(nlp, text) if not q.single]
    assert got == [(pytest.approx(v), a) for v, a in expected]


# (sentence, [(value, what, part), ...]): a relative clause on counted victims keeps the toll's kind
RELATIVE_CLAUSE_CASES = [
    ("Among the dead were 12 villagers who had fled their homes last year.", [(12, "killed", True)]),
    ("The dead included four soldiers who were wounded in an earlier ambush.", [(4, "killed", True)]),
    ("Among the victims were 12 women who were abducted by the group in 2019.", [(12, "other", True)]),
    # guards: the clause is the count's own verb when no toll holds the people
    ("Officials counted 300 families who fled the fighting.", [(300, "displaced", False)]),
    ("Police freed 12 women who were abducted last month.", [(12, "abducted", False)]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSE_CASES)
def test_numbers_relative_clause_on_victims_keeps_the_toll_kind(nlp, text, expected):
    got = [(q.value, q.what, q.part_of_larger) for q in _find(nlp, text) if not q.single]
    assert got == [(pytest.approx(v), w, p) for v, w, p in expected]


def _events(text: str) -> list[tuple[str, str, int | None, int | None, str | None]]:
    out = Pipeline().run(Article(id="t", text=text, published="2024-05-10"))
    return [
        (e.kind, e.event_type, e.fatalities.best, e.injuries.best, e.date.start and e.date.start.isoformat())
        for e in out.events
    ]


EVENT_CASES = [
    # an increment adds to the toll it follows
    (
        "A car bomb killed 12 people at a bus station in Kaduna on Monday. "
        "Another 8 were killed when a second device went off nearby.",
        [("incident", "remote_explosive", 20, None, "2024-05-06")],
    ),
    # later deaths and the running total they bring: one event, on its own day, at the total
    (
        "A car bomb killed 12 people at a bus station in Kaduna on Monday. "
        "Three more died in hospital on Tuesday, bringing the toll to 15.",
        [("incident", "remote_explosive", 15, None, "2024-05-06")],
    ),
    (
        "Gunmen attacked a village in Zamfara on Friday, killing 20 people. "
        "Rescuers later found another five bodies, bringing the death toll to 25.",
        [("incident", "attack_on_civilians", 25, None, "2024-05-10")],
    ),
    # "another" dead of an attack told with its own place or event word: that attack's toll
    (
        "Jets bombed a market in Idlib on Sunday, killing 20 people. "
        "Raids on the town of Saraqib killed another six people.",
        [
            ("incident", "air_strike", 20, None, "2024-05-05"),
            ("incident", "air_strike", 6, None, "2024-05-05"),
        ],
    ),
    # a total stated first holds the count told after it
    (
        "A missile hit a bus in Zaporizhzhia on Friday, killing 20 people. "
        "The toll has now reached 24 after another injured man died in hospital.",
        [("incident", "missile_artillery", 24, None, "2024-05-10")],
    ),
    # a tally over hours is no incident's toll
    (
        "Air strikes killed 60 people in 24 hours across Idlib province.",
        [("aggregate", "air_strike", 60, None, None)],
    ),
    # a toll in a reason clause is the earlier event's, and so is its kind of attack
    (
        "Militants attacked an army post in Borno on Monday in revenge for the killing of two of "
        "their commanders.",
        [("incident", "armed_clash", None, None, "2024-05-06")],
    ),
    (
        "Rebels shelled a town in Tigray on Monday in retaliation for an air strike that killed 12 fighters.",
        [("incident", "missile_artillery", None, None, "2024-05-06")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_CASES)
def test_numbers_growing_tolls_in_events(text, expected):
    got = _events(text)
    if expected[0][4] is None:  # a tally's dates are not what this test is about
        got = [(k, t, f, i, None) for k, t, f, i, _ in got]
    assert got == expected


def test_numbers_headline_total_is_not_added_to_again():
    """A headline's total, then the text's first toll and the count added to it: the total."""
    out = Pipeline().run(
        Article(
            id="t",
            title="Market bombing kills 20 in Maiduguri",
            text="A bomb killed 12 people at a market in Maiduguri on Monday. "
            "Another 8 died later in hospital.",
            published="2024-05-07",
        )
    )
    assert [e.fatalities.best for e in out.events if e.kind == "incident"] == [20]
