"""A settlement named with the district that holds it ("X in the district of Y") is a place in Y,
known to the gazetteer or not, and Y, where a small country calls its provinces districts, is
X's admin1 rather than a town of that name (geo.mentions): the sweep
``data/geo/container24_sweep.tsv`` of short articles written for these tests. Run alone
(``python tests/test_geo_container_districts.py``) it prints the wrong rows and the score."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_helpers import check_place_row, place_sweep_rows, place_sweep_score, sweep_params

SWEEP = Path(__file__).parent / "data" / "geo" / "container24_sweep.tsv"
#: Rows still wrong, by the place as written, and why.
KNOWN_MISSES: dict[str, str] = {
    "Gbalamuya": "a name after 'attacked' with no settlement word is kept only when its district is known",
}


@pytest.mark.parametrize(
    ("text", "name", "admin1", "country", "not_at", "precision"),
    sweep_params(place_sweep_rows(SWEEP), KNOWN_MISSES, key=1),
)
def test_geo_container_districts_sweep_row(pipeline, text, name, admin1, country, not_at, precision):
    check_place_row(pipeline, text, name, admin1, country, not_at, precision)


def test_geo_container_districts_division_is_no_town(nlp, gaz):
    """'in the district of Y' names the division Y, not a town called Y."""
    from article_helpers import places_of

    _, found = places_of(nlp, gaz, "Gunmen attacked the post of Wadda in the district of Obock on Monday.")
    assert found["Wadda"].admin1_context == "Obock"
    assert found["Obock"].place is not None and found["Obock"].place.kind == "admin1"


if __name__ == "__main__":
    place_sweep_score(place_sweep_rows(SWEEP))
