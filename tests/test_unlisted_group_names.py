"""Named groups the actor table does not list (``extract.unlisted``): typed by the head noun of
their name, found when spaCy misses or cuts the name, read through the short form the text defines
for them, and never replaced by a listed actor through a short form the text defines otherwise.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents, names

from wardesk.extract.actors import ActorLexicon
from wardesk.extract.attribution import defined_acronyms
from wardesk.extract.unlisted import UnlistedWords, group_name_runs, group_type


@pytest.mark.parametrize(
    ("name", "typ"),
    [
        ("guerrilla army of the poor", "rebel_group"),  # the head before "of", not the last word
        ("union of forces for sahel renewal", "rebel_group"),  # an umbrella head: the group noun inside
        ("magdalena peasant self defence forces", "militia"),  # a marker fixes the type
        ("hombori self defence group", "militia"),
        ("sikin clan", "militia"),
        ("national organisation of cypriot fighters", "rebel_group"),
        ("committee for the protection of journalists", None),
    ],
)
def test_unlisted_group_type_reads_the_head_noun(name: str, typ: str | None) -> None:
    assert group_type(name.split(), UnlistedWords.default()) == typ


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hombori Self-Defence Group attacked herders near Boni.", ["Hombori Self-Defence Group"]),
        (
            "Fighters of the Oromo Peasants' Liberation Front raided a post.",
            ["Oromo Peasants' Liberation Front"],
        ),
        ("Gunmen of the Tigers Militia shelled the port.", ["Tigers Militia"]),
        ("Youths of the Abgaal clan looted the market.", ["Abgaal clan"]),
        ("A patrol from the 61st Mechanised Battalion came under fire.", []),  # a state unit
        ("The Mechanised Infantry Brigade moved north.", []),
        ("On Sunday the market reopened.", []),
    ],
)
def test_unlisted_group_name_runs_find_whole_names(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    runs = group_name_runs(doc, ActorLexicon.default(), UnlistedWords.default())
    assert [doc[s:e].text for s, e, _name in runs] == expected


def test_unlisted_group_name_runs_split_joined_clans(nlp) -> None:
    """ "the fight between the Sikin and Kaekin clans": two clans, each named with its tail word."""
    doc = nlp("Police said the fight between the Garre and Murule clans flared again.")
    runs = group_name_runs(doc, ActorLexicon.default(), UnlistedWords.default())
    assert [name for _s, _e, name in runs] == ["Garre clan", "Murule clan"]


def test_unlisted_defined_acronym_takes_the_shortest_name() -> None:
    text = "Guerrillas of the Andean Workers Front (AWF) blew up a pylon."
    assert defined_acronyms(text)["AWF"] == "Andean Workers Front"


@pytest.mark.parametrize(
    ("text", "published", "initiator", "banned"),
    [
        (  # a short form the text defines: the group it names (listed under that name: Polisario's
            # armed wing), not the listed group of those letters (South Sudan's army)
            "The Sahrawi People's Liberation Army (SPLA) said SPLA units attacked a Moroccan garrison at "
            "Bir Anzarane on Friday, killing eight soldiers.",
            "1979-08-11",
            "Polisario Front",
            {"South Sudan", "Sudan People's Liberation Army"},
        ),
        (  # the short form later in the text, before a member noun
            "The Front for the Liberation of the Ogooue Valley (FLOV) was formed last year. On Tuesday "
            "FLOV gunmen ambushed a police convoy near Lastoursville, killing three officers.",
            "1996-04-02",
            "Front for the Liberation of the Ogooue Valley",
            set(),
        ),
        (  # forces loyal to a person the table does not list
            "Forces loyal to Abdul Rashid Dostum shelled the centre of Kabul on Saturday, killing 20 people.",
            "1994-01-09",
            "Abdul Rashid Dostum",
            set(),
        ),
        (  # a militia named before a lower-case "militia": the name without it
            "The Besi Merah militia burned houses in Liquica on Sunday and killed nine people, witnesses said.",
            "1999-04-07",
            "Besi Merah",
            set(),
        ),
        (  # a later bare "militiamen" stands for the one militia the article names
            "Members of the Laksaur militia attacked the village of Suai on Monday. Witnesses said the "
            "militiamen shot dead four men and burned a church.",
            "1999-09-07",
            "Laksaur",
            {"Unidentified armed group", "militia", "militiamen"},
        ),
    ],
)
def test_unlisted_named_groups_keep_their_names(
    pipeline, text: str, published: str, initiator: str, banned: set[str]
) -> None:
    ini = names(incidents(pipeline, text, published), "initiators")
    assert initiator in ini
    assert not ini & banned
