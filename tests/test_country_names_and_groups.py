"""Country names news use for one of two countries, and groups named through a membership phrase
("rebels of the X movement", "a faction of X"), end to end on short sentences written for these
tests: a wrong country moves every town of an article to another country's centroid."""

from __future__ import annotations

import pytest

from article_helpers import incidents, names

PUB = "2024-03-05"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Congo", "CD"),  # a bare "Congo" is the Democratic Republic in news (countries_extra not_names)
        ("DR Congo", "CD"),
        ("Republic of Congo", "CG"),
        ("Congo-Brazzaville", "CG"),
        ("East Timor", "TL"),
        ("Macedonia", "MK"),
        ("South Sudan", "SS"),
        ("Sudan", "SD"),
        ("Guinea", "GN"),
        ("Guinea-Bissau", "GW"),
        ("Niger", "NE"),
        ("Burma", "MM"),
        ("Cote d'Ivoire", "CI"),
    ],
)
def test_geo_country_names_name_the_country_news_mean(gaz, name, country):
    found = gaz.country(name)
    assert found is not None and found.country == country


def test_geo_eastern_congo_puts_its_town_in_the_democratic_republic(pipeline):
    text = "Rebels stormed an army post close to Rutshuru in eastern Congo on Tuesday, killing four soldiers, local officials said."
    evs = incidents(pipeline, text, PUB)
    locs = [loc for e in evs for loc in e.locations]
    assert locs and all(loc.country == "CD" for loc in locs)
    assert all(not (loc.coords_from or "").startswith("country:") for loc in locs)
    assert "Republic of Congo" not in names(evs, "targets")


def test_geo_the_republic_of_congo_keeps_its_own_towns(pipeline):
    text = "Gunmen shot dead three police officers in Dolisie in the Republic of Congo on Monday, a spokesman said."
    locs = [loc for e in incidents(pipeline, text, PUB) for loc in e.locations]
    assert locs and all(loc.country == "CG" for loc in locs)


def test_geo_east_timor_is_no_town_of_another_country(pipeline):
    text = "Militia members burned a village close to Dili in East Timor on Friday, killing four people, police said."
    locs = [loc for e in incidents(pipeline, text, PUB) for loc in e.locations]
    assert locs and all(loc.country == "TL" for loc in locs)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "A faction of the Allied Democratic Forces raided a village close to Beni on Sunday, killing eight civilians.",
            "Allied Democratic Forces",
        ),
        (
            "A faction of al-Shabaab overran a police post close to Baidoa on Monday, killing four officers.",
            "al-Shabaab",
        ),
        (
            "Militants of the al-Shabaab movement overran a police post on Monday, killing four officers.",
            "al-Shabaab",
        ),
        (
            "Members of the Boko Haram group raided a village close to Maiduguri on Friday, killing seven farmers.",
            "Boko Haram",
        ),
    ],
)
def test_extract_actors_a_faction_or_members_of_a_listed_group_are_that_group(pipeline, text, attacker):
    initiators = names(incidents(pipeline, text, PUB), "initiators")
    assert attacker in initiators
    assert "Unidentified armed group" not in initiators


def test_extract_actors_members_of_an_unlisted_band_stay_unidentified(pipeline):
    text = "Members of a local gang raided a market close to Maiduguri on Friday, killing three traders."
    assert names(incidents(pipeline, text, PUB), "initiators") <= {"Unidentified armed group"}


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        # 'X, Northern Ireland' is no 'X, northern Ireland': the part word opens a name of its own
        (
            "A parcel bomb went off at a police station in Newry, Northern Ireland, on Thursday, killing one officer.",
            "Newry",
            "GB",
        ),
        (
            "Gunmen raided a police post in Kidal, northern Mali, on Thursday, killing two officers.",
            "Kidal",
            "ML",
        ),
        # a French name's lower-case particles inside a hyphenated name
        (
            "Gang members stormed a police station in Port-au-Prince, Haiti, on Monday, killing four officers.",
            "Port-au-Prince",
            "HT",
        ),
    ],
)
def test_geo_a_name_that_opens_with_a_part_word_or_holds_a_particle_is_read_whole(
    pipeline, text, town, country
):
    locs = {(loc.name, loc.country) for e in incidents(pipeline, text, PUB) for loc in e.locations}
    assert (town, country) in locs


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Insurgents shelled a naval base close to Trincomalee in Sri Lanka on Monday, killing three sailors.",
            "Sri Lanka",
        ),
        (
            "Jihadists overran a national guard post close to Kasserine in Tunisia on Friday, killing two guards.",
            "Tunisia",
        ),
    ],
)
def test_extract_actors_a_naval_or_national_guard_post_is_the_state_s_forces(pipeline, text, state):
    assert state in names(incidents(pipeline, text, PUB), "targets")


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        # a country's name that is also a US state's, after a town of that state
        (
            "A gunman shot dead three shoppers at a mall in Atlanta, Georgia, on Friday, the sheriff said.",
            "Atlanta",
            "US",
        ),
        # the country itself after one of its own towns
        ("Troops shelled a village close to Gori, Georgia, on Monday, killing two farmers.", "Gori", "GE"),
    ],
)
def test_geo_a_country_name_after_a_town_of_a_division_of_that_name_is_the_division(
    pipeline, text, town, country
):
    locs = {(loc.name, loc.country) for e in incidents(pipeline, text, PUB) for loc in e.locations}
    assert (town, country) in locs
