"""Event types of the forms other wars report events in, and the look-alikes that report none
(frames.drop_disarmed, drop_group_words, type_captives, _crowd_side; triggers.delivers_a_weapon,
takes_complement, fought_someone; weapons._a_person, _driven_in; article._property_raid,
_same_day_type). Short articles written for these tests."""

from __future__ import annotations

import pytest

from article_helpers import incidents

PUBLISHED = "2024-05-15"


@pytest.mark.parametrize(
    "text",
    [
        # a weapon stopped before it did harm: ACLED's disrupted weapons use, no explosion or strike
        "Sappers defused two roadside bombs on the highway near Kismayo on Monday.",
        "Air defences intercepted a ballistic missile over the port of Aden on Tuesday.",
        "Police recovered a cache of explosives and detonators from a house in Kaduna on Friday.",
        "Engineers found and dismantled an improvised explosive device under a bridge near Gao on Sunday.",
        # a trigger word naming a group or its trade, or the one acted on
        "Police arrested four members of a kidnapping ring in Owerri on Monday.",
        # delivered things that are no weapon, fires that burn, fights in words
        "A helicopter dropped food parcels over the flooded district of Tete on Monday.",
        "The fire in the warehouse burned for six hours on Monday, firefighters said.",
        "The minister fought back against the criticism in a televised address on Monday.",
        "The two armies withdrew from the border town of Abyei without a fight on Monday.",
    ],
)
def test_event_types_forms_no_violent_event(pipeline, text):
    assert incidents(pipeline, text, PUBLISHED) == [], text


@pytest.mark.parametrize(
    "text, etype",
    [
        # the same words where harm was done stay events
        (
            "A roadside bomb exploded under a bus near Kismayo on Monday, killing six passengers.",
            "remote_explosive",
        ),
        (
            "A ballistic missile hit the port of Aden on Tuesday, killing two dock workers.",
            "missile_artillery",
        ),
        # weapons dropped or hurled, and the kinds of drones
        (
            "A drone dropped a grenade on a checkpoint near Kreminna on Monday, wounding two soldiers.",
            "air_strike",
        ),
        ("A loitering munition hit a fuel truck near Sumy on Monday, killing the driver.", "air_strike"),
        (
            "Insurgents lobbed a grenade at a police van in Sopore on Monday, wounding three officers.",
            "remote_explosive",
        ),
        (
            "A boy was killed on Monday when unexploded ordnance went off in a field near Izium.",
            "remote_explosive",
        ),
        # a person, not a warplane; a vehicle bomb driven in by its bomber
        (
            "A bomber drove an explosives-laden truck into an army base near Baidoa on Monday, killing nine.",
            "suicide_bomb",
        ),
        ("Strategic bombers struck an airfield near Dnipro on Monday, killing two.", "air_strike"),
        # captives taken: an abduction, ground taken: a territory change
        ("Gunmen seized three aid workers on the road to Kaga Bandoro on Monday.", "abduction"),
        ("Rebels seized the town of Kaga Bandoro on Monday after a short battle.", "territory_change"),
        ("Soldiers dislodged the insurgents from the village of Kolofata on Monday.", "territory_change"),
        # fights and riots
        ("Soldiers fought the insurgents for two hours outside Kolofata on Monday.", "armed_clash"),
        ("Demonstrators clashed with riot police in Lome on Monday, hurling stones.", "other"),
        ("Soldiers clashed with separatist fighters near Kumba on Monday.", "armed_clash"),
        # property destroyed: one raid's damage, not a tally
        ("Gunmen set the village market of Bokkos on fire on Monday, residents said.", "other"),
        ("Militants burned 35 houses in the village of Bokkos on Monday, residents said.", "other"),
        # other wars' words for known kinds
        ("Police traded gunfire with gang members in Gonaives on Monday.", "armed_clash"),
        (
            "Soldiers sexually assaulted three women in a camp near Bentiu on Monday, a UN team said.",
            "attack_on_civilians",
        ),
        (
            "Intelligence agents forcibly disappeared a student leader in Turbat on Monday, his family said.",
            "abduction",
        ),
    ],
)
def test_event_types_forms_main_event_type(pipeline, text, etype):
    events = incidents(pipeline, text, PUBLISHED)
    assert events, text
    assert events[0].event_type == etype, [(e.event_type, e.kind) for e in events]
