"""Index-based readings of the parse (issue 11 speed) answer as the Token and Span walks they
replace. Each table row is a short text of our own; the reference is computed from spaCy's
Token and Span objects in the test itself."""

from __future__ import annotations

import pytest

TEXTS = [
    "Gunmen on motorbikes attacked a market in the north on Friday, killing nine traders, police said.",
    "The ministry's spokesman, Colonel Amadou Traore, told reporters that two soldiers were wounded.",
    "According to the local governor, militia fighters burned three villages. Residents fled to the hills.",
    "A statement from the Northern Alliance said its fighters had shot down a helicopter near the airport.",
    "Mr. Okafor's deputy, the regional police chief, said on Tuesday that the attackers fled into the forest.",
    "Rebel artillery shelled the port city overnight. The army said its jets struck back at dawn.",
]


def _distance_by_tokens(a, b) -> int:
    if a.sent.start != b.sent.start:
        return 1000
    up = {}
    for k, t in enumerate([a, *a.ancestors]):
        up[t.i] = k
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return up[t.i] + k
    return 1000


@pytest.mark.parametrize("text", TEXTS)
def test_syntax_tree_distance_at_matches_token_walk(nlp, text):
    from wardesk.extract.syntax import tree_distance, tree_distance_at

    doc = nlp(text)
    for a in doc:
        for b in doc:
            expected = _distance_by_tokens(a, b)
            assert tree_distance_at(doc, a.i, b.i) == expected
            assert tree_distance(a, b) == expected  # again, through the memoised path


@pytest.mark.parametrize("text", TEXTS)
def test_syntax_governing_verb_at_matches_governing_verb(nlp, text):
    from wardesk.extract.syntax import governing_verb, governing_verb_at

    doc = nlp(text)
    for tok in doc:
        verb = governing_verb(tok)
        assert governing_verb_at(doc, tok.i) == (None if verb is None else verb.i)


@pytest.mark.parametrize("text", TEXTS)
def test_actors_ents_over_matches_scan_of_entities(nlp, text):
    from wardesk.extract.actors import _ents_over

    doc = nlp(text)
    for i in range(len(doc)):
        expected = [e for e in doc.ents if e.start <= i < e.end]
        assert [(e.start, e.end) for e in _ents_over(doc, i, i + 1)] == [(e.start, e.end) for e in expected]


def _strip_det_by_tokens(span) -> str:
    toks = list(span)
    while toks and (
        toks[0].dep_ in ("det", "predet", "poss") and toks[0].pos_ in ("DET", "PRON") or toks[0].is_punct
    ):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].tag_ == "POS"):
        toks = toks[:-1]
    return span.doc[toks[0].i : toks[-1].i + 1].text if toks else span.text


@pytest.mark.parametrize("text", TEXTS)
def test_attribution_strip_det_matches_token_reading(nlp, text):
    from wardesk.extract.attribution import _strip_det

    doc = nlp(text)
    for a in range(len(doc)):
        for b in range(a, min(len(doc), a + 6) + 1):
            assert _strip_det(doc[a:b]) == _strip_det_by_tokens(doc[a:b])


def _person_name_by_tokens(ent, titles) -> str:
    toks = list(ent)
    while len(toks) > 1 and (toks[0].lower_.rstrip(".") in titles or toks[0].is_punct):
        toks = toks[1:]
    while len(toks) > 1 and (toks[-1].tag_ == "POS" or toks[-1].is_punct):
        toks = toks[:-1]
    return ent.doc[toks[0].i : toks[-1].i + 1].text


@pytest.mark.parametrize("text", TEXTS)
def test_attribution_person_name_matches_token_reading(nlp, text):
    from wardesk.extract.attribution import _person_name, _Words

    doc = nlp(text)
    words = _Words.default()
    for a in range(len(doc)):
        for b in range(a + 1, min(len(doc), a + 5) + 1):
            assert _person_name(doc[a:b], words) == _person_name_by_tokens(doc[a:b], words.titles)


@pytest.mark.parametrize("text", TEXTS)
def test_attribution_memoised_phrase_and_clause_match_fresh_reading(nlp, text):
    """A second ask of a token's noun phrase or reported clause gives what a fresh reading does."""
    from wardesk.extract.attribution import _clause, _clause_of, _np_range, _np_range_of

    doc = nlp(text)
    for tok in doc:
        for appos in (False, True):
            first = _np_range(tok, appos)
            assert first == _np_range_of(tok, appos) == _np_range(tok, appos)
        clause = _clause_of(doc, tok.i)
        for _ in range(2):
            got = _clause(tok)
            assert (got.i if got is not None else -1) == clause


@pytest.mark.parametrize("text", TEXTS)
def test_triggers_document_matches_equal_a_matcher_run_per_sentence(nlp, text):
    """The phrase matches read once per document and cut per sentence are the matcher's own."""
    from wardesk.extract.triggers import TriggerLexicon, _reading
    from wardesk.extract.weapons import WeaponLexicon, _matches_within

    doc = nlp(text)
    triggers, weapons = TriggerLexicon.default(), WeaponLexicon.default()
    for sent in doc.sents:
        assert _reading(doc, triggers).matches_within(sent.start, sent.end) == list(
            triggers.matcher(doc)(sent)
        )
        assert _matches_within(doc, weapons, sent.start, sent.end) == list(weapons.matcher(doc)(sent))
    # any span, not only a sentence: a match that crosses its edge is left out
    for a in range(len(doc)):
        for b in range(a + 1, min(len(doc), a + 4) + 1):
            span = doc[a:b]
            assert _reading(doc, triggers).matches_within(a, b) == list(triggers.matcher(doc)(span))
            assert _matches_within(doc, weapons, a, b) == list(weapons.matcher(doc)(span))


@pytest.mark.parametrize(
    ("key", "names", "expected"),
    [
        ("al jazeera english", {"al jazeera"}, True),
        ("al jazeera", {"al jazeera"}, False),  # the whole key is asked apart
        ("al jazeeran news", {"al jazeera"}, False),  # a name must end at a word boundary
        ("the daily star", {"daily star"}, False),  # it must open the key
        ("voice of the people radio", {"voice", "voice of the people"}, True),
        ("news", set(), False),
    ],
)
def test_unlisted_opens_with_equals_trying_every_name(key, names, expected):
    from wardesk.extract.unlisted import _opens_with

    assert _opens_with(key, frozenset(names)) is expected
    assert any(key.startswith(o + " ") for o in names) is expected


def test_blame_lemma_sets_cover_every_reader_and_follow_the_lexicon():
    """Each lexicon gets its own sets; a word any reader starts from is among the starters."""
    import dataclasses

    from wardesk.extract.blame import _lemma_sets
    from wardesk.extract.triggers import TriggerLexicon

    lex = TriggerLexicon.default()
    events, starters, _battles = _lemma_sets(lex)
    w = lex.responsibility
    assert events == frozenset(lex.lemmas)
    for words in (w.blame_verbs, w.claim_verbs, w.denial_verbs, w.culprit_verbs, w.accusation_nouns, events):
        assert words <= starters
    other = dataclasses.replace(lex, lemmas={"skirmishing": ("battles", 0.5)})
    assert _lemma_sets(other)[0] == frozenset({"skirmishing"})
    assert _lemma_sets(lex)[0] == events


NUMBER_TEXTS = [
    "Twenty-five people were killed and 1,200 fled when militiamen raided the camp.",
    "A man was shot dead at a checkpoint; dozens of others were hurt.",
    "The convoy was ambushed near the border crossing, officials said.",
    "Between 40 and 50 fighters died in the battle for the 3rd district, 10km away.",
]


@pytest.mark.parametrize("text", NUMBER_TEXTS + TEXTS)
def test_numbers_number_words_flag_the_tokens_a_number_phrase_can_open_at(nlp, text):
    """A token is flagged exactly when one of the words ``find_quantities`` reads in it is a
    starter or digits; a sentence with no flagged token yields only one-by-one counts."""
    from wardesk.extract.numbers import (
        _DIGITS_RE,
        _number_words,
        _sentence_words,
        _single_victims,
        _starters,
        find_quantities,
    )

    doc = nlp(text)
    starters = _starters()
    flags = _number_words(doc)
    for tok in doc:
        words = _sentence_words(doc[tok.i : tok.i + 1])
        assert flags[tok.i] == any(w.text in starters or _DIGITS_RE.match(w.text) for w in words)
    for sent in doc.sents:
        if not any(flags[sent.start : sent.end]):
            assert find_quantities(sent) == _single_victims(sent)


CLAUSE_TEXTS = [
    "The governor said at a meeting that raiders had burned the granary.",
    "Local radio quoted a nurse as saying that eleven patients died in the fire.",
    "Officials told the agency, citing witnesses, that the bridge was blown up overnight.",
    "She added in a message to relatives that the soldiers who stopped the bus were masked.",
] + TEXTS


def _clause_by_tokens(verb) -> int:
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"):
            return c.i
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "prep"):
            for g in c.subtree:
                if g.dep_ == "ccomp" and g.pos_ in ("VERB", "AUX") and g.i != verb.i:
                    return g.i
    for c in verb.children:
        if c.dep_ in ("prep", "dobj", "dative"):
            for g in c.subtree:
                if g.dep_ == "relcl":
                    edge = g.left_edge
                    if edge.lower_ == "that" and edge.i == g.head.i + 1:
                        return g.i
    return -1


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_attribution_clause_of_matches_subtree_walk(nlp, text):
    """The reported clause found with the per-document marks of where clauses sit is the one a
    walk of every dependent's subtree finds."""
    from wardesk.extract.attribution import _clause_of

    doc = nlp(text)
    for tok in doc:
        assert _clause_of(doc, tok.i) == _clause_by_tokens(tok)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Shepherds found the bodies of six herders near the well.", "found"),
        ("Rebels drove the soldiers from the town at dawn.", "drove"),
        ("Militants downed a military helicopter near the border.", "downed"),
    ],
)
def test_triggers_known_words_cover_every_table_asked(nlp, text, word):
    """A word one of find_triggers' tables reads as a trigger (a finding of the dead, an
    expulsion, a craft brought down) is among the document's known words and still found."""
    from wardesk.extract.triggers import TriggerLexicon, _reading, find_triggers

    doc = nlp(text)
    lex = TriggerLexicon.default()
    i = next(t.i for t in doc if t.text == word)
    assert i in _reading(doc, lex).words
    sent = next(iter(doc.sents))
    assert any(t.head_i == i for t in find_triggers(doc, sent, lex))
