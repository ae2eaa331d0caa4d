"""A toll told once for places listed together is the area's, not one incident's (extract.split,
extract.article._over_provinces). "Strikes on two towns are two incidents" (event schema), so a
sentence that lists towns apart is split town by town; its one toll for all of them stays a claim
but becomes neither town's fatality figure, or a story would compare a two-province tally with one
market's dead. A count given town by town stays with its town. Our own sentences, many wars."""

from __future__ import annotations

import pytest

from article_helpers import incidents
from wardesk.record import Article


def _tolls(pipeline, text: str, published: str) -> dict[str, int | None]:
    """Each incident's first place and its fatality figure."""
    return {
        e.locations[0].name: (e.fatalities.best if e.fatalities else None)
        for e in incidents(pipeline, text, published)
        if e.locations
    }


@pytest.mark.parametrize(
    ("text", "published", "towns"),
    [
        (
            "Shelling of Marib and Taiz killed 17 civilians on Monday, the ministry said.",
            "2021-03-02",
            {"Marib", "Taiz"},
        ),
        (
            "More than 60 people were killed on Saturday in government air raids on Kassala and Gedaref, "
            "a rights group said.",
            "2024-02-11",
            {"Kassala", "Gedaref"},
        ),
        (
            "Mortar fire on Kismayo and Baidoa killed at least 23 people on Thursday, officials said.",
            "2012-06-08",
            {"Kismayo", "Baidoa"},
        ),
    ],
)
def test_one_toll_for_towns_listed_together_is_neither_towns(pipeline, text, published, towns):
    tolls = _tolls(pipeline, text, published)
    assert towns <= set(tolls), tolls
    assert all(tolls[t] is None for t in towns), tolls
    # the figure is kept as a claim of the article, told by its source
    evs = pipeline.run(Article(id="t", text=text, published=published)).events
    assert any(c.what == "killed" for e in evs for c in e.claims)


def test_counts_given_town_by_town_stay_with_their_towns(pipeline):
    text = "Shelling killed 9 civilians in Marib and 8 in Taiz on Monday, the ministry said."
    assert _tolls(pipeline, text, "2021-03-02") == {"Marib": 9, "Taiz": 8}


def test_a_toll_for_two_towns_and_one_for_a_third_clause(pipeline):
    text = (
        "The new raids came a day after more than 90 people were killed in bombardment on Kassala and "
        "Gedaref while six others were killed on the outskirts of Khartoum."
    )
    tolls = _tolls(pipeline, text, "2024-02-11")
    assert tolls.get("Kassala") is None and tolls.get("Gedaref") is None, tolls
    assert tolls.get("Khartoum") == 6, tolls


def test_two_provinces_named_as_the_scene_make_a_tally(pipeline):
    text = "Government jets pounded Hama and Idlib provinces on Saturday, killing more than 40 civilians, a monitor said."
    evs = pipeline.run(Article(id="t", text=text, published="2019-05-12")).events
    assert not [e for e in evs if e.kind == "incident" and e.fatalities and e.fatalities.best == 40]
    assert any(e.kind == "aggregate" for e in evs)


def test_a_town_inside_its_province_stays_one_incident(pipeline):
    text = "Gunmen attacked a police post outside Maiduguri in Borno state on Monday, killing four officers, police said."
    tolls = _tolls(pipeline, text, "2015-04-14")
    assert 4 in tolls.values(), tolls
