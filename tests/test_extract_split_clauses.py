"""A sentence that lists towns of one incident and, in a clause of its own, another incident
elsewhere: each keeps its place. Short reports written for these tests."""

from __future__ import annotations

import pytest

from wardesk.record import Article


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Two bombs in the Mosul neighbourhoods of Zanjili and Hadba killed six people, while a car "
            "bomb in the town of Qayyara, south of Mosul, wounded eight people, officials said.",
            {"Zanjili", "Hadba", "Qayyara"},
        ),
        (
            "Two bombs in the Mosul neighbourhoods of Zanjili and Hadba killed six people and wounded 20 "
            "others, while a suicide attack in the town of Tal Afar, west of Mosul, killed three guards, "
            "officials said.",
            {"Zanjili", "Hadba", "Tal Afar"},
        ),
    ],
)
def test_extract_split_clauses_a_contrasted_clause_keeps_its_town(pipeline, text, towns):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    names = {loc.name for e in events if e.kind == "incident" for loc in e.locations}
    assert towns <= names, names


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        (
            "Two bombs in the villages of Kawara and Dunbulu killed six people and wounded 20, "
            "while a car bomb in the town of Gwoza, south of Maiduguri, hurt eight people, police said.",
            "Maiduguri",
        ),
        (
            "Two bombs in Zanjili killed six people, while a car bomb in the town of Qayyara, south of "
            "Mosul, wounded eight people, officials said.",
            "Mosul",
        ),
    ],
)
def test_extract_split_clauses_a_town_that_locates_another_is_no_incident(pipeline, text, locator):
    # 'the town of X, south of Y': Y says where X is; no incident happened at Y
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    alone = [e.locations[0].name for e in events if e.kind == "incident" and len(e.locations) == 1]
    assert locator not in alone, alone
