"""How English news presents places, on sentences written for these tests: what is a place, which
one, in which first-level division, and whether an event happened there or something was said there."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.extract import extract_events
from wardesk.geo import find_places, focus_countries


def _mentions(nlp, gaz, text, countries=()):
    doc = nlp(text)
    return find_places(doc, gaz, countries or focus_countries(doc, gaz))


def _named(mentions, text):
    found = [m for m in mentions if m.text == text]
    return found[0] if found else None


# (sentence, mention, the place's country or the unknown name's country context, admin1 or None)
WHERE = [
    # 'the <country> town of X' puts X in that country, whatever other country has an X
    ("Insurgents raided the coastal Mozambique town of Hamilton on Tuesday.", "Hamilton", "MZ", None),
    ("Rebels took the Syrian frontier town of Hamilton after days of clashes.", "Hamilton", "SY", None),
    # ... also where the gazetteer knows a first-level division abroad by that name
    ("Insurgents raided the coastal Mozambique town of Victoria on Tuesday.", "Victoria", "MZ", None),
    # the admin1 the text names beats a homonym in another division
    (
        "An old man was wounded in the village of Novoselivka, Kharkiv region, by drone fire.",
        "Novoselivka",
        "UA",
        "Kharkiv",
    ),
    # a tail of a division's name is looked for in the article's countries only
    (
        "Gunmen attacked Boulkessi in the Centre-North region of Burkina Faso, killing 12 soldiers.",
        "Boulkessi",
        "BF",
        "Centre-North",
    ),
]


@pytest.mark.parametrize(("text", "mention", "country", "admin1"), WHERE)
def test_geo_news_places_country_and_division_from_the_phrase(nlp, gaz, text, mention, country, admin1):
    m = _named(_mentions(nlp, gaz, text), mention)
    assert m is not None
    got_country = m.place.country if m.place is not None else m.country_context
    assert got_country == country
    if admin1 is not None:
        assert m.place is None and m.admin1_context == admin1


def test_geo_news_places_one_town_named_twice_is_one_town(nlp, gaz):
    text = (
        "Rebels entered the Mozambique town of Santa Cruz on Monday. "
        "Santa Cruz, located in the province of Niassa, lies on the lake shore."
    )
    towns = [m for m in _mentions(nlp, gaz, text) if m.text == "Santa Cruz"]
    assert len(towns) == 2
    assert {(m.place, m.country_context, m.admin1_context) for m in towns} == {(None, "MZ", "Niassa")}


def test_geo_news_places_a_common_village_name_is_the_one_of_the_article_region(nlp, gaz):
    text = (
        "Russian shelling hit the Kherson region again. A man was wounded in Kherson region overnight. "
        "Bombs also fell on Vesele, police said."
    )
    vesele = _named(_mentions(nlp, gaz, text), "Vesele")
    assert vesele is not None
    assert (vesele.place.admin1 if vesele.place else vesele.admin1_context) == "Kherson"


# (sentence, mention, role): where something was said, negotiated or held; a type's nickname
ROLES = [
    ("Peace talks in Geneva collapsed as jets bombed Idlib.", "Geneva", "venue"),
    ("The defence ministry in Moscow said its jets hit 40 targets in Syria.", "Moscow", "venue"),
    ("Moscow and Damascus say the pause in bombing will end tonight.", "Moscow", "venue"),
    ("A pair of Tu-160 Blackjack bombers struck targets near Raqqa.", "Blackjack", "attribute"),
    ("Ministers meeting in Brussels condemned the shelling of Aleppo.", "Brussels", "venue"),
    ("Jets bombed Idlib city on Monday.", "Idlib", "place"),
    # where words were said: a statement sent from a town, an audience met in one
    ("The rebels said in a statement from Raqqa that jets struck two villages.", "Raqqa", "venue"),
    ("The governor spoke to journalists in the town of Qardaha after the shelling.", "Qardaha", "venue"),
    ("A shell hit a school in the town of Atarib on Monday.", "Atarib", "place"),
]


@pytest.mark.parametrize(("text", "mention", "role"), ROLES)
def test_geo_news_places_venue_and_attribute_roles(nlp, gaz, text, mention, role):
    ms = _mentions(nlp, gaz, text, ("SY", "RU"))
    m = _named(ms, mention)
    if role == "attribute" and m is None:
        return  # not a place at all is as good
    assert m is not None, [x.text for x in ms]
    assert m.role == role


# (sentence, text that must be no place mention at all)
NOT_PLACES = [
    ('The weekly "Savannah" reported that gunmen killed five people in Muidumbe district.', "Savannah"),
    ("Residential areas were hit and 21 civilians were killed in the air strikes on Raqqa.", "Residential"),
]


@pytest.mark.parametrize(("text", "span"), NOT_PLACES)
def test_geo_news_places_titles_and_capitalised_words_are_no_places(nlp, gaz, text, span):
    assert _named(_mentions(nlp, gaz, text), span) is None


# (sentence, mention, unknown place's name kept whole, precision hint)
WHOLE = [
    ("A suicide bomber struck a patrol near Bagram Air Base on Friday.", "Bagram Air Base", "near"),
    ("The blast wrecked the Shanashil restaurant in Baghdad.", "Shanashil", "near"),
]


@pytest.mark.parametrize(("text", "mention", "hint"), WHOLE)
def test_geo_news_places_bases_and_sites_the_gazetteer_lacks(nlp, gaz, text, mention, hint):
    m = _named(_mentions(nlp, gaz, text, ("AF", "IQ", "US")), mention)
    assert m is not None and m.place is None and m.precision_hint == hint


def test_geo_news_places_a_list_of_villages_shares_its_noun(nlp, gaz):
    text = "Two car bombs exploded in the Baghdad neighbourhoods of Jamila and Shuala on Sunday."
    ms = _mentions(nlp, gaz, text, ("IQ",))
    ur = _named(ms, "Shuala")
    assert ur is not None and ur.source == "pattern" and ur.admin1_context == "Baghdad"


# (text, the article's focus country first)
FOCUS = [
    # countries that act or speak count less than where things happen
    (
        "US officials said US warplanes and Russia bombed Raqqa. The US and Russia blamed each other. "
        "Washington said strikes in Syria would go on.",
        "SY",
    ),
    # a name several countries have is the named country's ('Beni' of the DRC, not Bolivia's department)
    (
        "DRC: rebels killed ten people near Beni. The attack in the Beni territory of the DRC was the third "
        "this month, Beni officials said.",
        "CD",
    ),
]


@pytest.mark.parametrize(("text", "top"), FOCUS)
def test_geo_news_places_focus_is_where_things_happen(nlp, gaz, text, top):
    assert focus_countries(nlp(text), gaz)[0] == top


# (article, place names no event of it may have): events are placed inside the article's war
NOT_EVENT_PLACES = [
    (
        "Russian jets struck Islamic State targets in Raqqa, Syria, on Friday. A pair of Tu-160 Blackjack "
        "bombers flew from a base in Russia and hit targets near Deir ez-Zor, the defence ministry in Moscow "
        "said. Ten fighters were killed, the ministry said.",
        {"Black Jack", "Moscow", "Russia"},
    ),
    (
        "Jets bombed a market in Idlib, Syria, killing 12 people, activists said. Peace talks in Geneva "
        "were suspended on Monday, as US officials said the strikes must stop. Four more people were killed "
        "on Tuesday.",
        {"Geneva", "United States"},
    ),
]


@pytest.mark.parametrize(("text", "banned"), NOT_EVENT_PLACES)
def test_geo_news_places_no_event_where_something_was_said(nlp, text, banned):
    events = extract_events(nlp(text), dt.date(2017, 3, 7))
    assert events
    names = {loc.name for ev in events for loc in ev.locations}
    assert not names & banned, names


def test_geo_news_places_an_unknown_village_borrows_the_coordinates_of_its_town(nlp):
    text = (
        "Shelling killed three civilians in the village of Kafr Sajna Sharqi, 10 km north of Hama, on Monday."
    )
    events = extract_events(nlp(text), dt.date(2019, 5, 7))
    loc = events[0].locations[0]
    assert loc.name == "Kafr Sajna Sharqi" and loc.precision == "near"
    assert loc.coords_from is not None and loc.coords_from.startswith("town:")
    assert loc.lat is not None and 35.0 < loc.lat < 35.3


# (report, the site's name as the text spells it, the division its words put it in)
TOLD_SITES = [
    # a market the gazetteer lacks, then a comma and a part of a province: the name is a place there
    (
        "A rocket struck a crowded bus in Sabra Market, western Hajjah, killing nine people on Monday.",
        "Sabra",
        "Hajjah",
    ),
    # ... also where a town of that name lies in another division: the text's division wins
    (
        "An air strike hit a crowded bus in Khamis Market, northern Hajjah, on Sunday, killing 14 people.",
        "Khamis",
        "Hajjah",
    ),
    (
        "Shelling hit Qaryat Market, southern Idlib, on Friday, killing four traders.",
        "Qaryat",
        "Idlib",
    ),
    (
        "A car bomb exploded at Wadi Nur Mosque, eastern Nangarhar, during prayers, killing seven worshippers.",
        "Wadi Nur",
        "Nangarhar",
    ),
]


@pytest.mark.parametrize(("text", "site", "admin1"), TOLD_SITES)
def test_geo_news_places_a_site_told_with_its_division_is_a_place(nlp, gaz, text, site, admin1):
    m = _named(_mentions(nlp, gaz, text), site)
    assert m is not None and m.place is None
    assert m.admin1_context == admin1 and m.precision_hint == "near"


@pytest.mark.parametrize(("text", "site", "admin1"), TOLD_SITES)
def test_geo_news_places_one_event_at_a_told_site_not_at_its_province(nlp, text, site, admin1):
    events = [e for e in extract_events(nlp(text), dt.date(2021, 3, 9)) if e.kind == "incident"]
    assert len(events) == 1
    names = [loc.name for loc in events[0].locations]
    assert site in names
    loc = next(loc for loc in events[0].locations if loc.name == site)
    assert loc.admin1 == admin1 and loc.precision == "near" and loc.lat is not None


# (sentence, the name a distance is measured from): a place, whatever the tagger took it for
MEASURED_FROM = [
    ("The convoy was hit about 25 kilometres south of Kwatandiri, an officer said.", "Kwatandiri"),
    ("Troops found the camp 40 km (25 miles) north of Dagabou Kanta, the army said.", "Dagabou Kanta"),
    ("Militants set up a checkpoint 12 miles east of Ndolomo on Sunday.", "Ndolomo"),
]


@pytest.mark.parametrize(("text", "name"), MEASURED_FROM)
def test_geo_news_places_a_distance_is_measured_from_a_place(nlp, gaz, text, name):
    m = _named(_mentions(nlp, gaz, text, ("NG",)), name)
    assert m is not None and m.precision_hint == "near"
