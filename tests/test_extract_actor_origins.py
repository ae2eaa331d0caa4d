"""Attackers named in ways the actor table alone does not catch, end to end on short articles
written for these tests (issue 11, actors for wars we never see): where the fire came from, a
side named by its positions, ground a party holds, a group named by whom its men belong to."""

from __future__ import annotations

import pytest

from article_helpers import incidents, names

PUB = "2023-06-14"


def _incidents(pipeline, text):
    return incidents(pipeline, text, PUB)


_names = names


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Shelling from the Ukrainian side wounded a tractor driver near Donetsk on Monday.", "Ukraine"),
        (
            "Mortar fire from the Armenian side damaged two houses in Tovuz on Sunday, officials said.",
            "Armenia",
        ),
        ("A shepherd was wounded by gunfire from Azerbaijani positions near Sotk on Tuesday.", "Azerbaijan"),
        (
            "Rockets launched from rebel-held areas struck a school in Aleppo on Monday, killing a teacher.",
            "Syrian rebels",
        ),
        (
            "Shells fired from Russian-controlled territory hit a clinic in Nikopol on Friday, killing a nurse.",
            "Russia",
        ),
        (
            "A village near Homs came under fire from government positions on Sunday, and a farmer was killed.",
            "Syria",
        ),
    ],
)
def test_frames_a_from_phrase_of_fire_names_who_fired(pipeline, text, attacker):
    assert attacker in _names(_incidents(pipeline, text), "initiators")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # ground a party holds is no party hit
        ("Air strikes on rebel-held areas of Idlib killed nine civilians on Tuesday.", "Syrian rebels"),
        # a side of a border is a place, not a side of the war
        ("Shelling on the Syrian side of the border killed two farmers on Monday.", "Syria"),
    ],
)
def test_frames_held_ground_and_a_border_s_side_are_no_target(pipeline, text, absent):
    assert absent not in _names(_incidents(pipeline, text), "targets")


def test_frames_who_loses_ground_did_not_fire_from_it(pipeline):
    text = "Government troops recaptured the town of Tadmur from the rebels in Syria on Friday after heavy fighting."
    assert "Syrian rebels" not in _names(_incidents(pipeline, text), "initiators")


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Gunmen believed to belong to al-Shabaab shot dead four nurses in Lamu on Tuesday.", "al-Shabaab"),
        (
            "Fighters loyal to Khalifa Haftar shelled a suburb of Tripoli on Sunday, killing a boy.",
            "Libyan National Army",
        ),
        (
            "Gunmen linked to the Islamic State raided a village in Cabo Delgado on Friday, killing seven.",
            "Islamic State",
        ),
    ],
)
def test_extract_actors_men_named_by_the_group_they_belong_to_are_that_group(pipeline, text, attacker):
    assert attacker in _names(_incidents(pipeline, text), "initiators")


def test_extract_actors_men_from_a_village_stay_unidentified(pipeline):
    text = "Gunmen from a nearby village raided a police post in Zamfara on Monday, killing two officers."
    assert _names(_incidents(pipeline, text), "initiators") == {"Unidentified armed group"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # transliterated names the parser cuts short or takes for a person's
        (
            "Jamaat Ansar al-Haqq wa al-Nasr fighters overran a gendarmerie post near Dori on Friday, killing six.",
            "Jamaat Ansar al-Haqq wa al-Nasr",
        ),
        (
            "Militants of Katibat Ahl ul-Sunna wal-Hijra stormed a hamlet near Menaka on Friday, killing nine herders.",
            "Katibat Ahl ul-Sunna wal-Hijra",
        ),
        # a listed group spelt another way: the table's name
        (
            "Jama'at Nusrat al-Islam wa al-Muslimin fighters ambushed an army convoy near Djibo on Thursday, killing 15 soldiers.",
            "JNIM",
        ),
    ],
)
def test_unlisted_a_long_transliterated_name_before_its_members_is_a_group(pipeline, text, group):
    evs = _incidents(pipeline, text)
    assert group in _names(evs, "initiators")
    assert all(a.type == "rebel_group" for e in evs for a in e.initiators if a.name == group)


def test_unlisted_a_person_s_name_with_particles_is_no_group(pipeline):
    text = "Abu Bakr al-Baghdadi praised the raid on a checkpoint near Mosul that killed six soldiers."
    assert "Abu Bakr al-Baghdadi" not in _names(_incidents(pipeline, text), "initiators")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The twin blasts at the cattle market came after police broke up a rally in Kano, and 14 people died.",
            "Nigeria",
        ),
        (
            "The ambush near Goma came after soldiers arrested a rebel leader, and six soldiers died.",
            "DR Congo",
        ),
    ],
)
def test_frames_who_did_another_deed_in_a_clause_of_sequence_did_not_do_the_event(pipeline, text, absent):
    assert absent not in _names(_incidents(pipeline, text), "initiators")


def test_frames_the_event_told_in_a_clause_of_sequence_keeps_its_doer(pipeline):
    text = (
        "Kenya has been on alert since al-Shabaab launched a wave of raids near Lamu that killed 30 people."
    )
    assert "al-Shabaab" in _names(_incidents(pipeline, text), "initiators")


@pytest.mark.parametrize(
    "text",
    [
        "Dissidents of the former FARC guerrilla ambushed a police patrol near Tumaco on Sunday, killing four officers.",
        "Two soldiers were killed near Suarez on Monday when dissidents of the FARC attacked their base.",
    ],
)
def test_extract_actors_dissidents_of_a_group_are_its_listed_splinter(pipeline, text):
    names = _names(_incidents(pipeline, text), "initiators")
    assert "FARC dissidents" in names
    assert "FARC" not in names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Bogota asked Havana to hand over the guerrilla envoys after a truck bomb at a cadet school in Cali killed 14 people.",
            "Colombia",
        ),
        (
            "Kenya sealed its border with Somalia after gunmen killed 14 quarry workers near Mandera on Tuesday.",
            "Kenya",
        ),
    ],
)
def test_frames_who_acts_after_an_event_told_in_its_own_clause_did_not_do_it(pipeline, text, absent):
    assert absent not in _names(_incidents(pipeline, text), "initiators")


def test_frames_who_fought_in_a_clash_named_after_a_deed_keeps_its_part(pipeline):
    text = "Rebel fighters encircled the village of Kafr Nabl after fierce clashes with loyalist militiamen in Syria on Sunday."
    assert "Syrian rebels" in _names(_incidents(pipeline, text), "initiators")
