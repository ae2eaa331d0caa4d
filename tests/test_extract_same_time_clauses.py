"""A clause of the same time (round 16): "as heavy clashes raged in X on Sunday, air strikes
killed 15 civilians" tells two events of one day; the strikes take the clause's day and lead
the sentence, the fighting is their setting. Own sentences, published 2024-05-15 (a Wednesday)."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

from wardesk.record import Article

PUBLISHED = "2024-05-15"

CASES = [
    (
        "As fierce fighting raged around Bakhmut on Saturday, Russian shelling killed six civilians in a nearby village, officials said.",
        "missile_artillery",
        "2024-05-11",
    ),
    (
        "While heavy clashes went on in Omdurman on Monday, a drone strike killed nine people at a bakery, residents said.",
        "air_strike",
        "2024-05-13",
    ),
    (
        "As battles raged near Kidal on Sunday, an air strike killed 11 people at a wedding, local officials said.",
        "air_strike",
        "2024-05-12",
    ),
]


@pytest.mark.parametrize(("text", "etype", "day"), CASES)
def test_extract_same_time_clause_dates_and_leads_the_main_event(pipeline, text, etype, day):
    evs = incidents(pipeline, text, PUBLISHED)
    assert (evs[0].event_type, str(evs[0].date.start)) == (etype, day)
    assert all(str(e.date.start) == day for e in evs)


def test_extract_same_time_clause_keeps_a_described_nouns_time(pipeline):
    text = (
        "A blast hit the old market as troops captured the Bab Tadmur district, which rebels had "
        "held over the past three years."
    )
    evs = pipeline.run(Article(id="t", text=text, published=PUBLISHED)).events
    blast = next(e for e in evs if e.event_type == "remote_explosive")
    assert blast.date.precision != "year"
