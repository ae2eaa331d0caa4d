"""'X blamed Y. X said it denied ...': in the accuser's words 'it' is the party accused, while a
speaker that accused no one and says it denied denies for itself (blame._group_pronoun)."""

from __future__ import annotations

import pytest

from wardesk.record import Article


def _denials(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published="2024-03-06")).events
    return [
        (c.source, c.actor)
        for e in events
        for c in e.claims
        if c.what == "responsibility" and c.stance == "denies"
    ]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "Gunmen attacked a police post in Kaduna on Monday, killing three officers. Police blamed "
            "the Ansaru group for the attack. Police said it denied any role.",
            "Ansaru",
        ),
        (
            "Rebels shelled a market in Bunia on Friday, killing eight people. The army accused the "
            "CODECO militia. The army said it denied involvement.",
            "CODECO",
        ),
    ],
)
def test_it_in_the_accusers_words_is_the_party_accused(pipeline, text, denier):
    denials = _denials(pipeline, text)
    assert denials and all(source == denier for source, _actor in denials), denials


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a group named before, but accused by no one: the speaker denies
        (
            "Fighters of the Ansaru group attacked a police post in Kaduna on Monday, killing three "
            "officers. Police said it denied reports that officers fled.",
            "Police",
        ),
        (
            "Gunmen attacked a police post in Kaduna on Monday, killing three officers. The army said "
            "it denied any role in the violence.",
            "The army",
        ),
    ],
)
def test_a_speaker_that_accused_no_one_denies_itself(pipeline, text, speaker):
    denials = _denials(pipeline, text)
    assert denials and all(source == speaker for source, _actor in denials), denials
