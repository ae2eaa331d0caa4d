"""ACLED's precedence between a battle and the heavy weapons fired in it (``extract.precedence``):
which weapon words are a fighting side's means, and when a sentence tells two sides engaging.
Sentences are our own."""

from __future__ import annotations

import pytest

from article_helpers import incidents
from wardesk.extract.precedence import engagement_told, fought_back, supporting_fire

PUBLISHED = "2024-05-15"


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Government troops backed by helicopters fought the rebels near Kidal.", "helicopters"),
        ("The garrison beat off the raid with the help of warplanes on Sunday.", "warplanes"),
        ("Soldiers called in air support and repelled the militants.", "air"),
        ("The marines used mortars during the fighting at the port.", "mortars"),
        ("The air force provided cover while the militia battled the insurgents.", "force"),
    ],
)
def test_precedence_weapon_is_a_sides_means(nlp, text, word):
    doc = nlp(text)
    assert supporting_fire(_token(doc, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Warplanes bombed a market in the town on Monday.", "Warplanes"),
        ("Artillery shells hit a school near the border.", "Artillery"),
    ],
)
def test_precedence_weapon_that_strikes_on_its_own(nlp, text, word):
    doc = nlp(text)
    assert not supporting_fire(_token(doc, word))


@pytest.mark.parametrize(
    ("text", "engaged"),
    [
        ("Police returned fire and the attackers fled into the forest.", True),
        ("The troops pushed back the insurgents who had raided the camp.", True),
        ("The army engaged the militants at dawn.", True),
        ("The army engaged in talks with the rebels on Monday.", False),
        ("Jets struck the depot on Tuesday.", False),
        ("Police held back the protesters at the bridge.", False),
        ("The garrison's counterattack drove the raiders out by noon.", True),
    ],
)
def test_precedence_fought_back(nlp, text, engaged):
    sent = next(nlp(text).sents)
    assert fought_back(sent) is engaged
    assert engagement_told(sent, []) is engaged


@pytest.mark.parametrize(
    "text",
    [
        "Paramilitary police backed by two attack helicopters fought bandits near Tsafe on Friday, killing 14 of them.",
        "Federal troops used howitzers during fierce fighting with separatists outside Grozny on Monday, the ministry said.",
        "Marines repelled an assault on their outpost near Marawi on Thursday with the help of gunships, killing nine gunmen.",
    ],
)
def test_precedence_battle_with_heavy_weapons_is_a_battle(pipeline, text):
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == "armed_clash", [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Attack helicopters fired rockets at a convoy near Tsafe on Friday, killing 14 people.",
        "Federal howitzers shelled the outskirts of Grozny on Monday, killing six residents, the ministry said.",
    ],
)
def test_precedence_one_sided_fire_stays_remote(pipeline, text):
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type in ("air_strike", "missile_artillery"), [
        e.event_type for e in events
    ]


def test_precedence_lethal_attack_on_working_people_is_no_other(pipeline):
    text = "Armed herders attacked cattle traders resting by the road near Mokwa on Sunday, killing seven, a local leader said."
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == "attack_on_civilians", [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded near a checkpoint in Kismayo on Monday, killing six people, police said. "
        "Witnesses said about 20 gunmen entered a hotel in Kismayo and killed four guests.",
        "Jets struck a market in Kidal on Monday, killing six people, residents said. "
        "Gunmen entered a guesthouse in Kidal and killed four travellers, a local official said.",
    ],
)
def test_precedence_gunmen_entering_a_place_are_no_harm_of_a_strike(pipeline, text):
    """A raid on foot told after a bombing or a strike in the same town is an attack of its own,
    not the strike's harm to civilians (``merge._harm_of_strike``)."""
    types = [e.event_type for e in incidents(pipeline, text, PUBLISHED)]
    assert "attack_on_civilians" in types and len(types) == 2, types
