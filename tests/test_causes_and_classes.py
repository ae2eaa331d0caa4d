"""What people fled, and the kind of harm a class of victims suffered, are no events of the report.

"having fled the fighting between the army and the rebels", "displaced by the violence", "care for
survivors of sexual violence": read as triggers they made incidents of the article's day beside the
one it reports. An event told with a determiner under a class of victims ("victims of the strike")
stays a reference to it. Our own sentences.
"""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

LEAD = (
    "GOMA, May 4, 2024 - Bombs struck two camps for displaced people in Mugunga on Friday, killing "
    "12 people, aid workers said. "
)


@pytest.mark.parametrize(
    "aside",
    [
        "More than 600,000 people now live in camps around the city, having fled the fighting between "
        "the army and the rebels.",
        "Our teams also care for survivors of sexual violence in the camps.",
        "Many of the families were displaced by the clashes north of the city.",
        "Most residents escaped from the shelling of their villages last year.",
    ],
)
def test_a_cause_of_flight_or_a_class_of_victims_is_no_event(pipeline, aside):
    evs = incidents(pipeline, LEAD + aside, "2024-05-04")
    assert [e.event_type for e in evs] == ["remote_explosive"]


def test_a_new_attack_told_after_the_camps_stays_an_event(pipeline):
    text = LEAD + "On Saturday rebels shelled the town of Sake, killing four soldiers, the army said."
    assert len(incidents(pipeline, text, "2024-05-04")) == 2
