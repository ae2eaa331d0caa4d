"""'the X region' names a division, whatever country the story is told from; 'al-X-i' after an
Arabic article is a nisba (a person's name or adjective), not the town X (geo.mentions)."""

from __future__ import annotations

import pytest

from article_helpers import places_of

# (text, the division's name, its country): the story's focus is another country, which has
# a town of that name; the division noun says the division is meant
DIVISIONS = [
    (
        "Russian forces said they shelled positions in the Donetsk region, the Russian defence ministry said in Moscow.",
        "Donetsk",
        "UA",
    ),
    (
        "Moscow said its troops advanced in the Donetsk region. Russia's army claimed two villages.",
        "Donetsk",
        "UA",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), DIVISIONS)
def test_a_division_noun_takes_the_division_over_a_town(nlp, gaz, text, name, country):
    _, found = places_of(nlp, gaz, text)
    place = found[name].place
    assert place is not None
    assert (place.kind, place.country) == ("admin1", country)


def test_a_division_noun_still_takes_the_focus_countrys_own_division(nlp, gaz):
    _, found = places_of(
        nlp, gaz, "A drone struck a depot in the Kursk region overnight, the Russian governor said."
    )
    assert (found["Kursk"].place.kind, found["Kursk"].place.country) == ("admin1", "RU")


NISBAS = [
    ("Police in Iraq arrested a man loyal to al-Baghdadi on Monday.", "al-Baghdadi"),
    (
        "Iraqi troops fought the men of Abu Bakr al-Baghdadi near Mosul. Al-Baghdadi was not seen.",
        "Al-Baghdadi",
    ),
]


@pytest.mark.parametrize(("text", "name"), NISBAS)
def test_an_article_and_a_places_adjective_is_no_place(nlp, gaz, text, name):
    _, found = places_of(nlp, gaz, text)
    assert name not in found, found[name]


def test_a_nisba_shaped_name_in_a_place_pattern_stays_a_place(nlp, gaz):
    _, found = places_of(nlp, gaz, "Militants shelled al-Baghdadi, a town in Anbar province of Iraq.")
    assert "al-Baghdadi" in found
    assert found["al-Baghdadi"].place is None or found["al-Baghdadi"].place.name != "Baghdad"


def test_a_town_named_so_beats_one_listing_the_spelling_as_an_alias(nlp, gaz):
    # GeoNames lists this spelling as an alias of two Ukrainian towns of about one size; the one
    # whose own name it spells is meant, also as a sentence's first word before an attribution
    _, found = places_of(
        nlp, gaz, "Sloviansk, the mayor said, lost power after a night of shelling in Ukraine."
    )
    place = found["Sloviansk"].place
    assert (place.name, place.admin1) == ("Slovyansk", "Donetsk")


def test_a_much_bigger_town_known_by_the_spelling_keeps_it(gaz):
    assert gaz.lookup("Kiev", ("UA",), "city", loose=False)[0].name == "Kyiv"


# A town opening a sentence, with who says so inserted after it: the town is what the sentence is
# about, not the one who speaks (the parser makes it the subject of the verb of saying)
SAID_ABOUT = [
    ("Kramatorsk, the governor said, was hit by two missiles overnight in Ukraine.", "Kramatorsk"),
    ("Palmyra, a Syrian army commander said on Sunday, is now fully under government control.", "Palmyra"),
]


@pytest.mark.parametrize(("text", "name"), SAID_ABOUT)
def test_a_town_before_an_inserted_attribution_is_a_place(nlp, gaz, text, name):
    _, found = places_of(nlp, gaz, text)
    assert name in found
    assert found[name].place is not None
    assert found[name].role == "place"
