"""Stories that do not chain (issue 12 section 2): whole-story compatibility, what never joins, places,
sub-types, wire copies, order independence. Reports built by hand, no spaCy."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from wardesk.link import Report, link_reports
from wardesk.link.compare import Gate, components, linkable
from wardesk.link.wire import agency_of, wire_credit
from wardesk.record import NO_DAY_GIVEN, Actor, Claim, Count, DateSpan, Event, Location

D = dt.date(2019, 3, 12)
MOSUL = Location(name="Mosul", admin1="Nineveh", country="IQ", lat=36.34, lon=43.13)
NINEVEH = Location(name="Nineveh", admin1="Nineveh", country="IQ", precision="admin1")
# two towns 4 km apart, and one town under a second spelling 0.4 km from the first
TOWN_A = Location(name="Kafr Batna", admin1="Rif Dimashq", country="SY", lat=33.5136, lon=36.3772)
TOWN_B = Location(name="Saqba", admin1="Rif Dimashq", country="SY", lat=33.5283, lon=36.3381)
TOWN_A2 = Location(name="Kfar Batna", admin1="Rif Dimashq", country="SY", lat=33.5160, lon=36.3740)
KIRKUK = Location(name="Kirkuk", admin1="Kirkuk", country="IQ", lat=35.47, lon=44.39)

WORDS = "A car bomb tore through a crowded market in {p} on Tuesday, killing {k} people, police said."


def event(
    day: dt.date | None = D,
    end: dt.date | None = None,
    place: Location | None = MOSUL,
    etype: str = "remote_explosive",
    killed: int | None = 12,
    kind: str = "incident",
    background: bool = False,
) -> Event:
    return Event(
        kind=kind,
        event_type=etype,
        date=DateSpan(start=day, end=end or day, precision="day" if day else "unknown"),
        locations=[place] if place else [],
        targets=[Actor(name="Civilians", type="civilians")],
        weapons=["car bomb"],
        fatalities=Count(low=killed, best=killed) if killed is not None else Count(),
        claims=[Claim(what="killed", value=killed)] if killed is not None else [],
        background=background,
    )


def report(rid: str, ev: Event, outlet: str | None = None, published: dt.date | None = None, **kw) -> Report:
    pub = published or ev.date.start
    return Report(rid, "art-" + rid, outlet or "outlet-" + rid, pub, ev, **kw)


def texts_for(reports: list[Report]) -> dict[str, str]:
    out = {}
    for r in reports:
        place = r.event.locations[0].name if r.event.locations else "the city"
        out[r.report_id] = WORDS.format(p=place, k=r.event.fatalities.best)
    return out


def groups(stories) -> list[list[str]]:
    return sorted(sorted(s.report_ids) for s in stories)


def linked(*reports: Report) -> list[list[str]]:
    rs = list(reports)
    return groups(link_reports(rs, texts=texts_for(rs)))


def test_link_stories_a_report_must_fit_the_whole_story() -> None:
    """Day 1, day 2, day 3 at one place: each next day is within the slack of the one before, but day 1 and
    day 3 are not one incident, so no story holds all three (a closest-member rule chained them)."""
    # published together after all three days, so the slack (not each paper's own day) decides
    rs = [
        report(str(i), event(day=D + dt.timedelta(days=i)), published=D + dt.timedelta(days=3))
        for i in range(3)
    ]
    got = linked(*rs)
    assert max(len(g) for g in got) == 2


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (event(kind="aggregate"), "aggregate"),
        (event(background=True), "background"),
        (event(day=D - dt.timedelta(days=40), end=D), "date span over 7 days"),  # over a month
        (event(day=D - dt.timedelta(days=9), end=D, place=NINEVEH), "date span over 7 days"),  # a province
        (event(day=dt.date(9999, 12, 31)), "a date out of range"),
    ],
)
def test_link_stories_tallies_history_and_long_spans_never_join(other: Event, why: str) -> None:
    incident = report("1", event())
    candidate = report("2", other)
    assert linkable(candidate) == why
    assert linked(incident, candidate) == [["1"], ["2"]]


@pytest.mark.parametrize(
    ("start", "end", "joins"),
    [
        (D - dt.timedelta(days=11), D + dt.timedelta(days=19), True),  # "in March": the day lies within
        (D - dt.timedelta(days=9), D + dt.timedelta(days=1), True),  # "late last month"
        (D + dt.timedelta(days=3), D + dt.timedelta(days=20), False),  # a span that starts after the day
        (D - dt.timedelta(days=30), D - dt.timedelta(days=5), False),  # ends days before it
    ],
)
def test_link_stories_vaguely_dated_incident_at_a_town_joins_its_day(
    start: dt.date, end: dt.date, joins: bool
) -> None:
    """One incident at one town dated only to a span of up to a month is vaguely dated, not a tally: it
    joins the reports that give the day when the span holds that day."""
    dated = [report("1", event()), report("2", event(killed=13))]
    vague = report("3", event(day=start, end=end), published=end)
    want = [["1", "2", "3"]] if joins else [["1", "2"], ["3"]]
    assert linked(*dated, vague) == want


def test_link_stories_days_up_to_now_are_a_campaign_not_a_vague_day() -> None:
    """'During the past ten days' is every day up to publication, not one unknown day of a span: the
    report is a campaign's and joins no incident of one of those days (a month named, or 'late last
    month', stays vague)."""
    dated = [report("1", event()), report("2", event(killed=13))]
    start, end = D - dt.timedelta(days=8), D + dt.timedelta(days=1)
    campaign = event(day=start, end=end, killed=140)
    campaign = campaign.model_copy(update={"date": DateSpan(start=start, end=end, precision="range")})
    assert linked(*dated, report("3", campaign, published=end)) == [["1", "2"], ["3"]]
    named = report("3", event(day=start, end=end, killed=140), published=end)
    assert linked(*dated, named) == [["1", "2", "3"]]


def test_link_stories_vague_span_does_not_widen_the_story() -> None:
    """A month-long span joins two reports of one day but lets no report of another week in: the story's
    days are those of its precisely dated reports."""
    day1 = report("1", event())
    later = report("2", event(day=D + dt.timedelta(days=12)))
    vague = report("3", event(day=D - dt.timedelta(days=11), end=D + dt.timedelta(days=19)), published=D)
    got = linked(day1, later, vague)
    assert ["1", "2"] not in got and not any({"1", "2"} <= set(g) for g in got)


CRUSH = "A stampede near the lorries left {k} dead in {p}, an army spokesman said."
SHOTS = "Troops fired on people waiting for aid lorries at a square in {p}, killing {k}, medics said."


@pytest.mark.parametrize(("etype", "joins"), [("other", True), ("air_strike", False)])
def test_link_stories_a_death_of_untold_kind_joins_the_attack_told_of_it(etype: str, joins: bool) -> None:
    """One side tells a crowd's deaths as a stampede (type "other": no kind of violence it could tell),
    the other as shooting: at one place and day, one story (the type is their dispute). A report of
    another family (an air strike) on the same evidence stays apart: it needs more to be one event. (A
    battle with a toll of that size there that day is the shooting told as a fight by the side that
    fired: ``compare.one_toll_one_scene``.)"""
    shot = [
        report("1", event(etype="attack_on_civilians", killed=104)),
        report("2", event(etype="attack_on_civilians", killed=112)),
    ]
    told = report("3", event(etype=etype, killed=70).model_copy(update={"targets": [], "weapons": []}))
    texts = {"1": SHOTS.format(p="Mosul", k=104), "2": SHOTS.format(p="Mosul", k=112)}
    texts["3"] = CRUSH.format(p="Mosul", k=70)
    got = groups(link_reports([*shot, told], texts=texts))
    assert (got == [["1", "2", "3"]]) is joins


@pytest.mark.parametrize(("assumed", "joins"), [(True, True), (False, False)])
def test_link_stories_a_day_assumed_from_publication_does_not_widen_the_story(
    assumed: bool, joins: bool
) -> None:
    """A report that gives no day is dated by its publication (the day before it or that day); that
    guess must meet the story's days but does not stretch them: "last week" in one report, a day in
    another, and the unnamed day of a report published the day after the week are one story."""
    week = report("1", event(day=D - dt.timedelta(days=6), end=D), published=D + dt.timedelta(days=3))
    day = report("2", event(day=D - dt.timedelta(days=1)))
    ev = event(day=D, end=D + dt.timedelta(days=1))
    if assumed:
        ev = ev.model_copy(update={"date": ev.date.model_copy(update={"text": NO_DAY_GIVEN})})
    guess = report("3", ev, published=D + dt.timedelta(days=1))
    got = linked(week, day, guess)
    assert (got == [["1", "2", "3"]]) is joins


@pytest.mark.parametrize(("assumed", "lag", "joins"), [(True, 3, True), (False, 3, False), (True, 5, False)])
def test_link_stories_a_day_assumed_from_publication_is_a_window(
    assumed: bool, lag: int, joins: bool
) -> None:
    """A report published three days after the event that gives it no day is dated, by default, the day
    before publication or that day; that guess may be any day an undated report may be about (weakly)."""
    dated = [report("1", event()), report("2", event(killed=14))]
    pub = D + dt.timedelta(days=lag)
    ev = event(day=pub - dt.timedelta(days=1), end=pub)
    if assumed:
        ev = ev.model_copy(update={"date": ev.date.model_copy(update={"text": NO_DAY_GIVEN})})
    guess = report("3", ev, published=pub)
    got = linked(*dated, guess)
    assert (got == [["1", "2", "3"]]) is joins


@pytest.mark.parametrize(
    ("published", "joins"),
    [
        (D, True),  # the same day
        (D + dt.timedelta(days=2), True),  # two days later: "on Tuesday" left unread
        (D + dt.timedelta(days=6), False),  # a week later: another event, or a follow-up
        (D - dt.timedelta(days=3), False),  # published before the event happened
    ],
)
def test_link_stories_undated_report_only_near_its_publication(published: dt.date, joins: bool) -> None:
    dated = report("1", event())
    undated = report("2", event(day=None), published=published)
    assert (linked(dated, undated) == [["1", "2"]]) is joins


def test_link_stories_no_date_no_place_stands_alone() -> None:
    """Bad input: a report with no date, no publication date and no place is kept, in a story of its own."""
    lost = Report("2", "art-2", "Somewhere", None, event(day=None, place=None))
    assert linkable(lost) == "neither an event date nor a publication date"
    stories = link_reports([report("1", event()), lost], texts={})
    assert groups(stories) == [["1"], ["2"]]


@pytest.mark.parametrize(
    ("a", "b", "joins"),
    [
        (MOSUL, NINEVEH, True),  # a town and the province holding it
        (TOWN_A, TOWN_A2, True),  # one town under two spellings
        (TOWN_A, TOWN_B, False),  # two towns 4 km apart
        (MOSUL, KIRKUK, False),  # two cities, two provinces
    ],
)
def test_link_stories_places(a: Location, b: Location, joins: bool) -> None:
    assert (linked(report("1", event(place=a)), report("2", event(place=b))) == [["1", "2"]]) is joins


def test_link_stories_sub_types_of_one_family_link_as_a_type_dispute() -> None:
    """One outlet calls it an air strike, another a rocket attack: one story, and a `type` contradiction."""
    a = report("1", event(etype="air_strike"), outlet="Outlet One")
    b = report("2", event(etype="missile_artillery"), outlet="Outlet Two")
    (story,) = link_reports([a, b], texts=texts_for([a, b]))
    (c,) = [c for c in story.contradictions if c["kind"] == "type"]
    assert sorted(s["value"] for s in c["sides"]) == ["air_strike", "missile_artillery"]
    assert {s["outlet"] for s in c["sides"]} == {"Outlet One", "Outlet Two"}


@pytest.mark.parametrize(
    ("text", "outlet", "agency"),
    [
        ("BEIRUT (Reuters) - Air strikes hit a market on Sunday.", "Some Daily", "Reuters"),
        ("Khan Younis (Gaza Strip), Mar 3 (AP) Troops fired on a crowd.", None, "AP"),
        ("Bamako, April 9 (Xinhua) -- The army said on Saturday.", None, "Xinhua"),
        ("Gunmen attacked a convoy.\n\nThe toll rose to nine.\n-- AFP", None, "AFP"),
        ("Shelling resumed overnight. (Reporting by A. Writer; Editing by B. Editor)", None, "Reuters"),
        ("Clashes went on.", "Eyewitness News (AFP)", "AFP"),
        ("Clashes went on.", "Agence France-Presse", "AFP"),
        # a photo caption that credits the agency is not a credit line for the text
        ("Men search the rubble in Idlib on August 6 2016. (Reuters) Syrian officials said", None, None),
        ("The ministry said 14 soldiers were killed near the border.", "Daily Star", None),
    ],
)
def test_link_stories_wire_credit(text: str, outlet: str | None, agency: str | None) -> None:
    assert wire_credit(text, outlet) == agency


def test_link_stories_agency_names_fold() -> None:
    assert agency_of("The Associated Press") == agency_of("AP") == "AP"
    assert agency_of("Some Daily") is None


def test_link_stories_wire_copies_are_one_source() -> None:
    """Two outlets carrying one AFP story and one outlet's own report: two independent sources, and the
    copies' two figures (the agency's update) are no dispute."""
    rs = [
        report("1", event(killed=10), outlet="Daily One", wire="AFP"),
        report("2", event(killed=12), outlet="Daily Two", wire="AFP", published=D + dt.timedelta(days=1)),
        report("3", event(killed=12), outlet="Own Reporting"),
    ]
    (story,) = link_reports(rs, texts=texts_for(rs))
    assert story.corroboration == 2
    assert story.independent_sources == ["AFP", "Own Reporting"]
    assert story.contradictions == []


def _scene(rng: random.Random) -> list[Report]:
    """Reports of several incidents in a few towns over a fortnight, with some noise in figures and days."""
    towns = [MOSUL, KIRKUK, TOWN_A, TOWN_B]
    out = []
    n = 0
    for day in range(0, 14, 2):
        for town in towns:
            if rng.random() < 0.4:
                continue
            killed = rng.randint(3, 40)
            for _ in range(rng.randint(1, 4)):
                n += 1
                shift = dt.timedelta(days=day + rng.choice([0, 0, 0, 1]))
                k = killed + rng.choice([0, 0, 1, -1, 5])
                out.append(report(f"r{n:03d}", event(day=D + shift, place=town, killed=max(1, k))))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_link_stories_order_does_not_matter(seed: int) -> None:
    """The same reports in shuffled orders, all at once or in batches, give the same stories."""
    rng = random.Random(seed)
    reports = _scene(rng)
    texts = texts_for(reports)
    want = groups(link_reports(reports, texts=texts))
    assert any(len(g) > 1 for g in want)
    for trial in range(4):
        order = reports[:]
        rng.shuffle(order)
        assert groups(link_reports(order, texts=texts)) == want
        cut = sorted(rng.sample(range(1, len(order)), 3))
        stories: list = []
        for lo, hi in zip([0, *cut], [*cut, len(order)], strict=True):
            stories = link_reports(order[lo:hi], existing=stories, texts=texts)
        assert groups(stories) == want, f"trial {trial}"


def test_link_stories_a_split_story_gets_a_new_id() -> None:
    """A stored story {x, y} (its id from x) split into {y, z} and {x}: the part that loses the old id gets
    an id of its own, never a copy of one in use (the store would merge the two again)."""
    from wardesk.link import Story
    from wardesk.link.cluster import _name
    from wardesk.link.story import story_id

    x, y, z = (report(n, event()) for n in "xyz")
    stories = _name([[y, z], [x]], [Story(story_id("x"), [x, y])])
    ids = [s.id for s in stories]
    assert story_id("x") in ids and len(set(ids)) == 2


def _reading(article: str, n: int, ev: Event, outlet: str) -> Report:
    return Report(f"{article}:{n}", article, outlet, ev.date.start, ev, main=n == 0)


def test_link_stories_one_event_read_twice_links_once() -> None:
    """Two outlets each make two records of one bombing (the lead and the toll paragraph): one story of two
    reports, not the same story twice in parallel; the second readings stand alone."""
    rs = [
        _reading("art-a", 0, event(killed=12), "Outlet A"),
        _reading("art-a", 1, event(killed=12, etype="suicide_bomb"), "Outlet A"),
        _reading("art-b", 0, event(killed=14), "Outlet B"),
        _reading("art-b", 1, event(killed=14, etype="suicide_bomb"), "Outlet B"),
    ]
    got = groups(link_reports(rs, texts=texts_for(rs)))
    assert sorted(len(g) for g in got) == [1, 1, 2]
    assert ["art-a:0", "art-b:0"] in got


def test_link_stories_the_main_reading_links_first() -> None:
    """Outlet B's second record of the bombing scores a little better with Outlet A's report than B's main
    record does; the main record is the one that joins, the second stays out."""
    a = _reading("art-a", 0, event(killed=None), "Outlet A")
    b_main = _reading("art-b", 0, event(killed=30), "Outlet B")
    b_second = _reading("art-b", 1, event(killed=30, etype="suicide_bomb"), "Outlet B")
    texts = texts_for([a, b_main, b_second])
    texts[b_main.report_id] = "Health officials gave a toll of thirty dead on Tuesday evening."
    got = groups(link_reports([b_second, a, b_main], texts=texts))
    assert ["art-a:0", "art-b:0"] in got


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_link_stories_readings_do_not_depend_on_order(seed: int) -> None:
    """Which reading links is a function of the set of reports, however they arrive and are split."""
    rs = [
        _reading(f"art-{c}", n, event(day=D + dt.timedelta(days=n % 2), killed=10 + n), f"Outlet {c}")
        for c in "abc"
        for n in range(3)
    ]
    texts = texts_for(rs)
    once = groups(link_reports(rs, texts=texts))
    shuffled = rs[:]
    random.Random(seed).shuffle(shuffled)
    first = link_reports(shuffled[:4], texts=texts)
    assert groups(link_reports(shuffled[4:], existing=first, texts=texts)) == once


# a quarter of Mosul, told as "near" the city (8 km from its centre)
MOSUL_QUARTER = Location(
    name="Hay al-Arabi", admin1="Nineveh", country="IQ", lat=36.41, lon=43.15, precision="near"
)


def _massacre_and_part(part: Event) -> list[Report]:
    """Outlet A tells the killings of villagers and another incident of its story; Outlet B the killings."""
    killings = event(etype="attack_on_civilians", killed=40)
    return [
        _reading("art-a", 0, killings, "Outlet A"),
        _reading("art-a", 1, part, "Outlet A"),
        _reading("art-b", 0, event(etype="attack_on_civilians", killed=45), "Outlet B"),
    ]


@pytest.mark.parametrize(
    "part, joins, why",
    [
        (event(etype="missile_artillery", killed=3), True, "the shelling of the town before the killings"),
        (event(etype="armed_clash", killed=3), True, "the clash with gunmen an army tells of that day"),
        (
            event(etype="missile_artillery", end=D + dt.timedelta(days=1), killed=None),
            True,
            "shelling on two days, the killings' and the next",
        ),
        (
            event(etype="abduction", place=MOSUL_QUARTER, killed=None),
            True,
            "one family, another place of the city: a second incident",
        ),
        (event(etype="abduction", killed=None), False, "one family at the same place and day: read twice"),
        (
            event(etype="abduction", place=MOSUL.model_copy(update={"precision": "near"}), killed=None),
            False,
            "one family, the same town told as 'near' it: read twice",
        ),
        (
            event(etype="missile_artillery", place=Location(name="Iraq", country="IQ", precision="country")),
            False,
            "placed only in the country: no place of its own",
        ),
        (
            event(day=D - dt.timedelta(days=3), end=D + dt.timedelta(days=3), etype="missile_artillery"),
            False,
            "dated only to a week: no day of its own",
        ),
        (
            event(day=D + dt.timedelta(days=3), etype="missile_artillery", killed=3),
            False,
            "three days later: another day's news",
        ),
        (event(etype="missile_artillery", place=KIRKUK, killed=3), False, "another city"),
        (
            event(etype="missile_artillery", killed=3).model_copy(update={"locations": [KIRKUK, MOSUL]}),
            False,
            "told of another city first, the story's city only second",
        ),
    ],
)
def test_link_stories_an_article_may_tell_several_incidents_of_a_story(
    part: Event, joins: bool, why: str
) -> None:
    """A story holds its articles' other incidents of the story (``Story.parts``) when they are dated to their
    day, at a compatible place and not the article's own report of the event read again."""
    rs = _massacre_and_part(part)
    got = groups(link_reports(rs, texts=texts_for(rs)))
    want = [["art-a:0", "art-a:1", "art-b:0"]] if joins else [["art-a:0", "art-b:0"], ["art-a:1"]]
    assert got == want, why


def test_link_stories_a_part_counts_in_nothing_reconciled() -> None:
    """The part's toll and sub-type are of its own incident: no toll or type dispute, its figure not in the range."""
    rs = _massacre_and_part(event(etype="missile_artillery", killed=3))
    (story,) = link_reports(rs, texts=texts_for(rs))
    assert [r.report_id for r in story.parts] == ["art-a:1"]
    assert [r.report_id for r in story.voices] == ["art-a:0", "art-b:0"]
    assert (story.fatalities["low"], story.fatalities["high"]) == (40, 45)
    assert story.contradictions == []
    assert "art-a:1" in story.report_ids


def test_link_stories_a_parts_second_reading_says_nothing_for_the_story() -> None:
    """Outlet A tells the shelling twice, the second time with a spokesman blaming a party: that accusation is
    about the shelling, the story's part, so it is no row of who says what and no blame dispute."""
    shelling = event(etype="missile_artillery", killed=3)
    again = shelling.model_copy(
        update={
            "claims": [
                Claim(what="responsibility", actor="Kirkuk Brigade", stance="accuses", source="a spokesman")
            ]
        }
    )
    rs = [*_massacre_and_part(shelling), _reading("art-a", 2, again, "Outlet A")]
    stories = link_reports(rs, texts=texts_for(rs))
    (story,) = [s for s in stories if len(s.reports) > 1]
    assert story.report_ids == ["art-a:0", "art-a:1", "art-b:0"]
    assert story.readings == []
    assert not any(row["who"] == "a spokesman" for row in story.sources)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_link_stories_parts_do_not_depend_on_order(seed: int) -> None:
    """Which reports are a story's parts is a function of the set, however they arrive and are split."""
    rs = _massacre_and_part(event(etype="missile_artillery", killed=3))
    rs += [
        _reading("art-c", 0, event(etype="attack_on_civilians", killed=41), "Outlet C"),
        _reading("art-c", 1, event(etype="missile_artillery", place=KIRKUK), "Outlet C"),
    ]
    texts = texts_for(rs)
    once = groups(link_reports(rs, texts=texts))
    assert ["art-a:0", "art-a:1", "art-b:0", "art-c:0"] in once
    shuffled = rs[:]
    random.Random(seed).shuffle(shuffled)
    for cut in (2, 3, 4):
        first = link_reports(shuffled[:cut], texts=texts)
        assert groups(link_reports(shuffled[cut:], existing=first, texts=texts)) == once


@pytest.mark.parametrize(("lag", "joins"), [(-1, False), (-2, False), (0, True), (2, True)])
def test_link_stories_a_report_with_no_day_of_its_own_is_not_about_an_event_that_began_after_it(
    lag: int, joins: bool
) -> None:
    """A report that gives no day is dated by its publication; it cannot tell of an event that another
    outlet's text dates from a later day on ("strikes last week", read as the week after it appeared),
    however close the days: a story of the two would run over its week as read."""
    week = report("1", event(day=D, end=D + dt.timedelta(days=6)), published=D + dt.timedelta(days=8))
    pub = D + dt.timedelta(days=lag)
    ev = event(day=pub - dt.timedelta(days=1), end=pub)
    ev = ev.model_copy(update={"date": ev.date.model_copy(update={"text": NO_DAY_GIVEN})})
    guess = report("2", ev, published=pub)
    assert (linked(week, guess) == [["1", "2"]]) is joins


def test_link_stories_an_inferred_target_is_no_evidence() -> None:
    """The civilians an attack on civilians has by definition (no words of the report give them) do not
    count against a report that names its target; civilians the report names do."""
    police = Actor(name="Kurdish police", type="state_forces", text="Kurdish police")
    told = report("1", event().model_copy(update={"targets": [police]}))
    inferred = report("2", event())
    assert components(told, inferred, Gate(ok=True), None, None)["actors"] is None
    named = Actor(name="Civilians", type="civilians", text="civilians")
    said = report("3", event().model_copy(update={"targets": [named]}))
    assert components(told, said, Gate(ok=True), None, None)["actors"] == 0.0
