"""Contradictions that are real (issue 12 section 3): figures of independent sources only, updates,
vague counts, the median, blame and denial from claims of responsibility, and what each side carries."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.link import Report, Story
from wardesk.link.quotes import event_quotes
from wardesk.link.statements import holds_figure
from wardesk.record import Actor, Claim, Count, DateSpan, Event, Evidence, Location

D = dt.date(2023, 5, 2)
TOWN = Location(name="Marib", admin1="Marib", country="YE", lat=15.46, lon=45.32)


def event(
    killed: int | None = None, claims: list[Claim] | None = None, etype: str = "missile_artillery"
) -> Event:
    return Event(
        event_type=etype,
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[TOWN],
        fatalities=Count(low=killed, best=killed) if killed is not None else Count(),
        claims=claims if claims is not None else ([Claim(what="killed", value=killed)] if killed else []),
    )


def report(rid: str, outlet: str, ev: Event, days_later: int = 0, **kw) -> Report:
    return Report(rid, "art-" + rid, outlet, D + dt.timedelta(days=days_later), ev, **kw)


def story(*reports: Report) -> Story:
    return Story(id="s-test", reports=list(reports))


def kinds(st: Story) -> list[str]:
    return [c["kind"] for c in st.contradictions]


def blame(actor: str, stance: str, source: str | None) -> Claim:
    return Claim(what="responsibility", actor=actor, stance=stance, source=source)


def test_link_contradictions_figures_of_independent_sources_only() -> None:
    """A republished copy (by shingles) with another figure is not a second source."""
    st = story(
        report("1", "Outlet A", event(killed=10)),
        report("2", "Aggregator", event(killed=40), near_dup_of="art-1"),
    )
    assert kinds(st) == []
    assert st.fatalities["best"] == 10


def test_link_contradictions_later_figure_of_one_source_is_an_update() -> None:
    """One outlet says 10, then 25 the next day; another says 24: the toll was revised, not disputed."""
    st = story(
        report("1", "Outlet A", event(killed=10)),
        report("2", "Outlet A", event(killed=25), days_later=1),
        report("3", "Outlet B", event(killed=24)),
    )
    assert kinds(st) == []
    figs = {f["report_id"]: f["current"] for f in st.fatalities["figures"]}
    assert figs == {"1": False, "2": True, "3": True}
    assert (st.fatalities["low"], st.fatalities["best"], st.fatalities["high"]) == (24, 24, 25)


def test_link_contradictions_vague_words_never_set_the_range() -> None:
    """'Dozens' (coded 12) against a figure of 112: the figure stands, no dispute, the range is the figure's."""
    vague = event(killed=12, claims=[Claim(what="killed", value=12, text="dozens of people")])
    st = story(report("1", "Outlet A", vague), report("2", "Outlet B", event(killed=112)))
    assert kinds(st) == []
    assert (st.fatalities["low"], st.fatalities["best"], st.fatalities["high"]) == (112, 112, 112)


@pytest.mark.parametrize(
    ("figures", "best"),
    [([1100, 1149], 1100), ([7, 9, 30], 9), ([20, 23, 32, 60], 23)],
)
def test_link_contradictions_best_is_a_reported_figure(figures: list[int], best: int) -> None:
    st = story(*(report(str(i), f"Outlet {i}", event(killed=k)) for i, k in enumerate(figures)))
    assert st.fatalities["best"] == best


def test_link_contradictions_sides_carry_what_a_fact_checker_needs() -> None:
    text = "Shelling hit the market on Tuesday. Officials said 23 people were killed. Medics said later."
    ev = event(
        killed=23, claims=[Claim(what="killed", value=23, source="officials", text="23 people were killed")]
    )
    ev = ev.model_copy(update={"evidence": [Evidence(start=0, end=35), Evidence(start=36, end=71)]})
    a, _ = Report.read("1", "art-1", "Outlet A", D, ev, text)
    b = report("2", "Outlet B", event(killed=40), days_later=1)
    (c,) = story(a, b).contradictions
    assert c["kind"] == "fatalities" and c["size"] == 17
    side = next(s for s in c["sides"] if s["report_id"] == "1")
    assert side["value"] == 23 and side["who"] == "officials"
    assert (side["outlet"], side["article_id"], side["published"]) == ("Outlet A", "art-1", D.isoformat())
    assert text[side["sentence_start"] : side["sentence_end"]] == "Officials said 23 people were killed."
    assert side["sentence"] == "Officials said 23 people were killed."


def test_link_contradictions_blame_from_claims_of_responsibility() -> None:
    army = event(claims=[blame("Houthis", "accuses", "the army")])
    rebels = event(claims=[blame("Saudi-led coalition", "accuses", "Houthi spokesman")])
    (c,) = story(report("1", "Outlet A", army), report("2", "Outlet B", rebels)).contradictions
    assert c["kind"] == "blame"
    assert {(s["who"], s["actor"], s["stance"]) for s in c["sides"]} == {
        ("the army", "Houthis", "accuses"),
        ("Houthi spokesman", "Saudi-led coalition", "accuses"),
    }


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the group claims it, the army accuses it: no dispute
        (blame("Islamic State", "claims", "Amaq"), blame("Islamic State", "accuses", "the army"), []),
        # 'gunmen' blames nobody in particular
        (blame("Unidentified armed group", "accuses", "police"), blame("Houthis", "accuses", "the army"), []),
    ],
)
def test_link_contradictions_no_blame_without_disagreement(
    first: Claim, second: Claim, expected: list
) -> None:
    st = story(
        report("1", "Outlet A", event(claims=[first])), report("2", "Outlet B", event(claims=[second]))
    )
    assert kinds(st) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the army claims the raid for itself; a rights group says foreign troops took part too
        (
            [blame("Yemen", "claims", "the army")],
            [blame("Yemen", "accuses", "a rights group"), blame("Iran", "accuses", "a rights group")],
            ["blame"],
        ),
        # the same the other way round (the accuser's report first)
        (
            [blame("Houthis", "accuses", "the governor"), blame("Iran", "accuses", "the governor")],
            [blame("Houthis", "claims", "Houthi spokesman")],
            ["blame"],
        ),
        # the group claims it and the army accuses the same group: no dispute
        ([blame("Houthis", "claims", "Houthi spokesman")], [blame("Houthis", "accuses", "the army")], []),
        # two accusers, one naming a partner too: no claimant says it acted alone, no dispute
        (
            [blame("Houthis", "accuses", "the governor")],
            [blame("Houthis", "accuses", "the army"), blame("Iran", "accuses", "the army")],
            [],
        ),
        # two parties that claim the act together: no dispute
        (
            [blame("Houthis", "claims", "Houthi spokesman")],
            [blame("Houthis", "claims", "an allied militia"), blame("Islah", "claims", "an allied militia")],
            [],
        ),
        # the group claims the bombing; a source naming the group and the state it attacked adds no culprit
        (
            [blame("Houthis", "claims", "Houthi spokesman")],
            [blame("Houthis", "accuses", "the governor"), blame("Yemen", "accuses", "the governor")],
            [],
        ),
        # a claimant that claims its own act and names an ally accuses nobody beyond the other's claim
        (
            [blame("Houthis", "claims", "Houthi spokesman")],
            [blame("Houthis", "claims", "an allied militia"), blame("Islah", "accuses", "an allied militia")],
            [],
        ),
    ],
)
def test_link_contradictions_a_sole_claim_against_an_accusation_of_another_party(
    first: list[Claim], second: list[Claim], expected: list
) -> None:
    st = story(report("1", "Outlet A", event(claims=first)), report("2", "Outlet B", event(claims=second)))
    assert kinds(st) == expected


def test_link_contradictions_an_outlets_own_extra_initiator_is_no_accusation_against_a_claim() -> None:
    """An article's own list of initiators may hold a party another passage names (a mediator): only
    a claim of responsibility accuses a party beyond what a side claims for itself."""
    own = event(claims=[])
    own.initiators = [Actor(name="Yemen", type="state_forces"), Actor(name="Oman", type="state_forces")]
    claimed = event(claims=[blame("Yemen", "claims", "the army")])
    st = story(report("1", "Outlet A", own), report("2", "Outlet B", claimed))
    assert kinds(st) == []


def test_link_contradictions_a_denial_once_with_its_accusers() -> None:
    """The accused party's denial, carried by two outlets, is one contradiction; its accuser is the other side."""
    accusing = event(claims=[blame("Houthis", "accuses", "the governor")])
    denial = event(claims=[blame("Houthis", "denies", "Houthi spokesman")])
    st = story(
        report("1", "Outlet A", accusing),
        report("2", "Outlet B", denial),
        report("3", "Outlet C", denial),
    )
    (c,) = [c for c in st.contradictions if c["kind"] == "denial"]
    stances = sorted((s["who"], s["stance"]) for s in c["sides"])
    assert stances == [("Houthi spokesman", "denies"), ("the governor", "accuses")]
    assert c["report_ids"] == ["1", "2"]


def test_link_contradictions_none_with_one_independent_source() -> None:
    """Two reports of one outlet that disagree with each other are not a dispute between sources."""
    st = story(
        report("1", "Outlet A", event(killed=5, claims=[blame("Houthis", "accuses", "the army")])),
        report("2", "Outlet A", event(killed=50, claims=[blame("Saudi-led coalition", "accuses", "rebels")])),
    )
    assert st.contradictions == []
    assert st.sources  # who says what is still shown


def test_link_contradictions_source_rows_say_who_says_what() -> None:
    st = story(
        report(
            "1",
            "Outlet A",
            event(
                killed=9,
                claims=[
                    Claim(what="killed", value=9, source="medics"),
                    blame("Houthis", "accuses", "the army"),
                ],
            ),
        ),
        report("2", "Outlet B", event(killed=30), days_later=1),
    )
    rows = [(r["outlet"], r["who"], r.get("killed"), r["accuses"]) for r in st.sources]
    assert rows == [
        ("Outlet A", "medics", 9, []),
        ("Outlet A", "the army", None, ["Houthis"]),
        ("Outlet B", None, 30, []),
    ]


def test_link_contradictions_quote_of_a_claim_outside_the_evidence() -> None:
    text = "Rockets fell on the town. Later, the ministry said the rebels fired them. Nobody else spoke."
    ev = event(
        claims=[
            blame("Rebels", "accuses", "the ministry").model_copy(update={"text": "the rebels fired them"})
        ]
    )
    ev = ev.model_copy(update={"evidence": [Evidence(start=0, end=25)]})
    lead, (q,) = event_quotes(text, ev)
    assert lead is not None and lead.text == "Rockets fell on the town."
    assert q is not None and text[q.start : q.end] == "Later, the ministry said the rebels fired them."


def _quoted(
    rid: str,
    outlet: str,
    sentence: str,
    killed: int,
    source: str | None,
    days_later: int = 0,
    phrase: str | None = None,
) -> Report:
    """A report whose toll claim is read from ``sentence`` (its claim phrase ``phrase``, else the number)."""
    claim = Claim(what="killed", value=killed, source=source, text=phrase or f"{killed}")
    ev = event(killed=killed, claims=[claim])
    ev = ev.model_copy(update={"evidence": [Evidence(start=0, end=len(sentence))]})
    rep, _ = Report.read(rid, "art-" + rid, outlet, D + dt.timedelta(days=days_later), ev, sentence)
    return rep


def test_link_contradictions_a_tally_over_a_period_is_not_the_incident_toll() -> None:
    """'45 killed in the past 24 hours' against a strike's 12: no dispute, the strike's toll stands."""
    st = story(
        _quoted("1", "Outlet A", "The strike on the market killed 12 people, medics said.", 12, "medics"),
        _quoted(
            "2",
            "Outlet B",
            "At least 45 people were killed in the past 24 hours, a monitor said.",
            45,
            "a monitor",
        ),
    )
    assert kinds(st) == []
    assert st.fatalities["best"] == 12


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same monitor under its abbreviation, then through its director's name, in another outlet
        (
            ("Air strikes killed 47 people, SOHR said.", 47, "SOHR"),
            ("Strikes killed 82 people, Rami Abdel Rahman said.", 82, "Rami Abdel Rahman"),
        ),
        # "a monitor" in one outlet is the one monitor another outlet names
        (
            ("At least 45 people were killed in the raids, a monitor said.", 45, "a monitor"),
            ("The raids killed 70 people, the Syrian Observatory said.", 70, "Syrian Observatory"),
        ),
        # the defence ministry's figure, then its spokesman's
        (
            (
                "The strike killed 30 militants, the Russian Defence Ministry said.",
                30,
                "Russian Defence Ministry",
            ),
            ("Igor Konashenkov said 45 militants were killed in the strike.", 45, "Igor Konashenkov"),
        ),
    ],
)
def test_link_contradictions_one_claimant_in_two_outlets_updates_its_toll(
    first: tuple[str, int, str], second: tuple[str, int, str]
) -> None:
    """One claimant's later, higher figure in another outlet is its update, whatever name it goes by."""
    st = story(_quoted("1", "Outlet A", *first), _quoted("2", "Outlet B", *second, 1))
    assert kinds(st) == []


def test_link_contradictions_one_claimants_later_lower_figure_is_still_a_dispute() -> None:
    """The governor's 32, then his 23 a week later in another outlet, unmarked: a dispute the reader sees."""
    st = story(
        _quoted("1", "Outlet A", "The strike killed 32 people, the governor said.", 32, "the governor"),
        _quoted("2", "Outlet B", "The strike killed 23 people, the governor said.", 23, "the governor", 8),
    )
    assert kinds(st) == ["fatalities"]
    assert [(x["value"], x["published"]) for x in st.contradictions[0]["sides"]] == [
        (23, "2023-05-10"),
        (32, "2023-05-02"),
    ]


def test_link_contradictions_a_revised_toll_still_disputes_another_claimant() -> None:
    """The governor's 23 risen to 32 the next day is his update; the other side's 23 still disputes it."""
    st = story(
        _quoted("1", "Outlet A", "The strike killed 23 people, the governor said.", 23, "the governor"),
        _quoted("2", "Outlet B", "The toll rose to 32, the governor said.", 32, "the governor", 1),
        _quoted("3", "Outlet C", "About 23 people were killed, Ivan Petrov said.", 23, "Ivan Petrov"),
    )
    assert kinds(st) == ["fatalities"]
    assert [(x["value"], x["who"]) for x in st.contradictions[0]["sides"]] == [
        (23, "Ivan Petrov"),
        (32, "the governor"),
    ]


def test_link_contradictions_a_recount_a_week_later_is_an_update() -> None:
    """The governor's 23 on the day and his 32 eight days later in another outlet: the same
    claimant's later, higher figure updates his earlier one, however long after."""
    st = story(
        _quoted("1", "Outlet A", "The strike killed 23 people, the governor said.", 23, "the governor"),
        _quoted("2", "Outlet B", "The toll rose to 32, the governor said.", 32, "the governor", 8),
    )
    assert kinds(st) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the later sentence says the toll rose; neither side names its claimant
        (
            ("Air strikes killed 40 people in the town, a monitor said.", 40, "a monitor"),
            ("The death toll has risen to 61, the rights group said.", 61, "the rights group"),
        ),
        (
            ("Shelling killed 40 people, a monitor said.", 40, "a monitor"),
            ("The number of dead climbed to 58 on Monday, the activists said.", 58, "the activists"),
        ),
        # the lower figure is marked as an early one, in a report of the same day listed later
        (
            ("The death toll has risen to 61, the monitor said.", 61, "the monitor"),
            ("Initial reports said 40 people were killed in the market.", 40, "reports"),
        ),
        # the earlier figure is marked as an early one
        (
            ("Initial reports said 40 people were killed in the shelling.", 40, "reports"),
            ("Medics at the hospital said 61 people were killed in the shelling.", 61, "medics"),
        ),
    ],
)
def test_link_contradictions_a_toll_marked_as_revised_is_an_update(
    first: tuple[str, int, str], second: tuple[str, int, str]
) -> None:
    """A figure whose sentence marks a revision ("has risen to") updates the lower one instead of disputing it."""
    st = story(_quoted("1", "Outlet A", *first), _quoted("2", "Outlet B", *second))
    assert kinds(st) == []


@pytest.mark.parametrize(
    ("first", "second", "disputed"),
    [
        # executed captives are part of all the soldiers killed
        (
            (
                "Militants executed 50 captured soldiers at the base.",
                50,
                "a monitor",
                0,
                "executed 50 captured soldiers",
            ),
            (
                "At least 85 soldiers were killed at the base, officials said.",
                85,
                "officials",
                0,
                "85 soldiers were killed",
            ),
            False,
        ),
        # civilians the other sentence gives as part of all the dead
        (
            ("The strikes killed 58 civilians, medics said.", 58, "medics", 0, "killed 58 civilians"),
            (
                "The strikes killed 82 people, including 58 civilians, officials said.",
                82,
                "officials",
                0,
                "killed 82 people",
            ),
            False,
        ),
        # civilians against all the dead, no part given: news uses both for one toll, a dispute
        (
            ("The strikes killed 23 civilians, medics said.", 23, "medics", 0, "killed 23 civilians"),
            ("The strikes killed 31 people, officials said.", 31, "officials", 0, "killed 31 people"),
            True,
        ),
        # soldiers and civilians are different people
        (
            ("The strikes killed 20 soldiers, officials said.", 20, "officials", 0, "killed 20 soldiers"),
            ("The strikes killed 40 civilians, medics said.", 40, "medics", 0, "killed 40 civilians"),
            False,
        ),
        # two counts of civilians do dispute
        (
            ("The strikes killed 20 civilians, medics said.", 20, "medics", 0, "killed 20 civilians"),
            ("The strikes killed 40 civilians, officials said.", 40, "officials", 0, "killed 40 civilians"),
            True,
        ),
        # a state's soldiers and the rebels who fight them are two sides' dead
        (
            ("The ambush killed 20 soldiers, officials said.", 20, "officials", 0, "killed 20 soldiers"),
            ("The ambush killed 41 rebels, a monitor said.", 41, "a monitor", 0, "killed 41 rebels"),
            False,
        ),
        # members of an armed group are its fighters, not the civilians hit
        (
            ("The shelling killed 9 civilians, medics said.", 9, "medics", 0, "killed 9 civilians"),
            (
                "The army said 23 members of the armed group died in the shelling.",
                23,
                "the army",
                0,
                "23 members of the armed group died",
            ),
            False,
        ),
        # the townspeople killed and the forces who fought there are different dead
        (
            ("Rockets killed 9 residents, the governor said.", 9, "the governor", 0, "killed 9 residents"),
            (
                "Fighting killed 23 security forces, a monitor said.",
                23,
                "a monitor",
                0,
                "killed 23 security forces",
            ),
            False,
        ),
        # fighters of either side against soldiers: one toll in dispute
        (
            ("The ambush killed 20 soldiers, officials said.", 20, "officials", 0, "killed 20 soldiers"),
            ("The ambush killed 41 fighters, a monitor said.", 41, "a monitor", 0, "killed 41 fighters"),
            True,
        ),
    ],
)
def test_link_contradictions_only_figures_of_one_counted_kind_are_compared(
    first: tuple, second: tuple, disputed: bool
) -> None:
    """A part of the dead (the executed; civilians given as part of all) never disputes the whole toll;
    soldiers never dispute civilians."""
    st = story(_quoted("1", "Outlet A", *first), _quoted("2", "Outlet B", *second))
    assert kinds(st) == (["fatalities"] if disputed else [])


def test_link_contradictions_a_party_that_claims_the_act_does_not_deny_it() -> None:
    """The ministry claims the strike and denies a detail of it, and no other source accuses Russia:
    no dispute over who did it. Another source of the same side denying what the first acknowledged
    is a dispute."""
    claiming = event(
        claims=[
            blame("Russia", "claims", "the defence ministry"),
            blame("Russia", "denies", "the defence ministry"),
        ]
    )
    silent = event(claims=[blame("Russia", "claims", "the defence ministry")])
    st = story(report("1", "Outlet A", claiming), report("2", "Outlet B", silent))
    assert "denial" not in kinds(st)
    accusing = event(claims=[blame("Russia", "accuses", "the mayor")])
    # officials acknowledge the troops fired; the spokesman denies the strike that killed: a dispute
    acknowledged = event(
        claims=[blame("Russia", "claims", "the defence ministry"), blame("Russia", "denies", "a spokesman")]
    )
    st = story(report("1", "Outlet A", acknowledged), report("2", "Outlet B", accusing))
    assert "denial" in kinds(st)
    # without the claim, the same denial stands
    st = story(
        report("1", "Outlet A", event(claims=[blame("Russia", "denies", "a spokesman")])),
        report("2", "Outlet B", accusing),
    )
    assert "denial" in kinds(st)


def test_link_contradictions_a_claimed_act_denied_against_an_accuser_is_a_denial() -> None:
    """The ministry says its jets struck a rebel base and denies the strike on the wedding; the mayor,
    in another outlet, accuses its air force of killing the guests: the reader must see the denial
    (round 27: 27 of the 94 articles of our own contested sets whose gold lists a denial have that
    side claim its own act too)."""
    claiming = event(
        claims=[
            blame("Russia", "claims", "the defence ministry"),
            blame("Russia", "denies", "the defence ministry"),
        ]
    )
    accusing = event(claims=[blame("Russia", "accuses", "the mayor")])
    st = story(report("1", "Outlet A", claiming), report("2", "Outlet B", accusing))
    assert "denial" in kinds(st)
    # the outlet's own telling of who struck is no accuser: the ministry's denial stays a detail
    told = Event(
        event_type="air_strike",
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[TOWN],
        initiators=[Actor(name="Russia", type="state_forces")],
    )
    st = story(report("1", "Outlet A", claiming), report("2", "Outlet B", told))
    assert "denial" not in kinds(st)


def _told(article: str, n: int, outlet: str, ev: Event) -> Report:
    return Report(f"{article}:{n}", article, outlet, D, ev, main=n == 0)


def test_link_contradictions_an_outlets_other_reading_of_the_event_counts() -> None:
    """Outlet A's lead record of the strike names nobody; its quote paragraph, read as a second record of
    the strike, has the army accusing the rebels. Outlet B has the rebels accusing the army. The story
    links A's lead only, but the accusation is A's: a blame dispute. The second record's toll (40
    against B's 12) is not charged to the story: in a roundup it is as often another incident's."""
    from wardesk.link import link_reports

    lead = _told("art-a", 0, "Outlet A", event(killed=None))
    quote = _told("art-a", 1, "Outlet A", event(killed=40, claims=[blame("Rebels", "accuses", "the army")]))
    other = _told("art-b", 0, "Outlet B", event(killed=12, claims=[blame("Army", "accuses", "the rebels")]))
    stories = link_reports([lead, quote, other])
    st = next(s for s in stories if len(s.reports) > 1)
    assert sorted(st.report_ids) == ["art-a:0", "art-b:0"]
    assert [r.report_id for r in st.readings] == ["art-a:1"]
    assert kinds(st) == ["blame"]
    assert (st.fatalities["low"], st.fatalities["high"]) == (12, 12)
    again = Story.from_dict(st.to_dict())
    assert kinds(again) == ["blame"]


def test_link_contradictions_a_reading_of_another_sub_type_or_place_is_not_counted() -> None:
    """A's second record is of another sub-type (a bombing read into the same day and town), or of
    another town of the province: its accusation is not charged to the story's strike."""
    from wardesk.link import link_reports

    accusing = [blame("Rebels", "accuses", "the army")]
    province = Location(name="Marib", admin1="Marib", country="YE", precision="admin1")
    other_town = Location(name="Sirwah", admin1="Marib", country="YE", lat=15.46, lon=45.0)
    bombing = event(claims=accusing, etype="remote_explosive")
    elsewhere = event(claims=accusing).model_copy(update={"locations": [other_town, province]})
    for second in (bombing, elsewhere):
        lead = _told(
            "art-a", 0, "Outlet A", event(killed=None).model_copy(update={"locations": [TOWN, province]})
        )
        other = _told(
            "art-b", 0, "Outlet B", event(killed=12, claims=[blame("Army", "accuses", "the rebels")])
        )
        st = next(
            s
            for s in link_reports([lead, _told("art-a", 1, "Outlet A", second), other])
            if len(s.reports) > 1
        )
        assert st.readings == []
        assert "blame" not in kinds(st)


@pytest.mark.parametrize(
    "wider",
    [
        # a period: a weekend, two named days, a running count of continued attacks, a campaign's days
        "Shelling killed at least 38 people in the district over the weekend, a monitor said.",
        "Drone strikes killed 38 people on Friday and Saturday, the monitor said.",
        "Some 38 residents died in continued rebel shelling of the district, the reporter said.",
        "In all, 38 soldiers have died in a three-day rebel offensive, officers said.",
        # an area or several places: a province, a town and its surroundings, named towns, plural cities
        "Bombing across the province killed 38 people, a monitor said.",
        "At least 38 people died in raids on the town and the surrounding villages, a monitor said.",
        "Strikes on the villages of Dara, Kulbus and Tine killed 38 people, a monitor said.",
        "Jets pounded the two rebel-held cities, killing 38 people, a monitor said.",
        "Raids in government areas of the province left 38 dead, a monitor said.",
        "Air strikes on rebel areas around the capital killed 38 people, a monitor said.",
        "At least 38 were killed in heavy raids on and around the port town, activists said.",
        "Mortar Fire Kills 38 in the Capital its Countryside Hama Homs",
        "Bombing killed 38 people in the south and northeast of the country, a monitor said.",
        # several incidents, or another one
        "Those killed in two attacks numbered 38, the monitor said.",
        "Separate raids in the north killed 38 people, a monitor said.",
        "In another strike, 38 fighters were killed near the dam, the ministry said.",
        "Elsewhere, 38 people were killed by a car bomb, police said.",
    ],
)
def test_link_contradictions_an_aggregates_figure_is_not_the_incident_toll(wider: str) -> None:
    """A total over a period, an area or several incidents against one strike's 12: no dispute, 12 stands."""
    st = story(
        _quoted("1", "Outlet A", "The strike on the market killed 12 people, medics said.", 12, "medics"),
        _quoted("2", "Outlet B", wider, 38, "a monitor"),
    )
    assert kinds(st) == []
    assert st.fatalities["best"] == 12


@pytest.mark.parametrize(
    "same",
    [
        "A rocket fired across the border killed 38 people in the market, a monitor said.",
        "Jets struck two villages near the dam, killing 38 people, a monitor said.",
        "Three suicide attackers killed 38 people at the checkpoint, a monitor said.",
    ],
)
def test_link_contradictions_one_incidents_other_toll_is_still_a_dispute(same: str) -> None:
    """Figures of the incident itself, told with words near those of a wider scope, still dispute 12."""
    st = story(
        _quoted("1", "Outlet A", "The strike on the market killed 12 people, medics said.", 12, "medics"),
        _quoted("2", "Outlet B", same, 38, "a monitor"),
    )
    assert kinds(st) == ["fatalities"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the state by its name, then its defence ministry's spokesman
        (
            ("Moscow's strike killed 9 officers, Russia said.", 9, "Russia"),
            ("Igor Konashenkov said 31 militants were killed in the strike.", 31, "Igor Konashenkov"),
        ),
        # the capital as the state's voice, then its army
        (
            ("The raid killed 9 fighters, Moscow said.", 9, "Moscow"),
            ("The Russian army said 31 fighters died in the raid.", 31, "the Russian army"),
        ),
        # the head of state's spokesman, then the foreign minister
        (
            ("Dmitry Peskov said 9 gunmen were killed.", 9, "Dmitry Peskov"),
            ("Sergei Lavrov told reporters 31 gunmen were killed.", 31, "Sergei Lavrov"),
        ),
    ],
)
def test_link_contradictions_a_state_and_its_organs_are_one_claimant(
    first: tuple[str, int, str], second: tuple[str, int, str]
) -> None:
    """A state and its ministry, army or spokesman speak with one voice: its later, higher count updates."""
    st = story(_quoted("1", "Outlet A", *first), _quoted("2", "Outlet B", *second, 2))
    assert kinds(st) == []


@pytest.mark.parametrize(
    ("state", "other"),
    [
        # a state's count against a monitor's
        (
            ("Russia said the strike killed 9 militants.", 9, "Russia"),
            ("A monitor counted 31 dead.", 31, "SOHR"),
        ),
        # state television is no organ of the state: its count against the ministry's stays a dispute
        (
            ("State TV said 9 people died in the blast.", 9, "Syrian state television"),
            ("The interior ministry said 31 people died.", 31, "Syrian Ministry of Interior"),
        ),
        # two states
        (("Russia said 9 soldiers died.", 9, "Russia"), ("Turkey said 31 soldiers died.", 31, "Turkey")),
    ],
)
def test_link_contradictions_other_claimants_than_one_state_still_dispute(
    state: tuple[str, int, str], other: tuple[str, int, str]
) -> None:
    st = story(_quoted("1", "Outlet A", *state), _quoted("2", "Outlet B", *other, 2))
    assert kinds(st) == ["fatalities"]


def test_link_contradictions_a_figure_in_a_list_of_links_is_another_articles() -> None:
    """A page's 'Related' list of headlines holds other stories' tolls: no dispute with this one's 12."""
    st = story(
        _quoted("1", "Outlet A", "The strike on the market killed 12 people, medics said.", 12, "medics"),
        _quoted(
            "2",
            "Outlet B",
            "Share this page Related Shelling of Port Town Kills 61 Farmers Tags shelling market",
            61,
            None,
        ),
    )
    assert kinds(st) == []


def test_link_contradictions_a_headline_told_before_the_list_of_links_still_counts() -> None:
    """The article's own headline, repeated before the 'Related' list, is its toll: 12 against 61."""
    st = story(
        _quoted("1", "Outlet A", "The strike on the market killed 12 people, medics said.", 12, "medics"),
        _quoted("2", "Outlet B", "Strike kills 61 in port town Related Floods in the delta", 61, None),
    )
    assert kinds(st) == ["fatalities"]


def test_link_contradictions_a_toll_marked_as_the_update_replaces_a_later_copy_of_the_old_one() -> None:
    """The monitor's 31 'updating an earlier toll', and an outlet a day later still carrying its 9:
    the same claimant's revision, no dispute."""
    st = story(
        _quoted(
            "1",
            "Outlet A",
            "Rockets killed 31 civilians, the monitor said, updating an earlier toll.",
            31,
            "SOHR",
        ),
        _quoted("2", "Outlet B", "Rockets killed 9 civilians, the Observatory said.", 9, "SOHR", 1),
    )
    assert kinds(st) == []


def _hurt(rid: str, outlet: str, sentence: str, killed: int, killed_phrase: str, injured: int) -> Report:
    """A report of one sentence giving the dead and the injured, in the voice of its own outlet."""
    claims = [
        Claim(what="killed", value=killed, text=killed_phrase),
        Claim(what="injured", value=injured, text=f"{injured} injured"),
    ]
    ev = event(killed=killed, claims=claims).model_copy(
        update={
            "injuries": Count(low=injured, best=injured),
            "evidence": [Evidence(start=0, end=len(sentence))],
        }
    )
    rep, _ = Report.read(rid, "art-" + rid, outlet, D, ev, sentence)
    return rep


@pytest.mark.parametrize(
    ("other", "disputed"),
    [
        # the other side's dead are civilians: its wounded are not the soldiers'
        (("Rockets killed 19 civilians and hurt 90 in the town.", 19, "killed 19 civilians", 90), False),
        # the same kind of dead on both sides: 4 wounded against 90 is a dispute
        (("Rockets killed 7 soldiers and hurt 90 at the base.", 7, "killed 7 soldiers", 90), True),
    ],
)
def test_link_contradictions_injuries_compared_only_among_the_same_victims(
    other: tuple[str, int, str, int], disputed: bool
) -> None:
    """'Seven soldiers killed and 4 injured': the injured are soldiers too, no match for civilians hurt."""
    st = story(
        _hurt(
            "1", "Outlet A", "Rockets killed 7 soldiers and hurt 4 at the base.", 7, "killed 7 soldiers", 4
        ),
        _hurt("2", "Outlet B", *other),
    )
    assert kinds(st) == (["injuries"] if disputed else [])


@pytest.mark.parametrize(
    ("sentences", "disputed"),
    [
        # rockets on the government-held side and raids on the rebel-held side: two incidents' tolls
        (
            (
                (
                    "Rebel rockets hit government-held districts, killing 4 people, state TV said.",
                    4,
                    "state TV",
                ),
                (
                    "Jets struck rebel-held districts of the city, killing 17 people, medics said.",
                    17,
                    "medics",
                ),
            ),
            False,
        ),
        # the holder read through the actor table: a Taliban-held village against a government-held one
        (
            (
                ("Shelling of a Taliban-held village killed 4 people, elders said.", 4, "elders"),
                ("Shelling of a government-held village killed 17 people, police said.", 17, "police"),
            ),
            False,
        ),
        # both counted on one side: a dispute
        (
            (
                (
                    "Rebel rockets hit government-held districts, killing 4 people, state TV said.",
                    4,
                    "state TV",
                ),
                ("Rockets fired at districts held by the government killed 17, medics said.", 17, "medics"),
            ),
            True,
        ),
        # one side named, the other sentence silent: still one toll in dispute
        (
            (
                ("Jets struck rebel-held districts of the city, killing 4 people, medics said.", 4, "medics"),
                ("The raid on the city killed 17 people, a monitor said.", 17, "a monitor"),
            ),
            True,
        ),
    ],
)
def test_link_contradictions_tolls_counted_on_opposite_sides_are_two_incidents(
    sentences: tuple[tuple[str, int, str], tuple[str, int, str]], disputed: bool
) -> None:
    st = story(_quoted("1", "Outlet A", *sentences[0]), _quoted("2", "Outlet B", *sentences[1]))
    assert kinds(st) == (["fatalities"] if disputed else [])


@pytest.mark.parametrize(
    ("sentences", "disputed"),
    [
        # the raid of one day and that of the next: two incidents' tolls
        (
            (
                ("Jets struck the camp early on Monday, killing 5 people, medics said.", 5, "medics"),
                ("A raid on the camp on Tuesday killed 16 people, a monitor said.", 16, "a monitor"),
            ),
            False,
        ),
        # the day it was told is not the day it happened
        (
            (
                ("Jets struck the camp early on Monday, killing 5 people, medics said.", 5, "medics"),
                ("The raid on the camp killed 16 people, a monitor said on Tuesday.", 16, "a monitor"),
            ),
            True,
        ),
        # a report published the day before cannot give the next day's toll
        (
            (
                ("A raid on the camp on Tuesday killed 16 people, a monitor said.", 16, "a monitor"),
                ("Jets struck the camp, killing 5 people, medics said.", 5, "medics", -1),
            ),
            False,
        ),
        # nor is a dateline's day
        (
            (
                ("Jets struck the camp early on Monday, killing 5 people, medics said.", 5, "medics"),
                ("Tuesday 3 May 2022 A raid on the camp killed 16 people.", 16, "a monitor"),
            ),
            True,
        ),
    ],
)
def test_link_contradictions_tolls_of_different_days_are_two_incidents(
    sentences: tuple, disputed: bool
) -> None:
    st = story(_quoted("1", "Outlet A", *sentences[0]), _quoted("2", "Outlet B", *sentences[1]))
    assert kinds(st) == (["fatalities"] if disputed else [])


@pytest.mark.parametrize(
    ("sentence", "disputed"),
    [
        # the figure came from elsewhere (a title, another passage): its sentence cannot show it
        ("The convoy was hit near the river crossing, officials said.", False),
        # in words, or with a thousands separator, it is there to check
        ("Forty-one people died when the convoy was hit, officials said.", True),
    ],
)
def test_link_contradictions_a_side_needs_a_sentence_that_gives_its_figure(
    sentence: str, disputed: bool
) -> None:
    st = story(
        _quoted("1", "Outlet A", "The strike on the convoy killed 12 people, medics said.", 12, "medics"),
        _quoted("2", "Outlet B", sentence, 41, "officials"),
    )
    assert kinds(st) == (["fatalities"] if disputed else [])


@pytest.mark.parametrize(
    ("text", "value", "held"),
    [
        ("killing at least 1,400 people", 1400, True),
        ("Twenty-two people died", 22, True),
        ("a dozen people died", 12, True),
        ("a child was killed", 1, True),
        ("the strikes claimed more than 100 civilians", 15, False),
    ],
)
def test_link_contradictions_holds_figure(text: str, value: int, held: bool) -> None:
    assert holds_figure(text, value) is held


def test_link_contradictions_the_injured_of_a_sentence_are_its_claimant_of_the_deads() -> None:
    """'14 killed and 70 wounded', a monitor's count: its wounded are the monitor's too, whoever the
    extractor gave them to, so they update the monitor's earlier 30 instead of disputing them."""

    def told(rid: str, sentence: str, killed: int, injured: int, injured_by: str, days_later: int) -> Report:
        claims = [
            Claim(what="killed", value=killed, text=f"{killed} killed", source="SOHR"),
            Claim(what="injured", value=injured, text=f"{injured} wounded", source=injured_by),
        ]
        ev = event(killed=killed, claims=claims).model_copy(
            update={
                "injuries": Count(low=injured, best=injured),
                "evidence": [Evidence(start=0, end=len(sentence))],
            }
        )
        rep, _ = Report.read(
            rid, "art-" + rid, "Outlet " + rid, D + dt.timedelta(days=days_later), ev, sentence
        )
        return rep

    st = story(
        told("A", "Shelling left 9 killed and 30 wounded, SOHR said.", 9, 30, "SOHR", 0),
        told(
            "B",
            "Shelling left 14 killed and 70 wounded, SOHR said. A militia took two hills.",
            14,
            70,
            "a militia",
            1,
        ),
    )
    assert kinds(st) == []


def test_link_contradictions_a_headline_bound_gives_way_to_the_precise_figure_below() -> None:
    """'Over 60 dead' in a headline the text does not repeat, 'at least 68' in its lead: the report's
    checkable figure is 68, against another outlet's 40."""
    text = "Gunmen raided a camp near Marib on Tuesday. At least 68 people were killed, medics said."
    claims = [
        Claim(what="killed", value=60, qualifier="more_than", text="Over 60 dead"),
        Claim(
            what="killed",
            value=68,
            qualifier="at_least",
            source="medics",
            text="At least 68 people were killed",
        ),
    ]
    ev = event(killed=60, claims=claims).model_copy(update={"evidence": [Evidence(start=0, end=len(text))]})
    headline, _ = Report.read("1", "art-1", "Outlet A", D, ev, text)
    other = _quoted(
        "2", "Outlet B", "The raid on the camp killed 40 people, officials said.", 40, "officials"
    )
    st = story(headline, other)
    (toll,) = [c for c in st.contradictions if c["kind"] == "fatalities"]
    assert sorted(s["value"] for s in toll["sides"]) == [40, 68]


@pytest.mark.parametrize(
    ("sentence", "phrase", "disputed"),
    [
        # a photo's one wounded man is a person shown, not the incident's count
        (
            "A wounded man is carried into the clinic after the shelling of the market.",
            "A wounded man",
            False,
        ),
        # one dead told as a count is a figure like any other
        ("Only one person died in the shelling of the market, the governor said.", "one person", True),
    ],
)
def test_link_contradictions_one_person_shown_is_no_count(sentence: str, phrase: str, disputed: bool) -> None:
    st = story(
        _quoted("1", "Outlet A", "The shelling of the market killed 14 people, medics said.", 14, "medics"),
        _quoted("2", "Outlet B", sentence, 1, None, phrase=phrase),
    )
    assert kinds(st) == (["fatalities"] if disputed else [])


@pytest.mark.parametrize(
    ("sentence", "disputed"),
    [
        # a toll of raids weeks before, told in passing: another incident's figure
        ("Rights monitors said 40 people died in raids on the valley on March 3 and March 4.", False),
        # the same toll dated to the event's own day is a side
        ("Rights monitors said 40 people died in the raid on the valley on May 2.", True),
        # the day a source spoke is no earlier incident's
        ("On 4 May the ministry said that 40 people had died in the raid on the valley.", True),
    ],
)
def test_link_contradictions_a_toll_of_earlier_days_is_another_incidents(
    sentence: str, disputed: bool
) -> None:
    st = story(
        _quoted("1", "Outlet A", "The raid on the valley killed 12 people, medics said.", 12, "medics"),
        _quoted("2", "Outlet B", sentence, 40, "monitors", days_later=3),
    )
    assert kinds(st) == (["fatalities"] if disputed else [])


@pytest.mark.parametrize(
    ("later_text", "disputed"),
    [
        # the later outlet tells the lower toll as the monitor's first count: one count revised
        (
            "At least 41 people died in the strikes on the village, a monitor said. The monitor had "
            "initially put the toll at 19 but more bodies were found under the rubble.",
            False,
        ),
        # without that sentence the two counts stand against each other
        ("At least 41 people died in the strikes on the village, a monitor said.", True),
    ],
)
def test_link_contradictions_a_toll_another_article_calls_initial_is_an_update(
    later_text: str, disputed: bool
) -> None:
    first = _quoted("1", "Outlet A", "Strikes on the village killed 19 people.", 19, None)
    claim = Claim(what="killed", value=41, source="a monitor", text="41 people")
    ev = event(killed=41, claims=[claim]).model_copy(update={"evidence": [Evidence(start=0, end=70)]})
    later, _ = Report.read("2", "art-2", "Outlet B", D + dt.timedelta(days=1), ev, later_text)
    assert kinds(story(first, later)) == (["fatalities"] if disputed else [])


def test_link_contradictions_a_count_without_claim_or_bounds_is_vague() -> None:
    """A vague word sets a report's count (12 for 'dozens') but is no claim: against a figure of 112
    the figure stands, no dispute."""
    vague = event(claims=[]).model_copy(update={"fatalities": Count(best=12)})
    st = story(report("1", "Outlet A", vague), report("2", "Outlet B", event(killed=112)))
    assert kinds(st) == []
    assert st.fatalities["best"] == 112


@pytest.mark.parametrize(
    ("sentences", "disputed"),
    [
        # the toll of two hamlets holds the toll of one of them
        (
            (
                ("Shelling killed 11 civilians in the hamlet of Qurt on Sunday, medics said.", 11, "medics"),
                (
                    "Shelling of two hamlets south of the town killed 30 civilians, a monitor said.",
                    30,
                    "a monitor",
                ),
            ),
            False,
        ),
        (
            (
                ("Artillery fire killed at least 9 people in the town, officials said.", 9, "officials"),
                (
                    "At least 26 people died as guns pounded three nearby villages, a monitor said.",
                    26,
                    "a monitor",
                ),
            ),
            False,
        ),
        # a sum below one place's toll is still a dispute: a part cannot outnumber the whole
        (
            (
                ("Shelling killed 31 civilians in the hamlet of Qurt on Sunday, medics said.", 31, "medics"),
                (
                    "Shelling of two hamlets south of the town killed 12 civilians, a monitor said.",
                    12,
                    "a monitor",
                ),
            ),
            True,
        ),
        # two sums of the same places still dispute each other
        (
            (
                ("Shelling of two hamlets south of the town killed 11 civilians, medics said.", 11, "medics"),
                (
                    "Shelling of two hamlets south of the town killed 30 civilians, a monitor said.",
                    30,
                    "a monitor",
                ),
            ),
            True,
        ),
    ],
)
def test_link_contradictions_a_toll_of_several_places_holds_the_toll_of_one(
    sentences: tuple, disputed: bool
) -> None:
    """A toll counted over several places ("shelling of two hamlets killed 30") is their sum: set
    against a lower toll of one place (or of a place it does not name) it is no dispute over one
    count; a sum below another figure, or two sums, still are."""
    st = story(_quoted("1", "Outlet A", *sentences[0]), _quoted("2", "Outlet B", *sentences[1]))
    assert kinds(st) == (["fatalities"] if disputed else [])


def test_link_contradictions_a_headline_toll_is_summed_where_its_text_gives_the_places() -> None:
    """A headline's bare toll ("30 killed near the town") is the sum its text gives over two hamlets."""
    text = "30 killed by shelling near the town. Shelling of two hamlets killed 30 civilians, a monitor said."
    second = text.index("Shelling of")
    claims = [
        Claim(what="killed", value=30, source="a monitor", text="30 killed"),
        Claim(what="killed", value=30, source="a monitor", text="killed 30 civilians"),
    ]
    spans = [Evidence(start=0, end=second - 1), Evidence(start=second, end=len(text))]
    ev = event(killed=30, claims=claims).model_copy(update={"evidence": spans})
    summed, _ = Report.read("2", "art-2", "Outlet B", D, ev, text)
    assert summed.quote(0).text.startswith("30 killed") and summed.quote(1).text.startswith("Shelling of")
    one = _quoted(
        "1", "Outlet A", "Shelling killed 11 civilians in the hamlet of Qurt, medics said.", 11, "medics"
    )
    assert kinds(story(one, summed)) == []


@pytest.mark.parametrize(
    ("sentences", "disputed"),
    [
        # a strike on a health post and a raid on a food convoy outside one town: two attacks' dead
        (
            (
                ("A drone hit a health clinic outside the town, killing 3 nurses, staff said.", 3, "staff"),
                (
                    "The raid that struck a food convoy near the town killed 18 people, officials said.",
                    18,
                    "officials",
                ),
            ),
            False,
        ),
        # the struck site told after it: "the market was shelled"
        (
            (
                ("The market was shelled at dawn, leaving 4 people dead, residents said.", 4, "residents"),
                ("Jets bombed a school in the town, killing 15 pupils, teachers said.", 15, "teachers"),
            ),
            False,
        ),
        # one kind of site in both: one attack's toll in dispute
        (
            (
                ("A drone hit a health clinic outside the town, killing 3 nurses, staff said.", 3, "staff"),
                ("The strike on the clinic killed 11 people, officials said.", 11, "officials"),
            ),
            True,
        ),
        # the wounded taken to a hospital name no struck site: still one toll in dispute
        (
            (
                (
                    "The raid that struck a food convoy near the town killed 6 people, officials said.",
                    6,
                    "officials",
                ),
                (
                    "Shelling killed 19 people and the wounded were taken to a hospital, medics said.",
                    19,
                    "medics",
                ),
            ),
            True,
        ),
    ],
)
def test_link_contradictions_tolls_of_different_struck_sites_are_two_attacks(
    sentences: tuple[tuple[str, int, str], tuple[str, int, str]], disputed: bool
) -> None:
    st = story(_quoted("1", "Outlet A", *sentences[0]), _quoted("2", "Outlet B", *sentences[1]))
    assert kinds(st) == (["fatalities"] if disputed else [])


def test_link_contradictions_a_count_added_to_others_is_no_rival_toll() -> None:
    """'Nine guards were also killed' counts some of the dead beside others: set against another
    outlet's 15 for the whole strike it is no dispute, and 15 stands."""
    st = story(
        _quoted("1", "Outlet A", "Jets struck a clinic in the town, killing 15 medical workers.", 15, None),
        _quoted(
            "2",
            "Outlet B",
            "Nine guards who worked at the clinic were also killed, the monitor said.",
            9,
            "the monitor",
            phrase="Nine guards",
        ),
    )
    assert kinds(st) == []
    assert st.fatalities["best"] == 15


def test_link_contradictions_an_addition_told_before_the_figure_leaves_it_the_toll() -> None:
    """ "Four nurses also died, while the monitor said 30 people died in all": 30 is the whole toll."""
    st = story(
        _quoted(
            "1",
            "Outlet A",
            "The strike on the school killed 18 pupils, teachers said.",
            18,
            "teachers",
            phrase="killed 18 pupils",
        ),
        _quoted(
            "2",
            "Outlet B",
            "Four nurses also died, while the monitor said 30 people died in all.",
            30,
            "the monitor",
            phrase="30 people died in all",
        ),
    )
    assert kinds(st) == ["fatalities"]


def test_link_contradictions_a_report_placed_in_two_provinces_counts_an_area() -> None:
    """A report the story took in by one of its places, which puts its event in two provinces each
    as a whole (a merged account of raids on Marib and Shabwa), counts the dead of an area: no side
    of a dispute with the toll of the one town's incident."""
    provinces = [
        Location(name="Marib", admin1="Marib", country="YE", precision="admin1", lat=15.5, lon=45.3),
        Location(name="Shabwa", admin1="Shabwa", country="YE", precision="admin1", lat=14.5, lon=46.8),
    ]
    wide = event(killed=45).model_copy(update={"locations": provinces})
    st = story(report("1", "Outlet A", event(killed=24)), report("2", "Outlet B", wide))
    assert kinds(st) == []
    # one province's toll against the town's is still a dispute
    one = event(killed=45).model_copy(update={"locations": provinces[:1]})
    assert kinds(story(report("1", "Outlet A", event(killed=24)), report("2", "Outlet B", one))) == [
        "fatalities"
    ]


def _two_sentences(rid: str, outlet: str, text: str, claims: list[Claim], killed: int) -> Report:
    """A report whose claims are read from ``text`` (its evidence the whole text)."""
    ev = event(killed=killed, claims=claims).model_copy(
        update={"evidence": [Evidence(start=0, end=len(text))]}
    )
    rep, _ = Report.read(rid, "art-" + rid, outlet, D, ev, text)
    return rep


def test_link_contradictions_a_count_named_elsewhere_as_fighters_is_not_the_civilian_toll() -> None:
    """One offensive: Outlet A counts the civilians its shelling killed (40); Outlet B's lead gives its
    own side's enemy "the loss of at least 55" and a later sentence says the troops "killed at least 55
    insurgents". The 55 are the attackers, not the victims: no toll dispute with the 40."""
    civ = _quoted(
        "1",
        "Outlet A",
        "Two days of shelling have killed 40 civilians, a monitor said.",
        40,
        "a monitor",
        phrase="killed 40 civilians",
    )
    text = (
        "The assault on the barracks ended in the loss of at least 55 of the attackers. "
        "An army officer said the troops killed at least 55 insurgents on Sunday."
    )
    fighters = _two_sentences(
        "2",
        "Outlet B",
        text,
        [
            Claim(what="killed", value=55, source="an army officer", text="the loss of at least 55"),
            Claim(what="killed", value=55, source="an army officer", text="killed at least 55 insurgents"),
        ],
        55,
    )
    assert "fatalities" not in kinds(story(civ, fighters))
    # the same count told without a kind anywhere is still compared with the civilians' toll
    plain = _two_sentences(
        "3",
        "Outlet B",
        "The assault ended in the loss of at least 55 lives, an army officer said.",
        [Claim(what="killed", value=55, source="an army officer", text="the loss of at least 55")],
        55,
    )
    assert "fatalities" in kinds(story(civ, plain))
