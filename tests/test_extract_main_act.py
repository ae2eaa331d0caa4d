"""The type of an event comes from its main act (``precedence.below_main_act``): a weapon or strike
word told as the means or setting of a fight, a capture or a move onto a place ("with", "amid",
"under", "after", or a clause hung on that act) types nothing of its own. Sentences are our own."""

from __future__ import annotations

import pytest

from article_helpers import incidents
from wardesk.extract.precedence import below_main_act

PUBLISHED = "2024-05-15"


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The militia stormed the depot with tanks at dawn.", "tanks"),
        ("Government troops battled the rebels amid heavy shelling near the bridge.", "shelling"),
        ("The garrison fought off the raiders, firing mortars at them.", "mortars"),
        ("Fighting raged in the suburbs as jets pounded the ridge.", "jets"),
    ],
)
def test_main_act_weapon_in_the_setting_of_a_ground_act(nlp, text, word):
    doc = nlp(text)
    assert below_main_act(_token(doc, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jets pounded the ridge as the militia withdrew.", "Jets"),
        ("Rebels attacked the town with mortars on Sunday.", "mortars"),
        ("Artillery shelled the market while people were shopping.", "Artillery"),
    ],
)
def test_main_act_weapon_that_is_the_act_itself(nlp, text, word):
    doc = nlp(text)
    assert not below_main_act(_token(doc, word))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burundian troops fought off a raid by RED-Tabara rebels on their camp near Gatumba on Monday, "
            "firing mortars at the attackers, an officer said.",
            "armed_clash",
        ),
        (
            "Mozambican forces regained control of the port of Mocimboa on Saturday as Rwandan gunships "
            "bombed insurgent hideouts nearby, officials said.",
            "territory_change",
        ),
        (
            "After a long artillery barrage, Armenian troops retook the hill of Mataghis on Tuesday, "
            "a spokesman said.",
            "territory_change",
        ),
    ],
)
def test_main_act_types_the_event(pipeline, text, expected):
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == expected, [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Rioters took over the provincial assembly building in Lubumbashi on Tuesday, police said.",
        "The customs building at the border post was stormed by a mob of traders on Monday, officials said.",
        "Protesters stormed the state broadcaster's offices in Niamey on Thursday, witnesses said.",
    ],
)
def test_main_act_crowd_taking_a_building_is_other(pipeline, text):
    """A crowd taking or storming a place is a riot (`other`), not ground changing hands or a battle."""
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == "other", [e.event_type for e in events]


def test_main_act_soldiers_seizing_a_town_stay_a_territory_change(pipeline):
    text = "Sudanese army troops seized the town of Singa from the RSF on Saturday, the army said."
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == "territory_change", [e.event_type for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bandits killed nine traders on the road to Zurmi on Friday, while soldiers fought another gang "
            "in the forest, residents said.",
            "attack_on_civilians",
        ),
        (
            "Three civilians were killed on Friday as troops fought the militants in Zurmi, residents said.",
            "armed_clash",
        ),
    ],
)
def test_main_act_killing_beside_a_fight_of_others(pipeline, text, expected):
    """A killing done by its own doers keeps its type beside the fight others fought meanwhile; people
    killed with no doer told while two sides fought died in that fight."""
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == expected, [e.event_type for e in events]


def test_main_act_anti_aircraft_fire_is_no_aircraft(pipeline):
    """ "aircraft" in "anti-aircraft" names what the guns aim at: a warplane downed by such fire
    was hit in a fight with its crew, no air strike (``weapons._aimed_against``)."""
    text = "An air force fighter jet was shot down by rebel anti-aircraft fire over Hpakant on Wednesday, the junta said."
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == "armed_clash", [e.event_type for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops stormed the rebel-held village of Ban Na on Monday. Artillery and gunships "
            "supported the assault, the army said.",
            "armed_clash",
        ),
    ],
)
def test_main_act_weapons_backing_an_act(pipeline, text, expected):
    """Aircraft or guns that are the subject of a verb of backing ("gunships supported the assault")
    back the act they name, no strike of their own (``precedence._backs_as_subject``)."""
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == expected, [e.event_type for e in events]
