"""Some wires put their agency in brackets before the dateline ("(Agency) - TOWN, MONTH DAY -"):
the bracket is no town, the capitals after it are the dateline, and the dateline town is where the
bureau filed, not where the event was (``geo.mentions._agency_opening``). Our own sentences."""

from __future__ import annotations

import pytest

from wardesk.record import Article


def _places(pipeline, text: str) -> list[list[str]]:
    events = pipeline.run(Article(id="t", title=None, text=text, published="2021-06-03")).events
    return [[loc.name for loc in e.locations] for e in events]


@pytest.mark.parametrize(
    "text,town,bureau",
    [
        (
            "(Xinhua) -- NAIROBI, JUNE 2 -- Gunmen ambushed a bus near Garsen in Tana River county on "
            "Tuesday, killing five passengers, police said.",
            "Garsen",
            "Nairobi",
        ),
        (
            "(AFP) - BAMAKO, MAY 30 - Suspected jihadists attacked an army post in Boni on Sunday, "
            "killing seven soldiers, the army said in a statement.",
            "Boni",
            "Bamako",
        ),
    ],
)
def test_geo_agency_before_dateline_is_no_event_place(pipeline, text, town, bureau) -> None:
    places = _places(pipeline, text)
    assert places and any(town in p for p in places), places
    assert not any(bureau in p for p in places), places
