"""Who the actors of an event are, end to end on short articles written for these tests: the
speakers, officials, agencies and outlets around a war are never its initiators, possessives and
variants fold, generic descriptions resolve by the article's context, unlisted groups keep their name."""

from __future__ import annotations

import pytest

from wardesk.flows.extract import Pipeline
from wardesk.record import Article

PUB = "2023-06-14"


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text, title=None, published=PUB):
    return pipeline.run(Article(id="t", title=title, text=text, published=published)).events


def _initiators(pipeline, text, **kw):
    return [a.name for e in _events(pipeline, text, **kw) for a in e.initiators]


@pytest.mark.parametrize(
    "text,absent",
    [
        # the subject of a verb that takes the attack as its object reacts to it
        ("Turkey condemned the car bomb attack that killed nine people in Afrin on Sunday.", "Turkey"),
        ("Kenya strongly denounced the bombing in Mogadishu on Tuesday that killed 12 people.", "Kenya"),
    ],
)
def test_extract_actors_who_reacts_to_an_attack_is_not_its_initiator(pipeline, text, absent):
    assert absent not in _initiators(pipeline, text)


@pytest.mark.parametrize(
    "text,present",
    [
        # ... but a light verb or a verb of fighting it off keeps the role
        (
            "Nigerian troops repelled an assault on their base in Borno on Monday, killing 20 insurgents.",
            "Nigeria",
        ),
        ("Colombian troops staged a raid on a camp in Cauca on Friday, killing four rebels.", "Colombia"),
        (
            "Al-Shabaab militants left a bomb in a crowded market in Kismayo on Friday, killing six people.",
            "al-Shabaab",
        ),
    ],
)
def test_extract_actors_who_carries_out_or_fights_off_an_attack_keeps_the_role(pipeline, text, present):
    assert present in _initiators(pipeline, text)
