"""Counts that go on with the tally of the sentence before.

A monitor's round-up often states its period once and then keeps counting: "Air strikes on the
province have killed 85 civilians since the offensive began. Another 210 have been killed in
fighting across the province. The toll includes 58 killed by shelling of the city." Only the
first sentence says it counts over weeks; read alone, the other two look like incidents of the
day the article is dated, and their figures then meet (and contradict) one strike's toll in
linking. A sentence that only goes on counting inherits what the count before it is: a period's
tally stays a period's tally. The part of a whole is of the whole's kind; "another N" in the
perfect adds to a running count.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from wardesk.extract.draft import CASUALTY_WHATS, Draft
from wardesk.extract.frames import KILL_LEMMAS, Frame
from wardesk.extract.numbers import Quantity


def _tolls(claims: Sequence[tuple[Any, Any]]) -> list[Quantity]:
    return [q for c, q in claims if c.what in CASUALTY_WHATS and isinstance(q, Quantity)]


def _in_the_perfect(verb: Token) -> bool:
    """'have been killed', 'has died': a count as it stands now, not one day's act."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _one_act(frame: Frame) -> bool:
    """'in a drone strike', 'an attack on the market': a singular event noun names one act, whose
    dead are an incident's even when they are counted on from a tally."""
    doc = frame.sent.doc
    for t in frame.triggers:
        head = doc[t.head_i]
        if head.pos_ == "NOUN" and head.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in head.children):
            return True
    return False


def continues_count(frame: Frame, claims: Sequence[tuple[Any, Any]]) -> bool:
    """The sentence says nothing of when and only goes on counting: every casualty figure is a part
    of a whole it does not state ("the toll includes 58 killed by shelling"), or it adds to the
    count before it in the perfect ("another 210 have been killed in fighting")."""
    if frame.times or frame.from_title:
        return False
    tolls = _tolls(claims)
    if not tolls:
        return False
    if all(q.part_of_larger for q in tolls):
        return True
    if not any(q.increment for q in tolls):
        return False  # no "another N": the tree walk below cannot make it go on counting
    doc = frame.sent.doc
    perfect = any(
        doc[t.head_i].lemma_.lower() in KILL_LEMMAS and _in_the_perfect(doc[t.head_i]) for t in frame.triggers
    ) or any(
        tok.lemma_.lower() in KILL_LEMMAS and _in_the_perfect(tok) for tok in frame.sent if tok.pos_ == "VERB"
    )
    return perfect and not _one_act(frame)


def _as_period(claims: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    return [(c, dataclasses.replace(q, aggregate=True) if isinstance(q, Quantity) else q) for c, q in claims]


def continue_tallies(drafts: list[Draft]) -> list[Draft]:
    """A draft that only goes on counting (``Draft.continues``) right after a period's tally is a
    part of that tally. A bare breakdown of it ("among the dead were 20 children": no event word,
    no place) adds its figures to the tally; one that says what killed them or where ("the toll
    includes 58 killed by shelling of the city") is an aggregate of its own over the same days.
    Walked in text order, so a part of a continued count follows it too. Its days are set later
    (``date_continued``): the tally's own are not read yet."""
    before: Draft | None = None
    folded: set[int] = set()
    for d in sorted(drafts, key=lambda x: x.sent_i):
        if d.from_title or not _tolls(d.claims):
            continue
        if (
            d.continues
            and d.kind == "incident"
            and before is not None
            and before.kind == "aggregate"
            and 0 < d.sent_i - before.sent_i <= 1
        ):
            if d.event_type is None and not d.own_place:
                before.claims += _as_period(d.claims)
                before.evidence += [e for e in d.evidence if e not in before.evidence]
                folded.add(id(d))
                continue
            d.kind = "aggregate"
            d.tally = True
            d.continued_from = before.sent_i
            d.claims = _as_period(d.claims)
        before = d
    return [d for d in drafts if id(d) not in folded]


def date_continued(drafts: list[Draft]) -> None:
    """A continued count takes the days of the tally it goes on from, once those are read."""
    for d in drafts:
        if d.continued_from is None or d.kind != "aggregate":
            continue
        whole = [
            x
            for x in drafts
            if x is not d
            and x.kind == "aggregate"
            and x.sent_i <= d.continued_from <= (x.last_sent or x.sent_i)
        ]
        if whole:
            src = max(whole, key=lambda x: x.sent_i)
            d.date = src.date.model_copy()
