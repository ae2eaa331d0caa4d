"""The weapon decides the family of a killing named only by its outrage (``extract/precedence.py``):
a "massacre" done with shells, rockets, aircraft or a mine is remote violence, one done by men who
shoot, hack or burn stays an attack on civilians; and fire aimed at a shelter of unarmed people is
no battle (``extract/triggers.py``)."""

from __future__ import annotations

import pytest

from article_helpers import incidents

DAY = "2024-03-20"


def _types(pipeline, text: str, title: str | None = None) -> list[str]:
    return [e.event_type for e in incidents(pipeline, text, DAY, title=title)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the weapon in the outrage's own clause
        (
            "Government jets committed a fresh massacre in Ariha on Monday, killing 12 villagers, rescuers said.",
            "air_strike",
        ),
        (
            "Eight herders died when their truck struck a landmine near Kidal on Sunday, in what elders called a massacre.",
            "remote_explosive",
        ),
    ],
)
def test_precedence_weapon_decides_outrage_in_frame(pipeline, text, want):
    assert _types(pipeline, text) == [want]


def test_precedence_outrage_takes_strike_of_its_sentence(pipeline):
    text = (
        "Separatist forces committed a massacre in Horlivka on Monday by firing a rocket at a bus stop, "
        "killing nine civilians, the mayor said."
    )
    assert _types(pipeline, text) == ["missile_artillery"]


def test_precedence_headline_outrage_takes_lead_strike(pipeline):
    text = "A military plane bombed the crowded market of Wau on Tuesday, killing 33 civilians, aid workers said."
    assert _types(pipeline, text, title="Massacre at Wau market") == ["air_strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers who arrived in helicopters massacred 20 villagers in Tassak on Monday, survivors said.",
        "Militiamen with machetes committed a massacre in Djugu on Monday, killing 17 displaced people, officials said.",
    ],
)
def test_precedence_direct_killing_stays_attack_on_civilians(pipeline, text):
    assert _types(pipeline, text) == ["attack_on_civilians"]


def test_precedence_recalled_massacre_keeps_its_type(pipeline):
    text = (
        "Troops fired mortar shells and machine guns at Kafr Zita on Friday, the village where a "
        "massacre was committed a week earlier, activists said."
    )
    assert "missile_artillery" in _types(pipeline, text)


def test_triggers_fire_at_shelter_of_unarmed_is_no_battle(pipeline):
    text = "Rebels fired mortar rounds at a camp for displaced families near Goma on Tuesday, killing five civilians."
    assert _types(pipeline, text) == ["missile_artillery"]


def test_frames_rocket_of_a_gun_name_is_no_rocket_attack(pipeline):
    text = (
        "Four gendarmes were killed on Sunday when militants attacked a gendarmerie post near Kaya. "
        "The attackers stormed the post with rifles and rocket-propelled grenades, the regional governor said."
    )
    assert "missile_artillery" not in _types(pipeline, text)


def test_frames_guns_at_a_bus_stay_attack_on_civilians(pipeline):
    text = "Gunmen attacked a bus with rifles near Tillia on Monday, killing 12 passengers."
    assert _types(pipeline, text) == ["attack_on_civilians"]


def test_frames_seized_weapons_are_no_means(pipeline):
    text = (
        "Six gunmen were killed on Friday when they opened fire on soldiers at a checkpoint near Lahore, "
        "the army said. Weapons, including two rifles and a grenade launcher, were recovered."
    )
    assert _types(pipeline, text) == ["armed_clash"]


def test_frames_seized_mortar_is_no_shelling(pipeline):
    text = "Police seized rifles and a mortar after a gunfight with rebels in Tal Afar on Monday that killed two officers."
    assert "missile_artillery" not in _types(pipeline, text)
