"""Tree walks read from the per-document arrays (``nlp.cache.doc_tree``, round 14 speed) answer
as the Token walks they replace. Each text is our own; the reference is the Token and Span walk
written out in the test itself, as the code read before."""

from __future__ import annotations

import pytest

TEXTS = [
    "The militia stormed the village on Sunday in retaliation for the murder of two herders on Friday.",
    "The shelling was a response to the ambush of a patrol near the dam on Tuesday, the army said.",
    "Fighters raided a camp to avenge the death of their commander last week.",
    "The police said, reporting 14 arrests in the district since January, that the curfew would stay.",
    "The governor said, adding that 30 people had died in floods over the past month, that aid was coming.",
    "A soldier was killed and another civilian was wounded when a mortar hit the base at dawn on Monday.",
    "Drones struck another neighbourhood of the city, wounding 12, while in a different district a grenade killed a girl.",
    "Rockets fell on two other towns in the valley about three days ago, and more than a week later a man died.",
    "The raid came in revenge for an attack on a checkpoint near the border in mid-March.",
    "Officials counted 40 bodies between the 3rd and the 9th of May, during a sweep of the hills.",
    "A 24-hour truce began at noon; a week after, jets bombed the market again.",
    "Mr. Banda, the district chief, said a woman and her son were shot dead on the eve of Saturday's vote.",
]

SPEAKING = frozenset({"say", "report", "add", "tell", "state"})
REASON_WORDS = frozenset({"retaliation", "response", "avenge", "revenge"})
REASON_PREPS = frozenset({"for", "to"})


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS]


def test_doc_tree_holds_the_token_attributes(docs):
    from wardesk.nlp.cache import doc_tree

    for doc in docs:
        tree = doc_tree(doc)
        assert tree is doc_tree(doc)  # one build per document
        assert tree.heads == [t.head.i for t in doc]
        assert tree.deps == [t.dep_ for t in doc]
        assert tree.lowers == [t.lower_ for t in doc]
        assert tree.lemmas == [t.lemma_.lower() for t in doc]
        assert tree.raw_lemmas == [t.lemma_ for t in doc]
        assert tree.pos == [t.pos_ for t in doc]
        assert tree.tags == [t.tag_ for t in doc]
        assert tree.children == [[c.i for c in t.children] for t in doc]


def _reason_prep_by_tokens(tok, reason_words, reason_preps) -> bool:
    if tok.dep_ != "prep" or tok.lower_ not in reason_preps:
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    return tok.head.lemma_.lower() in reason_words or before.lemma_.lower() in reason_words


def _reason_region_by_tokens(doc, start, end, reason_words, reason_preps):
    tok = doc[start:end].root
    prev = None
    for _ in range(12):
        if (
            prev is not None
            and prev.dep_ in ("pobj", "pcomp")
            and _reason_prep_by_tokens(tok, reason_words, reason_preps)
        ):
            return prev.left_edge.i, prev.right_edge.i + 1
        head = tok.head
        if head.i == tok.i:
            return None
        if head.lemma_.lower() in reason_words:
            if head.pos_ == "VERB" and tok.dep_ in ("dobj", "obj"):
                return tok.left_edge.i, tok.right_edge.i + 1
            obj = next(
                (
                    o
                    for c in head.children
                    if _reason_prep_by_tokens(c, reason_words, reason_preps)
                    for o in c.children
                    if o.dep_ in ("pobj", "pcomp")
                ),
                None,
            )
            hung_after = head.pos_ == "NOUN" and tok.dep_ == "prep" and tok.lower_ not in reason_preps
            if obj is not None and hung_after and obj.i < start:
                return obj.left_edge.i, obj.right_edge.i + 1
            return None
        prev, tok = tok, head
    return None


def test_reason_region_matches_token_walk(docs):
    from wardesk.extract import frames

    for doc in docs:
        for i in range(len(doc)):
            assert frames._reason_prep_at(doc, i) == _reason_prep_by_tokens(
                doc[i], frames.REASON_WORDS, frames.REASON_PREPS
            )
            for j in range(i + 1, min(len(doc), i + 4) + 1):
                at = frames._At(i, j)
                expected = _reason_region_by_tokens(doc, i, j, frames.REASON_WORDS, frames.REASON_PREPS)
                assert frames.reason_region(doc, at) == expected, (doc.text, i, j)


def test_reason_region_finds_the_recalled_event(docs):
    """The walks still answer on texts of our own: the day after the ambush is the ambush's, and
    the count after "reporting" is the participle's statement."""
    from wardesk.extract.frames import _reported_clause, recalled_region

    doc = docs[1]
    tuesday = next(t.i for t in doc if t.lower_ == "tuesday")
    region = recalled_region(doc, tuesday)
    assert region is not None and "ambush" in doc[region[0] : region[1]].text
    doc = docs[3]
    arrests = next(t.i for t in doc if t.lower_ == "arrests")
    clause = _reported_clause(doc, arrests)
    assert clause is not None and doc[clause[0]].lower_ == "reporting"


def _reported_clause_by_tokens(doc, i, speaking):
    tok = doc[i]
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return None
        if (
            tok.tag_ == "VBG"
            and tok.dep_ in ("xcomp", "advcl")
            and tok.lemma_.lower() in speaking
            and head.lemma_.lower() in speaking
        ):
            return tok.left_edge.i, tok.right_edge.i + 1
        tok = head
    return None


def test_reported_clause_matches_token_walk(docs):
    from wardesk.extract import frames

    for doc in docs:
        for i in [*range(len(doc)), -1, -len(doc)]:
            expected = _reported_clause_by_tokens(doc, i, frames.SPEAKING_LEMMAS)
            assert frames._reported_clause(doc, i) == expected
    with pytest.raises(IndexError):
        frames._reported_clause(docs[0], len(docs[0]))


def _widen_by_tokens(sent, a, b, dates):
    doc = sent.doc
    while b > a + 1 and (doc[b - 1].is_punct or doc[b - 1].lower_ in ("'s", "’s")):
        b -= 1
    while a < b - 1 and doc[a].is_punct:
        a += 1
    while b < sent.end and doc[b].lower_ in dates._RIGHT_WORDS:
        b += 1
    if (
        b + 1 < sent.end
        and doc[b].lower_ in dates._CLOSING_RIGHT_WORDS
        and doc[b + 1].text in dates._CLAUSE_MARKS
    ):
        b += 2
    nxt = b + 1 if b < sent.end and doc[b].text == "-" else b
    if nxt < sent.end and doc[nxt].lower_ in dates._PERIOD_NOUNS and doc[a:b].root.head.i == nxt:
        b = nxt + 1
        if a > sent.start and doc[a - 1].lower_ in ("a", "an", "the"):
            a -= 1
    while a > sent.start:
        prev = doc[a - 1]
        if prev.lower_ in dates._LEFT_MODIFIERS:
            a -= 1
        elif prev.lower_ == "than" and a - 2 >= sent.start and doc[a - 2].lower_ in ("more", "less"):
            a -= 2
        elif prev.text == "-" and a - 2 >= sent.start and doc[a - 2].lower_ == "mid":
            a -= 2
        else:
            break
    if (
        a > sent.start
        and doc[a - 1].lower_ in dates._PREPOSITIONS
        and a - 1 in (doc[a:b].root.head.i, doc[a].head.i)
    ):
        a -= 1
    return dates._widen_eve(sent, a, b)


def test_widen_matches_token_reading(docs):
    from wardesk.extract import dates

    for doc in docs:
        for sent in doc.sents:
            for a in range(sent.start, sent.end):
                for b in range(a + 1, min(sent.end, a + 4) + 1):
                    assert dates._widen(sent, a, b) == _widen_by_tokens(sent, a, b, dates), (sent.text, a, b)


def test_single_victims_and_another_place_unchanged_on_own_texts(pipeline):
    """Whole articles of our own through the extractor: the people counted one by one and the
    figures of a sentence that names another place, read from the arrays, are those a reader
    counts ("a soldier was killed and another civilian was wounded": one and one)."""
    from wardesk.record import Article

    def claims(text: str) -> list[tuple[str, float]]:
        out = pipeline.run(Article(id="own", text=text, published="2025-03-10"))
        return sorted((c.what, c.value) for e in out.events for c in e.claims)

    assert claims(TEXTS[5]) == [("injured", 1.0), ("killed", 1.0)]
    assert claims(TEXTS[6]) == [("injured", 12.0), ("killed", 1.0)]


def test_tally_over_stated_days_matches_token_reading(docs):
    """The one-operation test of ``_tally_over_stated_days`` reads lemma and tag arrays."""
    from wardesk.extract import article

    for doc in docs:
        for sent in doc.sents:
            by_tokens = any(t.lemma_.lower() in article.ONE_OPERATION_NOUNS and t.tag_ == "NN" for t in sent)
            if by_tokens:
                assert article._tally_over_stated_days(sent, None) is False
