"""A side's own losses and the dead it inflicted, told in one breath, add up to the fight's toll."""

from __future__ import annotations

import pytest

from wardesk.extract.numbers import Quantity, find_quantities
from wardesk.flows.extract import Pipeline
from wardesk.record import Article


def _find(nlp, text: str) -> list[Quantity]:
    doc = nlp(text)
    return [q for sent in doc.sents for q in find_quantities(sent)]


# (sentence, the sum of both sides, or None)
SIDE_CASES = [
    ("The army said it lost three soldiers and killed about 20 rebels in the fighting.", 23),
    ("Troops killed 30 militants while losing four of their own.", 34),
    ("The rebels said they killed 15 soldiers and lost two fighters.", 17),
    # guards: no side's losses, or losses of another kind
    ("Two soldiers lost their lives and militants killed three villagers.", None),
    ("The militia lost two trucks and killed six guards.", None),
    ("Gunmen killed five farmers and wounded three herders.", None),
]


@pytest.mark.parametrize(("text", "total"), SIDE_CASES)
def test_numbers_both_sides_dead_add_up(nlp, text, total):
    sums = [q.value for q in _find(nlp, text) if q.derived]
    assert sums == ([pytest.approx(total)] if total is not None else [])


def test_numbers_both_sides_dead_are_the_events_toll():
    text = "Soldiers fought rebels near Tessalit on Friday. The army said it lost two soldiers and killed 18 rebels."
    out = Pipeline().run(Article(id="t", text=text, published="2024-05-10"))
    assert [e.fatalities.best for e in out.events] == [20]
    # the two sides' figures stay the claims; the sum is none
    assert sorted(c.value for c in out.events[0].claims if c.what == "killed") == [2.0, 18.0]
