"""Who did what to whom, end to end on short articles written for these tests: police and named
kinds of troops are the state's forces, whoever fights an attack off was attacked, words of
killing the defenceless type violence against civilians, a side's reply to a massacre and a
side's accusation are read as what they are (issue 11, actors and event types)."""

from __future__ import annotations

import pytest

from article_helpers import party
from wardesk.record import Article

PUB = "2023-06-14"


def _events(pipeline, text, title=None):
    return pipeline.run(Article(id="t", title=title, text=text, published=PUB)).events


def _names(events, role):
    return {party(a) for e in events for a in getattr(e, role)}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Police shot dead two gunmen in Kaduna on Tuesday after they attacked a checkpoint.", "Nigeria"),
        ("Commandos killed 12 militants in a raid on a hideout near Garissa on Monday.", "Kenya"),
        ("Gendarmes killed five jihadists near Dori on Sunday, officials said.", "Burkina Faso"),
        ("Marines killed six insurgents in a firefight on Jolo island on Wednesday.", "Philippines"),
        ("Paratroopers killed nine fighters in an ambush near Kidal on Thursday.", "Mali"),
        ("Policemen opened fire on protesters in Mandalay on Saturday, killing three people.", "Myanmar"),
        ("Special forces killed a rebel commander in a night raid near Goma on Friday.", "DR Congo"),
    ],
)
def test_extract_actors_police_and_named_troops_are_the_state_of_the_place(pipeline, text, state):
    assert state in _names(_events(pipeline, text), "initiators")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # who speaks of an attack or suffers it is no attacker
        ("Police said gunmen killed five villagers in Zamfara on Sunday.", "Nigeria"),
        ("Gunmen killed two policemen at a checkpoint in Kano on Monday, a witness said.", "Nigeria"),
    ],
)
def test_extract_actors_police_who_speak_or_are_hit_initiate_nothing(pipeline, text, state):
    assert state not in _names(_events(pipeline, text), "initiators")


@pytest.mark.parametrize(
    ("text", "defender", "attacker"),
    [
        (
            "Soldiers repulsed an attack by Boko Haram fighters on their base in Monguno on Friday, "
            "killing 17 of the attackers.",
            "Nigeria",
            "Boko Haram",
        ),
        (
            "Rebels of the Northern Front attacked an army base near Gao on Monday, but the army "
            "repelled the assault, killing eight of them.",
            "Mali",
            None,
        ),
        (
            "Nigerian troops repelled an assault on their base in Borno on Monday, killing 20 insurgents.",
            "Nigeria",
            None,
        ),
        (
            "Troops fought off an assault on their outpost near Beledweyne on Sunday, killing four "
            "al-Shabaab fighters.",
            "Somalia",
            None,
        ),
        (
            "Police beat back an attack on a station in Bannu on Sunday after a two-hour gunfight.",
            "Pakistan",
            None,
        ),
        (
            "The attack on the base near Gao was repelled by the army on Monday, a spokesman said.",
            "Mali",
            None,
        ),
        (
            "Police repulsed the gunmen who stormed a station in Bannu on Sunday.",
            "Pakistan",
            "Unidentified armed group",
        ),
    ],
)
def test_extract_actors_who_fights_off_an_attack_is_its_target(pipeline, text, defender, attacker):
    events = _events(pipeline, text)
    assert defender not in _names(events, "initiators"), events
    assert defender in _names(events, "targets"), events
    if attacker is not None:
        assert attacker in _names(events, "initiators"), events


def test_extract_actors_a_headline_label_is_no_agent(pipeline):
    events = _events(
        pipeline,
        "A car bomb killed nine people at a market in Baidoa on Tuesday, police said.",
        title="Somalia: Car bomb kills 9 at a market in Baidoa",
    )
    assert events and "Somalia" not in _names(events, "initiators"), events


def test_extract_actors_a_describing_word_before_a_listed_name_hides_nothing(pipeline):
    text = (
        "The Marxist Revolutionary Armed Forces of Colombia planted a bomb that killed four soldiers "
        "near Popayan on Monday."
    )
    assert "FARC" in _names(_events(pipeline, text), "initiators")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen murdered five farmers in Plateau state on Sunday.",
        "Attackers slaughtered 23 herders near Menaka on Tuesday.",
        "A mob lynched two traders in a market in Kano on Monday.",
    ],
)
def test_triggers_words_of_killing_the_defenceless_are_violence_against_civilians(pipeline, text):
    assert [e.event_type for e in _events(pipeline, text)] == ["attack_on_civilians"]


def test_frames_what_a_fight_did_is_an_event(pipeline):
    text = "Soldiers fought the militants near Djibo on Sunday, killing 12 of them."
    events = _events(pipeline, text)
    assert [e.event_type for e in events] == ["armed_clash"], events


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen murdered 12 farmers in a village near Bunia on Sunday. Troops later fought the attackers "
        "in the same area, killing five of them, the army said.",
        "Militants massacred 40 villagers in Djibo on Saturday. Soldiers fought the militants near the "
        "town the same day, killing 12 of them.",
    ],
)
def test_merge_a_fight_told_beside_a_massacre_is_its_own_event(pipeline, text):
    assert sorted(e.event_type for e in _events(pipeline, text)) == ["armed_clash", "attack_on_civilians"]


def test_frames_a_habit_in_a_quote_is_no_event(pipeline):
    text = (
        "A rocket hit a market in Kharkiv on Monday, killing four people. "
        "\u201cEvery day they kill our civilians and murder our children,\u201d the mayor said."
    )
    assert len(_events(pipeline, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed 30 militants in a clash near Kidal on Monday, the army said. Residents accused "
        "the soldiers of executing villagers near Kidal after the fighting.",
        "The army said it killed 30 militants in a clash near Kidal on Monday. Residents accused soldiers "
        "of executing villagers in the area.",
        "Troops fought rebels for hours in Kidal on Monday, killing 30 of them, the army said. Local "
        "people accused the troops of massacring civilians in Kidal during the operation.",
    ],
)
def test_merge_an_accusation_of_a_massacre_keeps_the_reported_fight(pipeline, text):
    events = _events(pipeline, text)
    assert [e.event_type for e in events] == ["armed_clash"], events
    blame = [c for c in events[0].claims if c.what == "responsibility" and c.stance == "accuses"]
    assert any(
        c.actor == "Mali" and c.source and c.source.lower().endswith(("residents", "people")) for c in blame
    )


def test_merge_an_accusation_alone_is_still_the_event(pipeline):
    text = "Rights groups accused soldiers of executing 20 villagers in Kidal on Monday."
    assert [e.event_type for e in _events(pipeline, text)] == ["attack_on_civilians"]


def test_extract_actors_a_people_s_own_force_is_not_the_state_s(pipeline):
    text = "A car bomb killed six Kurdish security forces at a checkpoint in Qamishli on Saturday."
    events = _events(pipeline, text)
    assert events and "Syria" not in _names(events, "targets"), events


def test_extract_actors_who_foils_an_offensive_strikes_first(pipeline):
    text = "Jordanian jets foiled an offensive by the militants near Palmyra on Friday, killing 40 of them."
    events = _events(pipeline, text)
    assert "Jordan" in _names(events, "initiators"), events


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "A group of 20 Shabaab fighters took control of a well in Bakool on Sunday and attacked a "
            "nearby army post, killing six soldiers.",
            "al-Shabaab",
        ),
        (
            "Dozens of Boko Haram fighters stormed a village near Konduga on Monday, killing 15 people.",
            "Boko Haram",
        ),
    ],
)
def test_frames_a_party_counted_or_gathered_has_the_phrase_s_role(pipeline, text, attacker):
    assert attacker in _names(_events(pipeline, text), "initiators")


def test_types_armed_men_storming_a_village_attack_its_people(pipeline):
    text = "Dozens of Boko Haram fighters stormed a village near Konduga on Monday, killing 15 people."
    assert [e.event_type for e in _events(pipeline, text)] == ["attack_on_civilians"]


def test_merge_an_accusation_beside_a_killing_of_civilians_stays_an_attack_on_them(pipeline):
    text = (
        "Rights groups accused soldiers of executing 20 villagers in Kidal on Monday. "
        "The men were killed near the river, a witness said."
    )
    assert [e.event_type for e in _events(pipeline, text)] == ["attack_on_civilians"]


def test_extract_actors_a_country_in_a_dateline_s_brackets_is_no_agent(pipeline):
    text = "Gao (Mali): Gunmen killed four traders at a market in the town on Sunday, a local official said."
    events = _events(pipeline, text)
    assert events and "Mali" not in _names(events, "initiators"), events


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four traders at a market in Gao on Sunday.",
        "Gunmen killed four miners at a gold site near Kidal on Sunday.",
        "Gunmen killed a family of five in their home near Jos on Sunday.",
    ],
)
def test_extract_actors_people_at_work_or_at_home_are_civilians(pipeline, text):
    assert "Civilians" in _names(_events(pipeline, text), "targets")
