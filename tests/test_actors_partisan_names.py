"""Tests for wardesk.extract.actors: the names each side's media give the other ("the Zionist
enemy", "the Kiev regime", "the Saudi-led aggression", "Russian occupiers"), the generics read by
the article's country ("the occupiers", "communist rebels", "terrorists", "armed youths"), and
parties named by a hyphened tie to a group ("ADF-allied militants"). Our own sentences."""

from __future__ import annotations

import pytest

from wardesk.extract.actors import STATE_UNKNOWN, UNIDENTIFIED, ActorLexicon, find_actors


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.default()


@pytest.mark.parametrize(
    "phrase,name",
    [
        ("the Zionist enemy", "Israel"),
        ("the Israeli enemy", "Israel"),
        ("the Zionist regime", "Israel"),
        ("the Israeli occupation army", "Israel"),
        ("the Kiev regime", "Ukraine"),
        ("Kyiv regime forces", "Ukraine"),
        ("Ukrainian nationalists", "Ukraine"),
        ("neo-Nazi battalions", "Ukraine"),
        ("the Saudi-led aggression", "Saudi-led coalition"),
        ("US-Saudi aggression", "Saudi-led coalition"),
        ("the coalition of aggression", "Saudi-led coalition"),
        ("the Houthi militia", "Houthis"),
        ("Ansar Allah", "Houthis"),
    ],
)
def test_actors_partisan_names_canonical(lex, phrase, name):
    entry = lex.canonical(phrase)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(
    "sentence,mention,name",
    [
        ("Russian occupiers shelled the riverside district overnight.", "Russian occupiers", "Russia"),
        ("Russian invaders fired drones at the power plant.", "Russian invaders", "Russia"),
        (
            "Turkish occupation forces shelled two villages near the border.",
            "Turkish occupation forces",
            "Turkey",
        ),
        ("Zionist warplanes bombed a bakery in the camp.", "Zionist warplanes", "Israel"),
    ],
)
def test_actors_partisan_demonym_units(nlp, lex, sentence, mention, name):
    got = {(m.text, m.entry.name) for m in find_actors(nlp(sentence), lex)}
    assert (mention, name) in got


@pytest.mark.parametrize(
    "sentence,country,name",
    [
        # each side's media call the forces on its land "the occupiers"
        ("The occupiers shelled the embankment at dawn.", "UA", "Russia"),
        ("The occupiers shelled the embankment at dawn.", "PS", "Israel"),
        ("Occupation forces raided the old city at dawn.", "LB", "Israel"),
        # another country's: a state's forces, no guessed state
        ("Occupation forces raided the old city at dawn.", "AZ", STATE_UNKNOWN),
        ("Communist rebels burned two trucks at a quarry.", "PH", "New People's Army"),
        ("Communist guerrillas burned two trucks at a quarry.", "IN", "Maoists"),
        ("Communist rebels burned two trucks at a quarry.", "CO", UNIDENTIFIED),
        # a state's word for whoever fights it
        ("Terrorists fired mortar rounds at the old souk.", "SY", "Syrian rebels"),
        ("Terrorists fired mortar rounds at the police post.", "TR", "PKK"),
        ("Terrorists fired mortar rounds at the old souk.", "BR", UNIDENTIFIED),
        # armed young men and gangs: an unidentified militia where no group is named
        ("Armed youths burned a cattle camp near the river.", "SS", UNIDENTIFIED),
        ("Gang members fired on a minibus near the port.", "HT", UNIDENTIFIED),
    ],
)
def test_actors_partisan_generics_by_country(nlp, lex, sentence, country, name):
    ms = [m for m in find_actors(nlp(sentence), lex) if m.kind == "generic"]
    assert ms, "no generic mention found"
    assert lex.resolve(ms[0], country).name == name


def test_actors_armed_youths_are_a_militia(nlp, lex):
    (m,) = [m for m in find_actors(nlp("Armed youths burned a cattle camp."), lex) if m.kind == "generic"]
    assert lex.resolve(m, "SS").type == "militia"


@pytest.mark.parametrize(
    "sentence,party,name",
    [
        ("ADF-allied militants torched a clinic in the valley.", "militants", "ADF"),
        ("Hezbollah-aligned gunmen fired on a checkpoint.", "gunmen", "Hezbollah"),
        ("IS-linked fighters seized a ferry landing.", "fighters", "Islamic State"),
        ("Al-Qaeda-affiliated jihadists stormed the market.", "jihadists", "al-Qaeda"),
        ("Hezbollah-aligned Shiite gunmen fired on a checkpoint.", "gunmen", "Hezbollah"),
    ],
)
def test_actors_affiliated_party_is_the_group(nlp, lex, sentence, party, name):
    ms = {m.text: m for m in find_actors(nlp(sentence), lex)}
    m = ms[party]
    # a name read by country ("ADF") stays its generic, resolved like the name itself
    resolved = lex.resolve(m, "CD").name if m.kind == "generic" else m.entry.name
    expected = "Allied Democratic Forces" if name == "ADF" else name
    assert resolved == expected


def test_actors_backed_party_is_not_its_sponsor(nlp, lex):
    """ "Backed" names a sponsor: the militia is not Iran."""
    ms = find_actors(nlp("Iran-backed gunmen fired rockets at the airbase."), lex)
    assert all(m.entry.name != "Iran" for m in ms if m.text == "gunmen")


@pytest.mark.parametrize(
    "sentence,party,name",
    [
        ("Gunmen suspected to be Fulani herdsmen burned a granary.", "Gunmen", "Fulani militias"),
        ("Attackers thought to be members of the Arakan Army seized a jetty.", "Attackers", "Arakan Army"),
        ("Fighters presumed to be Hamas members crossed the fence.", "Fighters", "Hamas"),
    ],
)
def test_actors_party_of_a_suspected_group(nlp, lex, sentence, party, name):
    ms = {m.text: m for m in find_actors(nlp(sentence), lex)}
    assert ms[party].entry.name == name


@pytest.mark.parametrize(
    "sentence,mention,name",
    [
        ("Ukrainian saboteurs mined a rail line near the depot.", "Ukrainian saboteurs", "Ukraine"),
        ("Pro-Kiev militants fired on the ferry crossing.", "Pro-Kiev militants", "Ukraine"),
    ],
)
def test_actors_raiders_named_by_the_other_side(nlp, lex, sentence, mention, name):
    got = {(m.text, m.entry.name) for m in find_actors(nlp(sentence), lex)}
    assert (mention, name) in got
