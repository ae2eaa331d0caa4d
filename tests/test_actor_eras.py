"""A group founded after an article was published is never its actor (``since`` in actors.yaml,
``ActorEntry.existed_in``): descriptions read by country ("rebels" in Libya, "Chadian rebels")
name the group of the article's own years, or stay as the text writes them. Short reports
written for these tests, each read in two years: before the group existed and after."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents, names

from wardesk.extract.actors import ActorLexicon


@pytest.mark.parametrize(
    ("text", "before", "after", "group"),
    [
        (
            "Chadian rebels fought government troops near Mongo on Sunday, killing at least 20 "
            "soldiers, the army said.",
            "2007-11-26",
            "2021-04-20",
            "FACT",
        ),
        (
            "Tuareg rebels attacked an army post at Tessalit on Tuesday, killing three soldiers, "
            "officials said.",
            "2008-03-19",
            "2022-08-10",
            "CSP-PSD",
        ),
        (
            "Separatist fighters ambushed a gendarmerie patrol near Kumbo on Friday, killing two "
            "gendarmes, the governor said.",
            "1995-06-10",
            "2019-06-10",
            "Ambazonian separatists",
        ),
    ],
)
def test_actor_eras_a_later_group_is_not_the_actor(pipeline, text, before, after, group):
    assert group not in names(incidents(pipeline, text, before), "initiators")
    assert group in names(incidents(pipeline, text, after), "initiators")


def test_actor_eras_a_later_government_gives_the_state_by_name(pipeline):
    text = "Rebels shelled government positions near Brega on Saturday, killing five soldiers, a doctor said."
    assert "Libya" in names(incidents(pipeline, text, "2011-03-20"), "targets")
    assert "Government of National Accord" in names(incidents(pipeline, text, "2017-03-20"), "targets")


def test_actor_eras_every_founding_year_is_a_plausible_year():
    lex = ActorLexicon.default()
    years = [e.since for e in lex.entries if e.since is not None]
    assert len(years) > 100
    assert all(1900 <= y <= 2026 for y in years)
    assert lex.entry("FACT").existed_in(2016) and not lex.entry("FACT").existed_in(2015)
    assert lex.entry("Taliban").existed_in(None)
