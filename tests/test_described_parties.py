"""Parties described by their nationality rather than named ("the soldiers, identified by witnesses
as Russians"): the actor the demonym names, in actor mentions and in claims of responsibility.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from wardesk.extract.actors import ActorLexicon, find_actors
from wardesk.record import Article


@pytest.fixture(scope="module")
def lexicon():
    return ActorLexicon.default()


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("Villagers said the raid was carried out by soldiers identified as Russians.", "soldiers", "Russia"),
        (
            "A farmer told reporters that troops, described by survivors as Eritreans, looted his farm.",
            "troops",
            "Eritrea",
        ),
        ("The convoy was stopped by mercenaries said to be Russian near the mine.", "mercenaries", "Russia"),
        ("Elders said the camp was burned by men who residents said were Eritrean.", "men", "Eritrea"),
        ("Fighters believed to be Rwandan seized the hill above the town at dawn.", "Fighters", "Rwanda"),
        ("The checkpoint was held by gunmen, reportedly Ugandan, for two days.", "gunmen", "Uganda"),
        # the description set off by dashes or a bracket rather than commas
        (
            "Herders said troops \u2013 identified by two elders as Eritreans \u2013 took the cattle.",
            "troops",
            "Eritrea",
        ),
        (
            "The mine was guarded by mercenaries \u2014 said to be Russian \u2014 until June.",
            "mercenaries",
            "Russia",
        ),
        ("Fighters (believed to be Rwandan) crossed the river at night.", "Fighters", "Rwanda"),
    ],
)
def test_actors_described_party_is_the_demonyms_actor(nlp, lexicon, text, noun, expected):
    found = {m.text: m.entry.name for m in find_actors(nlp(text), lexicon)}
    assert found.get(noun) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a nationality that qualifies no party noun, or a party said to be something else
        "Soldiers said to be exhausted withdrew from the village after the Russian election.",
        "The men who were Eritrean citizens by birth voted in the capital.",
    ],
)
def test_actors_described_party_needs_a_party_noun_and_a_qualifier(nlp, lexicon, text):
    names = {(m.text.lower(), m.entry.name) for m in find_actors(nlp(text), lexicon)}
    assert not names & {("soldiers", "Russia"), ("men", "Eritrea")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen burned a hamlet near Wau on Tuesday, killing seven herders. "
            "Survivors accused mercenaries described as Russian of the raid.",
            ("accuses", "Russia", "Survivors"),
        ),
        (
            "Nine farmers were shot dead near Adigrat on Sunday. "
            "Relatives accused soldiers, identified by neighbours as Eritreans, of the shooting.",
            ("accuses", "Eritrea", "Relatives"),
        ),
        # the parser hangs "on" from the act, not the verb, when a clause follows the party
        (
            "A mortar round killed four pupils in Kidal on Monday. "
            "Local officials blamed the deaths on fighters said to be Algerian.",
            ("accuses", "Algeria", "Local officials"),
        ),
    ],
)
def test_blame_accused_party_described_by_nationality(pipeline, text, expected):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    claims = {(c.stance, c.actor, c.source) for e in events for c in e.claims if c.what == "responsibility"}
    assert expected in claims
