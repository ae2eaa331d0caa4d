"""Claims of responsibility (who accuses whom, who claims, who denies) on short articles written
for these tests, read end to end by the extract stage."""

from __future__ import annotations

import pytest

from wardesk.extract.blame import find_statements
from wardesk.record import Article

PUB = "2024-05-15"


def _events(pipeline, text):
    return pipeline.run(Article(id="t", text=text, published=PUB)).events


def _blame(events):
    return {(c.stance, c.actor, c.source) for e in events for c in e.claims if c.what == "responsibility"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X blamed Y for ...
        (
            "Gunmen stormed a village near Maiduguri on Sunday, killing 14 farmers. "
            "Police blamed Boko Haram for the attack.",
            {("accuses", "Boko Haram", "Police")},
        ),
        # Y claimed responsibility: Y is its own source
        (
            "A car bomb exploded at a checkpoint in Mogadishu on Tuesday, killing six soldiers. "
            "Al-Shabaab claimed responsibility for the bombing.",
            {("claims", "al-Shabaab", "al-Shabaab")},
        ),
        # a side reports the other side's attack; the other side denies any involvement
        (
            "Shelling killed five civilians in Donetsk on Friday. Russia said Ukrainian forces shelled "
            "the city. Kyiv denied any involvement.",
            {("accuses", "Ukraine", "Russia"), ("denies", "Ukraine", "Kyiv")},
        ),
        # blamed government warplanes: the government of the article's country
        (
            "Activists blamed government warplanes for a strike on a market in Idlib that killed 20 people "
            "on Monday.",
            {("accuses", "Syria", "Activists")},
        ),
        # accused Y of ...; Y denied doing it
        (
            "A rocket hit a hospital in Gaza City on Tuesday, killing dozens. Israel accused Hamas of firing "
            "the rocket. Hamas denied firing the rocket.",
            {("accuses", "Hamas", "Israel"), ("denies", "Hamas", "Hamas")},
        ),
        # "the coalition" of a war denies that its own jets struck
        (
            "An air strike hit a hospital in Taiz on Monday, killing 11 people. The Houthis blamed the "
            "Saudi-led coalition for the strike. The coalition denied that its jets had struck the hospital.",
            {
                ("accuses", "Saudi-led coalition", "Houthis"),
                ("denies", "Saudi-led coalition", "The coalition"),
            },
        ),
        # a spokesman says the group had no involvement: a denial for the group
        (
            "Fighters attacked an army base near Sittwe on Monday, killing nine soldiers. The military "
            "blamed the Arakan Army. A spokesman for the Arakan Army said the movement had no role "
            "in the raid.",
            {
                ("accuses", "Arakan Army", "The military"),
                ("denies", "Arakan Army", "A spokesman for the Arakan Army"),
            },
        ),
        # a ministry reports its own forces' strike: a claim, not an accusation
        (
            "Russia's defence ministry said its forces struck a command post in Kharkiv on Monday, "
            "killing 30 fighters.",
            {("claims", "Russia", "Russian Ministry of Defence")},
        ),
        # the accused is a "to" object; the deniers a witness of no side
        (
            "Dozens of people were killed near an aid convoy in Gaza City on Thursday. Health officials "
            "attributed the deaths to Israeli fire.",
            {("accuses", "Israel", "Health officials")},
        ),
    ],
)
def test_blame_constructions(pipeline, text, expected):
    found = _blame(_events(pipeline, text))
    assert expected <= found, found


def test_blame_initiators_are_empty_when_sources_accuse_different_parties(pipeline):
    text = (
        "A missile struck a market in Sumy on Sunday, killing 12 people. Ukrainian officials said Russian "
        "forces fired the missile. Russia's defence ministry said a Ukrainian air defence missile hit the market."
    )
    (event, *_) = _events(pipeline, text)
    assert event.initiators == []
    assert {
        ("accuses", "Russia", "Ukrainian officials"),
        ("accuses", "Ukraine", "Russian Ministry of Defence"),
    } <= (_blame([event]))


def test_blame_a_name_beside_a_listed_actor_is_no_party(pipeline):
    # a type of bomber the actor table lacks is no party beside the air force it belongs to
    text = (
        "Russia's defence ministry said Russian warplanes and Tupolev bombers struck depots near Raqqa "
        "on Monday, killing 40 fighters."
    )
    assert _blame(_events(pipeline, text)) == {("claims", "Russia", "Russian Ministry of Defence")}


def test_blame_initiators_stay_when_sources_name_partners_of_one_attack(pipeline):
    text = (
        "Air strikes hit a market in Maarat al-Numan on Monday, killing 15 people. The Observatory said "
        "Russian jets carried out the strikes. Rescuers said Syrian and Russian warplanes bombed the market."
    )
    (event, *_) = _events(pipeline, text)
    assert {"Russia", "Syria"} <= {a.name for a in event.initiators}


def test_blame_initiators_stay_when_the_article_says_who_did_it(pipeline):
    text = (
        "Russian missiles struck a market in Sumy on Sunday, killing 12 people. Russia's defence ministry "
        "said Ukrainian air defences hit the market."
    )
    (event, *_) = _events(pipeline, text)
    assert "Russia" in [a.name for a in event.initiators]


@pytest.mark.parametrize(
    "text",
    [
        "No faction has yet claimed responsibility for the ambush.",
        "The ministry did not deny that the talks had stalled.",
        "The government rejected the offer of talks.",
        "Officials held talks with the rebels on Monday.",
        "The spokeswoman said the United States does not have diplomatic relations with Damascus.",
    ],
)
def test_blame_no_statement(nlp, text):
    doc = nlp(text)
    (sent,) = list(doc.sents)
    assert find_statements(sent, 0, [], []) == []


def test_blame_a_weapons_model_is_no_party(pipeline):
    text = (
        "A Su-34 bomber destroyed a rebel depot near Hama on Monday, killing 12 fighters, "
        "General Ivan Sokolov said."
    )
    assert not any(actor.startswith("Su-") for _, actor, _ in _blame(_events(pipeline, text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dismissal of the attack as a provocation, by the verb's subject
        (
            "A missile hit a railway station in Kramatorsk on Friday, killing 50 people. "
            "The Russian defence ministry called the attack a provocation.",
            {("denies", "Russia", "Russian Ministry of Defence")},
        ),
        # "was staged", said by a side's ministry
        (
            "Troops killed 80 villagers near Homs on Sunday, activists said. "
            "Syria's foreign ministry said the massacre was staged.",
            {("denies", "Syria", "Syrian foreign ministry"), ("accuses", "Syria", "activists")},
        ),
        # the reports dismissed as fabricated
        (
            "A rocket struck a market in Donetsk on Monday, killing 12 people. "
            "Ukrainian officials dismissed the reports as fabricated.",
            {("denies", "Ukraine", "Ukrainian officials")},
        ),
        # a two-word dismissal
        (
            "Gunmen killed 30 people in a village in Zamfara on Sunday. "
            "The army said the attack was a false flag operation.",
            {("denies", "Nigeria", "The army")},
        ),
        # the victims did it to themselves: the speaker's side denies it and accuses them
        (
            "A missile hit a railway station in Kramatorsk on Friday, killing 50 people. "
            "Russia's defence ministry said Ukrainian forces shelled themselves.",
            {
                ("denies", "Russia", "Russian Ministry of Defence"),
                ("accuses", "Ukraine", "Russian Ministry of Defence"),
            },
        ),
    ],
)
def test_blame_dismissal_is_a_denial(pipeline, text, expected):
    found = _blame(_events(pipeline, text))
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        # a side that says whom it aimed at admits the strike: no denial
        "Russian missiles hit a square in Sumy on Sunday, killing 34 people. Russia's defence ministry said "
        "its forces struck a meeting of commanders and denied targeting civilians.",
        "Jets bombed a district of Aleppo on Monday, killing 20 people. Syria's army said its jets hit "
        "rebel depots and denied that residents had been targeted.",
        # dismissals of other things than the attack deny nothing
        "Shelling killed four people in Donetsk on Monday. Russia's defence ministry called the minister a "
        "liar and said the film was staged in a studio.",
        "Shelling killed four people in Donetsk on Monday. Russia's defence ministry said the attack was not "
        "a provocation.",
    ],
)
def test_blame_no_denial(pipeline, text):
    found = _blame(_events(pipeline, text))
    assert not any(stance == "denies" for stance, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's speaker who blames "terrorists" blames the armed opposition the actor table lists
        (
            "Shells struck a market in Bamenda on Monday, killing nine traders. "
            "Cameroon's defence ministry spokesman Paul Ngolle blamed anti-government gunmen for the shelling.",
            ("accuses", "Ambazonian separatists", "Ngolle"),
        ),
        # the title given once stays with the person: "Danjuma said" and "he added" speak for it
        (
            "Shells struck a market in Maiduguri on Monday, killing nine traders. "
            "Nigeria's defence ministry spokesman Musa Danjuma said the army had fired no shell that day. "
            "Danjuma later told reporters in Abuja that gunmen were behind the attack. "
            "Boko Haram has fought the army in the state since 2009.",
            ("accuses", "Boko Haram", "Danjuma"),
        ),
        # the side's speaker reports unnamed gunmen attacking: its enemy, as when it blames them in words
        (
            "Nine villagers died in Bamenda on Monday. Cameroon's defence ministry spokesman Paul Ngolle "
            "said dozens of rebel gunmen armed with rifles attacked soldiers near the town.",
            ("accuses", "Ambazonian separatists", "Ngolle"),
        ),
        # "reiterated the government's line that ...": the line is what the speaker says
        (
            "Shells struck a market in Maiduguri on Monday, killing nine traders. "
            "Nigeria's defence ministry spokesman Musa Danjuma spoke in Abuja. He reiterated the "
            "government's line that terrorists had planted the shells. Boko Haram has fought the army in "
            "the state since 2009.",
            ("accuses", "Boko Haram", "Danjuma"),
        ),
    ],
)
def test_blame_a_side_blaming_or_reporting_unnamed_attackers_blames_its_enemy(pipeline, text, expected):
    """A side's speaker who blames "gunmen" in words, or reports them attacking its own forces,
    accuses the armed opposition the actor table lists for that side when the text ties them to
    it: words that say they fight the state ("anti-government", "rebel") or the group named in the
    article (else they stay unnamed: see the own sweep's Kashmir items)."""
    stance, actor, surname = expected
    got = _blame(_events(pipeline, text))
    assert any(c[:2] == (stance, actor) and (c[2] or "").endswith(surname) for c in got), got


@pytest.mark.parametrize(
    "text",
    [
        # a third party reporting unnamed gunmen names nobody
        "Nine villagers died in Maiduguri on Monday. Amnesty International said dozens of gunmen "
        "attacked soldiers near the town.",
        # a side reporting its own strike on a car with gunmen inside does not blame them for it
        "Officials in Abuja said on Monday that a Nigerian air strike near Maiduguri hit a truck "
        "carrying gunmen armed with rifles.",
    ],
)
def test_blame_unnamed_gunmen_not_attacking_the_speakers_side_stay_unnamed(pipeline, text):
    assert not any(actor == "Boko Haram" for _, actor, _ in _blame(_events(pipeline, text)))


def test_blame_unnamed_gunmen_blamed_by_a_third_party_stay_unnamed(pipeline):
    text = (
        "Shells struck a market in Maiduguri on Monday, killing nine traders. "
        "Amnesty International said gunmen were behind the attack."
    )
    assert not any(actor == "Boko Haram" for _, actor, _ in _blame(_events(pipeline, text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's side is in the title set off by commas after his name at first mention;
        # a later quote credits him by surname only
        (
            "Shells struck a bus depot in Kadugli on Tuesday, killing 14 people. The governor blamed "
            "the Sudanese army. Omer Bashir, a councillor installed by the Sudanese army in the town, "
            'said on Wednesday that no unit had fired. "It is a staged provocation," Bashir wrote.',
            {("denies", "Sudan", "Omer Bashir")},
        ),
    ],
)
def test_blame_denial_by_a_speaker_titled_in_apposition(pipeline, text, expected):
    found = _blame(_events(pipeline, text))
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        # "they shelled themselves" in a side's words dismisses the attack; it claims nothing
        "Rockets hit a school in Kharkiv on Monday, killing seven people. The Russian defence ministry "
        "said the attack followed the usual 'they shelled themselves' script.",
        "Mortars hit a clinic in Goma on Friday, killing five people. A rebel spokesman said it was the "
        "old 'they bombed themselves' script of the army.",
    ],
)
def test_blame_turned_back_act_is_no_claim(pipeline, text):
    found = _blame(_events(pipeline, text))
    assert not any(stance == "claims" for stance, _, _ in found), found


def _by_place(events):
    return {
        e.locations[0].name: {(c.stance, c.actor, c.source) for c in e.claims if c.what == "responsibility"}
        for e in events
        if e.locations
    }


def test_blame_a_group_spokesmans_denial_answers_the_accused_event(pipeline):
    """'The group's spokesman' speaks for the armed group named before; his denial goes to the event
    where that group is accused, not to the attack told just before it, and takes the place of the
    group's denial in its own name."""
    text = (
        "Rockets struck a school in Kiryat Shmona on Saturday, killing four children. The Israeli army "
        "blamed Hezbollah for the attack. A drone also hit a factory in Nahariya that night, wounding two "
        "workers. Hezbollah denied any link to the school attack. The group's spokesman Ali Haidar denied "
        "any role in it."
    )
    found = _by_place(_events(pipeline, text))
    assert ("denies", "Hezbollah", "Ali Haidar") in found["Kiryat Shmona"], found
    assert ("denies", "Hezbollah", "Hezbollah") not in found["Kiryat Shmona"], found
    assert not found["Nahariya"], found


def test_blame_a_militant_groups_spokesman_denies_for_the_group(pipeline):
    text = (
        "Mortar shells hit a market in Mogadishu on Friday, killing nine people. The police blamed "
        "al-Shabaab. A car bomb later damaged a hotel in Baidoa, wounding three guards. The militant "
        "group's spokesman Ali Dheere denied any involvement in the market attack."
    )
    found = _by_place(_events(pipeline, text))
    assert any(s == "denies" and a == "al-Shabaab" for s, a, _ in found["Mogadishu"]), found
    assert not found["Baidoa"], found


@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed 40 villagers in Kafr Nabl on Friday, activists said. Syria's Foreign Ministry "
        "spokesman Omran Zoubi said the killings were caused by terrorists.",
        "Shelling killed 40 villagers in Kafr Nabl on Friday, activists said. Syria's Foreign Ministry "
        "spokesman Omran Zoubi said the killings had been caused by a terrorist gang.",
    ],
)
def test_blame_the_deaths_caused_by_unnamed_terrorists_blames_the_enemy(pipeline, text):
    """A passive 'the killings were caused by X', in a side's words: X (here its unnamed enemy) is accused."""
    assert ("accuses", "Syrian rebels", "Omran Zoubi") in _blame(_events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # "the military" after a rights group's words is the military itself, claiming its own act
        (
            "Soldiers raided a market in Gao on Friday, killing 40 traders, Amnesty International said. "
            "The toll comes on top of 90 jihadists whom the military said it shot dead near Gao last week.",
            ("claims", "Mali", "the military"),
            ("claims", "Mali", "Amnesty International"),
        ),
        # "the ministry" after a rights group names the ministry, and so its figure
        (
            "Shelling hit a hospital in Kaduna on Monday, killing nine patients, Human Rights Watch said. "
            "The ministry said its forces had killed 40 bandits near Kaduna the same day.",
            ("killed", 40.0, "The ministry"),
            ("killed", 40.0, "Human Rights Watch"),
        ),
    ],
)
def test_blame_a_kind_of_source_refers_back_only_to_a_source_of_that_kind(
    pipeline, text, expected, not_expected
):
    events = _events(pipeline, text)
    found = _blame(events) | {(c.what, c.value, c.source) for e in events for c in e.claims}
    assert expected in found, found
    assert not_expected not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's speaker counting armed opponents killed, with nobody named as the killer: its claim
        (
            "The army said 30 militants were killed in clashes near Gao on Monday.",
            {("claims", "Mali", "The army")},
        ),
        (
            "The Nigerian army said on Friday that 14 bandits died in a raid on a camp near Gusau.",
            {("claims", "Nigeria", "The Nigerian army")},
        ),
    ],
)
def test_blame_a_state_counting_enemies_killed_claims_the_act(pipeline, text, expected):
    assert expected <= _blame(_events(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        # a third party counting militants killed claims nothing for anyone
        "Amnesty International said 30 militants were killed in clashes near Gao on Monday.",
        # the state's speaker counts its own men: no claim
        "The army said 12 of its soldiers died when a convoy was ambushed near Gao on Monday.",
        # no count of dead: no claim
        "The army said militants fired at a convoy near Gao on Monday.",
    ],
)
def test_blame_no_claim_without_a_state_counting_its_enemies(pipeline, text):
    assert not any(stance == "claims" for stance, _, _ in _blame(_events(pipeline, text)))


def test_blame_a_state_counting_a_militia_of_its_own_country_claims_nothing(pipeline):
    """A state's official counting members of a militia of its own country killed by a strike names
    no enemy of the state: the strike is no claim of the state's."""
    text = (
        "Lebanon's army said on Sunday that five Hezbollah fighters were killed when a drone hit "
        "their car near Tyre."
    )
    assert not any(c[:2] == ("claims", "Lebanon") for c in _blame(_events(pipeline, text)))


@pytest.mark.parametrize(
    "text",
    [
        # a monitor's head speaks for no side, whatever his title's words or where its office is
        "Jets bombed a base near Raqqa on Monday. The head of the London-based Syrian Observatory, "
        "Omar Khalil, said at least 16 militants were killed at the base.",
        "Jets bombed a base near Raqqa on Monday. The director of the UK-based monitor, Omar Khalil, "
        "said at least 16 militants were killed at the base.",
    ],
)
def test_blame_a_monitors_head_claims_nothing_for_anyone(pipeline, text):
    assert not any(stance == "claims" for stance, _, _ in _blame(_events(pipeline, text)))


def test_blame_a_claimant_nobody_else_is_quoted_beside_is_the_source(pipeline):
    """An attack told by no quoted source but claimed by its attacker: the claim is the account of
    it, so the claimant is the event's source (verb claimed)."""
    text = (
        "Jihadists of the JNIM group claimed an attack on the town of Djibo on Sunday that left more than"
        " 80 people dead, saying they had targeted militiamen, not civilians, Reuters reported.\n\n"
        "Relatives said the dead were farmers."
    )
    evs = [e for e in _events(pipeline, text) if e.kind == "incident"]
    assert [(s.name, s.verb) for e in evs for s in e.sources] == [("JNIM", "claimed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's organ telling its own forces' strike claims it, and keeps its country as source
        (
            "Nigeria's defence ministry said the air force struck a bandit camp near Gusau on Sunday, "
            "killing 40 fighters.",
            ("claims", "Nigeria", "Nigerian defence ministry"),
        ),
        (
            "Somalia's army said troops killed 15 militants in a raid on a camp near Kismayo on Monday.",
            ("claims", "Somalia", "Somali army"),
        ),
    ],
)
def test_blame_a_countrys_organ_claims_its_own_forces_strike(pipeline, text, expected):
    assert expected in _blame(_events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article names one state's forces: its unnamed organ is named with its state
        (
            "Nineteen insurgents were killed by Malian forces in operations near Mopti on Sunday, "
            "the military said on Monday.",
            ("claims", "Mali", "Malian military"),
        ),
        # two states' forces in the article: the organ keeps the article's words
        (
            "Israeli jets struck a village near Tyre on Monday, killing four people, the Lebanese army said. "
            "The military said it hit Hezbollah targets.",
            ("accuses", "Israel", "the Lebanese army"),
        ),
    ],
)
def test_blame_an_unnamed_organ_of_the_one_state_named_is_that_states(pipeline, text, expected):
    found = _blame(_events(pipeline, text))
    assert expected in found, found
    assert not any(s and s.endswith("Lebanese military") for _, _, s in found)


def test_blame_joint_speakers_each_accuse(pipeline):
    text = (
        "Amnesty International and the Syrian Observatory for Human Rights said that government "
        "troops shelled the hamlet of Kafr Nabl on Thursday, killing nine people."
    )
    found = _blame(_events(pipeline, text))
    assert {
        ("accuses", "Syria", "Amnesty International"),
        ("accuses", "Syria", "Syrian Observatory for Human Rights"),
    } <= found, found


@pytest.mark.parametrize(
    "text",
    [
        'Gunmen attacked the village of Dargol on Tuesday, killing five people. A militia official said "several '
        'attackers were killed."',
        "Raiders stormed a farm near Kuru on Monday. A vigilante leader said four bandits were killed in the fight.",
    ],
)
def test_blame_a_speaker_whose_side_the_table_lacks_counting_enemy_dead_reads_through(pipeline, text):
    """A speaker read as a generic side where no country is known ("a militia official") is no entry
    of the actor table: asking whether that side fought its enemies must answer no, not fail the article."""
    events = _events(pipeline, text)
    assert any(e.fatalities is not None for e in events), events


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # two states at war: the bare organ speaks for the state whose military spoke just before it,
        # not for the country the article is mostly about
        (
            "Fighting raged around the Ukrainian town of Avdiivka on Tuesday. Ukrainian officials said "
            "Russian shelling killed four civilians in the town. In Moscow, the Russian defence ministry "
            "said its forces had repelled six attacks. The military said its artillery killed 40 "
            "Ukrainian soldiers near the town.",
            ("claims", "Russia", "The military"),
            ("claims", "Ukraine", "The military"),
        ),
        # the police stay the police of the country the article is about
        (
            "The Israeli army said its jets struck Hezbollah targets in southern Lebanon on Monday. "
            "Israeli jets hit a house in the Lebanese village of Qana, killing five people, police said.",
            ("accuses", "Israel", "police"),
            ("claims", "Israel", "police"),
        ),
        # the text does not say whose military it is: it stays unresolved
        (
            "Israeli jets struck a village near Tyre on Monday, killing four people, the Lebanese army "
            "said. The military said it hit Hezbollah targets.",
            None,
            ("claims", "Lebanon", "The military"),
        ),
    ],
)
def test_blame_a_bare_organ_between_two_states_speaks_for_the_side_its_context_names(
    pipeline, text, expected, not_expected
):
    found = _blame(_events(pipeline, text))
    if expected is not None:
        assert expected in found, found
    assert not_expected not in found, found
