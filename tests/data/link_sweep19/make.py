"""Build the round-19 linking sweep (our own mini-articles, no benchmark text): opposing sides'
reports of one contested event (mutual blame, denials), a district/province against the town,
an explicit date against "said today", and same-day distractors in nearby towns."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (article id, outlet, published, text, story, type, date, place, country)
A = [
    # (a) mutual blame, same place and day
    (
        "sabanews-hays",
        "Saba News",
        "2019-03-11",
        "Coalition artillery pounded a residential quarter of Hays on Sunday, killing seven civilians, "
        "including three children, a health official in the town told Saba. The official accused the "
        "Saudi-led coalition of firing the shells from positions south of the town.",
        "S-hays",
        "missile_artillery",
        "2019-03-10",
        "Hays",
        "YE",
    ),
    (
        "adenpost-hays",
        "Aden Post",
        "2019-03-11",
        "Houthi militiamen fired mortar rounds into a residential quarter of Hays on Sunday, killing seven "
        "civilians, the government army said. An army spokesman said the Houthis shelled the quarter and "
        "then blamed the coalition for the deaths.",
        "S-hays",
        "missile_artillery",
        "2019-03-10",
        "Hays",
        "YE",
    ),
    (
        "sudantribune-fasher",
        "Darfur Daily",
        "2024-05-12",
        "Shells fired by the Rapid Support Forces hit the Saudi hospital in El Fasher on Saturday, killing "
        "nine patients, the army command said. It accused the RSF of deliberately targeting the hospital.",
        "S-fasher",
        "missile_artillery",
        "2024-05-11",
        "El Fasher",
        "SD",
    ),
    (
        "rsfmedia-fasher",
        "RSF Media Office",
        "2024-05-12",
        "The Rapid Support Forces said army artillery struck the Saudi hospital in El Fasher on Saturday, "
        "killing nine people, and accused the army of shelling the hospital to cover its retreat.",
        "S-fasher",
        "missile_artillery",
        "2024-05-11",
        "El Fasher",
        "SD",
    ),
    (
        "kinshasatimes-mugunga",
        "Kinshasa Times",
        "2024-05-04",
        "M23 rebels fired bombs at the Mugunga displacement camp near Goma on Friday, killing 12 people, "
        "most of them children, the Congolese army said. A government spokesman called the attack a war crime.",
        "S-mugunga",
        "missile_artillery",
        "2024-05-03",
        "Mugunga",
        "CD",
    ),
    (
        "m23statement-mugunga",
        "AFC/M23 statement",
        "2024-05-04",
        "The M23 said on Saturday that Congolese army and FDLR gunners shelled the Mugunga camp near Goma on "
        "Friday, killing 12 displaced people, and rejected the government's account as propaganda.",
        "S-mugunga",
        "missile_artillery",
        "2024-05-03",
        "Mugunga",
        "CD",
    ),
    (
        "tripolinews-tajoura",
        "Tripoli News",
        "2019-07-03",
        "An air strike by Haftar's forces hit a migrant detention centre in Tajoura on Tuesday night, killing "
        "44 migrants, the Government of National Accord said, blaming the Libyan National Army.",
        "S-tajoura",
        "air_strike",
        "2019-07-02",
        "Tajoura",
        "LY",
    ),
    (
        "lnamedia-tajoura",
        "LNA Media Centre",
        "2019-07-03",
        "The Libyan National Army denied striking the migrant centre in Tajoura on Tuesday and said militias "
        "loyal to the Tripoli government fired on the centre after our jets hit a weapons depot nearby.",
        "S-tajoura",
        "air_strike",
        "2019-07-02",
        "Tajoura",
        "LY",
    ),
    (
        "azertac-ganja",
        "Baku Agency",
        "2020-10-11",
        "Armenian forces fired a ballistic missile at a residential block in Ganja early on Sunday, killing "
        "nine civilians, the Azerbaijani prosecutor's office said.",
        "S-ganja",
        "missile_artillery",
        "2020-10-11",
        "Ganja",
        "AZ",
    ),
    (
        "armenpress-ganja",
        "Yerevan Desk",
        "2020-10-11",
        "Armenia's defence ministry denied on Sunday that its forces had fired at Ganja, calling Baku's claims "
        "a fabrication, and said Azerbaijani troops were shelling Armenian positions.",
        "S-ganja",
        "missile_artillery",
        "2020-10-11",
        "Ganja",
        "AZ",
    ),
    (
        "tigraitv-togoga",
        "Tigrai TV",
        "2021-06-23",
        "Ethiopian air force jets bombed a crowded market in Togoga on Tuesday, killing at least 51 people, "
        "health workers said, accusing the federal government of a massacre.",
        "S-togoga",
        "air_strike",
        "2021-06-22",
        "Togoga",
        "ET",
    ),
    (
        "ena-togoga",
        "Addis Herald",
        "2021-06-23",
        "A military spokesman said the air force struck a gathering of TPLF fighters in Togoga on Tuesday "
        "and denied that civilians had been targeted, saying the rebels wore civilian clothes.",
        "S-togoga",
        "air_strike",
        "2021-06-22",
        "Togoga",
        "ET",
    ),
    (
        "ambazonia-ngarbuh",
        "Southern Cameroons Voice",
        "2020-02-15",
        "Cameroonian soldiers stormed the village of Ngarbuh on Friday and killed 22 villagers, among them "
        "14 children, separatist leaders said, accusing the army of a massacre.",
        "S-ngarbuh",
        "attack_on_civilians",
        "2020-02-14",
        "Ngarbuh",
        "CM",
    ),
    (
        "crtv-ngarbuh",
        "Yaounde Tribune",
        "2020-02-16",
        "The defence ministry said troops clashed with separatist fighters in Ngarbuh on Friday and that fuel "
        "containers exploded in the fighting, killing five people. It rejected accusations of a massacre as false.",
        "S-ngarbuh",
        "armed_clash",
        "2020-02-14",
        "Ngarbuh",
        "CM",
    ),
    # (b) district or province against the town
    (
        "kadunavoice-tudunbiri",
        "Kaduna Voice",
        "2023-12-04",
        "A military drone strike killed 85 villagers celebrating a religious festival in Tudun Biri on Sunday "
        "night, local leaders said.",
        "S-tudunbiri",
        "air_strike",
        "2023-12-03",
        "Tudun Biri",
        "NG",
    ),
    (
        "armyhq-igabi",
        "Army HQ statement",
        "2023-12-04",
        "The army said a drone operation against terrorists in Igabi local government area of Kaduna State on "
        "Sunday night had inadvertently harmed civilians, and promised an inquiry.",
        "S-tudunbiri",
        "air_strike",
        "2023-12-03",
        "Tudun Biri",
        "NG",
    ),
    (
        "irrawaddy-pazigyi",
        "Irrawaddy Desk",
        "2023-04-12",
        "Junta aircraft bombed a crowd gathered for the opening of an office in Pazigyi village on Tuesday, "
        "killing about 100 people, residents said.",
        "S-pazigyi",
        "air_strike",
        "2023-04-11",
        "Pazigyi",
        "MM",
    ),
    (
        "gnlm-kanbalu",
        "Naypyitaw Bulletin",
        "2023-04-12",
        "The military said it struck a ceremony of terrorist PDF fighters in Kanbalu township, Sagaing Region, "
        "on Tuesday and that some civilians may have died because they were forced to attend.",
        "S-pazigyi",
        "air_strike",
        "2023-04-11",
        "Pazigyi",
        "MM",
    ),
    (
        "mogadishupost-mahas",
        "Mogadishu Post",
        "2022-11-20",
        "Al-Shabaab fighters attacked an army base in Mahas on Saturday, and troops repelled them, killing 30 "
        "militants, a regional commander said.",
        "S-mahas",
        "armed_clash",
        "2022-11-19",
        "Mahas",
        "SO",
    ),
    (
        "shahada-hiraan",
        "Shahada News",
        "2022-11-20",
        "Mujahideen stormed a military base in the Hiraan region on Saturday and killed 12 soldiers, the group "
        "said in a statement, denying it had lost any fighters.",
        "S-mahas",
        "armed_clash",
        "2022-11-19",
        "Mahas",
        "SO",
    ),
    (
        "kyivdesk-avdiivka",
        "Kyiv Desk",
        "2017-01-31",
        "Rocket fire from separatist positions hit a residential district of Avdiivka on Monday, killing four "
        "civilians, the regional administration said.",
        "S-avdiivka",
        "missile_artillery",
        "2017-01-30",
        "Avdiivka",
        "UA",
    ),
    (
        "donetskagency-avdiivka",
        "Donetsk Agency",
        "2017-01-31",
        "Ukrainian forces shelled their own positions in Avdiivka on Monday and killed four residents to blame "
        "the republic, a separatist spokesman said, denying that his units had fired on the town.",
        "S-avdiivka",
        "missile_artillery",
        "2017-01-30",
        "Avdiivka",
        "UA",
    ),
    # (c) an explicit date against "said today"
    (
        "msf-release-mopti",
        "MSF release",
        "2022-04-05",
        "Soldiers and foreign fighters executed dozens of men in Moura, in the Mopti region, on March 27, 2022, "
        "survivors told our teams, the medical charity said today.",
        "S-moura",
        "attack_on_civilians",
        "2022-03-27",
        "Moura",
        "ML",
    ),
    (
        "bamakodesk-moura",
        "Bamako Desk",
        "2022-03-28",
        "The army said it killed 203 terrorists during an operation in Moura on Sunday.",
        "S-moura",
        "armed_clash",
        "2022-03-27",
        "Moura",
        "ML",
    ),
    (
        "hrwrelease-cauca",
        "Rights Watch release",
        "2021-08-20",
        "Dissident guerrillas killed four farmers in Argelia, Cauca, on Sunday, August 15, residents said, the "
        "group said today in a statement calling for an investigation.",
        "S-argelia",
        "attack_on_civilians",
        "2021-08-15",
        "Argelia",
        "CO",
    ),
    (
        "bogotawire-argelia",
        "Bogota Wire",
        "2021-08-16",
        "Gunmen from a dissident faction shot dead four farmers in Argelia on Sunday, the army said.",
        "S-argelia",
        "attack_on_civilians",
        "2021-08-15",
        "Argelia",
        "CO",
    ),
    # (d) one scene, each outlet adding its own sites around it (dateline city, district seat)
    (
        "maidugurinews-rann",
        "Maiduguri Monitor",
        "2021-01-11",
        "Maiduguri. ISWAP fighters stormed Rann in the Kala-Balge area on Sunday and killed nine people who had "
        "fled there, aid workers said, accusing the militants of burning the clinic.",
        "S-rann",
        "attack_on_civilians",
        "2021-01-10",
        "Rann",
        "NG",
    ),
    (
        "abujawire-rann",
        "Abuja Wire",
        "2021-01-11",
        "Troops repelled an attack by insurgents on Rann, Borno State, on Sunday, killing several of the "
        "attackers, the army said, while local officials said nine residents died.",
        "S-rann",
        "armed_clash",
        "2021-01-10",
        "Rann",
        "NG",
    ),
    (
        "ouagatimes-seytenga",
        "Ouaga Times",
        "2022-06-13",
        "Ouagadougou. Jihadist gunmen killed dozens of residents of Seytenga in Seno province on Saturday night, "
        "survivors who reached Dori said.",
        "S-seytenga",
        "attack_on_civilians",
        "2022-06-11",
        "Seytenga",
        "BF",
    ),
    (
        "sahelarmy-seytenga",
        "Sahel Army Bulletin",
        "2022-06-13",
        "The army said terrorists attacked Seytenga on Saturday night and that a unit sent from Dori pursued the "
        "attackers, blaming them for the deaths of civilians.",
        "S-seytenga",
        "attack_on_civilians",
        "2022-06-11",
        "Seytenga",
        "BF",
    ),
    (
        "mindanaopost-ampatuan",
        "Mindanao Post",
        "2023-03-06",
        "Cotabato City. Soldiers and BIFF gunmen fought for hours in Datu Saudi Ampatuan on Sunday, leaving "
        "four rebels and a soldier dead, the army said.",
        "S-dsa",
        "armed_clash",
        "2023-03-05",
        "Datu Saudi Ampatuan",
        "PH",
    ),
    (
        "bangsamorevoice-ampatuan",
        "Bangsamoro Voice",
        "2023-03-06",
        "Residents of Datu Saudi Ampatuan in Maguindanao said army shelling on Sunday killed two farmers, and "
        "accused the military of firing at homes during its pursuit of rebels.",
        "S-dsa",
        "armed_clash",
        "2023-03-05",
        "Datu Saudi Ampatuan",
        "PH",
    ),
    (
        "borno-statement-kirawa",
        "Borno State Government",
        "2022-08-08",
        "Insurgents killed six farmers in Kirawa, in Gwoza local government area, on Sunday, the state "
        "government said, blaming Boko Haram for the attack.",
        "S-kirawa",
        "attack_on_civilians",
        "2022-08-07",
        "Kirawa",
        "NG",
    ),
    (
        "maiduguriradio-kirawa",
        "Maiduguri Radio",
        "2022-08-08",
        "Maiduguri. Relatives said soldiers shot six farmers in Kirawa on Sunday after mistaking them for "
        "insurgents, and accused the army of covering up the killings.",
        "S-kirawa",
        "attack_on_civilians",
        "2022-08-07",
        "Kirawa",
        "NG",
    ),
    (
        "kabulnews-sangin",
        "Kabul News",
        "2019-09-20",
        "A drone strike hit a wedding party in Gereshk district's village of Nawa-i-Sharif on Thursday, killing "
        "eleven guests, Taliban officials said.",
        "S-nawa",
        "air_strike",
        "2019-09-19",
        "Nawa-i-Sharif",
        "AF",
    ),
    (
        "kandahartimes-nawa",
        "Kandahar Times",
        "2019-09-20",
        "Lashkar Gah. The provincial governor said the strike in Nawa-i-Sharif on Thursday targeted Taliban "
        "commanders and denied that a wedding was hit.",
        "S-nawa",
        "air_strike",
        "2019-09-19",
        "Nawa-i-Sharif",
        "AF",
    ),
    (
        "gaowire-tessit",
        "Gao Wire",
        "2022-08-09",
        "Jihadists attacked the army camp at Tessit, in Ansongo circle, on Sunday, killing 42 soldiers, the "
        "government said.",
        "S-tessit",
        "armed_clash",
        "2022-08-07",
        "Tessit",
        "ML",
    ),
    (
        "bamakoradio-tessit",
        "Bamako Radio",
        "2022-08-09",
        "Bamako. The Islamic State group claimed the attack on soldiers at Tessit on Sunday and said its "
        "fighters killed dozens of troops.",
        "S-tessit",
        "armed_clash",
        "2022-08-07",
        "Tessit",
        "ML",
    ),
    # (e) a side's denial the next day, dated by the day it was made
    (
        "stepanakertnews-martakert",
        "Artsakh Daily",
        "2020-10-04",
        "Azerbaijani drones struck the covered market of Martakert on Sunday, killing four shoppers, the "
        "town's mayor said.",
        "S-martakert",
        "air_strike",
        "2020-10-04",
        "Martakert",
        "AZ",
    ),
    (
        "bakudesk-martakert",
        "Baku Desk",
        "2020-10-05",
        "Azerbaijan's defence ministry on Monday rejected claims that its drones had struck the market in "
        "Martakert, calling them Armenian propaganda.",
        "S-martakert",
        "air_strike",
        "2020-10-04",
        "Martakert",
        "AZ",
    ),
    (
        "gazapress-jabalia",
        "Coastal Press",
        "2014-07-30",
        "Israeli tank shells hit a United Nations school in Jabalia on Wednesday, killing 15 people who had "
        "taken shelter there, medics said.",
        "S-jabalia",
        "missile_artillery",
        "2014-07-30",
        "Jabalia",
        "PS",
    ),
    (
        "telavivwire-jabalia",
        "Tel Aviv Wire",
        "2014-07-31",
        "The Israeli military on Thursday denied that its tanks had fired at the school in Jabalia and said "
        "militants had launched rockets from near the building.",
        "S-jabalia",
        "missile_artillery",
        "2014-07-30",
        "Jabalia",
        "PS",
    ),
    (
        "kharkivdaily-chuhuiv",
        "Kharkiv Daily",
        "2022-03-05",
        "Russian missiles hit an apartment block in Chuhuiv on Saturday, killing three residents, the regional "
        "governor said.",
        "S-chuhuiv",
        "missile_artillery",
        "2022-03-05",
        "Chuhuiv",
        "UA",
    ),
    (
        "moscowbrief-chuhuiv",
        "Moscow Brief",
        "2022-03-06",
        "The Russian defence ministry on Sunday denied striking homes in Chuhuiv and said its forces had hit "
        "only an air defence post.",
        "S-chuhuiv",
        "missile_artillery",
        "2022-03-05",
        "Chuhuiv",
        "UA",
    ),
    # distractors: nearby town, same day
    (
        "sabanews-zabid",
        "Saba News",
        "2019-03-11",
        "Coalition aircraft bombed a farm outside Zabid on Sunday, killing two farmers, a local official said.",
        "D-zabid",
        "air_strike",
        "2019-03-10",
        "Zabid",
        "YE",
    ),
    (
        "kyivdesk-marinka",
        "Kyiv Desk",
        "2017-01-31",
        "Separatist mortar fire wounded three soldiers near Marinka on Monday, the army said.",
        "D-marinka",
        "missile_artillery",
        "2017-01-30",
        "Marinka",
        "UA",
    ),
]


def main() -> None:
    """Write stories.jsonl and contradictions.json next to this script."""
    with (HERE / "stories.jsonl").open("w", encoding="utf-8") as f:
        for aid, src, pub, text, story, typ, day, place, cc in A:
            art = {
                "id": aid,
                "url": f"https://example.org/{aid}",
                "title": text.split(",")[0],
                "source": src,
                "published": pub,
                "text": text,
            }
            ev = {
                "kind": "incident",
                "event_type": typ,
                "story": story,
                "date": {"start": day, "end": day, "precision": "day"},
                "locations": [{"name": place, "country": cc, "precision": "exact"}],
                "initiators": [],
                "targets": [],
                "weapons": [],
                "claims": [],
            }
            f.write(json.dumps({"article": art, "events": [ev]}) + "\n")
    kinds = {s: ["blame"] for s in sorted({a[4] for a in A if a[4].startswith("S-")})}
    (HERE / "contradictions.json").write_text(json.dumps(kinds, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
