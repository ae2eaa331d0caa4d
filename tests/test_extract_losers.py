"""Who an act was done to, end to end on short articles written for these tests: the side that
loses ground in a capture ("took the hill from the rebels", "the militia pulled out as troops
moved in"), the party whose members are counted among the dead ("nine members of the movement
were killed"), and a family's members counted as civilians (round 12, targets slot)."""

from __future__ import annotations

import pytest

from wardesk.record import Article

PUB = "2024-05-20"


def _events(pipeline, text):
    return pipeline.run(Article(id="t", text=text, published=PUB)).events


def _names(events, role):
    return {a.name for e in events for a in getattr(e, role)}


@pytest.mark.parametrize(
    ("text", "loser"),
    [
        # the "from" phrase of a verb of taking ground names who lost it
        ("Army units seized the hilltop village of Tal Aswad from Islamic State on Sunday.", "Islamic State"),
        # ... also where the parser hangs it on the ground taken
        ("Afghan troops recaptured the district of Musa Qala from the Taliban on Sunday.", "Taliban"),
        # an irregular past the lemmatizer leaves as it is
        ("Iraqi soldiers retook the desert town of Qaim from Islamic State on Sunday.", "Islamic State"),
    ],
)
def test_extract_losers_the_from_phrase_of_a_capture_is_the_target(pipeline, text, loser):
    events = [e for e in _events(pipeline, text) if e.event_type == "territory_change"]
    assert events, "the capture is read"
    assert loser in _names(events, "targets")
    assert loser not in _names(events, "initiators")


def test_extract_losers_the_side_that_pulls_out_is_the_target(pipeline):
    text = "Government troops seized the coastal town of Khokha on Sunday after Houthi fighters withdrew."
    events = [e for e in _events(pipeline, text) if e.event_type == "territory_change"]
    assert "Houthis" in _names(events, "targets")
    assert "Houthis" not in _names(events, "initiators")


def test_extract_losers_a_fight_does_not_make_the_retreating_side_a_victim(pipeline):
    # outside a capture the verb of leaving changes nothing: the gunmen who fled still attacked
    text = "Gunmen attacked a police post in Maiduguri on Sunday and then fled into the bush."
    events = _events(pipeline, text)
    assert "Unidentified armed group" not in _names(events, "targets")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Nine members of Hezbollah died in an Israeli drone strike near Bint Jbeil on Sunday.", "Hezbollah"),
        ("Four members of al-Shabaab were killed in a US air strike near Jilib on Sunday.", "al-Shabaab"),
    ],
)
def test_extract_losers_members_of_a_party_make_it_the_target(pipeline, text, party):
    assert party in _names(_events(pipeline, text), "targets")


def test_extract_losers_members_of_a_family_are_civilians(pipeline):
    text = "Six members of a single family were killed when a shell hit their house in Douma on Sunday."
    assert "Civilians" in _names(_events(pipeline, text), "targets")


@pytest.mark.parametrize(
    "text",
    [
        "Government forces captured the rebel-held village of Kafr Zita in Hama province on Monday.",
        "Government forces captured the village of Kafr Zita in a rebel-held part of Hama province on Monday.",
    ],
)
def test_extract_losers_who_held_the_ground_taken_lost_it(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.event_type == "territory_change"]
    assert "Syrian rebels" in _names(events, "targets")


def test_extract_losers_held_ground_outside_a_capture_is_no_target(pipeline):
    # strikes on ground a party holds do not say the party was hit
    text = "Warplanes struck rebel-held areas of Hama province on Monday, killing four people."
    assert "Syrian rebels" not in _names(_events(pipeline, text), "targets")


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # an armed group taking a town of its country takes it from the state
        ("Al-Shabaab fighters seized the town of Mahas in central Somalia on Sunday.", "Somalia"),
        # a foreign army taking a village takes it from the country it lies in
        (
            "Russian forces captured the village of Novomykhailivka in the Donetsk region on Sunday.",
            "Ukraine",
        ),
    ],
)
def test_extract_losers_ground_taken_from_the_state_of_its_country(pipeline, text, host):
    events = [e for e in _events(pipeline, text) if e.event_type == "territory_change"]
    assert host in _names(events, "targets")


def test_extract_losers_a_state_retaking_its_own_ground_gets_no_guessed_loser(pipeline):
    text = "Government troops seized the town of Mahas in central Somalia on Sunday."
    events = [e for e in _events(pipeline, text) if e.event_type == "territory_change"]
    assert events and not _names(events, "targets")


@pytest.mark.parametrize(
    ("text", "other_side"),
    [
        ("Israeli commandos clashed with Hezbollah fighters near Tyre on Sunday.", "Hezbollah"),
        # the parser hangs the "with" phrase on the object of the phrase of fighting
        ("Soldiers exchanged fire with al-Shabaab militants near Afgoye on Sunday.", "al-Shabaab"),
    ],
)
def test_extract_losers_the_side_fought_with_is_the_target(pipeline, text, other_side):
    events = _events(pipeline, text)
    assert other_side in _names(events, "targets")
    assert other_side not in _names(events, "initiators")


def test_extract_losers_a_gathering_of_a_partys_arms_makes_it_the_target(pipeline):
    text = "Russian jets struck a concentration of Islamic State armour near Palmyra on Sunday."
    assert "Islamic State" in _names(_events(pipeline, text), "targets")


@pytest.mark.parametrize(
    "text",
    [
        "A gunman identified as Karim Benali opened fire at a concert in Lyon on Sunday, killing four people.",
        "A suicide bomber identified as Karim Benali blew himself up at a mosque in Quetta on Friday, "
        "killing 12 worshippers.",
    ],
)
def test_extract_losers_a_name_put_on_the_attacker_is_an_initiator(pipeline, text):
    assert "Karim Benali" in _names(_events(pipeline, text), "initiators")


def test_extract_losers_a_name_put_on_a_victim_makes_no_initiator(pipeline):
    text = (
        "A man identified as Karim Benali was killed when gunmen opened fire at a concert in Lyon on Sunday."
    )
    assert "Karim Benali" not in _names(_events(pipeline, text), "initiators")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a military's word for killing, with its victims in the "of" phrase
        (
            "The raid resulted in the neutralization of four suspected al-Shabaab fighters near Jilib "
            "on Sunday, the army said.",
            "al-Shabaab",
        ),
        # one man "of" a party, as "members of" it
        (
            "A soldier of the Philippine Army was killed when a roadside bomb hit a truck in Cotabato on Friday.",
            "Philippines",
        ),
    ],
)
def test_extract_losers_the_party_of_the_fallen_is_the_target(pipeline, text, party):
    assert party in _names(_events(pipeline, text), "targets")


def test_extract_losers_no_state_guessed_where_the_article_names_another_side(pipeline):
    # a war of many sides: the ground may have been taken from the other side named, not the state
    text = (
        "Syrian Democratic Forces captured the village of Tal Samen near Raqqa on Sunday. "
        "On Friday an Islamic State car bomb killed 12 of their fighters in the area."
    )
    events = [e for e in _events(pipeline, text) if e.event_type == "territory_change"]
    assert events and "Syria" not in _names(events, "targets")


@pytest.mark.parametrize(
    ("text", "role", "party"),
    [
        # ground or gear "of" a party that was hit: the party is the target
        ("Jets pounded positions of the Houthis near Saada on Sunday.", "targets", "Houthis"),
        (
            "Bombers hit a stronghold of Islamic State near Raqqa overnight, the ministry said.",
            "targets",
            "Islamic State",
        ),
        # ... and fire "from" its positions came from the party
        (
            "Rockets were fired from positions of the Syrian army near Idlib on Sunday, killing two rebels.",
            "initiators",
            "Syria",
        ),
    ],
)
def test_extract_losers_a_partys_positions_take_the_role_of_the_phrase(pipeline, text, role, party):
    assert party in _names(_events(pipeline, text), role)


@pytest.mark.parametrize(
    "text",
    [
        "Militants abducted 30 schoolgirls from a school in Kebbi on Monday.",
        "Bandits kidnapped 15 motorists on the Abuja-Kaduna highway on Monday.",
        "A bomb hidden in a cart killed nine traders at a cattle market in Gamboru on Monday.",
    ],
)
def test_extract_losers_people_at_their_daily_work_are_civilians(pipeline, text):
    assert "Civilians" in _names(_events(pipeline, text), "targets")


@pytest.mark.parametrize(
    "text",
    [
        "A commander of the Islamic State and at least 21 of his men died in clashes with the Syrian "
        "Democratic Forces (SDF) west of Raqqa on Sunday.",
        "Eleven Taliban fighters were killed in clashes with Afghan commandos in Kunduz on Sunday.",
    ],
)
def test_extract_losers_the_side_the_fallen_fought_is_no_target(pipeline, text):
    # "N died (were killed) in clashes with X": X fought and killed them; it is not who was attacked
    events = [e for e in _events(pipeline, text) if e.event_type == "armed_clash"]
    assert events, "the clash is read"
    targets = _names(events, "targets")
    assert "Syrian Democratic Forces" not in targets and "Afghanistan" not in targets
