"""One attack dated only by a period that runs up to publication is an incident, not a tally.

"Rebels killed 30 soldiers in an attack on an army post this week": "this week" runs up to the
day of publication, which makes most counts a tally of the period ("attacks this week killed 50",
"fighting this week has killed 40"). An attack noun told with "a", "an", "one" or "single" is one
act, and the period only dates it vaguely. Read as a tally, a side's report of an attack never
linked to the other side's report of it. Each case is a report of our own from a different war.

Run alone (``python tests/test_one_act_this_week.py``) to list the cases that come out wrong.
"""

from __future__ import annotations

import sys

import pytest

from article_helpers import sweep_main, sweep_params
from wardesk.flows.extract import Pipeline
from wardesk.record import Article

# (published, text, the kind of the first event)
SWEEP: list[tuple[str, str, str]] = [
    # ---- one act, singular with an article: an incident
    (
        "2018-04-13",
        "Insurgents killed 11 policemen in an ambush on a patrol near Kunduz this week, officials said.",
        "incident",
    ),
    (
        "2016-09-09",
        "A suicide bomber killed 17 mourners in an attack on a funeral in the province this week.",
        "incident",
    ),
    (
        "2022-05-13",
        "Nine herders died in a drone strike on a camp in the region this week, local elders said.",
        "incident",
    ),
    (
        "2021-09-17",
        "An air strike this week killed 11 members of one family in the village, rights groups said.",
        "incident",
    ),
    (
        "2020-02-14",
        "Gunmen killed six traders in a raid on a cattle market in the area this week.",
        "incident",
    ),
    (
        "2024-11-29",
        "Rebels killed 23 soldiers in an assault on a barracks in the north in the past few days.",
        "incident",
    ),
    (
        "2013-07-05",
        "A single rocket killed eight people at a bus station in the city this week, medics said.",
        "incident",
    ),
    (
        "2019-03-22",
        "Bandits killed 14 villagers in one attack on a hamlet in the state this week, police said.",
        "incident",
    ),
    # ---- several acts, or an uncounted fight: a tally of the period
    (
        "2018-04-13",
        "Insurgents killed 40 policemen in attacks on checkpoints across the province this week.",
        "aggregate",
    ),
    ("2016-09-09", "Fighting this week has killed 45 people in the district, the UN said.", "aggregate"),
    ("2022-05-13", "A wave of attacks this week killed 50 people across the region.", "aggregate"),
    (
        "2021-09-17",
        "Air strikes have killed 60 civilians in the region this month, a monitor said.",
        "aggregate",
    ),
    ("2020-02-14", "Clashes this week left 18 dead in the border area, officials said.", "aggregate"),
    ("2024-11-29", "A series of raids this week killed 20 villagers in the district.", "aggregate"),
]

KNOWN_MISSES: dict[str, str] = {}


def _kind(pipeline: Pipeline, published: str, text: str) -> str | None:
    out = pipeline.run(Article(id="one-act", text=text, published=published))
    return out.events[0].kind if out.events else None


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(("published", "text", "kind"), sweep_params(SWEEP, KNOWN_MISSES, key=1))
def test_one_act_dated_by_a_running_period_is_an_incident(pipeline, published, text, kind) -> None:
    assert _kind(pipeline, published, text) == kind


if __name__ == "__main__":
    sys.exit(sweep_main(lambda p, case: (_kind(p, *case),), [((pub, t), k) for pub, t, k in SWEEP]))
