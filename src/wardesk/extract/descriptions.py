"""Names for parties an article describes but never identifies: "Gunmen", "Islamist militants".

The extractor resolves a description that names no group of the actor table ("gunmen", "suspected
militants" where the article names no group) to the table's catch-all "Unidentified armed group",
and reads it so throughout. The record, though, names such a party by the article's own words, as
annotators and ACLED's unidentified actors do: what the article tells of them (their creed, their
people) is all there is to tell them apart, and one label for every unnamed party says less than
"Islamist militants" or "bandits". This runs once, on the finished events
(``resources/actors/descriptions.yaml``); the link stage reads these names as naming nobody in
particular (``is_description``)."""

from __future__ import annotations

import re
from functools import cache

from wardesk.extract.actors import UNIDENTIFIED, ActorLexicon
from wardesk.record import Actor, Event
from wardesk.resources import load_yaml

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*")


@cache
def _table() -> dict[str, object]:
    return load_yaml("actors", "descriptions.yaml")


@cache
def _heads() -> frozenset[str]:
    return frozenset(str(h) for h in _table()["heads"])  # type: ignore[union-attr]


def _swap_tail(words: list[str], table: dict[str, str]) -> list[str]:
    """The words with their last one or two replaced by the table's form ("armed men" -> "gunmen")."""
    for n in (2, 1):
        tail = " ".join(words[-n:]).lower()
        if len(words) >= n and tail in table:
            return words[:-n] + str(table[tail]).split()
    return words


def describe(text: str | None) -> str | None:
    """The record name for an unidentified party described as ``text``: its description without
    counts and hedges, in the plural and in neutral words ("three suspected terrorists" ->
    "Militants", "unknown gunmen" -> "Unidentified gunmen"); None when the text describes no armed
    people (a site, a weapon, "the attack")."""
    if not text:
        return None
    table = _table()
    words = [w for w in _WORD.findall(text) if not w[0].isdigit()]
    cut = {str(w) for w in table["cut_at"]}  # type: ignore[union-attr]
    ends = [k for k, w in enumerate(words) if k and w.lower() in cut]
    words = words[: ends[0]] if ends else words
    dropped = {str(w) for w in table["dropped"]}  # type: ignore[union-attr]
    while words and words[0].lower() in dropped:
        words = words[1:]
    words = _swap_tail(_swap_tail(words, table["neutral"]), table["plurals"])  # type: ignore[arg-type]
    words = _swap_tail(words, table["neutral"])  # type: ignore[arg-type]
    if not words or not _ends_in_head(words):
        return None
    name = " ".join(w if w.isupper() else w.lower() if i else w for i, w in enumerate(words))
    return name[0].upper() + name[1:]


def _ends_in_head(words: list[str]) -> bool:
    """The phrase ends in a word (or two) of armed people (``heads``)."""
    heads = _heads()
    return words[-1].lower() in heads or " ".join(words[-2:]).lower() in heads


def is_description(name: str | None, actor_type: str | None = None) -> bool:
    """The actor is one ``name_unidentified`` named: a description of nobody in particular, as
    the table's catch-all is. It keeps the catch-all's type (``actor_type``, read by its
    generic: "militants" a rebel group), so the name decides: the table's own names ("Syrian
    rebels") name their party, and a proper name's head is capitalised ("Ulster Freedom
    Fighters"). A person is never one: no person's name ends in such a word."""
    del actor_type  # the type the description was read with tells nothing more
    if not name:
        return False
    if name == UNIDENTIFIED:
        return True
    if ActorLexicon.default().get(name) is not None:
        return False
    words = name.split()
    return _ends_in_head(words) and (len(words) == 1 or not words[-1][:1].isupper())


def _named(actor: Actor) -> Actor:
    """The actor under the name its own words give, when it is the catch-all."""
    if actor.name != UNIDENTIFIED:
        return actor
    name = describe(actor.text)
    return actor if name is None else actor.model_copy(update={"name": name})


def name_unidentified(events: list[Event]) -> list[Event]:
    """The events with every catch-all initiator and target named by its description; two
    described alike in one role are one party."""
    out = []
    for ev in events:
        update = {}
        for role in ("initiators", "targets"):
            actors = getattr(ev, role)
            if any(a.name == UNIDENTIFIED for a in actors):
                named: list[Actor] = []
                for a in map(_named, actors):
                    if all(b.name != a.name for b in named):
                        named.append(a)
                update[role] = named
        out.append(ev.model_copy(update=update) if update else ev)
    return out
