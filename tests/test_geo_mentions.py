"""find_places and focus_countries on sentences written for these tests."""

from __future__ import annotations

import pytest

from wardesk.geo import find_places, focus_countries


def _found(nlp, gaz, text, countries=()):
    return find_places(nlp(text), gaz, countries)


def _by_text(mentions):
    return {m.text: m for m in mentions}


# (sentence, mention text, expected place name or None for an unknown name, precision hint)
FOUND = [
    ("Russian jets struck Jisr al-Shughur on Sunday.", "Jisr al-Shughur", "Jisr ash Shughur", "exact"),
    ("Shells fell on the village of Salma in the Latakia countryside.", "Salma", "Salma", "exact"),
    ("Shells fell on the village of Qarqur al-Gharbi, activists said.", "Qarqur al-Gharbi", None, "exact"),
    ("Rebels attacked positions in Idlib province overnight.", "Idlib", "Idlib", "admin1"),
    ("Clashes continued in the Hama countryside.", "Hama", "Hama", "admin1"),
    ("Barrel bombs hit the Damascus countryside.", "Damascus", "Rif Dimashq", "admin1"),
    ("Fighting raged near Kafranbel for a third day.", "Kafranbel", "Kafr Nabl", "near"),
    ("Troops advanced east of Khan Sheikhoun.", "Khan Sheikhoun", "Khan Shaykhun", "near"),
    ("Shelling hit the outskirts of Maarat al-Numan.", "Maarat al-Numan", "Maarrat an Numan", "near"),
    ("Two died in Aleppo's Sukkari neighbourhood.", "Sukkari", "Sukkari", "near"),
    ("Settlers attacked the Givat Zemerqol settlement at dawn.", "Givat Zemerqol", None, "exact"),
    (
        "Gunmen opened fire on farmers in Sudan on Tuesday in Omar locality, police said.",
        "Omar",
        None,
        "exact",
    ),
    # a particle joins one name: the province, not the city of Zamboanga and a place 'Sur'
    (
        "Marines fought gunmen near a farm in Zamboanga del Sur province.",
        "Zamboanga del Sur",
        "Zamboanga del Sur",
        "admin1",
    ),
    # the same for a province no gazetteer has (a made-up one)
    (
        "Marines fought gunmen near a farm in Pandanan del Sur province.",
        "Pandanan del Sur",
        None,
        "admin1",
    ),
    ("The drone struck the town of Deir Ezzor.", "Deir Ezzor", "Deir ez-Zor", "exact"),
    # a sea's name runs on over "of": not the port city it is named after
    ("Drones hit a grain ship in the Sea of Azov on Sunday.", "Sea of Azov", "Sea of Azov", "near"),
    ("Three people were killed in Raqa on Monday.", "Raqa", "Ar Raqqah", "exact"),
    ("Ukrainian drones hit an oil depot in Bryansk region.", "Bryansk", "Bryansk", "admin1"),
    ("Russia said it shot down drones over the Black Sea.", "Black Sea", "Black Sea", "near"),
    ("Russia said it shot down drones over the Black Sea.", "Russia", "Russia", "country"),
    ("The strike targeted Hmeimim air base.", "Hmeimim", "Hmeimim", "exact"),
    ("Government forces shelled Douma in Eastern Ghouta.", "Eastern Ghouta", "Eastern Ghouta", "near"),
    ("Government forces shelled Douma in Eastern Ghouta.", "Douma", "Duma", "exact"),
    ("Israeli forces raided the Nuseirat camp in the Gaza Strip.", "Gaza Strip", "Gaza Strip", "near"),
    ("Missiles hit Kharkiv and Kherson overnight, officials said.", "Kherson", "Kherson", "exact"),
    ("The militants withdrew from Marib after fighting in Hodeidah.", "Hodeidah", "Al Hudaydah", "exact"),
    ("A suicide bomber struck a market in Mogadishu.", "Mogadishu", "Mogadishu", "exact"),
    ("Boko Haram fighters raided a village in Borno State.", "Borno", "Borno", "admin1"),
    ("Barrel bombs hit the town of al-Bab on Sunday.", "al-Bab", "Al Bab", "exact"),
    ("Jets struck as-Safira and al Bab overnight.", "as-Safira", "As Safirah", "exact"),
    ("Jets struck as-Safira and al Bab overnight.", "al Bab", "Al Bab", "exact"),
    # headline capitals the small model reads as one person or organisation
    ("Car Bomb in Syria's Aleppo Kills 23 including Militants", "Aleppo", "Aleppo", "exact"),
    ("Car Bomb in Syrias Aleppo Kills 23 including Militants", "Aleppo", "Aleppo", "exact"),
    (
        "Russian strikes kill 34 civilians in Syrias Deir Ezzor Monitor AFP Sunday",
        "Deir Ezzor",
        "Deir ez-Zor",
        "exact",
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a name after a country's possessive, where the event happened: a place of that country,
        # known to the gazetteer or not
        ("Gunmen killed eleven farmers in an attack in Nigeria's Dogon Daji on Monday.", "Dogon Daji", "NG"),
        ("The raid on Tuesday in Sierra Leone's Kailahun Wanda left nine dead.", "Kailahun Wanda", "SL"),
    ],
)
def test_geo_find_places_a_possessive_country_presents_a_place(nlp, gaz, text, mention, country):
    found = _by_text(_found(nlp, gaz, text))
    assert mention in found, [m.text for m in found.values()]
    assert found[mention].country_context == country


@pytest.mark.parametrize(("text", "mention", "name", "hint"), FOUND)
def test_geo_find_places_finds(nlp, gaz, text, mention, name, hint):
    found = _by_text(_found(nlp, gaz, text))
    assert mention in found, [m.text for m in found.values()]
    m = found[mention]
    assert (m.place.name if m.place else None) == name
    assert m.precision_hint == hint


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck Aleppo, Idlib and Hama on Sunday.",  # a list of places, not a town and its province
        "Jets struck Saraqib, Idlib's second town, on Sunday.",
    ],
)
def test_geo_find_places_a_list_is_no_town_and_its_province(nlp, gaz, text):
    first = _found(nlp, gaz, text)[0]
    assert first.admin1_context is None, first


# (sentence, text that must not be a place mention)
NOT_PLACES = [
    ("Salma Hayek said the film would open in May.", "Salma"),
    # who holds or backs something is no place ('UK-based' already was not)
    ("Families left the Kiev-controlled part of the province on Friday.", "Kiev"),
    ("A Tehran-backed militia attacked a base on Friday.", "Tehran"),
    ("The US-led coalition struck a bridge on Friday.", "US"),
    ("Salma Hayek said the film would open in May.", "Salma Hayek"),
    ("Most of the strikes hit empty buildings.", "Most"),
    ("Along the road, the convoy was attacked.", "Along"),
    ("Fighters of the Hama Brigade took the hill.", "Hama"),
    ("The Aleppo Media Center posted a video.", "Aleppo"),
    ("Syrian troops advanced on the town.", "Syrian"),
    ("Russian and Iranian officials met on Monday.", "Russian"),
    ("Russian and Iranian officials met on Monday.", "Iranian"),
    ("The Syrian Observatory for Human Rights gave the toll.", "Syrian"),
    ("Salma said the talks would resume on Monday.", "Salma"),
    ("Many families fled the fighting on Friday.", "Many"),
    ("Fighters of the Islamic State group attacked a checkpoint.", "Islamic"),
    ("Wed 05 Apr 2017: jets struck a market in Idlib.", "Apr"),
    ("Fighters of Hayat Tahrir al-Sham shelled the town.", "Sham"),
    ("He said al-Assad forces attacked al-Nusra positions.", "al-Assad"),
    ("He said al-Assad forces attacked al-Nusra positions.", "al-Nusra"),
    ("Troops moved as Aleppo was shelled.", "as Aleppo"),
    ("Car Bomb in Syrias Aleppo Kills 23 including Militants", "Car"),
    ("A car bomb exploded near the CAR border, the Jordan Times reported.", "Jordan"),
    ("A warning by the FBI and the Department of Homeland Security said bombs were used.", "Homeland"),
    ("The Federal Bureau of Investigation said the device was a pressure cooker.", "Federal"),
    ("A spokesman for the Department of Justice declined to comment.", "Justice"),
    # a place before "-controlled", "-installed", "-backed": a side, not where it happened
    ("Shells hit a bus leaving the Damascus-controlled part of the province.", "Damascus"),
    ("The Moscow-installed mayor said four people died in the blast.", "Moscow"),
    ("A Tehran-backed militia fired rockets at the base.", "Tehran"),
    ("Families fled the Kabul-run districts before the raid.", "Kabul"),
]


@pytest.mark.parametrize(("text", "span"), NOT_PLACES)
def test_geo_find_places_avoids_false_hits(nlp, gaz, text, span):
    assert span not in [m.text for m in _found(nlp, gaz, text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The chief told colleagues of Radio Moto Beni that the toll had risen.", "Beni"),
        ("He told Radio Kalima Bunia on Friday that the road was closed.", "Bunia"),
        ("He told Radio Kalima Bunia on Friday that the road was closed.", "Kalima"),
        ("He told Radio Okapi Goma on Friday that the road was closed.", "Goma"),
    ],
)
def test_geo_find_places_a_station_named_after_its_town_is_no_place(nlp, gaz, text, span):
    """An organisation whose name opens with its kind ('Radio ...') and ends with a town is no place."""
    assert span not in [m.text for m in _found(nlp, gaz, text, ("CD",))]


@pytest.mark.parametrize(
    ("text", "dateline_city", "other"),
    [
        ("MOSCOW, Oct 12 (Reuters) - Russian jets struck targets in Idlib province.", "MOSCOW", "Idlib"),
        ("BEIRUT (Reuters) - Air strikes killed five people in Aleppo on Friday.", "BEIRUT", "Aleppo"),
        ("Moscow – Russia said its forces hit targets near Kharkiv.", "Moscow", "Kharkiv"),
        # two cities filed from
        ("NAIROBI/MOGADISHU - A car bomb killed five people in Baidoa on Friday.", "NAIROBI", "Baidoa"),
        # a dateline with its date and agency but no dash after it, as some agencies print it
        ("Lahore, Jun 3 (PTI) Gunmen killed four policemen in Quetta on Sunday.", "Lahore", "Quetta"),
        ("ADDIS ABABA/NAIROBI (Reuters) - Gunmen killed 12 people in Gambella.", "ADDIS ABABA", "Gambella"),
        # a later paragraph opening with a dateline, as pasted syndicated copy repeats it
        (
            "Shells hit Kharkiv on Friday.\n\nDnipro (Ukraine): Shells hit Kharkiv on Friday, officials said.",
            "Dnipro",
            "Kharkiv",
        ),
    ],
)
def test_geo_find_places_marks_dateline(nlp, gaz, text, dateline_city, other):
    found = _by_text(_found(nlp, gaz, text))
    assert found[dateline_city].dateline is True
    assert found[other].dateline is False


@pytest.mark.parametrize(
    ("text", "countries", "mention", "country"),
    [
        ("A car bomb exploded in Tripoli on Friday.", ("LB",), "Tripoli", "LB"),
        ("A car bomb exploded in Tripoli on Friday.", ("LY",), "Tripoli", "LY"),
        ("A car bomb exploded in Tripoli, Lebanon's second city.", (), "Tripoli", "LB"),
        ("Clashes erupted in Tripoli, the capital of Libya.", (), "Tripoli", "LY"),
        ("Shelling hit Homs again, killing four.", ("SY",), "Homs", "SY"),
        ("Shelling hit Homs again, killing four.", ("LY",), "Homs", "LY"),
        # 'the municipalities of': villages of the story's country, not a foreign capital
        (
            "Guerrillas raided police posts across the municipalities of Buenos Aires and Morales.",
            ("CO",),
            "Buenos Aires",
            "CO",
        ),
    ],
)
def test_geo_find_places_homonyms_follow_focus(nlp, gaz, text, countries, mention, country):
    m = _by_text(_found(nlp, gaz, text, countries))[mention]
    assert m.place is not None and m.place.country == country


@pytest.mark.parametrize(
    ("text", "mention", "admin1", "prep"),
    [
        ("The strike hit Kafr Zita in the Hama countryside.", "Kafr Zita", "Hama", None),
        ("Jets bombed the village of Tal Mardikh in Idlib province.", "Tal Mardikh", "Idlib", "of"),
        ("Rockets landed in Kafr Nabl, Idlib province.", "Kafr Nabl", "Idlib", "in"),
        ("Two died in Aleppo's Sukkari neighbourhood.", "Sukkari", "Aleppo", "in"),
        # 'X, Y' with Y a province of the story's country, without the word 'province'
        ("Shells hit Pervomaiske, Kherson, on Sunday.", "Pervomaiske", "Kherson", None),
        ("Gunmen raided Dogon Gari, Borno, at night.", "Dogon Gari", "Borno", None),
    ],
)
def test_geo_find_places_admin1_context(nlp, gaz, text, mention, admin1, prep):
    m = _by_text(_found(nlp, gaz, text))[mention]
    assert m.admin1_context == admin1
    if prep:
        assert m.preposition == prep


@pytest.mark.parametrize(
    ("text", "mention", "prep"),
    [
        ("Fighting raged near Kafranbel.", "Kafranbel", "near"),
        ("The convoy came from Aleppo.", "Aleppo", "from"),
        ("Jets flew over Idlib province.", "Idlib", "over"),
        ("Troops advanced east of Khan Sheikhoun.", "Khan Sheikhoun", "east of"),
    ],
)
def test_geo_find_places_preposition(nlp, gaz, text, mention, prep):
    assert _by_text(_found(nlp, gaz, text))[mention].preposition == prep


def test_geo_find_places_offsets_match_text(nlp, gaz):
    doc = nlp("Shells hit Deir ez-Zor and the village of Salma in the Latakia countryside.")
    for m in find_places(doc, gaz):
        assert doc.text[m.start_char : m.end_char] == m.text == doc[m.token_start : m.token_end].text


@pytest.mark.parametrize(
    ("text", "top"),
    [
        ("Syrian troops shelled Idlib. The Syrian army said Aleppo was calm. Russia denied it.", "SY"),
        ("Ukrainian officials said Kharkiv and Kherson were hit by Russian missiles from Belgorod.", "UA"),
        ("Yemen's Houthis fired at Marib; Saudi jets struck Sanaa and Saada.", "YE"),
        ("Fighting in Mogadishu and Lower Shabelle killed 12, Somali police said.", "SO"),
        # '<Country>-led' describes an actor, weighing like a demonym
        ("US-led air strikes hit a Syrian town, a Syrian monitor said.", "SY"),
        # towns too small to count alone settle it for a country the text also names
        (
            "US jets hit Manbij. The US said Manbij was calm; US officials denied it. "
            "Civilians fled Manbij for Jarabulus in Syria, a US spokesman said.",
            "SY",
        ),
    ],
)
def test_geo_focus_countries(nlp, gaz, text, top):
    assert focus_countries(nlp(text), gaz)[0] == top


@pytest.mark.parametrize(
    ("text", "street", "admin1", "town"),
    [
        (
            "Two bombs exploded on Boylston Street in Boston on Monday.",
            "Boylston Street",
            "Massachusetts",
            "Boston",
        ),
        ("A bus blew up on Oxford Street in Belfast.", "Oxford Street", "Northern Ireland", "Belfast"),
        (
            "A car bomb went off on Rue Victor Hugo in Lyon.",
            "Rue Victor Hugo",
            "Auvergne-Rhône-Alpes",
            "Lyon",
        ),
    ],
)
def test_geo_a_street_is_a_part_of_its_town(nlp, gaz, text, street, admin1, town):
    found = _by_text(_found(nlp, gaz, text))
    assert found[street].place is None and found[street].precision_hint == "near"
    assert found[street].admin1_context == admin1
    assert found[town].place is not None and found[town].place.name == town
    assert "Oxford" not in found  # a street named after a town is not that town


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Syrian Troops Cut Key Aleppo Road", "Aleppo"),  # a road named after a town
        ("UNICEF Director Alan Lane said the school in Idlib was hit.", "Idlib"),  # a surname
    ],
)
def test_geo_roads_to_towns_and_surnames_are_not_streets(nlp, gaz, text, place):
    found = _by_text(_found(nlp, gaz, text, ("SY",)))
    assert any(m.place is not None and m.place.name == place for m in found.values())
    assert not any(k.endswith(("Road", "Lane")) for k in found)


def test_geo_an_unknown_place_takes_the_province_of_the_town_its_direction_phrase_names(nlp, gaz):
    text = (
        "Two shells were reported near the charity's clinic in Latakia "
        "and close to Handarat refugee camp north of Homs."
    )
    found = _by_text(_found(nlp, gaz, text, ("SY",)))
    assert found["Handarat"].place is None
    assert found["Handarat"].admin1_context == "Homs"  # not Latakia, though as near in the text


@pytest.mark.parametrize(
    ("text", "countries", "name", "found"),
    [
        # where names are transliterated, a loose spelling is the town
        ("Shelling hit the village of Talbeesah on Monday.", ("SY",), "Talbeesah", "Talbiseh"),
        ("Gunmen attacked the village of Seraqeb on Monday.", ("SY",), "Seraqeb", "Saraqib"),
        # where names are printed as the country writes them, a name merely like a town's is
        # another village the gazetteer lacks
        ("Rebels attacked the village of Timbe in Cauca on Monday.", ("CO",), "Timbe", None),
        ("Troops raided the village of Marine on Monday.", ("PH",), "Marine", None),
        # and a loose spelling must lie in the division the text puts it in
        ("Troops raided the village of Mariane in Cotabato on Monday.", ("PH",), "Mariane", None),
        ("Rebels attacked the village of Tambu in Cauca on Monday.", ("CO",), "Tambu", "El Tambo"),
    ],
)
def test_geo_find_places_a_loose_spelling_needs_support(nlp, gaz, text, countries, name, found):
    """A loose (skeleton) match stands for the text's name only where names come in many spellings
    or the text's division agrees; else the name stays a place the gazetteer lacks."""
    m = _by_text(_found(nlp, gaz, text, countries))[name]
    assert (m.place.name if m.place is not None else None) == found
    if found is not None:
        assert m.place.admin1 != "Nariño"  # 'in Cauca': not the Nariño town of that spelling


@pytest.mark.parametrize(
    ("text", "countries", "absent", "present"),
    [
        # the tail of a hyphenated division's name is no other country's division
        ("Gunmen killed nine people in the Centre-North region on Sunday.", ("BF",), "North", None),
        ("Raiders struck a village of the Upper-West region on Sunday.", ("GH",), "West", None),
        # two names joined by a hyphen are both places of the article's country
        ("Shells hit the Damascus-Aleppo highway on Sunday.", ("SY",), None, "Aleppo"),
    ],
)
def test_geo_find_places_the_tail_of_a_hyphenated_name(nlp, gaz, text, countries, absent, present):
    found = {m.text: m for m in _found(nlp, gaz, text, countries)}
    if absent:
        assert absent not in found, found
    if present:
        assert present in found and found[present].place.country == countries[0], found


# Texts of our own: capitals, lower case, numbers, Arabic script (no capitals), an article prefix.
CAPS_TEXTS = [
    "Gunmen raided al-Qasr village and the Old Market in Kidal on 3 May.",
    "ضربة جوية على حلب and then 12 more strikes near Ras al-Ain",
    "no capital letters here at all",
]


@pytest.mark.parametrize("text", CAPS_TEXTS)
def test_geo_mentions_per_document_token_arrays_built_once(nlp, text):
    """The capitalisation column comes from the per-text memo (equal to asking each token), and the
    entity-per-token array is built once per document for both the focus count and the finder."""
    from wardesk.geo.mentions import _CAPS_OF, _caps, _ent_at, _is_cap

    doc = nlp(text)
    assert _caps(doc) == [_is_cap(t.text) for t in doc]
    assert all(t.text in _CAPS_OF for t in doc)
    assert _ent_at(doc) is _ent_at(doc)
    assert [e.text if e is not None else None for e in _ent_at(doc)] == [
        next((e.text for e in doc.ents if e.start <= t.i < e.end), None) for t in doc
    ]
