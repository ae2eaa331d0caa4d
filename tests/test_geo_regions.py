"""Regions of wars that news name without a division (the Ogaden, Kivu, Waziristan, Cyrenaica):
the gazetteer's supplement gives each its country, and its division where it lies in one, so an
event told only by its region still has a country and a first-level division."""

from __future__ import annotations

import pytest

from wardesk.record import Article


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Gunmen raided a water point in the Ogaden on Sunday, killing five herders.", "ET", "Somali"),
        (
            "Separatist fighters ambushed a patrol in Casamance on Sunday, killing two soldiers.",
            "SN",
            "Ziguinchor",
        ),
        (
            "A drone strike hit a compound in North Waziristan on Sunday, killing four men.",
            "PK",
            "Khyber Pakhtunkhwa",
        ),
        ("Rival militias fought for a day near an oil field in Fezzan, leaving six dead.", "LY", None),
        ("Shelling along the line in Nagorno-Karabakh killed three soldiers on Sunday.", "AZ", None),
        ("Armed men burned a school in Ambazonia on Sunday and killed a teacher.", "CM", None),
    ],
)
def test_geo_regions_give_country_and_division(pipeline, text, country, admin1):
    events = pipeline.run(Article(id="r", text=text, published="2021-03-08")).events
    assert events, "the event is read"
    loc = events[0].locations[0]
    assert loc.country == country
    assert loc.admin1 == admin1


def test_geo_regions_ethiopias_somali_region_is_not_named_like_the_country(pipeline):
    text = "Clan militias clashed near Jijiga in the Somali region of Ethiopia on Sunday, killing seven."
    events = pipeline.run(Article(id="s", text=text, published="2021-03-08")).events
    assert events and events[0].locations[0].country == "ET"
    assert events[0].locations[0].admin1 == "Somali"
