"""Who did what to whom, end to end on short articles written for these tests: police and named
kinds of troops are the state's forces, whoever fights an attack off was attacked, words of
killing the defenceless type violence against civilians, a side's reply to a massacre and a
side's accusation are read as what they are (issue 11, actors and event types)."""

from __future__ import annotations

import pytest

from wardesk.flows.extract import Pipeline
from wardesk.record import Article

PUB = "2023-06-14"


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text, title=None):
    return pipeline.run(Article(id="t", title=title, text=text, published=PUB)).events


def _names(events, role):
    return {a.name for e in events for a in getattr(e, role)}


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


def test_extract_actors_a_people_s_own_force_is_not_the_state_s(pipeline):
    text = "A car bomb killed six Kurdish security forces at a checkpoint in Qamishli on Saturday."
    events = _events(pipeline, text)
    assert events and "Syria" not in _names(events, "targets"), events
