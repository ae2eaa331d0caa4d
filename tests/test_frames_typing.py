"""Event typing (frames.decide_type) on short articles written for these tests."""

from __future__ import annotations

import pytest

from wardesk.record import Article


def _events(pipeline, text):
    return pipeline.run(Article(id="t", text=text, published="2024-05-15")).events


@pytest.mark.parametrize(
    "text",
    [
        # a crowd crush at an aid delivery, with the crowd's clashes around it: no armed clash
        "Dozens of people died in a stampede as crowds rushed aid trucks in Gaza City on Thursday, "
        "sparking violent clashes, the army said.",
        "At least 20 people were trampled to death in clashes as a crowd surged toward a food "
        "distribution point in Khartoum on Monday.",
    ],
)
def test_frames_crowd_crush_is_no_armed_clash(pipeline, text):
    types = [e.event_type for e in _events(pipeline, text)]
    assert types and "armed_clash" not in types, types


@pytest.mark.parametrize(
    "text, place",
    [
        # an article led by a car bomb: its other attacks on posts are battles, not car bombs
        (
            "A car bomb exploded outside a bank in Garowe on Monday, killing three shoppers. "
            "Earlier this month gunmen attacked police stations in Galkayo and Bosaso.",
            "Galkayo",
        ),
        (
            "Two drone strikes hit a fuel depot near Sittwe on Tuesday, killing four workers. "
            "Insurgents overran an army post outside Kyauktaw on Wednesday, officials said.",
            "Kyauktaw",
        ),
        # soldiers killing fighters, no weapon named: an armed clash, whatever leads the article
        (
            "A roadside bomb struck a minibus near Diffa on Friday, killing seven passengers. "
            "On Saturday soldiers killed 12 fighters near Bosso, the army said.",
            "Bosso",
        ),
    ],
)
def test_frames_attack_on_forces_is_an_armed_clash(pipeline, text, place):
    events = _events(pipeline, text)
    at = [e for e in events if any(place in (loc.name, loc.text) for loc in e.locations)]
    assert at and all(e.event_type == "armed_clash" for e in at), [
        (e.event_type, e.locations) for e in events
    ]


@pytest.mark.parametrize(
    "text, state, owner",
    [
        # a post named without its owner is the state's; one a group's name qualifies is the group's
        ("Militants attacked a police station in Mopti on Sunday.", "Mali", None),
        ("Israeli jets struck a Hezbollah military base near Tyre on Monday.", None, "Hezbollah"),
    ],
)
def test_frames_security_post_is_the_state_forces_target(pipeline, text, state, owner):
    (event,) = [e for e in _events(pipeline, text) if e.kind == "incident"]
    targets = {t.name for t in event.targets}
    if state:
        assert state in targets, targets
    else:
        assert owner in targets and "Lebanon" not in targets, targets


@pytest.mark.parametrize(
    "text, types",
    [
        # killing some and carrying off others: an attack on civilians and an abduction
        (
            "Bandits raided the village of Kauran on Monday, killing six farmers and abducting "
            "twenty others, a local chief said.",
            {"attack_on_civilians", "abduction"},
        ),
        # soldiers taken in a fight: no massacre of civilians beside the abduction
        (
            "Insurgents seized three soldiers near Kidal on Friday after killing two of their "
            "comrades and kidnapping a driver.",
            None,
        ),
    ],
)
def test_frames_killing_and_abducting_are_two_events(pipeline, text, types):
    got = {e.event_type for e in _events(pipeline, text) if e.kind == "incident"}
    if types:
        assert types <= got, got
    else:
        assert "attack_on_civilians" not in got, got


@pytest.mark.parametrize(
    "text, place, etype",
    [
        # a force striking back after an attack: a battle of its own, placed by the report
        (
            "Gunmen killed nine villagers in Dumbi on Sunday. A counteroffensive by the army later "
            "led to the neutralisation of four of the attackers, the governor said.",
            "Dumbi",
            "armed_clash",
        ),
        # an incursion into a village with its toll is an attack there
        (
            "An incursion of militiamen into the town of Butembo on Tuesday left 14 dead, residents said.",
            "Butembo",
            None,
        ),
    ],
)
def test_frames_counteroffensive_and_incursion_are_events(pipeline, text, place, etype):
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    at = [e for e in events if any(place in (loc.name, loc.text) for loc in e.locations)]
    assert at, [(e.event_type, e.locations) for e in events]
    if etype:
        assert etype in {e.event_type for e in at}, [(e.event_type, e.locations) for e in events]


@pytest.mark.parametrize(
    "text, towns",
    [
        # a roundup that counts its strikes town by town: one incident per counted town, even
        # for towns a few kilometres apart
        (
            "Two air strikes hit a market in Douma on Friday, three airstrikes struck near Harasta "
            "and one airstrike hit a farm outside Zamalka, rescuers said.",
            ["Douma", "Harasta", "Zamalka"],
        ),
    ],
)
def test_split_strikes_counted_town_by_town_are_separate_incidents(pipeline, text, towns):
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    for town in towns:
        assert any([loc.text for loc in e.locations] == [town] for e in events), [
            [loc.text for loc in e.locations] for e in events
        ]


@pytest.mark.parametrize(
    "text, towns",
    [
        # one sentence, two conjoined strike verbs, each with its own town far from the other
        (
            "Warplanes bombed a bridge in Deir ez-Zor on Sunday and struck a depot outside Palmyra, "
            "the monitor said.",
            ["Deir ez-Zor", "Palmyra"],
        ),
    ],
)
def test_split_conjoined_strikes_on_two_towns_are_separate_incidents(pipeline, text, towns):
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    for town in towns:
        assert any([loc.text for loc in e.locations] == [town] for e in events), [
            [loc.text for loc in e.locations] for e in events
        ]


def test_frames_bombardment_beside_a_capture_is_an_event_of_its_own(pipeline):
    text = (
        "Government troops seized the hill town of Kerak under heavy bombardment on Tuesday, the army said."
    )
    families = {e.event_type for e in _events(pipeline, text) if e.kind == "incident"}
    assert "territory_change" in families and families & {"air_strike", "missile_artillery"}, families


@pytest.mark.parametrize(
    "text, etype",
    [
        # buildings wrecked, nobody hurt, no weapon: property destruction, not an attack on people
        (
            "A roadside bomb killed four traders near Macomia on Monday. Insurgents destroyed the "
            "health post in the village of Chiure on Tuesday and attacked a school there.",
            "other",
        ),
        # with a toll it stays an attack
        (
            "A roadside bomb killed four traders near Macomia on Monday. Insurgents destroyed the "
            "health post in the village of Chiure on Tuesday, killing two nurses.",
            None,
        ),
    ],
)
def test_frames_property_destroyed_without_victims_is_other(pipeline, text, etype):
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    at = [e for e in events if any("Chiure" in (loc.name, loc.text) for loc in e.locations)]
    assert at, [(e.event_type, e.locations) for e in events]
    if etype:
        assert {e.event_type for e in at} == {etype}, [e.event_type for e in at]
    else:
        assert "other" not in {e.event_type for e in at}, [e.event_type for e in at]


def test_split_a_list_named_as_towns_is_one_incident_per_town(pipeline):
    # towns a few kilometres apart, but named as towns of their own: one incident each
    text = "On Sunday gunmen raided checkpoints in the towns of Douma and Harasta, killing three policemen."
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    places = sorted(loc.text for e in events for loc in e.locations)
    assert len(events) == 2 and places == ["Douma", "Harasta"], [
        [loc.text for loc in e.locations] for e in events
    ]


@pytest.mark.parametrize(
    "text, town",
    [
        # one sentence: the fight and the taking of the town
        (
            "Army units fought fierce clashes with the rebels in Kassala on Sunday and recaptured "
            "the town, a spokesman said.",
            "Kassala",
        ),
        (
            "Army units recaptured Kassala on Sunday after fierce clashes with the rebels, a spokesman said.",
            "Kassala",
        ),
        # two sentences, the capture undated: it keeps the town's day, not the other town's
        # offensive told in between
        (
            "Troops battled insurgents in the town of Mocimboa da Praia on Friday. The push on "
            "Pemba had begun on Monday, officials said. A commander said the port of Mocimboa da "
            "Praia had been retaken.",
            "Mocimboa da Praia",
        ),
    ],
)
def test_frames_fight_and_capture_are_two_events(pipeline, text, town):
    events = [
        e
        for e in _events(pipeline, text)
        if e.kind == "incident" and any(town in (loc.name, loc.text) for loc in e.locations)
    ]
    types = {e.event_type for e in events}
    assert {"armed_clash", "territory_change"} <= types, [(e.event_type, e.date) for e in events]
    days = {e.date.start for e in events if e.event_type in ("armed_clash", "territory_change")}
    assert len(days) == 1, days


def test_frames_a_capture_that_needs_to_happen_is_no_event(pipeline):
    text = "Government forces shelled Tawila on Sunday. The town needs to be captured before the rains."
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert "territory_change" not in {e.event_type for e in events}, [e.event_type for e in events]


@pytest.mark.parametrize(
    "text, town, etype",
    [
        # a verb of driving off, with the ground left named after "from" / "out of"
        (
            "Government troops drove the insurgents out of Kassala on Sunday, the army said.",
            "Kassala",
            "territory_change",
        ),
        (
            "On Monday the militia pushed army units from Kassala after a night of shelling.",
            "Kassala",
            "territory_change",
        ),
        # the same verbs with no ground left are no capture
        ("Engineers cleared the main road of mines near Kassala on Monday.", None, None),
    ],
)
def test_frames_driving_a_side_off_ground_is_a_territory_change(pipeline, text, town, etype):
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    if etype is None:
        assert "territory_change" not in {e.event_type for e in events}, [e.event_type for e in events]
        return
    taken = [e for e in events if e.event_type == etype]
    assert taken and any(town in (loc.name, loc.text) for e in taken for loc in e.locations), [
        (e.event_type, [loc.name for loc in e.locations]) for e in events
    ]


def test_merge_a_later_battle_is_not_folded_into_a_capture(pipeline):
    # the battle sentence names neither day nor place: it is no restatement of the capture
    text = (
        "Rebels seized the town of Kassala on Tuesday. A unit sent from the capital killed all of "
        "the attackers after a daylong battle."
    )
    types = {e.event_type for e in _events(pipeline, text) if e.kind == "incident"}
    assert {"territory_change", "armed_clash"} <= types, types


def test_frames_a_raid_that_takes_ground_and_attacks_a_post_is_two_events(pipeline):
    text = (
        "On Tuesday about thirty insurgents took control of a warehouse in Kassala and attacked a "
        "nearby army post, killing four soldiers, officials said."
    )
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    by_type = {e.event_type: e for e in events}
    assert {"territory_change", "armed_clash"} <= set(by_type), [e.event_type for e in events]
    clash = by_type["armed_clash"]
    assert clash.fatalities.best == 4 and clash.date == by_type["territory_change"].date, clash


@pytest.mark.parametrize(
    "text, count",
    [
        # 'a later strike' on the same town is another incident
        (
            "Shells hit the market in Kassala on Friday, killing nine people. A later drone strike on Kassala "
            "killed one man and wounded two.",
            2,
        ),
        # 'later' as an adverb of the verb adds nothing new
        (
            "Shells hit the market in Kassala on Friday, killing nine people. One of the wounded later died "
            "in hospital.",
            1,
        ),
    ],
)
def test_merge_a_later_strike_is_another_incident(pipeline, text, count):
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert len(events) == count, [(e.event_type, e.fatalities) for e in events]


def test_dates_a_later_strike_runs_from_the_earlier_day_to_publication(pipeline):
    text = (
        "Shells hit the market in Kassala on Friday, killing nine people. A later drone strike on "
        "Kassala killed one man and wounded two."
    )
    events = [e for e in _events(pipeline, text) if e.kind == "incident"]
    spans = sorted((str(e.date.start), str(e.date.end)) for e in events)
    assert spans == [("2024-05-10", "2024-05-10"), ("2024-05-10", "2024-05-15")], spans


def test_places_a_where_clause_makes_the_destination_the_event_place(pipeline):
    # 'moved on to X' names where the attackers headed; ', where three herders died' says
    # something happened there
    text = (
        "Militants first attacked a checkpoint near Gedaref on Friday. They then moved on to the "
        "hamlets of Wad Elias and Umm Dam, where three herders died, a local chief said."
    )
    places = {loc.name for e in _events(pipeline, text) if e.kind == "incident" for loc in e.locations}
    assert "Wad Elias" in places, places


@pytest.mark.parametrize(
    "text, expected",
    [
        # armed men killed by the state's forces: a fight, whatever weapon or word of shooting
        ("Police shot dead two gunmen in Kano on Tuesday, officials said.", "armed_clash"),
        ("Two gunmen were shot dead by police in Kaduna on Friday.", "armed_clash"),
        ("Soldiers killed five militants with machine guns near Gao on Monday.", "armed_clash"),
        ("A sniper killed two soldiers in Donetsk on Monday.", "armed_clash"),
        # civilians are civilians when the text says so, or they are unarmed people
        ("Gunmen shot dead four farmers in Benue on Sunday, police said.", "attack_on_civilians"),
        ("Police shot dead two unarmed protesters in Lagos on Tuesday.", "attack_on_civilians"),
    ],
)
def test_frames_shooting_armed_men_is_an_armed_clash(pipeline, text, expected):
    types = [e.event_type for e in _events(pipeline, text) if e.kind == "incident"]
    assert types == [expected], types


@pytest.mark.parametrize(
    "text, expected",
    [
        # a raid with no aerial word is on the ground
        ("Troops killed 20 militants in a raid on a hideout near Mogadishu on Monday.", "armed_clash"),
        ("Commandos killed 12 insurgents in a raid in Kunduz province on Friday.", "armed_clash"),
        ("Police raided a house in Lahore on Monday and killed three militants.", "armed_clash"),
        ("Gunmen raided a village in Zamfara on Sunday, killing 15 villagers.", "attack_on_civilians"),
        # an aerial word makes it an air raid
        ("Israeli jets carried out raids on Gaza on Monday, killing four people.", "air_strike"),
        ("Drone raids killed four fighters in Marib on Monday.", "air_strike"),
        ("An air raid killed six people in Sanaa on Monday.", "air_strike"),
    ],
)
def test_frames_raid_is_from_the_air_only_with_an_aerial_word(pipeline, text, expected):
    types = [e.event_type for e in _events(pipeline, text) if e.kind == "incident"]
    assert types == [expected], types


@pytest.mark.parametrize(
    "text, etype, filled",
    [
        # no means named: the attack on civilians is the extractor's default, flagged as filled
        (
            "Militants killed eleven herders near Gao on Saturday, the mayor said.",
            "attack_on_civilians",
            True,
        ),
        # the means named: the type is the sentence's own
        ("A car bomb killed eleven shoppers in Gao on Saturday, the mayor said.", "remote_explosive", False),
    ],
)
def test_frames_filled_type_is_flagged(pipeline, text, etype, filled):
    main = _events(pipeline, text)[0]
    assert (main.event_type, main.type_filled) == (etype, filled)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army post near the town of Kauda on Friday, killing four soldiers. The"
        " group said the attack was a response to the alleged chemical weapon use on its villages.",
        "Militants raided a border post outside the town of Gao on Friday, killing four guards. The"
        " group called the raid a reprisal for the nerve gas use on its camps.",
    ],
)
def test_frames_a_weapon_in_a_reason_clause_types_no_act(pipeline, text):
    """The weapon named in the reason given for an act ("a response to the chemical weapon use
    on its villages") is the earlier event's, not the act's: it types nothing."""
    types = [e.event_type for e in _events(pipeline, text) if e.fatalities.best]
    assert types and "chemical_weapon" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        # the measure on "after" ...
        "Just days after a deadly gas attack on the province, a bomb on a bus killed a woman and"
        " wounded 25 workers near the town of Kauda on Saturday.",
        "A roadside bomb killed three soldiers near the town of Gao on Monday, only days after a gas"
        " attack on a nearby camp.",
        # ... or beside it, on the verb
        "Two weeks after an air strike on the market, a roadside bomb killed three soldiers near the"
        " town of Gao on Monday.",
    ],
)
def test_frames_an_event_named_days_apart_types_no_act(pipeline, text):
    """An event the sentence names only as days or weeks apart from its own ("days after a gas
    attack") is an earlier one, told in passing with no place or day: its words do not type
    the sentence's event, a bombing here."""
    evs = [e for e in _events(pipeline, text) if e.fatalities.best]
    assert [e.event_type for e in evs] == ["remote_explosive"]


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks after a rebel raid on the market, a roadside bomb killed three soldiers near the"
        " town of Gao on Monday.",
        "Just days after a deadly army gas attack on the province, a bomb on a bus killed a woman and"
        " wounded 25 workers near the town of Kauda on Saturday.",
    ],
)
def test_frames_the_party_of_an_event_named_days_apart_is_no_attacker(pipeline, text):
    """The party named in an earlier event told in passing ("two weeks after a rebel raid") did
    that event: it is not the attacker of the sentence's own, whose doer the text leaves unnamed."""
    evs = [e for e in _events(pipeline, text) if e.fatalities.best]
    assert evs and [a.name for e in evs for a in e.initiators] == []
