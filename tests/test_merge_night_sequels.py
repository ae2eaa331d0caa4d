"""One night's fight told by its start and by the hours it ran on into is one incident
(extract.merge._night_ran_on); a new attack on the next day stays its own. Our own mini-articles,
from many wars, in tests/data/night_sequels.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from article_helpers import incidents
from wardesk.extract.draft import date_context

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "night_sequels.yaml").read_text()
)


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known_miss"], strict=True)] if case.get("known_miss") else []
    return pytest.param(case, marks=marks, id=case["text"][:40])


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_merge_night_sequels_count_incidents(pipeline, case):
    evs = incidents(pipeline, case["text"], str(case["published"]))
    assert len(evs) == case["events"], [
        (e.event_type, e.date.start, [x.name for x in e.locations]) for e in evs
    ]


def test_merge_night_sequel_keeps_the_night_of_its_start(pipeline):
    """The merged record is dated by the night the fight began, not by the morning it ended."""
    text = (
        "Rebels attacked an army base outside Beni in North Kivu late on Monday night, killing four "
        "soldiers, the army said. The fighting went on until the early hours of Tuesday before the "
        "attackers withdrew into the forest, a spokesman said."
    )
    (ev,) = incidents(pipeline, text, "2019-03-13")
    assert str(ev.date.start) == "2019-03-11"


@pytest.mark.parametrize(
    ("sentence", "date_text", "expected"),
    [
        ("The clashes raged into Sunday, residents said.", "Sunday", "The clashes raged into Sunday"),
        ("Gunmen struck on Friday.", "Friday", "Gunmen struck on Friday"),
        ("No date here.", None, None),
    ],
)
def test_draft_date_context_keeps_the_words_before_the_date(sentence, date_text, expected):
    assert date_context(sentence, date_text) == expected
