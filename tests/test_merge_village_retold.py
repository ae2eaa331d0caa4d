"""One event, one record, at its village: a lead placed at a town and its province and a later
sentence of the same kind of event at a village no gazetteer has, in that province, with no time of
its own, no larger toll and nothing that marks another event, is one incident; two real incidents
(another day, another weapon, "another", "separately", "meanwhile", a clause of the lead's own sentence, two
incidents already told in the province) stay two (extract.merge.village_host). Our own
mini-articles, from many wars, in tests/data/village_retold_sweep25.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from article_helpers import incidents

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "village_retold_sweep25.yaml").read_text()
)


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known_miss"], strict=True)] if case.get("known_miss") else []
    return pytest.param(case, marks=marks, id=f"{case['form']}-{case['text'][:40]}")


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_merge_village_retold_count_incidents(pipeline, case):
    evs = incidents(pipeline, case["text"], str(case["published"]))
    assert len(evs) == case["events"], [
        (e.event_type, e.date.start, [x.name for x in e.locations]) for e in evs
    ]


def test_merge_village_retold_keeps_the_lead_town_and_adds_the_village(pipeline):
    """The one record keeps the lead's town and takes the village told below it."""
    text = (
        "Artillery shells hit homes near Horlivka in Donetsk region on Monday, killing two civilians, "
        "local officials said. The shells landed in the settlement of Zhovtneve Pole, they said."
    )
    (ev,) = incidents(pipeline, text, "2015-05-12")
    assert {"Horlivka", "Zhovtneve Pole"} <= {x.name for x in ev.locations}


def test_merge_village_named_in_the_leads_own_sentence_stays_apart(pipeline):
    """A village in a clause of the lead's own sentence is another site hit that day, not the lead."""
    text = (
        "The ministry said jets had bombed the outskirts of Horlivka in Donetsk region on Monday, "
        "killing three civilians, and had also struck near the settlement of Zhovtneve Pole that day."
    )
    assert len(incidents(pipeline, text, "2015-05-12")) == 2


def test_merge_unknown_quarter_of_a_city_named_like_its_province_stays_apart(pipeline):
    """A place no gazetteer has in a city named like its province may be one of its quarters, hit
    apart: the city's event does not take it in."""
    text = (
        "Warplanes bombed a bakery in Aleppo on Monday, killing nine people, rescuers said. Jets "
        "struck the Qarlaq Jadid quarter, killing four, the rescuers said."
    )
    assert len(incidents(pipeline, text, "2016-05-03")) == 2
