"""Recall on wars not seen: ACLED's event vocabulary in every form, and typing that comes from
the event's own words, not from what else the article tells. Short articles written for these
tests (places invented or far from the development set's wars)."""

from __future__ import annotations

import pytest

from article_helpers import incidents
from wardesk.record import FAMILY


@pytest.mark.parametrize(
    "text, family",
    [
        # looting and arson by armed men: property destroyed, ACLED's "other"
        ("Militiamen looted the market in Kadunga on Monday.", "other"),
        ("Armed bandits plundered the granaries of herders near Kadunga on Monday.", "other"),
        ("Rebels set fire to 40 houses in Kadunga on Monday, a local official said.", "other"),
        ("Attackers set ablaze a church in Kadunga on Monday.", "other"),
        ("Militants razed the village of Kadunga on Monday.", "other"),
        # the nouns of a killing, which the tagger keeps as their own lemma
        ("The killing of five farmers in Kadunga on Monday angered residents.", None),
        (
            "The assassination of a village chief in Kadunga on Monday shocked residents.",
            "violence_against_civilians",
        ),
        (
            "The lynching of two suspected thieves in Kadunga on Monday drew condemnation.",
            "violence_against_civilians",
        ),
        # sexual violence: an attack on civilians (the tagger's lemma of "raped" is "rap")
        ("Soldiers raped women in Kadunga on Monday, a rights group said.", "violence_against_civilians"),
        # two sides firing at each other, every form of the verb
        ("Soldiers exchanged fire with insurgents near Kadunga on Monday.", "battles"),
        ("Police traded fire with gunmen outside Kadunga on Monday.", "battles"),
        # the takers of hostages name the act
        ("Kidnappers seized a priest in Kadunga on Monday.", "violence_against_civilians"),
        # a grenade is an explosive, not "any other" violence
        ("A grenade attack on a bar in Kadunga killed three people on Monday.", "explosions_remote_violence"),
    ],
)
def test_event_vocabulary_acled_words_report_an_event(pipeline, text, family):
    events = incidents(pipeline, text, "2024-05-15")
    assert events, text
    if family is not None:
        assert {FAMILY[e.event_type] for e in events} == {family}, [e.event_type for e in events]


@pytest.mark.parametrize(
    "title, text",
    [
        # a headline's "Kabul bombing" is no air strike once its lead names the car bomb
        (
            "Over 50 die in Kabul bombing",
            "Over 50 people were killed on Sunday in a car bombing near a market in Kabul, police said.",
        ),
        # a suicide "bomber" is a man, not a warplane
        (
            None,
            "A car bomb exploded near a checkpoint in Kirkuk on Sunday. Police said a suicide bomber "
            "then struck the crowd that gathered.",
        ),
    ],
)
def test_event_vocabulary_planted_bombs_stay_planted(pipeline, title, text):
    events = incidents(pipeline, text, "2024-05-20", title=title)
    assert events and all(FAMILY[e.event_type] == "explosions_remote_violence" for e in events)
    assert "air_strike" not in {e.event_type for e in events}, [e.event_type for e in events]


@pytest.mark.parametrize(
    "text, place, expected",
    [
        # a report of air strikes that also tells of a killing by armed men on the ground
        (
            "At least 30 civilians were killed in suspected air strikes by Russian jets on Kadunga on "
            "Thursday, an activist said. Omar Haddad, a member of the group, was killed in Boralo on "
            "Thursday by several masked, armed men, his colleagues said.",
            "Boralo",
            "attack_on_civilians",
        ),
        (
            "Government artillery shelled the town of Kadunga on Tuesday, killing nine people. A teacher "
            "was killed by masked men in Boralo on Tuesday evening, relatives said.",
            "Boralo",
            "attack_on_civilians",
        ),
    ],
)
def test_event_vocabulary_ground_attackers_do_not_take_the_article_type(pipeline, text, place, expected):
    events = [
        e for e in incidents(pipeline, text, "2024-05-17") if any(loc.name == place for loc in e.locations)
    ]
    assert events and {e.event_type for e in events} == {expected}, [
        (e.event_type, [loc.name for loc in e.locations]) for e in incidents(pipeline, text, "2024-05-17")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # troops brought by helicopter raid and fight on the ground
        "Earlier, about 30 special forces soldiers landed by helicopter on a ridge above Boralo, "
        "raiding a farmhouse before clashing with rebel fighters, local officials said.",
        "Commandos flown in by helicopter stormed a rebel camp near Boralo on Sunday and fought "
        "the insurgents for two hours, the army said.",
    ],
)
def test_event_vocabulary_transport_aircraft_is_no_air_strike(pipeline, text):
    types = {e.event_type for e in incidents(pipeline, text, "2024-05-13")}
    assert types and "air_strike" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        # the houses burnt in a raid that killed people are part of that raid
        "Rebels killed ten villagers in Vikolo overnight into Wednesday, local leaders "
        "said.\n\nIn addition to those killed, about twenty houses were burnt down by the rebels, "
        "they added.",
        "Gunmen shot dead six farmers in Mabanga on Sunday and set fire to their huts, police said.",
        # ... also when the burning is told first
        "At Kiwanja the raiders burnt down several houses on Sunday. Four people were killed "
        "in Kiwanja, residents said.",
    ],
)
def test_event_vocabulary_burning_in_a_raid_is_one_event(pipeline, text):
    events = incidents(pipeline, text, "2024-05-15")
    assert [e.event_type for e in events] == ["attack_on_civilians"], [
        (e.event_type, [loc.name for loc in e.locations]) for e in events
    ]


def test_event_vocabulary_day_named_place_in_a_list_is_no_date(pipeline):
    # a village named after a day, listed among others: the event is dated by the text's own day
    text = (
        "Gunmen raided the villages of Nsoro, 1st May and Kalemba in Cabo Delgado, burning several "
        "houses, residents said on Friday."
    )
    events = incidents(pipeline, text, "2024-04-12")
    assert events and all(e.date.start and e.date.start.isoformat() == "2024-04-12" for e in events), [
        (e.event_type, e.date) for e in events
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        # a text that names no country: a place the gazetteer lacks is no look-alike town abroad
        ("A teacher was killed by masked men in Boralo on Tuesday evening, relatives said.", "Boralo"),
        ("Four people were killed in Kiwanja on Sunday, residents said.", "Kiwanja"),
    ],
)
def test_event_vocabulary_no_loose_spelling_without_a_country(pipeline, text, name):
    events = incidents(pipeline, text, "2024-05-17")
    assert events and all(loc.name == name for e in events for loc in e.locations), [
        [loc.name for loc in e.locations] for e in events
    ]


def test_event_vocabulary_the_raid_restates_the_raid(pipeline):
    # "killed in the raid" belongs to the raid told before it, not to the nearer air strike
    text = (
        "Sudanese army jets pounded villages in South Kordofan on Monday, killing 30 people.\n\n"
        "In a separate strike near Dilling, 10 people were killed and 20 wounded in a market, officials "
        "said.\n\nEarlier, about 40 paramilitary fighters landed by helicopter near a ridge above Talodi, "
        "raiding a farmhouse before clashing with rebel fighters, local officials said.\n\n"
        "Mourners gather at a funeral in Dilling\n\n"
        "At least five people died in the raid, a local official told reporters."
    )
    events = incidents(pipeline, text, "2024-05-14")
    (raid,) = [e for e in events if any(loc.name == "Talodi" for loc in e.locations)]
    assert raid.event_type == "armed_clash" and raid.fatalities.best == 5, raid
    (strike,) = [e for e in events if any(loc.name == "Dilling" for loc in e.locations)]
    assert strike.fatalities.best == 10, strike


@pytest.mark.parametrize(
    "text, types",
    [
        # a place that comes under a force's control has changed hands ...
        ("The town of Kalemba in Mozambique came under militia control on Monday.", {"territory_change"}),
        ("Kalemba in Mozambique fell into the hands of the insurgents on Monday.", {"territory_change"}),
        # ... beside the fighting for it, two events (ACLED codes the taking apart from the fight)
        (
            "Most of Kalemba town in northern Mozambique came under rebel forces on Wednesday after "
            "fierce fighting that went on for hours.",
            {"territory_change", "armed_clash"},
        ),
        # a post that comes under fire has not changed hands
        ("An army post in Kalemba, Mozambique came under fire on Monday, the army said.", None),
    ],
)
def test_event_vocabulary_coming_under_control_is_a_territory_change(pipeline, text, types):
    found = {e.event_type for e in incidents(pipeline, text, "2024-05-17")}
    if types is None:
        assert "territory_change" not in found, found
    else:
        assert found == types


def test_event_vocabulary_air_and_ground_assaults_are_two_events_of_one_clause(pipeline):
    # the army's words for strikes from the air and the fight on the ground, told as conjuncts:
    # two events, each with the clause's attacker, place and day
    text = (
        "Air assaults and ground assaults were carried out by the army against the rebels in "
        "Kalemba, Mozambique since early Friday morning."
    )
    events = incidents(pipeline, text, "2024-05-18")
    assert {e.event_type for e in events} == {"air_strike", "armed_clash"}, [e.event_type for e in events]
    for e in events:
        assert e.date.start is not None and e.date.start.isoformat() == "2024-05-17", e.date
        assert {a.name for a in e.initiators} == {"Mozambique"}, e.initiators


@pytest.mark.parametrize(
    "text, expected",
    [
        # "killing" the noun is a word of killing like the verb: soldiers killing fighters fight them
        (
            "The army also advanced in Huwaija in Mozambique on Monday, killing and injuring scores "
            "of insurgents.",
            "armed_clash",
        ),
        # ... and fighters killing unarmed men attack them
        (
            "Militants killed 20 young men near the town of Kalemba in Mozambique on Wednesday, "
            "activists said. A rights group also reported the killing.",
            "attack_on_civilians",
        ),
    ],
)
def test_event_vocabulary_killing_noun_keeps_the_type_of_a_killing(pipeline, text, expected):
    assert {e.event_type for e in incidents(pipeline, text, "2024-05-18")} == {expected}
