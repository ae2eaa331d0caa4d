"""Raids typed by what they did to people, attacks on police typed as fights, and the dead found
(round 18; docs/codebook.md, event_type). Short reports written for these tests."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

PUBLISHED = "2024-05-15"


def _read(pipeline, text: str) -> list[tuple[str | None, int | None]]:
    """(type, best toll) of each own-time incident of one short report."""
    return [(e.event_type, e.fatalities.best) for e in incidents(pipeline, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # burning beside shooting in one sentence: the shooting types the raid (frames.decide_type)
        (
            "Raiders on horseback swept into Jebel Marra on Friday, shooting farmers in their fields "
            "and setting the village granary on fire.",
            None,
        ),
        (
            "Fighters stormed the hamlet of Zabre on Sunday, torching shops and gunning down four "
            "traders, residents said.",
            4,
        ),
        # armed men going in, looting and killing: typed by the victims (article._fill_types)
        ("Rebels entered Kaga Bandoro on Monday, looting the market and killing a nurse, a priest said.", 1),
    ],
)
def test_extract_raid_victims_harm_to_people_types_the_raid(pipeline, text, toll):
    assert _read(pipeline, text)[:1] == [("attack_on_civilians", toll)], _read(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen stormed the village of Mbanga on Monday, looting the clinic and burning granaries. "
        "Four men who resisted were shot dead, a chief said.",
        "Rebels ransacked the village of Obo on Sunday, burning the school. Three villagers were "
        "gunned down near the well, witnesses said.",
    ],
)
def test_extract_raid_victims_killing_told_after_the_burning_is_one_raid(pipeline, text):
    got = _read(pipeline, text)
    assert [t for t, _ in got] == ["attack_on_civilians"], got


def test_extract_raid_victims_burning_alone_stays_other(pipeline):
    got = _read(
        pipeline, "Militiamen burned the huts of the village of Nyala on Monday after residents fled."
    )
    assert [t for t, _ in got] == ["other"], got


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Farmers found the bodies of five herders near Lafia on Saturday, police said.", "2024-05-11"),
        (
            "The bodies of eight villagers were discovered near Beni on Tuesday, local officials said.",
            "2024-05-14",
        ),
    ],
)
def test_extract_raid_victims_civilians_found_dead_were_attacked(pipeline, text, day):
    events = incidents(pipeline, text, PUBLISHED)
    assert [(e.event_type, str(e.date.start)) for e in events] == [("attack_on_civilians", day)]


def test_extract_raid_victims_soldiers_found_dead_are_no_attack_on_civilians(pipeline):
    got = _read(pipeline, "The bodies of three soldiers were found near Tessit on Monday, the army said.")
    assert all(t != "attack_on_civilians" for t, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The officers were attacked on a road outside Uruapan on Sunday, the prosecutor said.",
        "Three gendarmes died when their post was attacked near Fada N'Gourma on Monday.",
        "Poachers killed a ranger in Garamba park on Saturday, the park said.",
        "Smugglers killed two border guards near Zahedan on Tuesday.",
    ],
)
def test_extract_raid_victims_attacks_on_police_are_fights(pipeline, text):
    got = _read(pipeline, text)
    assert [t for t, _ in got] == ["armed_clash"], got


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen attacked residents of Kajo Keji on Monday, killing six people, before they "
        "fought a rival faction, officials said.",
        "Gunmen killed eleven farmers in Wukari on Tuesday and then clashed with a vigilante group, police said.",
    ],
)
def test_extract_raid_victims_a_later_fight_leaves_the_attack_on_civilians(pipeline, text):
    got = _read(pipeline, text)
    assert [t for t, _ in got] == ["attack_on_civilians"], got


@pytest.mark.parametrize(
    "text",
    [
        "Police officers were attacked on the road to Apatzingan on Tuesday, the governor said. The "
        "assailants opened fire from two pickup trucks, he said.",
        "Jihadists attacked a gendarmerie patrol near Dori on Sunday. The attackers opened fire from "
        "motorbikes before fleeing, a security source said.",
    ],
)
def test_extract_raid_victims_shooting_told_apart_from_its_armed_victims_is_a_fight(pipeline, text):
    got = _read(pipeline, text)
    assert [t for t, _ in got] == ["armed_clash"], got


def test_extract_raid_victims_participle_after_a_misparsed_verb_tells_the_raid(pipeline):
    # the small parser reads "swept" as a clause on "motorbikes" and makes "Bandits" the root
    text = (
        "Bandits on motorbikes swept into the village of Kadisau on Friday, shooting worshippers at the "
        "mosque and setting cars on fire."
    )
    got = _read(pipeline, text)
    assert [t for t, _ in got] == ["attack_on_civilians"], got
