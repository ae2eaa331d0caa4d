"""Claims and their sources: every figure of an event with whoever the article attributes it to,
read end to end from short articles written for these tests."""

from __future__ import annotations

import pytest

from wardesk.record import Article

PUB = "2024-05-15"


def _claims(pipeline, text, title=None):
    events = pipeline.run(Article(id="t", title=title, text=text, published=PUB)).events
    return [(c.what, c.value, c.source) for e in events for c in e.claims if c.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure of no listed kind that counts something of the event
        (
            "About 40 gunmen attacked a police station in Kaduna on Sunday, killing five officers, police said.",
            ("other", 40, "police"),
        ),
        # a toll brought to a figure
        (
            "Gunmen killed six villagers near Djibo on Monday. The attack brought the death toll of the week "
            "to at least 27, local sources said.",
            ("killed", 27, "local sources"),
        ),
        # a briefing's targets: what the strikes aimed at
        (
            "The defence ministry said its aircraft targeted 230 militant positions in Idlib on Tuesday.",
            ("targets_hit", 230, "defence ministry"),
        ),
    ],
)
def test_claims_figures_of_an_event(pipeline, text, expected):
    found = _claims(pipeline, text)
    what, value, source = expected
    assert any(w == what and v == value and (s or "").lower().endswith(source) for w, v, s in found), found


def test_claims_a_vague_word_is_no_figure_beside_the_exact_one(pipeline):
    text = (
        "A suicide bomber killed dozens of soldiers at a base in Aden on Sunday. At least 48 soldiers died "
        "in the blast, medics said."
    )
    found = _claims(pipeline, text)
    assert ("killed", 48, "medics") in found
    assert not any(v == 12 for _, v, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # the speakers are counted, not the event
        "Gunmen attacked a village near Beni on Sunday, killing nine people, two residents told AFP.",
        # a vague word counts nothing exactly
        "Several gunmen attacked a village near Beni on Sunday, killing nine people.",
    ],
)
def test_claims_no_other_figure(pipeline, text):
    assert not any(w == "other" for w, _, _ in _claims(pipeline, text))


def test_claims_a_range_is_two_figures(pipeline):
    text = "Insurgents massacred between 50 and 70 villagers near Mocimboa on Wednesday, the weekly Savana reported."
    found = _claims(pipeline, text)
    assert ("killed", 50, "Savana") in found and ("killed", 70, "Savana") in found


def test_claims_a_war_toll_after_a_speakers_briefing_is_the_articles_own(pipeline):
    # the general is the article's main source, but the closing paragraph names nobody
    text = (
        "Government jets struck rebel depots near Kassala on Tuesday, General Omar Haddad said.\n"
        "Haddad said the jets destroyed 14 depots and a command post used by the rebels to plan raids "
        "on the roads between Kassala and the border.\n"
        '"The strikes will go on until the roads are safe for the farmers and the traders who use them," '
        "Haddad said at a briefing in the capital. He did not say how many fighters had been killed.\n"
        "Since the war began in 2003, more than 300,000 people have been killed."
    )
    found = _claims(pipeline, text)
    assert ("killed", 300_000, None) in found


def test_claims_a_dateline_credit_is_not_the_speaker(pipeline):
    text = (
        "MOPTI (Reuters) - Community leaders in central Mali accused soldiers on Tuesday of killing 11 "
        "herders in an operation near Mopti."
    )
    found = _claims(pipeline, text)
    assert ("killed", 11, "Community leaders") in found


def test_claims_a_part_that_does_not_repeat_its_noun_counts_the_same(pipeline):
    text = (
        "Navy ships fired 64 cruise missiles at rebel depots near Hodeidah this week, including 12 "
        "launched on Friday, the ministry said."
    )
    found = _claims(pipeline, text)
    assert ("munitions", 64, "ministry") in [(w, v, (s or "").split()[-1]) for w, v, s in found]
    assert ("munitions", 12, "ministry") in [(w, v, (s or "").split()[-1]) for w, v, s in found]


@pytest.mark.parametrize(
    ("title", "text", "source"),
    [
        # the headline's figure, given by two speakers in the body, is the report the article opens with
        (
            "Five killed in Kano market bombing",
            "A bomb killed five people at a market in Kano on Monday, police said.\n\n"
            "Five people died and 12 were hurt, hospital director Musa Bello told reporters.",
            "police",
        ),
        (
            "Seven dead as shells hit Kharkiv suburb",
            "Shelling killed seven people in a suburb of Kharkiv on Sunday, the regional governor said.\n\n"
            "Seven civilians were killed, the national police said in a statement.",
            "the regional governor",
        ),
    ],
)
def test_claims_a_headline_figure_two_speakers_give_is_the_leads(pipeline, title, text, source):
    found = _claims(pipeline, text, title=title)
    headline = found[0]
    assert headline[2] == source, found


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the headline's toll, stated again in the text, is one claim: the text's, with its speaker
        (
            "Officials say shelling killed three in Mariupol",
            "Shelling killed three people in a district of Mariupol on Sunday, the city council said.",
            [("killed", 3.0, "the city council")],
        ),
        # a headline toll the text never gives stays
        (
            "Eleven dead as car bomb hits Mogadishu checkpoint",
            "A car bomb exploded at a checkpoint in Mogadishu on Tuesday, police said.",
            [("killed", 11.0, "police")],
        ),
    ],
)
def test_claims_a_restated_headline_figure_is_the_texts_claim(pipeline, title, text, expected):
    found = [c for c in _claims(pipeline, text, title=title) if c[0] == "killed"]
    assert found == expected


def _sourced(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    return events, [(c.what, c.value, c.source) for e in events for c in e.claims if c.value is not None]


def test_claims_an_article_relaying_one_outlets_report_credits_it_throughout(pipeline):
    text = (
        "Insurgents killed 18 villagers in Macomia district on Thursday, the weekly Zambeze reported in its "
        "new issue.\n\nA second raid on the village of Chai on Friday killed seven people.\n\n"
        "The weekly Zambeze says the attackers also abducted 11 women."
    )
    events, found = _sourced(pipeline, text)
    assert ("killed", 7.0, "Zambeze") in found, found
    assert all(e.sources for e in events), [e.sources for e in events]


def test_claims_a_report_cited_once_does_not_speak_for_the_article(pipeline):
    text = (
        "Insurgents killed 18 villagers in Macomia district on Thursday, the weekly Zambeze reported in its "
        "new issue.\n\nA second raid on the village of Chai on Friday killed seven people."
    )
    _, found = _sourced(pipeline, text)
    assert ("killed", 7.0, None) in found, found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a monitor's own bulletin speaks in the monitor's voice
        ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        # a news outlet's own voice is no source
        ("Reuters", None),
        (None, None),
    ],
)
def test_claims_a_publisher_that_is_no_news_outlet_speaks_in_its_own_voice(pipeline, source, expected):
    text = "Regime helicopters dropped barrel bombs on the town of Daraya on Monday, killing 14 civilians."
    events = pipeline.run(Article(id="t", text=text, published=PUB, source=source)).events
    found = [(c.what, c.value, c.source) for e in events for c in e.claims if c.value is not None]
    assert ("killed", 14.0, expected) in found, found


def test_claims_a_headlines_speaker_names_no_one_for_the_texts_figure(pipeline):
    title = "Five killed in Kano market blast, police say"
    text = (
        "A bomb killed five people at a crowded market in Kano on Monday.\n\n"
        "Five people died and 12 were hurt, hospital director Musa Bello told reporters."
    )
    found = _claims(pipeline, text, title=title)
    assert [s for w, v, s in found if (w, v) == ("killed", 5.0)][0] == "Musa Bello", found


_BRIEFING = (
    "Fighting flared again across the north of the country this week, with several towns changing hands "
    "and thousands of families fleeing towards the coast as the rainy season began. Aid groups warned that "
    "roads were cut and that food stocks in the camps would last only days. The United Nations said it had "
    "suspended flights to two airstrips.\n\n"
    "Army spokesman Col. Jan Kos said troops repelled an attack on a base near Gao on Monday.\n\n"
    "Twelve attackers were killed and four soldiers were wounded in the fighting.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        # a briefing over several paragraphs: the figures between two paragraphs of one speaker are his
        ("Kos said the army also recovered weapons from the attackers.", "Jan Kos"),
        # another speaker after them: the paragraph between is the article's own voice
        ("Local residents said the army also recovered weapons from the attackers.", None),
    ],
)
def test_claims_a_briefing_over_several_paragraphs_keeps_its_speaker(pipeline, closing, source):
    found = _claims(pipeline, _BRIEFING + closing)
    assert ("killed", 12.0, source) in found, found


def test_claims_an_event_takes_the_speaker_its_figures_have(pipeline):
    text = (
        "Police said gunmen stormed a checkpoint near Kano on Sunday and killed three officers. "
        "Later that night a bomb exploded at a market in Zaria, killing six traders."
    )
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    zaria = [e for e in events if any(c.value == 6.0 for c in e.claims)]
    assert zaria and [s.name for s in zaria[0].sources] == ["Police"], [(e.claims, e.sources) for e in events]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a vague word sets the count, as ACLED codes it, but gives no number to claim
        (
            "Gunmen attacked a village near Beni on Sunday, killing dozens of people, residents said.",
            12,
            None,
        ),
        (
            "A car bomb killed 9 people at a market in Baidoa on Monday, and several were wounded, police said.",
            9,
            3,
        ),
    ],
)
def test_claims_a_vague_word_sets_the_count_but_is_no_claim(pipeline, text, killed, injured):
    (ev,) = [e for e in pipeline.run(Article(id="t", text=text, published=PUB)).events if not e.background]
    assert (ev.fatalities.best, ev.injuries.best) == (killed, injured)
    assert not any(c.value in (3, 12) for c in ev.claims), ev.claims
