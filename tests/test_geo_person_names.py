"""A person's surname is no place: names after a title, surnames of full names, names in apposition
to a person's noun, and names the tagger calls persons that act as persons (geo.mentions)."""

from __future__ import annotations

import pytest

from article_helpers import places_of

# (text, a person's name that must give no place, the focus country the article keeps first)
PERSONS = [
    # the surname of a full name given earlier, as the object of a preposition
    (
        "Jets bombed a market in Idlib, killing 20. The raid came a day after George W. Bush met his "
        "advisers. Critics of Bush blamed the war.",
        "Bush",
        "SY",
    ),
    # a title before a lone name, even where the comma after it reads like 'X, <province>'
    (
        "Militants stormed a base in Helmand. Under pressure from President Bush, Kabul sent troops.",
        "Bush",
        "AF",
    ),
    # a title, then the same name bare as the subject
    (
        "A drone hit Kursk. Defence Secretary Austin told reporters that Austin would visit Kyiv.",
        "Austin",
        "RU",
    ),
    # a person's noun in apposition
    ("Rebels shelled Aleppo on Monday. Santos, a UN spokesman, said 12 people died.", "Santos", "SY"),
    ("Airstrikes hit Sanaa overnight. Mr. Jackson, a British diplomat, called for calm.", "Jackson", "YE"),
    # a name the tagger calls a person, as the agent of a passive, of a town abroad
    (
        "Gunmen killed six in Cauca. The attack was condemned by Santos, who promised a response.",
        "Santos",
        "CO",
    ),
]


@pytest.mark.parametrize(("text", "name", "focus"), PERSONS)
def test_a_persons_name_is_no_place(nlp, gaz, text, name, focus):
    countries, found = places_of(nlp, gaz, text)
    assert name not in found, found[name] if name in found else None
    assert countries[:1] == [focus]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the title and apposition rules leave the other names of the article alone
        ("Defence Secretary Austin said shells fell on Kramatorsk and Sloviansk.", "Kramatorsk"),
        # a town the small model calls a person stays a town of the article's country
        ("Rebels attacked Goma. Goma fell to the rebels by nightfall, officials said.", "Goma"),
        ("Russian jets struck Jisr al-Shughur on Sunday, killing nine.", "Jisr al-Shughur"),
        # a town the tagger calls a person, the subject of a verb a town may have, stays a town
        ("Russian missiles hit Kharkiv and Odesa. Belgorod came under heavy fire on Sunday.", "Belgorod"),
        # a lower-case adjective is no title ('a major offensive' has no Major)
        ("Rebels prepared a major Homs offensive after the talks in Geneva failed.", "Homs"),
        # a headline's run of capitals the tagger calls a person, after whose town it is
        ("Twin blasts kill 30 as bombers target Iraqs Kirkuk near Iranian border", "Kirkuk"),
    ],
)
def test_towns_beside_persons_stayplaces_of(nlp, gaz, text, name):
    _countries, found = places_of(nlp, gaz, text)
    assert name in found and found[name].place is not None


def test_a_persons_name_stays_a_town_where_the_words_make_it_one(nlp, gaz):
    # 'the village of X' names a place whatever person bears its name
    text = "Shells hit the village of Salma in Latakia. Colonel Hassan Salma denied it."
    _countries, found = places_of(nlp, gaz, text)
    assert "Salma" in found and found["Salma"].place is not None
    assert found["Salma"].place.country == "SY"
