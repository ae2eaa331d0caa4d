"""The extract stage end to end on short articles written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.record import FAMILY, Article

PUB = "2016-05-11"  # a Wednesday


def _events(pipeline, text, title=None, published=PUB):
    return pipeline.run(Article(id="t", title=title, text=text, published=published)).events


def test_extract_two_towns_are_two_incidents(pipeline):
    text = (
        "Syrian government warplanes struck the town of Maarat al-Numan in Idlib province on Tuesday, "
        "killing 14 civilians, the Syrian Observatory for Human Rights said.\n\n"
        "In a separate attack on Monday, rebel shelling killed three people in the city of Aleppo, state media reported."
    )
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    by_type = {e.event_type: e for e in evs}
    assert {"air_strike", "missile_artillery"} <= set(by_type)
    air = by_type["air_strike"]
    assert air.date.start == dt.date(2016, 5, 10) and air.date.precision == "day"
    assert air.locations[0].admin1 == "Idlib"
    assert air.initiators[0].name == "Syria"
    assert air.fatalities.best == 14
    assert any(s.name == "Syrian Observatory for Human Rights" for s in air.sources)
    shell = by_type["missile_artillery"]
    assert shell.date.start == dt.date(2016, 5, 9)
    assert shell.locations[0].admin1 == "Aleppo"


def test_extract_tally_is_an_aggregate(pipeline):
    text = (
        "Russian warplanes flew 410 sorties and hit 1,200 targets in Syria in the past week, "
        "the Russian Defence Ministry said on Wednesday."
    )
    evs = _events(pipeline, text)
    assert evs[0].kind == "aggregate"
    assert evs[0].event_type == "air_strike"
    whats = {(c.what, c.value) for c in evs[0].claims}
    assert ("sorties", 410) in whats and ("targets_hit", 1200) in whats
    assert all(c.source == "Russian Ministry of Defence" for c in evs[0].claims)


def test_extract_old_event_is_background(pipeline):
    text = (
        "A car bomb exploded in the Iraqi town of Tuz Khurmatu on Tuesday, killing six people, police said. "
        "The town was captured by Kurdish forces in 2014."
    )
    evs = _events(pipeline, text)
    assert evs[0].event_type == "remote_explosive" and not evs[0].background
    assert any(e.background for e in evs[1:])


def test_extract_launch_site_is_not_the_place(pipeline):
    text = (
        "Russian warships fired cruise missiles from the Caspian Sea at targets in Raqqa province on Friday, "
        "the ministry said."
    )
    ev = _events(pipeline, text)[0]
    names = [loc.name for loc in ev.locations]
    assert "Caspian Sea" not in names
    assert ev.locations[0].admin1 == "Raqqa"


def test_extract_restating_sentence_folds_into_the_event(pipeline):
    text = (
        "A suicide bomber blew himself up at a checkpoint in Aden on Sunday, killing 12 soldiers, officials said.\n\n"
        "The attack also wounded 20 people, medics said. Al-Qaeda in the Arabian Peninsula claimed the bombing."
    )
    evs = [e for e in _events(pipeline, text) if e.kind == "incident" and not e.background]
    assert len(evs) == 1
    ev = evs[0]
    assert ev.event_type == "suicide_bomb" and ev.fatalities.best == 12 and ev.injuries.best == 20
    assert {"killed", "injured"} <= {c.what for c in ev.claims}
    assert len(ev.evidence) >= 2


def test_extract_no_date_expression_gives_unknown(pipeline):
    text = "Clashes between the army and rebels near Daraa killed five fighters, activists said."
    ev = _events(pipeline, text, published=None)[0]
    assert FAMILY[ev.event_type] == "battles"
    assert ev.date.precision == "unknown" and ev.date.start is None


def test_extract_evidence_offsets_point_into_the_text(pipeline):
    text = "Intro line.\n\nA roadside bomb killed two soldiers near Kirkuk on Monday, police said."
    ev = _events(pipeline, text)[0]
    span = ev.evidence[0]
    assert "roadside bomb" in text[span.start : span.end]


def test_extract_unlisted_attacker_is_named_from_the_text(pipeline):
    text = "Omar Saleh detonated a bomb at a bus station in Homs on Monday, killing four people, police said."
    ev = _events(pipeline, text)[0]
    assert FAMILY[ev.event_type] == "explosions_remote_violence"
    assert any(a.name == "Omar Saleh" and a.type == "unknown" for a in ev.initiators)


def test_extract_country_only_lead_takes_the_town_named_next(pipeline):
    text = (
        "Air strikes killed 23 civilians in a town in northern Syria on Tuesday, a monitor said. "
        "The raids hit a market in the town of al-Bab, the monitor added."
    )
    evs = _events(pipeline, text, title="Air strikes kill 23 civilians in Syria")
    main = evs[0]
    assert main.locations[0].precision != "country"
    assert main.locations[0].admin1 == "Aleppo" and main.locations[0].country == "SY"


def test_extract_country_only_event_keeps_its_country_when_no_town_is_named(pipeline):
    text = "Air strikes killed 23 civilians in Syria on Tuesday, a monitor said."
    evs = _events(pipeline, text)
    assert [(loc.name, loc.precision) for loc in evs[0].locations] == [("Syria", "country")]


def test_extract_who_holds_the_place_is_not_the_attacker(pipeline):
    text = (
        "US-led air strikes on Friday hit the Iraqi town of Tal Afar, controlled by the "
        "Islamic State group, killing 17 civilians, an Iraqi official said."
    )
    main = _events(pipeline, text)[0]
    names = {a.name for a in main.initiators}
    assert "Islamic State" not in names and "US-led coalition" in names
    assert main.locations[0].admin1 == "Nineveh"


def test_extract_no_place_and_no_clear_country_gives_no_location(pipeline):
    text = "An air strike killed five people on Monday, Turkish, Iraqi and Iranian officials said."
    evs = _events(pipeline, text)
    assert evs and evs[0].locations == []


def test_extract_no_place_but_a_clear_country_gives_the_country(pipeline):
    text = "An air strike killed five people on Monday, Yemeni officials said. Yemen's war goes on."
    loc = _events(pipeline, text)[0].locations
    assert [(x.name, x.country, x.precision) for x in loc] == [("Yemen", "YE", "country")]


def test_extract_strikes_listed_on_separate_towns_are_separate_incidents(pipeline):
    text = (
        "Coalition jets carried out six air strikes on Islamic State targets in Iraq on Tuesday, "
        "three near Mosul, two in Sinjar and one in Hawija, the coalition said."
    )
    evs = [e for e in _events(pipeline, text) if e.kind == "incident" and e.event_type == "air_strike"]
    names = sorted(e.locations[0].name for e in evs)
    assert names == ["Hawija", "Mosul", "Sinjar"]
    assert all(len(e.locations) == 1 for e in evs)


def test_extract_neighbourhoods_of_one_city_stay_one_incident(pipeline):
    text = (
        "Government shelling hit the Bustan al-Qasr and Salaheddine neighbourhoods of Aleppo on Tuesday, "
        "killing 12 people, the Syrian Observatory for Human Rights said."
    )
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert len(evs) == 1
    assert evs[0].fatalities.best == 12
    assert {loc.name for loc in evs[0].locations} >= {"Bustan al-Qasr", "Salaheddine"}


def test_extract_a_town_near_a_city_is_not_split(pipeline):
    text = "Government air strikes on the town of Douma, near Damascus, killed 20 people on Tuesday, activists said."
    evs = [e for e in _events(pipeline, text) if e.kind == "incident" and e.event_type == "air_strike"]
    assert len(evs) == 1 and evs[0].fatalities.best == 20


@pytest.mark.parametrize(
    "text,initiator",
    [
        (
            "A car bomb tore through a bus station in Kirkuk on Monday, killing 12 people. "
            "Islamic State later claimed responsibility for the blast through its Amaq agency.",
            "Islamic State",
        ),
        (
            "A bomb killed nine people at a cafe in Madrid on Friday. ETA claimed the attack in a statement.",
            "ETA",
        ),
        (
            "Al-Shabaab claimed responsibility for a suicide bombing that killed 15 people in Mogadishu on Saturday.",
            "al-Shabaab",
        ),
        (
            "Gunmen killed five soldiers near Kandahar on Sunday. "
            "The attack was blamed on the Taliban, who denied responsibility.",
            "Taliban",
        ),
    ],
)
def test_extract_who_claims_or_is_blamed_for_an_attack_is_its_initiator(pipeline, text, initiator):
    (event, *_) = _events(pipeline, text)
    assert initiator in [a.name for a in event.initiators]
    assert initiator not in [a.name for a in event.targets]


def test_extract_who_blames_or_denies_is_not_the_attacker(pipeline):
    events = _events(
        pipeline,
        "A roadside bomb killed three policemen in Peshawar on Tuesday. "
        "Pakistan blamed India for the bombing, and India denied responsibility for the attack.",
    )
    assert "Pakistan" not in [a.name for e in events for a in e.initiators]


def test_extract_a_claim_in_a_sentence_of_its_own_goes_to_the_attack_before_it(pipeline):
    (event, *_) = _events(
        pipeline,
        "A roadside bomb killed three policemen in Peshawar on Tuesday. "
        "No group has claimed responsibility, but officials held the Pakistani Taliban responsible.",
    )
    assert [a.name for a in event.initiators] == ["Tehrik-i-Taliban Pakistan"]


def test_extract_a_name_the_attack_is_called_by_is_not_its_attacker(pipeline):
    text = "The Manchester Arena bombing killed 22 people on Monday night."
    (event, *_) = _events(pipeline, text)
    assert FAMILY[event.event_type] == "explosions_remote_violence"
    assert not any("Arena" in a.name for a in event.initiators)


def test_extract_a_later_mention_with_no_day_or_place_of_its_own_restates_the_event(pipeline):
    """Its day is carried over from the report before it; that makes it no new event."""
    text = (
        "A suicide bomber killed 40 soldiers at an army base in Aden on Sunday, officials said.\n\n"
        "Dozens of recruits had gathered at the gate to collect their salaries.\n\n"
        "The city has been the seat of the government since 2015.\n\n"
        "Security in the port city remains fragile, residents say.\n\n"
        "The attack was the second at the same base in a week, the officials said."
    )
    incidents = [e for e in _events(pipeline, text, published="2016-12-18") if e.kind == "incident"]
    assert len(incidents) == 1
    assert incidents[0].fatalities.best == 40


def test_extract_who_notes_or_adds_is_a_speaker_not_the_attacker(pipeline):
    text = (
        "Russian Defence Ministry spokesman Lieutenant General Igor Konashenkov added that Russian bombers "
        "had hit an ammunition store near Palmyra on Tuesday."
    )
    (event, *_) = _events(pipeline, text)
    assert [a.name for a in event.initiators] == ["Russia"]


def test_extract_one_toll_at_one_place_told_two_ways_is_one_event(pipeline):
    """A headline calls it a massacre, the lead calls it shelling: same toll, same town, one event."""
    events = _events(
        pipeline,
        "Russian forces shelled residential areas of Kharkiv on Monday, killing 10 civilians, "
        "the head of the regional administration said.",
        title="Massacre in Kharkiv as 10 civilians are killed",
        published="2022-02-28",
    )
    incidents = [e for e in events if e.kind == "incident"]
    assert len(incidents) == 1
    assert incidents[0].event_type == "missile_artillery"
    assert incidents[0].fatalities.best == 10


def test_extract_events_is_stateless_from_one_article_to_the_next(nlp):
    """The stage's entry point is stateless: an article reads the same after any other article."""
    from wardesk.extract import Lexicons, extract_events

    first = (
        "Islamic State claimed responsibility. Kurdish officials in Erbil said the group's fighters "
        "shelled the town of Makhmour on Sunday, killing two soldiers."
    )
    second = "A roadside bomb killed four policemen in the town of Baqubah on Tuesday, police said."
    lex = Lexicons.default()
    alone = extract_events(nlp(second), dt.date(2016, 5, 11), lexicons=lex)
    extract_events(nlp(first), dt.date(2016, 5, 11), lexicons=lex)
    after = extract_events(nlp(second), dt.date(2016, 5, 11), lexicons=lex)
    assert alone and [e.model_dump() for e in after] == [e.model_dump() for e in alone]


def _claims(events):
    return {(c.what, c.value): c.source for e in events for c in e.claims if c.value is not None}


def test_extract_a_trailing_speaker_covers_the_figures_of_his_paragraph(pipeline):
    text = (
        "Government jets bombed rebel positions near Kassala on Tuesday.\n"
        "The jets destroyed 14 depots and 37 pickup trucks. The raids cost the rebels $2 million "
        "in weekly fuel sales, General Omar Haddad said."
    )
    claims = _claims(_events(pipeline, text))
    assert claims[("facilities_destroyed", 14)] == "Omar Haddad"
    assert claims[("vehicles_destroyed", 37)] == "Omar Haddad"
    assert claims[("money", 2_000_000)] == "Omar Haddad"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a speaker named in the middle of a long block (paragraph breaks lost) does not own a
        # figure two sentences before him: that sentence is the article's own voice
        (
            "Militia fighters overran an army post near Kassala on Tuesday, residents said. The post "
            "guards the road to the border crossing, where trucks bring grain and fuel from the coast "
            "each week. Traders say the road has been closed for most of the past month, and prices "
            "in the town markets have doubled since the rains began. Aid groups have asked both "
            "sides to let convoys through, but the checkpoints on the main road stayed shut on Monday "
            "and the warehouses in the river port are running low. Fighting in the region has "
            "killed about 900 people since "
            "March. The clashes went on into the night. Colonel Amin Farouk said the post was retaken "
            "by dawn. The army has sent more troops to the area.",
            ("killed", 900),
            None,
        ),
        # the sentence just before a speaker in mid-paragraph is still his
        (
            "Militia fighters overran an army post near Kassala on Tuesday. The raid killed 11 soldiers. "
            "Another 20 were wounded, Colonel Amin Farouk said. The army has sent more troops to the area.",
            ("injured", 20),
            "Amin Farouk",
        ),
    ],
)
def test_extract_a_speaker_mid_paragraph_covers_only_the_sentence_before(pipeline, text, figure, source):
    claims = _claims(_events(pipeline, text))
    assert claims[figure] == source


def test_extract_a_speaker_does_not_carry_over_a_paragraph_break(pipeline):
    text = (
        "Government jets bombed rebel positions near Kassala on Tuesday, killing 14 fighters, "
        "General Omar Haddad said.\n"
        "More than 300,000 people have been killed since the war began in 2003."
    )
    claims = _claims(_events(pipeline, text))
    assert claims[("killed", 14)] == "Omar Haddad"
    assert claims[("killed", 300_000)] is None


def test_extract_a_headline_figure_takes_the_speaker_of_the_same_figure_in_the_text(pipeline):
    events = _events(
        pipeline,
        "Rescue workers searched the rubble of a market in Mogadishu on Monday. "
        "A car bomb killed 17 people there, police said. A doctor said 40 people were wounded.",
        title="Car bomb kills 17 in Mogadishu",
    )
    sources = {c.source for e in events for c in e.claims if (c.what, c.value) == ("killed", 17)}
    assert sources == {"police"}
