"""A people in the plural stands for its country's forces where it acts ("Ukrainians shelled ...",
"struck by the Saudis"), never where it is counted or suffers ("two Ukrainians were killed")."""

from __future__ import annotations

import pytest

from wardesk.extract.actors import ActorLexicon, find_actors
from wardesk.record import Article

PUB = "2023-06-14"


def _initiators(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    return [a.name for e in events for a in e.initiators]


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        ("Ukrainians shelled enemy trenches near Bakhmut overnight, killing 12 soldiers.", "Ukraine"),
        ("Russians fired rockets at a school in Kramatorsk, killing two teachers.", "Russia"),
        (
            "The Ethiopians attacked a town in Tigray on Friday, killing 30 people, witnesses said.",
            "Ethiopia",
        ),
        ("Turks shelled a village near Afrin on Sunday, killing five fighters.", "Turkey"),
        ("A market in Saada was struck by the Saudis on Monday, killing 20 civilians.", "Saudi Arabia"),
    ],
)
def test_a_people_that_acts_is_its_countrys_forces(pipeline, text, initiator):
    assert initiator in _initiators(pipeline, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two Ukrainians were killed when a shell hit their car in Kherson.", "Ukrainians"),
        ("Many Syrians fled after jets bombed the town.", "Syrians"),
        ("The shelling wounded several Yemenis near the port.", "Yemenis"),
        # lower case is no people: a pole is a post
        ("Electricity poles fell across the road after the blast.", "poles"),
    ],
)
def test_a_people_counted_or_suffering_names_no_forces(nlp, text, word):
    doc = nlp(text)
    found = find_actors(doc, ActorLexicon.default())
    assert not any(word in m.text and m.entry.type == "state_forces" for m in found), found
