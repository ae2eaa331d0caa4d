"""The round-24 sweep of incidents told in passing and of incidents told twice
(``tests/data/sweeps/passing_events_sweep.yaml``): own short reports from many wars where a later
sentence recalls a recent incident as the reason for, or the lead-up to, the reported one, with its
own place, day and toll; and reports that tell one incident twice. Each expected incident must be
read (its type family, its first day, its place) and no other incident may be left over.

Run alone (``.venv/bin/python tests/test_passing_events_sweep.py``) it prints every case and the
score; as a test it holds the score at its floor, so a mechanism that stops carrying shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.article_helpers import cases_main, place_key, yaml_cases

from wardesk.record import FAMILY, Article, Event

SWEEP_FILE = Path(__file__).parent / "data" / "sweeps" / "passing_events_sweep.yaml"
#: Cases right after round 24 (main 9ba8210: 20 of 41; nothing24: 26). The misses left are mostly event
#: types (a raid on civilians typed a clash) and one event told twice (a camp of the town, a toll
#: risen the next day, a capture and its fight). Raise it when a fix carries
#: more, never lower it silently.
SWEEP_FLOOR_CASES = 26


def load_cases() -> list[dict[str, Any]]:
    """The sweep's cases, as written in the data file."""
    return yaml_cases(SWEEP_FILE)


def _matches(ev: Event, want: list[Any]) -> bool:
    """One incident read as one expected: same type family, same first day, the place among its own."""
    kind, day, place = want
    names = {place_key(x) for loc in ev.locations for x in (loc.name, loc.text) if x}
    return (
        FAMILY.get(ev.event_type) == FAMILY.get(kind)
        and str(ev.date.start) == str(day)
        and (place_key(place) in names)
    )


def misses(pipeline: Any, case: dict[str, Any]) -> list[str]:
    """What the extractor got wrong on one case (empty: right): each expected incident unread, and
    each incident read that is none of them (an extra record)."""
    art = Article(id=case["id"], text=case["text"], published=str(case["published"]))
    events = [e for e in pipeline.run(art).events if e.kind == "incident" and not e.background]
    left = list(events)
    bad = []
    for want in case["expect"]:
        hit = next((e for e in left if _matches(e, want)), None)
        if hit is None:
            bad.append(f"unread {want}")
        else:
            left.remove(hit)
    bad += [f"extra {(e.event_type, str(e.date.start), [loc.name for loc in e.locations][:2])}" for e in left]
    return bad


def test_passing_events_sweep_ids_unique() -> None:
    ids = [c["id"] for c in load_cases()]
    assert len(ids) == len(set(ids))


def test_passing_events_sweep_holds_its_floor(pipeline: Any) -> None:
    wrong = {c["id"]: m for c in load_cases() if (m := misses(pipeline, c))}
    right = len(load_cases()) - len(wrong)
    assert right >= SWEEP_FLOOR_CASES, wrong


if __name__ == "__main__":
    cases_main(misses, load_cases())
