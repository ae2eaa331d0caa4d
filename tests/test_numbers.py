"""Tests for wardesk.extract.numbers: number phrases, counted quantities, reconciliation.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from wardesk.extract.numbers import NumberValue, Quantity, find_quantities, parse_number, reconcile

# --------------------------------------------------------------------------- parse_number

# (text, value, low, high, qualifier, vague)
PARSE_CASES = [
    # digits, separators, decimals
    ("29", 29, 29, 29, None, False),
    ("250,000", 250000, 250000, 250000, None, False),
    ("1,500", 1500, 1500, 1500, None, False),
    ("1.5", 1.5, 1.5, 1.5, None, False),
    ("0", 0, 0, 0, None, False),
    # scale words
    ("4 million", 4e6, 4e6, 4e6, None, False),
    ("1.2bn", 1.2e9, 1.2e9, 1.2e9, None, False),
    ("1.2 billion", 1.2e9, 1.2e9, 1.2e9, None, False),
    ("3 thousand", 3000, 3000, 3000, None, False),
    ("2 mln", 2e6, 2e6, 2e6, None, False),
    # number words
    ("six", 6, 6, 6, None, False),
    ("Twelve", 12, 12, 12, None, False),
    ("twenty-one", 21, 21, 21, None, False),
    ("ninety nine", 99, 99, 99, None, False),
    ("one hundred and five", 105, 105, 105, None, False),
    ("three hundred", 300, 300, 300, None, False),
    ("two thousand five hundred", 2500, 2500, 2500, None, False),
    ("two million", 2e6, 2e6, 2e6, None, False),
    ("a dozen", 12, 12, 12, None, False),
    ("half a dozen", 6, 6, 6, None, False),
    ("two dozen", 24, 24, 24, None, False),
    ("a pair of", 2, 2, 2, None, False),
    ("a couple of", 2, 2, 2, None, False),
    ("a hundred", 100, 100, 100, None, False),
    ("a hundred thousand", 1e5, 1e5, 1e5, None, False),
    # vague counts, coded as the schema says
    ("dozens", 12, 12, None, None, True),
    ("several", 3, 3, None, None, True),
    ("hundreds", 100, 100, None, None, True),
    ("scores", 20, 20, None, None, True),
    ("tens", 10, 10, None, None, True),
    ("thousands", 1000, 1000, None, None, True),
    ("a few", 3, 3, None, None, True),
    ("a handful", 3, 3, None, None, True),
    ("tens of thousands", 1e4, 1e4, None, None, True),
    ("hundreds of thousands", 1e5, 1e5, None, None, True),
    # qualifiers
    ("at least 29", 29, 29, None, "at_least", False),
    ("no fewer than 8", 8, 8, None, "at_least", False),
    ("more than 800", 800, 800, None, "more_than", False),
    ("over 800", 800, 800, None, "more_than", False),
    ("upwards of 50", 50, 50, None, "more_than", False),
    ("in excess of 1,000", 1000, 1000, None, "more_than", False),
    ("up to 40", 40, None, 40, "up_to", False),
    ("as many as 30", 30, None, 30, "up_to", False),
    ("at most 12", 12, None, 12, "up_to", False),
    ("fewer than 10", 10, None, 10, "up_to", False),
    ("about 200", 200, None, None, "about", False),
    ("around 45", 45, None, None, "about", False),
    ("nearly 100", 100, None, None, "about", False),
    ("almost 70", 70, None, None, "about", False),
    ("some 200", 200, None, None, "about", False),
    ("approximately 3,000", 3000, None, None, "about", False),
    ("roughly 15", 15, None, None, "about", False),
    ("an estimated 5,000", 5000, None, None, "about", False),
    ("At least dozens", 12, 12, None, "at_least", True),
    ("12 or more", 12, 12, None, "at_least", False),
    ("50-odd", 50, None, None, "about", False),
    # ranges: value is the lowest figure (ACLED)
    ("between 10 and 15", 10, 10, 15, None, False),
    ("10 to 15", 10, 10, 15, None, False),
    ("10-15", 10, 10, 15, None, False),
    ("two or three", 2, 2, 3, None, False),
    ("between five and seven", 5, 5, 7, None, False),
    # embedded in text: the first number phrase wins
    ("killed at least 29 civilians", 29, 29, None, "at_least", False),
]


@pytest.mark.parametrize(("text", "value", "low", "high", "qualifier", "vague"), PARSE_CASES)
def test_numbers_parse_number(text, value, low, high, qualifier, vague):
    got = parse_number(text)
    assert got is not None
    assert got.value == pytest.approx(value)
    assert got.low == (pytest.approx(low) if low is not None else None)
    assert got.high == (pytest.approx(high) if high is not None else None)
    assert got.qualifier == qualifier
    assert got.vague is vague


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$1.5 million", 1.5e6, "USD"),
        ("$5m", 5e6, "USD"),
        ("US$2.5 billion", 2.5e9, "USD"),
        ("€300,000", 3e5, "EUR"),
        ("£2 million", 2e6, "GBP"),
        ("5 million dollars", 5e6, "USD"),
        ("more than $40 million", 4e7, "USD"),
    ],
)
def test_numbers_parse_number_money(text, value, currency):
    got = parse_number(text)
    assert got is not None
    assert got.value == pytest.approx(value)
    assert got.currency == currency


@pytest.mark.parametrize(
    "text", ["a number of", "many", "", "none of them", "the killed and the wounded", "hundred", "12,13"]
)
def test_numbers_parse_number_not_a_number(text):
    assert parse_number(text) is None


def test_numbers_parse_number_m_without_currency_is_not_million():
    got = parse_number("50m")
    assert got is not None and got.value == 50 and got.currency is None


def test_numbers_parse_number_from_to_is_not_range():
    got = parse_number("rose from 30 to 45")
    assert got == NumberValue(30, 30, 30, None, False, None)


# --------------------------------------------------------------------------- find_quantities


def _find(nlp, text: str) -> list[Quantity]:
    doc = nlp(text)
    return [q for sent in doc.sents for q in find_quantities(sent)]


# (sentence, [(value, qualifier, what), ...] in order)
FIND_CASES = [
    # killed
    ("Government air strikes killed at least 29 civilians in the town.", [(29, "at_least", "killed")]),
    (
        "More than 90,000 people have been killed since the uprising started.",
        [(90000, "more_than", "killed")],
    ),
    ("Six were killed in the shelling on Tuesday.", [(6, None, "killed")]),
    ("The death toll rose to 45 on Sunday.", [(45, None, "killed")]),
    ("Medics gave a toll of 70 for the two days of fighting.", [(70, None, "killed")]),
    ("The Observatory put the death toll at 37.", [(37, None, "killed")]),
    ("The raid on the market left 12 dead.", [(12, None, "killed")]),
    ("A suicide bomber struck the checkpoint, killing 9.", [(9, None, "killed")]),
    ("The attack claimed the lives of 30 people.", [(30, None, "killed")]),
    ("The bodies of 12 men were found near the river.", [(12, None, "killed")]),
    ("Gunmen executed nineteen prisoners in the square.", [(19, None, "killed")]),
    ("Nearly 100 people died in the bombing of the market.", [(100, "about", "killed")]),
    ("A Russian air strike killed a family of five.", [(5, None, "killed")]),
    ("Between 10 and 15 insurgents were killed in the clashes.", [(10, None, "killed")]),
    ("Several civilians were killed in the village.", [(3, None, "killed")]),
    ("Rebels reported a massacre of 300 villagers.", [(300, None, "killed")]),
    ("The shell struck a minibus, leaving at least 8 passengers dead.", [(8, "at_least", "killed")]),
    ("The number of people killed exceeded 40 by nightfall.", [(40, None, "killed")]),
    # injured
    (
        "Twelve people were killed and 30 injured in the attack.",
        [(12, None, "killed"), (30, None, "injured")],
    ),
    ("Six were killed and dozens of people were wounded.", [(6, None, "killed"), (12, None, "injured")]),
    ("A car bomb killed 5 soldiers, wounding 20 others.", [(5, None, "killed"), (20, None, "injured")]),
    ("The shelling wounded up to 40 residents.", [(40, "up_to", "injured")]),
    (
        "The strike killed a dozen soldiers and wounded scores of civilians.",
        [(12, None, "killed"), (20, None, "injured")],
    ),
    (
        "Two mortar shells landed on the school, injuring three pupils.",
        [(2, None, "munitions"), (3, None, "injured")],
    ),
    ("Doctors said 52 people have been hospitalized.", [(52, None, "injured")]),
    # displaced
    ("Fighting has displaced about 50,000 people in the north.", [(50000, "about", "displaced")]),
    ("Hundreds of thousands of residents have fled their homes.", [(100000, None, "displaced")]),
    ("The camp now holds 4,000 refugees.", [(4000, None, "displaced")]),
    # abducted
    ("Rebels abducted 16 aid workers near the border.", [(16, None, "abducted")]),
    ("Militants kidnapped about 200 villagers.", [(200, "about", "abducted")]),
    ("The group still holds 30 hostages.", [(30, None, "abducted")]),
    # sorties
    ("Russian jets flew 522 sorties in four days.", [(522, None, "sorties")]),
    ("The aircraft conducted 64 combat missions over Hama.", [(64, None, "sorties")]),
    # strikes
    ("The coalition carried out 7 strikes near Raqqa.", [(7, None, "strikes")]),
    ("More than 1,000 airstrikes have hit the group.", [(1000, "more_than", "strikes")]),
    # targets_hit
    ("The planes destroyed over 800 targets.", [(800, "more_than", "targets_hit")]),
    ("The jets struck 40 ISIS positions overnight.", [(40, None, "targets_hit")]),
    # munitions
    ("Russian ships fired 26 cruise missiles at the city.", [(26, None, "munitions")]),
    ("Helicopters dropped a dozen barrel bombs on Daraya.", [(12, None, "munitions")]),
    # vehicles and facilities
    (
        "The strikes destroyed 4 tankers and 2 oil depots.",
        [(4, None, "vehicles_destroyed"), (2, None, "facilities_destroyed")],
    ),
    (
        "Warplanes destroyed 12 command posts and 3 ammunition depots.",
        [(12, None, "facilities_destroyed"), (3, None, "facilities_destroyed")],
    ),
    ("Aircraft hit 15 trucks carrying fuel.", [(15, None, "vehicles_destroyed")]),
    # money
    ("The raid cost the cartel $4.5 million a week in lost revenue.", [(4.5e6, None, "money")]),
    ("The government has spent 5 million dollars on repairs.", [(5e6, None, "money")]),
    # other
    ("The group has about 3,000 fighters in the city.", [(3000, "about", "other")]),
    ("ISIS lost 3 tanks in the battle.", [(3, None, "other")]),
    # damaged or merely targeted is not destroyed
    ("Shelling damaged 55 buildings and 40 vehicles.", [(55, None, "other"), (40, None, "other")]),
    ("Three fire engines were targeted by drones.", [(3, None, "other")]),
    # sub-counts keep the kind of the total
    ("The blast killed 12 people, including 7 children.", [(12, None, "killed"), (7, None, "killed")]),
    ("Activists said 14 people died, among them 4 women.", [(14, None, "killed"), (4, None, "killed")]),
]


# stamps, run-on headlines and lost commas (texts scraped without punctuation)
FIND_CASES += [
    ("4 March 2019 At least 31 people were killed in the market.", [(31, "at_least", "killed")]),
    (
        "14-03-2019 12 Villagers Killed 40 Injured in Kaduna Raid.",
        [(12, None, "killed"), (40, None, "injured")],
    ),
    (
        "19.03.2019(updated 1140 19.03.2019) Get short URL 0 81 At least 9 soldiers died.",
        [(9, "at_least", "killed")],
    ),
    (
        "A car bomb killed 14 people injured 60 at the checkpoint.",
        [(14, None, "killed"), (60, None, "injured")],
    ),
    ("Dozens of villagers dead in Kaduna raid.", [(12, None, "killed")]),
    ("In 2016 30 people were killed in the town.", [(30, None, "killed")]),
    ("Rebels shelled the town 24/7, killing 5 people.", [(5, None, "killed")]),
    ("09-02-2016 Syrian troops killed 20 militants near Brigade 93.", [(20, None, "killed")]),
    ("Six people were hurt in the three attacks.", [(6, None, "injured"), (3, None, "other")]),
    ("Gunmen wounded eight members of one family.", [(8, None, "injured")]),
    # one person told without a number counts one
    ("A 61-year-old farmer was killed in the shelling.", [(1, None, "killed")]),
    (
        "The drone strike killed a rebel commander and wounded another fighter.",
        [(1, None, "killed"), (1, None, "injured")],
    ),
    ("The mine claimed the life of a shepherd.", [(1, None, "killed")]),
    ("Gunmen abducted a nurse on the road to the camp.", [(1, None, "abducted")]),
    ("Five people were injured, according to a police officer.", [(5, None, "injured")]),
]

# a count right after a weekday or month is a count, not the day of a date
FIND_CASES += [
    ("On Friday 14 people were killed in the raid.", [(14, None, "killed")]),
    ("On Sunday 9 soldiers have died at the outpost.", [(9, None, "killed")]),
    ("Last Monday 30 rebels were killed near the hills.", [(30, None, "killed")]),
    ("On Friday at least 14 people were killed in the raid.", [(14, "at_least", "killed")]),
    ("In March 12 villagers were abducted from the farms.", [(12, None, "abducted")]),
    ("On 3 May 11 fishermen were wounded at the jetty.", [(11, None, "injured")]),
    ("Since January 40 soldiers have been killed in ambushes.", [(40, None, "killed")]),
]

# seizing, capturing or recovering things is no abduction; only people are abducted
FIND_CASES += [
    ("Troops seized 20 rifles in the raid.", [(20, None, "other")]),
    ("Soldiers seized 15 AK-47 rifles at the checkpoint.", [(15, None, "other")]),
    ("The rebels captured 12 motorcycles and 3 villages.", [(12, None, "other"), (3, None, "other")]),
    (
        "Police recovered 30 guns and 400 rounds of ammunition.",
        [(30, None, "other"), (400, None, "other")],
    ),
    ("Troops seized 40 rockets hidden in a barn.", [(40, None, "other")]),
    ("Gunmen seized 4 Turkish engineers at the quarry.", [(4, None, "abducted")]),
    ("Rebels captured 40 soldiers and seized 20 rifles.", [(40, None, "abducted"), (20, None, "other")]),
    ("Militants fired 40 rockets at the base.", [(40, None, "munitions")]),
    # the people a toll includes are of its kind
    (
        "Nine people were killed in the raid, which included two policemen.",
        [(9, None, "killed"), (2, None, "killed")],
    ),
    ("The death toll from the raid includes four teachers.", [(4, None, "killed")]),
    # a toll's parts told inside what someone said: the climb passes over "include"
    ("Rescuers reported that the toll of the raid included nine women.", [(9, None, "killed")]),
    ("Medics said the number of wounded included 14 children.", [(14, None, "injured")]),
    ("At least six women were among the slain villagers.", [(6, "at_least", "killed")]),
    # lives claimed, whoever owns them
    ("The ambush cost 40 soldiers' lives.", [(40, None, "killed")]),
    ("The raid claimed 12 villagers' lives.", [(12, None, "killed")]),
    # the wounded who died are dead; the wounded who are children are still wounded
    ("Two of the wounded died in hospital.", [(2, None, "killed")]),
    ("Five of the wounded were children.", [(5, None, "injured")]),
    # vehicles torched are destroyed
    (
        "The raiders torched 7 motorbikes and 2 ambulances.",
        [(7, None, "vehicles_destroyed"), (2, None, "vehicles_destroyed")],
    ),
    ("A police officer said 5 people were injured.", [(5, None, "injured")]),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_numbers_find_quantities(nlp, text, expected):
    got = [(q.value, q.qualifier, q.what) for q in _find(nlp, text)]
    assert got == [(pytest.approx(v), ql, w) for v, ql, w in expected]


# Numbers that are not counts of anything that happened must yield nothing.
NOT_COUNTS = [
    "In 2015 the fighting reached the city.",
    "The council passed Resolution 2254 in December.",
    "Su-24M bombers and Tu-160 jets dropped KAB-500 bombs.",
    "The jets carried GBU-31 bombs.",
    "The talks lasted two weeks.",
    "The convoy was hit in the past 24 hours.",
    "The village lies 50 km from the border.",
    "The victim, aged 25, was a teacher.",
    "A 25-year-old man was arrested.",
    "The blast happened at 10:30 in the morning.",
    "The attack took place on 12 October.",
    "Turnout fell to 40 percent.",
    "It was one of the strikes that hit the city.",
    "Call +963 11 222 3333 for details.",
    "The 2nd Brigade moved north in the 1990s.",
    "The unit took off from Base 4.",
    "Talks will resume in three months.",
    "Read more at www.example.org/news.82.0.html today.",
    "The report is a 5 min read.",
    "Survivors of the 2014 massacre returned to the village.",
    "Its 2016 offensive failed.",
    "Fighting resumed on Friday 14 March in the hills.",
    "On March 12 gunmen stormed the town.",
    "In March 2015 people fled the town.",
    # times written with a dot
    "The raiders came between 04.00 and 05.30 that morning.",
    "Shooting was heard at about 22.15 near the camp.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_numbers_find_quantities_ignores_non_counts(nlp, text):
    assert _find(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "index", "counted", "victims"),
    [
        ("Government air strikes killed at least 29 civilians.", 0, "civilian", "civilians"),
        ("A car bomb killed 5 soldiers.", 0, "soldier", "combatants"),
        ("The raid killed 40 ISIS militants.", 0, "militant", "combatants"),
        ("The shelling killed 8 children.", 0, "child", "civilians"),
        ("Six were killed.", 0, None, None),
        ("Rebels abducted 16 aid workers.", 0, "worker", "civilians"),
    ],
)
def test_numbers_find_quantities_counted_and_victims(nlp, text, index, counted, victims):
    q = _find(nlp, text)[index]
    assert q.counted == counted
    assert q.victims == victims


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("The blast killed 12 people, including 7 children.", [False, True]),
        ("Activists said 14 people died, among them 4 women.", [False, True]),
        ("Among the dead were 5 children.", [True]),
        ("Seven of the dead were children.", [True]),
        ("The dead included seven children.", [True]),
        ("The strike killed 12 people and wounded 30.", [False, False]),
        # what "among" governs is the total
        ("At least 20 children were among the 75 people killed.", [True, False]),
        ("Nine people died, including a child.", [False, True]),
    ],
)
def test_numbers_find_quantities_marks_sub_counts(nlp, text, parts):
    assert [q.part_of_larger for q in _find(nlp, text)] == parts


@pytest.mark.parametrize(
    ("text", "superseded"),
    [
        ("The monitor raised the toll to 60, updating a previous toll of 48 dead.", [False, True]),
        ("Doctors had initially reported a toll of 17 dead.", [True]),
        ("The death toll rose to 45.", [False]),
        # the verb that gave the figure, above it, says it was the first word on the toll
        ("Initially, elders and medics gave a toll of 9 people.", [True]),
        ("Officials initially said 17 people were killed.", [True]),
        ("Police first put the toll at 17.", [True]),
        ("Troops first stormed the camp, killing 12 people.", [False]),
        ("The toll rose to 20, officials said.", [False]),
    ],
)
def test_numbers_find_quantities_marks_outdated_tolls(nlp, text, superseded):
    assert [q.superseded for q in _find(nlp, text)] == superseded


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Warplanes killed 12 soldiers and 3 civilians near the border.", 15),
        ("Two civilians and three policemen also died in the blast.", 5),
        ("Four policemen, two civilians killed in Kaduna bombing", 6),
        ("Five women and a child were killed.", 6),
        # a word for everyone of one side may hold the others named with it
        ("At least 16 civilians and three children were killed.", None),
        ("Twelve people were killed and 30 injured.", None),
    ],
)
def test_numbers_find_quantities_adds_up_kinds_of_people(nlp, text, total):
    found = _find(nlp, text)
    sums = [q.value for q in found if q.derived]
    assert sums == ([total] if total is not None else [])
    if total is not None:
        assert all(q.part_of_larger for q in found if not q.derived)


def test_numbers_reconcile_current_toll_beats_an_outdated_one():
    old = Quantity(48, 48, 48, None, "killed", "dead", 0, 2, "a previous toll of 48", superseded=True)
    new = Quantity(60, 60, 60, None, "killed", None, 10, 12, "raised the toll to 60")
    assert reconcile([(old, None), (new, None)], "killed")[1] == 60
    assert reconcile([(new, None), (old, None)], "killed")[1] == 60


def test_numbers_find_quantities_offsets_and_text(nlp):
    text = "Syrian activists said on Monday that government air strikes killed at least 29 civilians."
    doc = nlp(text)
    (q,) = [q for s in doc.sents for q in find_quantities(s)]
    assert text[q.start_char : q.end_char] == "at least 29"
    assert q.text == "killed at least 29 civilians"
    assert q.verb_i is not None and doc[q.verb_i].lower_ == "killed"


def test_numbers_find_quantities_vague_flag(nlp):
    (q,) = _find(nlp, "Dozens of people were wounded.")
    assert q.vague and q.value == 12 and q.what == "injured"


# --------------------------------------------------------------------------- reconcile


def _q(value, what="killed", qualifier=None, part=False, vague=False) -> Quantity:
    low = value if qualifier in (None, "at_least", "more_than") else None
    high = value if qualifier in (None, "up_to") and not vague else None
    return Quantity(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        what=what,
        counted=None,
        start_char=0,
        end_char=0,
        text="",
        part_of_larger=part,
        vague=vague,
    )


RECONCILE_CASES = [
    # one exact figure
    ([(_q(29), None)], (29, 29, 29)),
    # "at least 29": low 29 best 29
    ([(_q(29, qualifier="at_least"), None)], (29, 29, None)),
    # "more than 1,500"
    ([(_q(1500, qualifier="more_than"), None)], (1500, 1500, None)),
    # "up to 40": high 40 best 40
    ([(_q(40, qualifier="up_to"), None)], (None, 40, 40)),
    # "about 200"
    ([(_q(200, qualifier="about"), None)], (None, 200, None)),
    # "dozens": best 12
    ([(_q(12, vague=True), None)], (None, 12, None)),
    # sub-counts are neither summed nor chosen over the total
    ([(_q(12), None), (_q(7, part=True), None)], (12, 12, 12)),
    # only a sub-count was given: it still says something
    ([(_q(7, part=True), None)], (7, 7, 7)),
    # disagreeing sources: best is the first source, low/high span them
    ([(_q(73), "Observatory"), (_q(45), "state media")], (45, 73, 73)),
    ([(_q(135), "Observatory"), (_q(300), "state media")], (135, 135, 300)),
    # the article's own figure wins over a source's; an open lower bound leaves high open
    ([(_q(30), "medics"), (_q(40, qualifier="at_least"), None)], (30, 40, None)),
    # one source updating its figure: the largest total
    ([(_q(30), "Observatory"), (_q(45), "Observatory")], (45, 45, 45)),
    # other kinds of counts are ignored
    ([(_q(29), None), (_q(50, what="injured"), None)], (29, 29, 29)),
    # nothing reported
    ([(_q(50, what="injured"), None)], (None, None, None)),
    ([], (None, None, None)),
]


@pytest.mark.parametrize(("quantities", "expected"), RECONCILE_CASES)
def test_numbers_reconcile(quantities, expected):
    assert reconcile(quantities, "killed") == expected


def test_numbers_reconcile_injured(nlp):
    qs = _find(nlp, "The blast killed 12 people and wounded more than 40 others.")
    assert reconcile([(q, None) for q in qs], "injured") == (40, 40, None)
    assert reconcile([(q, None) for q in qs], "killed") == (12, 12, 12)
