"""An act told first by a noun with its own day ("calls to investigate the killing of seven herders
in X on November 14") and then, in the next sentence, by a verb with no day and no place ("Witnesses
said police shot them") happened on the day the first sentence names, not on the day of the
statement ("..., the group said today"): ``_date_from_sentence_before`` with ``_tells_it_before``.

Our own sentences, across many wars; the last two must keep the publication window (the sentence
before tells no act, so its day is not the act's).
"""

from __future__ import annotations

import pytest

import wardesk

CASES = [
    (
        "2023-11-20",
        "2023-11-14",
        "Nairobi. Authorities must investigate the killing of at least seven herders in Kakuma, Turkana "
        "county, on November 14, 2023, East Africa Watch said today. Witnesses said police officers "
        "rounded up the men and shot them.",
    ),
    (
        "2021-05-06",
        "2021-05-02",
        "Bogota. The prosecutor's office should look into the deaths of four protesters in Cali on May 2, "
        "2021, the Andean Rights Network said today. Relatives said riot police opened fire on the crowd.",
    ),
    (
        "2020-12-02",
        "2020-11-28",
        "Addis Ababa. The rights commission called for a probe into the shelling of residential areas in "
        "Humera on November 28, 2020, its chairman said today. Residents said artillery rounds hit the "
        "market and two schools.",
    ),
    (
        "2024-06-10",
        "2024-06-05",
        "Khartoum. The massacre of villagers in Wad al-Noura on June 5 shocked the country, the committee "
        "said in a statement today. Survivors said the gunmen surrounded the village and fired artillery "
        "into it.",
    ),
]

NOT_THAT_DAY = [
    (
        "2021-03-10",
        "2021-03-08",
        "The governor visited Bama on Monday, his office said today. Residents said gunmen later killed "
        "three traders.",
    ),
    (
        "2022-04-14",
        "2022-04-11",
        "Talks on a ceasefire opened in Doha on April 11, diplomats said today. Separately, militants shot "
        "dead two policemen.",
    ),
]


def _first_incident_day(text: str, published: str) -> tuple[str, str]:
    out = wardesk.extract_article(text, published=published)
    e = next(e for e in out.events if e.kind == "incident")
    return str(e.date.start), str(e.date.end)


@pytest.mark.parametrize("published,day,text", CASES)
def test_extract_date_before_saying_named_day_wins(published: str, day: str, text: str) -> None:
    assert _first_incident_day(text, published) == (day, day)


@pytest.mark.parametrize("published,day,text", NOT_THAT_DAY)
def test_extract_date_before_saying_no_act_before(published: str, day: str, text: str) -> None:
    assert _first_incident_day(text, published)[0] != day
