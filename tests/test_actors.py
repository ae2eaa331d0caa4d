"""Tests for wardesk.extract.actors: the actor lexicon and the mention finder (our own sentences)."""

from __future__ import annotations

import pytest
import yaml

from wardesk.extract.actors import ACTOR_TYPES, STATE_UNKNOWN, ActorLexicon, find_actors, fold_words
from wardesk.resources import load_text


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.default()


CANONICAL = [
    # names and spelling variants
    ("Islamic State", "Islamic State"),
    ("ISIS", "Islamic State"),
    ("Isis", "Islamic State"),
    ("ISIL", "Islamic State"),
    ("IS", "Islamic State"),
    ("IS group", "Islamic State"),
    ("the Islamic State group", "Islamic State"),
    ("the Islamic state", "Islamic State"),
    ("Daesh", "Islamic State"),
    ("Daech", "Islamic State"),
    ("so-called Islamic State", "Islamic State"),
    ("Jabhat al-Nusra", "Al-Nusra Front"),
    ("Nusra Front", "Al-Nusra Front"),
    ("Jabhat Fateh al-Sham", "Al-Nusra Front"),
    ("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham"),
    ("HTS", "Hayat Tahrir al-Sham"),
    ("Hizbollah", "Hezbollah"),
    ("Ansar Allah", "Houthis"),
    ("Houthi rebels", "Houthis"),
    ("FSA", "Free Syrian Army"),
    ("People\u2019s Protection Units", "YPG"),
    ("SDF", "Syrian Democratic Forces"),
    ("Kurdish-led SDF", "Syrian Democratic Forces"),
    ("Izz ad-Din al-Qassam Brigades", "Hamas"),
    ("al-Shabab", "al-Shabaab"),
    ("Islamic State West Africa Province", "ISWAP"),
    ("Tatmadaw", "Myanmar"),
    ("Rapid Support Forces", "RSF"),
    ("Hashd al-Shaabi", "Popular Mobilization Forces"),
    ("Jaish al-Islam", "Jaysh al-Islam"),
    ("Ahrar al Sham", "Ahrar al-Sham"),
    ("Turkestan Islamic Party", "Turkistan Islamic Party"),
    ("Arab coalition", "Saudi-led coalition"),
    ("U.S.-led coalition", "US-led coalition"),
    ("international coalition", "US-led coalition"),
    ("Russian Aerospace Forces", "Russia"),
    ("Assad regime", "Syria"),
    ("regime forces", STATE_UNKNOWN),  # no country said: no guessed one
    ("Tiger Forces", "Syria"),
    ("IDF", "Israel"),
    ("Haftar's forces", "Libyan National Army"),
    ("unknown gunmen", "Unidentified armed group"),
    # demonym + unit
    ("Syrian government forces", "Syria"),
    ("Syrian army", "Syria"),
    ("Russian jets", "Russia"),
    ("Russian warplanes", "Russia"),
    ("Russian Su-24", "Russia"),
    ("Russian strikes", "Russia"),
    ("Iraqi security forces", "Iraq"),
    ("Iraqi federal police", "Iraq"),
    ("U.S.-led warplanes", "US-led coalition"),
    ("Saudi-led coalition aircraft", "Saudi-led coalition"),
    ("US forces", "United States"),
    ("American troops", "United States"),
    ("Turkish army", "Turkey"),
    ("Ukrainian artillery", "Ukraine"),
    ("Nigerian troops", "Nigeria"),
    ("coalition jets", "US-led coalition"),
    # group + member nouns, leading descriptors
    ("IS militants", "Islamic State"),
    ("Hezbollah fighters", "Hezbollah"),
    ("Taliban insurgents", "Taliban"),
    ("hardline Islamist group Ahrar al-Sham", "Ahrar al-Sham"),
    ("Islamist rebel group Failaq al-Sham", "Failaq al-Sham"),
    # civilians
    ("civilians", "Civilians"),
    ("local residents", "Civilians"),
    ("Syrian civilians", "Civilians"),
    ("worshippers", "Civilians"),
    ("passengers", "Civilians"),
    # places and metonyms
    ("Russia", "Russia"),
    ("Russia's", "Russia"),
    ("Moscow", "Russia"),
    ("Damascus", "Syria"),
    ("the Pentagon", "United States"),
    ("Washington", "United States"),
    ("U.S.", "United States"),
    ("US", "United States"),
    # generic: out of any article, rebels are no one war's
    ("rebels", "Unidentified armed group"),
    ("opposition fighters", "Unidentified armed group"),
    ("pro-government militias", STATE_UNKNOWN),
    ("pro-regime fighters", STATE_UNKNOWN),
    ("pro-regime militiamen", STATE_UNKNOWN),
    # state forces and armed groups of more wars of ACLED's country list
    ("Kadyrovtsy", "Russia"),
    ("Ogaden National Liberation Front", "ONLF"),
    ("Casamance rebels", "MFDC"),
    ("Jaish al-Mahdi", "Mahdi Army"),
    ("RUF rebels", "Revolutionary United Front"),
    ("FLEC-FAC", "FLEC"),
    ("Zapatistas", "EZLN"),
    ("Jamaat-ul-Mujahideen Bangladesh", "Jamaat-ul-Mujahideen Bangladesh"),
    # a state's units the news names on their own
    ("Joint Task Force Sulu", "Philippines"),
    ("Joint-Task Force Central", "Philippines"),
]

NOT_ACTORS = [
    "Russian President",
    "Russian President Vladimir Putin",
    "Islamic",
    "is",
    "us",
    "Syrian Observatory for Human Rights",
    "Russian Defence Ministry spokesman",
    "",
    "the",
    "market",
]


@pytest.mark.parametrize("text,name", CANONICAL)
def test_actors_canonical_names(lex, text, name):
    entry = lex.canonical(text)
    assert entry is not None, text
    assert entry.name == name


@pytest.mark.parametrize("text", NOT_ACTORS)
def test_actors_canonical_rejects_non_actors(lex, text):
    assert lex.canonical(text) is None


def test_actors_entry_by_name(lex):
    russia = lex.entry("Russia")
    assert (russia.name, russia.type, russia.country) == ("Russia", "state_forces", "RU")
    with pytest.raises(KeyError):
        lex.entry("Atlantis")


def test_actors_default_is_cached():
    assert ActorLexicon.default() is ActorLexicon.default()


@pytest.mark.parametrize(
    "text,words",
    [
        ("The Islamic State's fighters", ["Islamic", "State", "fighters"]),
        ("U.S.-led", ["U", "S", "led"]),
        ("Hay\u2019at Tahrir al-Sh\u0101m", ["Hayat", "Tahrir", "al", "Sham"]),
    ],
)
def test_actors_fold_words(text, words):
    assert fold_words(text) == words


# sentence, expected (mention text, canonical name) in order
FIND = [
    ("Russian warplanes bombed the town.", [("Russian warplanes", "Russia")]),
    ("Syrian government forces shelled the suburb.", [("Syrian government forces", "Syria")]),
    ("Iraqi forces retook the bridge.", [("Iraqi forces", "Iraq")]),
    ("Pro-government militias stormed the village.", [("Pro-government militias", STATE_UNKNOWN)]),
    ("The U.S.-led coalition struck oil wells.", [("U.S.-led coalition", "US-led coalition")]),
    ("Saudi-led coalition aircraft hit a bus.", [("Saudi-led coalition aircraft", "Saudi-led coalition")]),
    ("IS militants attacked a checkpoint.", [("IS militants", "Islamic State")]),
    ("The city is held by rebels.", [("rebels", "Unidentified armed group")]),  # until resolved
    ("Russian strikes killed nine civilians.", [("Russian", "Russia"), ("civilians", "Civilians")]),
    ("A Russian Su-24 crashed near the border.", [("Russian", "Russia")]),
    (
        "The Syrian Observatory for Human Rights said 12 people died.",
        [("people", "Civilians")],
    ),
    ("Russian President Vladimir Putin met the envoy.", [("Vladimir Putin", "Russia")]),
    ("Russian-made rifles were found in the house.", []),
    ("Let us hope it is over soon.", []),
    (
        "Hezbollah fighters and the Syrian army retook the town from Jabhat al-Nusra.",
        [
            ("Hezbollah fighters", "Hezbollah"),
            ("Syrian army", "Syria"),
            ("Jabhat al-Nusra", "Al-Nusra Front"),
        ],
    ),
    ("Moscow denied the report.", [("Moscow", "Russia")]),
    ("He flew to Moscow on Monday.", []),
    ("Strikes by Russia hit Idlib.", [("Russia", "Russia")]),
    ("Fighting continued in Syria.", []),
    (
        "Daesh fighters executed four shepherds.",
        [("Daesh fighters", "Islamic State"), ("shepherds", "Civilians")],
    ),
    ("Houthi rebels fired a missile at Jizan.", [("Houthi rebels", "Houthis")]),
    ("Gunmen killed three villagers.", [("Gunmen", "Unidentified armed group"), ("villagers", "Civilians")]),
    ("A Russian military spokesman denied it.", []),
    (
        "The Tatmadaw shelled a camp run by the Arakan Army.",
        [("Tatmadaw", "Myanmar"), ("Arakan Army", "Arakan Army")],
    ),
    (
        "Israeli jets struck Hamas targets after Islamic Jihad fired rockets.",
        [("Israeli jets", "Israel"), ("Hamas", "Hamas"), ("Islamic Jihad", "Palestinian Islamic Jihad")],
    ),
    ("ISIS IS LOSING GROUND", [("ISIS", "Islamic State")]),
    ("MOSCOW, Oct. 18 (Reuters) - The talks ended.", []),
    ("Clashes erupted near the Military Academy on Monday.", []),
    (
        "Syria troops kill 50 jihadists.",
        [("Syria troops", "Syria"), ("jihadists", "Unidentified armed group")],
    ),
    ("The Jaish al-Islam rebel group lost a commander.", [("Jaish al-Islam rebel group", "Jaysh al-Islam")]),
    (
        "The strike killed many children and two local residents.",
        [("children", "Civilians"), ("local residents", "Civilians")],
    ),
    ("Students joined anti-government protests.", [("Students", "Civilians")]),
    ("Russia's Defence Ministry denied it.", []),
    # possessives of leaders, capitals and state descriptions own the forces after them
    ("Assads air force bombed the town.", [("Assads air force", "Syria")]),
    ("Haftar's air force shelled the suburb.", [("Haftar's air force", "Libyan National Army")]),
    ("The regime's warplanes struck Douma.", [("The regime's warplanes", STATE_UNKNOWN)]),
    ("Kyiv's forces shelled Donetsk.", [("Kyiv's forces", "Ukraine")]),
    ("Syrias regime bombed the town.", [("Syrias regime", "Syria")]),
    # a name the table shares with a word, an office or a city is not the actor there
    ("The envoy flew to Moscow and met Putin's spokesman.", []),
]


@pytest.mark.parametrize("sentence,expected", FIND)
def test_actors_find_actors(nlp, lex, sentence, expected):
    doc = nlp(sentence)
    got = [(m.text, m.entry.name) for m in find_actors(doc, lex)]
    assert got == expected


def test_actors_find_actors_offsets_and_heads(nlp, lex):
    doc = nlp("Yesterday Syrian government forces shelled the town of Douma.")
    (m,) = find_actors(doc, lex)
    assert doc.text[m.start_char : m.end_char] == m.text == "Syrian government forces"
    assert (m.token_start, m.token_end) == (1, 4)
    assert doc[m.head_i].text == "forces"
    assert m.kind in ("alias", "demonym")


def test_actors_find_actors_and_between_demonyms(nlp, lex):
    doc = nlp("Russian and Syrian warplanes pounded the town.")
    got = [(m.text, m.entry.name) for m in find_actors(doc, lex)]
    assert ("Russian", "Russia") in got
    assert ("Syrian warplanes", "Syria") in got


@pytest.mark.parametrize(
    "sentence,country,name",
    [
        ("Government forces shelled the village.", "YE", "Yemen"),
        ("Government forces shelled the village.", "IQ", "Iraq"),
        # no country known: a state's forces, of no guessed country
        ("Government forces shelled the village.", None, STATE_UNKNOWN),
        ("Rebels shelled the village.", "YE", "Houthis"),
        ("Rebels shelled the village.", "SY", "Syrian rebels"),
        # no country known: unnamed rebels, not one war's
        ("Rebels shelled the village.", None, "rebels"),
        ("Insurgents shelled the village.", None, "insurgents"),
        # a country with no rebels of its own listed: not another war's rebels
        ("Rebels shelled the village.", "CO", "Unidentified armed group"),
    ],
)
def test_actors_resolve_generic_by_country(nlp, lex, sentence, country, name):
    (m,) = find_actors(nlp(sentence), lex)
    assert m.kind == "generic"
    assert lex.resolve(m, country).name == name


def _raw_yaml() -> dict:
    return yaml.safe_load(load_text("actors", "actors.yaml"))


def test_actors_yaml_schema():
    data = _raw_yaml()
    assert data["source"] and data["licence"]
    names = [e["name"] for e in data["actors"]]
    assert len(names) == len(set(names)), "duplicate names"
    for e in data["actors"]:
        assert isinstance(e["name"], str) and e["name"], e
        assert e["type"] in ACTOR_TYPES, e["name"]
        assert isinstance(e["aliases"], list), e["name"]
        assert e.get("country") is None or (len(e["country"]) == 2 and e["country"].isupper()), e["name"]
        for key in ("demonyms", "units", "metonyms", "places"):
            assert isinstance(e.get(key, []), list), (e["name"], key)
    for e in data["actors"]:
        assert str(e.get("ref", "")).strip(), (
            f"{e['name']}: every entry names the public reference it was checked against"
        )
    for g in data["generics"]:
        assert g.get("default") is None or g["default"] in names
        assert all(v in names for v in (g.get("by_country") or {}).values())


def test_actors_yaml_no_alias_conflicts(lex):
    """No phrase (alias, place, metonym, demonym, generic) may name two different actors."""
    assert lex.conflicts == [], "\n".join(f"{p!r}: {a} vs {b}" for p, a, b in lex.conflicts)


def test_actors_covers_required_names(lex):
    for name in [
        "Syria",
        "Russia",
        "United States",
        "Iraq",
        "Yemen",
        "Ukraine",
        "Israel",
        "Turkey",
        "Iran",
        "US-led coalition",
        "Saudi-led coalition",
        "Islamic State",
        "Al-Nusra Front",
        "Hezbollah",
        "Houthis",
        "Free Syrian Army",
        "YPG",
        "Syrian Democratic Forces",
        "Hamas",
        "al-Shabaab",
        "Boko Haram",
        "ISWAP",
        "Taliban",
        "RSF",
        "Syrian rebels",
        "Civilians",
        "Unidentified armed group",
    ]:
        assert lex.entry(name).name == name


def _common_words(nlp) -> set[str]:
    """English words of the pipeline's own lemma index (WordNet-derived)."""
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {w for pos in table for w in table[pos]}


def test_actors_aliases_are_no_common_words_or_place_names(nlp):
    """An alias that is also an English word or a place's name would turn ordinary text into an
    actor ("fact", "bras", the town al-Hirak): each such alias must be declared `ambiguous`, with
    the entry's reason. Capitals and leaders are exempt: they name an actor only as an agent."""
    from wardesk.extract.actors import _is_case_sensitive
    from wardesk.geo import Gazetteer
    from wardesk.names import fold

    words = _common_words(nlp)
    gazetteer = Gazetteer.default()
    undeclared = []
    for e in _raw_yaml()["actors"]:
        if e["type"] == "civilians":
            continue
        declared = set(e.get("ambiguous") or [])
        for alias in e.get("aliases") or []:
            if _is_case_sensitive(alias) or alias in declared:
                continue
            w = fold_words(alias)
            if len(w) == 1 and w[0].lower() in words:
                undeclared.append((e["name"], alias, "word"))
            elif any(
                fold(p.name, place=True) == fold(alias, place=True)
                for p in gazetteer.lookup(alias, loose=False)
                if p.kind in ("city", "admin1", "region", "country")
            ):
                undeclared.append((e["name"], alias, "place"))
    assert not undeclared, undeclared


def test_actors_table_covers_forty_conflicts(lex):
    """At least 40 countries whose state forces and at least one non-state armed group of their
    own are listed (Mozambique's and Niger's insurgents belong to Islamic State provinces of
    other countries and are not counted)."""
    groups = {e.country for e in lex.entries if e.type in ("rebel_group", "militia") and e.country}
    conflicts = {cc for cc in groups if lex.state_of(cc) is not None}
    assert len(conflicts) >= 40, sorted(conflicts)


@pytest.mark.parametrize(
    "country,name",
    [("TG", "Togo"), ("BE", "Belgium"), ("CD", "DR Congo"), ("MM", "Myanmar"), ("SS", "South Sudan")],
)
def test_actors_every_country_has_state_forces(lex, country, name):
    assert lex.state_of(country).name == name
