"""A later sentence that tells an event already found, with a place that is not the event's (where a
witness lives or works, where a group operates), a phase of the attack in other words, or the
attackers described rather than named, stays one event (round 17; own sentences)."""

from __future__ import annotations

from tests.article_helpers import incidents

PUBLISHED = "2024-05-15"


def _places(pipeline, text: str) -> list[list[str]]:
    return [[loc.name for loc in e.locations] for e in incidents(pipeline, text, PUBLISHED)]


def test_place_where_a_witness_now_lives_is_not_the_event_place(pipeline):
    text = (
        "Armed herders killed eight farmers in the village of Kwall in Plateau state on Sunday. "
        "A widow now living in a camp outside Abuja said the gunmen opened fire on people leaving a church."
    )
    places = _places(pipeline, text)
    assert len(places) == 1, places
    assert "Abuja" not in places[0]


def test_place_where_a_group_operates_is_not_the_event_place(pipeline):
    text = (
        "Militants killed nine soldiers in an attack on an army camp near Ansongo in Mali on Tuesday. "
        "The Islamic State Sahel Province, which operates in Niger and Burkina Faso, claimed the raid."
    )
    places = _places(pipeline, text)
    assert len(places) == 1, places
    assert not {"Niger", "Burkina Faso"} & set(places[0])


def test_a_headline_in_the_present_tense_keeps_its_place(pipeline):
    events = incidents(
        pipeline,
        "Police said the gunmen fled after the raid, which left the market in ruins.",
        PUBLISHED,
        title="Gunmen who raid market in Wukari kill six",
    )
    assert any(loc.name == "Wukari" for e in events for loc in e.locations), events


def test_next_sentence_telling_how_the_attackers_struck_is_no_new_event(pipeline):
    text = (
        "Insurgents killed six soldiers in an assault on a base near Kolofata in northern Cameroon on Monday. "
        "The insurgents fired mortar shells at the base before they stormed it, a military source said."
    )
    assert len(incidents(pipeline, text, PUBLISHED)) == 1


def test_attackers_told_again_as_fighters_do_not_make_a_second_event(pipeline):
    text = (
        "Separatist fighters killed four police officers in an attack in Kumba on Saturday. "
        "Four officers were killed when the fighters opened fire on their checkpoint on Saturday, the governor said."
    )
    events = incidents(pipeline, text, PUBLISHED)
    assert len(events) == 1, [(e.event_type, [a.name for a in e.initiators]) for e in events]
