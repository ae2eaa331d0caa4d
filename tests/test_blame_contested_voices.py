"""Claims of responsibility in the voices of both sides' media, round 14.

* "pinned the attack on X" blames X, as "blamed the attack on X" does; "pinned down the rebels"
  blames no one (a verb of blame only with "on");
* "held Fano fighters responsible", parsed as a clause of its own ("fighters responsible"), still
  holds its subject responsible;
* "the federal army" is the state's forces, so "the federal army and X traded blame" is mutual
  blame of two parties;
* "Armenia's Ministry of Foreign Affairs" keeps its "of" name as the source
  ("Armenian Ministry of Foreign Affairs", not "Armenian Ministry").

All sentences are our own (tests/data/sweeps/contested_voices_sweep.yaml holds more).
"""

from __future__ import annotations

import pytest

from article_helpers import responsibility
from wardesk.record import Article

PUB = "2024-06-11"


def _blame(pipeline, text):
    return responsibility(pipeline.run(Article(id="t", text=text, published=PUB)).events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen shot dead 17 traders at a cattle market in Zamfara on Friday. The state governor "
            "pinned the massacre on bandits loyal to ISWAP.",
            ("accuses", "ISWAP", "governor"),
        ),
        (
            "A truck bomb wrecked a checkpoint outside Baidoa on Monday, killing nine soldiers. The "
            "Somali government pinned the bombing on al-Shabaab.",
            ("accuses", "al-Shabaab", "Somali government"),
        ),
    ],
)
def test_blame_pinned_on_accuses_the_party(pipeline, text, expected):
    stance, actor, source = expected
    assert any(s == stance and a == actor and source in (src or "") for s, a, src in _blame(pipeline, text))


def test_blame_pinned_down_accuses_no_one(pipeline):
    text = "Soldiers pinned down M23 fighters on a ridge near Rubaya on Tuesday, the army said."
    assert not [b for b in _blame(pipeline, text) if b[0] == "accuses" and b[1] == "M23"]


def test_blame_held_responsible_read_as_a_small_clause(pipeline):
    text = (
        "An ambush on a fuel convoy near Kobo killed six drivers on Wednesday. The regional "
        "administration held Fano fighters responsible."
    )
    assert any(s == "accuses" and a == "Fano" for s, a, _src in _blame(pipeline, text))


def test_blame_federal_army_trades_blame_with_a_militia(pipeline):
    text = (
        "Clashes near the town of Kobo on Friday left 11 residents dead. The federal army and Fano "
        "militiamen traded blame for the killings."
    )
    found = _blame(pipeline, text)
    assert any(s == "accuses" and a == "Fano" and "army" in (src or "") for s, a, src in found)
    assert any(s == "accuses" and a == "Ethiopia" and "Fano" in (src or "") for s, a, src in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Armenia's Ministry of Foreign Affairs said Azerbaijani mortars hit a kindergarten in "
            "Tegh on Thursday, wounding a guard.",
            "Armenian Ministry of Foreign Affairs",
        ),
        (
            "Russia's Ministry of Defence said its missiles destroyed a Ukrainian fuel depot near "
            "Poltava on Sunday.",
            "Russian Ministry of Defence",
        ),
    ],
)
def test_attribution_country_owned_ministry_of_keeps_its_name(pipeline, text, source):
    assert source in {src for _s, _a, src in _blame(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A mortar round hit a water tower in Shusha on Friday, wounding a worker. Azerbaijan's "
            "defence ministry said the shelling came from positions held by Armenian troops.",
            ("accuses", "Armenia"),
        ),
        (
            "Rockets killed four people in the Kalakla district of Khartoum on Sunday. The army said "
            "the rockets were launched from areas controlled by the RSF.",
            ("accuses", "RSF"),
        ),
    ],
)
def test_blame_fire_from_ground_held_by_a_party_accuses_it(pipeline, text, expected):
    assert expected in {(s, a) for s, a, _src in _blame(pipeline, text)}


def test_blame_strikes_on_ground_held_by_a_party_do_not_make_it_the_target(pipeline):
    text = "Turkish jets bombed villages held by the PKK near Zakho on Saturday, killing three shepherds."
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    assert all("PKK" not in {a.name for a in e.targets} for e in events)


def test_blame_nothing_to_do_with_it_after_an_act_denies(pipeline):
    text = (
        "A grenade exploded at a bus stop in Mombasa on Tuesday, wounding eight commuters. A "
        "spokesman for al-Shabaab said the group had nothing to do with it."
    )
    assert any(s == "denies" and a == "al-Shabaab" for s, a, _src in _blame(pipeline, text))


def test_blame_nothing_to_do_with_it_without_an_act_denies_nothing(pipeline):
    text = "Peace talks opened in Addis Ababa on Monday. The TPLF said it had nothing to do with it."
    assert not [b for b in _blame(pipeline, text) if b[0] == "denies"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Gunfire across the border near Tavush killed a shepherd on Monday. Each side blamed the "
            "other, with Armenia and Azerbaijan both saying their posts had only returned fire.",
            set(),  # the sides are named after the subject: nothing is read
        ),
        (
            "A soldier died in an exchange of fire on the frontier between Armenia and Azerbaijan on "
            "Sunday. Each side blamed the other for the incident.",
            {("accuses", "Azerbaijan", "Armenia"), ("accuses", "Armenia", "Azerbaijan")},
        ),
        (
            "Fighting between the army and the RSF in Kadugli killed 19 people on Friday. Both sides "
            "blamed each other for the deaths.",
            {("accuses", "RSF", "the army"), ("accuses", "Sudan", "RSF")},
        ),
        (
            "Cross-border shelling near Uri killed two farmers on Thursday. Indian and Pakistani "
            "commanders blamed each other.",
            {("accuses", "Pakistan", "Indian commanders"), ("accuses", "India", "Pakistani commanders")},
        ),
    ],
)
def test_blame_each_side_blames_the_other_sides_named_before(pipeline, text, wanted):
    found = {b for b in _blame(pipeline, text) if b[0] == "accuses"}
    assert wanted <= found
    if not wanted:
        assert not found


def test_blame_each_side_with_one_party_named_reads_nothing(pipeline):
    text = "Rival gunmen clashed in the centre of Zawiya on Sunday, killing six. Each side blamed the other."
    assert not [b for b in _blame(pipeline, text) if b[0] == "accuses"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A grenade blast wrecked a bar in Tumaco on Saturday, wounding five drinkers. FARC "
            "dissidents denied any involvement in the blast.",
            ("denies", "FARC dissidents"),
        ),
        (
            "Gunmen killed nine herders near Beni on Wednesday. Wazalendo fighters blamed the ADF for "
            "the killings.",
            ("accuses", "Allied Democratic Forces"),  # Beni read as Congo's: the listed group
        ),
    ],
)
def test_blame_listed_group_unknown_as_a_source_speaks_for_itself(pipeline, text, expected):
    assert expected in {(s, a) for s, a, _src in _blame(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone slammed into a freighter off Hodeidah on Friday. The Houthis' military spokesman "
            "said the group had struck the freighter with a naval drone.",
            ("claims", "Houthis"),
        ),
        (
            "Fighters overran an army post outside Masisi on Thursday. An M23 spokesman said the "
            "rebels had seized the post and its weapons.",
            ("claims", "M23"),
        ),
    ],
)
def test_blame_group_spokesman_telling_of_the_group_claims(pipeline, text, expected):
    assert expected in {(s, a) for s, a, _src in _blame(pipeline, text)}


def test_blame_army_telling_of_the_rebels_accuses_no_own_side(pipeline):
    text = "Rebels shelled a camp near Masisi on Thursday, killing six. The army said the rebels fired the shells."
    assert not [b for b in _blame(pipeline, text) if b[0] == "claims"]


@pytest.mark.parametrize(
    "text",
    [
        "Mortar rounds fell on a kibbutz near Sderot on Monday. Islamic Jihad's armed wing said its "
        "fighters fired the rounds.",
        "A roadside bomb hit a patrol near Jenin on Friday. The military wing of Islamic Jihad said its "
        "fighters planted the bomb.",
    ],
)
def test_blame_armed_wing_of_a_group_speaks_for_it(pipeline, text):
    assert ("claims", "Palestinian Islamic Jihad") in {(s, a) for s, a, _src in _blame(pipeline, text)}
