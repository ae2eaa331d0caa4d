"""The main event comes first: the event the headline and lead report, at the place the text gives
it (extract.rank, extract.merge.fold_coarse), end to end on short articles written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.record import Article

PUB = "2022-06-09"  # a Thursday


def _main(pipeline, text, title=None, published=PUB):
    evs = pipeline.run(Article(id="t", title=title, text=text, published=published)).events
    assert evs, "no event"
    return evs[0]


@pytest.mark.parametrize(
    ("title", "text", "place", "day"),
    [
        # the lead gives the province and the day an official spoke; the next sentence the
        # locality and the day it happened
        (
            "Gunmen kill 17 villagers in Sudan",
            "KHARTOUM, June 9 - An attack in Sudan's South Kordofan state has left 17 villagers dead, "
            "a local official said Wednesday.\n\n"
            "The killings happened when gunmen opened fire on farmers on Tuesday in Tabanya locality, "
            "the official told reporters.",
            "Tabanya",
            "2022-06-07",
        ),
        (
            "Militants kill nine in Nigeria",
            "Militants killed nine civilians in Nigeria's Borno state, a police spokesman said on Thursday.\n\n"
            "The attackers stormed the village of Kwatara on Tuesday night and shot the men, he said.",
            "Kwatara",
            "2022-06-07",
        ),
    ],
)
def test_rank_the_place_and_day_a_lead_said_come_from_the_sentence_that_tells_them(
    pipeline, title, text, place, day
):
    ev = _main(pipeline, text, title)
    assert place in [loc.name for loc in ev.locations]
    assert ev.date.start is not None and ev.date.start.isoformat() == day


@pytest.mark.parametrize(
    "second",
    [
        "Troops entered central Hpakant, according to the army and a monitoring group, marking the "
        "largest loss for the rebels since their commander fled Wednesday.",
        "Troops entered central Hpakant, marking the biggest gain since the junta's troops crossed "
        "the river on Wednesday.",
    ],
)
def test_rank_a_day_that_starts_a_period_does_not_keep_the_place_from_the_main_event(pipeline, second):
    # "since the offensive began on Wednesday" says when the period began: the entry into the
    # town came that day or after, so it may place the capture the lead reports
    text = (
        "Myanmar's army said it captured a key border town on Saturday after days of fighting.\n\n" + second
    )
    ev = _main(pipeline, text, "Army captures key town in northern Myanmar", published="2022-06-12")
    assert ev.event_type == "territory_change"
    assert "Hpakant" in [loc.name for loc in ev.locations]  # as the report spells it


@pytest.mark.parametrize(
    ("text", "sea"),
    [
        (
            "Pirates fired a rocket at a cargo ship in the Strait of Hormuz on Tuesday, killing two "
            "sailors, the shipping company said.",
            "Strait of Hormuz",
        ),
        (
            "A drone struck a tanker in the Sea of Azov on Tuesday, wounding three crew members.",
            "Sea of Azov",
        ),
    ],
)
def test_rank_an_attack_on_a_ship_happens_at_sea(pipeline, text, sea):
    ev = _main(pipeline, text)
    assert sea in [loc.name for loc in ev.locations]


def test_rank_a_sea_ships_fire_from_is_no_event_place(pipeline):
    text = "Warships in the Sea of Azov fired missiles at the port city of Berdyansk on Tuesday."
    ev = _main(pipeline, text)
    assert "Sea of Azov" not in [loc.name for loc in ev.locations]


def test_rank_a_dateline_opening_a_later_paragraph_is_not_the_event_s_place(pipeline):
    # syndicated copy pasted under a lead repeats the lead with its own dateline
    text = (
        "Gunmen killed four soldiers at an army checkpoint in northern Mali on Sunday, officials said.\n\n"
        "Mopti (Mali): Gunmen killed four soldiers at an army checkpoint in northern Mali on Sunday, "
        "officials said. The army said the attack on Sunday hit a checkpoint in the Tessit area."
    )
    ev = _main(pipeline, text, "Gunmen kill four soldiers in northern Mali", published="2022-06-13")
    names = [loc.name for loc in ev.locations]
    assert "Mopti" not in names
    assert "Tessit" in names


def test_rank_a_lead_placed_in_a_province_folds_into_the_town_named_next(pipeline):
    # the lead says no more than the province: the town told next with the same day and toll is
    # where its event happened
    text = (
        "Two soldiers were killed and five wounded in clashes with communist rebels in a village in "
        "Agusan del Sur province in the southern Philippines on Sunday, the army said.\n\n"
        "Police said the fighting erupted on Sunday in the town of Bunawan, where the rebels had set up camp."
    )
    evs = pipeline.run(
        Article(id="t", title="2 soldiers killed in clashes with rebels", text=text, published="2022-06-13")
    ).events
    assert [(loc.name, loc.admin1) for loc in evs[0].locations][0] == ("Bunawan", "Agusan del Sur")
    assert len([e for e in evs if e.event_type == "armed_clash"]) == 1


def test_merge_fold_coarse_takes_a_town_of_the_same_sentence():
    # a country-wide mention and a town split from one sentence share their position in the text
    from wardesk.extract.draft import Draft
    from wardesk.extract.merge import fold_coarse
    from wardesk.record import DateSpan, Location

    day = DateSpan(start=dt.date(2016, 7, 9), end=dt.date(2016, 7, 9), precision="day")
    coarse = Draft("missile_artillery", 3, 0.8, date=day)
    coarse.locations = [Location(name="Syria", country="SY", precision="country")]
    town = Draft("missile_artillery", 3, 0.8, date=day)
    town.locations = [Location(name="Suluk", admin1="Raqqa", country="SY", precision="exact")]
    assert fold_coarse([coarse, town]) == [town]
