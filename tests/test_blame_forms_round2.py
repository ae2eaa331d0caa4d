"""Blame and denial forms, round 2 (issue 12): forms the first pass (test_contested_accounts.py)
left.

* a definite speaker no source before refers back to ("the ministry laid the blame on ...", "the
  group rejected that version"): the armed group named last for "the group", an organisation named
  before whose name holds the head word, else the words themselves;
* "alleged X's involvement", "blame for the attack fell on X", "X's accusation that Y did it was
  rejected by Z";
* a third party's "X was not to blame": a denial in the third party's name (event-schema.md allows
  any source for `denies`).

All sentences are our own.
"""

from __future__ import annotations

import pytest

from article_helpers import responsibility
from wardesk.record import Article

PUB = "2023-05-10"
MORTAR = "A mortar round struck a clinic in Kismayo on Tuesday, killing five patients. "
BOMB = "A bomb exploded at a bus station in Maiduguri on Sunday, killing nine travellers. "


def _blame(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    return responsibility(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing before to refer back to: the bare noun is the source
        (MORTAR + "The ministry laid the blame on al-Shabaab.", ("accuses", "al-Shabaab", "The ministry")),
        (BOMB + "The army laid the blame on Boko Haram.", ("accuses", "Boko Haram", "The army")),
        # an organisation named before, not as a speaker, whose name holds the head word
        (
            MORTAR + "Somalia's Ministry of Internal Security condemned the blast. Later the ministry laid "
            "the blame on al-Shabaab.",
            ("accuses", "al-Shabaab", "Ministry of Internal Security"),
        ),
        # "the group" that rejects an account is the armed group named last: it denies
        (
            BOMB + "The police blamed Boko Haram. The group rejected that version.",
            ("denies", "Boko Haram", "Boko Haram"),
        ),
        # an accusing verb whose object holds the accused's involvement
        (
            MORTAR + "Police alleged al-Shabaab's involvement in the shelling.",
            ("accuses", "al-Shabaab", "Police"),
        ),
        # a noun of blame as the subject, the party after "on", said by someone
        (BOMB + "Blame for the blast fell on Boko Haram, police said.", ("accuses", "Boko Haram", "police")),
        # an accusation's owner accuses; the "by" agent of its rejection denies
        (
            MORTAR + "The army's accusation that al-Shabaab fired the mortar was rejected by the group.",
            ("accuses", "al-Shabaab", "The army"),
        ),
        (
            MORTAR + "The army's accusation that al-Shabaab fired the mortar was rejected by the group.",
            ("denies", "al-Shabaab", "al-Shabaab"),
        ),
        (
            BOMB + "The governor's claim that Boko Haram planted the bomb was rejected by the group.",
            ("denies", "Boko Haram", "Boko Haram"),
        ),
        # a third party exonerates: a denial in its name ("not" hung on "blame" by the parser)
        (MORTAR + "Local elders said al-Shabaab was not to blame.", ("denies", "al-Shabaab", "Local elders")),
        (
            BOMB + "Community leaders said Boko Haram was not to blame.",
            ("denies", "Boko Haram", "Community leaders"),
        ),
    ],
)
def test_blame_forms(pipeline, text, expected):
    found = _blame(pipeline, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the article's own voice blames nobody in a source's name
        BOMB + "Blame for the blast fell on Boko Haram.",
        # an objection to something that is no account of the act denies nothing
        MORTAR + "The ministry rejected the offer of talks.",
        # alleging what happened names no party
        MORTAR + "Police alleged abuses at the camp.",
    ],
)
def test_no_blame(pipeline, text):
    assert not _blame(pipeline, text)


def test_a_third_party_saying_a_group_is_to_blame_still_accuses(pipeline):
    found = _blame(pipeline, BOMB + "Community leaders said Boko Haram was to blame.")
    assert ("accuses", "Boko Haram", "Community leaders") in found, found


def test_the_army_after_a_rebel_army_is_not_that_army(pipeline):
    # a bare state organ is not resolved to an organisation before whose name holds its word
    text = BOMB + "The Northern Liberation Army condemned the blast. The army laid the blame on Boko Haram."
    found = _blame(pipeline, text)
    assert ("accuses", "Boko Haram", "The army") in found, found


def test_the_group_is_a_rights_group_named_after_the_armed_group(pipeline):
    # "the group" names whichever group was named last: here the rights group quoted after the
    # armed group, not the armed group
    text = (
        BOMB + "Police said Boko Haram fighters had camped nearby. Human Rights Watch said it had sent "
        "researchers to the town. The group laid the blame on the army."
    )
    found = _blame(pipeline, text)
    assert ("accuses", "Nigeria", "Human Rights Watch") in found, found
