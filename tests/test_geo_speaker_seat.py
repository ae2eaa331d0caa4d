"""The seat a side speaks from is a venue, not a place of the fighting it tells of (geo.mentions._role
with ``_speaker_of_body``): 'a rebel spokesman in X said', 'the military command in X said', 'a
spokesman for the force in X', 'X radio said'. A witness's place ('residents in X said') stays a place.
Sentences written for this test."""

from __future__ import annotations

import pytest

from wardesk.geo import find_places


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("A rebel spokesman in Lisbon said the guerrillas had ambushed a convoy.", "Lisbon"),
        ("The military command in Ankara said its jets had struck rebel caves.", "Ankara"),
        ("A spokesman for the peacekeeping force in Nairobi said two soldiers were killed.", "Nairobi"),
        ("Baghdad radio said the army had repelled the attackers.", "Baghdad"),
        ("A government spokeswoman in Colombo said troops had cleared two villages.", "Colombo"),
    ],
)
def test_speakers_seat_is_a_venue(nlp, gaz, text, seat):
    roles = {m.text: m.role for m in find_places(nlp(text), gaz)}
    assert roles.get(seat) == "venue"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Residents in Kenema said rebels had burned their market.", "Kenema"),
        ("The spokesman spoke of a massacre in Kibungo, where forty people died.", "Kibungo"),
    ],
)
def test_a_witness_or_scene_stays_a_place(nlp, gaz, text, place):
    roles = {m.text: m.role for m in find_places(nlp(text), gaz)}
    assert roles.get(place) == "place"
