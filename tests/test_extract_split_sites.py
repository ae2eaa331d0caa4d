"""A sentence that lists attacks on sites at different towns is one incident per town, however
the parser hangs the second site's town. Short reports written for these tests."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "The rebels shelled a clinic in El Fasher and a shelter for displaced families in Nyala "
            "on Tuesday, aid workers said.",
            {"El Fasher", "Nyala"},
        ),
        (
            "Gunmen attacked a police post in Gwoza and a camp for internally displaced people in Bama "
            "on Friday, residents said.",
            {"Gwoza", "Bama"},
        ),
    ],
)
def test_extract_split_sites_a_site_with_a_modifier_is_listed_beside_the_first(pipeline, text, towns):
    # 'a camp for displaced people in Y': Y hangs on 'people', the camp is the listed site
    names = {loc.name for e in incidents(pipeline, text, "2024-06-11") for loc in e.locations[:1]}
    assert towns <= names, names


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Insurgents stormed the towns of Macomia and Mocimboa da Praia on Sunday, torching "
            "dozens of homes, police said.",
            {"Macomia", "Mocimboa da Praia"},
        ),
    ],
)
def test_extract_split_sites_names_glued_into_one_phrase_are_two_towns(pipeline, text, towns):
    # the parser reads 'X and Y da Z' as one name with X a modifier of Z: still two listed towns
    events = incidents(pipeline, text, "2024-06-11")
    names = {loc.name for e in events for loc in e.locations[:1]}
    assert len(events) == len(towns) and towns <= names, names


def test_extract_split_sites_districts_of_one_city_stay_one(pipeline):
    # districts of one city under one toll: one incident (the towns are not apart)
    text = "A drone hit the Shevchenkivskyi and Podilskyi districts of Kyiv on Monday, killing two people."
    assert len(incidents(pipeline, text, "2024-06-11")) == 1


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Army helicopters strafed the villages of Kadi and Al-Mashrafa on Monday, killing five people.",
            {"Kadi", "Al-Mashrafa"},
        ),
        (
            "Bandits stormed the hamlets of Gora and Tudun Wada on Wednesday, killing seven residents.",
            {"Gora", "Tudun Wada"},
        ),
    ],
)
def test_extract_split_sites_a_last_village_of_several_words_is_a_village(pipeline, text, towns):
    # 'the villages of A and Al-B': the parser's conjunct is the name's last word; the name is
    # still introduced as a village, like A
    events = incidents(pipeline, text, "2024-06-11")
    texts = {loc.text for e in events for loc in e.locations[:1]}
    assert len(events) == 2 and towns <= texts, texts


def test_extract_split_sites_a_site_conjoined_to_a_district_noun(pipeline):
    # 'in X's Y district and the port of Z': the port is listed beside the district
    text = "Missiles hit a depot in Kharkiv's Saltivka district and the port of Izmail on Sunday, officials said."
    texts = {loc.text for e in incidents(pipeline, text, "2024-06-11") for loc in e.locations[:1]}
    assert "Izmail" in texts, texts
