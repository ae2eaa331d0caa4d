"""Who the actors of an event are, end to end on short articles written for these tests: the
speakers, officials, agencies and outlets around a war are never its initiators, possessives and
variants fold, generic descriptions resolve by the article's context, unlisted groups keep their name."""

from __future__ import annotations

import pytest

from article_helpers import party
from wardesk.record import Article

PUB = "2023-06-14"


def _events(pipeline, text, title=None, published=PUB):
    return pipeline.run(Article(id="t", title=title, text=text, published=published)).events


def _initiators(pipeline, text, **kw):
    return [a.name for e in _events(pipeline, text, **kw) for a in e.initiators]


@pytest.mark.parametrize(
    "text,absent",
    [
        # the subject of a verb that takes the attack as its object reacts to it
        ("Turkey condemned the car bomb attack that killed nine people in Afrin on Sunday.", "Turkey"),
        ("Kenya strongly denounced the bombing in Mogadishu on Tuesday that killed 12 people.", "Kenya"),
    ],
)
def test_extract_actors_who_reacts_to_an_attack_is_not_its_initiator(pipeline, text, absent):
    assert absent not in _initiators(pipeline, text)


@pytest.mark.parametrize(
    "text,present",
    [
        # ... but a light verb, or handling the weapon, keeps the role (who fights an attack off is
        # its target: test_extract_roles)
        ("Colombian troops staged a raid on a camp in Cauca on Friday, killing four rebels.", "Colombia"),
        (
            "Al-Shabaab militants left a bomb in a crowded market in Kismayo on Friday, killing six people.",
            "al-Shabaab",
        ),
    ],
)
def test_extract_actors_who_carries_out_an_attack_keeps_the_role(pipeline, text, present):
    assert present in _initiators(pipeline, text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a photo credit, a byline and an outlet's credit line are never the attacker
        (
            "Posted on June 3 2023 by Hamid Karimi Eight killed as car bomb hits market in Kirkuk",
            "Hamid Karimi",
        ),
        (
            "(TRT World and Agencies) International leaders have condemned the air strikes that killed 12 people "
            "in the town of Saraqib on Tuesday.",
            "TRT World and Agencies",
        ),
        # a minister who speaks of the attack, a rights group that counts its dead
        (
            "Interior Minister Farid Haddad visited the site of the bombing in Baqubah on Sunday, where nine people were killed.",
            "Farid Haddad",
        ),
        (
            "The Northern Relief Committee recorded strikes on three clinics in Idlib on Friday that killed 11 patients.",
            "Northern Relief Committee",
        ),
    ],
)
def test_extract_actors_speakers_outlets_and_credits_are_never_initiators(pipeline, text, absent):
    names = [a.name for e in _events(pipeline, text) for a in e.initiators]
    assert not any(absent in n for n in names), names


@pytest.mark.parametrize(
    "text,name,typ",
    [
        # a group the table does not list keeps the text's name, typed by its head noun
        (
            "The Kivu Freedom Brigade attacked the village of Bwito on Monday, killing seven civilians.",
            "Kivu Freedom Brigade",
            "rebel_group",
        ),
        # a person held to account for the attack is its initiator
        (
            "Prosecutors charged Ahmed Farouk with carrying out the bombing of a bus station in Mombasa in March.",
            "Ahmed Farouk",
            "unknown",
        ),
    ],
)
def test_extract_actors_unlisted_name_keeps_its_name_and_type(pipeline, text, name, typ):
    got = {a.name: a.type for e in _events(pipeline, text, published="2023-06-14") for a in e.initiators}
    assert got.get(name) == typ, got


def test_extract_actors_transliteration_variant_folds_to_the_listed_group(pipeline):
    text = "Jaysh al-Fateh fighters attacked army posts in the town of Jisr al-Shughur in Idlib province on Saturday."
    assert "Jaish al-Fatah" in _initiators(pipeline, text, published="2015-04-27")


@pytest.mark.parametrize(
    "text,published,name",
    [
        # a possessive of a leader, of a capital, of "the regime" folds into the state
        ("Assad's air force bombed the town of Saraqib in Idlib province on Tuesday.", "2016-05-11", "Syria"),
        (
            "Haftar's troops shelled the Abu Salim district of Tripoli on Sunday.",
            "2019-06-02",
            "Libyan National Army",
        ),
        # generic descriptions resolve by the article's country
        (
            "Security forces killed six insurgents in a raid in Cabo Delgado province, Mozambique, on Friday.",
            "2021-05-01",
            "Mozambique",
        ),
        (
            "The junta's jets bombed a village in the Sagaing region of Myanmar on Monday, killing 11 people.",
            "2023-06-14",
            "Myanmar",
        ),
        (
            "Government troops shelled rebel positions near Goma in DR Congo on Monday.",
            "2023-06-14",
            "DR Congo",
        ),
        # a country with no entry of its own still has state forces of its name
        ("Soldiers killed four gunmen in an ambush near Kara, Togo, on Monday.", "2023-06-14", "Togo"),
        # "militants" are the group the article names, "rebels" the country's
        (
            "ISWAP has spread across Borno this year, officials say. "
            "On Monday the militants overran a base near Marte, killing 12 soldiers.",
            "2023-06-14",
            "ISWAP",
        ),
        ("Rebels attacked a police post near Kidal in northern Mali on Sunday.", "2023-06-14", "CSP-PSD"),
    ],
)
def test_extract_actors_folds_and_resolves_by_context(pipeline, text, published, name):
    assert name in _initiators(pipeline, text, published=published)


@pytest.mark.parametrize(
    "text,published,name",
    [
        # an acronym several groups bear is read by the country
        (
            "ADF rebels killed 20 villagers near Beni in North Kivu, DR Congo, on Sunday.",
            "2023-06-14",
            "Allied Democratic Forces",
        ),
        (
            "ADF fighters attacked a checkpoint near Bamenda, Cameroon, on Friday.",
            "2023-06-14",
            "Ambazonian separatists",
        ),
        (
            "Al-Shabaab insurgents attacked the town of Macomia in Mozambique on Monday.",
            "2020-08-12",
            "Islamic State",
        ),
        (
            "Al-Shabaab militants attacked a base near Kismayo in Somalia on Monday.",
            "2020-08-12",
            "al-Shabaab",
        ),
    ],
)
def test_extract_actors_shared_names_are_read_by_country(pipeline, text, published, name):
    assert name in _initiators(pipeline, text, published=published)


def test_extract_actors_a_place_inside_a_group_name_does_not_hide_the_group(pipeline):
    text = "The Bulawayo Gang planted a bomb in a bar in Harare on Friday, killing four people."
    got = {a.name: a.type for e in _events(pipeline, text) for a in e.initiators}
    assert got.get("Bulawayo Gang") == "militia", got


def test_extract_actors_state_forces_are_those_of_the_country_where_the_event_is(pipeline):
    text = (
        "Kenya's parliament met in Nairobi on Tuesday, and Kenyan ministers visited Mombasa and Garissa. "
        "Kenyan officials also said security forces raided the town of Beledweyne in Somalia on Monday, "
        "killing four militants."
    )
    assert _initiators(pipeline, text) == ["Somalia"]


def test_extract_actors_a_name_right_before_the_event_noun_initiates_it(pipeline):
    """The small model often takes "shelling" for a verb; the name before it still modifies it."""
    text = (
        "Two medics were among at least 31 people killed on Saturday in Syrian government shelling "
        "of an opposition-held town northeast of Damascus."
    )
    assert "Syria" in _initiators(pipeline, text, published="2016-07-04")


@pytest.mark.parametrize(
    ("known", "span", "expected"),
    [
        ([], (0, 5), (False, False)),
        ([(10, 20, False)], (0, 10), (False, False)),  # touching is no overlap
        ([(10, 20, False)], (19, 25), (True, False)),
        ([(10, 20, True)], (5, 11), (True, True)),
        ([(10, 20, False), (30, 40, True)], (15, 35), (True, True)),
        ([(10, 20, False), (30, 40, True)], (12, 18), (True, False)),
        ([(10, 10, True)], (5, 15), (True, True)),  # a zero-width mention inside the entity
        ([(10, 10, True)], (10, 15), (False, False)),
    ],
)
def test_unlisted_taken_overlap_matches_interval_test(known, span, expected):
    """The byte masks answer as testing every mention's interval does."""
    from types import SimpleNamespace

    from wardesk.extract.actors import ActorEntry, ActorMention
    from wardesk.extract.unlisted import _Taken

    entry = ActorEntry(name="x", type="unknown", country=None)
    mentions = [
        ActorMention(
            entry=entry,
            start_char=s,
            end_char=e,
            text="x",
            token_start=0,
            token_end=1,
            head_i=0,
            kind="entity",
            role=None,
        )
        if is_actor
        else SimpleNamespace(start_char=s, end_char=e)
        for s, e, is_actor in known
    ]
    a, b = span
    naive = [is_actor for s, e, is_actor in known if s < b and a < e]
    assert (bool(naive), any(naive)) == expected
    assert _Taken(mentions).overlap(a, b) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a country whose listed rebels are one group: an article about another group of the
        # country means that group by "the rebels"
        (
            "The Arakan Army has pushed deeper into Rakhine State this month. On Tuesday the rebels "
            "attacked a police post outside Sittwe, killing six officers.",
            "Arakan Army",
        ),
        # a country whose listed rebels describe them all: a named faction does not replace them
        (
            "Jaish al-Islam holds the eastern suburbs of Damascus. On Monday the rebels fired mortars at the "
            "Abbasiyin district of Damascus, killing four people.",
            "Syrian rebels",
        ),
    ],
)
def test_extract_actors_rebels_resolve_by_the_group_the_article_is_about(pipeline, text, name):
    assert name in _initiators(pipeline, text)


def test_extract_actors_an_article_placing_nothing_takes_the_country_of_its_armed_groups(pipeline):
    text = (
        "Fighters of the Arakan Army overran a hilltop camp on Sunday, killing nine soldiers. "
        "Government troops later shelled two villages, killing four civilians."
    )
    assert "Myanmar" in _initiators(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "A court in Mombasa on Monday indicted Hassan Dere and Omar Juma on twelve counts linked to "
        "the grenade attack.",
        "Prosecutors in Kismayo charged Hassan Dere and Omar Juma with eight offences related to the "
        "bombing of the port.",
    ],
)
def test_extract_actors_who_is_formally_charged_with_an_attack_initiates_it(pipeline, text):
    names = _initiators(pipeline, text)
    assert "Hassan Dere" in names and "Omar Juma" in names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a relative is whoever the sentence has him be: here one of the bombers
        (
            "Ruslan Bekov and his brother Timur Bekov set off two bombs near the bus station in "
            "Makhachkala, killing three people.",
            "Timur Bekov",
            None,
        ),
        # ... and here a witness who speaks, no party to the strike
        (
            "A shell killed four people in Kharkiv on Friday. The victim's brother, Oleg Petrenko, "
            "said the strike came at dawn.",
            None,
            "Oleg Petrenko",
        ),
    ],
)
def test_extract_actors_a_relative_is_what_the_sentence_has_him_do(pipeline, text, present, absent):
    names = _initiators(pipeline, text)
    assert present is None or present in names
    assert absent is None or absent not in names


def test_extract_actors_militants_of_a_group_fighting_beyond_its_home_country(pipeline):
    text = (
        "Analysts in Ouagadougou count JNIM as the largest armed group in the east of Burkina Faso. "
        "Militants ambushed an army convoy near Fada N'Gourma on Sunday, killing 12 soldiers."
    )
    assert "JNIM" in _initiators(pipeline, text)


@pytest.mark.parametrize(
    ("text", "initiator", "not_initiator"),
    [
        # the parser runs the subject into the opening time phrase ("On Sunday militants")
        (
            "Analysts in Maiduguri count Boko Haram as the largest armed group in the region. On "
            "Sunday militants ambushed an army convoy near Damboa, killing 12 soldiers.",
            "Boko Haram",
            None,
        ),
        ("On Thursday Houthis fired a missile at a tanker off Hodeidah.", "Houthis", None),
        # a passive subject so run in is still what was hit
        ("On Friday soldiers died when their truck was ambushed outside Damboa.", None, "Nigeria"),
        # who is said to be responsible (or behind, or whose work it was) initiates; a denial does not
        ("Police say ETA was responsible for the car bombing of a barracks in Vic.", "ETA", None),
        ("Investigators believe ETA was behind the car bombing of a barracks in Vic.", "ETA", None),
        ("The car bombing of a barracks in Vic was the work of ETA, police say.", "ETA", None),
        ("Police say ETA was not behind the car bombing of a barracks in Vic.", None, "ETA"),
    ],
)
def test_extract_actors_initiator_read_from_the_sentence(pipeline, text, initiator, not_initiator):
    """A subject run into an opening time phrase, or a party said to be responsible, initiates."""
    names = _initiators(pipeline, text)
    assert initiator is None or initiator in names
    assert not_initiator is None or not_initiator not in names


@pytest.mark.parametrize(
    ("text", "defender", "attacker"),
    [
        # who stops what was fired takes no part in the strike; who fired it keeps the role
        (
            "Saudi air defences intercepted a ballistic missile fired by the Houthis at Jizan on Monday.",
            "Saudi Arabia",
            "Houthis",
        ),
        (
            "Israeli air defences intercepted 12 rockets launched by Hezbollah at Kiryat Shmona on Monday.",
            "Israel",
            "Hezbollah",
        ),
        (
            "Ukrainian troops shot down 30 drones launched by Russia at Kharkiv overnight.",
            "Ukraine",
            "Russia",
        ),
    ],
)
def test_extract_actors_who_intercepts_a_projectile_does_not_initiate_the_strike(
    pipeline, text, defender, attacker
):
    found = _initiators(pipeline, text)
    assert defender not in found and attacker in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the article's war is unknown: the rebels stay unnamed, no one war's rebels
        ("Rebels attacked a village on Monday, killing five people, officials said.", "rebels"),
        ("Insurgents ambushed a supply convoy on Tuesday, killing four drivers.", "insurgents"),
        # the article's country says whose rebels they are
        ("Rebels attacked a village near Idlib on Monday, killing five people.", "Syrian rebels"),
        ("Rebels attacked a village near Marib on Monday, killing five people.", "Houthis"),
    ],
)
def test_extract_actors_rebels_of_an_unknown_war_stay_unnamed(pipeline, text, name):
    assert _initiators(pipeline, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a nationality before an attacker who is the event noun itself: still the attacker
        "Palestinian gunmen opened fire on a bus near Nablus on Monday, killing two passengers.",
        "Somali gunmen attacked a hotel in Kismayo on Friday, killing six guests.",
    ],
)
def test_extract_actors_gunmen_after_a_nationality_are_the_attackers(pipeline, text):
    events = _events(pipeline, text)
    assert any(party(a) == "Unidentified armed group" for e in events for a in e.initiators), events
    assert not any(party(a) == "Unidentified armed group" for e in events for a in e.targets), events
