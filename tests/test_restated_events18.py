"""Round 18: one event told twice stays one event (extract.merge, extract.draft).

Own sentences (no benchmark text), from wars the visible sets do not cover: the other side's
account of a clash ("returned fire", "fired first", "gave a different account"), a phase told in
the next sentence after a clause of it was already joined, attackers described in other words, a
district and a town inside it with one toll, places where a source went or is ("survivors who
reached X", "a doctor at the hospital in Y, where the wounded were brought"); and what stays two
events, as the visible gold codes them (a far place with its own victims, an abduction beside the
killing)."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

from wardesk.extract.draft import answers_fire, in_speaker_phrase

PUBLISHED = "2024-05-15"

#: (id, text, incidents, a word of the main incident's first place or None)
CASES = [
    (
        "account-fired-first-near-village",
        "Tajik officials said three villagers were killed on Monday when Kyrgyz troops fired mortars at "
        "the village of Vorukh. Kyrgyzstan's border service said Tajik forces had opened fire first on its "
        "posts near the village of Ak-Sai.",
        1,
        "Vorukh",
    ),
    (
        "account-different-account",
        "Ukrainian officials said two civilians were killed on Friday when Russian artillery shelled the "
        "town of Vovchansk. Russia's defence ministry gave a different account, saying Ukrainian troops "
        "had fired rockets at its units near the village of Tykhe.",
        1,
        "Vovchansk",
    ),
    (
        "control-far-place-own-victims",
        "Israel said a rocket fired from Lebanon wounded two soldiers in Kiryat Shmona on Monday. "
        "Lebanese officials said Israeli shelling killed three farmers in the village of Aitaroun on Monday.",
        2,
        None,
    ),
    (
        "phase-after-joined-clause",
        "Insurgents killed four policemen in an attack on a post in Bannu on Sunday. They hurled grenades "
        "over the wall and then shot the guards at the gate, an official said.",
        1,
        "Bannu",
    ),
    (
        "phase-attackers-in-other-words",
        "Rebels killed seven soldiers in an ambush near Bambari on Friday. The fighters detonated a mine "
        "under the lead truck and then opened fire on the convoy, the army said.",
        1,
        "Bambari",
    ),
    (
        "phase-other-party-of-clash",
        "Three soldiers died on Monday in a clash with Arakan Army fighters near the town of Paletwa, the "
        "junta said. The junta said the insurgents had fired mortars at a hilltop camp before the fighting "
        "spread.",
        1,
        "Paletwa",
    ),
    (
        "district-and-village-same-toll",
        "Shelling killed six civilians in Kawlin township in Myanmar's Sagaing region on Thursday. The "
        "shells hit the village of Thit Seint Gyi, in the township, killing six people, an official said.",
        1,
        "Thit Seint Gyi",
    ),
    (
        "control-abduction-beside-killing",
        "Gunmen killed six villagers in the village of Dogon Daji in Zamfara state on Sunday. The attackers "
        "also abducted 20 women and children from the village, a community leader said.",
        2,
        None,
    ),
    (
        "speaker-reached-town",
        "Gunmen killed nine villagers in the village of Ruwan Tofa in Katsina state on Monday. Families who "
        "reached Funtua said the attackers arrived after dark and shot the men.",
        1,
        "Ruwan Tofa",
    ),
    (
        "speaker-at-hospital-where-brought",
        "An air strike killed seven people in the market of Kurmuk on Sunday. A nurse at the hospital in "
        "Damazin, where some of the injured were brought, said four of the dead were children.",
        1,
        "Kurmuk",
    ),
]


@pytest.mark.parametrize(("case_id", "text", "count", "place"), CASES, ids=[c[0] for c in CASES])
def test_merge_restated_event_counts_once(pipeline, case_id, text, count, place):
    events = incidents(pipeline, text, PUBLISHED)
    got = [f"{e.event_type}@{','.join(loc.name for loc in e.locations)}" for e in events]
    assert len(events) == count, got
    if place is not None:
        assert events[0].locations and place.lower() in events[0].locations[0].name.lower(), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Baku said its units had returned fire.", True),
        ("The ministry said Armenian troops had opened fire first.", True),
        ("Moscow gave a different account of the clash.", True),
        ("The militants returned to the village the next day.", False),
        ("The first convoy reached the town on Monday.", False),
    ],
)
def test_draft_answers_fire_reads_who_fired_first(nlp, sentence, expected):
    doc = nlp(sentence)
    assert answers_fire(doc, 0, len(doc)) is expected


@pytest.mark.parametrize(
    ("sentence", "place", "expected"),
    [
        ("Survivors who reached Funtua said the gunmen came at night.", "Funtua", True),
        ("Refugees arriving in Gedaref said the town had burned.", "Gedaref", True),
        ("A doctor at the hospital in Damazin said four were children.", "Damazin", True),
        ("Residents of Tsafe said the gunmen came at night.", "Tsafe", False),
        ("Police said gunmen attacked Tsafe on Monday.", "Tsafe", False),
    ],
)
def test_draft_in_speaker_phrase_is_where_the_source_is(nlp, sentence, place, expected):
    doc = nlp(sentence)
    i = next(t.i for t in doc if t.text == place)
    assert in_speaker_phrase(doc, i) is expected
