"""Triggers, weapons and the event type they decide, on sentences written for these tests."""

import pytest

from wardesk.extract.frames import build_frames
from wardesk.extract.triggers import TriggerLexicon, find_triggers
from wardesk.extract.weapons import WeaponLexicon, find_weapons


def _frames(nlp, text):
    doc = nlp(text)
    sent = next(doc.sents)
    tl, wl = TriggerLexicon.default(), WeaponLexicon.default()
    return build_frames(
        0, sent, find_triggers(doc, sent, tl), find_weapons(doc, sent, wl), [], [], [], [], tl.irrealis_heads
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Warplanes pounded the town of Kafr Nabl on Tuesday, killing nine people.", "air_strike"),
        ("Government helicopters dropped barrel bombs on a market in the city.", "air_strike"),
        ("Airstrikes hit a hospital in the north of the province.", "air_strike"),
        ("A drone strike killed three militants near the border.", "air_strike"),
        ("Rebel shelling killed 12 people in a western district of the city.", "missile_artillery"),
        ("Government shelling killed 12 people in Aleppo on Tuesday.", "missile_artillery"),  # parsed as aux
        ("Mortar rounds fell on a school, wounding four children.", "missile_artillery"),
        ("Navy ships launched 18 cruise missiles at targets in the desert.", "missile_artillery"),
        ("A car bomb exploded near a checkpoint in the capital.", "remote_explosive"),
        ("A roadside bomb struck a military convoy on the highway.", "remote_explosive"),
        ("A suicide bomber blew himself up at a crowded market.", "suicide_bomb"),
        ("Residents said a chemical attack killed dozens of people in the town.", "chemical_weapon"),
        ("Symptoms were consistent with sarin, and the attack killed 70 people.", "chemical_weapon"),
        ("Fierce clashes erupted between the army and rebels south of the city.", "armed_clash"),
        ("Government forces recaptured the town after a week of fighting.", "territory_change"),
        ("Police said two officers died in a skirmish with smugglers at the river crossing.", "armed_clash"),
        ("A gunfight between the two militias left five dead near the airport.", "armed_clash"),
        ("Soldiers were wounded in a shootout with bandits outside the village.", "armed_clash"),
        ("The militants executed 25 civilians who tried to flee.", "attack_on_civilians"),
        ("Gunmen opened fire on worshippers leaving the mosque.", "attack_on_civilians"),
        ("Militants kidnapped 40 villagers from their homes.", "abduction"),
        # passengers held in a hijacked train, bus or plane are taken hostage
        ("Gunmen hijacked a crowded bus on the coast road on Friday.", "abduction"),
        ("The group claimed the hijacking of a passenger train in the hills.", "abduction"),
        ("Su-24M bombers destroyed an ammunition depot with a KAB-500 guided bomb.", "air_strike"),
    ],
)
def test_triggers_event_type(nlp, text, expected):
    frames = _frames(nlp, text)
    assert frames, text
    assert expected in {f.event_type for f in frames}


@pytest.mark.parametrize(
    "text",
    [
        "The minister warned that the army would attack the city.",
        "Rebels did not attack the convoy.",
        "The two presidents discussed cooperating on fighting terrorism.",
        # a campaign named as a fight or battle "against" someone is no event
        "Residents said the long fight against insurgent bands in the north had cost them their farms.",
        "The government has spent billions on its battle against the insurgents since 2015.",
    ],
)
def test_triggers_irrealis_gives_no_event(nlp, text):
    frames = _frames(nlp, text)
    assert not any(f.event_type in ("armed_clash", "air_strike") for f in frames)


@pytest.mark.parametrize(
    "text,names",
    [
        ("Su-24M bombers used fragmentation air bombs on the depot.", ["Su-24M", "fragmentation bomb"]),
        ("Russia fired Kalibr cruise missiles from the Caspian Sea.", ["Kalibr", "cruise missile"]),
        ("The jets dropped GBU-31 bombs fitted with JDAM kits.", ["GBU-31", "JDAM"]),
        ("A Tu-160 bomber and two MiG-29 fighters took off.", ["Tu-160", "MiG-29"]),
        ("Militants planted improvised explosive devices along the road.", ["IED"]),
    ],
)
def test_weapons_found(nlp, text, names):
    doc = nlp(text)
    found = [w.name for w in find_weapons(doc, next(doc.sents), WeaponLexicon.default())]
    for n in names:
        assert n in found


@pytest.mark.parametrize(
    "text,civil",
    [
        ("A missile brought down a passenger jet over the marshes on Friday.", True),
        ("Gunners hit a civilian cargo plane as it landed at the field.", True),
        ("The airline's jet was struck by a rocket shortly after take-off.", True),
        ("Rebels said they had downed a chartered aircraft carrying aid.", True),
        ("Air force jets bombed the depot at dawn.", False),
        ("The strike killed a civilian. Jets returned an hour later.", False),
    ],
)
def test_weapons_civil_craft_is_no_weapon(nlp, text, civil):
    """An airliner or cargo plane is what was hit; only a warplane types an air strike."""
    doc = nlp(text)
    names = [w.name for s in doc.sents for w in find_weapons(doc, s, WeaponLexicon.default())]
    assert ("warplane" not in names) is civil


def test_triggers_two_families_in_one_sentence(nlp):
    frames = _frames(nlp, "Clashes continued in the east while airstrikes hit villages in the west.")
    assert {f.event_type for f in frames} >= {"armed_clash", "air_strike"}


@pytest.mark.parametrize(
    "text",
    [
        "The Sudan Liberation Army held a press conference in the capital on Monday.",
        "Fighters of the Karen National Liberation Army met the delegation at the border.",
        "The Moro Islamic Liberation Front signed the agreement in Manila.",
    ],
)
def test_triggers_a_word_inside_a_group_name_is_no_trigger(nlp, text):
    from wardesk.extract.triggers import in_name, name_spans

    doc = nlp(text)
    sent = next(doc.sents)
    tl = TriggerLexicon.default()
    names = name_spans(doc, [], tl)
    assert [t.text for t in find_triggers(doc, sent, tl) if not in_name(t, doc, names)] == []


def test_triggers_a_liberated_town_is_still_a_trigger(nlp):
    from wardesk.extract.triggers import in_name, name_spans

    doc = nlp("Government troops liberated the town of Sanam after two days of fighting.")
    sent = next(doc.sents)
    tl = TriggerLexicon.default()
    names = name_spans(doc, [], tl)
    assert "liberated" in [t.text for t in find_triggers(doc, sent, tl) if not in_name(t, doc, names)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces executed a number of air strikes near the town on Monday.",
        "Warplanes launched a wave of raids on the city.",
    ],
)
def test_frames_a_light_verb_carries_the_event_its_object_names(nlp, text):
    frames = _frames(nlp, text)
    assert {f.event_type for f in frames} == {"air_strike"}


def test_frames_a_part_after_including_is_one_of_the_sentence_s_events(nlp):
    from wardesk.extract.dates import find_time_expressions

    doc = nlp(
        "Warplanes carried out 40 strikes in four days, including six launched on Friday near the border."
    )
    sent = next(doc.sents)
    tl, wl = TriggerLexicon.default(), WeaponLexicon.default()
    frames = build_frames(
        0,
        sent,
        find_triggers(doc, sent, tl),
        find_weapons(doc, sent, wl),
        [],
        [],
        find_time_expressions(sent),
        [],
        tl.irrealis_heads,
    )
    assert len(frames) == 2
    assert {f.event_type for f in frames} == {"air_strike"}
    assert not any(f.aside for f in frames)


@pytest.mark.parametrize(
    "text, events",
    [
        # storming a place is an attack; a storm is the weather
        ("Militants stormed a police post in the town of Kutum on Sunday, killing two officers.", True),
        ("A storm flooded the coast near Mocha on Monday.", False),
    ],
)
def test_triggers_storm_is_a_trigger_only_as_a_verb(nlp, text, events):
    doc = nlp(text)
    sent = next(doc.sents)
    keys = {t.key for t in find_triggers(doc, sent, TriggerLexicon.default())}
    assert ("storm" in keys) == events, keys


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Insurgents shot down an army helicopter over the valley on Monday.", True),
        ("The militia is accused of shooting down the passenger jet near the border.", True),
        ("A cargo plane was shot down by a missile fired from the hills.", True),
        ("Air defences shot down 14 drones over the capital overnight.", False),
        ("Two cruise missiles were shot down before they reached the port.", False),
    ],
)
def test_triggers_shooting_down_a_crewed_aircraft_is_an_attack(nlp, text, event):
    """'Shot down' tells an attack when what fell carries people; drones and missiles shot down are
    interceptions."""
    doc = nlp(text)
    keys = {t.key for t in find_triggers(doc, next(doc.sents), TriggerLexicon.default())}
    assert ("shoot" in keys) is event, keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # an aircraft with people on board that crashed, was downed, brought down or came down
        ("The cargo plane crashed in a wheat field east of the capital on Friday.", "crash"),
        ("Rebels downed an army helicopter over the ridge.", "down"),
        ("Militiamen brought down the passenger jet with a shoulder-fired missile.", "bring"),
        ("The Coral Airways Boeing, which came down near a quarry, carried 60 people.", "come"),
        ("Radar data were shown from before the crash of the Coral Airways passenger plane.", "crash"),
        # the same verbs of anything else, or without their particle
        ("The car crashed into a wall near the stadium.", None),
        ("Share prices crashed after the announcement.", None),
        ("Fuel prices came down last month.", None),
        ("They brought the plane to the hangar.", None),
        ("After the crash of the currency, protests grew.", None),
    ],
)
def test_triggers_an_aircraft_brought_down_is_an_event(nlp, text, key):
    """'Crashed', 'downed', 'brought down', 'came down' tell a violent event only of a crewed aircraft."""
    doc = nlp(text)
    keys = {t.key for s in doc.sents for t in find_triggers(doc, s, TriggerLexicon.default())}
    craft = keys & {"crash", "down", "bring", "come"}
    assert craft == ({key} if key else set()), keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a crash told in a relative clause on an aircraft something was just done to: how that act ended
        ("Insurgents said they had damaged a cargo helicopter, which later crashed beyond the hills.", None),
        ("The gunmen fired at a small plane, which then came down in a marsh.", None),
        ("Militia fighters hit a transport plane that crashed two days later.", None),
        # a crash told of the aircraft itself stays an event
        ("A surveillance plane that crashed near the dam carried six crew, the army said.", "crash"),
        ("The small plane, which came down in a marsh, belonged to the air force.", "come"),
        # an aircraft merely followed or seen is no attack's object: its crash is the event
        ("Officials said a fighter jet was trailing an airliner that crashed near the border.", "crash"),
    ],
)
def test_triggers_a_crash_told_as_the_outcome_of_an_act_is_no_event_of_its_own(nlp, text, key):
    """'they hit a cargo plane, which then came down far off': the crash ends what was done to the
    aircraft; its own event would sit where the aircraft fell, not where it was hit."""
    doc = nlp(text)
    keys = {t.key for s in doc.sents for t in find_triggers(doc, s, TriggerLexicon.default())}
    assert keys & {"crash", "down", "bring", "come"} == ({key} if key else set()), keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The transport plane crashed after an engine failure during a training flight.", None),
        ("The helicopter came down in bad weather, the ministry said.", None),
        ("An army helicopter crashed near the airbase during a routine patrol flight.", None),
        ("Two jets collided and crashed over the sea during a drill.", None),
        # someone brought it down: no accident, whatever else the sentence says
        ("Gunmen downed the helicopter although the weather was clear.", "down"),
        ("The fighter jet crashed in a field near the front line.", "crash"),
    ],
)
def test_triggers_a_crash_told_as_an_accident_is_no_event(nlp, text, key):
    """A crash of untold cause told with its accident (a failure, the weather) is not violence."""
    doc = nlp(text)
    keys = {t.key for s in doc.sents for t in find_triggers(doc, s, TriggerLexicon.default())}
    assert keys & {"crash", "down", "bring", "come"} == ({key} if key else set()), keys


@pytest.mark.parametrize(
    ("text", "key", "event_type"),
    [
        # a headline's capitalised plurals are tagged as names and left unlemmatised: '-es' plurals
        # are found by their singular too, not only '-s' ones
        ("Heavy Clashes Rock Kismayo", "clash", "armed_clash"),
        ("Deadly Ambushes Kill Six Soldiers Near Gao", "ambush", "armed_clash"),
        ("Government Airstrikes Kill 12 In Saraqeb", "airstrike", "air_strike"),
    ],
)
def test_triggers_capitalised_plurals_are_found_by_their_singular(nlp, text, key, event_type):
    doc = nlp(text)
    sent = next(doc.sents)
    found = {(t.key, t.event_type) for t in find_triggers(doc, sent, TriggerLexicon.default())}
    assert (key, event_type) in found, found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Villagers said eight bodies were discovered on Thursday near the road to Gulu.", "discover"),
        ("Police recovered the bodies of nine herders from the river on Monday.", "recover"),
        ("A mass grave was uncovered outside the town last week.", "uncover"),
        ("Investigators found that the convoy had taken a wrong turn.", None),
        ("Aid workers found shelter for the families in a school.", None),
    ],
)
def test_triggers_finding_the_dead_tells_a_killing(nlp, text, key):
    """Bodies, corpses or a grave found, recovered or uncovered tell that people were killed there;
    finding anything else tells nothing."""
    doc = nlp(text)
    keys = {t.key for t in find_triggers(doc, next(doc.sents), TriggerLexicon.default())}
    assert (key in keys) if key else not keys, keys


def test_frames_who_finds_the_dead_takes_no_part(nlp):
    """The police who recover the bodies are no attacker of the killing the find tells."""
    frames = _frames(nlp, "Police recovered the bodies of nine herders from the river on Monday.")
    assert frames and not any(m.text == "Police" for f in frames for m in f.initiators)
