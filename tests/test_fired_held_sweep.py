"""The sweep of attacks told by fire aimed at a target and of places held since a day
(``tests/data/fired_held_sweep.yaml``): each short article takes its type, or gives no incident.
Run alone (``python tests/test_fired_held_sweep.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from article_helpers import incidents
from type_sweep_helpers import case_right, load_cases, param, read_case, tally

SWEEP = Path(__file__).parent / "data" / "fired_held_sweep.yaml"
CASES = load_cases(SWEEP)


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_fired_held_sweep_main_event_takes_its_type(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], got)


def test_a_place_held_since_a_weekday_changed_hands_that_day(pipeline):
    # published on a Wednesday: "since Friday" is five days before, one day's event, not a tally
    events = incidents(
        pipeline,
        "The town of Kalaya has been in the hands of the militia since Friday, the mayor said.",
        "2024-05-15",
    )
    assert [(e.event_type, str(e.date.start), str(e.date.end)) for e in events] == [
        ("territory_change", "2024-05-10", "2024-05-10")
    ]


def test_a_side_conceding_the_fire_tells_the_lead_again(pipeline):
    text = (
        "Soldiers opened fire on villagers queuing for grain in Kaga on Thursday, residents told reporters. "
        "At least 40 people died, according to hospital staff. Army officers acknowledged "
        "that troops opened fire, claiming the villagers had rushed at a checkpoint."
    )
    events = incidents(pipeline, text, "2024-02-29")
    assert [(e.event_type, str(e.date.start)) for e in events] == [("attack_on_civilians", "2024-02-29")]


def test_fire_on_a_sides_positions_in_its_own_denial_is_the_denied_act_told_its_way(pipeline):
    # one toll-less fire at the place and day of the incident the article tells: that incident
    text = (
        "STEPANAKERT - The defence ministry denied shelling the town of Agdere on Monday. Its artillery "
        "answered only the guns that fired on our positions near Talish, a spokesman said."
    )
    events = incidents(pipeline, text, "2020-10-06")
    assert len(events) == 1, [(e.event_type, [loc.name for loc in e.locations]) for e in events]


def test_fire_described_in_a_relative_clause_is_no_incident(pipeline):
    text = (
        'STEPANAKERT - The defence ministry denied shelling the town of Agdere on Monday. "Our units '
        'answered only the batteries from which our positions near Talish were being fired upon," a '
        "spokesman said."
    )
    events = incidents(pipeline, text, "2020-10-06")
    assert all(e.event_type != "armed_clash" for e in events), [(e.event_type, e.locations) for e in events]


if __name__ == "__main__":
    sys.exit(tally(CASES))
