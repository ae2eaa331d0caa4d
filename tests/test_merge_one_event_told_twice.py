"""One event, one record: an event told again further down at a place of its own ("the attack
took place in the hamlet of X", "the bombing, the provincial police said"), by hours counted
from it ("fought for two hours before withdrawing") or by its other side's toll ("troops killed 20
of the attackers") is one incident; two real events of one day, close together, stay two
(extract.merge.sole_antecedent and _other_side_of_fight, extract.dates). Our own mini-articles,
from many wars, in tests/data/one_event_told_twice.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from article_helpers import incidents

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "one_event_told_twice.yaml").read_text()
)


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known_miss"], strict=True)] if case.get("known_miss") else []
    return pytest.param(case, marks=marks, id=f"{case['form']}-{case['text'][:40]}")


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_merge_one_event_told_twice_count_incidents(pipeline, case):
    evs = incidents(pipeline, case["text"], str(case["published"]))
    assert len(evs) == case["events"], [
        (e.event_type, e.date.start, [x.name for x in e.locations]) for e in evs
    ]


def test_merge_the_attack_at_a_finer_place_joins_the_one_event_told(pipeline):
    """A definite mention at a place the lead did not give is the lead's event, and brings its
    place: the record keeps the town and the hamlet."""
    text = (
        "Suspected militants attacked a police post in Yuksekova on Monday night, killing two "
        "officers, officials said. The attack took place in the hamlet of Esendere, near the "
        "Iranian border, a security source said."
    )
    (ev,) = incidents(pipeline, text, "2016-08-30")
    assert {"Yuksekova", "Esendere"} <= {x.name for x in ev.locations}


def test_merge_the_attack_with_two_events_told_stays_with_neither(pipeline):
    """With two events of its kind told, a definite mention at a third place joins neither."""
    text = (
        "Gunmen killed four villagers in Kajuru on Sunday, police said. Gunmen also killed three "
        "people in Kauru on Sunday, officials said. The attack in Kachia on Sunday left two dead, "
        "a resident said."
    )
    assert len(incidents(pipeline, text, "2023-03-21")) == 3


def test_merge_the_defenders_toll_of_the_attackers_keeps_both_sides(pipeline):
    """The fight told by its attackers and by the troops' toll of them is one record with both."""
    text = (
        "Insurgents attacked an army outpost near Kidal on Sunday, killing three soldiers, the army "
        "said. The attackers came on motorbikes, the army said. It said soldiers killed eight of "
        "the insurgents and recovered weapons."
    )
    (ev,) = incidents(pipeline, text, "2022-05-10")
    assert ev.event_type == "armed_clash"
