"""'That attack' points back at the event of the sentence before; when that sentence sets it in a
time long past, its toll is that old event's, even when no trigger there read the event
(extract.article._past_time_pointed_back). Our own sentences."""

from __future__ import annotations

import datetime as dt

from wardesk.record import Article

NEWS = (
    "Rebels shot down an army helicopter near Marib on Tuesday, killing its crew of four, the ministry said. "
)


def _events(pipeline, text: str):
    return pipeline.run(Article(id="t", text=text, published="2019-06-05")).events


def test_that_attack_of_a_past_year_keeps_its_toll_off_the_news_event(pipeline):
    text = NEWS + (
        "UN investigators established that sarin gas was used in Saada in 2009. "
        "Rights groups accused the air force of that attack, which they estimate killed 310 people."
    )
    evs = _events(pipeline, text)
    recent = [e for e in evs if e.date.end and e.date.end >= dt.date(2019, 5, 1)]
    assert all(e.fatalities.best != 310 for e in recent), [(e.event_type, e.fatalities) for e in recent]
    assert any(e.fatalities.best == 4 for e in recent)
    assert any(e.fatalities.best == 310 and e.date.start.year == 2009 for e in evs)


def test_that_attack_joins_the_past_event_told_before_it(pipeline):
    text = (
        NEWS
        + "Investigators found that a mosque in Saada was bombed in 2009. Rights groups say that attack killed 310 people."
    )
    old = [e for e in _events(pipeline, text) if e.date.start and e.date.start.year == 2009]
    assert len(old) == 1 and old[0].fatalities.best == 310


def test_the_attack_of_this_week_still_restates_the_news_event(pipeline):
    text = NEWS + "Rights groups said that attack was the deadliest on the army this year."
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert len(evs) == 1 and evs[0].fatalities.best == 4
