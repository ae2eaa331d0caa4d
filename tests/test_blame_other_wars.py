"""Claims of responsibility in phrasing from other wars and from both sides' media.

* a unit or command of a state's forces as the speaker ("Russia's Western Military District said
  its guns destroyed ..."): a name the recogniser takes for a place still speaks, and the owner
  before its possessive tells its side, so "its guns" claims the strike for that side;
* a state named as the party a verb of blame puts the act on ("blamed the blast on Ukraine",
  "held Pakistan responsible for the raid") is an actor, not a place;
* a dismissal of the reports as lies or propaganda denies for the speaker's side;
* parties that blame each other or trade accusations: each accuses the others.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from article_helpers import responsibility
from wardesk.record import Article

PUB = "2024-02-14"


def _blame(pipeline, text):
    return responsibility(pipeline.run(Article(id="t", text=text, published=PUB)).events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's Western Military District said its artillery destroyed a radar station near Kupiansk "
            "on Friday, killing four soldiers.",
            ("claims", "Russia", "Western Military District"),
        ),
        (
            "Gunfire hit an outpost in Kashmir on Tuesday. The Indian Army's Northern Command said its "
            "soldiers destroyed two Pakistani posts in reply.",
            ("claims", "India", "Northern Command"),
        ),
    ],
)
def test_blame_unit_of_a_state_claims_for_its_owner(pipeline, text, expected):
    assert expected in _blame(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone struck a fuel depot in Kursk on Tuesday, starting a fire. The region's governor blamed "
            "the strike on Ukraine.",
            ("accuses", "Ukraine", "The region's governor"),
        ),
        (
            "A bomb tore through a bus of pilgrims in Jammu on Sunday, killing nine. Delhi held Pakistan "
            "responsible for the bombing.",
            ("accuses", "Pakistan", "Delhi"),
        ),
        (
            "A shell wrecked a clinic in Kherson on Monday. Local officials attributed the blast to Russia.",
            ("accuses", "Russia", "Local officials"),
        ),
        # a false flag: the accused staged the act ("accused X of staging the killings")
        (
            "Gunmen shot dead 14 farmers in a village near Sloviansk on Sunday. Moscow accused Kyiv of "
            "staging the killings.",
            ("accuses", "Ukraine", "Moscow"),
        ),
    ],
)
def test_blame_state_named_as_the_party_blamed(pipeline, text, expected):
    assert expected in _blame(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rockets struck a housing estate in Kharkiv on Thursday, killing six tenants. The Kremlin called "
            "the reports lies.",
            ("denies", "Russia", "Kremlin"),
        ),
        (
            "A drone hit a wedding party in the Amhara region on Sunday, killing 30 guests. The Ethiopian "
            "government called the reports propaganda.",
            ("denies", "Ethiopia", "The Ethiopian government"),
        ),
        (
            "Jets bombed a monastery in Myanmar's Magway region on Friday, killing 11 monks. The junta "
            "dismissed the claims as fabricated.",
            ("denies", "Myanmar", "The junta"),
        ),
    ],
)
def test_blame_dismissed_as_lies_denies_for_the_speakers_side(pipeline, text, expected):
    assert expected in _blame(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Artillery hit a border village on Saturday, killing a shepherd. Armenia and Azerbaijan blamed "
            "each other for the attack.",
            {("accuses", "Azerbaijan", "Armenia"), ("accuses", "Armenia", "Azerbaijan")},
        ),
        (
            "Shells hit homes near the Line of Control on Wednesday, killing three villagers. India and "
            "Pakistan traded blame for the shelling.",
            {("accuses", "Pakistan", "India"), ("accuses", "India", "Pakistan")},
        ),
        (
            "A shell struck the Zaporizhzhia nuclear plant on Monday, cutting a power line. Russia and "
            "Ukraine accused one another of shelling the plant.",
            {("accuses", "Ukraine", "Russia"), ("accuses", "Russia", "Ukraine")},
        ),
    ],
)
def test_blame_each_other_accuses_both_ways(pipeline, text, expected):
    assert expected <= _blame(pipeline, text)


def test_blame_traded_fire_is_no_accusation(pipeline):
    text = "Troops and rebels traded fire near Goma on Monday, killing four fighters."
    assert not {b for b in _blame(pipeline, text) if b[0] == "accuses" and b[2] is not None}


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a military named without its state, telling a state's strike on armed groups abroad: its own
        (
            "Turkish drones hit PKK hideouts in Iraq's Duhok province on Thursday, killing 14 militants, "
            "military officials said.",
            ("claims", "Turkey", "military officials"),
            ("accuses", "Turkey", "military officials"),
        ),
        (
            "The United States launched an air strike near Jilib on a truck carrying al-Shabaab fighters on "
            "Friday, military officials said.",
            ("claims", "United States", "military officials"),
            ("accuses", "United States", "military officials"),
        ),
        # the same words after a strike on civilians: the victims' side accuses
        (
            "Russian rockets struck a school in Kharkiv on Monday, killing three teachers, military "
            "officials said.",
            ("accuses", "Russia", "military officials"),
            ("claims", "Russia", "military officials"),
        ),
    ],
)
def test_blame_unqualified_military_speaks_for_the_state_striking_armed_foes(pipeline, text, expected, wrong):
    found = _blame(pipeline, text)
    assert expected in found and wrong not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office of an organ speaks for the organ's side
        (
            "Mortars hit rebel trenches near Kidal in Mali on Sunday, killing 11 fighters. The press office "
            "of the army said its crews fired the rounds.",
            ("claims", "Mali", "press office of the army"),
        ),
        # a short form the text defines in brackets speaks for whom the full name says
        (
            "Soldiers killed nine gunmen near Dori in Burkina Faso on Monday, the Communication Directorate "
            "of the Armed Forces (CDAF) said. According to CDAF, its drones later struck a convoy near Arbinda, "
            "killing four more.",
            ("claims", "Burkina Faso", "CDAF"),
        ),
    ],
)
def test_blame_offices_and_short_forms_speak_for_their_organ(pipeline, text, expected):
    found = _blame(pipeline, text)
    assert any(b[:2] == expected[:2] and expected[2].lower() in (b[2] or "").lower() for b in found), found


def test_attribution_defined_acronyms():
    from wardesk.extract.attribution import defined_acronyms

    text = (
        "The Rapid Support Forces (RSF) said. Jane Doe (AFP) wrote. Fighting in Kharkiv (Ukraine) went on. "
        "The Office of Press and Information of the Navy (Opin) said."
    )
    assert defined_acronyms(text) == {
        "RSF": "Rapid Support Forces",
        "Opin": "Office of Press and Information of the Navy",
    }


def test_blame_party_known_as_a_name_is_accused_by_that_name(pipeline):
    # "X known as Y": the name the participle gives is the same party, accused with it
    text = (
        "Gunmen raided a village near Bujumbura in Burundi on Sunday, killing 12 people. Witnesses said "
        "soldiers and youths known as the Imbonerakure were behind the raid."
    )
    assert ("accuses", "Imbonerakure", "Witnesses") in _blame(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen torched a clinic near Bamenda in Cameroon on Friday, killing four nurses. Separatist "
            "leaders rejected the army's accusations.",
            ("denies", "Ambazonian separatists", "Separatist leaders"),
        ),
        (
            "Gunmen torched a clinic near Bamenda in Cameroon on Friday, killing four nurses. A separatist "
            "spokesman denied any involvement.",
            ("denies", "Ambazonian separatists", "A separatist spokesman"),
        ),
    ],
)
def test_blame_group_word_as_adjective_names_the_speakers_side(pipeline, text, expected):
    assert expected in _blame(pipeline, text)


def test_blame_bare_defence_ministry_claims_for_the_lone_state(pipeline):
    # a state organ no word places speaks for the one state the article names
    text = (
        "Jets bombed insurgent hideouts near Gwoza in Nigeria on Friday, killing 18 fighters. The defence "
        "ministry said its jets carried out the raids."
    )
    assert ("claims", "Nigeria", "The defence ministry") in _blame(pipeline, text)
