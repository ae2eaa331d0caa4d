"""Which figure an event's fatalities take: exact beats vague, current beats outdated, a
person told without a number counts one. Short articles written for these tests."""

from __future__ import annotations

import pytest

from wardesk.record import Article

PUB = "2019-03-14"


def _main(pipeline, text, title=None):
    return pipeline.run(Article(id="t", title=title, text=text, published=PUB)).events[0]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A 61-year-old farmer was killed when shells hit the Nigerian town of Bama on Tuesday.", 1, None),
        (
            "Gunmen attacked the Nigerian town of Bama on Tuesday, killing a soldier and wounding a policeman.",
            1,
            1,
        ),
        (
            "Gunmen attacked the Nigerian town of Bama on Tuesday, killing 14 people injured 60, police said.",
            14,
            60,
        ),
        (
            "A bomb killed at least 20 people in the Nigerian town of Bama on Tuesday, the police said, "
            "updating a previous toll of 12 dead.",
            20,
            None,
        ),
        (
            "Police in the Nigerian town of Bama had originally given a toll of 12 dead after the bombing on "
            "Tuesday. The toll from the bombing later rose to 20, a hospital official said.",
            20,
            None,
        ),
    ],
)
def test_extract_numbers_fatalities_of_the_event(pipeline, text, killed, injured):
    ev = _main(pipeline, text)
    assert (ev.fatalities.best, ev.injuries.best) == (killed, injured)


@pytest.mark.parametrize(
    ("title", "text", "killed"),
    [
        (None, "Warplanes killed 12 soldiers and 3 civilians in the Nigerian town of Bama on Tuesday.", 15),
        # one kind of people told first gives way to the sum with the others
        (
            "Jets kill 12 soldiers in Bama",
            "Warplanes killed 12 soldiers and 3 civilians in the Nigerian town of Bama on Tuesday.",
            15,
        ),
        # a total the article states beats the sum wardesk makes
        (
            None,
            "Shells killed 6 teachers and 22 pupils at a school in the Nigerian town of Bama on Tuesday. "
            "Officials said 35 people in total had died in the town.",
            35,
        ),
    ],
)
def test_extract_numbers_kinds_of_people_add_up(pipeline, title, text, killed):
    assert _main(pipeline, text, title=title).fatalities.best == killed


def test_extract_numbers_the_sum_of_kinds_of_people_is_no_claim(pipeline):
    ev = _main(
        pipeline, "Warplanes killed 12 soldiers and 3 civilians in the Nigerian town of Bama on Tuesday."
    )
    assert sorted(c.value for c in ev.claims if c.what == "killed") == [3, 12]


def test_extract_numbers_one_person_inside_a_toll_is_no_claim(pipeline):
    ev = _main(
        pipeline, "Nine people died, including a child, when shells hit the Nigerian town of Bama on Tuesday."
    )
    assert ev.fatalities.best == 9
    assert [c.value for c in ev.claims if c.what == "killed"] == [9]


@pytest.mark.parametrize(
    ("text", "killed", "start", "end"),
    [
        # the count after a time phrase is the toll, and the time phrase keeps only the time
        (
            "On Friday 14 people were killed when gunmen raided a market in the Nigerian town of Bama.",
            14,
            "2019-03-08",
            "2019-03-08",
        ),
        (
            "Gunmen raided a market in the Nigerian town of Bama. On Friday 14 people have died there.",
            14,
            "2019-03-08",
            "2019-03-08",
        ),
        (
            "In March 12 villagers were killed by militiamen near the Congolese town of Beni.",
            12,
            "2019-03-01",
            "2019-03-14",
        ),
        (
            "On 2 March 14 people were killed when gunmen raided a market in the Nigerian town of Bama.",
            14,
            "2019-03-02",
            "2019-03-02",
        ),
        # a day of a month stays a day
        (
            "On March 2 gunmen raided a market in the Nigerian town of Bama, killing 5 people.",
            5,
            "2019-03-02",
            "2019-03-02",
        ),
    ],
)
def test_extract_numbers_count_after_a_time_phrase(pipeline, text, killed, start, end):
    ev = _main(pipeline, text)
    assert (ev.fatalities.best, str(ev.date.start), str(ev.date.end)) == (killed, start, end)


@pytest.mark.parametrize(
    "text",
    [
        # a lead repeated as the first paragraph: one figure, told twice in the same words
        "Gunmen killed nine farmers near the Nigerian town of Gusau on Sunday, police said.\n"
        "Gusau (Nigeria): Gunmen killed nine farmers near the Nigerian town of Gusau on Sunday, police "
        "said. Residents fled to nearby villages.",
        # one sentence read as two events (an abduction and a raid): its figures go to one of them
        "Rebels raided the village of Kasinga near the Congolese town of Beni on Saturday, a local "
        "official said. They abducted several farmers, killed 3 villagers and torched 7 motorbikes, "
        "he said.",
    ],
)
def test_extract_numbers_a_figure_told_once_is_claimed_once(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    claims = [
        (c.what, c.value, c.source, c.text) for e in events for c in e.claims if c.what != "responsibility"
    ]
    assert claims and len(claims) == len(set(claims)), claims
