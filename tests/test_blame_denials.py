"""Denials name the party that denies (the subject of the denial) and are read in their many
grammatical forms: on short articles written for these tests, read end to end by the extract
stage."""

from __future__ import annotations

import pytest

from wardesk.record import Article

PUB = "2024-05-15"

#: An attack, and an army that blames a named armed group for it.
LEAD = (
    "Gunmen killed nine traders on a road near Kismayo on Sunday. "
    "Army officers blamed al-Shabaab for the ambush"
)


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


#: An attack with no attacker named in the text's own voice.
BOMBING = "A bomb killed eleven people at a bus station in Gombe on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        # a listed group's name the recogniser takes for a person's is still a party
        BOMBING + "Police blamed Boko Haram.",
        # "to blame" as a predicate, in reported words
        BOMBING + "Police said Boko Haram was to blame for the attack.",
        # a noun of blame as the object, the party after "on" or "at"
        BOMBING + "Police pointed the finger at Boko Haram.",
        BOMBING + "Police laid the blame on Boko Haram.",
        # the passive of taking part, with "in" an act
        BOMBING + "Police said Boko Haram was involved in the attack.",
    ],
)
def test_blame_accusation_constructions(pipeline, text):
    assert ("accuses", "Boko Haram") in _blame(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        BOMBING + "Police blamed Boko Haram. Boko Haram said it was not involved in the attack.",
        BOMBING + "Police blamed Boko Haram. Boko Haram rejected responsibility for the attack.",
        BOMBING + "Police blamed Boko Haram. Boko Haram called the accusations baseless.",
        BOMBING + "Police blamed Boko Haram. A Boko Haram spokesman described the charges as false.",
        # a pronoun coordinated with the accusation is the accused, not the accuser
        BOMBING + "Police blamed Boko Haram, but it denied the charge.",
        # ... and so is a pronoun that denies in the next sentence
        BOMBING + "Police blamed Boko Haram. It denied the charge.",
        BOMBING + "Police blamed Boko Haram. They denied any involvement.",
    ],
)
def test_blame_denial_by_the_accused(pipeline, text):
    found = _blame(pipeline, text)
    assert ("accuses", "Boko Haram") in found, found
    assert ("denies", "Boko Haram") in found, found
    assert not any(stance == "denies" and actor != "Boko Haram" for stance, actor in found), found


@pytest.mark.parametrize(
    "text",
    [
        # taking part in talks, rejecting an offer, blame for a policy: no act denied or blamed
        BOMBING + "Boko Haram said it was not involved in the negotiations.",
        BOMBING + "Boko Haram rejected the offer of talks.",
        BOMBING + "The minister pointed the finger at the weather for the poor harvest.",
        # taking part in fighting is no blame for an attack
        "Boko Haram said it was involved in heavy fighting near Gombe on Friday.",
    ],
)
def test_blame_no_statement_without_an_act(pipeline, text):
    assert _blame(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of "was quick to condemn" speaks; a listed leader as the object of a verb of
        # blame stands for the forces they command
        (
            "Shelling killed thirty villagers in Kafr Zita on Friday. Damascus denied any role, but "
            "Western governments were quick to condemn Assad.",
            {("denies", "Syria"), ("accuses", "Syria")},
        ),
        (
            "A drone hit a school in Mykolaiv on Monday, killing four pupils. Officials in Kyiv "
            "were eager to blame Putin.",
            {("accuses", "Russia")},
        ),
    ],
)
def test_blame_speaker_of_an_eager_accusation_and_leaders_accused(pipeline, text, expected):
    assert expected <= _blame(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people qualifying unnamed gunmen names the party, though the mention left it out
        (
            "Eleven drivers died beside a food convoy near El Geneina on Thursday. A UN review "
            "later said Chadian gunmen had opened fire on the lorries.",
            ("accuses", "Chadian gunmen"),
        ),
    ],
)
def test_blame_unnamed_gunmen_qualified_by_a_people(pipeline, text, expected):
    assert expected in _blame(pipeline, text)


def test_blame_unqualified_gunmen_name_nobody(pipeline):
    text = "Gunmen killed twelve herders near Jos on Sunday. Police said armed gunmen attacked the village."
    assert _blame(pipeline, text) == set()


def test_blame_suspected_fighters_among_the_victims_are_no_party(pipeline):
    """ "suspected" before a group is an adjective, whatever the parser makes of it."""
    text = (
        "Soldiers killed 40 men near Gombe on Friday, among them several suspected jihadist "
        "fighters, a rights group said."
    )
    assert {actor for _, actor in _blame(pipeline, text)} == {"Nigeria"}


#: A strike that two states' sources dispute.
STRIKE = "A shell struck a market in Horlivka on Friday, killing seven people. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital accused with nothing more said: the act is the one the text tells
        (
            STRIKE + "Russia blamed Ukraine. A spokesman for the Ukrainian army denied the accusation.",
            {("accuses", "Ukraine", "Russia"), ("denies", "Ukraine", "A spokesman for the Ukrainian army")},
        ),
        # whoever rejects them, the owner of claims that a party did the act accuses it
        (
            STRIKE + "Kyiv rejected Moscow's claims that Ukrainian forces had shelled the market.",
            {("accuses", "Ukraine", "Moscow"), ("denies", "Ukraine", "Kyiv")},
        ),
    ],
)
def test_blame_accusations_a_denial_answers(pipeline, text, expected):
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    found = {(c.stance, c.actor, c.source) for e in events for c in e.claims if c.what == "responsibility"}
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        # accused of something that is no act of violence
        STRIKE + "Kyiv accused Moscow of placing troops in towns.",
        # an "of" hung low by the parser still says what for
        STRIKE + "Damascus accuses Ankara Riyadh and Doha of funding armed groups.",
        # "its troops" in the claims: whose troops is not said in the clause
        STRIKE + "Kyiv dismissed claims by Moscow that its troops fired the shell.",
    ],
)
def test_blame_no_accusation_of_what_is_no_act_or_of_no_named_party(pipeline, text):
    assert not any(stance == "accuses" for stance, _ in _blame(pipeline, text))


#: A bombing no side names in the text's own voice.
MOSQUE = "A suicide bomber killed 14 worshippers at a mosque in Peshawar on Friday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" as the object of "claim" stands for the act told before
        (
            MOSQUE + "The Pakistani Taliban denied involvement, and Islamic State later claimed it.",
            ("claims", "Islamic State"),
        ),
        # "had no hand in the attack", the "in" hung on the verb
        (MOSQUE + "A Taliban spokesman said the group had no hand in the attack.", ("denies", "Taliban")),
    ],
)
def test_blame_claims_and_denials_the_parser_hangs_loosely(pipeline, text, expected):
    assert expected in _blame(pipeline, text)


def test_blame_claiming_a_town_as_a_capital_claims_no_act(pipeline):
    """ "claimed it as their capital": the town, not an act, is what is claimed."""
    text = (
        "Fighters of Islamic State captured Sirte on Monday after a week of fighting and claimed it "
        "as their capital."
    )
    assert not any(stance == "claims" for stance, _ in _blame(pipeline, text))


def test_blame_a_group_claiming_in_the_passive_claims_and_accuses_nobody(pipeline):
    """ "claimed by the X": the party named in the claim's own words speaks for itself, though the
    source list names the speaker otherwise."""
    found = _blame(pipeline, MOSQUE + "The bombing was later claimed by the Pakistani Taliban.")
    assert found == {("claims", "Tehrik-i-Taliban Pakistan")}, found


def test_blame_rival_claims_are_no_dispute_over_the_initiators():
    """Two groups that each claim the act for themselves do not leave the question open, as two
    sources accusing different parties do (settle_initiators on a draft built here)."""
    from wardesk.extract.blame import settle_initiators
    from wardesk.extract.draft import Draft
    from wardesk.record import Actor, Claim

    def claim(actor, stance, source):
        return Claim(what="responsibility", actor=actor, stance=stance, source=source), 0

    rival = Draft(event_type="attack_on_civilians", sent_i=0, strength=1.0)
    rival.initiators = [Actor(name="JNIM", type="rebel_group")]
    rival.claims = [
        claim("JNIM", "claims", "JNIM"),
        claim("Islamic State Sahel", "claims", "Islamic State Sahel"),
    ]
    settle_initiators(rival)
    assert [a.name for a in rival.initiators] == ["JNIM"]

    disputed = Draft(event_type="attack_on_civilians", sent_i=0, strength=1.0)
    disputed.initiators = [Actor(name="JNIM", type="rebel_group")]
    disputed.claims = [claim("JNIM", "accuses", "The army"), claim("Mali", "accuses", "Villagers")]
    settle_initiators(disputed)
    assert disputed.initiators == []
