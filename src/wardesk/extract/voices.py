"""One voice, one claim of responsibility: a claimant the article names several ways blames once.

An article names one claimant in several ways as it goes: a body and its named spokesman ("the
Defence Ministry announced ... Colonel X, a ministry spokesman, said"), a short and a long form ("the
Polisario", "the Polisario Front"; "residents", "residents of the village"), or the same words in
two sentences. Each sentence of blame gives a statement, so one voice's accusation of one party came
out as two or three claims on one event, and a reader (and the scorer, which pairs claims one to
one) saw one side's voice counted several times. Two voices (residents and a rights group, the UN
and the government) that blame the same party stay two claims: what is merged is only names that
are one voice by their words, or a person and the body the article says they speak for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from wardesk.extract.draft import Draft
from wardesk.names import fold
from wardesk.record import Claim

#: Words that open a name without naming anything ("the army", "a military spokesman").
_OPENING_WORDS = frozenset({"the", "a", "an"})
#: Words of a name that name no body ("Ministry of Defence": only "ministry" and "defence" do).
FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "to"})


def name_words(name: str | None) -> frozenset[str]:
    """The folded words of a claimant's name, less an opening article ("The army" -> {"army"})."""
    words = fold(name).split()
    while words and words[0] in _OPENING_WORDS:
        words = words[1:]
    return frozenset(words)


def same_words(a: str | None, b: str | None) -> bool:
    """One name's words all in the other's ("residents" in "Mucojo residents", "Polisario" in
    "Polisario Front", "Al-Maliki" in "Turki al-Maliki"): a short form of one voice."""
    wa, wb = name_words(a), name_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def one_voice(a: str, b: str, bodies: Mapping[str, frozenset[str]]) -> bool:
    """Are claimants ``a`` and ``b`` one voice: one name the short form of the other, or a person
    and the body the article says they speak for (``bodies``: folded person -> the words of their
    organisation and title, "Ministry spokesman Colonel X said" -> ministry, spokesman, ...)?"""
    if same_words(a, b):
        return True
    return any(
        bool((name_words(y) - FUNCTION_WORDS) & bodies.get(fold(x), frozenset())) for x, y in ((a, b), (b, a))
    )


def _preferred(a: Claim, b: Claim, organizations: Mapping[str, frozenset[str]]) -> Claim:
    """Of two claims of one voice, the one naming it best: a named person who speaks for a body
    (the schema keeps a named spokesman as the source), else the longer name (the whole name over
    its short form), else the first told."""
    ka = (fold(a.source) in organizations, len(name_words(a.source)))
    kb = (fold(b.source) in organizations, len(name_words(b.source)))
    return b if kb > ka else a


def merge_voices(
    claims: list[tuple[Claim, Any]], organizations: Mapping[str, frozenset[str]]
) -> list[tuple[Claim, Any]]:
    """An event's claims with each voice's claims of one stance against one party made one (the
    place of the first kept, its best-named source). Claims without a source (the article's own
    voice) and figures are left as they are."""
    out: list[tuple[Claim, Any]] = []
    for c, q in claims:
        if c.what != "responsibility" or not c.source:
            out.append((c, q))
            continue
        k = next(
            (
                i
                for i, (o, _) in enumerate(out)
                if o.what == "responsibility"
                and o.source
                and (o.stance, o.actor) == (c.stance, c.actor)
                and one_voice(o.source, c.source, organizations)
            ),
            None,
        )
        if k is None:
            out.append((c, q))
        else:
            kept, at = out[k]
            out[k] = (_preferred(kept, c, organizations), at)
    return out


def speakers_bodies(
    speakers: Iterable[tuple[str | None, str | None, str | None]],
    nation: Callable[[str], bool] = lambda _: False,
) -> dict[str, frozenset[str]]:
    """Folded person -> the words of whom they speak for: their organisation's name and the words
    their attribution gives them beside their name ("Army spokesman Lieutenant X told reporters"),
    from (name, organization, attribution text) triples. Words that only name a nation (``nation``:
    "Syrian", "Ugandan") are left out: a foreign ministry's spokesman and "the Syrian government"
    share a country, not a voice the article tells as one."""
    out: dict[str, frozenset[str]] = {}
    for name, org, text in speakers:
        if not name:
            continue
        words = (name_words(org) | name_words(text)) - name_words(name) - FUNCTION_WORDS
        words = frozenset(w for w in words if not nation(w))
        if words:
            out[fold(name)] = out.get(fold(name), frozenset()) | words
    return out


def one_claim_per_voice(drafts: list[Draft], organizations: Mapping[str, frozenset[str]]) -> None:
    """Merge each event's claims of one voice (``merge_voices``), in place."""
    for d in drafts:
        d.claims = merge_voices(d.claims, organizations)
