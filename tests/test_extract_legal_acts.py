"""Court and police acts name killings without reporting them (round 16): a charge or a penalty
("sentenced to death", "charged with murder") is no event, and a deed a court judges or an arrest
answers ("sentenced for a bombing in 2019", "indicted a leader over the killing of X") is an earlier
event: dated by its own phrase, background unless given a day. Own sentences, published
2024-05-15 (a Wednesday)."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

from wardesk.record import Article

PUBLISHED = "2024-05-15"

#: Sentences telling a court's or police's act and no violence of the article's own time.
NO_INCIDENT = [
    "A court in Herat sentenced three men to death on Monday for a grenade attack on a mosque in 2020 that killed nine worshippers.",
    "A military tribunal in Kinshasa sentenced a militia leader to death on Tuesday for a massacre of villagers in Ituri in 2019.",
    "Two herders were charged with murder at a court in Jos on Monday over the killing of a farmer in February.",
    "A court in Erbil convicted two men of murder on Sunday for a rocket attack on the airport in 2021.",
    "Federal prosecutors on Tuesday indicted a militia commander over the killing of six aid workers in Unity State in 2018.",
    "A court in Karachi on Monday found two men guilty of killing a police officer during riots in 2019.",
    "Police in Lahore detained five men on Sunday linked to a bombing at a shrine in November.",
    "Police in Garoowe arrested three gunmen on Monday over the killing of an elder in February.",
    "Prosecutors in Durango charged two gunmen with murder on Tuesday over the killing of a mayor in January.",
]


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_extract_legal_act_tells_no_incident(pipeline, text):
    assert incidents(pipeline, text, PUBLISHED) == []


def test_extract_legal_act_penalty_is_no_killing(pipeline):
    evs = pipeline.run(
        Article(id="t", text="A court in Herat sentenced three men to death on Monday.", published=PUBLISHED)
    ).events
    assert evs == []


def test_extract_reason_of_an_arrest_is_background_without_a_day(pipeline):
    text = "Police in Garissa arrested two men on Tuesday over an ambush last week that killed five soldiers."
    evs = pipeline.run(Article(id="t", text=text, published=PUBLISHED)).events
    assert evs and all(e.background for e in evs)


def test_extract_raid_keeps_its_own_day_apart_from_the_reason(pipeline):
    text = (
        "Soldiers raided a camp in Lanao del Sur on Monday and killed four gunmen suspected of "
        "carrying out an ambush on a police patrol last month, the army said."
    )
    evs = incidents(pipeline, text, PUBLISHED)
    assert [(e.event_type, str(e.date.start)) for e in evs] == [("armed_clash", "2024-05-13")]


def test_extract_hours_after_a_court_act_count_from_its_day(pipeline):
    text = (
        "A court in Diffa sentenced nine insurgents to death on Monday. Hours later, gunmen opened "
        "fire on an army post near the town, killing three soldiers."
    )
    (ev,) = incidents(pipeline, text, PUBLISHED)
    assert str(ev.date.start) == "2024-05-13"


def test_extract_linked_to_is_a_reason_only_for_the_held(pipeline):
    """ "casualties linked to air strikes last week" is a tally of those strikes, not a reason."""
    text = "A monitoring group counted 310 casualties linked to coalition air strikes last week."
    evs = pipeline.run(Article(id="t", text=text, published=PUBLISHED)).events
    assert evs and not any(e.background for e in evs)


def test_extract_a_deed_suspected_keeps_its_doer(pipeline):
    """What a word of suspicion holds may be the deed itself, not a person held."""
    text = (
        "An air strike killed nine civilians in Maarrat Misrin on Friday, a monitor said. The monitor "
        "said the strike was suspected to have been carried out by Russian jets."
    )
    evs = incidents(pipeline, text, PUBLISHED)
    assert "Russia" in {a.name for e in evs for a in e.initiators}
