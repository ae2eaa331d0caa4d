"""Event places of short articles written for these tests: words that spell a town somewhere
abroad but are something else here."""

from __future__ import annotations

import pytest

from wardesk.geo.place import Place, news_name
from wardesk.record import Article


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a facility noun ending a facility's name is no town abroad
        (
            "US defences intercepted five rockets fired at Kabul International Airport on Monday, "
            "killing one man.",
            "Airport",
        ),
        # a first name after a person's title is no town
        (
            "A Russian missile struck the centre of Sumy on Sunday, killing 30 people, Sumy Mayor "
            "Artem Kobzar said.",
            "Artem",
        ),
    ],
)
def test_geo_event_places_are_no_common_words_or_first_names(pipeline, text, wrong):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    names = [loc.name for e in events for loc in e.locations]
    assert names and wrong not in names, names


@pytest.mark.parametrize(
    ("text", "water"),
    [
        # a sea of no country, not a foreign province of the same name
        (
            "Rebels fired a missile at a cargo ship in the Red Sea on Monday, killing two sailors, "
            "Yemeni officials said.",
            "Red Sea",
        ),
        (
            "Gunboats attacked a fishing boat in the Red Sea on Monday, killing three fishermen, "
            "Eritrean officials said.",
            "Red Sea",
        ),
    ],
)
def test_geo_event_places_sea_before_foreign_division(pipeline, text, water):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    locs = [(loc.name, loc.country, loc.precision) for e in events for loc in e.locations]
    assert (water, None, "near") in locs, locs


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        (
            "At about 9 p.m. (Kandahar time) on Monday, a roadside bomb hit a police truck in Helmand, "
            "killing three officers.",
            "Kandahar",
        ),
        (
            "A drone struck a fuel depot in Sumy at 23:00 Kyiv time on Sunday, killing two workers.",
            "Kyiv",
        ),
    ],
)
def test_geo_event_places_time_zone_is_no_place(pipeline, text, clock):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    names = [loc.name for e in events for loc in e.locations]
    assert names and clock not in names, names


@pytest.mark.parametrize(
    ("town", "recorded"),
    [
        # the gazetteer's primary names are other transliterations of these towns: the report's spelling
        ("Misrata", "Misrata"),
        ("Raqqa", "Raqqa"),
        ("Khan Younis", "Khan Younis"),
        ("Marib", "Marib"),
        ("Idleb", "Idleb"),
        # found by a loose spelling: the text's name may be another place, so the entry's name is kept
        ("Saraqeeb", "Saraqib"),
    ],
)
def test_geo_event_places_keep_the_reports_spelling_unless_loosely_matched(pipeline, town, recorded):
    text = f"Gunmen attacked an army checkpoint in {town} on Monday, killing four soldiers, police said."
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    names = [loc.name for e in events for loc in e.locations]
    assert recorded in names, names


def _place(kind: str, name: str = "Al Qaryah") -> Place:
    return Place(name=name, admin1="Somewhere", country="SY", lat=35.0, lon=38.0, kind=kind)


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("city", "Qarya", "Qarya"),
        ("city", "Tell al-Qarya", "Tell al-Qarya"),
        ("base", "Qarya", "Qarya"),
        # divisions and countries keep the index's name: admin1 and country compare on it
        ("admin1", "Qarya", "Al Qaryah"),
        ("country", "Qarya", "Al Qaryah"),
        # not a plain proper name: the gazetteer's name
        ("city", "Qarya's", "Al Qaryah"),
        ("city", "qarya", "Al Qaryah"),
        ("city", "QARYA", "Al Qaryah"),
        ("city", "القرية", "Al Qaryah"),
        ("city", "", "Al Qaryah"),
        ("city", None, "Al Qaryah"),
    ],
)
def test_geo_event_places_news_name_table(kind, text, expected):
    assert news_name(_place(kind), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a people's or a region's adjective says whose people, not where the event was
        "Chechen fighters attacked a checkpoint on Monday, killing two soldiers, the ministry said.",
        "The Chechen commander of the unit was killed on Tuesday, his comrades said.",
        "Afghan refugees were killed when a bomb exploded at a market on Monday, police said.",
        "Two Afghan refugees were shot dead by border guards on Monday.",
    ],
)
def test_geo_event_places_a_nationality_adjective_is_no_event_place(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    places = [(loc.name, loc.precision) for e in events for loc in e.locations]
    assert events and not places, places


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # a name that is both a town and its province: a part of the region is the province
        ("Air strikes hit rural Idlib on Monday, killing 12 people.", "Idlib", "admin1"),
        ("Shelling hit eastern Aleppo province on Monday, killing three people.", "Aleppo", "admin1"),
        ("Shelling hit southern Hama on Monday, killing three people.", "Hama", "admin1"),
        ("Gunmen killed five villagers in southern Kaduna on Sunday.", "Kaduna", "admin1"),
        ("Shelling hit rural Damascus on Monday, killing three people.", "Rif Dimashq", "admin1"),
        # ... a bare name or 'X city' is the town, and a town with no province of its name stays one
        ("Air strikes hit Idlib city on Monday, killing 12 people.", "Idlib", "exact"),
        ("Shelling hit eastern Mosul on Monday, killing three people.", "Mosul", "exact"),
    ],
)
def test_geo_event_places_a_part_of_a_region_named_like_its_town_is_the_region(
    pipeline, text, name, precision
):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    places = [(loc.name, loc.precision) for e in events for loc in e.locations]
    assert places == [(name, precision)], places


@pytest.mark.parametrize(
    "text",
    [
        # the town's word right after the name
        "Shelling hit southern Hama city on Monday, killing three people.",
        # unnamed parts of the town own the phrase
        "Shelling hit opposition-held districts of southern Hama on Monday, killing three people.",
        "Mortars fell on residential neighbourhoods of southern Hama on Monday, killing three people.",
        # a siege, or a word only a town can take
        "Three people died in the siege of southern Hama on Monday when shells hit a bakery.",
        "Shelling hit besieged southern Hama on Monday, killing three people.",
        # the sentence speaks of the city without naming another
        "Shelling hit southern Hama on Monday, killing three people, the city's governor said.",
    ],
)
def test_geo_event_places_a_compass_part_of_the_city_is_the_city(pipeline, text):
    """'southern Hama' is the province of Hama, unless the text says the part is the town's: then
    it is the town, at precision 'near' (a part of it)."""
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    places = [(loc.name, loc.admin1, loc.precision) for e in events for loc in e.locations]
    assert places == [("Hama", "Hama", "near")], places


@pytest.mark.parametrize(
    "text",
    [
        # a named district of 'southern Hama' is a district of the province
        "Shelling hit the Suqaylabiyah district of southern Hama on Monday, killing three people.",
        # the countryside is never the town, whatever the sentence says of a city
        "Shelling hit rural Hama on Monday, killing three people, the city's governor said.",
    ],
)
def test_geo_event_places_a_named_district_or_the_countryside_stays_in_the_region(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    places = [(loc.name, loc.precision) for e in events for loc in e.locations]
    assert ("Hama", "admin1") in places, places


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (
            "A roadside bomb tore through a minibus south of the town of Gao on Saturday, killing two"
            " passengers. On Tuesday, an air strike killed 30 people at a wedding, the United Nations"
            " said.",
            "Gao",
            "ML",
        ),
        (
            "Gunmen killed four farmers near the village of Kauda in South Kordofan on Saturday. On"
            " Wednesday, shelling had killed 12 people at a market, residents said.",
            "Kauda",
            "SD",
        ),
    ],
)
def test_geo_event_places_an_earlier_event_recalled_takes_no_place_of_the_later(
    pipeline, text, town, country
):
    """An event told after the lead, dated by its own words days before it and naming no place, is
    an earlier event the article recalls: it is placed only in the article's country, not at the
    lead's town (nor the lead's province)."""
    evs = pipeline.run(Article(id="t", text=text, published="2019-03-17")).events
    lead, recalled = evs[0], next(e for e in evs if e.date.start and e.date.start < evs[0].date.start)
    assert lead.locations[0].name == town
    assert [(loc.precision, loc.country) for loc in recalled.locations] == [("country", country)]
