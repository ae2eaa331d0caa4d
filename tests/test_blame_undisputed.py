"""Claims of responsibility that settle who did it, end to end on short articles written for these
tests: a group named in a relative clause that claims the act claims it, and a party the sources
alone name, which nobody denies, is the initiator (docs/event-schema.md: the one no source
disputes)."""

from __future__ import annotations

import pytest

from article_helpers import incidents, names

PUB = "2023-06-14"


def _incidents(pipeline, text):
    return incidents(pipeline, text, PUB)


_names = names


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A bomb tore through a bus depot in Quetta on Sunday, killing nine people. The Pakistani "
            "Taliban, which claimed the blast, said it was aiming at police.",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "A roadside bomb hit an army truck near Kidal on Monday, killing three soldiers. JNIM, which "
            "claimed the ambush in a statement, warned of more.",
            "JNIM",
        ),
    ],
)
def test_blame_a_group_which_claimed_the_act_is_its_undisputed_initiator(pipeline, text, claimant):
    evs = _incidents(pipeline, text)
    assert any(c.stance == "claims" and c.actor == claimant for e in evs for c in e.claims)
    assert claimant in _names(evs, "initiators")


def test_blame_a_group_which_claimed_acts_of_a_kind_claims_nothing_here(pipeline):
    text = (
        "A roadside bomb hit an army truck near Kidal on Monday, killing three soldiers. JNIM, which "
        "has claimed similar ambushes before, made no comment."
    )
    evs = _incidents(pipeline, text)
    assert not any(c.what == "responsibility" and c.actor == "JNIM" for e in evs for c in e.claims)


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        (
            "Kyiv accused Moscow of shelling a maternity ward in Kherson on Monday, killing two nurses.",
            "Kyiv",
            "Russia",
        ),
        (
            "Ukraine accused Russia of a drone strike on a depot in Odesa that killed three workers on Monday.",
            "Ukraine",
            "Russia",
        ),
        (
            "Congo blamed Rwanda for the assault on a camp near Goma that killed 12 people on Friday.",
            # a bare "Congo" is the DRC's name (countries_extra.csv), named as the country is
            "Democratic Republic of the Congo",
            "Rwanda",
        ),
    ],
)
def test_actors_a_country_accused_by_name_is_the_accused_party(pipeline, text, accuser, accused):
    evs = _incidents(pipeline, text)
    assert any(
        c.stance == "accuses" and c.actor == accused and c.source == accuser for e in evs for c in e.claims
    )
    assert accused in _names(evs, "initiators")
