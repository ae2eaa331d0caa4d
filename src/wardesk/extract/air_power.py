"""The attacker of an air strike the article leaves without one: the one state whose forces it names.

A report of an air or drone strike often names no attacker at all ("a drone strike hit the
market", "the air component carried out strikes on fleeing fighters"): in the war the article
tells, only a state flies, and the article has named that state's forces elsewhere (the army
that fought the rebels, the troops that were ambushed). When the article names the forces of
exactly one state, the strike is theirs; with two states (a war between them, a foreign air
force) or the only state among the strike's own targets, the question stays open.
"""

from __future__ import annotations

from collections.abc import Sequence

from wardesk.extract.actors import STATE_UNKNOWN
from wardesk.extract.draft import Draft
from wardesk.record import Actor

#: Event types whose means are aircraft (ACLED's "air/drone strike"): only a state's air
#: force or drones, as a rule, deliver them.
AIR_EVENT_TYPES = frozenset({"air_strike"})
#: The actor type of a state's forces (actors.yaml).
STATE_TYPE = "state_forces"


def named_states(drafts: Sequence[Draft], acting: bool = False) -> list[Actor]:
    """The states whose forces the article's events name (only as attackers when ``acting``),
    once each, in the order the article gives them; the state whose country is not stated is no
    state."""
    out: dict[str, Actor] = {}
    for d in drafts:
        for a in d.initiators if acting else (*d.initiators, *d.targets):
            if a.type == STATE_TYPE and a.name != STATE_UNKNOWN and a.name not in out:
                out[a.name] = a
    return list(out.values())


def fill_air_power(drafts: Sequence[Draft]) -> None:
    """Give an air strike without an attacker the article's one state (module docstring).

    Why: such strikes were left without an initiator although the article names the only
    party that could have flown them; a state among the strike's own targets is not taken
    (a strike on an army convoy is not the army's)."""
    states = named_states(drafts)
    if len(states) != 1:
        states = named_states(drafts, acting=True)  # one state acts, others are only its targets
    if len(states) != 1:
        return
    state = states[0]
    for d in drafts:
        if d.event_type not in AIR_EVENT_TYPES or d.initiators:
            continue
        if any(a.name == state.name for a in d.targets):
            continue
        d.initiators = [Actor(name=state.name, type=state.type)]
