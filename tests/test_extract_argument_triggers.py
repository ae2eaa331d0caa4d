"""Verbs that tell an incident only by their arguments (``triggers.yaml`` argument_verbs): fire
exchanged, ground given up, people taken by armed men, people gone missing at their hands; and the
same verbs with other arguments, which tell nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from article_helpers import incidents

PUBLISHED = "2024-05-15"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Shots were exchanged between soldiers and rebels near Bunia on Monday.", "armed_clash"),
        ("Troops and insurgents traded heavy gunfire outside Mocimboa da Praia on Friday.", "armed_clash"),
        (
            "The separatists pulled out of the village of Bakhmutske on Sunday, officials said.",
            "territory_change",
        ),
        (
            "Militia fighters abandoned the town of Sange on Tuesday after two days of shelling.",
            "territory_change",
        ),
        ("A teacher was led away by armed men from a school in Ekiti on Wednesday.", "abduction"),
        ("Two nuns went missing after bandits stormed a convent near Enugu on Thursday.", "abduction"),
        ("Nigerian air assets bombed a rebel camp near Gwoza on Monday, killing 30.", "air_strike"),
        ("Four rebels were killed in an encounter with troops in Manipur on Saturday.", "armed_clash"),
    ],
)
def test_extract_argument_triggers_tell_the_incident(pipeline, text, etype):
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == etype, [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The two countries traded goods worth $3 billion last year, the ministry said.",
        "The opposition withdrew from the talks in Nairobi on Monday.",
        "The minister took a photo with the troops in Kharkiv on Tuesday.",
        "Three fishermen went missing at sea off Mombasa on Friday, the coast guard said.",
        "Foreign troops are still pulling out of the capital this month, the ministry said.",
        "The two sides exchanged prisoners near Sumy on Wednesday.",
    ],
)
def test_extract_argument_triggers_other_arguments_tell_nothing(pipeline, text):
    assert incidents(pipeline, text, PUBLISHED) == []


def test_extract_argument_triggers_rescue_is_no_abduction(pipeline):
    """Freeing captives tells a captivity told before: a fight or no event, never an abduction."""
    text = "Soldiers freed three abducted traders from a hideout in Zamfara on Sunday."
    assert all(e.event_type != "abduction" for e in incidents(pipeline, text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "The rebels withdrew from the town of Sake on Friday as army troops recaptured it.",
        "The rebels withdrew on Friday as army troops recaptured the town of Sake.",
    ],
)
def test_extract_argument_triggers_withdrawal_told_with_the_capture_is_one_change(pipeline, text):
    """The side leaving and the side taking one place in one sentence: one change of hands, the
    leaving side its loser."""
    changes = [e for e in incidents(pipeline, text, PUBLISHED) if e.event_type == "territory_change"]
    assert len(changes) == 1
    assert "rebels" in {a.name for a in changes[0].targets}


@pytest.mark.parametrize(
    "text",
    [
        "Most of the town of Sake came under M23 forces on Monday after heavy fighting.",
        "The town of Sake fell under M23 control on Monday.",
    ],
)
def test_extract_argument_triggers_who_a_place_came_under_took_it(pipeline, text):
    """The party of a place's "under" phrase took it, though no subject of the verb."""
    changes = [e for e in incidents(pipeline, text, PUBLISHED) if e.event_type == "territory_change"]
    assert changes and "M23" in {a.name for a in changes[0].initiators}


def test_extract_argument_triggers_fake_encounter_is_an_attack(pipeline):
    """A clash noun a word disputes ("a fake encounter") tells a killing of captives, not a battle."""
    text = "Rights groups said two farm workers were shot dead by police in a fake encounter near Tumkur on Monday."
    events = incidents(pipeline, text, PUBLISHED)
    assert events and events[0].event_type == "attack_on_civilians"


def test_extract_argument_triggers_denied_word_tells_no_event(nlp):
    """ "It was not an encounter": the word denied is no trigger; the word asserted is."""
    from wardesk.extract.triggers import TriggerLexicon, find_triggers

    lexicon = TriggerLexicon.default()
    for text, found in (
        ("It was not an encounter, their families said.", False),
        ("It was an encounter.", True),
    ):
        doc = nlp(text)
        keys = {t.key for s in doc.sents for t in find_triggers(doc, s, lexicon)}
        assert ("encounter" in keys) is found, (text, keys)


def test_extract_argument_triggers_withdrawal_without_a_fight_is_no_event(pipeline):
    """Ground handed over unopposed ("withdrew from X without a fight") types nothing."""
    text = "Government troops withdrew from the hill town of Kamu without a fight on Sunday."
    assert incidents(pipeline, text, PUBLISHED) == []
