"""Which day an event takes: its own words, the day the story told last, never after publication.

Short articles written for these tests, read end to end by the extract stage.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.record import Article

D = dt.date
PUB = "2019-03-14"  # a Thursday


def _events(pipeline, text, title=None, published=PUB):
    return pipeline.run(Article(id="t", title=title, text=text, published=published)).events


def _by_place(events):
    return {loc.name: e for e in events for loc in e.locations[:1]}


@pytest.mark.parametrize(
    ("follow_up", "day"),
    [
        ("The next day, soldiers retook the town of Gwoza after heavy fighting.", D(2019, 3, 12)),
        ("Later that day, an air strike killed five people in the town of Gwoza.", D(2019, 3, 11)),
        ("Two days later, gunmen burned the market in the town of Gwoza.", D(2019, 3, 13)),
        ("The day before, gunmen had burned the market in the town of Gwoza.", D(2019, 3, 10)),
    ],
)
def test_extract_dates_count_from_the_narrated_day(pipeline, follow_up, day):
    text = "On Monday, militants captured the Nigerian town of Bama. " + follow_up
    evs = _by_place(_events(pipeline, text))
    assert evs["Bama"].date.start == D(2019, 3, 11)
    kuma = next(e for name, e in evs.items() if name != "Bama")
    assert kuma.date.start == day


@pytest.mark.parametrize(
    "text",
    [
        "KADUNA, March 14 (Reuters) - Gunmen killed seven villagers in Kajuru late on Tuesday, police said.",
        "Published 09:12 GMT, 14 March 2019\nGunmen killed seven villagers in Kajuru late on Tuesday.",
        "Thu 14 Mar 2019 Gunmen killed seven villagers in Kajuru late on Tuesday, police said.",
        "KADUNA (Daily Trust / 14 March) — A policeman died and three others were hurt when a device "
        "planted by the road blew up under their van in Kajuru, close to the market, just after "
        "6 p.m. Tuesday.",
    ],
)
def test_extract_dates_a_stamp_dates_nothing_when_the_text_names_the_day(pipeline, text):
    (ev,) = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert (ev.date.start, ev.date.end) == (D(2019, 3, 12), D(2019, 3, 12))


@pytest.mark.parametrize(
    ("text", "kind", "precision"),
    [
        # one event dated only to a past week or month is still one incident
        ("Last week, gunmen attacked a police station in the Nigerian town of Gwoza.", "incident", "week"),
        (
            "A roadside bomb exploded last month near a market in the Nigerian town of Gwoza.",
            "incident",
            "month",
        ),
        # a period that runs to publication, or a past one with many events, is what a tally counts over
        (
            "In the past week, 40 people were killed in attacks across Borno state, Nigeria.",
            "aggregate",
            "week",
        ),
        ("Nigerian air strikes began nearly two weeks ago in the north of Borno state.", "aggregate", "week"),
        (
            "In February alone, 216 people were killed by gunmen in Borno state, Nigeria.",
            "aggregate",
            "month",
        ),
    ],
)
def test_extract_dates_a_past_period_dates_one_event_less_precisely(pipeline, text, kind, precision):
    (ev,) = _events(pipeline, text)
    assert (ev.kind, ev.date.precision) == (kind, precision)


def test_extract_dates_a_stamp_gives_way_to_the_day_a_later_sentence_names(pipeline):
    text = (
        "Thu 14 Mar 2019 Gunmen killed seven villagers in Kajuru, police said. "
        "The attack on the village happened on Tuesday night."
    )
    ev = _events(pipeline, text)[0]
    assert (ev.date.start, ev.date.end) == (D(2019, 3, 12), D(2019, 3, 12))


def test_extract_dates_an_incident_given_no_day_is_dated_by_publication(pipeline):
    (ev,) = _events(pipeline, "Gunmen killed seven villagers in Kajuru in northern Nigeria, police said.")
    assert (ev.date.start, ev.date.end, ev.date.precision) == (D(2019, 3, 13), D(2019, 3, 14), "range")


def test_extract_dates_another_place_told_next_happened_that_day_or_since(pipeline):
    text = (
        "Nigerian police said gunmen killed a farmer in the town of Bama late on Wednesday. "
        "Meanwhile, two women were wounded when gunmen attacked a market in the town of Gwoza."
    )
    evs = _by_place(_events(pipeline, text))
    assert (evs["Bama"].date.start, evs["Bama"].date.end) == (D(2019, 3, 13), D(2019, 3, 13))
    gwoza = evs["Gwoza"].date
    assert (gwoza.start, gwoza.end, gwoza.precision) == (D(2019, 3, 13), D(2019, 3, 14), "range")


def test_extract_dates_a_toll_of_others_told_next_happened_that_day(pipeline):
    # "Four others were killed": the count goes on from the one before, the same day's report
    text = (
        "Air strikes killed nine civilians in the town of Bama on Wednesday, a monitor said. "
        "Four others were killed in another raid on the nearby town of Gwoza, the monitor said."
    )
    evs = _by_place(_events(pipeline, text))
    gwoza = evs["Gwoza"].date
    assert (gwoza.start, gwoza.end) == (D(2019, 3, 13), D(2019, 3, 13))


@pytest.mark.parametrize(
    "text",
    [
        "Militants shelled the Nigerian town of Bama and said they would attack it again next Saturday.",
        "Gunmen attacked the Nigerian town of Bama, which the army vowed to retake by the end of the week.",
    ],
)
def test_extract_dates_no_event_ends_after_publication(pipeline, text):
    for ev in _events(pipeline, text):
        assert ev.date.end is None or ev.date.end <= D(2019, 3, 15)


def test_extract_dates_a_day_carries_over_before_a_week(pipeline):
    text = (
        "A bomb killed five soldiers in the Nigerian town of Bama on Tuesday. "
        "The attack was claimed by Boko Haram, which kidnapped 20 girls in the town of Chibok last week. "
        "Police said the bombers had hidden in the forest near the town for days. "
        "Residents said they had warned the army about strangers in the forest. "
        "Gunmen also attacked a checkpoint in the town of Gwoza."
    )
    gwoza = _by_place(_events(pipeline, text))["Gwoza"].date
    assert gwoza.precision in ("day", "range") and gwoza.start == D(2019, 3, 12)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "In the heaviest shelling since the revolt started nine months ago, army tanks and "
            "artillery hit Kajuru, a village held by rebels near Zaria, on Friday and Saturday, locals said.",
            D(2019, 3, 8),
        ),
        (
            "In one of the worst raids since the insurgency started three years ago, militia fighters "
            "and gunmen stormed Kajuru, a farming village close to Zaria, on Monday and Tuesday.",
            D(2019, 3, 11),
        ),
    ],
)
def test_extract_dates_a_since_clause_gives_way_to_the_day_named(pipeline, text, start):
    """A clause opened by "since" is what the sentence measures its event against; the day it names
    dates the event."""
    ev = _by_place(_events(pipeline, text))["Kajuru"]
    assert ev.date.start == start
    assert ev.kind == "incident"


@pytest.mark.parametrize(
    "opening",
    [
        "The army on Monday rejected reports saying its men committed",
        "On Monday the army blamed rebels for",
    ],
)
def test_extract_dates_the_day_of_a_denial_is_not_the_day_of_the_massacre(pipeline, opening):
    """A side that denies or blames on Monday dates its statement, not the act: the day the text
    gives the act itself dates it."""
    text = (
        f"{opening} the massacre of 30 villagers in Kajuru.\n\n"
        "Residents said soldiers shot the men in the village square on Friday."
    )
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert [e.date.start for e in evs] == [D(2019, 3, 8)]


@pytest.mark.parametrize(
    "follow_up",
    [
        # the day sits on the subject of a verb of saying whose clause tells the deaths
        "Dispatches from militia commanders on Wednesday suggested that 15 soldiers had died in an ambush"
        " outside the town.",
        # the day sits on a verb whose object is the statement
        "The insurgents issued a communique on Wednesday, insisting that they had killed 20 soldiers.",
    ],
)
def test_extract_dates_the_day_of_an_account_dates_no_second_event(pipeline, follow_up):
    """A day on the words that carry a statement dates the saying: the fight it tells of came that
    day or before it, so the account joins the fight the text dated before, not a new event."""
    text = (
        "Insurgents clashed with government troops in the market town of Gwoza on Monday and Tuesday,"
        " the army said.\n\n"
        "Residents fled toward the hills as the gunfire went on.\n\n"
        "Aid workers said the road to the town stayed closed.\n\n"
        f"{follow_up}"
    )
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert [(e.event_type, e.date.start, e.date.end) for e in evs] == [
        ("armed_clash", D(2019, 3, 11), D(2019, 3, 12))
    ]


#: A lead dated only by the day officials spoke (Wednesday); the sentence after it tells the day.
LEAD_SAID_WEDNESDAY = (
    "Militiamen killed eleven farmers in the village of Dogon Noma, local officials said on Wednesday."
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the lead is dated only by the day officials spoke
        (
            LEAD_SAID_WEDNESDAY
            + " The attack, which occurred on Monday, was the worst in the area this year.",
            D(2019, 3, 11),
        ),
        (
            LEAD_SAID_WEDNESDAY + " The incident that took place on Monday night was confirmed by the army.",
            D(2019, 3, 11),
        ),
        (
            LEAD_SAID_WEDNESDAY + " The killings happened on Monday, according to a local chief.",
            D(2019, 3, 11),
        ),
        (
            LEAD_SAID_WEDNESDAY
            + " Residents said the raid, which happened late on Monday, lasted two hours.",
            D(2019, 3, 11),
        ),
        # a definite noun of killing restates the event too
        (
            LEAD_SAID_WEDNESDAY + " The massacre took place in the early hours of Monday.",
            D(2019, 3, 11),
        ),
        # ... also as the subject of a relative clause on another word
        (
            LEAD_SAID_WEDNESDAY
            + " Reporters reached the village on Wednesday, where the massacre took place on"
            " Monday.",
            D(2019, 3, 11),
        ),
        # the lead names no day at all
        (
            "Rebels shelled the village of Dogon Noma, killing nine people. The incident, which happened"
            " late on Saturday, was reported by the army on Tuesday.",
            D(2019, 3, 9),
        ),
    ],
)
def test_extract_dates_a_clause_of_occurrence_dates_the_event_told(pipeline, text, day):
    """A definite event noun with a clause saying when it happened ("the ambush, which happened
    on Monday") tells the day of the event already told, which the day a source spoke of it or
    the publication day would otherwise date; it is no second event."""
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert [(e.date.start, e.date.end) for e in evs] == [(day, day)]


@pytest.mark.parametrize(
    "text",
    [
        # the day hangs on the reason noun after its object
        "Jets bombed a fuel depot outside the town of Kauda, killing four guards, a monitor said on"
        " Friday. The government said the raid was a response to the collapse of the truce on Tuesday.",
        # the day inside the object, which names no event word of ours
        "Missiles hit an air base near the city of Magway, killing three airmen, officials said on"
        " Friday. The rebels said the strike was a response to the alleged chemical weapon use in"
        " their villages on Tuesday.",
        # "in revenge for": the parser hangs the preposition on the verb
        "Gunmen stormed a police post in the town of Gao, killing six officers, the governor said on"
        " Friday. The group said the attack was in revenge for the arrest of its leader on Tuesday.",
        # "a reprisal for"
        "Jets bombed a fuel depot outside the town of Kauda, killing four guards, a monitor said on"
        " Friday. The rebels called the raid a reprisal for the arrest of a cleric on Tuesday.",
    ],
)
def test_extract_dates_a_reason_clause_dates_the_event_answered_not_the_act(pipeline, text):
    """The day told in the reason given for an act ("in response to X on Tuesday", "in
    retaliation for X on Tuesday") dates X, an earlier event; the act keeps its own day (here
    the day the source spoke of it), never X's."""
    evs = [e for e in _events(pipeline, text, published="2019-03-15") if e.kind == "incident"]
    assert evs
    assert evs[0].date.start == evs[0].date.end == D(2019, 3, 15)
    assert all(e.date.start != D(2019, 3, 12) for e in evs if e.fatalities.best)


@pytest.mark.parametrize(
    "text",
    [
        "Bandits have killed more than 300 villagers in Zamfara state since April last year, the police said.",
        "Since June last year, herders and farmers have killed 150 people in the district of Bokkos.",
    ],
)
def test_extract_dates_since_a_month_of_last_year_is_a_period_to_publication(pipeline, text):
    """A toll counted "since April last year" runs from that April to publication: an aggregate
    over months, not an incident and not the whole of last year."""
    evs = _events(pipeline, text, published="2019-08-20")
    assert evs and all(e.kind == "aggregate" for e in evs)
    assert evs[0].date.start is not None and evs[0].date.start.year == 2018
    assert evs[0].date.start.month in (4, 6) and evs[0].date.end == D(2019, 8, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Veterans of the liberation war (fought between 1972 and 1980) ambushed a column of rebels near"
        " the town of Mutare, killing eleven of them, the police said.",
        "Gunmen shot dead nine miners at a pit near the town of Kamituga (a rebel stronghold in 1998-2003),"
        " the governor said.",
        "The militia (formed in 2014) stormed the village of Kilwa, killing forty people, a resident said.",
        # years alone in brackets: when a war was fought, not when this happened
        "Veterans of the bush war (1981-86) ambushed a column of rebels near the town of Gulu, killing"
        " eleven of them, the police said.",
    ],
)
def test_extract_dates_a_bracketed_aside_does_not_date_the_event(pipeline, text):
    """Years in brackets give background (when a war was fought, when a group formed): the event
    the sentence tells is today's news, not history."""
    evs = [e for e in _events(pipeline, text) if not e.background]
    assert evs and evs[0].kind == "incident"
    assert evs[0].date.start is None or evs[0].date.start >= D(2019, 3, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead nine miners near the town of Kamituga (the attack happened on Tuesday), police said.",
        # a day alone in brackets says when the words before it happened
        "Nine miners were killed in clashes (Tuesday) with gunmen near the town of Kamituga, police said.",
    ],
)
def test_extract_dates_a_day_in_brackets_still_dates_its_event(pipeline, text):
    (ev,) = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert ev.date.start == D(2019, 3, 12)


@pytest.mark.parametrize(
    ("older", "joins"),
    [
        # weeks before publication: an earlier strike on the same town, told as background
        ("On February 20, an air strike hit a school in the town of Kauda, killing 12 pupils.", False),
        ("On 2 March, jets bombed a school in Kauda, killing 12 pupils.", False),
        # within the week before publication: the day of the lead's own event
        ("The air strike on the town of Kauda took place on Tuesday, killing 30 people.", True),
    ],
)
def test_extract_dates_a_lead_with_no_day_is_not_dated_by_an_older_event(pipeline, older, joins):
    """A lead that names no day tells the news of the days before publication: a day named further
    down dates it only if it falls in that week; an older strike on the same town is another event."""
    text = (
        "At least 30 people were killed in an air strike on the town of Kauda, a monitor said. "
        "Rescue workers were still searching the rubble. " + older
    )
    evs = _events(pipeline, text)
    assert evs[0].kind == "incident"
    assert evs[0].date.start is not None and evs[0].date.start >= D(2019, 3, 7)
    assert any(e.date.start is not None and e.date.start < D(2019, 3, 7) for e in evs if e is not evs[0]) == (
        not joins
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village of Kassala on Friday in revenge for an ambush on herders near Gedaref"
        " on Tuesday.",
        "Militiamen raided the village of Kassala on Friday in retaliation for an ambush on herders near"
        " Gedaref on Tuesday.",
        # "came in retaliation for": the verb only links the act to its reason
        "Fighters shelled the town of Kassala on Friday. The strike came in retaliation for an ambush on"
        " herders near Gedaref on Tuesday, residents said.",
    ],
)
def test_extract_dates_the_event_a_reason_phrase_names_is_its_own(pipeline, text):
    """ "X did A on Friday in revenge for B on Tuesday": B, the object of the reason phrase, is an
    earlier event with its own day and place (where the parser hangs "for" on the verb too); A
    keeps Friday and its own place."""
    evs = {e.locations[0].name: e for e in _events(pipeline, text, published="2019-03-15") if e.locations}
    assert evs["Kassala"].date.start == D(2019, 3, 15)
    assert [loc.name for loc in evs["Kassala"].locations] == ["Kassala"]
    assert evs["Gedaref"].date.start == D(2019, 3, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # PUB is a Thursday: said on Tuesday, the day before is Monday
        (
            "The governor said on Tuesday that gunmen had stormed a seminary in Kankara the previous day,"
            " seizing 40 students.",
            D(2019, 3, 11),
        ),
        (
            "Herders told reporters on Wednesday that raiders burned the hamlet of Dogon Noma a day earlier,"
            " killing nine people.",
            D(2019, 3, 12),
        ),
    ],
)
def test_extract_dates_a_day_counted_back_in_a_saying_counts_from_the_saying(pipeline, text, day):
    """ "X said on Tuesday that ... the previous day": the day counted back from is the day of the
    saying the same sentence names, not publication."""
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert evs and evs[0].date.start == day == evs[0].date.end


@pytest.mark.parametrize("title", [None, "Mortar strike kills eleven at Maiduguri bus station"])
def test_extract_dates_a_period_told_as_back_story_does_not_date_the_news(pipeline, title):
    """A lead with no day (and the headline over it) tells the news of the days up to publication; a
    later sentence dated only by a period over before it ("last week, ...") is an older event at the
    same place, not the lead's date."""
    text = (
        "A mortar bomb killed eleven travellers at the main bus station in Maiduguri, police said. "
        "Last week, a rocket hit the same bus station, killing five."
    )
    evs = [e for e in _events(pipeline, text, title=title) if e.kind == "incident"]
    assert evs[0].fatalities.best == 11
    assert evs[0].date.start is not None and evs[0].date.start >= D(2019, 3, 13)
    assert any(e.date.precision == "week" for e in evs[1:])


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # PUB is a Thursday: the day named is Tuesday; footage may be days old (the week up to
        # it), a funeral follows its deaths by a day (that day or Monday)
        (
            "Footage released on Tuesday shows a drone striking a minibus near Kupiansk, killing two"
            " passengers.",
            D(2019, 3, 5),
            D(2019, 3, 12),
        ),
        (
            "Relatives gathered on Tuesday for the funeral of six herders killed by gunmen near Bokkos.",
            D(2019, 3, 11),
            D(2019, 3, 12),
        ),
        # a statement released is news of that day or the day before, as one said
        (
            "The militia released a statement on Tuesday, saying its fighters had killed six soldiers near Gao.",
            D(2019, 3, 11),
            D(2019, 3, 12),
        ),
        # the event's own day still wins
        (
            "Footage released on Tuesday shows a drone striking a minibus near Kupiansk on Sunday, killing"
            " two passengers.",
            D(2019, 3, 10),
            D(2019, 3, 10),
        ),
    ],
)
def test_extract_dates_a_day_of_release_or_burial_is_not_the_event_day(pipeline, text, start, end):
    """A day on a word of release or mourning dates the footage or the funeral, not the event: that
    came the week before a release, the day before a funeral, and a day of its own beats both."""
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert evs and (evs[0].date.start, evs[0].date.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a dateline a day ahead of the stamp (a stamp west of the reporter's clock): its day
        (
            "HERAT, May 9 (Reuters) - A mine blast killed three de-miners outside the city on Thursday.",
            "2019-05-08",
            D(2019, 5, 9),
        ),
        (
            "JUBA, Nov 3 (AFP) - Cattle raiders killed 14 herders in Jonglei state yesterday, officials said.",
            "2022-11-02",
            D(2022, 11, 2),
        ),
        # two days ahead, and across New Year
        (
            "SIRTE, Libya, Aug 6 (Reuters) - Shells hit a fuel depot in the port on Saturday, a guard said.",
            "2016-08-04",
            D(2016, 8, 6),
        ),
        (
            "BENI, Congo, Jan 1 (Reuters) - Rebels raided a village near the town on Friday, killing nine.",
            "2020-12-31",
            D(2021, 1, 1),
        ),
        # a dateline on the stamp's day, three days ahead (a typo or another story), or none: the stamp
        (
            "HERAT, May 8 (Reuters) - A mine blast killed three de-miners outside the city on Thursday.",
            "2019-05-08",
            D(2019, 5, 2),
        ),
        (
            "HERAT, May 11 (Reuters) - A mine blast killed three de-miners outside the city on Thursday.",
            "2019-05-08",
            D(2019, 5, 2),
        ),
        (
            "A mine blast killed three de-miners outside Herat on Thursday, police said.",
            "2019-05-08",
            D(2019, 5, 2),
        ),
    ],
)
def test_extract_dates_count_from_a_dateline_ahead_of_the_stamp(pipeline, text, published, day):
    """The reporter wrote "Thursday" on the dateline's day: read against a stamp a day earlier
    it would be the week before."""
    evs = [e for e in _events(pipeline, text, published=published) if e.kind == "incident"]
    assert evs and evs[0].date.start == day


@pytest.mark.parametrize(
    "text",
    [
        "Satellite photographs published on Tuesday show that shelling gutted a power station near Nikopol.",
        "A report issued on Tuesday found that soldiers had shot dead eight fishermen on Lake Chad.",
        "Drone footage posted on Tuesday shows militiamen setting fire to houses in a Darfur village.",
        # the parser hangs the day on "show" ("on [Tuesday show]"), or reads "broadcast" as a noun
        "Photos posted on Tuesday show that shelling wrecked a school in Avdiivka, killing two teachers.",
        "Footage broadcast on Tuesday by a rebel channel showed a drone hitting a bus near Sumy, killing five.",
        "Photos printed in Tuesday's edition show that soldiers burned a village near Palma, killing nine.",
    ],
)
def test_extract_dates_a_release_day_only_bounds_the_event(pipeline, text):
    """What images, reports or footage show may be days old: the release day ends the event's span,
    which is the week up to it, never that day alone or the day before it."""
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert evs and evs[0].date.end == D(2019, 3, 12)
    assert evs[0].date.start == D(2019, 3, 5)


def test_extract_dates_the_date_sweep_reads_its_days():
    """The sweep of own mini-articles (``tests/data/date_sweep.yaml``, ``bench/date_sweep.py``):
    datelines ahead of the stamp, release days, fortnights, midnight. 49 of 50 on writing (a statement
    released is read as one said, the day before to that day); one more may give way to a
    neighbouring rule's trade-off."""
    import importlib.util
    from pathlib import Path

    import wardesk

    path = Path(__file__).resolve().parent.parent / "bench" / "date_sweep.py"
    spec = importlib.util.spec_from_file_location("date_sweep", path)
    assert spec is not None and spec.loader is not None
    sweep = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sweep)
    cases = sweep.load_cases()
    right = 0
    for case in cases:
        out = wardesk.extract_article(case["text"], published=str(case["published"]))
        right += sweep.is_right(case, out.events[0].date if out.events else None)
    assert right >= len(cases) - 2


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (  # the main clause's day in the sentence before, restated ("The raid came ...")
            "Rebels shelled the town of Mweso on Tuesday, killing four civilians. The shelling came"
            " three days after militia fighters ambushed a lorry on the road to Pinga, killing six"
            " drivers.",
            "armed_clash",
            D(2019, 3, 9),
        ),
        (  # the main clause's own day in the same sentence
            "Soldiers raided a camp near Kidal on Monday, a week after a roadside bomb struck a"
            " minibus near Tessalit, killing seven passengers.",
            "remote_explosive",
            D(2019, 3, 4),
        ),
    ],
)
def test_extract_dates_a_clause_counted_after_the_main_one_is_dated_from_it(pipeline, text, kind, day):
    """ "came three days after X": X happened three days before the main clause's day, not on it."""
    evs = [e for e in _events(pipeline, text) if e.event_type == kind]
    assert evs and evs[0].date.start == day == evs[0].date.end


@pytest.mark.parametrize(
    "said",
    [
        "The Kachin Independence Army said on Tuesday its forces had taken control of the town.",
        "The group said on Tuesday it had seized the town.",
    ],
)
def test_extract_dates_a_day_right_after_saying_dates_the_saying(pipeline, said):
    """ "said on Tuesday it had seized X" (the parser hangs the day on "seized"): Tuesday is when it
    was said, so the seizure told the day before is the same event, not a second one."""
    text = (
        "Fighters of the Kachin Independence Army overran the town of Lweje on Monday, residents said. "
        + said
    )
    evs = [e for e in _events(pipeline, text) if e.event_type == "territory_change"]
    assert [(e.date.start, e.date.end) for e in evs] == [(D(2019, 3, 11), D(2019, 3, 11))]
