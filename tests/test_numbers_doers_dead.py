"""The attack's doers who die are never among their victims, and a toll told "also" adds to the
one before it: both grow the event's toll."""

from __future__ import annotations

import pytest

from wardesk.extract.numbers import Quantity, find_quantities
from wardesk.flows.extract import Pipeline
from wardesk.record import Article


def _find(nlp, text: str) -> list[Quantity]:
    doc = nlp(text)
    return [q for sent in doc.sents for q in find_quantities(sent)]


# (sentence, [(value, what, part_of_larger, increment), ...])
DOER_CASES = [
    ("The gunman was later shot dead by the guards.", [(1, "killed", False, True)]),
    ("Three of the raiders were killed in the gunfight.", [(3, "killed", False, True)]),
    ("Two traders were also killed in the market.", [(2, "killed", False, True)]),
    ("Two of the kidnappers were wounded.", [(2, "injured", False, True)]),
    # guards: the doer who kills, a part of the dead, a count with no word that adds it
    ("The gunman killed four worshippers.", [(4, "killed", False, False)]),
    ("Two of the dead were children.", [(2, "killed", True, False)]),
    ("The soldier was killed at the gate.", []),
]


@pytest.mark.parametrize(("text", "expected"), DOER_CASES)
def test_numbers_doers_dead_add_to_the_toll(nlp, text, expected):
    got = [(q.value, q.what, q.part_of_larger, q.increment) for q in _find(nlp, text)]
    assert got == [(pytest.approx(v), w, p, i) for v, w, p, i in expected]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Raiders killed seven herders near Wajir on Sunday. Two of the raiders were also killed.", 9),
        (
            "A bomb at a checkpoint near Kirkuk killed four policemen on Monday. The attacker was killed too.",
            5,
        ),
    ],
)
def test_numbers_doers_dead_grow_the_events_toll(text, toll):
    out = Pipeline().run(Article(id="t", text=text, published="2024-05-10"))
    assert out.events[0].fatalities.best == toll
