"""A person named beside a count ("a commander and 21 of his men") is one more of the dead, and the
people of that person are of the person's side."""

from __future__ import annotations

import pytest

from wardesk.extract.numbers import Quantity, find_quantities


def _find(nlp, text: str) -> list[Quantity]:
    doc = nlp(text)
    return [q for sent in doc.sents for q in find_quantities(sent)]


# (sentence, the sum the count and the person make, or None)
JOINED_CASES = [
    ("A captain and 16 of his men were killed when rebels overran the outpost.", 17),
    ("A village elder and three of his sons died in the raid on the farm.", 4),
    ("A pharmacist and two customers were killed when a mortar hit the shop.", 3),
    ("A headman and nine herders were killed when raiders attacked the camp.", 10),
    # guards: a count of people and a wider word that may hold them; a person who is the doer
    ("Eleven civilians and four children died when the shell struck the market.", None),
    ("A gunman killed nine shoppers at the mall.", None),
]


@pytest.mark.parametrize(("text", "total"), JOINED_CASES)
def test_numbers_person_joined_to_a_count_adds_one(nlp, text, total):
    sums = [q.value for q in _find(nlp, text) if q.derived]
    assert sums == ([pytest.approx(total)] if total is not None else [])


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("A colonel and 14 of his men were killed in the ambush.", "combatants"),
        ("A schoolteacher and five of her pupils were killed in the strike.", "civilians"),
    ],
)
def test_numbers_people_of_a_person_are_of_the_persons_side(nlp, text, side):
    (part,) = [q for q in _find(nlp, text) if q.part_of_larger and not q.single]
    assert part.victims == side
