"""Articles of our own for the dashboard's browser tests: one air strike told by three outlets with
different tolls and blame (so the story page has per-source rows and a contradiction), and other events
in other towns, months and types (so the map clusters, the timeline has a range to brush, and the
small multiples have groups). Written for these tests; no benchmark text."""

from __future__ import annotations

#: (id, outlet, published, title, text)
ARTICLES: list[tuple[str, str, str, str, str]] = [
    (
        "desk-strike-a",
        "Reuters",
        "2016-03-08",
        "Air strikes hit market in Maarat al-Numan",
        "Air strikes by Russian warplanes killed 23 civilians at a crowded market in the town of Maarat "
        "al-Numan in Idlib province on Monday, the Syrian Observatory for Human Rights said. Rescue workers "
        "pulled bodies from the rubble for hours.",
    ),
    (
        "desk-strike-b",
        "Al Jazeera",
        "2016-03-08",
        "Dozens dead in Idlib market strike",
        "At least 31 people were killed when government warplanes bombed a market in Maarat al-Numan in Idlib "
        "province on Monday, local civil defence workers said. The town has been shelled repeatedly this year.",
    ),
    (
        "desk-strike-c",
        "SANA",
        "2016-03-09",
        "Army targets terrorist positions in Idlib countryside",
        "The Syrian army destroyed positions of terrorist groups in Maarat al-Numan in Idlib province on Monday, "
        "a military source told SANA. The source denied that civilians were killed in the operation.",
    ),
    (
        "desk-aleppo-shelling",
        "Reuters",
        "2016-01-14",
        "Shelling kills eight in Aleppo",
        "Rebel shelling killed eight people in a government-held district of Aleppo on Wednesday, state media "
        "reported.",
    ),
    (
        "desk-aleppo-clash",
        "AFP",
        "2016-05-20",
        "Fighting rages south of Aleppo",
        "Fierce clashes between government forces and rebels near the town of Khan Touman south of Aleppo "
        "killed 17 fighters on Thursday, the Syrian Observatory for Human Rights said.",
    ),
    (
        "desk-hama-bomb",
        "AFP",
        "2016-06-02",
        "Car bomb in Hama",
        "A car bomb exploded near a checkpoint in the city of Hama on Wednesday, killing five soldiers, a "
        "security source said.",
    ),
    (
        "desk-raqqa-strike",
        "Reuters",
        "2016-09-12",
        "Coalition strikes Raqqa",
        "Air strikes by the US-led coalition killed 14 Islamic State fighters in the city of Raqqa on Sunday, "
        "the Syrian Observatory for Human Rights said.",
    ),
    (
        "desk-zamalka-gas",
        "Reuters",
        "2016-08-25",
        "Gas attack near Damascus",
        "A chemical attack on the town of Zamalka in the Damascus countryside killed 1,127 people on "
        "Wednesday, activists said.",
    ),
    (
        "desk-deir-abduction",
        "Al Jazeera",
        "2016-11-03",
        "Villagers abducted near Deir ez-Zor",
        "Islamic State fighters abducted 20 villagers near the city of Deir ez-Zor on Tuesday, activists said.",
    ),
]


def records() -> list[dict[str, str]]:
    """The articles as JSONL records for ``wardesk ingest``."""
    return [
        {"id": i, "source": outlet, "published": day, "title": title, "text": text}
        for i, outlet, day, title, text in ARTICLES
    ]
