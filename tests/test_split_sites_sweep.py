"""Sweep of our own mini-articles (tests/data/split_sites_sweep.yaml): a sentence naming two or
more attacks or sites at different towns gives one incident per town; one attack told with two
names ("X and its outskirts", "between X and Y", "the A and B districts of X") stays one.
Run as a script to print the score: ``python tests/test_split_sites_sweep.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.article_helpers import cases_main, incidents, place_key, yaml_cases

from wardesk.flows.extract import Pipeline

CASES = yaml_cases(Path(__file__).parent / "data" / "split_sites_sweep.yaml")
#: Cases the extractor still gets wrong, with why; each must fail (strict xfail) so a fix shows.
MISSES: dict[str, str] = {
    "pos-also-hit-sy": "the gazetteer index does not find Saraqeb",
    "pos-ps-strikes": "Rafah and Khan Younis are under MIN_APART_KM apart: read as one place",
    "neg-outskirts-sy": "Douma is not found as a place in this sentence (geo)",
}


def misses(pipeline: Pipeline, case: dict[str, Any]) -> list[str]:
    """What the case's incidents get wrong: their count, or a town not placed."""
    events = incidents(pipeline, case["text"], "2024-03-05")
    got = [{place_key(loc.name), place_key(loc.text)} for e in events for loc in e.locations[:1]]
    bad = []
    if len(events) != len(case["towns"]):
        bad.append(f"incidents={len(events)} want {len(case['towns'])}")
    for town in case["towns"]:  # "A|B": either name places the incident (a city or its district)
        if not any(place_key(t) in keys for t in town.split("|") for keys in got):
            bad.append(f"no incident at {town}")
    if bad:
        bad.append(f"got {[(loc.name, loc.text) for e in events for loc in e.locations[:1]]}")
    return bad


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=MISSES[c["id"]], strict=True))
        if c["id"] in MISSES
        else pytest.param(c, id=c["id"])
        for c in CASES
    ],
)
def test_split_sites_sweep(pipeline: Pipeline, case: dict[str, Any]) -> None:
    assert not misses(pipeline, case)


if __name__ == "__main__":
    cases_main(misses, CASES)
