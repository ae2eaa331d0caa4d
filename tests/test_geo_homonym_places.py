"""Places whose name several countries have (geo.gazetteer, geo.mentions), on sentences written for
these tests: the sweep ``data/geo/homonym_places_sweep.tsv`` (one report each, over twenty
countries, of a Córdoba, Tripoli, Bor, Samar... with the country the text implies by a country
name, a demonym, a division of that country or an actor of that war)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from article_helpers import incidents, place_key, sweep_params, sweep_place, tsv_rows

SWEEP = Path(__file__).parent / "data" / "geo" / "homonym_places_sweep.tsv"
#: Rows still wrong, by the place as written, and why (see the branch report).
KNOWN_MISSES: dict[str, str] = {}


def _rows() -> list:
    return sweep_params([tuple((r + [""])[:4]) for r in tsv_rows(SWEEP)], KNOWN_MISSES, key=1)


@pytest.mark.parametrize(("text", "name", "admin1", "country"), _rows())
def test_geo_homonym_sweep_sentence_places_its_event_in_the_country_it_implies(
    pipeline, text, name, admin1, country
):
    sweep_place(pipeline, text, name, admin1, country)


if __name__ == "__main__":  # print the wrong rows and the count right
    from wardesk.flows.extract import Pipeline

    pipe, right = Pipeline(), 0
    rows = [tuple((r + [""])[:4]) for r in tsv_rows(SWEEP)]
    for text, name, _, country in rows:
        locs = [loc for e in incidents(pipe, text, "2024-03-05") for loc in e.locations]
        got = [(loc.name, loc.admin1, loc.country) for loc in locs]
        ok = any(
            place_key(name) in (place_key(loc.name), place_key(loc.text)) and loc.country == country
            for loc in locs
        )
        right += ok
        if not ok:
            print(f"WRONG {name} {country}: {got}")
    print(f"{right}/{len(rows)} right")
    sys.exit(0)
