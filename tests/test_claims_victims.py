"""A count of an attack's victims is its dead when the article gives a death toll (else its
wounded): "the victims included three children" after "killing five people" counts 3 killed."""

from __future__ import annotations

import pytest

from wardesk.extract.numbers import Quantity, find_quantities
from wardesk.flows.extract import Pipeline
from wardesk.record import Article


def _find(nlp, text: str) -> list[Quantity]:
    doc = nlp(text)
    return [q for sent in doc.sents for q in find_quantities(sent)]


# (sentence, [(value, of_victims, part_of_larger), ...]): what numbers reads alone
READ_CASES = [
    ("The victims included three children.", [(3, True, True)]),
    ("Among the victims were four students.", [(4, True, True)]),
    ("Four of the victims were women.", [(4, True, True)]),
    ("The victims, six farmers, were buried on Wednesday.", [(6, True, True)]),
    ("The 12 victims were buried on Sunday.", [(12, True, False)]),
    # guards: a verb that says what befell them wins; other counts are no victims
    ("Gunmen killed 12 victims near the well.", [(12, False, False)]),
    ("The convoy included three trucks.", [(3, False, False)]),
]


@pytest.mark.parametrize(("text", "expected"), READ_CASES)
def test_numbers_victims_read_as_victims(nlp, text, expected):
    got = [(q.value, q.of_victims, q.part_of_larger) for q in _find(nlp, text) if not q.single]
    assert got == [(pytest.approx(v), o, p) for v, o, p in expected]


def _claims(text: str) -> list[tuple[str, float]]:
    out = Pipeline().run(Article(id="t", text=text, published="2024-05-10"))
    return sorted((c.what, c.value) for e in out.events for c in e.claims if c.value is not None)


# (article, claims of every event)
EVENT_CASES = [
    (
        "A suicide bomber blew himself up at a checkpoint in Maiduguri on Monday, killing five people. "
        "The victims included three children.",
        [("killed", 3.0), ("killed", 5.0)],
    ),
    (
        "An explosion hit a bus in Kabul on Friday, killing 11 people. Among the victims were four students.",
        [("killed", 4.0), ("killed", 11.0)],
    ),
    (
        "Militants ambushed a convoy in Borno on Thursday, wounding 14 soldiers. "
        "The victims included two officers.",
        [("injured", 2.0), ("injured", 14.0)],
    ),
    # no toll: the text never says what befell the victims
    (
        "Gunmen opened fire on worshippers at a church in Owo on Sunday. The victims included two children.",
        [("other", 2.0)],
    ),
    # more victims than dead: the wounded are among them, and the count stays "other"
    (
        "A rocket hit a school in Kharkiv on Monday, killing two people. The victims included nine pupils.",
        [("killed", 2.0), ("other", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_CASES)
def test_claims_victims_are_the_events_dead(text, expected):
    assert _claims(text) == expected


# a pronoun for the people just counted, and "the victims were ...", name victims too
MORE_READ_CASES = [
    ("They included two soldiers.", [(2, True, True)]),
    ("Among them were four women.", [(4, True, True)]),
    ("The victims were two women.", [(2, True, True)]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_READ_CASES)
def test_numbers_victims_named_by_pronoun_or_copula(nlp, text, expected):
    got = [(q.value, q.of_victims, q.part_of_larger) for q in _find(nlp, text) if not q.single]
    assert got == [(pytest.approx(v), o, p) for v, o, p in expected]


def test_claims_victims_of_a_told_toll_by_pronoun():
    text = (
        "A car bomb exploded outside a bank in Mosul on Monday, killing 11 people. "
        "They included two soldiers and a girl."
    )
    assert _claims(text) == [("killed", 2.0), ("killed", 11.0)]
