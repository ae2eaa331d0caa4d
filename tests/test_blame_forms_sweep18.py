"""The sweep of blame and denial forms on contested stories in the wording of many wars
(``tests/data/blame_forms_sweep18.yaml``, our own sentences): each short article's claims of
responsibility hold the (stance, party) pairs the case wants and none it forbids. Round 18 added:

* blame through a noun of authorship or suffering: "the deaths were the work of X", "the mine was
  the handiwork of X", "the villagers were victims of X", "died at the hands of X"; negated ("was
  not the work of its troops"), the speaker's side denies;
* denial by absence: "it had no fighters in the area", "none of its members were there", said by
  a side of its own forces;
* a country the actor table has no entry for (its state forces are made from the country list)
  acts, speaks and is blamed by its name, as listed states do ("Cambodia denied ...");
* the nation on the weapon past a model name or a word of its kind ("Russian Grad rockets",
  "Cambodian BM-21 rockets", "Russian multiple rocket launchers"), and the ground fire came from
  ("fired from Armenian territory", "from the direction of a Turkish base"), in a speaker's account;
* blame of a party that a relative clause describes by its habits ("blamed the army, which has been
  shelling the town for months") goes to the incident told before, not to that campaign;
* a monitor, NGO, the UN or an outlet rejecting an account denies for no side, and the words of
  an account ("the army's account that X was to blame") are its owner's, not the rejecter's.

Run alone (``python tests/test_blame_forms_sweep18.py``) for the tally."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from article_helpers import responsibility
from blame_sweep_helpers import PUBLISHED, case_param, case_right, load_cases, read_case, tally
from wardesk.record import Article

CASES = load_cases("blame_forms_sweep18.yaml")


@pytest.mark.parametrize("case", [case_param(c, "text") for c in CASES])
def test_blame_forms_sweep18_reads_each_form(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["text"], case.get("want"), case.get("forbid"), sorted(got, key=str))


@pytest.mark.parametrize(
    ("text", "blame"),
    [
        (
            "At least 20 people were killed on Tuesday when a drone hit a fuel station in Kobo, residents "
            "said. Residents blamed the Ethiopian army, which has been carrying out drone strikes against "
            "Fano militias in the region since August.",
            ("accuses", "Ethiopia"),
        ),
        (
            "Nine villagers were killed on Sunday when a shell hit a market in Kadugli. Traders blamed the "
            "RSF, which has shelled the town almost daily since the war began in April last year.",
            ("accuses", "RSF"),
        ),
        (
            "Seven people died on Friday when a drone struck a wedding in Kunduz. Relatives blamed the "
            "Pakistani military, which has carried out repeated air raids in the province this year.",
            ("accuses", "Pakistan"),
        ),
    ],
)
def test_blame_forms_sweep18_blame_of_a_described_party_goes_to_the_act(pipeline, text, blame):
    """A habit of the accused told in a relative clause on it ("blamed the army, which has been
    shelling the area for months") is not what the blame is about: the incident told before is."""
    events = pipeline.run(Article(id="t", text=text, published=PUBLISHED)).events
    on = {
        (e.kind, c.stance, c.actor)
        for e in events
        if not e.background
        for c in e.claims
        if c.what == "responsibility"
    }
    assert ("incident", *blame) in on
    assert ("aggregate", *blame) not in on


def _pairs(pipeline: Any, text: str) -> set[tuple[str | None, str | None, str | None]]:
    return responsibility(pipeline.run(Article(id="t", text=text, published=PUBLISHED)).events)


@pytest.mark.parametrize(
    ("text", "party", "third"),
    [
        (
            "Shells hit a market in Omdurman on Sunday, killing 14. Human Rights Watch rejected the claim "
            "that the RSF had fired the shells.",
            "RSF",
            "Human Rights Watch",
        ),
        (
            "Shells hit a market in Omdurman on Sunday, killing 14. The army blamed the RSF, but the UN "
            "denied that the RSF was behind the attack.",
            "RSF",
            "United Nations",
        ),
    ],
)
def test_blame_forms_sweep18_a_third_party_denies_for_no_side(pipeline, text, party, third):
    """A monitor, an NGO, the UN or an outlet that rejects an account judges it; only a side
    denies its own part in an act."""
    assert ("denies", party, third) not in _pairs(pipeline, text)


@pytest.mark.parametrize(
    ("text", "blame", "not_by"),
    [
        (
            "Sudanese soldiers killed 25 men in Wad Madani on Sunday, Human Rights Watch said on Thursday, "
            "rejecting the army's account that the RSF was to blame.",
            ("accuses", "RSF"),
            "Human Rights Watch",
        ),
        (
            "Congolese troops shot dead 12 protesters in Goma on Tuesday, Amnesty International said, "
            "rejecting the army's account that M23 infiltrators were to blame.",
            ("accuses", "M23"),
            "Amnesty International",
        ),
    ],
)
def test_blame_forms_sweep18_an_account_blames_for_its_owner(pipeline, text, blame, not_by):
    """ "rejecting the army's account that X was to blame": the army blames X, whoever rejects it."""
    got = _pairs(pipeline, text)
    assert any((s, a) == blame and src and "army" in src.lower() for s, a, src in got), got
    assert (*blame, not_by) not in got


if __name__ == "__main__":
    sys.exit(tally(CASES, read_case, "text"))
