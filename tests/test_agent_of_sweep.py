"""Attackers named with "of" beside a target named apart ("an attack of the rebels against the
garrison"), in our own short articles in the style of translated wire copy across wars
(``tests/data/sweeps/agent_of_sweep.yaml``, ``frames._of_names_agent``); "the shelling of the town"
still names what was hit. Items still missed are listed with why.

Run alone (``python tests/test_agent_of_sweep.py``) it prints the misses and the count."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from article_helpers import id_params, incidents, initiators_right, war_sweep_main
from wardesk.flows.extract import Pipeline

SWEEP = Path(__file__).parent / "data" / "sweeps" / "agent_of_sweep.yaml"
PUB = "2024-05-10"
ITEMS: list[dict] = yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["items"]

#: Items still missed, by id, with the reason.
KNOWN_MISSES: dict[str, str] = {
    "o11": "the table folds the 3R into the Coalition of Patriots for Change",
}


def check(pipeline: Pipeline, item: dict) -> tuple[bool, str]:
    """(right, what was found) for one item: the initiators of the article's incidents."""
    evs = incidents(pipeline, item["text"], PUB)
    ok, ini = initiators_right(evs, item)
    return ok, f"{len(evs)} incident(s), initiators {sorted(ini)}"


def test_agent_of_sweep_size() -> None:
    """At least 14 items over at least 12 wars."""
    assert len(ITEMS) >= 14
    assert len({i["c"] for i in ITEMS}) >= 12


@pytest.mark.parametrize("item", id_params(ITEMS, KNOWN_MISSES))
def test_agent_of_sweep_case(pipeline: Pipeline, item: dict) -> None:
    ok, found = check(pipeline, item)
    assert ok, f"expected {item.get('init')} (not {item.get('not_init')}), found {found}"


if __name__ == "__main__":
    sys.exit(
        war_sweep_main(
            check, ITEMS, lambda it: f"{it['id']} {it.get('init')} / not {it.get('not_init')}", war="c"
        )
    )
