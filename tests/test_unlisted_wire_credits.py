"""A wire agency's credit in a dateline ("RAIPUR, India (PTI) -") names no armed group: every
one-word agency name of ``wire_agencies.yaml`` is a credit word for the reader of unlisted names
(``extract.unlisted``). Short reports written for this test."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents, names


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "RAIPUR, India (PTI) - Security forces killed four Maoists in a gunfight in Narayanpur "
            "district on Tuesday, police said.",
            "India",
        ),
        (
            "ISLAMABAD, Pakistan (APP) - Security forces killed three militants in a raid in North "
            "Waziristan on Monday, the military said.",
            "Pakistan",
        ),
        (
            "ADDIS ABABA, Ethiopia (ENA) - Government troops killed 12 rebels in clashes near Gondar "
            "on Sunday, officials said.",
            "Ethiopia",
        ),
    ],
)
def test_unlisted_wire_credit_is_no_group(pipeline, text, state):
    found = names(incidents(pipeline, text, "2024-05-15"), "initiators")
    assert state in found
    assert not found & {"PTI", "APP", "ENA"}, found
