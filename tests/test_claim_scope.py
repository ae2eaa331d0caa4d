"""Whom a claim of responsibility covers, and actor gaps of round 13.

* a claim of several acts told before ("claimed the attacks", "carried out both raids", "the
  attacks in X province") covers every attack of the article in that area, and none told as the
  other side's deed;
* "Congo's army", "Gaza's civil defence", "traded accusations"
  parsed as a modifier, a state's military office named without its state, "the international
  community" as an accuser.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from article_helpers import incidents, responsibility
from wardesk.extract.claim_scope import claim_scope
from wardesk.record import Article

PUB = "2024-05-20"


def _by_place(events):
    return {loc.name: {a.name for a in e.initiators} for e in events for loc in e.locations}


@pytest.mark.parametrize(
    ("text", "actor", "places"),
    [
        (
            "A roadside bomb wounded four policemen in Kirkuk on Monday. Gunmen killed three farmers near "
            "Hawija on Wednesday. Islamic State said it was behind the attacks across Kirkuk province.",
            "Islamic State",
            ("Kirkuk", "Hawija"),
        ),
        (
            "Fighters stormed a police post in Montepuez on Friday, killing two officers. On Saturday "
            "gunmen beheaded a farmer near Ancuabe. Islamic State claimed both attacks.",
            "Islamic State",
            ("Montepuez", "Ancuabe"),
        ),
        (
            "Gunmen raided a village near Dikwa on Sunday, killing six fishermen. Hours later a bomb "
            "hit a truck near Ngala. ISWAP said it carried out the attacks.",
            "ISWAP",
            ("Dikwa", "Ngala"),
        ),
    ],
)
def test_claim_scope_several_attacks_all_take_the_claimant(pipeline, text, actor, places):
    found = _by_place(incidents(pipeline, text, PUB))
    for place in places:
        assert actor in found.get(place, set()), (place, found)


def test_claim_scope_other_sides_deed_keeps_its_own_initiator(pipeline):
    text = (
        "Insurgents burned a village near Macomia on Monday, killing four residents. On Tuesday "
        "Rwandan troops ambushed the insurgents near Mucojo, killing nine of them. Islamic State "
        "claimed the attacks in Cabo Delgado."
    )
    found = _by_place(incidents(pipeline, text, PUB))
    assert "Islamic State" in found.get("Macomia", set())
    assert "Islamic State" not in found.get("Mucojo", set())


def test_claim_scope_kind_of_act_is_no_scope(nlp):
    doc = nlp("The group, which has claimed similar attacks, said nothing about the bombing.")
    assert not claim_scope(next(doc.sents), frozenset({"attack", "bombing"}), []).plural


def test_claim_scope_one_act_claim_stays_on_its_event(pipeline):
    text = (
        "A drone hit a fuel depot in Jizan on Monday, wounding three workers. Separately, Saudi jets "
        "bombed a market in Saada, killing ten. The Houthis claimed the attack on Jizan."
    )
    found = _by_place(incidents(pipeline, text, PUB))
    assert "Houthis" not in found.get("Saada", set())


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "M23 rebels attacked positions of Congo's army near Rutshuru on Friday, and the fighting killed nine people, residents said.",
            "DR Congo",
        ),
    ],
)
def test_actors_gaps_named(pipeline, text, actor):
    evs = pipeline.run(Article(id="t", text=text, published=PUB)).events
    assert actor in {a.name for e in evs for a in (*e.initiators, *e.targets)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli jets hit a flat in Rafah, killing six people on Monday, Gaza's civil defence agency said.",
            ("accuses", "Israel", "Gaza's civil defence agency"),
        ),
        (
            "Shelling killed 12 people at a bus station in El Fasher on Sunday. The army and the RSF traded "
            "accusations over the attack.",
            ("accuses", "RSF", "The army"),
        ),
        (
            "The Directorate of Defence Media Operations said troops killed 18 insurgents in raids near "
            "Maiduguri in Nigeria.",
            ("claims", "Nigeria", "Directorate of Defence Media Operations"),
        ),
        (
            "A missile struck a hospital in Idlib on Friday, killing five. The international community "
            "blamed Russian jets for the attack.",
            ("accuses", "Russia", "The international community"),
        ),
    ],
)
def test_blame_sources_round13(pipeline, text, expected):
    assert expected in responsibility(pipeline.run(Article(id="t", text=text, published=PUB)).events)
