"""A spaCy component that gives back its subject to a verb whose subject is an actor's acronym
spelled like an auxiliary: "IS fired mortar shells at the district".

The small English parser reads that "IS" as the auxiliary of a passive ("is fired"), so the
shelling has no subject and no initiator. The actor lexicon finds "IS" anyway, but the frames
take the attacker from the verb's subject. The acronyms are data
(``resources/nlp/verb_like_acronyms.txt``); only an all-caps token outside an all-caps headline,
hanging on a verb as its auxiliary while the verb has no subject, is mended: its tag becomes a
proper noun's (so the rule components after the parser give it PROPN and itself as lemma), its
relation ``nsubj``, and a past participle it made passive becomes a past tense.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wardesk.resources import load_lines

#: The acronyms read here (``resources/nlp/verb_like_acronyms.txt``).
VERB_LIKE_ACRONYMS = frozenset(load_lines("nlp", "verb_like_acronyms.txt"))
_AUX_DEPS = frozenset({"aux", "auxpass"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _in_caps_run(doc: Doc, i: int) -> bool:
    """An all-caps headline ("IS IT OVER?"): there "IS" is the verb it spells."""
    near = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc) and doc[j].is_alpha]
    return bool(near) and all(t.is_upper and len(t) > 1 for t in near)


class AcronymSubjects:
    """Mend the parse of a verb-like acronym read as an auxiliary (module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        if not any(a in doc.text for a in VERB_LIKE_ACRONYMS):
            return doc  # most articles: one substring test instead of a Token per word
        for tok in doc:
            if tok.text not in VERB_LIKE_ACRONYMS or tok.dep_ not in _AUX_DEPS or _in_caps_run(doc, tok.i):
                continue
            verb = tok.head
            if verb.i <= tok.i or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
                continue
            if any(c.dep_ in _AUX_DEPS and c.i != tok.i for c in verb.children):
                continue  # "IS has fired", "IS was seen": another auxiliary, a real verb group
            tok.tag_ = "NNP"
            tok.dep_ = "nsubj"
            if verb.tag_ == "VBN":
                verb.tag_ = "VBD"
        return doc


@Language.factory("wardesk_acronym_subjects", default_config={}, assigns=["token.tag", "token.dep"])
def make_acronym_subjects(nlp: Language, name: str) -> AcronymSubjects:
    return AcronymSubjects()
