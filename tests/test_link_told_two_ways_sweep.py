"""A sweep of our own mini-articles: one deadly incident that the sides tell as two kinds of event
(the army's clash with militants, the villagers' massacre), and one place named with and without
the word of its kind ("Kalehe territory", "the town of Kalehe"), across many wars.

Each case is a small set of articles and the events they tell (a label: two articles with one label
are one event). Linked as ``test_link_own_sweep`` links (``link_pairs``): every article extracted,
its reports linked all at once, every pair of a case's main reports checked. The forms:

* one village, one day, tolls of one size, one side telling a clash and the other a killing of
  civilians (or an air strike, or an execution): one event (``compare.one_toll_one_scene``);
* one place as "X district" / "X regency" / "X city" in one outlet and "X" in another: one place
  (``compare.bare_name``);
* and against them, two events: tolls of very different sizes in one town on one day, two villages
  of one district, a town's two incidents of a few dead each.

Run alone (``python tests/test_link_told_two_ways_sweep.py``) it prints every pair and the count right.
"""

from __future__ import annotations

import sys

import pytest

from test_link_own_sweep import Art, Pair, link_pairs

#: Written for this sweep, not taken from any corpus.
CASES: dict[str, list[Art]] = {
    "clash-or-massacre-mali": [
        Art(
            "Bamako State Radio",
            "2023-02-13",
            "diallassagou",
            "The armed forces said on Monday that a patrol had engaged terrorists in the village of "
            "Diallassagou on Sunday and neutralised 16 of them after a fierce exchange of fire.",
        ),
        Art(
            "Sahel Rights Watch",
            "2023-02-14",
            "diallassagou",
            "Soldiers and foreign fighters rounded up and shot 19 civilians in Diallassagou on Sunday, "
            "survivors told the rights group, who said the dead were herders and traders.",
        ),
    ],
    "clash-or-massacre-cameroon": [
        Art(
            "Yaounde Tribune",
            "2022-06-07",
            "batibo",
            "Defence forces repelled an attack by separatist fighters at Batibo on Monday, killing nine "
            "of the assailants, an army spokesman said in a statement.",
        ),
        Art(
            "Southern Cameroons Voice",
            "2022-06-07",
            "batibo",
            "Government troops stormed Batibo on Monday and killed twelve unarmed villagers, among them "
            "two women, local residents said. They said no fighters were in the town.",
        ),
    ],
    "clash-or-massacre-ethiopia": [
        Art(
            "Addis Herald",
            "2023-09-19",
            "merawi",
            "Security forces clashed with extremist militia members in Merawi on Monday and killed 24 "
            "of them, the regional government said.",
        ),
        Art(
            "Amhara Diaspora News",
            "2023-09-20",
            "merawi",
            "Federal soldiers went house to house in Merawi on Monday and executed at least 31 men, "
            "witnesses said, after militia fighters had left the town.",
        ),
    ],
    "clash-or-strike-myanmar": [
        Art(
            "Naypyitaw Daily",
            "2023-04-12",
            "kanbalu",
            "The Tatmadaw said its troops fought terrorists of the People's Defence Force near Kanbalu on "
            "Tuesday and killed 40 of them.",
        ),
        Art(
            "Free Burma Post",
            "2023-04-12",
            "kanbalu",
            "A military jet bombed a crowd gathered for a ceremony near Kanbalu on Tuesday, killing 55 "
            "villagers including children, a local resistance official said.",
        ),
    ],
    "clash-or-massacre-philippines": [
        Art(
            "Manila Bulletin Desk",
            "2021-03-08",
            "calaca",
            "Police said seven communist rebels were killed on Sunday in an encounter with a police team "
            "serving warrants in Calaca, Batangas.",
        ),
        Art(
            "Southern Tagalog Rights Network",
            "2021-03-08",
            "calaca",
            "Activists said police shot dead nine unarmed labour organisers in Calaca, Batangas on "
            "Sunday during raids on their homes.",
        ),
    ],
    "clash-or-massacre-colombia": [
        Art(
            "Bogota Defence Ministry Bulletin",
            "2022-03-30",
            "puerto-leguizamo",
            "The army said troops killed eleven dissidents of the former FARC in a combat operation in "
            "Puerto Leguizamo, Putumayo, on Monday.",
        ),
        Art(
            "Putumayo Community Radio",
            "2022-03-31",
            "puerto-leguizamo",
            "Residents of Puerto Leguizamo said soldiers opened fire on a village fair on Monday and "
            "killed eleven people, among them a local leader and a teenager.",
        ),
    ],
    "clash-or-massacre-nigeria": [
        Art(
            "Abuja Defence Headquarters",
            "2021-08-02",
            "zurmi",
            "Troops of Operation Hadarin Daji killed 17 bandits during a clearance operation in Zurmi, "
            "Zamfara State, on Sunday, the army said.",
        ),
        Art(
            "Gusau Community Voice",
            "2021-08-03",
            "zurmi",
            "Residents said soldiers killed 22 villagers in Zurmi on Sunday, mistaking farmers returning "
            "from their fields for bandits.",
        ),
    ],
    "clash-or-massacre-drc": [
        Art(
            "Kinshasa Army Spokesman",
            "2022-11-30",
            "kishishe",
            "The army said on Wednesday that M23 rebels had clashed with local militias in Kishishe on "
            "Tuesday, and that fighting left eight dead.",
        ),
        Art(
            "Goma Observer",
            "2022-11-30",
            "kishishe",
            "M23 rebels killed at least 14 civilians in Kishishe on Tuesday, shooting men in a church "
            "and in their homes, the government said.",
        ),
    ],
    "clash-or-massacre-niger": [
        Art(
            "Niamey Television",
            "2024-05-20",
            "tassia",
            "The army said on Monday that its units had fought armed bandits at Tassia on Sunday, "
            "killing 21 of them and seizing motorcycles and rifles.",
        ),
        Art(
            "Tillaberi Community Radio",
            "2024-05-21",
            "tassia",
            "Families in Tassia said soldiers killed 26 herders on Sunday who had gone to water their "
            "cattle, and buried them in a single grave.",
        ),
    ],
    "clash-or-execution-mexico": [
        Art(
            "Sedena Communique",
            "2023-02-27",
            "nuevo-laredo",
            "Soldiers on patrol in Nuevo Laredo were attacked by armed men on Sunday and repelled the "
            "aggression, killing six attackers, the defence ministry said.",
        ),
        Art(
            "Tamaulipas Rights Committee",
            "2023-02-27",
            "nuevo-laredo",
            "Relatives said soldiers shot dead five young men in a pickup truck in Nuevo Laredo on "
            "Sunday, and that the youths were unarmed and returning from a party.",
        ),
    ],
    "clash-or-massacre-india": [
        Art(
            "Imphal Police Bulletin",
            "2024-11-12",
            "jiribam",
            "Security forces killed ten armed militants in an exchange of fire in Jiribam on Monday "
            "after the militants attacked a police station, police said.",
        ),
        Art(
            "Hill Tribes Forum",
            "2024-11-12",
            "jiribam",
            "The forum said the ten men killed by security forces in Jiribam on Monday were village "
            "volunteers guarding their homes, not militants.",
        ),
    ],
    "two-events-one-city-kabul": [
        Art(
            "Kabul Wire",
            "2018-03-10",
            "car-bomb",
            "A car bomb exploded near a ministry in Kabul on Friday, killing eight people, officials said.",
        ),
        Art(
            "Afghan Daily",
            "2018-03-10",
            "gunfight",
            "Seven gunmen were killed in a gunfight with police in western Kabul on Friday after they "
            "tried to storm a checkpoint, police said.",
        ),
    ],
    "two-events-one-city-mosul": [
        Art(
            "Iraq Wire",
            "2016-11-15",
            "strike",
            "A coalition air strike killed eleven people in a house in eastern Mosul on Monday, residents "
            "said.",
        ),
        Art(
            "Baghdad Post",
            "2016-11-15",
            "clash",
            "Nine soldiers were killed in fierce clashes with Islamic State fighters in eastern Mosul on "
            "Monday, an officer said.",
        ),
    ],
    "district-word-indonesia": [
        Art(
            "Jayapura Post",
            "2024-02-06",
            "sugapa",
            "Gunmen shot dead six construction workers in Sugapa district of Intan Jaya on Monday, police "
            "in Papua said.",
        ),
        Art(
            "Pacific Wire",
            "2024-02-07",
            "sugapa",
            "Six workers building a bridge were killed on Monday in Sugapa, in Papua's highlands, by "
            "gunmen the police blamed on the separatist West Papua National Liberation Army.",
        ),
    ],
    "district-word-afghanistan": [
        Art(
            "Kabul Times",
            "2019-09-18",
            "chardara",
            "Air strikes killed 12 Taliban fighters in Chahar Dara district of Kunduz on Tuesday, the "
            "defence ministry said.",
        ),
        Art(
            "Kunduz Local Radio",
            "2019-09-18",
            "chardara",
            "An air strike in Chahar Dara killed 12 people on Tuesday, and villagers said the dead were "
            "farmers, not fighters.",
        ),
    ],
    "town-word-somalia": [
        Art(
            "Mogadishu Daily",
            "2023-01-05",
            "mahas",
            "Two car bombs exploded in the town of Mahas in Hiraan on Wednesday, killing 19 people, "
            "officials said.",
        ),
        Art(
            "Horn Wire",
            "2023-01-05",
            "mahas",
            "Al-Shabaab claimed twin car bombings in Mahas on Wednesday that killed at least 20 people, "
            "local elders said.",
        ),
    ],
    "two-events-one-town-tolls-apart-pakistan": [
        Art(
            "Peshawar Post",
            "2023-05-10",
            "bomb",
            "A suicide bomber blew himself up at a crowded market in Bannu on Tuesday, killing 32 "
            "people, police said.",
        ),
        Art(
            "Frontier Wire",
            "2023-05-10",
            "gunfight",
            "Two soldiers were killed in a gunfight with militants on the outskirts of Bannu on Tuesday, "
            "the military said.",
        ),
    ],
    "two-events-two-villages-burkina": [
        Art(
            "Ouagadougou Info",
            "2023-04-22",
            "village-a",
            "Soldiers killed 28 civilians in the village of Karma on Thursday, residents said.",
        ),
        Art(
            "Sahel Desk",
            "2023-04-22",
            "village-b",
            "Jihadists ambushed a convoy near Aorema on Thursday, killing 34 soldiers and auxiliaries, "
            "the army said.",
        ),
    ],
    "two-events-one-town-few-dead-yemen": [
        Art(
            "Aden News",
            "2019-07-02",
            "shelling",
            "Houthi shelling killed three civilians in the town of Hays on Monday, a local official said.",
        ),
        Art(
            "Sanaa Voice",
            "2019-07-02",
            "clash",
            "Four fighters died in clashes between Houthi forces and government troops in Hays on "
            "Monday, a military source said.",
        ),
    ],
}

#: Pairs that come out right, of the 19: 12 (main before ``one_toll_one_scene`` and ``bare_name``: 11).
#: The misses are extraction's (a toll, a town or a country not read) but for the Mosul pair: a strike and
#: a clash of one city and day, worded alike, link on their wording as they did before.
SWEEP_FLOOR = 12


@pytest.mark.slow
def test_link_told_two_ways_sweep_floor() -> None:
    got = link_pairs(CASES)
    assert sum(p.right for p in got) >= SWEEP_FLOOR


def _show(got: tuple[Pair, ...]) -> None:
    for p in got:
        print(
            f"{'ok ' if p.right else 'BAD'} {p.case:45} {p.a} / {p.b}: one event {p.same}, linked {p.linked}"
        )
    print(f"right: {sum(p.right for p in got)} of {len(got)}", file=sys.stderr)


if __name__ == "__main__":
    _show(link_pairs(CASES))
