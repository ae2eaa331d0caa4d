"""Whose forces a state's name gives (``tests/data/sweeps/state_names_sweep.yaml``): former states
in the reports of their own years (``until`` in actors.yaml), a state's army by its formal name
(``ActorLexicon.state_army``), and a force's men telling their own act ("Iranian troops said they
had recaptured ..."). Items still missed are listed with why.

Run alone (``python tests/test_state_names_sweep.py``) it prints the misses and the count."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from article_helpers import id_params, incidents, initiators_right, names, war_sweep_main
from wardesk.extract.actors import ActorEntry, ActorLexicon
from wardesk.flows.extract import Pipeline

SWEEP = Path(__file__).parent / "data" / "sweeps" / "state_names_sweep.yaml"
ITEMS: list[dict[str, Any]] = yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["items"]

#: Items still missed, by id, with the reason.
KNOWN_MISSES: dict[str, str] = {
    "f11": "'Jets of the X' names no owner of the jets: only men ('troops of X') are read as X's",
    "a12": "'Jets of the X' names no owner of the jets: only men ('troops of X') are read as X's",
    "s03": "'had taken the outpost' reads as no event (a capture verb with no place of its own kind)",
    "s07": "the attack fought off is Iran's, but its defenders stay 'attackers' of no side",
}


def check(pipeline: Pipeline, item: dict[str, Any]) -> tuple[bool, tuple[set[str], set[str]]]:
    """(right, (initiators, targets) found) for one item: its wanted initiators and targets."""
    events = incidents(pipeline, item["text"], item["pub"])
    ok, ini = initiators_right(events, item)
    tgt = names(events, "targets")
    return ok and all(t in tgt for t in item.get("tgt") or []), (ini, tgt)


def test_state_names_sweep_size() -> None:
    """At least 30 items over at least 12 wars."""
    assert len(ITEMS) >= 30
    assert len({i["war"] for i in ITEMS}) >= 12


@pytest.mark.parametrize("item", id_params(ITEMS, KNOWN_MISSES))
def test_state_names_sweep_case(pipeline: Pipeline, item: dict[str, Any]) -> None:
    ok, (ini, tgt) = check(pipeline, item)
    assert ok, f"expected {item.get('init')} / {item.get('tgt')}, found {sorted(ini)} / {sorted(tgt)}"


@pytest.mark.parametrize(
    ("year", "existed"),
    [(1968, True), (1991, True), (1992, False), (None, True)],
)
def test_actors_former_state_until(year: int | None, existed: bool) -> None:
    """A former state is named by the articles of its own years only."""
    entry = ActorEntry(name="Old State", type="state_forces", country="RU", until=1991)
    assert entry.existed_in(year) is existed


def test_actors_former_state_is_history_after_its_end() -> None:
    """After its last year a former state is history: a report names it as no party."""
    soviet = ActorLexicon.default().entry("Soviet Union")
    assert soviet.ended_by(2014) and not soviet.ended_by(1980) and not soviet.ended_by(None)


def test_actors_former_state_named_later_is_no_party(pipeline: Pipeline) -> None:
    """ "rockets left over from the Soviet Union", in 2014, blame no state."""
    text = (
        "Rebels shelled an army post near Kramatorsk on Saturday, killing three soldiers. An army "
        "officer said the rebels had fired rockets left over from the Soviet Union."
    )
    events = incidents(pipeline, text, "2014-06-15")
    assert not {c.actor for e in events for c in e.claims if c.what == "responsibility"} & {
        "Russia",
        "Soviet Union",
    }
    assert not names(events, "initiators") & {"Russia", "Soviet Union"}


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("the Royal Bhutan Army", "Bhutan"),
        ("the Namibian Defence Force", "Namibia"),
        ("the Armed Forces of Angola", "Angola"),
        ("the South Lebanon Army", None),
        ("the Karenni National Liberation Army", None),
        ("the Free Patani Army", None),
        ("the Kalahari Defence Force", None),
        ("the Bolivian People's Army", None),
        ("the Zambian Patriotic Army", None),
        ("the Royal Malaysian Air Force", "Malaysia"),
    ],
)
def test_actors_state_army(name: str, state: str | None) -> None:
    """A formal army name with one state's name in it, and no movement's word, is that state's."""
    from wardesk.extract.actors import fold_words

    found = ActorLexicon.default().state_army(fold_words(name))
    assert (found.name if found else None) == state


if __name__ == "__main__":
    sys.exit(
        war_sweep_main(
            check, ITEMS, lambda it: f"{it.get('init') or it.get('not_init')} / {it.get('tgt') or []}"
        )
    )
