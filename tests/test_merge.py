"""One event, one record: how mentions of one event merge and others stay apart (extract.merge,
extract.captions), end to end on short articles written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from article_helpers import incidents
from wardesk.extract.draft import Draft
from wardesk.extract.merge import can_merge, fold_restatements
from wardesk.record import Article, Claim, DateSpan, Location

PUB = "2016-05-11"  # a Wednesday


def _incidents(pipeline, text, title=None):
    return incidents(pipeline, text, PUB, title)


@pytest.mark.parametrize(
    "text",
    [
        # the province first, the village a sentence later
        "Gunmen killed 12 villagers in Nigeria's Zamfara state on Sunday, police said.\n\n"
        "The attackers stormed the village of Maradun at dawn and shot the victims, a police spokesman said.",
        # the town first, the province later
        "Gunmen stormed the village of Maradun on Sunday and killed 12 villagers, police said.\n\n"
        "The killings in Zamfara state were the deadliest this month, a police spokesman said.",
    ],
)
def test_merge_coarse_mention_folds_into_the_town(pipeline, text):
    evs = _incidents(pipeline, text)
    assert len(evs) == 1, [(e.event_type, [loc.name for loc in e.locations]) for e in evs]
    assert evs[0].locations[0].name == "Maradun"
    assert evs[0].fatalities.best == 12


def test_merge_country_mention_folds_into_the_province(pipeline):
    """Under a country, a province is fine enough: the lead's strike "in Yemen" is the strike in
    northern Saada told further down."""
    text = (
        "A coalition air strike in Yemen on Wednesday was deadly, the alliance announced. The coalition "
        "called it a legitimate military action. The Red Cross said it was alarmed. The United Nations "
        "called for an inquiry. Rebel television showed burned vehicles. An air strike on a market in "
        "northern Saada on Wednesday killed 29 people, the Red Cross said."
    )
    evs = _incidents(pipeline, text)
    assert [(loc.name, loc.precision) for e in evs for loc in e.locations] == [("Saada", "admin1")]


def test_merge_a_village_unknown_to_the_gazetteer_keeps_its_event_beside_the_province(pipeline):
    """A village the gazetteer lacks is placed by its country, but it is no country-level mention:
    the province's event does not swallow it."""
    text = (
        "Warplanes carried out six strikes on the village of Kafr Zaytoonat on Wednesday, a monitor "
        "said. Air strikes on Idlib province hit a school on Wednesday, killing 26 civilians, the "
        "monitor said."
    )
    names = [loc.name for e in _incidents(pipeline, text) for loc in e.locations]
    assert "Kafr Zaytoonat" in names, names


def test_merge_coarse_mention_with_another_toll_stays_apart(pipeline):
    text = (
        "Gunmen stormed the village of Maradun on Sunday and killed 12 villagers, police said.\n\n"
        "On Sunday gunmen killed three farmers in Zamfara state, police said."
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == 2


def test_merge_the_last_attack_before_it_is_a_new_event(pipeline):
    """ "The last attack on the shrine, on March 3": the one before this one, which keeps its own toll
    and takes neither that day nor that toll."""
    text = (
        "A suicide bomber killed 14 people at the shrine in the town of Zabid, the ministry said. "
        "The last attack on the shrine in Zabid, on March 3, killed five worshippers."
    )
    evs = pipeline.run(Article(id="t", text=text, published=PUB)).events
    assert sorted(e.fatalities.best for e in evs) == [5, 14]
    assert next(e for e in evs if e.fatalities.best == 14).date.text != "on March 3"


def test_merge_another_attack_is_a_new_event(pipeline):
    text = (
        "Gunmen stormed the village of Maradun on Sunday and killed 12 villagers, police said.\n\n"
        "In another attack, gunmen killed farmers near the village, a spokesman said."
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Smoke rises over Aleppo after an air strike on July 21 2015. (AFP Photo) Rebel shelling "
        "killed five people in the town of Azaz on Tuesday, activists said.",
        "Pictured: a man walks past a house destroyed by an air strike in Aleppo.\n\n"
        "Rebel shelling killed five people in the town of Azaz on Tuesday, activists said.",
        # a wire picture's caption: a scene, a full date and the agency's credit in brackets
        "Rescuers search the rubble after an air strike on a clinic in Aleppo, Syria, March 3 2015. "
        "(Reuters) Rebel shelling killed five people in the town of Azaz on Tuesday, activists said.",
        "A boy walks past a bakery hit by an air strike in the town of Saraqeb, Syria 3 March 2015 "
        "(Newsroom and Agencies) Rebel shelling killed five people in the town of Azaz on Tuesday, "
        "activists said.",
    ],
)
def test_captions_a_photo_caption_makes_no_event(pipeline, text):
    evs = pipeline.run(Article(id="t", text=text, published=PUB)).events
    assert [e.event_type for e in evs] == ["missile_artillery"]


def test_captions_a_dateline_with_a_credit_is_no_caption(pipeline):
    """A date and an agency opening the text, then a dash, is the dateline of the report itself."""
    text = "May 10 2016 (Reuters) - An air strike killed seven people in the town of Saraqeb on Tuesday."
    evs = pipeline.run(Article(id="t", text=text, published=PUB)).events
    assert [(e.event_type, e.fatalities.best) for e in evs] == [("air_strike", 7)]


def test_merge_a_weak_mention_places_the_event_before_it(pipeline):
    text = (
        "Jets struck rebel positions in Syria on Monday, the army said. "
        "Strongholds of the group in the town of Harem were hit."
    )
    evs = pipeline.run(Article(id="t", text=text, published=PUB)).events
    assert len(evs) == 1
    assert evs[0].locations[0].name == "Harem"  # as the report spells it


def test_merge_a_weak_mention_alone_makes_no_event(pipeline):
    evs = pipeline.run(
        Article(id="t", text="Strongholds in the town of Harem were hit.", published=PUB)
    ).events
    assert evs == []


@pytest.mark.parametrize(
    "text",
    [
        # the earlier attack, told in passing, neither places nor dates the bombing
        "Government jets bombed the town of Kafr Nabl on Tuesday, a week after rebels attacked "
        "an army checkpoint in Hama.",
        "Government jets bombed the town of Kafr Nabl on Tuesday, days after rebels killed ten "
        "soldiers in an attack in Hama on Saturday.",
    ],
)
def test_frames_an_event_told_in_passing_is_not_the_sentence_s(pipeline, text):
    evs = _incidents(pipeline, text)
    assert [(e.event_type, [loc.name for loc in e.locations]) for e in evs[:1]] == [
        ("air_strike", ["Kafr Nabl"])
    ]
    assert evs[0].date.start.isoformat() == "2016-05-10"
    assert evs[0].fatalities.best is None
    # told with its own place, day and toll, the earlier attack is an incident of its own (round 24)
    assert all(
        [loc.name for loc in e.locations] == ["Hama"] and e.date.start.isoformat() == "2016-05-07"
        for e in evs[1:]
    )


def test_frames_the_attack_a_toll_follows_is_the_same_event(pipeline):
    text = "Five soldiers were killed on Sunday after their convoy was attacked near the town of Kafr Nabl."
    evs = _incidents(pipeline, text)
    assert len(evs) == 1 and evs[0].fatalities.best == 5
    assert evs[0].locations[0].name == "Kafr Nabl"


@pytest.mark.parametrize(
    "text",
    [
        "At least 11 villagers were killed near the border on Friday, only hours after a chemical "
        "attack on the town of Zabid killed dozens.",
        "At least 11 villagers were killed near the border on Friday, two days after a chemical "
        "attack on the town of Zabid killed dozens.",
    ],
)
def test_frames_a_toll_measured_apart_from_an_attack_told_in_passing_is_not_that_attack_s(pipeline, text):
    """The town named in the clause of the earlier attack is that attack's, and the sentence's own
    toll (of no kind and no place of its own) does not join it."""
    evs = _incidents(pipeline, text)
    toll = next(e for e in evs if e.fatalities.best == 11)
    assert "Zabid" not in [loc.name for loc in toll.locations]
    passing = [e for e in evs if e is not toll]
    assert [(e.event_type, [loc.name for loc in e.locations]) for e in passing] == [
        ("chemical_weapon", ["Zabid"])
    ]


def test_frames_an_event_told_in_passing_and_told_again_is_its_own_incident(pipeline):
    text = (
        "Gunmen attacked a police station in the Nigerian town of Bama on Monday, two days after an "
        "attack in Gwoza. "
        "The blast on Saturday killed seven people."
    )
    evs = _incidents(pipeline, text)
    by_place = {e.locations[0].name: e for e in evs}
    assert "Gwoza" in by_place and by_place["Gwoza"].fatalities.best == 7
    assert by_place["Gwoza"].event_type == "remote_explosive"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle that says who someone is, not what happened
        (
            "A French-led task force operating in the Sahel said on Friday it had moved its headquarters to Niamey.",
            [],
        ),
        ("The force includes over 3,000 soldiers hunting insurgents in the Lake Chad basin.", []),
        ("Niger is battling a decade-old jihadist insurgency in its west.", []),
        # who condemns an attack tells no new one
        ("The president condemned the attack in a statement on Monday.", []),
    ],
)
def test_frames_words_that_describe_or_restate_make_no_event(pipeline, text, expected):
    assert [e.event_type for e in _incidents(pipeline, text)] == expected


def test_frames_capturing_vehicles_changes_no_territory(pipeline):
    text = (
        "Rebels captured armoured vehicles and trucks during fierce clashes near the town of Kidal on Friday."
    )
    evs = _incidents(pipeline, text)
    assert [e.event_type for e in evs] == ["armed_clash"]


@pytest.mark.parametrize(
    ("second", "elsewhere"),
    [
        ("Four others were wounded and taken to the general hospital in Gusau, police said.", "Gusau"),
        # nor the province a description of that town names, even past the end of a quote
        (
            '"Four others were wounded and taken to the clinic in Kalgo," the main town of Bunza '
            "district, a resident said.",
            "Bunza",
        ),
        ("The wounded were rushed to a clinic in Kalgo, the largest town in Bunza district.", "Bunza"),
    ],
)
def test_draft_where_the_wounded_were_taken_is_not_where_it_happened(pipeline, second, elsewhere):
    text = f"Gunmen killed nine farmers in the village of Maradun on Sunday. {second}"
    places = {loc.name for e in _incidents(pipeline, text) for loc in e.locations}
    assert elsewhere not in places and "Maradun" in places, places


def test_merge_the_attack_restates_the_event_told_before(pipeline):
    text = (
        "Gunmen attacked the village of Maradun on Sunday, killing nine farmers, police said. "
        "Residents fled to nearby towns. Schools were closed and the market stayed shut. "
        "The governor visited the village. Aid agencies sent food and tents. "
        "Police said the attack on Sunday was carried out by a gang from the forest."
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == 1 and evs[0].locations[0].name == "Maradun"


@pytest.mark.parametrize(
    "campaign",
    [
        "The fighting has killed over 600 people in the region.",
        "The conflict has killed over 600 people in the region.",
        "The insurgency has killed over 600 people since it began.",
        "Those raids have killed over 600 people in the region.",
    ],
)
def test_merge_a_war_s_running_toll_is_an_aggregate(pipeline, campaign):
    text = "An air strike killed four fighters near the town of Kafr Nabl on Tuesday. " + campaign
    evs = pipeline.run(Article(id="t", text=text, published=PUB)).events
    kinds = {e.fatalities.best: e.kind for e in evs}
    assert kinds.get(4) == "incident" and kinds.get(600) == "aggregate"


@pytest.mark.parametrize(
    "text",
    [
        "Six civilians were killed by suspected militants in the village of Maradun on Sunday.",
        "Soldiers fired on a crowd in the town of Kolda on Sunday, killing 30 people, witnesses said.",
    ],
)
def test_merge_civilians_killed_by_gunmen_with_no_weapon_is_violence_against_civilians(pipeline, text):
    evs = _incidents(pipeline, text)
    assert [e.event_type for e in evs] == ["attack_on_civilians"]


def test_split_a_town_placed_in_its_province_is_one_incident(pipeline):
    text = "Drones hit a market in the town of Bama in northern Borno on Monday, killing 27 civilians."
    evs = _incidents(pipeline, text)
    assert len(evs) == 1 and evs[0].fatalities.best == 27


@pytest.mark.parametrize(
    "title,text",
    [
        (
            None,
            "Gunmen opened fire on soldiers at a checkpoint near the town of Kidal on Monday, killing two.",
        ),
        (
            None,
            "A rebel was killed and six gunmen were wounded in the fighting near the town of Kidal on Monday.",
        ),
        (
            "2 soldiers slain in clashes with rebels",
            "Two soldiers were killed in clashes with rebels near the town of Kidal on Sunday.",
        ),
    ],
)
def test_frames_fighting_between_armed_men_is_a_battle(pipeline, title, text):
    evs = pipeline.run(Article(id="t", title=title, text=text, published=PUB)).events
    assert [e.event_type for e in evs] == ["armed_clash"]


def test_merge_meanwhile_a_strike_elsewhere_is_not_the_headline_s(pipeline):
    text = (
        "The death toll from air strikes on Monday in Hama province rose to 31 civilians. "
        "Jets struck a market in the town of Kafr Zita in northern Hama, killing 22 civilians. "
        "Government helicopters, meanwhile, bombed a bakery in Latamna in rural Hama, activists said."
    )
    evs = _incidents(pipeline, text, title="Air strikes kill 31 in Hama")
    places = [{loc.name for loc in e.locations} for e in evs]
    assert any("Latamneh" in p and "Kafr Zita" not in p for p in places), (
        places
    )  # a loose match: the gazetteer name
    assert any("Kafr Zita" in p for p in places), places


@pytest.mark.parametrize(
    "text,tolls",
    [
        # villages the gazetteer knows, each with its toll
        (
            "Gunmen attacked the villages of Maradun and Bakura in Zamfara state on Sunday, killing seven "
            "people in Maradun and four in Bakura, police said.",
            {"Maradun": 7, "Bakura": 4},
        ),
        # villages only the text names: a toll each makes them separate incidents all the same
        (
            "Gunmen attacked the villages of Dogon Daji and Ungwan Rimi in Zamfara state on Sunday, killing "
            "seven people in Dogon Daji and two in Ungwan Rimi, police said.",
            {"Dogon Daji": 7, "Ungwan Rimi": 2},
        ),
    ],
)
def test_split_a_raid_on_villages_with_a_toll_each_is_an_incident_each(pipeline, text, tolls):
    evs = _incidents(pipeline, text)
    got = {e.locations[0].name: e.fatalities.best for e in evs}
    assert {k: got.get(k) for k in tolls} == tolls, got


@pytest.mark.parametrize(
    "text",
    [
        "Police said nine bodies were found on Monday between the villages of Maradun and Bakura.",
        "Herders said the gunmen were seen on Sunday heading towards the villages of Maradun and Bakura, "
        "where they killed five people.",
        "Five people were shot dead on Sunday towards the villages of Dogon Daji and Ungwan Rimi.",
    ],
)
def test_split_one_spot_between_listed_villages_is_one_incident(pipeline, text):
    """'between the villages of X and Y': one spot told by both names, not an incident at each."""
    evs = _incidents(pipeline, text)
    assert len(evs) == 1, [[loc.name for loc in e.locations] for e in evs]


def test_merge_the_lead_s_other_event_by_other_hands_stays_apart(pipeline):
    text = (
        "Mortar shells fired by RSF fighters killed 11 civilians in El Fasher on Monday, residents said.\n\n"
        "The Sudanese army also carried out air strikes on RSF positions in the city, residents said."
    )
    evs = _incidents(pipeline, text, title="RSF shelling kills 11 civilians in El Fasher")
    assert sorted(e.event_type for e in evs) == ["air_strike", "missile_artillery"]
    shells = next(e for e in evs if e.event_type == "missile_artillery")
    assert [a.name for a in shells.initiators] == ["RSF"]


def test_merge_months_of_strikes_is_an_aggregate(pipeline):
    evs = pipeline.run(
        Article(id="t", text="Months of air strikes have left much of Taiz in ruins.", published=PUB)
    ).events
    assert [e.kind for e in evs] == ["aggregate"]


def test_merge_one_toll_in_a_town_and_its_neighbourhood_is_one_event(pipeline):
    text = (
        "Mortar shells fired by RSF fighters killed 11 civilians in Kassala on Monday, residents said. "
        "Hospitals were overwhelmed. Most shops closed. Many families fled. The city has no power. "
        "Two shells hit the Hay al-Wehda neighbourhood, killing 11 people, a doctor said."
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == 1 and evs[0].fatalities.best == 11


def test_split_provinces_listed_as_provinces_are_not_towns(pipeline):
    text = (
        "Government forces seized areas on Sunday where the governorates of Rif Dimashq, Daraa and "
        "Quneitra meet, activists said."
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == 1


def test_frames_what_an_operation_is_for_has_not_happened(pipeline):
    text = "The army announced an operation to retake the town of Kutum on Monday."
    assert _incidents(pipeline, text) == []


def test_rank_after_the_headline_an_incident_comes_before_a_summary(pipeline):
    text = (
        "Rebels were driven out of the town of Kutum on Tuesday after weeks of fighting, the army said. "
        "Twenty fighters were killed in clashes near Kutum on Tuesday, a commander said."
    )
    evs = pipeline.run(Article(id="t", text=text, published=PUB)).events
    assert evs[0].kind == "incident"


def test_frames_fought_back_with_words_is_no_battle(pipeline):
    text = "The ministry fought back on Friday with a briefing in Ankara, showing satellite photographs."
    assert _incidents(pipeline, text) == []


def test_frames_rejecting_claims_of_a_massacre_leaves_the_massacre(pipeline):
    text = (
        "The army on Friday dismissed reports that its soldiers had committed a massacre that killed some "
        "60 herders in the village of Maradun in Nigeria."
    )
    evs = _incidents(pipeline, text)
    assert [e.event_type for e in evs] == ["attack_on_civilians"]


def test_article_others_killed_after_civilians_are_civilians(pipeline):
    text = (
        "Government jets killed 12 civilians in the Sudanese town of Kutum on Monday, witnesses said. "
        "Four others were killed in a second raid on the nearby village of Kabkabiya."
    )
    evs = _incidents(pipeline, text)
    village = next(e for e in evs if e.fatalities.best == 4)
    assert any(t.type == "civilians" for t in village.targets)


def _told(sent_i: int, event_type: str | None, killed: int, injured: int, place: str | None = None):
    """A draft of sentence ``sent_i`` with a toll of dead and wounded (and a town, if given)."""
    d = Draft(event_type=event_type, sent_i=sent_i, strength=1.0)
    d.claims = [(Claim(what="killed", value=killed), None), (Claim(what="injured", value=injured), None)]
    if place:
        d.locations = [Location(name=place, admin1="Sulu", country="PH")]
        d.own_place = True
    return d


@pytest.mark.parametrize(
    ("figures", "merges"),
    [
        ((2, 8), True),  # the dead and the wounded told again, far below: the same clash
        ((2, 5), False),  # another count of wounded: maybe another clash
    ],
)
def test_merge_an_untyped_sentence_repeating_dead_and_wounded_is_the_event(figures, merges):
    clash = _told(1, "armed_clash", 2, 8, place="Patikul")
    again = _told(7, None, *figures)
    assert can_merge(clash, again) is merges


@pytest.mark.parametrize(
    ("toll2", "events"),
    [
        (23, 1),  # the lead's toll told again with its day, far below: one event
        (4, 2),  # another toll at the same town far below: another event
    ],
)
def test_merge_the_same_toll_at_the_same_town_far_below_is_one_event(pipeline, toll2, events):
    text = (
        "The killing spree in Bakassi has left at least 23 people dead, the regional governor said.\n\n"
        "The government blamed separatist fighters and promised an inquiry.\n\n"
        "Separatist leaders called the accusation a lie.\n\n"
        "Aid groups asked both sides to let medics reach the wounded.\n\n"
        "Diplomats in the capital voiced alarm at the fighting.\n\n"
        "The United Nations called for calm and restraint.\n\n"
        "Schools across the region stayed shut for a second week.\n\n"
        "Farmers said they feared to go back to their fields.\n\n"
        f"At least {toll2} people were killed in the town of Bakassi on Monday night."
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == events, [(e.event_type, e.date, e.fatalities.best) for e in evs]


@pytest.mark.parametrize(
    ("heading", "events"),
    [
        ("Let us remind you", 2),  # a reminder of yesterday's strike: another event
        ("As a reminder", 2),
        ("Local reporters added", 1),  # no reminder: the lead's strike told with its day
    ],
)
def test_merge_an_event_under_a_reminder_is_earlier_news(pipeline, heading, events):
    text = (
        "Drones struck the port of Izmail again, the regional governor said. "
        "Fires broke out near the grain silos.\n\n"
        f"{heading}\n\n"
        "Yesterday, May 10, a drone strike on the port of Izmail killed four dock workers."
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == events, [(e.event_type, e.date, e.fatalities.best) for e in evs]


@pytest.mark.parametrize(
    ("war_span", "merges"),
    [
        (
            (dt.date(2015, 1, 1), dt.date(2016, 5, 11), "month"),
            False,
        ),  # the war's years: a tally, not the raid
        ((None, None, "unknown"), True),  # an undated mention may still be the raid
    ],
)
def test_merge_a_day_incident_and_a_period_tally_stay_apart(war_span, merges):
    """A raid dated to a day and the years-long war told around it are two records: the raid must
    not take the war's type (nor the war the raid's toll)."""
    raid = Draft(event_type=None, sent_i=0, strength=1.0)
    raid.date = DateSpan(start=dt.date(2016, 5, 8), end=dt.date(2016, 5, 8), precision="day")
    war = Draft(event_type="armed_clash", sent_i=2, strength=1.0, kind="aggregate")
    war.date = DateSpan(start=war_span[0], end=war_span[1], precision=war_span[2])
    assert can_merge(raid, war) is merges


def test_merge_killers_calling_the_dead_militiamen_still_an_attack_on_civilians(pipeline):
    """Gunmen who say they targeted militiamen, while the text counts the dead as people and calls
    them civilians, with no battle told: violence against civilians, whatever the killers claim."""
    text = (
        "Jihadists of the JNIM group claimed an attack on the town of Djibo on Sunday that left more than"
        " 80 people dead, saying they had targeted militiamen, not civilians.\n\n"
        "Relatives said the dead were farmers."
    )
    evs = _incidents(pipeline, text)
    assert [e.event_type for e in evs] == ["attack_on_civilians"]


@pytest.mark.parametrize(("filled", "records"), [(True, 1), (False, 2)])
def test_merge_a_guessed_type_keeps_no_undated_toll_apart(filled, records):
    """An untyped toll with no place or day of its own ("two people were killed, the embassy said"),
    given a type only by guesswork, restates the strike told before it; a type its own words gave
    (a shooting told as such) keeps it apart."""
    strike = _told(0, "missile_artillery", 3, 0, place="Patikul")
    strike.date = DateSpan(start=dt.date(2016, 5, 10), end=dt.date(2016, 5, 10), precision="day")
    toll = _told(4, "attack_on_civilians", 2, 0)
    toll.filled_type = filled
    assert len(fold_restatements([strike, toll])) == records


# (report, the places its one incident should carry, in order)
PROVINCE_THEN_SITE = [
    # a witness names the village after the province: the event takes it, under the text's spelling
    (
        "An air strike killed five herders in the remote Mopti region on Thursday, local officials said. "
        "The army said the strike hit a militant camp. "
        "A teacher in the village of Kelbaye, a short walk away, told us the dead were civilians.",
        ["Kelbaye", "Mopti"],
    ),
    # ... or says how far the spot lies from a village, in a sentence that tells no event
    (
        "Gunmen ambushed a supply convoy in Borno state on Tuesday, killing eleven soldiers, the army said. "
        "The soldiers were escorting fuel trucks. "
        "The road there runs about 25 kilometres south of the village of Kwatandiri, an officer said.",
        ["Kwatandiri", "Borno"],
    ),
    # two villages named after it: neither says where this one event happened
    (
        "An air strike killed five herders in the remote Mopti region on Thursday, local officials said. "
        "Elders of the village of Kelbaye and the chief of the village of Sorondo said the dead were civilians.",
        ["Mopti"],
    ),
    # a village named before the event is no part of it
    (
        "Soldiers patrolled the village of Kelbaye last month, residents said. "
        "An air strike killed five herders in the remote Mopti region on Thursday, local officials said.",
        ["Mopti"],
    ),
]


@pytest.mark.parametrize(("text", "places"), PROVINCE_THEN_SITE)
def test_merge_a_province_event_takes_the_one_village_named_after_it(pipeline, text, places):
    evs = [e for e in _incidents(pipeline, text) if not e.background]
    assert len(evs) == 1, [(e.event_type, [loc.name for loc in e.locations]) for e in evs]
    assert [loc.name for loc in evs[0].locations] == places
    if len(places) > 1:
        assert evs[0].locations[0].precision == "near" and evs[0].locations[0].admin1 == places[-1]
