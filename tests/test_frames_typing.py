"""Event typing (frames.decide_type) on short articles written for these tests."""

from __future__ import annotations

import pytest

from wardesk.flows.extract import Pipeline
from wardesk.record import Article


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text):
    return pipeline.run(Article(id="t", text=text, published="2024-05-15")).events


@pytest.mark.parametrize(
    "text",
    [
        # a crowd crush at an aid delivery, with the crowd's clashes around it: no armed clash
        "Dozens of people died in a stampede as crowds rushed aid trucks in Gaza City on Thursday, "
        "sparking violent clashes, the army said.",
        "At least 20 people were trampled to death in clashes as a crowd surged toward a food "
        "distribution point in Khartoum on Monday.",
    ],
)
def test_frames_crowd_crush_is_no_armed_clash(pipeline, text):
    types = [e.event_type for e in _events(pipeline, text)]
    assert types and "armed_clash" not in types, types
