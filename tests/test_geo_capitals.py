"""National capitals named by their country, generic city-part names and datelines (geo.capitals,
extract.article._dateline_town), on sentences written for these tests: the sweep
``data/geo/capitals_sweep.tsv`` and direct checks of what is not a national capital."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_helpers import incidents, place_key, sweep_params, sweep_place, tsv_rows
from wardesk.geo.capitals import capital_of, generic_name

SWEEP = Path(__file__).parent / "data" / "geo" / "capitals_sweep.tsv"
#: Rows still wrong, by the place as written, and why.
KNOWN_MISSES: dict[str, str] = {}


def _rows() -> list:
    return sweep_params([tuple((r + ["", ""])[:6]) for r in tsv_rows(SWEEP)], KNOWN_MISSES, key=0)


@pytest.mark.parametrize(("text", "name", "admin1", "country", "not_at", "precision"), _rows())
def test_capitals_sweep_sentence_places_its_event(pipeline, text, name, admin1, country, not_at, precision):
    hit, locs = sweep_place(pipeline, text, name, admin1, country)
    if not_at:
        assert not any(place_key(not_at) in (place_key(loc.name), place_key(loc.text)) for loc in locs), locs
    if precision:
        assert hit.precision == precision


def test_capital_of_reads_geonames_capital_from_the_index(gaz):
    assert capital_of("SO", gaz).name == "Mogadishu"
    assert capital_of("AF", gaz).country == "AF"
    assert capital_of("ZZ", gaz) is None


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Old City", True),
        ("the Green Zone", True),
        ("Downtown", True),
        ("New Town", True),
        ("Old Aleppo", False),
        ("Green River", False),
        ("Medina", False),
        ("Zone", True),
    ],
)
def test_generic_name_is_words_and_a_part_of_town_noun(name, generic):
    assert generic_name(name) is generic


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the provincial capital on Monday, killing four civilians, officials in Mali said.",
        "Parliament debated capital punishment in Kenya on Monday after gunmen killed two guards in Lamu.",
        "Police in the capital of Helmand province said a roadside bomb killed three soldiers on Monday.",
    ],
)
def test_capital_phrases_that_name_no_national_capital(pipeline, text):
    capitals = {"Bamako", "Nairobi", "Kabul"}
    names = {loc.name for e in incidents(pipeline, text, "2024-03-05") for loc in e.locations}
    assert not names & capitals, names


def test_a_capital_where_something_was_said_is_no_event_place(pipeline):
    text = (
        "A spokesman told reporters in the Somali capital that al-Shabaab fighters had stormed a "
        "hotel in Baidoa on Friday, killing nine people."
    )
    names = {loc.name for e in incidents(pipeline, text, "2024-03-05") for loc in e.locations}
    assert names == {"Baidoa"}


def test_a_bureau_abroad_is_no_event_place(pipeline):
    text = "BEIRUT (Reuters) - Syrian warplanes struck a market on Monday, killing 12 people, a monitor said."
    names = {loc.name for e in incidents(pipeline, text, "2024-03-05") for loc in e.locations}
    assert "Beirut" not in names
