"""Who the victims are and whose forces are hit (issue 11 item 3, extract.frames and
extract.article), on short articles written for these tests: a trigger noun that a killing verb
acts on ("killed three gunmen") names the victims, not a shooting; a state's post or forces in
a short report with no focus country belong to the country of the event's own place."""

from __future__ import annotations

import pytest

from article_helpers import incidents

PUB = "2023-08-09"


def _incidents(pipeline, text):
    return incidents(pipeline, text, PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed four gunmen near the town of Kassala on Monday, the army said.",
        "Troops killed two gunmen outside the town of Kassala on Monday, officials said.",
    ],
)
def test_frames_gunmen_killed_by_forces_are_a_fight_not_a_shooting(pipeline, text):
    evs = _incidents(pipeline, text)
    assert [e.event_type for e in evs] == ["armed_clash"], [(e.event_type, e.targets) for e in evs]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Gunmen stormed a police post in Zalingei on Monday and killed two officers.",
            "Sudan",
        ),
        ("Militants overran an army post near the town of Kidal on Monday, killing three soldiers.", "Mali"),
    ],
)
def test_article_a_state_post_in_a_short_report_is_the_country_of_its_place(pipeline, text, country):
    evs = _incidents(pipeline, text)
    assert evs, "no incident"
    states = [a.name for e in evs for a in e.targets if a.type == "state_forces"]
    assert states and all(s == country for s in states), [(e.event_type, e.targets) for e in evs]


def test_article_a_state_post_in_a_report_naming_no_place_has_no_guessed_country(pipeline):
    text = "Gunmen stormed a police post before dawn on Monday and killed two officers, a witness said."
    evs = _incidents(pipeline, text)
    states = [a.name for e in evs for a in e.targets if a.type == "state_forces"]
    assert states == ["State forces (country not stated)"], [(e.event_type, e.targets) for e in evs]
