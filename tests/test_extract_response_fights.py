"""A fight with the attackers told after an attack (round 16) is an event of its own, the
response: "four of the attackers were later killed in clashes with troops". Own sentences, published 2024-05-15 (a Wednesday)."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

PUBLISHED = "2024-05-15"

CASES = [
    "Gunmen stormed a hotel in Mogadishu on Friday, killing nine guests. Three of the attackers were later killed in clashes with security forces.",
    "Militants raided a border post in Chitral on Monday, killing two guards. Five of the raiders were later killed in a gunfight with troops in the hills.",
    "Insurgents attacked an army camp near Mopti on Sunday, killing four soldiers. Six of the assailants were subsequently killed in fighting with reinforcements.",
]


@pytest.mark.parametrize("text", CASES)
def test_extract_response_fight_is_its_own_battle(pipeline, text):
    evs = incidents(pipeline, text, PUBLISHED)
    assert len(evs) == 2
    assert evs[1].event_type == "armed_clash"
    assert evs[0].date.start == evs[1].date.start


def test_extract_attackers_killed_in_the_attack_are_its_toll(pipeline):
    text = "Gunmen attacked a police station in Zamfara on Monday, killing three officers. Two of the attackers were also killed."
    assert len(incidents(pipeline, text, PUBLISHED)) == 1
