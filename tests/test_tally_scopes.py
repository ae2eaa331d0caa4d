"""Tallies and tolls that must not become one incident's toll, and hedged tolls that must stay one.

Rule tests of our own sentences for the mechanisms the tally sweep (test_tally_sweep.py) measures
end to end: a count over a span of days its sentence states, a place other than the one told
before, a toll told with doubt ("may have died", "are feared to have been killed"), a state said
by a participle ("have been confirmed killed"), and a part of a toll compared with the part's count
of another report, never with its whole.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.extract.article import _tally_over_stated_days
from wardesk.extract.frames import _irrealis
from wardesk.extract.numbers import find_quantities
from wardesk.extract.triggers import TriggerLexicon
from wardesk.link import Report, Story
from wardesk.record import Claim, Count, DateSpan, Event, Evidence, Location

PUBLISHED = dt.date(2024, 6, 15)
IRREALIS = TriggerLexicon.default().irrealis_heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between the 3rd and 8th of May, hospitals in the city received 140 bodies.", True),
        ("From 10 to 15 March, the city morgue registered 96 bodies.", True),
        ("Between 2 and 9 June, clinics in the region treated 230 wounded people.", True),
        # one day, or a night into a morning, is one event's
        ("On Monday, hospitals in the city received 14 bodies.", False),
        ("Overnight Sunday into Monday, medics treated 20 wounded people.", False),
        # a calendar week dates one event as often as it spans many
        ("Medics said at least 60 people had died last week from the gas.", False),
        # a count over the span of one operation is that operation's toll
        ("The army said 85 militants were killed during a military operation from 2 to 9 March.", False),
    ],
)
def test_tally_scopes_a_count_over_stated_days(nlp, text, expected):
    sent = next(iter(nlp(text).sents))
    assert _tally_over_stated_days(sent, PUBLISHED) is expected


def _trigger_at(doc, word: str) -> int:
    return next(t.i for t in doc if t.lower_ == word)


@pytest.mark.parametrize(
    ("text", "word", "unreal"),
    [
        ("Up to 40 migrants may have died when the boat was shelled.", "died", False),
        ("As many as 60 people might have been killed in the shelling.", "killed", False),
        ("Fifteen workers are feared to have been killed when a missile hit the plant.", "killed", False),
        ("Six aid workers are feared killed after the strike.", "killed", False),
        # no perfect, or not a verb of killing, or an active fear: still unreal
        ("The militia may kill more hostages.", "kill", True),
        ("Residents fear that the rebels will attack the town.", "attack", True),
        ("The rebels would have killed dozens had the bomb gone off.", "killed", True),
    ],
)
def test_tally_scopes_hedged_tolls_are_events(nlp, text, word, unreal):
    doc = nlp(text)
    assert _irrealis(doc, _trigger_at(doc, word), IRREALIS) is unreal


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        ("Twelve civilians have been confirmed killed after the raid.", "killed", 12),
        ("Six aid workers are feared killed after the strike.", "killed", 6),
        ("Nine guards are believed wounded after the ambush.", "injured", 9),
    ],
)
def test_tally_scopes_a_state_said_by_a_participle(nlp, text, what, value):
    qs = find_quantities(next(iter(nlp(text).sents)))
    assert [(q.what, q.value) for q in qs] == [(what, value)]


D = dt.date(2024, 3, 4)
TOWN = Location(name="Kosti", admin1="White Nile", country="SD", lat=13.16, lon=32.66)


def _report(rid: str, sentence: str, claims: list[tuple[int, str, str]]) -> Report:
    """A report of one air strike whose toll is its first claim (value, phrase, source)."""
    killed = claims[0][0]
    ev = Event(
        event_type="air_strike",
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[TOWN],
        fatalities=Count(low=killed, best=killed, high=killed),
        claims=[Claim(what="killed", value=v, source=s, text=p) for v, p, s in claims],
        evidence=[Evidence(start=0, end=len(sentence))],
    )
    rep, _ = Report.read(rid, "art-" + rid, "Outlet " + rid, D, ev, sentence)
    return rep


def test_tally_scopes_a_part_meets_the_part_count_of_a_whole():
    """ "a child" against "eleven people, including seven children": compared with the seven
    children (a dispute), which the whole's report claims as a part of its own."""
    one = _report(
        "1",
        "A drone strike killed a child in the market, the governor said.",
        [(1, "killed a child", "governor")],
    )
    whole = _report(
        "2",
        "Eleven people, including seven children, have been confirmed killed by the strike, medics said.",
        [(11, "Eleven people", "medics"), (7, "seven children", "medics")],
    )
    st = Story(id="s-test", reports=[one, whole])
    assert [c["kind"] for c in st.contradictions] == ["fatalities"]


def test_tally_scopes_a_part_that_agrees_is_no_dispute():
    """ "seven children" against "eleven people, including seven children": the same part."""
    one = _report(
        "1", "The strike killed seven children, teachers said.", [(7, "seven children", "teachers")]
    )
    whole = _report(
        "2",
        "Eleven people, including seven children, were killed in the strike, medics said.",
        [(11, "Eleven people", "medics"), (7, "seven children", "medics")],
    )
    st = Story(id="s-test", reports=[one, whole])
    assert [c["kind"] for c in st.contradictions] == []
