"""Incidents told in passing, and the date words that made one incident two (round 24).

Own sentences, set in many wars. A recent incident a later sentence recalls as the reason for, or
the lead-up to, the one it reports, told with its own place, day and toll, is an incident of its
own: never dropped as a mention, never a period's tally, never background for being a reason."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from wardesk.extract.dates import resolve_time
from wardesk.record import FAMILY, Article, Event

PUBLISHED = "2024-05-10"  # a Friday


def _incidents(pipeline: Any, text: str, published: str = PUBLISHED) -> list[Event]:
    art = Article(id="own", text=text, published=published)
    return [e for e in pipeline.run(art).events if e.kind == "incident" and not e.background]


def _read(events: list[Event], family: str, day: str, place: str) -> bool:
    return any(
        FAMILY.get(e.event_type) == family
        and str(e.date.start) == day
        and any(place in (loc.name, loc.text) for loc in e.locations)
        for e in events
    )


@pytest.mark.parametrize(
    ("text", "family", "day", "place"),
    [
        # an untyped raid told aside with its own place, day and toll: kept, not dropped as a mention
        (
            "Gunmen attacked the weekly market in Ansongo on Thursday, killing five traders, officials "
            "said. The attack appeared to be revenge for an army raid on a herders' camp near Menaka "
            "last week that killed three people, a local official said.",
            "violence_against_civilians",
            "2024-04-29",
            "Menaka",
        ),
        # a noun of killing heads the reason clause: the event recalled, not the raid's toll
        (
            "Armed youths raided a cattle camp near Bor on Thursday, killing six herders, officials "
            "said. The raid was retaliation for the killing of four herders near Akobo last week, a "
            "community leader said.",
            "violence_against_civilians",
            "2024-04-29",
            "Akobo",
        ),
        # "wanted in the killing": the passive of a verb of wish names what someone is sought for
        (
            "MOGADISHU, May 10 - Al-Shabaab fighters stormed a police station in Afgooye on Wednesday, killing four "
            "officers, police said. Police said the attackers were wanted in the killing of a district "
            "commissioner in Wanlaweyn last month.",
            None,
            "2024-04-01",
            "Wanlaweyn",
        ),
        # an untyped word of attack with a toll is one event, though its sentence also spans days
        (
            "Rebels shelled army posts in Haydan on Tuesday, killing two soldiers, officials said. The "
            "latest round of fighting broke out at the beginning of this month after the bombing of a "
            "mosque in Dahyan on May 2 which killed 15 worshippers.",
            "explosions_remote_violence",
            "2024-05-02",
            "Dahyan",
        ),
    ],
)
def test_passing_events_recent_incident_told_in_passing_is_read(
    pipeline: Any, text: str, family: str | None, day: str, place: str
) -> None:
    events = _incidents(pipeline, text)
    if family is None:
        assert any(str(e.date.start) == day and any(place == loc.name for loc in e.locations) for e in events)
    else:
        assert _read(events, family, day, place), [(e.event_type, e.date.start, e.locations) for e in events]


def test_passing_events_killing_of_someone_last_month_is_one_act(pipeline: Any) -> None:
    """ "the killing of two traders ... last month": one act dated loosely, not a month's tally."""
    text = (
        "Gunmen attacked the village of Kwall in Plateau state on Wednesday, killing 11 people, police "
        "said. Residents said the attack was revenge for the killing of two cattle traders near Bokkos "
        "last month."
    )
    events = _incidents(pipeline, text)
    assert _read(events, "violence_against_civilians", "2024-04-01", "Bokkos")


def test_passing_events_recalled_last_week_is_not_background(pipeline: Any) -> None:
    """An event told only as the reason for an arrest, dated last week: recent news, not background."""
    text = (
        "Troops arrested 30 men in Gondar on Thursday over an ambush on a convoy near Dabat last week "
        "that killed eight soldiers, residents said."
    )
    assert _read(_incidents(pipeline, text), "battles", "2024-04-29", "Dabat")


def test_passing_events_recalled_in_an_old_year_stays_background(pipeline: Any) -> None:
    text = (
        "Bandits attacked the village of Tsafe in Zamfara on Wednesday, killing eight people, police "
        "said. Residents said the gang was seeking revenge for an army raid on its camp in Gusau in "
        "2019 that killed 30 of its members."
    )
    events = _incidents(pipeline, text)
    assert all(e.date.start is None or e.date.start.year == 2024 for e in events)


@pytest.mark.parametrize("text", ["one hour", "close to one hour", "an hour", "eight hour", "two hours"])
def test_dates_a_duration_in_hours_dates_nothing(text: str) -> None:
    """How long a fight lasted is no span of days up to publication (it made a second record)."""
    assert resolve_time(text, dt.date(2024, 5, 10)).start is None


@pytest.mark.parametrize(
    ("text", "start"), [("the past 12 hours", "2024-05-09"), ("a 12-hour period", "2024-05-09")]
)
def test_dates_hours_looked_back_still_count_back(text: str, start: str) -> None:
    assert str(resolve_time(text, dt.date(2024, 5, 10)).start) == start


def test_passing_events_fight_lasting_an_hour_is_one_record(pipeline: Any) -> None:
    text = (
        "Gunmen attacked a police station in Orlu on Wednesday night, killing two officers, police "
        "said. They engaged the officers in a gunfight for close to one hour before escaping into "
        "the bush, residents said."
    )
    assert len(_incidents(pipeline, text)) == 1
