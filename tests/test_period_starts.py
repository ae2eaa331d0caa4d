"""A period opened by a clause with its own day: "since the siege began on 10 April".

"since the war began" alone is an open period (start unknown); with "on <day>" after it, the day
starts the period, as in "since the offensive opened on Monday", and the day a source spoke
("said on Thursday") does not date the tally. Our own sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.record import Article

HEAD = "KHARTOUM, May 9, 2024 - Drone strikes on the state have killed 140 civilians "


@pytest.mark.parametrize(
    ("since", "start"),
    [
        ("since the siege began on 10 April, a rights group said.", dt.date(2024, 4, 10)),
        ("since the siege began on 10 April, a rights group said on Thursday.", dt.date(2024, 4, 10)),
        ("since the blockade started on April 12, a rights group said.", dt.date(2024, 4, 12)),
        ("since the offensive opened on Monday, a rights group said.", dt.date(2024, 5, 6)),
        ("since the war began, a rights group said.", None),
    ],
)
def test_a_period_starts_on_the_day_of_its_opening_clause(pipeline, since, start):
    evs = pipeline.run(Article(id="t", text=HEAD + since, published="2024-05-09")).events
    tally = next(e for e in evs if e.kind == "aggregate")
    assert (tally.date.start, tally.date.end) == (start, dt.date(2024, 5, 9))
