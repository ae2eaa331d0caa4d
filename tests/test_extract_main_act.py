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


#: (why, text, expected main event type): sentences of our own, one table for every form.
MAIN_ACT_CASES = [
    (
        "fire in a clause hung on a fight",
        "Burundian troops fought off a raid by RED-Tabara rebels on their camp near Gatumba on Monday, "
        "firing mortars at the attackers, an officer said.",
        "armed_clash",
    ),
    (
        "a strike in an 'as' clause of a capture",
        "Mozambican forces regained control of the port of Mocimboa on Saturday as Rwandan gunships "
        "bombed insurgent hideouts nearby, officials said.",
        "territory_change",
    ),
    (
        "a barrage before a capture",
        "After a long artillery barrage, Armenian troops retook the hill of Mataghis on Tuesday, a spokesman said.",
        "territory_change",
    ),
    (
        "aircraft backing an assault, as subject",
        "Government troops stormed the rebel-held village of Ban Na on Monday. Artillery and gunships "
        "supported the assault, the army said.",
        "armed_clash",
    ),
    (
        "rioters taking a building",
        "Rioters took over the provincial assembly building in Lubumbashi on Tuesday, police said.",
        "other",
    ),
    (
        "a building stormed by a mob",
        "The customs building at the border post was stormed by a mob of traders on Monday, officials said.",
        "other",
    ),
    (
        "protesters storming offices",
        "Protesters stormed the state broadcaster's offices in Niamey on Thursday, witnesses said.",
        "other",
    ),
    (
        "soldiers seizing a town stay a capture",
        "Sudanese army troops seized the town of Singa from the RSF on Saturday, the army said.",
        "territory_change",
    ),
    (
        "a killing beside others' fight",
        "Bandits killed nine traders on the road to Zurmi on Friday, while soldiers fought another gang "
        "in the forest, residents said.",
        "attack_on_civilians",
    ),
    (
        "victims with no doer told died in the fight",
        "Three civilians were killed on Friday as troops fought the militants in Zurmi, residents said.",
        "armed_clash",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=why) for why, t, e in MAIN_ACT_CASES])
def test_main_act_types_the_event(pipeline, text, expected):
    """The main event takes the type of its main act: fire told as a fight's or a capture's means or
    setting, or aircraft backing an act, type nothing (``precedence.below_main_act``,
    ``_backs_as_subject``); a crowd taking a place is a riot (``frames._crowd_doer``); a fight others
    fought meanwhile does not type a killing (``frames._done_by_others_meanwhile``)."""
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == expected, [e.event_type for e in events]
