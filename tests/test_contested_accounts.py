"""Contested accounts (issue 12): acts told only as one side's accusation, a side's own account of
its kill, and blame hung on a relative clause.

An event word after "allegations of" / "accusations of" is what the accuser says happened: it
must not give the article's own account of the event its type (or its victims). A verb of
attribution whose "to" the parser hangs on the act's relative clause still names the accused.
All sentences are our own.
"""

from __future__ import annotations

import pytest

from article_helpers import responsibility
from wardesk.extract.frames import accused_act
from wardesk.record import Article

PUB = "2023-05-10"


def _events(pipeline, text):
    return pipeline.run(Article(id="t", text=text, published=PUB)).events


def _incidents(pipeline, text):
    return [e for e in _events(pipeline, text) if e.kind == "incident" and not e.background]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The cabinet now faces allegations of a massacre of herders by its troops.", "massacre", True),
        ("Officials are confronting accusations of the execution of farmers by troops.", "execution", True),
        ("The regime rejected charges of the shelling of a hospital by its gunners.", "shelling", True),
        ("Rights groups accused the troops of executing farmers near the river.", "executing", True),
        # news tells an act it takes as told with "reports of": no accusation
        ("Residents sent reports of the shelling of a hospital near the river.", "shelling", False),
        ("The shelling of a hospital near the river killed four nurses.", "shelling", False),
    ],
)
def test_accused_act_nominal_accusations(nlp, text, word, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert accused_act(tok) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials are confronting accusations of the execution of farmers by troops in Tillia. The military "
        "said on Sunday that 60 jihadists were killed during an operation in Tillia.",
        "Ministers were answering allegations of a massacre of herders by soldiers in Tillia. The military "
        "said on Sunday that 60 jihadists were killed during an operation in Tillia.",
    ],
)
def test_the_armys_account_takes_no_type_from_the_accusation_beside_it(pipeline, text):
    # the army's killing of armed men is its own account: the massacre is the other side's claim
    incidents = _incidents(pipeline, text)
    assert incidents
    account = max(incidents, key=lambda e: e.fatalities.best or 0)
    assert account.fatalities.best == 60
    assert account.event_type != "attack_on_civilians"
    assert "Civilians" not in {a.name for a in account.targets}


def test_an_accusation_with_no_account_beside_it_keeps_its_type(pipeline):
    text = "Villagers in Tillia made allegations of a massacre of 30 herders by soldiers on Sunday."
    types = {e.event_type for e in _incidents(pipeline, text)}
    assert types == {"attack_on_civilians"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry attributed the attack that killed five guards in Baidoa on Monday to al-Shabaab.",
            ("accuses", "al-Shabaab", "The ministry"),
        ),
        (
            "Police attributed the raid which left nine farmers dead near Jowhar on Friday to al-Shabaab.",
            ("accuses", "al-Shabaab", "Police"),
        ),
    ],
)
def test_blame_attributed_to_after_a_relative_clause(pipeline, text, expected):
    found = responsibility(_events(pipeline, text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The army said it killed 40 terrorist elements near Dosso on Monday.",
        "According to the army, 150 jihadists were killed in a large air and ground operation near Dosso "
        "on May 2.",
    ],
)
def test_a_side_counting_the_armed_enemies_it_killed_tells_a_fight(pipeline, text):
    # the claim of responsibility names the attacker before any initiator is read: ACLED's battle
    assert {e.event_type for e in _incidents(pipeline, text)} == {"armed_clash"}


def test_armed_men_killed_by_nobody_named_are_no_fight(pipeline):
    text = "Five fighters were killed near Dosso on Monday, the monitor said."
    assert "armed_clash" not in {e.event_type for e in _incidents(pipeline, text)}


ROCKET = "A rocket hit a market in Baidoa on Monday, killing eight people. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated verb of doing the act, said by the accused side about itself
        (ROCKET + "Al-Shabaab said it did not carry out the strike.", ("denies", "al-Shabaab", "al-Shabaab")),
        (
            ROCKET + "The government blamed al-Shabaab. The group said its fighters had not conducted any "
            "attack in Baidoa.",
            ("denies", "al-Shabaab", "al-Shabaab"),
        ),
        (
            ROCKET + 'The government blamed al-Shabaab. "The attack was not carried out by our fighters," '
            "an al-Shabaab spokesman said.",
            ("denies", "al-Shabaab", "an al-Shabaab spokesman"),
        ),
        # the accused group's spokesman, the group named by a definite reference: the group denies
        (
            ROCKET + "The government blamed al-Shabaab. A spokesman for the group denied the accusation.",
            ("denies", "al-Shabaab", "A spokesman for the group"),
        ),
        (
            ROCKET + "The government blamed al-Shabaab. The group's spokesman denied any role in the attack.",
            ("denies", "al-Shabaab", "The group's spokesman"),
        ),
        # disputing the other side's account of events denies it
        (ROCKET + "Al-Shabaab disputed the government's account.", ("denies", "al-Shabaab", "al-Shabaab")),
    ],
)
def test_denial_forms(pipeline, text, expected):
    found = responsibility(_events(pipeline, text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        ROCKET + "Al-Shabaab said it carried out the strike.",
        # the article's own voice denies nothing for anyone
        ROCKET + "Al-Shabaab did not carry out the strike.",
        ROCKET + "Witnesses gave an account of the attack to reporters.",
    ],
)
def test_no_denial(pipeline, text):
    stances = {c.stance for e in _events(pipeline, text) for c in e.claims if c.what == "responsibility"}
    assert "denies" not in stances


def test_blame_to_blame_names_a_group_the_tagger_takes_for_a_person(pipeline):
    # the recogniser may tag a listed group's name as a person's; it is still the party blamed
    text = ROCKET + "The government said al-Shabaab was to blame."
    found = responsibility(_events(pipeline, text))
    assert ("accuses", "al-Shabaab", "The government") in found, found
