"""One event told twice in a contested story (round 16): an act told only as what a denied report says
("the army denied reports that its helicopters had fired on a church") beside the incident the article
tells at that place and time is that incident as the other side tells it (``merge.fold_denials``), and
"a second strike" or "a third shell" with no place of its own is the next hit of the incident told
before it (``triggers.yaml`` repeat_markers). The cases are our own short reports from many wars
(``tests/data/denied_repeat_sweep.yaml``): on main 4 of its 12 came out right, 12 with these rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from tests.article_helpers import incidents

SWEEP = yaml.safe_load(
    (Path(__file__).parent / "data" / "denied_repeat_sweep.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", SWEEP["cases"], ids=lambda c: f"{c['form']}:{c['text'][:40]}")
def test_extract_denied_and_repeated_one_event_told_twice(pipeline, case):
    events = incidents(pipeline, case["text"], case["published"])
    assert [e.event_type for e in events] == case["expect"], [
        (e.event_type, e.fatalities.best) for e in events
    ]


def test_extract_denied_and_repeated_the_denial_is_evidence_of_the_incident(pipeline):
    """The folded denial's sentence becomes evidence of the incident it answers, so the incident's
    wording meets the other side's reports of the act."""
    text = (
        "Soldiers clashed with rebel fighters in the village of Nkambe on Monday, the army said. The "
        "army denied reports that its helicopters had fired on a church in the village."
    )
    (event,) = incidents(pipeline, text, "2023-08-15")
    told = [text[e.start : e.end] for e in event.evidence]
    assert any("helicopters" in t for t in told), told
