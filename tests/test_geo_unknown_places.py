"""Places the gazetteer lacks, read from the words around them, and places where someone only
spoke. Short reports written for these tests; the village names are made up, so no gazetteer has
them and the tagger's label for them (person, organisation, nationality) is a guess."""

from __future__ import annotations

import pytest

from wardesk.record import Article


def _locations(pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    return [(loc.name, loc.admin1, loc.country, loc.precision) for e in events for loc in e.locations]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("In Kwambari, gunmen killed five farmers on Sunday, police said.", "Kwambari"),
        ("In Mbalaka, soldiers clashed with rebels on Monday, leaving nine dead.", "Mbalaka"),
        ("In Kwambari on Sunday, gunmen killed five farmers, police said.", "Kwambari"),
        (
            "Militants burned a church on Friday. Elsewhere, in Gidan Kwano, gunmen shot dead four "
            "traders on Saturday, residents said.",
            "Gidan Kwano",
        ),
    ],
)
def test_geo_unknown_places_a_sentence_opening_in_name_comma_is_a_place(pipeline, text, town):
    # 'In <Name>, ...' opening a sentence sets the scene: the name is a place, whatever the
    # tagger took it for
    names = [name for name, *_ in _locations(pipeline, text)]
    assert town in names, names


@pytest.mark.parametrize(
    "text",
    [
        "In Ramadan, gunmen killed five farmers near the river, police said.",
        "In English, the word means a small fort; gunmen attacked one on Sunday, killing two.",
        # the scene of a rule or a heading, not of the event the sentence tells
        "In Islam, the killing of civilians is forbidden, the cleric said after gunmen killed five "
        "people in Kano.",
        "In Pictures, the aftermath of the bombing that killed five people in Kano.",
    ],
)
def test_geo_unknown_places_a_sentence_opening_month_or_language_is_no_place(pipeline, text):
    names = [name for name, *_ in _locations(pipeline, text)]
    assert not {"Ramadan", "English", "Islam", "Pictures"} & set(names), names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger calls the made-up name a nationality: the province after it says otherwise
        (
            "Jihadists killed 20 soldiers in Sahelna, northern Borno, on Friday.",
            ("Sahelna", "Borno", "NG", "near"),
        ),
        # 'X in northern Y' says as much as 'X, northern Y'
        (
            "Gunmen killed five farmers in Kwambari in northern Borno on Sunday.",
            ("Kwambari", "Borno", "NG", "near"),
        ),
        (
            "An airstrike on Hla Myint in western Rakhine killed seven civilians on Sunday.",
            ("Hla Myint", "Rakhine", "MM", "near"),
        ),
        # a country after the name places it in that country
        (
            "Jihadists killed 20 soldiers in Sahelna, northern Mali, on Friday.",
            ("Sahelna", None, "ML", "near"),
        ),
        (
            "Jihadists killed 20 soldiers in Sahelna in northern Burkina Faso on Friday.",
            ("Sahelna", None, "BF", "near"),
        ),
        # an apposition that calls it a settlement, then where it lies
        (
            "Gunmen killed five farmers in Kwambari, a village in northern Borno, on Sunday.",
            ("Kwambari", "Borno", "NG", "near"),
        ),
        (
            "Gunmen attacked Sahelna, a small village in central Mali, on Sunday, killing five farmers.",
            ("Sahelna", None, "ML", "near"),
        ),
        # a distance or direction from a known town: the event is at the name, not at the town
        (
            "Gunmen killed five farmers in Kwambari, about 40 km north of Maiduguri, on Sunday.",
            ("Kwambari", "Borno", "NG", "near"),
        ),
        (
            "Gunmen killed five farmers in Kwambari, 40 km from Maiduguri, on Sunday.",
            ("Kwambari", "Borno", "NG", "near"),
        ),
    ],
)
def test_geo_unknown_places_a_name_before_a_division_or_country_keeps_its_spelling(pipeline, text, expected):
    locs = _locations(pipeline, text)
    assert expected in locs, locs


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Five civilians were killed in Kafr Batikh on Monday, residents said.", "Kafr Batikh"),
        (
            "Two dozen soldiers died in attacks in Badia al-Ghar and Wadi al-Ramel last week.",
            "Badia al-Ghar",
        ),
    ],
)
def test_geo_unknown_places_a_name_where_an_event_happened_is_a_place(pipeline, text, town):
    # 'killed in X', 'attacks in X': people die in places, not in persons, whatever the tagger says
    names = [name for name, *_ in _locations(pipeline, text)]
    assert town in names, names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # 'on' and 'at' also take a target: the man attacked is no place
        ("Gunmen opened fire on Hamid Dawari in Kabul on Sunday, killing two guards.", "Hamid Dawari"),
        # a headline's capitalised words are not a name after 'in'
        ("Three Killed In Mortar Shell Attacks On Aleppo Suburbs", "Mortar Shell Attacks"),
        # nor is the last word of a longer name that the gazetteer reads otherwise
        (
            "Jets pounded Saraqeb, killing nine, and one more civilian died in Sheikh Mustafa according to medics.",
            "Mustafa",
        ),
    ],
)
def test_geo_unknown_places_a_target_or_headline_word_is_no_place(pipeline, text, person):
    names = [name for name, *_ in _locations(pipeline, text)]
    assert person not in names, names


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Rebels killed 14 soldiers in an ambush on Monday, the army spokesman told reporters "
            "in the town of Goma.",
            "Goma",
        ),
        (
            "The governor, speaking to journalists in Maiduguri, said rebels killed 14 soldiers "
            "in an ambush on Monday.",
            "Maiduguri",
        ),
        (
            "Speaking to reporters in the city of Bunia, the governor said rebels killed 14 "
            "soldiers in an ambush on Monday.",
            "Bunia",
        ),
        (
            "Rebels killed 14 soldiers in an ambush on Monday, the governor told a news conference "
            "in the city of Maiduguri.",
            "Maiduguri",
        ),
    ],
)
def test_geo_unknown_places_where_someone_spoke_is_no_event_place(pipeline, text, venue):
    locs = _locations(pipeline, text)
    assert locs and venue not in [name for name, *_ in locs], locs
