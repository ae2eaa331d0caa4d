"""Score the date, source and target slots of the slot sweep (``tests/data/sweeps/slots_sweep.yaml``).

The sweep holds short reports written for wardesk from many wars, none taken from a benchmark.
For each case the main event (the first incident that is not background; with ``place``, the
first at that place) is checked: its date
span equals the expected one, one of its sources (name or organisation) is one of the expected
names, one of its targets is one of the expected actors; names are compared folded (case,
accents, punctuation and a leading article). Wrong slots are printed, then the counts right.

    .venv/bin/python bench/slot_sweep.py
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

import wardesk

SWEEP = Path(__file__).resolve().parent.parent / "tests" / "data" / "sweeps" / "slots_sweep.yaml"
SLOTS = ("date", "sources", "targets")


def fold(name: str | None) -> str:
    """A name without case, accents, punctuation or a leading article, as score.py folds names."""
    s = unicodedata.normalize("NFKD", str(name or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").replace("\u2019", "")
    s = re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", s)).strip()
    return re.sub(r"^(the|a|an) ", "", s)


def load_cases() -> list[dict[str, Any]]:
    """The sweep's cases, in file order."""
    return list(yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["cases"])


def main_event(case: dict[str, Any]) -> Any | None:
    """The case's event as wardesk reads it: its first incident that is not background, or with
    ``place`` the first such incident at that place (a later event of the report)."""
    out = wardesk.extract_article(case["text"], published=str(case["published"]))
    return next(
        (
            e
            for e in out.events
            if e.kind == "incident"
            and not e.background
            and (not case.get("place") or any(loc.name == case["place"] for loc in e.locations))
        ),
        None,
    )


def slot_values(event: Any, slot: str) -> list[str]:
    """What the event holds in ``slot``, as strings to show and compare."""
    if slot == "date":
        return [f"{event.date.start}..{event.date.end}"]
    if slot == "sources":
        return [n for s in event.sources for n in (s.name, s.organization) if n]
    return [a.name for a in event.targets if a.name]


def slot_right(case: dict[str, Any], event: Any | None, slot: str) -> bool:
    """Whether the event's ``slot`` holds what the case expects."""
    if event is None:
        return False
    got = slot_values(event, slot)
    if slot == "date":
        return got == [f"{case['date'][0]}..{case['date'][1]}"]
    want = {fold(n) for n in case[slot]}
    return bool(want & {fold(n) for n in got})


def main() -> int:
    right = dict.fromkeys(SLOTS, 0)
    total = dict.fromkeys(SLOTS, 0)
    for case in load_cases():
        event = main_event(case)
        for slot in SLOTS:
            if not case.get(slot):
                continue
            total[slot] += 1
            if slot_right(case, event, slot):
                right[slot] += 1
            else:
                got = slot_values(event, slot) if event is not None else ["no event"]
                print(f"wrong {slot:8} {case['id']}: want {case[slot]} got {got}")
    print("slot sweep: " + ", ".join(f"{s} {right[s]}/{total[s]}" for s in SLOTS))
    print(f"slot sweep total: {sum(right.values())}/{sum(total.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
