"""Which found place an event takes (extract.draft.event_locations, extract.article's occurrence
places), on short articles written for these tests across many wars: the sweep
``data/geo/scene_place_sweep.tsv``. The place the event's own clause locates it at is kept, and
places in roles that are no scene (where the speaker is, where the wounded were taken, where
people fled to, where forces came from, the dateline) are not. Run alone
(``python tests/test_extract_scene_places.py``) it prints the wrong rows and the score."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_helpers import (
    check_place_row,
    incidents,
    place_key,
    place_sweep_rows,
    place_sweep_score,
    sweep_params,
)

SWEEP = Path(__file__).parent / "data" / "geo" / "scene_place_sweep.tsv"
#: Rows still wrong, by the place as written, and why.
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "name", "admin1", "country", "not_at", "precision"),
    sweep_params(place_sweep_rows(SWEEP), KNOWN_MISSES, key=1),
)
def test_extract_scene_places_sweep_row(pipeline, text, name, admin1, country, not_at, precision):
    check_place_row(pipeline, text, name, admin1, country, not_at, precision)


@pytest.mark.parametrize(
    ("text", "not_at"),
    [
        # a fronted place far from the places the report names is where the words were said
        (
            "In Geneva, United Nations officials said air strikes killed nine civilians in Idlib on Monday.",
            "Geneva",
        ),
        # the ministry that speaks stays where it speaks, though the attack it tells of is elsewhere
        (
            "The defence ministry in Moscow said its forces shelled a depot in Kupiansk on Tuesday.",
            "Moscow",
        ),
        # fighting 'over' a region (for it) and a bridge 'over' a river name no scene
        (
            "Rebels attacked an army post at the bridge over the Sankuru river in Lodja on Sunday, killing four soldiers.",
            "Sankuru river",
        ),
    ],
)
def test_extract_scene_places_other_roles_stay_out(pipeline, text, not_at):
    locs = [loc for e in incidents(pipeline, text, "2024-03-05") for loc in e.locations]
    assert locs
    assert place_key(not_at) not in {place_key(loc.name) for loc in locs}, locs


if __name__ == "__main__":
    place_sweep_score(place_sweep_rows(SWEEP))
