"""A sweep of casualty phrasings from many wars, read end to end into one event's figures.

Each case is a short report of our own (no benchmark wording) in a form reporters use for the
dead and the wounded: tolls that claim lives or leave people dead, ranges, vague words, counts
in words and in digits with commas, parts of a toll, sums of kinds of people, a named person
beside a number, the attacker's own death, and the injured. The main event's ``fatalities`` and
``injuries`` (low, best, high) are compared with what a careful coder would write.

Run alone (``python tests/test_numbers_sweep.py``) to list every case that comes out wrong
and the number that come out right.
"""

from __future__ import annotations

import sys

import pytest

from article_helpers import NONE, Figure, figure, sweep_main, sweep_params
from wardesk.flows.extract import Pipeline
from wardesk.record import Article


def _exact(n: int) -> Figure:
    return (n, n, n)


def _at_least(n: int) -> Figure:
    return (n, n, None)


def _about(n: int) -> Figure:
    return (None, n, None)


# (article text, fatalities, injuries)
SWEEP: list[tuple[str, Figure, Figure]] = [
    # ---- verbs and nouns of dying
    ("A car bomb in Mogadishu on Tuesday claimed the lives of 14 people, police said.", _exact(14), NONE),
    ("An ambush near Djibo on Sunday left 23 soldiers dead, the army said.", _exact(23), NONE),
    ("Rescuers said 17 bodies were recovered from the rubble in Kramatorsk on Monday.", _exact(17), NONE),
    ("Nine people lost their lives when shells hit a market in Omdurman on Friday.", _exact(9), NONE),
    ("Eleven villagers perished when gunmen set fire to huts near Jos on Saturday.", _exact(11), NONE),
    ("The shelling of Kherson on Thursday killed six residents, the governor said.", _exact(6), NONE),
    ("Seven miners died after rebels stormed a gold site in Ituri on Wednesday.", _exact(7), NONE),
    ("Militants shot dead four teachers near Mandera on Monday, police said.", _exact(4), NONE),
    # ---- a toll that grows
    (
        "A suicide bomber struck a mosque in Peshawar on Friday. The toll climbed to 61 by evening.",
        _exact(61),
        NONE,
    ),
    (
        "An air strike hit a wedding in Sagaing on Tuesday, killing 12. The death toll later rose to 27.",
        _exact(27),
        NONE,
    ),
    # ---- ranges, qualifiers and vague words
    (
        "Between 10 and 15 fishermen were killed when a drone struck boats near Hodeidah on Sunday.",
        (10, 10, 15),
        NONE,
    ),
    ("Dozens of people were killed in clashes in El Fasher on Thursday, residents said.", _about(12), NONE),
    ("Scores of civilians died when militias raided Geneina on Monday, witnesses said.", _about(20), NONE),
    ("More than a hundred people were killed in a massacre near Bunia on Saturday.", _at_least(100), NONE),
    ("Two dozen soldiers were killed in an attack on a base in Mali on Tuesday.", _exact(24), NONE),
    (
        "A dozen police officers were killed when militants ambushed a convoy in Borno on Friday.",
        _exact(12),
        NONE,
    ),
    ("Nearly 40 people died when a rocket hit a bus station in Donetsk on Sunday.", _about(40), NONE),
    ("At least 31 people were killed in an attack on a church in Ondo on Sunday.", _at_least(31), NONE),
    (
        "Up to 50 displaced people may have died in the raid on a camp near Maiduguri on Monday.",
        (None, 50, 50),
        NONE,
    ),
    (
        "Some 200 villagers were killed when gunmen swept through Yelwata overnight, witnesses said.",
        _about(200),
        NONE,
    ),
    (
        "Several soldiers were killed when a mine exploded under their truck in Tillaberi on Friday.",
        _about(3),
        NONE,
    ),
    (
        "Hundreds of people were killed in fighting in Wad Madani on Thursday, a doctors' group said.",
        _about(100),
        NONE,
    ),
    # ---- words and digits with commas
    ("Thirty-two people were killed in air strikes on Saada on Monday, rebel media said.", _exact(32), NONE),
    ("Forty-five fighters died in the battle for Bakhmut on Wednesday, a commander said.", _exact(45), NONE),
    (
        "About 1,200 people were killed in an assault on a town in Tigray on Tuesday, aid workers said.",
        _about(1200),
        NONE,
    ),
    (
        "One hundred and twenty civilians were killed in the assault on a village in Kivu on Friday.",
        _exact(120),
        NONE,
    ),
    # ---- parts of a toll
    (
        "An air strike on a school in Khan Younis killed 22 people, including nine children, on Sunday.",
        _exact(22),
        NONE,
    ),
    (
        "Gunmen killed 18 worshippers, among them four women, in a church in Kwara on Sunday.",
        _exact(18),
        NONE,
    ),
    ("Fifteen people died in the blast in Quetta on Monday, two of them police officers.", _exact(15), NONE),
    # ---- kinds of people added up
    (
        "An ambush near Marawi on Tuesday killed five soldiers and 11 militants, the army said.",
        _exact(16),
        NONE,
    ),
    (
        "Seven civilians and a policeman were killed when a bomb went off in Kandahar on Monday.",
        _exact(8),
        NONE,
    ),
    ("Four soldiers and three civilians died in shelling near Avdiivka on Wednesday.", _exact(7), NONE),
    ("Three policemen and a child were killed in a blast in Cotabato on Friday.", _exact(4), NONE),
    # ---- a described or named victim beside a number
    (
        "A commander and 21 of his men died in an ambush near Gao on Thursday, the army said.",
        _exact(22),
        NONE,
    ),
    (
        "A district chief and four of his guards were killed in a bombing in Helmand on Sunday.",
        _exact(5),
        NONE,
    ),
    ("A teacher and six pupils were killed when a shell hit a school in Kharkiv on Monday.", _exact(7), NONE),
    ("A soldier and two civilians were killed in a mortar attack on Beledweyne on Friday.", _exact(3), NONE),
    ("A local chief and 12 villagers were killed when gunmen attacked Mopti on Tuesday.", _exact(13), NONE),
    (
        "A police officer died and three others were hurt in a shooting in Srinagar on Monday.",
        _exact(1),
        _exact(3),
    ),
    ("A colonel was among nine soldiers killed in an ambush in Cabo Delgado on Sunday.", _exact(9), NONE),
    ("A soldier was killed when militants fired on a checkpoint in Kupwara on Tuesday.", _exact(1), NONE),
    # ---- "of them", missing, both sides
    (
        "Gunmen stopped a bus carrying 40 passengers near Maiduguri on Monday, killing 13 of them.",
        _exact(13),
        NONE,
    ),
    (
        "Nine were killed and 20 are missing after a raid on a fishing village in Lake Chad on Friday.",
        _exact(9),
        NONE,
    ),
    ("The fighting in Marib on Sunday left 30 dead and 14 missing, officials said.", _exact(30), NONE),
    (
        "Clashes in Tal Afar on Wednesday killed 19 people on both sides, a security source said.",
        _exact(19),
        NONE,
    ),
    ("Twenty-six fighters were killed on both sides in the battle for Kidal on Thursday.", _exact(26), NONE),
    # ---- the attacker's death
    (
        "Six people were killed, among them the attacker, when a bomber struck a market in Kabul on Monday.",
        _exact(6),
        NONE,
    ),
    (
        "A suicide bomber killed eight soldiers at a base in Bannu on Friday. The attacker was also killed.",
        _exact(9),
        NONE,
    ),
    (
        "Gunmen killed five police officers in Zamfara on Saturday. Two of the attackers were also killed.",
        _exact(7),
        NONE,
    ),
    # ---- the injured
    (
        "A rocket hit a residential block in Zaporizhzhia on Sunday. Twelve people were wounded.",
        NONE,
        _exact(12),
    ),
    (
        "The blast at a market in Maiduguri on Monday left 35 people injured, officials said.",
        NONE,
        _exact(35),
    ),
    ("Eight people were hurt when a drone hit a bus in Belgorod on Wednesday.", NONE, _exact(8)),
    (
        "A car bomb killed four soldiers and wounded 17 others in Mogadishu on Tuesday.",
        _exact(4),
        _exact(17),
    ),
    (
        "Shelling killed three civilians in Nikopol on Thursday. Eleven more were injured.",
        _exact(3),
        _exact(11),
    ),
    (
        "Two people died and 14 were hurt when a grenade exploded in a bar in Bujumbura on Friday.",
        _exact(2),
        _exact(14),
    ),
    (
        "Five soldiers were killed and dozens wounded in an attack on a base in Tillia on Monday.",
        _exact(5),
        _about(12),
    ),
    ("More than 60 people were injured in the blast at a rally in Bajaur on Sunday.", NONE, _at_least(60)),
    (
        "The air strike on Taiz on Tuesday killed seven people and injured at least 25.",
        _exact(7),
        _at_least(25),
    ),
    (
        "An explosion at a checkpoint in Kirkuk on Monday killed a policeman and injured four others.",
        _exact(1),
        _exact(4),
    ),
    # ---- other forms
    (
        "An estimated 300 people are believed to have died in the massacre at a village in Darfur on Friday.",
        _about(300),
        NONE,
    ),
    (
        "Twenty sailors are feared to have been killed when a missile hit their ship off Aden on Monday.",
        _exact(20),
        NONE,
    ),
    (
        "Thirty protesters were reported to have been wounded when troops fired on a march in Mandalay on Sunday.",
        NONE,
        _exact(30),
    ),
    ("Militants beheaded 11 villagers in Cabo Delgado on Friday, local sources said.", _exact(11), NONE),
    (
        "Police said 27 people were killed in a gun attack on a village in Plateau on Sunday.",
        _exact(27),
        NONE,
    ),
    (
        "The attack on a convoy in Tigray on Wednesday killed 1,017 people, a regional official said.",
        _exact(1017),
        NONE,
    ),
    (
        "Six members of a single family died when a shell hit their home in Idlib on Monday.",
        _exact(6),
        NONE,
    ),
    (
        "Twin blasts in Baghdad on Thursday killed 32 people and wounded 110, medics said.",
        _exact(32),
        _exact(110),
    ),
    (
        "The army said 40 insurgents were killed in an operation in North Waziristan on Sunday.",
        _exact(40),
        NONE,
    ),
    (
        "Rebels killed a soldier and wounded two others in an attack in Chocó on Saturday.",
        _exact(1),
        _exact(2),
    ),
    ("A mortar round killed a mother and her three children in Gedaref on Monday.", _exact(4), NONE),
    ("The bodies of nine men were found in a ditch near Kidal on Tuesday, residents said.", _exact(9), NONE),
    (
        "A sergeant and 14 of his comrades were killed when their patrol hit a mine near Menaka on Friday.",
        _exact(15),
        NONE,
    ),
    (
        "A nurse and three patients were killed when a drone struck a clinic in Kordofan on Wednesday.",
        _exact(4),
        NONE,
    ),
    (
        "An imam and 30 worshippers were killed when gunmen attacked a mosque in Katsina on Friday.",
        _exact(31),
        NONE,
    ),
    ("A bomb at a bus stop in Karachi on Monday killed 12 people, including the bomber.", _exact(12), NONE),
    (
        "The rebels said eight of their fighters were killed in the battle near Bamenda on Friday.",
        _exact(8),
        NONE,
    ),
    (
        "A soldier died and 14 others were wounded when a roadside bomb hit a patrol in Diyala on Sunday.",
        _exact(1),
        _exact(14),
    ),
    ("Two of the gunmen were killed in a shootout with police in Turbat on Monday.", _exact(2), NONE),
    (
        "Gunmen killed six guards at a mine in Zamfara on Tuesday. The assailant was killed by troops.",
        _exact(7),
        NONE,
    ),
    ("A gunman shot dead three people at a checkpoint in Kupwara on Monday.", _exact(3), NONE),
    ("Gunmen on motorbikes gunned down 16 traders at a market in Katsina on Thursday.", _exact(16), NONE),
    (
        "Officials put the death toll at 34 after gunmen attacked a village in Benue on Saturday.",
        _exact(34),
        NONE,
    ),
    ("Eighteen people were confirmed dead after an attack on a camp in Ituri on Monday.", _exact(18), NONE),
    (
        "Three people were killed and five others injured in a grenade attack in Manipur on Sunday.",
        _exact(3),
        _exact(5),
    ),
    ("The blast killed 14 and injured 32 at a bus terminal in Quetta on Friday.", _exact(14), _exact(32)),
    (
        "Twenty-three soldiers were killed and 17 wounded when jihadists attacked a post in Soum on Monday.",
        _exact(23),
        _exact(17),
    ),
    (
        "At least 11 people, most of them women, were killed when gunmen attacked a market in Borno on Friday.",
        _at_least(11),
        NONE,
    ),
    (
        "A drone strike on a funeral in Sagaing on Sunday killed at least 20 mourners and wounded dozens.",
        _at_least(20),
        _about(12),
    ),
    ("Gunmen abducted 30 pupils and killed a guard at a school in Kaduna on Thursday.", _exact(1), NONE),
    (
        "Fighting between armed groups in North Kivu left more than 40 people dead on Tuesday.",
        _at_least(40),
        NONE,
    ),
    (
        "Some 15 civilians were among the 27 people killed by a drone in Kordofan on Sunday.",
        _exact(27),
        NONE,
    ),
    (
        "Two children were among five people killed when a shell hit a house in Pokrovsk on Friday.",
        _exact(5),
        NONE,
    ),
    (
        "Fourteen people including the bomber were killed in a blast at a rally in Bajaur on Sunday.",
        _exact(14),
        NONE,
    ),
    ("A roadside bomb killed a policeman and two civilians in Baidoa on Wednesday.", _exact(3), NONE),
    (
        "Seventy-one people died when gunmen stormed a village in the Mopti region on Friday.",
        _exact(71),
        NONE,
    ),
    (
        "Clashes in Tripoli on Monday killed 55 people and wounded 146, the health ministry said.",
        _exact(55),
        _exact(146),
    ),
    (
        "Nine people were injured, three of them seriously, when a rocket struck Sderot on Tuesday.",
        NONE,
        _exact(9),
    ),
    (
        "A suicide attack on a police station in Nangarhar on Monday killed 12 policemen. The bomber also died.",
        _exact(13),
        NONE,
    ),
    (
        "At least four people died, including two attackers, in an assault on a hotel in Mogadishu on Friday.",
        _at_least(4),
        NONE,
    ),
    (
        "Jihadists killed 11 soldiers near Fada on Monday. The army said 20 of the assailants were killed.",
        _exact(31),
        NONE,
    ),
]


def _read(pipeline: Pipeline, text: str) -> tuple[Figure, Figure]:
    """The main event's (fatalities, injuries); no event reads as no figures."""
    events = pipeline.run(Article(id="sweep", text=text, published="2024-06-15")).events
    if not events:
        return NONE, NONE
    return figure(events[0].fatalities), figure(events[0].injuries)


#: Cases still read wrong, with why: each must fail (strict), so a fix shows here. None is left:
#: the hedged tolls (tally13), the abduction's guard and the bomber's own death (events13) are read.
KNOWN_MISSES: frozenset[str] = frozenset()


@pytest.mark.parametrize(("text", "dead", "hurt"), sweep_params(SWEEP, KNOWN_MISSES))
def test_numbers_sweep_of_casualty_phrasings(pipeline, text, dead, hurt):
    assert _read(pipeline, text) == (dead, hurt)


if __name__ == "__main__":
    sys.exit(sweep_main(_read, SWEEP))
