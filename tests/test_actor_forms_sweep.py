"""Actor forms across wars, in our own sentences: who attacked whom, when news name a party by an
affiliation ("ADF-allied militants", "militants linked to al-Shabaab"), a possessive unit ("Russia's
58th Army"), a country's generic ("communist rebels", "the junta", "bandits"), or the name the other
side's media give it ("the Kiev regime", "the Zionist enemy", "the Saudi-led aggression", "Russian
occupiers"). One case per sentence: the initiator (and the target, when given) must be among the
actors of the article's incidents; an initiator of None means the text names no perpetrator and
none may be guessed (nothing, or the unidentified armed group, is right).

Run alone (``python tests/test_actor_forms_sweep.py``) it prints the misses and the counts.
Cases still missed for reasons outside the actor table (the article's country, a trigger) are
marked ``xfail`` with the reason."""

from __future__ import annotations

import sys

import pytest

from article_helpers import incidents, names

PUB = "2024-05-10"

#: (text, initiator, target); None: no perpetrator named (initiator) / not checked (target).
CASES: list[tuple[str, str | None, str | None]] = [
    (
        "ADF-allied militants raided a village near Beni in North Kivu on Tuesday, killing nine farmers, local officials said.",
        "Allied Democratic Forces",
        "Civilians",
    ),
    (
        "IS-linked militants stormed a church in Kasindi, eastern Congo, on Sunday, killing eleven worshippers.",
        "Islamic State",
        "Civilians",
    ),
    (
        "Al-Qaeda-affiliated fighters overran an army post near Tessit in northern Mali on Friday, killing six soldiers.",
        "al-Qaeda",
        "Mali",
    ),
    (
        "Islamic State-allied insurgents torched homes in Macomia district of Cabo Delgado on Thursday, killing three villagers.",
        "Islamic State",
        None,
    ),
    (
        "Suspected Boko Haram fighters abducted twenty girls from a school in Chibok, Borno state, on Wednesday.",
        "Boko Haram",
        None,
    ),
    (
        "Suspected al-Shabaab militants detonated a roadside bomb near Mandera, Kenya, on Monday, killing four police officers.",
        "al-Shabaab",
        "Kenya",
    ),
    (
        "Gunmen believed to belong to the Tehrik-i-Taliban Pakistan attacked a checkpoint in Bannu on Saturday, killing three policemen.",
        "Tehrik-i-Taliban Pakistan",
        "Pakistan",
    ),
    (
        "Fighters loyal to Khalifa Haftar shelled the outskirts of Tripoli on Tuesday, killing two civilians, the health ministry said.",
        "Libyan National Army",
        "Civilians",
    ),
    (
        "JNIM-linked jihadists ambushed a convoy near Djibo in Burkina Faso on Sunday, killing fifteen soldiers.",
        "JNIM",
        "Burkina Faso",
    ),
    (
        "M23 rebels, who are backed by Rwanda, shelled a camp for displaced people near Goma on Friday, killing seven people.",
        "M23",
        "Civilians",
    ),
    (
        "Rwanda-backed M23 fighters seized the town of Rubaya in North Kivu on Wednesday after heavy clashes with the army.",
        "M23",
        None,
    ),
    (
        "Militants affiliated with the Islamic State ambushed a patrol near Tillaberi in western Niger on Monday, killing twelve soldiers.",
        "Islamic State",
        "Niger",
    ),
    (
        "Hezbollah-aligned gunmen opened fire on a patrol in the Bekaa valley of Lebanon on Friday, wounding two soldiers.",
        "Hezbollah",
        None,
    ),
    (
        "Russia's 58th Army shelled Ukrainian positions near Robotyne on Tuesday, the Ukrainian general staff said.",
        "Russia",
        "Ukraine",
    ),
    (
        "Ukraine's Azov brigade struck a Russian command post near Kreminna on Sunday, its commander said.",
        "Ukraine",
        "Russia",
    ),
    (
        "The Arakan Army captured a junta outpost in Paletwa township of Chin state on Saturday after days of fighting.",
        "Arakan Army",
        "Myanmar",
    ),
    (
        "Kachin Independence Army fighters attacked a military base near Bhamo on Thursday, killing several soldiers.",
        "Kachin Independence Army",
        "Myanmar",
    ),
    (
        "Israel's air force struck a house in Rafah on Monday, killing eight people, Gaza health officials said.",
        "Israel",
        "Civilians",
    ),
    (
        "Communist rebels ambushed an army patrol in Northern Samar in the Philippines on Sunday, killing two soldiers, the military said.",
        "New People's Army",
        "Philippines",
    ),
    (
        "Communist guerrillas torched a construction site in Negros Occidental on Thursday, police said.",
        "New People's Army",
        None,
    ),
    (
        "Maoist rebels triggered a landmine under a police vehicle in Dantewada, Chhattisgarh, on Wednesday, killing ten policemen.",
        "Maoists",
        "India",
    ),
    (
        "ELN guerrillas bombed an oil pipeline in Arauca province, Colombia, on Tuesday, the army said.",
        "ELN",
        None,
    ),
    (
        "Cartel gunmen believed to belong to the Sinaloa Cartel killed six men at a ranch near Culiacan on Friday, prosecutors said.",
        "Sinaloa Cartel",
        None,
    ),
    (
        "The Kiev regime shelled a market in Donetsk on Sunday, killing five civilians, the city's Russian-installed mayor said.",
        "Ukraine",
        "Civilians",
    ),
    (
        "Ukrainian nationalists fired rockets at a residential district of Horlivka on Monday, wounding four residents, TASS reported.",
        "Ukraine",
        "Civilians",
    ),
    (
        "Neo-Nazi battalions shelled the village of Kurakhove on Thursday, killing an elderly woman, the Russian-installed authorities claimed.",
        "Ukraine",
        None,
    ),
    (
        "Russian occupiers shelled Kherson on Tuesday, killing two people and wounding nine, the regional governor said.",
        "Russia",
        "Civilians",
    ),
    (
        "The occupiers struck the centre of Nikopol with artillery on Saturday, wounding three residents, Ukrainian officials said.",
        "Russia",
        "Civilians",
    ),
    (
        "Russian invaders launched a drone attack on Sumy overnight, killing one man, the Ukrainian military administration said.",
        "Russia",
        None,
    ),
    (
        "Kyiv's forces shelled the town of Shebekino in Belgorod region on Friday, wounding six civilians, the governor said.",
        "Ukraine",
        "Civilians",
    ),
    (
        "The Zionist enemy bombed a family home in Bint Jbeil in southern Lebanon on Friday, killing three people.",
        "Israel",
        "Civilians",
    ),
    (
        "The occupation army stormed the Jenin refugee camp on Wednesday, killing two young men, the Palestinian health ministry said.",
        "Israel",
        None,
    ),
    (
        "Zionist warplanes bombed a school sheltering displaced families in Deir al-Balah on Tuesday, Hamas said.",
        "Israel",
        "Civilians",
    ),
    (
        "Occupation forces shot dead a teenager near Nablus in the West Bank on Monday, the Palestinian health ministry said.",
        "Israel",
        "Civilians",
    ),
    (
        "Rockets fired from Gaza struck a house in Sderot on Sunday, wounding two people, the Israeli army said.",
        None,
        "Civilians",
    ),
    (
        "Palestinian Islamic Jihad fired rockets from Gaza at Ashkelon on Sunday, lightly wounding one woman, the Israeli army said.",
        "Palestinian Islamic Jihad",
        None,
    ),
    (
        "The Saudi-led aggression bombed a market in Saada province on Thursday, killing twelve civilians, the Houthi-run health ministry said.",
        "Saudi-led coalition",
        "Civilians",
    ),
    (
        "US-Saudi aggression warplanes struck a farm in Hajjah on Monday, killing a farmer and his son, Al-Masirah television reported.",
        "Saudi-led coalition",
        "Civilians",
    ),
    (
        "The Houthi militia shelled a residential neighbourhood of Taiz on Wednesday, killing three children, government officials said.",
        "Houthis",
        "Civilians",
    ),
    (
        "Ansar Allah forces fired a ballistic missile at Marib city on Saturday, wounding five civilians, the governor said.",
        "Houthis",
        "Civilians",
    ),
    (
        "Regime forces shelled the town of Sarmin in Idlib province on Friday, killing four civilians, rescuers said.",
        "Syria",
        "Civilians",
    ),
    (
        "Terrorists fired rocket shells at residential areas of Aleppo city on Tuesday, killing two civilians, SANA reported.",
        "Syrian rebels",
        "Civilians",
    ),
    (
        "Terrorist groups attacked army posts near Hama on Saturday and the army repelled them, the Syrian state news agency said.",
        "Syrian rebels",
        "Syria",
    ),
    (
        "The junta's troops and Russian mercenaries killed dozens of villagers in Moura in central Mali, rights groups said on Monday.",
        "Mali",
        "Civilians",
    ),
    (
        "Jihadists attacked a military post near Boulkessi in Mali on Tuesday, killing ten soldiers, the army said.",
        None,
        "Mali",
    ),
    (
        "Jihadists killed seven civilians in a village near Dori in northern Burkina Faso on Wednesday, local sources said.",
        None,
        "Civilians",
    ),
    (
        "The Nigerien junta said its forces repelled an attack by jihadists near Banibangou on Sunday, killing twenty assailants.",
        None,
        None,
    ),
    (
        "Junta warplanes bombed a monastery in Sagaing region on Friday, killing eleven civilians, local resistance groups said.",
        "Myanmar",
        "Civilians",
    ),
    (
        "The junta shelled a village in Kayah state on Monday, killing four people, residents said.",
        "Myanmar",
        "Civilians",
    ),
    (
        "Fano militiamen attacked a police station in Gondar on Thursday, killing three officers, residents said.",
        "Fano",
        "Ethiopia",
    ),
    (
        "Amhara militia fighters clashed with federal troops near Bahir Dar in Ethiopia on Tuesday, witnesses said.",
        "Fano",
        None,
    ),
    (
        "Tigrayan forces shelled the town of Kobo in Amhara region on Saturday, killing five civilians, officials said.",
        "TPLF",
        "Civilians",
    ),
    (
        "TPLF fighters attacked an Ethiopian army base near Mekele on Friday, the government said.",
        "TPLF",
        "Ethiopia",
    ),
    (
        "Bandits stormed a village in Zamfara state, Nigeria, on Monday, killing thirty villagers and abducting dozens.",
        "Unidentified armed group",
        "Civilians",
    ),
    (
        "Armed bandits kidnapped fifteen passengers on the Kaduna-Abuja highway on Sunday, police said.",
        "Unidentified armed group",
        None,
    ),
    (
        "Ambazonian separatists killed two gendarmes in an ambush near Bamenda in Cameroon on Wednesday, the army said.",
        "Ambazonian separatists",
        "Cameroon",
    ),
    (
        "Amba boys set fire to a school in Kumbo, in Cameroon's North-West region, on Tuesday, local officials said.",
        "Ambazonian separatists",
        None,
    ),
    (
        "Separatists attacked a gendarmerie post in Buea, Cameroon, on Friday, killing one gendarme.",
        "Ambazonian separatists",
        "Cameroon",
    ),
    (
        "Armed youths attacked a cattle camp in Jonglei state, South Sudan, on Saturday, killing twelve herders, officials said.",
        "Unidentified armed group",
        "Civilians",
    ),
    (
        "Gang members opened fire on a crowd in Port-au-Prince, Haiti, on Thursday, killing eight people, police said.",
        "Unidentified armed group",
        "Civilians",
    ),
    (
        "Armed youth groups burned houses in a village in Ituri province on Monday, killing four people, local officials said.",
        "Unidentified armed group",
        None,
    ),
    (
        "Houthi rebels fired a missile at a cargo ship in the Red Sea on Tuesday, the US military said.",
        "Houthis",
        None,
    ),
    (
        "The RSF shelled the city of El Fasher in Sudan on Sunday, killing eight civilians, doctors said.",
        "RSF",
        "Civilians",
    ),
    (
        "Sudanese army warplanes bombed a market in Nyala on Friday, killing fifteen people, activists said.",
        "Sudan",
        "Civilians",
    ),
    (
        "PKK militants attacked a Turkish military base near Hakkari on Thursday, killing two soldiers, the defence ministry said.",
        "PKK",
        "Turkey",
    ),
    (
        "Baloch separatists attacked a bus near Gwadar on Monday, killing six labourers, police said.",
        "Balochistan Liberation Army",
        None,
    ),
    (
        "Taliban gunmen shot dead two police officers in Kunduz province on Wednesday, officials said.",
        "Taliban",
        "Afghanistan",
    ),
    (
        "Azerbaijani troops fired on Armenian positions near Sotk on Sunday, the Armenian defence ministry said.",
        "Azerbaijan",
        "Armenia",
    ),
    (
        "Anti-balaka militiamen killed five herders near Bambari in the Central African Republic on Tuesday, the UN mission said.",
        "Anti-balaka",
        "Civilians",
    ),
    (
        "CODECO militiamen attacked a displacement camp in Djugu territory, Ituri, on Friday, killing twenty people.",
        "CODECO",
        "Civilians",
    ),
    (
        "Shabaab fighters overran a military base in Middle Shabelle region of Somalia on Saturday, the army said.",
        "al-Shabaab",
        "Somalia",
    ),
    (
        "Militants linked to al-Shabaab attacked a police post in Lamu county, Kenya, on Sunday, killing two officers.",
        "al-Shabaab",
        "Kenya",
    ),
    # --- more ties: suspected to be, thought to be members of, loyal to a leader, pro-Kiev
    (
        "Gunmen suspected to be Fulani herdsmen killed fifteen villagers in a farming settlement in Plateau state, Nigeria, on Sunday.",
        "Fulani militias",
        "Civilians",
    ),
    (
        "Assailants thought to be members of the Arakan Rohingya Salvation Army stabbed two camp leaders in Cox's Bazar on Monday.",
        "Arakan Rohingya Salvation Army",
        None,
    ),
    (
        "Pro-Kiev militants shelled the town of Tokmak on Sunday, killing a woman, the Russian-installed governor said.",
        "Ukraine",
        "Civilians",
    ),
    (
        "Troops loyal to General Abdel Fattah al-Burhan shelled a market in Omdurman on Monday, killing nine people.",
        "Sudan",
        "Civilians",
    ),
    (
        "Fighters loyal to Hemedti stormed a hospital in El Geneina on Sunday, killing four patients.",
        "RSF",
        "Civilians",
    ),
    (
        "Al-Shabaab-linked militants beheaded five villagers in Lamu county, Kenya, on Saturday.",
        "al-Shabaab",
        "Civilians",
    ),
    (
        "Kremlin forces launched a missile attack on Odesa port on Sunday night, killing two workers.",
        "Russia",
        "Civilians",
    ),
    (
        "Daesh terrorists attacked a checkpoint near Kirkuk on Saturday, killing three Iraqi soldiers.",
        "Islamic State",
        "Iraq",
    ),
    (
        "DPR militia fighters shelled the village of Avdiivka on Friday, wounding two civilians, Ukrainian officials said.",
        "Pro-Russian separatists",
        "Civilians",
    ),
    (
        "PKK/YPG terrorists fired mortars at a Turkish border post near Kilis on Friday, wounding two soldiers.",
        "PKK",
        "Turkey",
    ),
    (
        "Wagner mercenaries executed ten herders near Mopti in Mali on Thursday, witnesses said.",
        "Wagner Group",
        "Civilians",
    ),
    (
        "A Ukrainian sabotage and reconnaissance group attacked a village in Bryansk region on Thursday, killing two residents, the governor said.",
        "Ukraine",
        "Civilians",
    ),
]

#: Misses whose cause lies outside the actors' stage, by the start of their text.
KNOWN_MISSES = {
    "Ukraine's Azov brigade": "a nationality before a facility ('a Russian command post') names no target",
}


def check(pipeline, text: str, initiator: str | None, target: str | None) -> tuple[bool, bool, str]:
    """(initiator right, target right, what was found) for one case."""
    evs = incidents(pipeline, text, PUB)
    ini, tgt = names(evs, "initiators"), names(evs, "targets")
    ok_i = ini <= {"Unidentified armed group"} if initiator is None else initiator in ini
    ok_t = target is None or target in tgt
    return ok_i, ok_t, f"{sorted(ini)} / {sorted(tgt)}"


def _marks(text: str) -> list[pytest.MarkDecorator]:
    reason = next((r for start, r in KNOWN_MISSES.items() if text.startswith(start)), None)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize(
    ("text", "initiator", "target"),
    [pytest.param(*c, marks=_marks(c[0]), id=c[0][:40]) for c in CASES],
)
def test_actor_forms_sweep_case(pipeline, text: str, initiator: str | None, target: str | None) -> None:
    ok_i, ok_t, found = check(pipeline, text, initiator, target)
    assert ok_i and ok_t, f"expected {initiator} / {target}, found {found}"


if __name__ == "__main__":
    from wardesk.flows.extract import Pipeline

    p = Pipeline()
    n_i = n_t = n_all = 0
    for text, initiator, target in CASES:
        ok_i, ok_t, found = check(p, text, initiator, target)
        n_i, n_t, n_all = n_i + ok_i, n_t + ok_t, n_all + (ok_i and ok_t)
        if not (ok_i and ok_t):
            print(f"MISS {initiator} / {target}: found {found}\n     {text}")
    checked = sum(t is not None for _, _, t in CASES)
    n_t -= len(CASES) - checked
    print(
        f"initiators {n_i}/{len(CASES)}  targets {n_t}/{checked}  cases {n_all}/{len(CASES)}", file=sys.stderr
    )
