"""Accusations by a verb that names the party after "to" ("the army pointed to X", "police
traced the attack to X"), in our own short articles across wars
(``tests/data/sweeps/attribute_to_sweep.yaml``, ``triggers.yaml`` attribute_verbs); a trend
"pointed to" accuses nobody. Items still missed are listed with why.

Run alone (``python tests/test_attribute_to_sweep.py``) it prints the misses and the count."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from article_helpers import id_params, incidents, responsibility, war_sweep_main
from wardesk.flows.extract import Pipeline

SWEEP = Path(__file__).parent / "data" / "sweeps" / "attribute_to_sweep.yaml"
PUB = "2024-05-10"
ITEMS: list[dict] = yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["items"]

#: Items still missed, by id, with the reason.
KNOWN_MISSES: dict[str, str] = {}


def check(pipeline: Pipeline, item: dict) -> tuple[bool, str]:
    """(right, what was found) for one item: the parties the article's sources accuse."""
    accused = {
        actor
        for stance, actor, _src in responsibility(incidents(pipeline, item["text"], PUB))
        if stance == "accuses"
    }
    ok = not accused if item.get("none") else item["accused"] in accused
    return ok, f"accused {sorted(a or '' for a in accused)}"


def test_attribute_to_sweep_size() -> None:
    """At least 8 items over at least 8 wars."""
    assert len(ITEMS) >= 8
    assert len({i["c"] for i in ITEMS}) >= 8


@pytest.mark.parametrize("item", id_params(ITEMS, KNOWN_MISSES))
def test_attribute_to_sweep_case(pipeline: Pipeline, item: dict) -> None:
    ok, found = check(pipeline, item)
    assert ok, f"expected {item.get('accused') or 'nobody'}, found {found}"


if __name__ == "__main__":
    sys.exit(war_sweep_main(check, ITEMS, lambda it: f"{it['id']} {it.get('accused') or 'nobody'}", war="c"))
