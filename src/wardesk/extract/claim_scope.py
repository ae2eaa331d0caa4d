"""Which of an article's attacks one claim of responsibility covers: every attack of a place."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from wardesk.names import fold
from wardesk.resources import load_words

#: Penn tags of a plural noun: "the attacks", "both raids", "the bombings".
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Dependencies of words that tell who speaks or claims, not what is claimed: their subtrees
#: ("IS, which has claimed several attacks in the region, ...") say nothing of the act claimed.
SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
#: Words before a plural act noun that point back at acts told ("both raids", "the attacks").
SEVERAL_ACTS_DETERMINERS = load_words("lexicons", "roles.yaml", "several_acts_determiners")
#: Words that make acts a kind ("similar attacks"): no acts of this article.
KIND_OF_ACT_MODIFIERS = load_words("lexicons", "roles.yaml", "kind_of_act_modifiers")
#: A district or region named as the claimed acts' area holds the towns at most this far from
#: its centre (a district seldom spans more; set by reading districts of Mozambique, Nigeria,
#: Somalia and the DRC in the gazetteer).
AREA_RADIUS_KM = 60.0
#: Place kinds that hold other places: a claim of "the attacks in X" covers the towns inside X.
AREA_KINDS = frozenset({"admin1", "region", "country"})


@dataclass(frozen=True)
class ClaimScope:
    """The acts a claim names: several (``plural``) and, when the claim says where, the places
    (gazetteer entries) they were in."""

    plural: bool
    areas: tuple[Any, ...] = ()


def claim_scope(sent: Span, act_lemmas: frozenset[str], places: Sequence[Any]) -> ClaimScope:
    """What a claim stated in ``sent`` covers. A plural act noun the sentence's verbs govern,
    pointing back at acts told ("claimed the attacks", "carried out both raids", "the week's
    bombings"), makes it several acts; the places named inside that noun phrase ("the Cabo
    Delgado attacks", "the raids in Borno state") are where they were. A claim of one act, or of
    a kind of act ("has claimed similar attacks", in a speaker's words), is no scope: the
    statement's own sentence already tells which event it is."""
    act = _plural_act(sent.root, act_lemmas)
    if act is None:
        return ClaimScope(False)
    lo, hi = act.left_edge.idx, act.right_edge.idx + len(act.right_edge)
    areas = tuple(
        p.place
        for p in places
        if getattr(p, "place", None) is not None and lo <= p.start_char and p.end_char <= hi
    )
    return ClaimScope(True, areas)


def _plural_act(root: Token, act_lemmas: frozenset[str]) -> Token | None:
    """The first plural act noun told as known acts that the root governs, outside the subtrees
    of whoever speaks or acts and of relative clauses (what a group did before, not this claim)."""
    stack = [c for c in root.children if c.dep_ not in SPEAKER_DEPS]
    while stack:
        tok = stack.pop(0)
        if tok.tag_ in PLURAL_TAGS and tok.lemma_.lower() in act_lemmas and _told_before(tok):
            return tok
        stack.extend(c for c in tok.children if c.dep_ not in SPEAKER_DEPS and c.dep_ != "relcl")
    return None


def _told_before(noun: Token) -> bool:
    """The plural act noun points back at acts the article told: a determiner ("the attacks",
    "both raids", "all three bombings") or a possessive ("the week's attacks"), and no word
    making them a kind ("similar attacks")."""
    kids = list(noun.children)
    if any(c.dep_ in ("amod", "nummod") and c.lower_ in KIND_OF_ACT_MODIFIERS for c in kids):
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in SEVERAL_ACTS_DETERMINERS for c in kids) or any(
        c.dep_ == "poss" for c in kids
    )


def inside(loc: Any, area: Any) -> bool:
    """A location of an event lies in the claimed acts' area: the place itself, a town of the
    province, or (a district or region) a town near its centre."""
    if fold(loc.name) == fold(area.name):
        return True
    if area.kind == "country":
        return loc.country == area.country
    if area.kind == "admin1" and loc.admin1 and area.country == loc.country:
        return fold(loc.admin1) == fold(area.name)
    if area.kind in AREA_KINDS and None not in (loc.lat, loc.lon, area.lat, area.lon):
        return _km(loc.lat, loc.lon, area.lat, area.lon) <= AREA_RADIUS_KM
    return False


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km, equirectangular: exact enough within a district."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)
