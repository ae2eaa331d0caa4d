"""Who tells of an act or names its doer takes no part in it: the subject or agent of a verb of
identifying, naming or saying is no initiator (round 12, frames12). Own sentences."""

from __future__ import annotations

import pytest

from wardesk.record import Article

PUB = "2024-05-20"


def _initiators(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    return {a.name for e in events for a in e.initiators}


@pytest.mark.parametrize(
    "text",
    [
        # the subject of a relative clause of identifying
        "The bomber, who police identified as Ali Musa, killed six people at a bus stop in Kano on Monday.",
        # the agent of a participle of identifying
        "The gunman, identified by police as a former soldier, shot dead four people in Yola on Monday.",
    ],
)
def test_who_identifies_the_attacker_is_no_initiator(pipeline, text):
    assert "Nigeria" not in _initiators(pipeline, text)


def test_who_claims_the_act_stays_its_initiator(pipeline):
    # guard: a claim of the act is no mere telling of it
    text = "The blast at a bus station in Kano on Monday was claimed by Boko Haram."
    assert "Boko Haram" in _initiators(pipeline, text)
