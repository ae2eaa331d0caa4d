"""How incidents are cut out of a sentence (round 25): coordinated clauses each telling an
incident at a town of its own, abductions told by a conjoined verb of taking or a participle on
the people taken, and a change of hands told by its noun ("the fall of X"). Own sentences."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents


def _places(events: list) -> list[set[str]]:
    return [{loc.name for loc in e.locations} for e in events]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "A bomb wrecked a shop in Bastia before dawn on Monday, and a second device blew up a car "
            "outside the town hall in Calvi, injuring a guard, police said.",
            ("Bastia", "Calvi"),
        ),
        (
            "A grenade damaged a bar in Gitega on Saturday night and another device exploded at a bus "
            "stop in Ngozi, wounding three people, police said.",
            ("Gitega", "Ngozi"),
        ),
    ],
)
def test_extract_split_clauses_noun_subject_clauses_keep_their_towns(pipeline, text, towns):
    events = incidents(pipeline, text, "2024-05-15")
    assert len(events) == 2, _places(events)
    assert {frozenset(p) for p in _places(events)} == {frozenset({t}) for t in towns}


@pytest.mark.parametrize(
    "text",
    [
        "Armed men broke into a farm near Maiduguri on Sunday night and took away five workers, residents said.",
        "A gang of gunmen stopped a minibus near Kaduna on Monday and led away six passengers, police said.",
    ],
)
def test_extract_taking_verb_conjoined_to_the_raid_is_an_abduction(pipeline, text):
    events = incidents(pipeline, text, "2024-05-15")
    assert [e.event_type for e in events] == ["abduction"], [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Seven traders seized on the road to Gao on Friday are still held by the militants, the mayor said.",
        "Two teachers captured near Bunia on Sunday have not been freed, a church official said.",
    ],
)
def test_extract_participle_of_taking_on_people_is_an_abduction(pipeline, text):
    events = incidents(pipeline, text, "2024-05-15")
    assert [e.event_type for e in events] == ["abduction"], [e.event_type for e in events]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Hundreds of families left for the coast after the fall of Kalemie to the rebels on Sunday.",
            "Kalemie",
        ),
        (
            "The seizure of the town of Mopti by insurgents on Monday closed the river port, traders said.",
            "Mopti",
        ),
    ],
)
def test_extract_noun_of_a_change_of_hands_is_a_territory_change(pipeline, text, town):
    events = incidents(pipeline, text, "2024-05-15")
    assert [e.event_type for e in events] == ["territory_change"], [e.event_type for e in events]
    assert town in _places(events)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Exiles returned to Kabul after the fall of the Taliban in 2001, a returnee said.",
        "Students marched for the fall of the government in Khartoum on Monday.",
        "The seizure of rifles at a checkpoint near Goma on Monday was announced by the army.",
    ],
)
def test_extract_noun_of_a_change_of_hands_needs_ground(pipeline, text):
    events = incidents(pipeline, text, "2024-05-15")
    assert all(e.event_type != "territory_change" for e in events), [e.event_type for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warplanes bombed a rebel camp near Idlib on Sunday, and on Monday a roadside bomb hit an army "
            "lorry in Deraa, killing three soldiers, state television said.",
            {("Idlib", "air_strike", "2024-05-12"), ("Deraa", "remote_explosive", "2024-05-13")},
        ),
        (
            "Rebel gunners shelled the town of Kadugli on Monday, and on Tuesday a car bomb exploded at a "
            "market in Dilling, killing five people, officials said.",
            {("Kadugli", "missile_artillery", "2024-05-13"), ("Dilling", "remote_explosive", "2024-05-14")},
        ),
        (
            "The rebels said government jets had bombed the outskirts of Asmara on Monday, killing two "
            "herders, and had struck near the town of Keren the same day.",
            {("Asmara", "air_strike", "2024-05-13"), ("Keren", "air_strike", "2024-05-13")},
        ),
    ],
)
def test_extract_split_clauses_each_clause_keeps_its_type_and_day(pipeline, text, expected):
    events = incidents(pipeline, text, "2024-05-15")
    got = {
        (next(iter(sorted(p))), e.event_type, str(e.date.start))
        for e, p in zip(events, _places(events), strict=True)
    }
    assert got == expected, got


def test_extract_split_clauses_headline_of_two_incidents_joins_neither(pipeline):
    title = "Bomb hits bank in Bastia, second device explodes in Calvi"
    text = (
        "A bomb tore through the lobby of a bank in Bastia before dawn on Tuesday, police said. "
        "Hours later a device went off outside the post office in Calvi, wounding a clerk."
    )
    events = incidents(pipeline, text, "2024-05-15", title=title)
    assert sorted(sorted(p) for p in _places(events)) == [["Bastia"], ["Calvi"]], _places(events)
