"""A participle of saying that continues a verb of saying (", the monitor said, reporting 20 raids
so far this year") is a statement of its own: its counts and times stay with its own event words,
never with the event the sentence reports (round 12, frames12). Own sentences."""

from __future__ import annotations

from wardesk.record import Article

PUB = "2024-05-20"


def _events(pipeline, text):
    return pipeline.run(Article(id="t", text=text, published=PUB)).events


def _claims(event, what):
    return sorted(c.value for c in event.claims if c.what == what)


def test_reported_clause_keeps_its_own_count_and_time(pipeline):
    text = (
        "Warplanes pounded a bakery in Ariha on Tuesday, the watchdog said, "
        "reporting 35 air raids on the district so far this year."
    )
    events = _events(pipeline, text)
    tuesday = [e for e in events if e.date is not None and e.date.text == "on Tuesday"]
    assert len(tuesday) == 1, "the bakery raid keeps its own day"
    assert _claims(tuesday[0], "strikes") == [], "the year's tally is not the bakery raid's"
    assert any(35.0 in _claims(e, "strikes") for e in events if e is not tuesday[0])


def test_reported_clause_keeps_its_own_toll(pipeline):
    text = (
        "A drone hit a lorry near Saraqib on Sunday, killing three drivers, the group said, "
        "adding that 210 people had died in drone strikes on the area since March."
    )
    events = _events(pipeline, text)
    sunday = [e for e in events if e.date is not None and e.date.text == "on Sunday"]
    assert len(sunday) == 1
    assert sunday[0].fatalities.best == 3
    assert _claims(sunday[0], "killed") == [3.0]


def test_a_participle_of_the_event_itself_stays_with_it(pipeline):
    # guard: "killing" continues the act, not a verb of saying; its toll is the act's
    text = "Gunmen raided a farm near Kaura on Sunday, killing six labourers, police said."
    events = _events(pipeline, text)
    assert [e.fatalities.best for e in events] == [6]


def test_a_reported_count_without_its_own_time_stays_with_the_event(pipeline):
    # guard: no time of its own, "the raid" is the sentence's event told on
    text = (
        "Jets struck a fuel depot near Tabqa on Sunday, the ministry said, "
        "adding that four lorries and two pickups were destroyed in the raid."
    )
    events = _events(pipeline, text)
    assert len(events) == 1
    assert _claims(events[0], "vehicles_destroyed") == [2.0, 4.0]
