"""Denials name the party that denies (the subject of the denial) and are read in their many
grammatical forms: on short articles written for these tests, read end to end by the extract
stage."""

from __future__ import annotations

import pytest

from wardesk.flows.extract import Pipeline
from wardesk.record import Article

PUB = "2024-05-15"

#: An attack, and an army that blames a named armed group for it.
LEAD = (
    "Gunmen killed nine traders on a road near Kismayo on Sunday. "
    "Army officers blamed al-Shabaab for the ambush"
)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _blame(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    return {(c.stance, c.actor) for e in events for c in e.claims if c.what == "responsibility"}


@pytest.mark.parametrize(
    "text",
    [
        # "the group" after a blamed group and an accuser that is no group: the blamed group
        LEAD + ", but the group denied any role.",
        LEAD + ". The group, however, denied the accusation.",
        # passive: the accusation is what was denied, the agent who denies
        LEAD + ". The accusation was denied by the group's spokesman.",
        # a relative clause: the antecedent denies
        "Gunmen killed nine traders on a road near Kismayo on Sunday. Army officers blamed "
        "al-Shabaab, which denied involvement.",
        # objection verbs with an accusation as object
        LEAD + ". Al-Shabaab rejected the claims.",
        LEAD + ". Al-Shabaab dismissed the allegations as lies.",
        # "had nothing to do with" an act, in reported words and in the text's own
        LEAD + ". Al-Shabaab said it had nothing to do with the killings.",
        LEAD + ". Al-Shabaab has nothing to do with the ambush, its spokesman said.",
        # "distanced itself from" an act
        LEAD + ". Al-Shabaab distanced itself from the attack.",
    ],
)
def test_blame_denials_name_the_accused_group(pipeline, text):
    found = _blame(pipeline, text)
    assert ("accuses", "al-Shabaab") in found, found
    assert ("denies", "al-Shabaab") in found, found
    assert not any(stance == "denies" and actor != "al-Shabaab" for stance, actor in found), found


@pytest.mark.parametrize(
    "text",
    [
        # nothing to do with something that is no act
        LEAD + ". Al-Shabaab said it had nothing to do with the peace talks.",
        # distancing from talks, not from the attack
        LEAD + ". Al-Shabaab distanced itself from the negotiations.",
        # "the group" naming a rights group that reported the attack, not the blamed party
        "Gunmen killed nine traders on a road near Kismayo on Sunday, Human Rights Watch said, "
        "blaming al-Shabaab. The group said the victims were unarmed.",
    ],
)
def test_blame_no_denial_without_a_denied_act(pipeline, text):
    found = _blame(pipeline, text)
    assert not any(stance == "denies" for stance, _ in found), found
