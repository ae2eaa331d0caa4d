"""Score the extractor on a sweep of our own mini-articles of blame, claims and sourced figures.

Each item of ``tests/data/sweeps/*.yaml`` lists the claims of responsibility ``[stance, actor,
source]`` and figures ``[what, value, source]`` its article must give, and tuples it must not
(``absent``, null matching anything). ``initiated: [[place, actor]]`` asks every attack incident
told at a place whose name holds ``place`` to have ``actor`` among its initiators (null place:
every attack incident); ``not_initiated`` that none has; ``actors`` that the names be actors of
some event. Prints each item's verdict and the count right:

    .venv/bin/python bench/blame_sweep.py [tests/data/sweeps/blame_sweep.yaml] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from wardesk.flows.extract import Pipeline
from wardesk.names import fold
from wardesk.record import Article

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "sweeps" / "blame_sweep.yaml"


def _same_source(want: str | None, got: str | None) -> bool:
    """A wanted source matches a found one when either folded name holds the other."""
    if want is None:
        return True
    if got is None:
        return False
    a, b = fold(want), fold(got)
    return a in b or b in a


def _matches(want: list[Any], got: tuple[Any, ...]) -> bool:
    """One wanted tuple against one found: null matches anything, sources loosely, figures as numbers."""
    for i, (w, g) in enumerate(zip(want, got, strict=True)):
        if w is None:
            continue
        if i == 2:
            if not _same_source(w, g):
                return False
        elif isinstance(w, (int, float)) and not isinstance(w, bool):
            if g is None or float(w) != float(g):
                return False
        elif str(w) != str(g):
            return False
    return True


#: Event types an attacker is named for (the record's violent types).
ATTACK_TYPES = frozenset(
    {
        "air_strike",
        "missile_artillery",
        "remote_explosive",
        "suicide_bomb",
        "armed_clash",
        "attack_on_civilians",
    }
)


def _initiator_verdicts(events: list[Any], item: dict[str, Any]) -> list[str]:
    """What goes wrong in the item's ``initiated``, ``not_initiated`` and ``actors`` wishes."""
    attacks = [
        e for e in events if e.kind == "incident" and not e.background and e.event_type in ATTACK_TYPES
    ]

    def at(place: str | None) -> list[Any]:
        return [
            e
            for e in attacks
            if place is None or any(place.lower() in (loc.name or "").lower() for loc in e.locations)
        ]

    wrong = []
    for place, actor in item.get("initiated", []):
        evs = at(place)
        if not evs or any(actor not in {a.name for a in e.initiators} for e in evs):
            wrong.append(f"not all events at {place} by {actor}")
    for place, actor in item.get("not_initiated", []):
        if any(actor in {a.name for a in e.initiators} for e in at(place)):
            wrong.append(f"an event at {place} by {actor}")
    named = {a.name for e in events for a in (*e.initiators, *e.targets)}
    wrong += [f"no actor {n}" for n in item.get("actors", []) if n not in named]
    return wrong


def _initiators(events: list[Any]) -> list[tuple[Any, ...]]:
    """(event type, places, initiators) of every incident, for the verbose report."""
    return [
        (e.event_type, [loc.name for loc in e.locations], [a.name for a in e.initiators])
        for e in events
        if e.kind == "incident"
    ]


def score_item(pipeline: Pipeline, item: dict[str, Any]) -> tuple[bool, list[str], list[tuple[Any, ...]]]:
    """(right?, what went wrong, every tuple found) for one sweep item."""
    events = pipeline.run(Article(id=item["id"], text=item["text"], published="2024-03-10")).events
    blames = [(c.stance, c.actor, c.source) for e in events for c in e.claims if c.what == "responsibility"]
    figures = [(c.what, c.value, c.source) for e in events for c in e.claims if c.what != "responsibility"]
    wrong = [f"missing {w}" for w in item.get("blame", []) if not any(_matches(w, g) for g in blames)]
    wrong += [f"missing {w}" for w in item.get("claims", []) if not any(_matches(w, g) for g in figures)]
    wrong += [f"unwanted {w}" for w in item.get("absent", []) if any(_matches(w, g) for g in blames)]
    wrong += _initiator_verdicts(events, item)
    return (
        not wrong,
        wrong,
        blames
        + figures
        + (_initiators(events) if "initiated" in item or "not_initiated" in item or "actors" in item else []),
    )


def main(argv: list[str]) -> int:
    """Run the sweep; print the failures (every item with -v) and the count right."""
    verbose = "-v" in argv
    paths = [Path(a) for a in argv if not a.startswith("-")] or [DEFAULT]
    pipeline = Pipeline()
    right = total = 0
    for path in paths:
        for item in yaml.safe_load(path.read_text())["items"]:
            ok, wrong, found = score_item(pipeline, item)
            total += 1
            right += ok
            if verbose or not ok:
                print(f"{'ok  ' if ok else 'FAIL'} {item['id']}: {'; '.join(wrong)}\n      found {found}")
    print(f"sweep: {right}/{total} right")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
