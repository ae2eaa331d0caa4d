"""One act, one record: an act one article tells through several sides' readings ("the army said
it struck a depot" ... "residents said the bombs hit a street and killed 19") is one incident with
each side's words on it; two real acts at one place and day (a bombing and a gunfight hours later)
stay two (extract.merge.fold_readings). Our own mini-articles, from many wars, in
tests/data/one_act_readings_sweep27.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from article_helpers import incidents

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "one_act_readings_sweep27.yaml").read_text()
)


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known_miss"], strict=True)] if case.get("known_miss") else []
    return pytest.param(case, marks=marks, id=f"{case['form']}-{case['text'][:40]}")


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_merge_one_act_readings_count_incidents(pipeline, case):
    evs = incidents(pipeline, case["text"], str(case["published"]))
    assert len(evs) == case["events"], [
        (e.event_type, e.date.start, [x.name for x in e.locations], [s.name for s in e.sources]) for e in evs
    ]


@pytest.mark.parametrize(
    ("sentence", "date_text", "fronted"),
    [
        ("On the same day, a mortar round hit a clinic in the town.", "the same day", True),
        ("Later that night, militiamen torched the granary.", "that night", True),
        ("In the afternoon, a drone dropped a grenade on the ferry.", "the afternoon", True),
        ("Rebels said they shot down a helicopter on Friday.", "on Friday", False),
        ("The ministry said on Tuesday that the convoy had been ambushed.", "on Tuesday", False),
        ("Troops said they repelled the assault.", None, False),
    ],
)
def test_draft_time_fronted_opens_a_scene(sentence, date_text, fronted):
    """A sentence that opens with its own time sets a new scene: a further act, not a reading."""
    from wardesk.extract.draft import time_fronted

    assert time_fronted(sentence, date_text) is fronted
