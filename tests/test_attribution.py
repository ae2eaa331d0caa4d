"""Attribution: who reported each statement, through whom, and which text it covers.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from wardesk.extract.attribution import SourceLexicon, find_attributions, quote_spans
from wardesk.names import fold
from wardesk.record import Source

# (text, name, organization, verb, via, a substring the scope must cover)
CASES = [
    # "X said" and its verbs
    (
        "Col. Gen. Sergei Rudskoi said at a news briefing that Tu-22M3 bombers hit a fuel dump, "
        "according to the Russian agency Sputnik.",
        "Sergei Rudskoi",
        "Russian Ministry of Defence",
        "said",
        "Sputnik",
        "bombers hit a fuel dump",
    ),
    (
        "Russian minister Sergei Shoigu said the campaign would continue.",
        "Sergei Shoigu",
        "Russian Ministry of Defence",
        "said",
        None,
        "the campaign would continue",
    ),
    (
        "Russian Defence Minister Sergei Shoigu announced that 40 targets were hit.",
        "Sergei Shoigu",
        "Russian Ministry of Defence",
        "said",
        None,
        "40 targets were hit",
    ),
    (
        "Moscow's Defense Ministry said its jets struck 30 targets in Idlib.",
        "Russian Ministry of Defence",
        None,
        "said",
        None,
        "its jets struck 30 targets",
    ),
    (
        "The Russian Defence Ministry stated that the bombers returned safely.",
        "Russian Ministry of Defence",
        None,
        "said",
        None,
        "the bombers returned safely",
    ),
    (
        "The Britain-based Syrian Observatory for Human Rights said 12 civilians were killed.",
        "Syrian Observatory for Human Rights",
        None,
        "said",
        None,
        "12 civilians were killed",
    ),
    (
        "The Observatory reported that 14 children died in the air raids.",
        "Syrian Observatory for Human Rights",
        None,
        "reported",
        None,
        "14 children died",
    ),
    (
        "SOHR added that the shelling continued until dawn.",
        "Syrian Observatory for Human Rights",
        None,
        "said",
        None,
        "the shelling continued",
    ),
    (
        "The Pentagon denied that its aircraft struck the hospital.",
        "Pentagon",
        None,
        "denied",
        None,
        "its aircraft struck the hospital",
    ),
    (
        "The governor tweeted that the fire had been put out.",
        "The governor",
        None,
        "said",
        None,
        "the fire had been put out",
    ),
    (
        "Residents said the bombing lasted all night.",
        "Residents",
        None,
        "said",
        None,
        "the bombing lasted all night",
    ),
    (
        "Security sources said the bomber detonated his vest at a checkpoint.",
        "Security sources",
        None,
        "said",
        None,
        "the bomber detonated his vest",
    ),
    (
        "Medics said four children were among the dead.",
        "Medics",
        None,
        "said",
        None,
        "four children were among the dead",
    ),
    (
        "Activists reported heavy clashes on the outskirts of the town.",
        "Activists",
        None,
        "reported",
        None,
        "heavy clashes",
    ),
    (
        "Unconfirmed reports said the commander was killed.",
        "Unconfirmed reports",
        None,
        "said",
        None,
        "the commander was killed",
    ),
    (
        "Russia said its jets hit 12 targets near Palmyra.",
        "Russia",
        None,
        "said",
        None,
        "its jets hit 12 targets",
    ),
    # inversion: "..., said X" / "..., X said"
    (
        "Five civilians were killed in the raid, said Rami Abdel Rahman, head of the Syrian Observatory for Human Rights.",
        "Rami Abdel Rahman",
        "Syrian Observatory for Human Rights",
        "said",
        None,
        "Five civilians were killed",
    ),
    (
        "Rebels shelled the market, a U.S. official said.",
        "a U.S. official",
        None,
        "said",
        None,
        "Rebels shelled the market",
    ),
    (
        "Two soldiers died in the ambush, a military source said.",
        "a military source",
        None,
        "said",
        None,
        "Two soldiers died in the ambush",
    ),
    (
        "Three people were killed, said Mark Jones, a spokesman for Amnesty International.",
        "Mark Jones",
        "Amnesty International",
        "said",
        None,
        "Three people were killed",
    ),
    # appositions and titles
    (
        "A spokesman for the Pentagon, Jeff Davis, said the strike was legal.",
        "Jeff Davis",
        "Pentagon",
        "said",
        None,
        "the strike was legal",
    ),
    (
        "Jane Doe, a researcher at Human Rights Watch, said the strike hit a school.",
        "Jane Doe",
        "Human Rights Watch",
        "said",
        None,
        "the strike hit a school",
    ),
    (
        "An officer of the Iraqi Interior Ministry told reporters a car bomb exploded in Basra.",
        "An officer of the Iraqi Interior Ministry",
        "Iraqi Interior Ministry",
        "said",
        None,
        "a car bomb exploded",
    ),
    (
        "A spokesman for the Pentagon said the raid targeted a senior commander.",
        "A spokesman for the Pentagon",
        "Pentagon",
        "said",
        None,
        "the raid targeted a senior commander",
    ),
    (
        "Syrian Observatory for Human Rights head Rami Abdel Rahman told AFP that 30 fighters died.",
        "Rami Abdel Rahman",
        "Syrian Observatory for Human Rights",
        "said",
        "AFP",
        "30 fighters died",
    ),
    # according to
    (
        "According to Human Rights Watch, 12 people died in the strikes.",
        "Human Rights Watch",
        None,
        "according_to",
        None,
        "12 people died",
    ),
    (
        "At least 20 people were killed, according to residents.",
        "residents",
        None,
        "according_to",
        None,
        "At least 20 people were killed",
    ),
    (
        "Nine farmers were shot dead near the river, according to village elders.",
        "village elders",
        None,
        "according_to",
        None,
        "Nine farmers were shot dead near the river",
    ),
    (
        "Eleven bodies reached the morgue overnight, according to the district coroner.",
        "the district coroner",
        None,
        "according_to",
        None,
        "Eleven bodies reached the morgue overnight",
    ),
    (
        "The convoy was hit near the border, according to a U.S. official.",
        "a U.S. official",
        None,
        "according_to",
        None,
        "The convoy was hit near the border",
    ),
    # via: the outlet that carried it
    (
        "Three soldiers died, the army said, state news agency SANA reported.",
        "the army",
        None,
        "said",
        "SANA",
        "Three soldiers died",
    ),
    (
        "A Syrian military source told SANA that the army had recaptured the hill.",
        "A Syrian military source",
        "Syrian army",
        "said",
        "SANA",
        "the army had recaptured the hill",
    ),
    (
        "The governor said in a post on Telegram that two people were injured.",
        "The governor",
        None,
        "said",
        "Telegram",
        "two people were injured",
    ),
    (
        "Reuters reported, citing a security source, that the bomber was a foreigner.",
        "a security source",
        None,
        "reported",
        "Reuters",
        "the bomber was a foreigner",
    ),
    (
        "Syrian state television, citing a military source, said the army retook the village.",
        "a military source",
        None,
        "said",
        "Syrian state television",
        "the army retook the village",
    ),
    (
        "TASS quoted Konashenkov as saying that 40 targets were hit.",
        "Konashenkov",
        "Russian Ministry of Defence",
        "said",
        "TASS",
        "40 targets were hit",
    ),
    (
        "The minister was quoted by RIA Novosti as saying that the airport was secure.",
        "The minister",
        None,
        "said",
        "RIA Novosti",
        "the airport was secure",
    ),
    (
        "Medics said the victims included four children, Al Jazeera reported.",
        "Medics",
        None,
        "said",
        "Al Jazeera",
        "the victims included four children",
    ),
    # claims, denials, confirmations, passives
    (
        "The Islamic State group claimed responsibility for the bombing in a statement carried by Amaq.",
        "Islamic State",
        None,
        "claimed",
        "Amaq",
        "the bombing",
    ),
    (
        "Islamic State later claimed responsibility for the blast, according to the Amaq news agency.",
        "Islamic State",
        None,
        "claimed",
        "Amaq",
        "the blast",
    ),
    (
        "The Houthis claimed that their drones hit an oil facility.",
        "Houthis",
        None,
        "claimed",
        None,
        "their drones hit an oil facility",
    ),
    (
        "The group denied involvement in the killings.",
        "The group",
        None,
        "denied",
        None,
        "involvement in the killings",
    ),
    (
        "The death toll was confirmed by the White Helmets.",
        "White Helmets",
        None,
        "confirmed",
        None,
        "The death toll",
    ),
    (
        "It was reported by Al Jazeera that rebels shelled the city.",
        "Al Jazeera",
        None,
        "reported",
        None,
        "rebels shelled the city",
    ),
    (
        "The Pentagon confirmed that a drone strike killed the commander.",
        "Pentagon",
        None,
        "confirmed",
        None,
        "a drone strike killed the commander",
    ),
    # statements
    (
        "In a statement, the Russian Defence Ministry said the strikes hit depots.",
        "Russian Ministry of Defence",
        None,
        "said",
        None,
        "the strikes hit depots",
    ),
    (
        "A statement from the Syrian army said troops seized the town.",
        "Syrian army",
        None,
        "said",
        None,
        "troops seized the town",
    ),
    # parser misses: inverted verbs without a subject, names the tagger missed, descriptors
    (
        "The air force hit 40 targets in Syria, claimed Moscow's Defense Ministry on Monday.",
        "Russian Ministry of Defence",
        None,
        "claimed",
        None,
        "hit 40 targets",
    ),
    (
        "Two men were hanged in the square, the head of the provincial council of Anbar, Khalid al-Dulaimi, said.",
        "Khalid al-Dulaimi",
        None,
        "said",
        None,
        "Two men were hanged",
    ),
    (
        "Basra police chief Karim Jabbar Salman confirmed that ten gunmen were killed.",
        "Karim Jabbar Salman",
        None,
        "confirmed",
        None,
        "ten gunmen were killed",
    ),
    (
        "Beirut-based Al Mayadeen TV reported that the border crossing fell.",
        "Al-Mayadeen TV",
        None,
        "reported",
        None,
        "the border crossing fell",
    ),
    (
        "John Miller, a correspondent for Mosul Daily in Erbil, emailed the paper that the road was cut.",
        "John Miller",
        "Mosul Daily",
        "said",
        None,
        "the road was cut",
    ),
    # direct quotes
    (
        "\u201cWe hit 40 targets,\u201d Russian Defence Minister Sergei Shoigu told reporters.",
        "Sergei Shoigu",
        "Russian Ministry of Defence",
        "said",
        None,
        "We hit 40 targets",
    ),
    (
        '"The strikes hit ammunition depots. No civilians were harmed," Konashenkov said.',
        "Konashenkov",
        "Russian Ministry of Defence",
        "said",
        None,
        "The strikes hit ammunition depots. No civilians",
    ),
]


def _only(nlp, text):
    found = find_attributions(nlp(text))
    assert len(found) == 1, [(a.name, a.verb, a.text) for a in found]
    return found[0]


@pytest.mark.parametrize(("text", "name", "org", "verb", "via", "covered"), CASES)
def test_attribution_constructions(nlp, text, name, org, verb, via, covered):
    doc = nlp(text)
    found = find_attributions(doc)
    assert len(found) == 1, [(a.name, a.verb, a.text) for a in found]
    a = found[0]
    assert (a.name, a.organization, a.verb, a.via) == (name, org, verb, via)
    assert covered in text[a.scope[0] : a.scope[1]]
    assert text[a.start_char : a.end_char] == a.text
    sent = list(doc.sents)[a.sent_i]
    assert sent.start_char <= a.start_char < sent.end_char


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Col. Gen. Sergei Rudskoi said at a news briefing that bombers hit a fuel dump.",
            "Col. Gen. Sergei Rudskoi said at a news briefing",
        ),
        (
            "In a statement, the Russian Defence Ministry said the strikes hit depots.",
            "In a statement, the Russian Defence Ministry said",
        ),
        (
            "He was killed, said Mark Jones, a spokesman for Amnesty International.",
            "said Mark Jones, a spokesman for Amnesty International",
        ),
    ],
)
def test_attribution_phrase_text(nlp, text, phrase):
    assert _only(nlp, text).text == phrase


@pytest.mark.parametrize(
    "text",
    [
        "The reported cases rose sharply last month.",
        "The attack claimed the lives of 20 people.",
        "The said document was never found.",
        "The so-called Islamic State said nothing.",
        "Two fighters were reported killed in the clashes.",
        "It was reported that the bridge had collapsed.",
        "They said the road was closed.",
        "He told Reuters that the town had fallen.",
        "No faction has yet claimed responsibility for the ambush.",
        "A probe found that the shell was fired from the east.",
    ],
)
def test_attribution_non_reporting_or_unresolved(nlp, text):
    assert find_attributions(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colonel John Smith said the base was attacked overnight. He said two soldiers were wounded.",
            [("John Smith", 0), ("John Smith", 1)],
        ),
        (
            "The Britain-based Syrian Observatory for Human Rights said 12 civilians were killed. "
            "It said the toll could rise.",
            [("Syrian Observatory for Human Rights", 0), ("Syrian Observatory for Human Rights", 1)],
        ),
        (
            "Moscow's Defense Ministry said its jets struck 30 targets. The ministry said no civilians were hurt.",
            [("Russian Ministry of Defence", 0), ("Russian Ministry of Defence", 1)],
        ),
        (
            "The White Helmets and the Syrian Observatory said dozens were killed.",
            [("White Helmets", 0), ("Syrian Observatory for Human Rights", 0)],
        ),
        (
            "Troops guarded the home of Colonel Nasser Fadl in the district. Fadl said the bomber blended in.",
            [("Nasser Fadl", 1)],
        ),
        (
            "The rapper Tom Reed was to play at the club that night. He said on Facebook that his cousin died.",
            [("Tom Reed", 1)],
        ),
        (
            "Colonel John Smith said the base was attacked. The rain stopped. The roads froze. "
            "Snow fell. He said the base was safe.",
            [("John Smith", 0)],
        ),
    ],
)
def test_attribution_pronouns_and_references(nlp, text, expected):
    assert [(a.name, a.sent_i) for a in find_attributions(nlp(text))] == expected


def test_attribution_quote_spanning_sentences_and_paragraphs(nlp):
    text = (
        "The Pentagon said a drone struck a convoy on Monday.\n"
        'Its spokesman, Peter Cook, told reporters: "We believe the strike killed the commander. '
        'It was a precise strike."\n'
        'Konashenkov said: "Our aircraft struck 40 targets overnight.\n'
        '"Among them were three command posts," he added.'
    )
    found = find_attributions(nlp(text))
    by_name = {}
    for a in found:
        by_name.setdefault(a.name, []).append(a)
    cook = by_name["Peter Cook"][0]
    assert cook.organization == "Pentagon"
    assert "It was a precise strike." in text[cook.scope[0] : cook.scope[1]]
    kon = by_name["Konashenkov"][0]
    assert "three command posts" in text[kon.scope[0] : kon.scope[1]]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('He said "go" and "stop".', ['"go"', '"stop"']),
        ("\u201cOne.\n\u201cTwo,\u201d he said.", ["\u201cOne.\n\u201cTwo,\u201d"]),
        ("\u201cOpen quote\nNext paragraph.", ["\u201cOpen quote"]),
    ],
)
def test_attribution_quote_spans(text, spans):
    assert [text[a:b] for a, b in quote_spans(text)] == spans


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        ("UK-based Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        ("Moscow's Defense Ministry", "Russian Ministry of Defence"),
        ("state news agency SANA", "SANA"),
        ("U.N.", "United Nations"),
        ("Syria Civil Defence", "White Helmets"),
        ("CENTCOM", "US Central Command"),
        ("U.N.R.W.A.", "UNRWA"),
        ("is", None),
        ("who", None),
        ("the ministry", None),
    ],
)
def test_attribution_lexicon_canonical(text, canonical):
    assert SourceLexicon.default().canonical(text) == canonical


def test_attribution_lexicon_people_titles_and_carriers():
    lex = SourceLexicon.default()
    assert lex.person_org("Igor Konashenkov") == "Russian Ministry of Defence"
    assert lex.person_org("Rami Abdul Rahman") == "Syrian Observatory for Human Rights"
    assert lex.title_org("Russian defence minister") == "Russian Ministry of Defence"
    assert lex.find_in("SOHR director") == "Syrian Observatory for Human Rights"
    assert lex.is_carrier("Sputnik") and lex.is_carrier("Telegram")
    assert not lex.is_carrier("Syrian Observatory for Human Rights")
    assert fold("The U.K.-based Observatory's") == "u k based observatorys"


def test_attribution_to_source_record(nlp):
    a = _only(nlp, "Col. Gen. Sergei Rudskoi said at a news briefing that bombers hit a fuel dump.")
    assert a.to_source() == Source(
        name="Sergei Rudskoi",
        organization="Russian Ministry of Defence",
        verb="said",
        via=None,
        text="Col. Gen. Sergei Rudskoi said at a news briefing",
    )


# (text, the speaker's name, a substring of the text the speaker's words must cover)
MORE_CASES = [
    # verbs that report only with a clause, an object or an "of"
    (
        "The village council indicated that six bodies were found near the river.",
        "village council",
        "six bodies",
    ),
    ("Medics had earlier given a toll of nine dead.", "Medics", "nine dead"),
    ("Church leaders speak of 40 dead in the raid.", "Church leaders", "40 dead"),
    ("Civil society in the district says 12 farmers were killed.", "Civil society", "12 farmers"),
    # "reports from X": the people named; the place of unnamed sources is no part of their name
    (
        "Reports from local bloggers on Sunday indicated that 20 fighters were killed.",
        "local bloggers",
        "20 fighters",
    ),
    # the speaker of a participle is the subject of its verb
    ("The army issued a statement, saying 14 fighters were killed.", "army", "14 fighters"),
    # "issued" / "published" a statement that says: the issuer speaks
    (
        "On Sunday, the interior ministry issued a communique saying 31 bandits had been shot dead.",
        "interior ministry",
        "31 bandits",
    ),
    ("The police published a communique saying two officers had been abducted.", "police", "two officers"),
    # an inquiry speaks for its owner: a known source before the noun, or its "by" phrase
    (
        "A preliminary IDF probe of the raid found that two rockets hit the school.",
        "Israel Defense Forces",
        "two rockets",
    ),
    ("An inquiry by Amnesty International found that 17 men were shot.", "Amnesty International", "17 men"),
    # the comma case: the participle, not the issuing verb, reports what was said
    ("The police issued a statement, saying two officers had been abducted.", "police", "two officers"),
    # "Name, title, told X": X is told, not telling
    (
        "Gunmen killed nine villagers, Peter Obi, a district commissioner, told local radio.",
        "Peter Obi",
        "nine villagers",
    ),
    # a report in a newspaper is the newspaper's
    (
        "Militants killed 14 villagers, according to a report in Sunday's Daily Nation.",
        "Daily Nation",
        "14 villagers",
    ),
    # a name after a title's office, which the tagger reads as part of the office
    (
        "Deputy Head of the Presidential Office Kyrylo Bondar said that drones hit a depot.",
        "Kyrylo Bondar",
        "drones hit a depot",
    ),
    # "..., Name, chair of the X movement, said" where the parser loses the apposition
    (
        "Nine people died when Ukrainian artillery hit a minibus in the Kherson Region, Pavel Orlov, "
        "head of the For Russia Together movement, said on Tuesday.",
        "Pavel Orlov",
        "Nine people died",
    ),
    # a town owning an administration is not the speaker
    (
        "Enerhodar's civil administration reported that a convoy of lorries was shelled by Ukrainian forces.",
        "Enerhodar's civil administration",
        "a convoy of lorries",
    ),
]


@pytest.mark.parametrize(("text", "name", "covered"), MORE_CASES)
def test_attribution_speakers_of_more_constructions(nlp, text, name, covered):
    found = [a for a in find_attributions(nlp(text)) if fold(a.name) == fold(name)]
    assert found, [(a.name, a.verb) for a in find_attributions(nlp(text))]
    a = found[0]
    assert covered in text[a.scope[0] : a.scope[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone is the person named in full earlier
        (
            "Villagers fled after the raid, said Amos Kiprono, a local chief. "
            "Kiprono said 11 houses were burnt.",
            [("Amos Kiprono", 0), ("Amos Kiprono", 1)],
        ),
        # "they" is the group or officials named just before
        (
            "The Popular Front said it shot down a drone. They added that two fighters were killed.",
            [("Popular Front", 0), ("Popular Front", 1)],
        ),
        # "This was reported by X" attributes the sentence before
        (
            "Shells hit a school in the town. This was reported by the regional governor, Ivan Petrenko.",
            [("Ivan Petrenko", 1)],
        ),
    ],
)
def test_attribution_references_to_earlier_speakers(nlp, text, expected):
    assert [(a.name, a.sent_i) for a in find_attributions(nlp(text))] == expected


@pytest.mark.parametrize(
    ("text", "covered", "not_covered"),
    [
        (
            "Shells hit a school in the town. This was reported by the regional governor, Ivan Petrenko.",
            "Shells hit a school",
            None,
        ),
        # what the paragraph told before it, not the paragraph before
        (
            "Drones hit a depot in the port.\nTroops shelled the town at dawn. Two houses burned down. "
            "This was reported by the regional governor, Ivan Petrenko.",
            "Troops shelled the town",
            "Drones hit a depot",
        ),
    ],
)
def test_attribution_this_was_reported_covers_what_the_paragraph_told(nlp, text, covered, not_covered):
    (a,) = find_attributions(nlp(text))
    assert covered in text[a.scope[0] : a.scope[1]]
    assert not_covered is None or not_covered not in text[a.scope[0] : a.scope[1]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Harbour Telegram channel, with links to the police, also reported the deaths of four people.",
            "Harbour Telegram channel",
        ),
        ("Five people died, the White Helmets civil defence group said.", "White Helmets"),
        ("Eight people died, the Associated Press reported.", "Associated Press"),
    ],
)
def test_attribution_source_names_without_descriptions(nlp, text, name):
    names = [a.name for a in find_attributions(nlp(text))]
    assert names == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UN monitors said at least 30 people died in the district.", "UN monitors"),
        ("ICRC workers said the clinic had run out of dressings.", "ICRC workers"),
        ("Four soldiers died, UN observers reported on Monday.", "UN observers"),
    ],
)
def test_attribution_people_of_a_known_body_keep_their_words(nlp, text, name):
    """A plural noun after a known name names people of the body, not the body: kept as written."""
    names = [a.name for a in find_attributions(nlp(text))]
    assert names == [name]


def test_attribution_claimed_attack_does_not_claim_its_toll(nlp):
    text = "The attack, in which five soldiers died, was claimed by the Popular Front."
    (a,) = find_attributions(nlp(text))
    assert "five soldiers" not in text[a.scope[0] : a.scope[1]]


def _parsed(nlp, rows, ents=()):
    """A Doc with the parse given by hand: rows of (word, head index, dep, pos, tag, lemma), one sentence;
    ``ents`` as (start, end, label). Tagger and parser mistakes are reproduced exactly this way."""
    from spacy.tokens import Doc, Span

    words, heads, deps, pos, tags, lemmas = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_attribution_first_name_the_tagger_left_out(nlp):
    # "Kupiansk Mayor Andriy Besedin reported", with only "Kupiansk" and "Besedin" tagged as people
    rows = [
        ("Shells", 1, "nsubj", "NOUN", "NNS", "shell"),
        ("hit", 9, "ccomp", "VERB", "VBD", "hit"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("market", 1, "dobj", "NOUN", "NN", "market"),
        (",", 9, "punct", "PUNCT", ",", ","),
        ("Kupiansk", 6, "compound", "PROPN", "NNP", "Kupiansk"),
        ("Mayor", 8, "compound", "PROPN", "NNP", "Mayor"),
        ("Andriy", 8, "compound", "PROPN", "NNP", "Andriy"),
        ("Besedin", 9, "nsubj", "PROPN", "NNP", "Besedin"),
        ("reported", 9, "ROOT", "VERB", "VBD", "report"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    doc = _parsed(nlp, rows, ents=[(5, 6, "PERSON"), (8, 9, "PERSON")])
    assert [a.name for a in find_attributions(doc)] == ["Andriy Besedin"]


def test_attribution_name_after_an_office_the_tagger_joined_to_it(nlp):
    # "reported by the chief of the Provincial Defence Council Petro Hnatenko", the office an ORG
    rows = [
        ("This", 2, "nsubjpass", "PRON", "DT", "this"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("reported", 2, "ROOT", "VERB", "VBN", "report"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("chief", 3, "pobj", "NOUN", "NN", "chief"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("Provincial", 10, "compound", "PROPN", "NNP", "Provincial"),
        ("Defence", 10, "compound", "PROPN", "NNP", "Defence"),
        ("Council", 12, "compound", "PROPN", "NNP", "Council"),
        ("Petro", 12, "compound", "PROPN", "NNP", "Petro"),
        ("Hnatenko", 6, "pobj", "PROPN", "NNP", "Hnatenko"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc = _parsed(nlp, rows, ents=[(7, 11, "ORG")])
    assert [a.name for a in find_attributions(doc)] == ["Petro Hnatenko"]


def test_attribution_a_place_owning_an_office_is_not_the_speaker(nlp):
    # "Melitopol's administration reported that ...", with "Melitopol" tagged as a person
    rows = [
        ("Melitopol", 2, "poss", "PROPN", "NNP", "Melitopol"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("administration", 3, "nsubj", "NOUN", "NN", "administration"),
        ("reported", 3, "ROOT", "VERB", "VBD", "report"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("shells", 6, "nsubj", "NOUN", "NNS", "shell"),
        ("hit", 3, "ccomp", "VERB", "VBD", "hit"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("school", 6, "dobj", "NOUN", "NN", "school"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    doc = _parsed(nlp, rows, ents=[(0, 1, "PERSON")])
    assert [a.name.replace(" ", "") for a in find_attributions(doc)] == ["Melitopol'sadministration"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Two soldiers died at the post, an official of the Chadian Interior Ministry said.",
            "Chadian Interior Ministry",
        ),
        (
            "Two soldiers died at the post, a spokesman for the Somali Defence Ministry said.",
            "Somali Defence Ministry",
        ),
        ("Two soldiers died at the post, a police officer said.", None),
    ],
)
def test_attribution_an_unlisted_institution_keeps_its_own_name(nlp, text, org):
    (a,) = find_attributions(nlp(text))
    assert a.organization == org


@pytest.mark.parametrize(
    "text, name",
    [
        # a publication's name that the entity recogniser takes for a place, named through the
        # issue or edition of it that carried the report
        (
            "Raiders burnt forty homes near Mueda on Friday, according to a report in a recent "
            "edition of the weekly \u201cKuleza\u201d.",
            "Kuleza",
        ),
    ],
)
def test_attribution_outlet_named_inside_a_report(nlp, text, name):
    found = find_attributions(nlp(text), SourceLexicon.default())
    assert [a.name for a in found] == [name], [(a.name, a.verb) for a in found]


# Text a page extractor glued before a sentence, and tallies the parser took for speakers:
# (text, the speakers' names). A name never opens with a date, a year, a figure or page
# furniture, and a counted phrase of people ("more than 40 people") is no speaker.
GLUED_CASES = [
    ("12 March 2019 State media said that four soldiers died in the ambush.", ["State media"]),
    ("2019 Residents said the militia burned the village to the ground.", ["Residents"]),
    ("Tags Kano Nigeria bombing Police said a suicide bomber struck the market.", ["Police"]),
    ("Share Regional officials said the bridge was destroyed overnight.", ["Regional officials"]),
    ("Gunmen killed at least 30 a local rights group said.", ["a local rights group"]),
    ("The shelling wounded more than 40 people said the health ministry.", ["the health ministry"]),
    ("More than 20 rebels were killed in the fighting, according to the army.", ["the army"]),
    # what must stay: counted speakers in words, a number that is part of a name
    ("Two officials said the convoy was hit by a roadside bomb.", ["officials"]),
    ("The Brigade 313 commander said his men had taken the hill.", ["The Brigade 313 commander"]),
]


@pytest.mark.parametrize(("text", "names"), GLUED_CASES)
def test_attribution_speaker_names_drop_glued_dates_tallies_and_furniture(nlp, text, names):
    assert [a.name for a in find_attributions(nlp(text))] == names


@pytest.mark.parametrize(
    "text",
    [
        "More than 60 people said they had fled the shelling.",
        "At least 12 villagers told of gunmen arriving at night.",
    ],
)
def test_attribution_a_tally_of_people_is_no_speaker(nlp, text):
    assert find_attributions(nlp(text)) == []


def test_attribution_one_of_a_group_named_after_it_still_speaks(nlp):
    text = "One of the officers, Colonel-General Pavel Ivanov, told reporters that the army had fired."
    assert [a.name for a in find_attributions(nlp(text))] == ["Pavel Ivanov"]


def test_attribution_a_date_is_not_the_person_a_pronoun_refers_to(nlp):
    text = (
        "Thu Aug 22 2019 40 Gunmen Killed in Clashes Near Kassala. At least 40 gunmen were killed "
        "in the clashes. Two trucks were destroyed, he added."
    )
    assert all("Aug" not in a.name and "Thu" not in a.name for a in find_attributions(nlp(text)))


# Text without commas ends "... the X said." and the parser folds the speaker into the
# reported clause: (text, speaker, text the statement must cover).
FINAL_SPEAKER_CASES = [
    (
        "Militiamen burned two villages in the east and killed nine farmers the London-based "
        "rights group Amnesty International said.",
        "Amnesty International",
        "killed nine farmers",
    ),
    (
        "Two markets were shelled overnight in the northern district state news agency SUNA reported.",
        "SUNA",
        "Two markets were shelled",
    ),
]


@pytest.mark.parametrize(("text", "name", "covered"), FINAL_SPEAKER_CASES)
def test_attribution_speaker_run_into_the_end_of_its_statement(nlp, text, name, covered):
    (a,) = find_attributions(nlp(text))
    assert a.name == name
    assert covered in text[a.scope[0] : a.scope[1]]


def test_attribution_a_name_in_apposition_to_a_describing_subject_speaks(nlp):
    text = "The opposition Sudan Doctors Network said air strikes killed 14 people on Sunday including women in the camp."
    assert [a.name for a in find_attributions(nlp(text))] == ["Sudan Doctors Network"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the full name given first, then the surname spelt with a letter more: one person
        (
            "Gunmen attacked a convoy near Gao on Sunday. Army spokesman Souleymane Dembel said troops "
            'repelled the attack. "The attackers fled north," Dembele said on Monday.',
            ["Souleymane Dembel", "Souleymane Dembele"],
        ),
        (
            "Rockets hit a fuel depot in Aden on Friday. The governor, Ahmed Lamlas, said Houthi forces "
            'fired them. "Nine workers died," Lamlass told reporters.',
            ["Ahmed Lamlas", "Ahmed Lamlass"],
        ),
    ],
)
def test_attribution_a_surname_spelt_differently_keeps_the_full_name(nlp, text, names):
    assert [a.name for a in find_attributions(nlp(text))] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an editor's bracketed name after the speaker's description
        ('"We counted 14 bodies," the doctor [Amina Yusuf] told reporters.', "Amina Yusuf"),
        ("The nurse [Halima Bashir] told reporters that 14 bodies were brought in.", "Halima Bashir"),
    ],
)
def test_attribution_a_bracketed_name_is_the_speaker(nlp, text, name):
    assert [a.name for a in find_attributions(nlp(text))] == [name]


def test_attribution_a_bracket_inside_a_quote_starts_no_sentence(nlp):
    doc = nlp('"Nine children [were killed] in the strike," said Oleh Marchenko [the governor].')
    assert len(list(doc.sents)) == 1
    assert [a.name for a in find_attributions(doc)] == ["Oleh Marchenko"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nigeria's defence ministry said its jets hit a camp near Gusau.", "Nigerian defence ministry"),
        (
            "Mali\u2019s defence ministry said in a statement that 20 fighters died.",
            "Malian defence ministry",
        ),
        ("Ethiopia's army said it repelled an assault on the garrison.", "Ethiopian army"),
        ("South Sudan's army said rebels shelled the depot.", "South Sudanese army"),
        # the lexicon's own name wins; a possessor that is no country stays as written
        ("Russia's Defence Ministry said its jets hit a depot.", "Russian Ministry of Defence"),
        ("Melitopol's administration said shells hit a school.", "Melitopol's administration"),
    ],
)
def test_attribution_a_country_owned_organ_is_named_with_its_demonym(nlp, text, name):
    assert [a.name for a in find_attributions(nlp(text))] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a hyphenated first name ends the tagger's entity early; the surname is still the name's,
        # and "according to <surname>" is that person even where the tagger took it for a place
        (
            "Army Major Jo-ann Dumalag, spokesman for the Eastern Command, said the rebels fled. "
            '"We found two dead rebels near the river," according to Dumalag.',
            ["Jo-ann Dumalag", "Jo-ann Dumalag"],
        ),
        (
            'Police Captain Mary-ann Talingdan said three gunmen were arrested. "They carried rifles," '
            "according to Talingdan.",
            ["Mary-ann Talingdan", "Mary-ann Talingdan"],
        ),
        (
            "Colonel Ana-lyn Basaltan, spokesman for the 4th Division, said troops seized a camp near "
            'Tagum. "Five rebels surrendered," according to Basaltan.',
            ["Ana-lyn Basaltan", "Ana-lyn Basaltan"],
        ),
    ],
)
def test_attribution_a_surname_the_tagger_cut_off_stays_with_its_person(nlp, text, names):
    assert [a.name for a in find_attributions(nlp(text))] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # unnamed people of a body speak for it
        (
            "Officials from the Jordanian civil defence said ten people were killed.",
            "Jordanian civil defence",
        ),
        ("Doctors from the Red Crescent said nine people died in the raid.", "Red Crescent"),
        # one person of it, or people from a place, keep the article's words
        (
            "An official of the Chadian Interior Ministry said nine people died.",
            "An official of the Chadian Interior Ministry",
        ),
        ("Residents from the village said nine people died.", "Residents from the village"),
    ],
)
def test_attribution_unnamed_people_from_a_body_speak_for_it(nlp, text, name):
    assert [a.name for a in find_attributions(nlp(text))] == [name]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        # a source known under a country's name is not another country's body of the same kind
        ("A spokesman for the Jordanian civil defence said ten people were killed.", None),
        ("A spokesman for the Syrian civil defence said ten people were killed.", "White Helmets"),
    ],
)
def test_attribution_another_countrys_body_is_not_the_listed_one(nlp, text, organization):
    (a,) = find_attributions(nlp(text))
    assert a.organization == organization


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one of a group speaks: one member of it, as the article would name one
        ('"Nine soldiers died at the post," one of the residents said.', "a resident"),
        ("One of the two doctors said 12 people died.", "a doctor"),
        ("One of the local elders said 12 people died.", "a local elder"),
        ("One of the officials said 12 people died.", "an official"),
    ],
)
def test_attribution_one_of_a_group_speaks_as_one_member(nlp, text, name):
    assert [a.name for a in find_attributions(nlp(text))] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb of saying joined to another verb shares its subject
        ("Local elders criticised the army and said 30 people died in the raid.", "Local elders"),
        (
            "The victims' families rejected the toll and said at least 60 people were killed.",
            "The victims' families",
        ),
        # citizens, inhabitants and families speak like residents
        ("Inhabitants of the town said 12 people died.", "Inhabitants of the town"),
    ],
)
def test_attribution_joined_verbs_and_more_lay_speakers(nlp, text, name):
    assert [a.name for a in find_attributions(nlp(text))] == [name]


@pytest.mark.parametrize(
    ("text", "name", "covered"),
    [
        # an embedded post signed with a name and a handle, over the paragraphs that fit in one post
        (
            "Drones hit the depot again tonight, the whole district is without power.\n\n"
            "Stay in shelters. \u2014 Ivan Hrytsenko (@ihrytsenko) May 3, 2024",
            "Ivan Hrytsenko",
            "Drones hit the depot again",
        ),
        # a statement signed by a titled speaker, on its own line or after a dash
        (
            "Our troops destroyed three rebel positions and killed 12 fighters.\n"
            "- Army spokesman Col. Souleymane Dembele",
            "Souleymane Dembele",
            "destroyed three rebel positions",
        ),
        (
            "Twelve fighters were killed in the raid on the camp. \u2014 spokesman Amadou Traore",
            "Amadou Traore",
            "Twelve fighters were killed",
        ),
    ],
)
def test_attribution_a_signed_post_or_statement_is_its_signers(nlp, text, name, covered):
    (a,) = find_attributions(nlp(text))
    assert a.name == name
    assert covered in text[a.scope[0] : a.scope[1]]


@pytest.mark.parametrize(
    "text",
    [
        # a dash inside a sentence, or a place after it, signs nothing
        "The town - Kupiansk - was shelled on Monday.",
        "Shelling hit the market - Kharkiv",
    ],
)
def test_attribution_a_dash_without_a_signature_signs_nothing(nlp, text):
    assert find_attributions(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a listed body named by a variant with the place it sits in
        ("Hamas-run health authorities in Gaza said 70 people were killed.", "Gaza health ministry"),
        # a state speaking under a short name is named as the country
        ("The US announced that two militants died when a drone hit their car.", "United States"),
        ("Britain said two of its drones were lost.", "United Kingdom"),
        ("Russia said its forces captured the village.", "Russia"),
    ],
)
def test_attribution_listed_bodies_and_states_keep_one_name(nlp, text, name):
    assert [a.name for a in find_attributions(nlp(text))] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a handle is a listed body's name written in lower case; the bare word is not
        ("A new @hrw report says soldiers executed 300 men in the town.", "Human Rights Watch"),
        ("The hrw team said three people died.", "The hrw team"),
    ],
)
def test_attribution_a_handle_names_its_body(nlp, text, name):
    assert [a.name for a in find_attributions(nlp(text))] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a country's own Red Cross or Red Crescent society is a source of its own, not the ICRC
        ("Four herders died in the raid, the Kenya Red Cross said.", "Kenya Red Cross"),
        ("Four herders died in the raid, Kenya's Red Cross said.", "Kenya Red Cross"),
        ("Four herders died in the raid, the Nigerian Red Cross said.", "Nigerian Red Cross"),
        ("Four herders died in the raid, according to the Kenya Red Cross.", "Kenya Red Cross"),
        (
            "Four herders died in the raid, the Somali Red Crescent Society said.",
            "Somali Red Crescent Society",
        ),
        ("Four herders died in the raid, the Syrian Arab Red Crescent said.", "Syrian Arab Red Crescent"),
        # the ICRC itself, under its names
        (
            "Four herders died in the raid, the International Committee of the Red Cross said.",
            "International Committee of the Red Cross",
        ),
        ("Four herders died in the raid, the ICRC said.", "International Committee of the Red Cross"),
        ("Four herders died in the raid, the Red Cross said.", "International Committee of the Red Cross"),
    ],
)
def test_attribution_a_national_red_cross_society_is_not_the_icrc(nlp, text, name):
    assert [a.name for a in find_attributions(nlp(text))] == [name]
