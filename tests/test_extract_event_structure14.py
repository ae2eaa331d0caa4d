"""Which events an article yields (round 14), on own sentences from several wars: a barrage of N
projectiles in one act is one incident; an attack named as the reason for an arrest or a trial
keeps its own day; a raiding unit named by its mission is its state's forces; towns listed in one
sentence stay separate incidents even where the gazetteer lacks them."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

from wardesk.record import Article

PUBLISHED = "2024-05-15"  # a Wednesday


def _events(pipeline, text: str):
    return pipeline.run(Article(id="t", title=None, text=text, published=PUBLISHED)).events


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired 40 rockets at northern Israel on Monday, the Israeli military said.",
        "Houthi forces launched 15 drones towards the Jizan region on Sunday, the Saudi-led coalition said.",
        "The rebels fired 25 mortar bombs at the Tigray capital on Tuesday, the regional authorities said.",
    ],
)
def test_article_barrage_of_one_day_is_one_incident(pipeline, text):
    events = incidents(pipeline, text, PUBLISHED)
    assert len(events) == 1, [(e.kind, e.event_type) for e in _events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah has fired more than 3,000 rockets at Israel since October, the army said.",
        "Insurgents fired 150 mortar rounds at government positions across the province last week.",
    ],
)
def test_article_munitions_over_a_period_stay_a_tally(pipeline, text):
    assert incidents(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police in Mombasa arrested two men on Tuesday over a grenade attack on a nightclub last month.",
        "Soldiers detained a cleric in Kunduz on Monday over a bomb attack on a school bus last month.",
    ],
)
def test_article_attack_named_as_reason_for_arrest_keeps_its_own_time(pipeline, text):
    # the attack happened last month: never an incident of the arrest's day
    assert all(str(e.date.start) < "2024-05-01" for e in incidents(pipeline, text, PUBLISHED))


def test_article_attack_named_as_reason_for_arrest_keeps_its_own_day(pipeline):
    text = (
        "Police in Niamey arrested four suspects on Monday over an ambush on May 3 that killed six gendarmes."
    )
    events = incidents(pipeline, text, PUBLISHED)
    assert [str(e.date.start) for e in events] == ["2024-05-03"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A Ukrainian sabotage group attacked a border post in the Belgorod region on Monday.", "Ukraine"),
        (
            "A Russian reconnaissance group crossed into the Sumy region on Sunday and shelled a village.",
            "Russia",
        ),
    ],
)
def test_actors_mission_unit_is_its_states_forces(pipeline, text, actor):
    events = incidents(pipeline, text, PUBLISHED)
    assert events and actor in {a.name for a in events[0].initiators}


def test_actors_armed_group_is_not_its_countrys_forces(pipeline):
    text = "A Somali armed group attacked the village of Galcad on Monday, killing three herders."
    events = incidents(pipeline, text, PUBLISHED)
    assert events and "Somalia" not in {a.name for a in events[0].initiators}


def test_article_listed_villages_unknown_to_the_gazetteer_stay_apart(pipeline):
    # villages the gazetteer lacks are placed by their country alone; split from one list, none
    # is a coarse mention of another (merge.fold_coarse)
    text = (
        "Russian jets carried out raids on the town of Kafr Rumman and the village of Tell Safra on Friday."
    )
    events = incidents(pipeline, text, PUBLISHED)
    assert sorted(e.locations[0].name for e in events) == ["Kafr Rumman", "Tell Safra"]


@pytest.mark.parametrize(
    "text",
    [
        "More than 40 fighters were killed in fighting over six days around the city of Taiz, a medical source said.",
        "Twenty soldiers were killed in fighting over four days near the town of Menaka, the army said.",
    ],
)
def test_triggers_fighting_over_days_is_a_clash(pipeline, text):
    events = incidents(pipeline, text, PUBLISHED)
    assert [e.event_type for e in events] == ["armed_clash"]


def test_triggers_fighting_a_campaign_is_no_event(pipeline):
    text = "The minister said on Monday the army remained committed to fighting terrorism in the north."
    assert incidents(pipeline, text, PUBLISHED) == []
