"""One real event, one record (issue 11 item 2, issue 12): mentions of one event far apart in the
text, in a headline, in a quote or in a clause about someone else are not events of their own
(extract.merge, extract.frames), on short articles written for these tests."""

from __future__ import annotations

import pytest

from article_helpers import incidents

PUB = "2016-05-11"  # a Wednesday
FILLER = (
    "Schools in the region stayed closed. Aid agencies said several roads had been cut. "
    "Traders said the price of bread had doubled. The governor called for calm. "
)


def _incidents(pipeline, text, title=None):
    return incidents(pipeline, text, PUB, title)


def _show(evs):
    return [(e.event_type, e.date.start, [loc.name for loc in e.locations]) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        # told again far below, with no place of its own but the same kind of attack on the same day
        "Rebels fired a missile at the town of Kassala on Monday, killing two people, the army said. "
        + FILLER
        + "Air defences intercepted a missile the rebels launched on Monday; falling debris wounded three people.",
        "Soldiers shelled the town of Kassala on Monday, killing four civilians, residents said. "
        + FILLER
        + "The army shelled rebel positions on Monday, officials said.",
    ],
)
def test_merge_same_kind_same_day_with_no_place_restates(pipeline, text):
    evs = _incidents(pipeline, text)
    assert len(evs) == 1, _show(evs)


def test_merge_same_kind_another_day_with_no_place_stays_apart(pipeline):
    text = (
        "Rebels fired a missile at the town of Kassala on Monday, killing two people, the army said. "
        + FILLER
        + "Rebels fired a missile at the town of Gedaref on Sunday, killing a farmer."
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == 2, _show(evs)


def test_merge_a_headline_s_event_is_the_first_of_its_kind_in_the_text(pipeline):
    title = "Rebels claim northern city 'under full control'"
    text = (
        "The rebel movement has fought the government for a year. Talks between the two sides "
        "collapsed in May. Thousands of people have fled the region. The United Nations has asked "
        "both sides to protect civilians. "
        + FILLER
        + FILLER
        + '"Our fighters have taken control of the city of Kassala," '
        "a rebel spokesman said on Tuesday."
    )
    evs = _incidents(pipeline, text, title=title)
    assert len(evs) == 1, _show(evs)
    assert evs[0].event_type == "territory_change"
    assert evs[0].locations[0].name == "Kassala"


@pytest.mark.parametrize(
    "text",
    [
        'Rebel shelling killed five people in the town of Kassala on Tuesday, officials said. "Every '
        'missile, every drone strike shows they want only war," the governor said, urging pressure on Juba.',
        "Rebel shelling killed five people in the town of Kassala on Tuesday, officials said. The army "
        "said the rebels have missiles that can hit targets in the city of Juba.",
    ],
)
def test_frames_a_strike_in_general_is_no_event(pipeline, text):
    evs = _incidents(pipeline, text)
    assert len(evs) == 1, _show(evs)


@pytest.mark.parametrize(
    "later",
    [
        # a time measured from the event does not date it again
        "The day before the attack, the president said that peace talks were going well.",
        "Two days before the shelling, aid workers had asked both sides for a truce.",
        # what someone does as a rule is no event
        "Government forces strike only military targets in Kassala, an army spokesman said on Wednesday.",
        '"Our jets bomb only the positions of armed groups in Kassala," the minister said on Wednesday.',
    ],
)
def test_frames_a_later_sentence_about_the_event_or_a_habit_is_no_new_event(pipeline, later):
    text = (
        "Rebel shelling killed five people in the town of Kassala on Tuesday, officials said. "
        + FILLER
        + later
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == 1, _show(evs)
    assert str(evs[0].date.start) == "2016-05-10"


def test_merge_an_untyped_undated_mention_at_the_same_town_restates_however_far_below(pipeline):
    text = (
        "A car bomb went off outside the police headquarters of Kassala town on Monday, killing two "
        "people, officials said. " + FILLER + FILLER + 'A message from the police read: "Urgent: an attack '
        'on the police post in Kassala is reported."'
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == 1, _show(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels claimed to have inflicted heavy losses on soldiers over two days of heavy fighting around "
        "the town of Kassala.",
        "Six hours of heavy fighting between soldiers and rebels shook the town of Kassala on Tuesday, "
        "residents said.",
    ],
)
def test_kind_a_few_days_of_fighting_is_one_battle(pipeline, text):
    evs = _incidents(pipeline, text)
    assert [e.event_type for e in evs] == ["armed_clash"], _show(evs)


def test_merge_an_untyped_mention_at_the_same_town_on_the_same_day_restates(pipeline):
    text = (
        "Insurgents overran the town of Kassala on Tuesday and occupied the police command, officials "
        "said. " + FILLER + FILLER + "Reconstructing the attack on Kassala, a local weekly says the "
        "insurgents struck the town on Tuesday morning."
    )
    evs = _incidents(pipeline, text)
    assert len(evs) == 1, _show(evs)


@pytest.mark.parametrize(
    "later",
    [
        "The army said the shelling came in response to the rebels' advance on the Gedaref area.",
    ],
)
def test_frames_a_killing_it_avenges_or_where_it_came_from_is_not_the_event_s(pipeline, later):
    text = (
        "Rebel shelling killed five people in the town of Kassala on Tuesday, officials said. "
        + FILLER
        + later
    )
    evs = _incidents(pipeline, text)
    assert [[loc.name for loc in e.locations] for e in evs] == [["Kassala"]], _show(evs)


def test_article_the_day_it_was_said_gives_way_to_the_event_s_own_day(pipeline):
    text = (
        "An armed attack in Sudan's Kassala state left no fewer than 31 villagers dead, an official "
        "said on Wednesday. " + FILLER + "The tragedy took place on Tuesday evening, when rebels opened "
        "fire on the villagers in Kassala state, the police chief said."
    )
    evs = _incidents(pipeline, text)
    assert [str(e.date.start) for e in evs] == ["2016-05-10"], _show(evs)


#: A lead that sums up several incidents, then the incidents the body tells (PUB is a Wednesday).
SUMMARY_BODY = (
    "\n\nThe first raid came on Monday in the village of Gaskinde, where gunmen shot dead eight men."
    "\n\nOn Tuesday the militants struck the village of Sikire, killing seven people, a resident said."
)


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "Gunmen attacked people in hamlets near the town of Djibo on Monday and Tuesday,"
            " killing at least 15 people, officials said.",
            None,
        ),
        (
            "Gunmen attacked people in hamlets near the town of Djibo on Monday and Tuesday,"
            " killing at least 15 people, officials said.",
            "Militants kill 15 in northern Burkina Faso",
        ),
        (
            "Raids on villages around the town of Djibo on Monday and Tuesday killed at least 15"
            " people, officials said.",
            None,
        ),
    ],
)
def test_merge_a_lead_summing_up_the_incidents_the_body_tells_is_their_aggregate(pipeline, lead, title):
    """A lead told over several places and days is the sum of the incidents the body tells at
    other places within those days: it is their aggregate, not an incident of its own."""
    evs = _incidents(pipeline, lead + SUMMARY_BODY, title)
    assert sorted(loc for e in evs for loc in [e.locations[0].name]) == ["Gaskinde", "Sikire"], _show(evs)


def test_merge_a_lead_on_one_town_stays_an_incident_beside_others(pipeline):
    """A lead that names one town and no spread over places is an incident of its own, even when
    the body tells others in its days."""
    lead = "Militants killed 15 people in the town of Djibo on Monday and Tuesday, officials said."
    evs = _incidents(pipeline, lead + SUMMARY_BODY)
    assert "Djibo" in [e.locations[0].name for e in evs if e.locations], _show(evs)


@pytest.mark.parametrize(
    "summary",
    [
        "Attacks across northern Burkina Faso have killed 40 people this week, officials said.",
        "Raids on villages of northern Burkina Faso killed 40 people in the past three days, officials said.",
    ],
)
def test_merge_a_summary_over_a_period_does_not_swallow_the_incidents_it_sums(pipeline, summary):
    """A plural summary over a period with its own toll is no restatement of an incident told
    with its own day, place and a smaller toll: the incidents stay incidents."""
    text = (
        f"{summary}\n\nOn Monday, a bomb exploded in the market of Djibo, killing 12 people."
        "\n\nOn Tuesday, gunmen raided Arbinda, killing 28 villagers."
    )
    evs = _incidents(pipeline, text)
    got = sorted((e.locations[0].name, e.fatalities.best) for e in evs if e.locations)
    assert got == [("Arbinda", 28), ("Djibo", 12)], _show(evs)


def test_merge_the_incidents_a_summary_lists_stay_incidents(pipeline):
    """ "..., including a bombing in X and a raid on Y": the incidents a summary lists in its own
    sentence are incidents of their own, not the summary told again."""
    text = (
        "Attacks across northern Burkina Faso have killed 40 people this week, including a bombing"
        " in Djibo and a raid on Arbinda, officials said."
    )
    evs = _incidents(pipeline, text)
    assert sorted(e.locations[0].name for e in evs if e.locations) == ["Arbinda", "Djibo"], _show(evs)
