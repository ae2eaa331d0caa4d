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
