"""One disputed act told as two kinds of event (round 16): the side accused denies it and tells the day
as something else ("our troops clashed with rebels there; reports that our aircraft hit a school are
false"), the other side tells an air strike by that side. A report whose source denies the very party
the other report names as the doer is the other side of that act (``compare.denied_culprit``): the
family difference is the dispute, so it neither makes the pair weak nor counts against it. Events
built by hand (no spaCy), in a war of our choosing."""

from __future__ import annotations

import datetime as dt

from wardesk.link import Report, link_reports
from wardesk.link.compare import denied_culprit, gate
from wardesk.record import Actor, Claim, Count, DateSpan, Event, Location

D = dt.date(2023, 4, 9)
#: a village of Magway region, at a point of its own
VILLAGE = Location(name="Pazigyi", admin1="Sagaing", country="MM", lat=22.17, lon=95.33, precision="exact")
STRIKE_TEXT = (
    "A military jet bombed a school in the village of Pazigyi on Sunday, killing eleven pupils and "
    "two teachers, residents said. The junta's aircraft returned twice over the village."
)
CLASH_TEXT = (
    "Troops on patrol near the village of Pazigyi came under fire on Sunday and returned fire, the "
    "military said. It denied reports that its aircraft had bombed a school in the village."
)


def report(
    rid: str, etype: str, claims: list[Claim], initiators: list[tuple[str, str]], dead: int | None
) -> Report:
    e = Event(
        event_type=etype,  # type: ignore[arg-type]
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[VILLAGE],
        initiators=[Actor(name=n, type=t) for n, t in initiators],  # type: ignore[arg-type]
        fatalities=Count(low=dead, best=dead),
        claims=claims,
    )
    return Report(rid, "art-" + rid, "outlet-" + rid, D, e, None)


def strike(rid: str) -> Report:
    accuses = Claim(what="responsibility", actor="Myanmar", stance="accuses", source="residents")
    return report(rid, "air_strike", [accuses], [("Myanmar", "state_forces")], 13)


def clash(denies: bool) -> Report:
    denial = Claim(what="responsibility", actor="Myanmar", stance="denies", source="the military")
    # the military tells the rebels' attack on its patrol
    rebels = [("People's Defence Force", "rebel_group")]
    return report("clash", "armed_clash", [denial] if denies else [], rebels, None)


def _stories(reports: list[Report]) -> list[set[str]]:
    texts = {r.report_id: STRIKE_TEXT if r.event.event_type == "air_strike" else CLASH_TEXT for r in reports}
    return [{r.report_id for r in s.reports} for s in link_reports(reports, texts=texts)]


def test_link_denied_culprit_the_denying_side_is_the_other_side_of_the_act() -> None:
    a, b = clash(denies=True), strike("strike")
    assert denied_culprit(a, b) and denied_culprit(b, a)
    assert gate(a, b).ok and not gate(a, b).weak
    assert {"clash", "strike", "wire"} in _stories([a, b, strike("wire")])


def test_link_denied_culprit_without_the_denial_two_kinds_stay_weak() -> None:
    a, b = clash(denies=False), strike("strike")
    assert not denied_culprit(a, b)
    assert gate(a, b).weak
    assert not any("clash" in s and len(s) > 1 for s in _stories([a, b, strike("wire")]))
