"""Round 19's place forms (geo.mentions, extract.draft), on sentences written for these tests: the
sweep ``data/geo/place19_sweep.tsv`` (a dateline's own country, a person named like a town, natural
features and camps, villages listed after 'including', a sentence's own place, admin1 names in English
or Spanish)."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_helpers import incidents, place_key, sweep_params, sweep_place, tsv_rows

SWEEP = Path(__file__).parent / "data" / "geo" / "place19_sweep.tsv"
#: Rows still wrong, by the place as written, and why (see the branch report).
KNOWN_MISSES: dict[str, str] = {
    "Nduga": "a bare unknown name after 'in' that a dateline town of the same country could stand for: "
    "the event takes the dateline town (unknown-place reading, not the dateline's country)",
}


def _cases() -> list[tuple[str, ...]]:
    return [tuple((r + ["", ""])[:6]) for r in tsv_rows(SWEEP)]


def _check(pipeline, text: str, name: str, admin1: str, country: str, not_at: str, precision: str) -> None:
    hit, locs = sweep_place(pipeline, text, name, admin1, country)
    if not_at:
        bad = place_key(not_at)
        assert not any(
            bad in (place_key(loc.name), place_key(loc.text), place_key(loc.admin1)) for loc in locs
        ), locs
    if precision:
        assert hit.precision == precision


@pytest.mark.parametrize(
    ("text", "name", "admin1", "country", "not_at", "precision"), sweep_params(_cases(), KNOWN_MISSES, key=1)
)
def test_geo_place_ranking_sweep_sentence_places_its_event(
    pipeline, text, name, admin1, country, not_at, precision
):
    _check(pipeline, text, name, admin1, country, not_at, precision)


if __name__ == "__main__":  # python tests/test_geo_place_ranking.py: the sweep's score
    from wardesk.flows.extract import Pipeline

    pipe = Pipeline()
    right = 0
    cases = _cases()
    for case in cases:
        try:
            _check(pipe, *case)
            right += 1
        except AssertionError:
            events = incidents(pipe, case[0], "2024-03-05")
            locs = [(loc.name, loc.admin1, loc.country, loc.precision) for e in events for loc in e.locations]
            print(f"WRONG {case[1]} | {case[2]} | {case[3]} | got {locs}")
    print(f"{right}/{len(cases)} right")
