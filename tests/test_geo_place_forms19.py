"""Round 19's place forms (geo.mentions, extract.draft), on sentences written for these tests: the
sweep ``data/geo/place19_sweep.tsv`` (a dateline's own country, a person named like a town, natural
features and camps, villages listed after 'including', a sentence's own place, admin1 names in English
or Spanish)."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_helpers import check_place_row, place_sweep_rows, place_sweep_score, sweep_params

SWEEP = Path(__file__).parent / "data" / "geo" / "place19_sweep.tsv"
#: Rows still wrong, by the place as written, and why (see the branch report).
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "name", "admin1", "country", "not_at", "precision"),
    sweep_params(place_sweep_rows(SWEEP), KNOWN_MISSES, key=1),
)
def test_geo_place_forms19_sweep_sentence_places_its_event(
    pipeline, text, name, admin1, country, not_at, precision
):
    check_place_row(pipeline, text, name, admin1, country, not_at, precision)


if __name__ == "__main__":  # python tests/test_geo_place_forms19.py: the sweep's score
    place_sweep_score(place_sweep_rows(SWEEP))
