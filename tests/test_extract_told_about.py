"""Sentences about an event already told (round 18, own sentences): a side's claim, denial or
condemnation of "the attack" days later, and the day a source spoke, make no event of their own
and never re-date the event; the figures they give are claims on it, from that side."""

from __future__ import annotations

from datetime import date

from tests.article_helpers import incidents

PUBLISHED = "2023-09-08"  # a Friday


def _one(pipeline, text: str):
    events = incidents(pipeline, text, PUBLISHED)
    assert len(events) == 1, [(e.event_type, e.date.start, [loc.name for loc in e.locations]) for e in events]
    return events[0]


def test_claim_day_on_the_claimed_attack_dates_the_claim(pipeline):
    event = _one(
        pipeline,
        "Insurgents ambushed a police convoy outside Mandera on Tuesday, killing four officers, the county "
        "commissioner said. The group claimed the attack on Thursday, saying it had killed 12 policemen.",
    )
    assert event.date.start == date(2023, 9, 5)
    assert any(c.what == "killed" and c.value == 12 for c in event.claims)


def test_the_group_that_claims_is_the_armed_group_not_the_officer_before(pipeline):
    event = _one(
        pipeline,
        "Al Shabaab fighters stormed a military camp near Dhusamareb on Wednesday, killing six soldiers, an army "
        "captain said. The group claimed the raid on Thursday, saying it had killed 21 troops.",
    )
    (claim,) = [c for c in event.claims if c.what == "killed" and c.value == 21]
    assert claim.source != "an army captain"


def test_claimed_killings_a_day_later_are_the_killings_told(pipeline):
    event = _one(
        pipeline,
        "ADF rebels shot dead nine farmers near Beni on Monday, local officials said. Islamic State claimed "
        "the killings on Wednesday, saying its fighters had killed 15 Christians.",
    )
    assert event.date.start == date(2023, 9, 4)
    assert any(c.what == "killed" and c.value == 15 and c.source == "Islamic State" for c in event.claims)


def test_a_sides_account_at_the_same_town_on_the_day_it_spoke_is_no_second_strike(pipeline):
    event = _one(
        pipeline,
        "An air strike hit a school sheltering displaced families in Khan Younis on Monday night, killing nine "
        "people, rescuers said. The army said on Wednesday it had struck a militant command post in Khan Younis.",
    )
    assert event.date.start == date(2023, 9, 4)


def test_condemnation_with_a_toll_is_a_claim_on_the_event(pipeline):
    event = _one(
        pipeline,
        "A bomb tore through a bus station in Maiduguri on Tuesday, killing eight travellers, police said. The "
        "governor condemned the blast on Thursday, saying 17 people had died.",
    )
    assert event.date.start == date(2023, 9, 5)
    assert any(c.what == "killed" and c.value == 17 for c in event.claims)


def test_an_army_post_attacked_on_a_day_is_dated_that_day(pipeline):
    event = _one(
        pipeline,
        "Gunmen attacked a gendarmerie post in Sebba in eastern Burkina Faso on Wednesday, killing two "
        "gendarmes, a security source said.",
    )
    assert (event.date.start, event.date.end) == (date(2023, 9, 6), date(2023, 9, 6))


def test_responsibility_claimed_days_later_dates_the_claim(pipeline):
    event = _one(
        pipeline,
        "A suicide bomber rammed a car into a police station in Bannu on Monday, killing seven officers, the "
        "provincial police chief said. A militant faction claimed responsibility for the bombing on Wednesday.",
    )
    assert event.date.start == date(2023, 9, 4)


def test_a_claim_told_after_the_phases_of_the_attack_keeps_its_day(pipeline):
    events = incidents(
        pipeline,
        "Militants ambushed a police patrol near Garissa on Tuesday, killing two officers, a police source said. "
        '"They detonated a mine under the first truck and then opened fire," the source said. Al Shabaab claimed '
        "the attack on Wednesday, saying it had killed 11 policemen.",
        PUBLISHED,
    )
    # the claim joins the ambush dated before it, not an undated phase that would take the claim's day
    assert {e.date.start for e in events} == {date(2023, 9, 5)}
    (claimed,) = [e for e in events if any(c.what == "killed" and c.value == 11 for c in e.claims)]
    assert claimed.event_type == "armed_clash"


def test_a_sides_claim_to_have_overrun_the_base_is_no_territory_change(pipeline):
    event = _one(
        pipeline,
        "Insurgents attacked an army base near Mocimboa da Praia on Monday, killing seven soldiers, a military "
        "source said. The insurgents said they had overrun the base, a claim the defence ministry denied.",
    )
    assert event.event_type == "armed_clash"


def test_a_town_a_side_says_it_took_stays_a_territory_change(pipeline):
    events = incidents(
        pipeline,
        "Rebels said on Thursday they had captured the town of Kalehe after heavy fighting with the army.",
        PUBLISHED,
    )
    assert "territory_change" in {e.event_type for e in events}


def test_the_killing_a_group_claims_is_the_killing_told_last(pipeline):
    events = incidents(
        pipeline,
        "Two militants and a policeman were killed in Pulwama district on Friday, police said. In Anantnag on "
        "Thursday evening, two gunmen on a motorcycle fired at a shopkeeper as he closed his store. He died in "
        "hospital. The Resistance Front claimed the killing.",
        PUBLISHED,
    )
    claimed = [e for e in events if any(c.stance == "claims" and c.source != "police" for c in e.claims)]
    assert [e.event_type for e in claimed] == ["attack_on_civilians"], [
        (e.event_type, [(c.stance, c.actor, c.source) for c in e.claims]) for e in events
    ]


def test_a_lead_dated_by_the_saying_is_the_deed_dated_below(pipeline):
    event = _one(
        pipeline,
        "Russia's defence ministry said on Friday its forces had captured the village of Kotlyarivka in the "
        "Donetsk region. A pro-Russian war blogger said assault units had stormed and seized the village on "
        "Wednesday.",
    )
    assert (event.event_type, event.date.start) == ("territory_change", date(2023, 9, 6))


def test_a_site_a_side_says_it_took_on_a_day_of_its_own_stays_a_territory_change(pipeline):
    events = incidents(
        pipeline,
        "Rebels attacked an army base near Kamanyola on Monday, local officials said. The rebels said they had "
        "seized the base on Wednesday.",
        PUBLISHED,
    )
    assert "territory_change" in {e.event_type for e in events}


def test_a_claim_of_an_attack_not_told_before_keeps_its_day(pipeline):
    event = _one(
        pipeline,
        "Islamic State claimed an attack on a police checkpoint near Tikrit on Wednesday that killed three "
        "officers, security sources said.",
    )
    assert event.date.start == date(2023, 9, 6)
