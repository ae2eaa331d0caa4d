"""A facility named after its town ("the Mosul airport", "Aden's port") is a place of its own:
kept beside the town, at precision "near", with the town's admin1 and coordinates, under the
fullest name the article gives it. Short articles written for these tests."""

from __future__ import annotations

import pytest

from wardesk.record import Article


@pytest.mark.parametrize(
    ("text", "town", "site"),
    [
        # town + facility noun
        (
            "Militia drones struck the Mosul airport on Tuesday, wounding four guards, an Iraqi "
            "army officer told reporters.",
            "Mosul",
            "Mosul airport",
        ),
        # town + capitalised words + facility noun
        (
            "A car bomb exploded outside Kandahar Regional Hospital on Friday, killing seven "
            "patients, a provincial spokesman said.",
            "Kandahar",
            "Kandahar Regional Hospital",
        ),
        # a possessive town: the facility keeps the town's name before its noun
        (
            "Missiles struck Odesa's port on Sunday, killing three dock workers, Ukrainian officials said.",
            "Odesa",
            "Odesa port",
        ),
        # the fullest name the article gives the same facility, wherever it gives it
        (
            "Shells fell on the Mosul airport on Wednesday, killing two soldiers, the army said. "
            "Mosul International Airport has been closed since the spring.",
            "Mosul",
            "Mosul International Airport",
        ),
    ],
)
def test_draft_facility_places_kept_beside_their_town(pipeline, text, town, site):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    assert events
    locs = {loc.name: loc for loc in events[0].locations}
    assert town in locs and site in locs, list(locs)
    t, s = locs[town], locs[site]
    assert s.precision == "near"
    assert (s.admin1, s.country, s.lat, s.lon) == (t.admin1, t.country, t.lat, t.lon)
    assert (s.coords_from or "").startswith("town:")


@pytest.mark.parametrize(
    "text",
    [
        # a town's name before an ordinary noun names no facility
        "Gunmen attacked a Mosul checkpoint road on Tuesday, killing four police officers, officials said.",
        # the facility noun must follow the town's name, not merely stand in the sentence
        "Militants attacked a village near Mosul on Tuesday and burned its school, killing two teachers.",
    ],
)
def test_draft_facility_places_need_the_noun_after_the_town(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    names = [loc.name for e in events for loc in e.locations]
    assert names and not any(n.lower().endswith(("school", "road")) for n in names), names


@pytest.mark.parametrize(
    ("text", "town", "site"),
    [
        (
            "A drone struck Aden's port on Monday, killing two crane operators, harbour staff said.",
            "Aden",
            "Aden port",
        ),
        (
            "Shells landed on Khartoum's airport on Monday, killing four passengers.",
            "Khartoum",
            "Khartoum airport",
        ),
        (
            "A suicide bomber blew himself up at Kabul's main hospital on Monday, killing six visitors.",
            "Kabul",
            "Kabul hospital",
        ),
    ],
)
def test_draft_facility_places_a_capital_owning_a_facility_is_where_it_is(pipeline, text, town, site):
    """A capital may stand for its government ("Kabul's decision"), but a capital's port, airport or
    hospital is a facility in that town: the event happened there."""
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    assert events
    locs = {loc.name: loc for loc in events[0].locations}
    assert town in locs and site in locs, list(locs)
    assert locs[town].precision == "exact" and locs[site].precision == "near"
