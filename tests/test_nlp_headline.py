"""Title Case headlines read in sentence case (nlp.headline), on headlines written for these tests."""

import pytest

from wardesk.flows.extract import read_headline
from wardesk.nlp.headline import english_words, is_title_case, sentence_case

BODY = (
    "Government jets bombed a convoy of fuel trucks near Tawila on Monday, killing nine "
    "drivers, officials of the Sudan Liberation Army said. The strikes hit the convoy twice."
)


@pytest.mark.parametrize(
    "headline,expected",
    [
        # words the body writes in lower case lose their capital; names it capitalises keep it
        (
            "Jets Bomb Fuel Convoy Near Tawila, Killing Nine",
            "Jets bomb fuel convoy near Tawila, killing nine",
        ),
        # an acronym keeps its capitals, a hyphenated word is read part by part
        ("SLA Says Fuel-Laden Convoy Hit Twice", "SLA says fuel-laden convoy hit twice"),
        # a sentence-case headline is left as it is
        ("Jets bomb a fuel convoy in Darfur", "Jets bomb a fuel convoy in Darfur"),
    ],
)
def test_nlp_headline_sentence_case(nlp, headline, expected):
    assert sentence_case(headline, BODY, english_words(nlp)) == expected


def test_nlp_headline_unknown_words_keep_their_capital_unless_english_verbs(nlp):
    out = sentence_case("Drones Pummel Market In Kutum As Fighting Rages", "", english_words(nlp))
    assert out == "Drones pummel market in Kutum as fighting rages"


def test_nlp_headline_all_capitals(nlp):
    out = sentence_case("JETS BOMB CONVOY NEAR TAWILA", BODY, english_words(nlp))
    assert out == "Jets bomb convoy near Tawila"


@pytest.mark.parametrize(
    "headline,title_case",
    [
        ("Rebels Kill Eight Villagers In Northern Mali", True),
        ("Rebels kill eight villagers in northern Mali", False),
        ("UN: Gaza Toll Rises", True),
        ("Two dead", False),
    ],
)
def test_nlp_headline_is_title_case(headline, title_case):
    assert is_title_case(headline) is title_case


def test_nlp_headline_repeated_in_the_text_is_recased_in_place(nlp):
    text = "Jets Bomb Fuel Convoy Near Tawila\n" + BODY
    title, read = read_headline("Jets Bomb Fuel Convoy Near Tawila", text, english_words(nlp))
    assert read.startswith("Jets bomb fuel convoy near Tawila\n")
    assert len(read) == len(text) and read[34:] == text[34:]
