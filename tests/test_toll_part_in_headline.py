"""A headline may count one kind of the dead that the text then gives as a part of a larger toll
("Three guards killed in blast" over "12 people died, including three guards"): the event's toll
is the whole, the headline's figure stays a claim."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

from wardesk.extract.numbers import find_quantities

# (headline, text, expected best fatalities of the first incident)
CASES = [
    (
        "At least three guards killed in Homs blast",
        "HOMS, March 3 2016 - A suicide bomber struck a police station in Homs on Thursday. "
        "Our reporter learned that 12 people died including three guards as a result of the explosion.",
        12,
    ),
    (
        "Four soldiers among dead in checkpoint attack",
        "Gunmen attacked an army checkpoint near the town of Azaz on Friday. Nine people were killed, "
        "among them four soldiers, a local official said.",
        9,
    ),
    # guards: a headline toll the text gives again as the whole, and a part never given as a part
    (
        "Car bomb kills 12 in Homs",
        "HOMS, March 3 2016 - A car bomb exploded at a market in Homs on Thursday killing 12 people "
        "including three children, the governor said.",
        12,
    ),
    (
        "Three soldiers killed in ambush",
        "Militants ambushed an army patrol near the village of Kafr Nabl on Friday, killing three "
        "soldiers. Two more soldiers were wounded, the army said.",
        3,
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), CASES)
def test_toll_whole_over_a_headline_part(pipeline, title: str, text: str, expected: int) -> None:
    evs = incidents(pipeline, text, "2016-03-05", title=title)
    assert evs, "no incident read"
    assert evs[0].fatalities.best == expected


# a passive participle takes no object: with its comma lost, the count after "those killed" is the
# subject of the clause its auxiliary opens
LOST_COMMA_CASES = [
    ("Apart from those killed at least 90 people were wounded the group said.", [(90, "injured")]),
    ("Besides those killed 40 people were hurt.", [(40, "injured")]),
    ("Besides those killed, 40 people were injured.", [(40, "injured")]),
    # guard: a participle's own agent phrase and a plain toll
    ("Gunmen killed 14 people in the market.", [(14, "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), LOST_COMMA_CASES)
def test_count_after_those_killed_is_its_own_clause(pipeline, text: str, expected) -> None:
    doc = pipeline.nlp(text)
    got = [(int(q.value), q.what) for sent in doc.sents for q in find_quantities(sent)]
    assert got == expected
