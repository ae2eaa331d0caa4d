"""Whom a deed of violence falls on types it (``extract/precedence.patient_kind``): the patient read from
the parse (object, passive subject, the "on"/"at" of fire, the owner of the thing hit) and the deed's
own counted dead. Our own sentences."""

from __future__ import annotations

import pytest

from article_helpers import incidents
from wardesk.extract.precedence import ARMED, CIVILIAN, patient_kind
from wardesk.extract.triggers import Trigger

PATIENTS = [
    ("Rebels opened fire on an army vehicle near Kafr Nabl.", "fire", ARMED),
    ("Militants ambushed a navy patrol boat on the river.", "ambushed", ARMED),
    ("Gunmen fired at a police post outside the town.", "fired", ARMED),
    ("Bandits ambushed a passenger bus near the bridge.", "ambushed", CIVILIAN),
    ("Militiamen ambushed a convoy of traders near the market.", "ambushed", CIVILIAN),
    ("Gunmen shot dead a former policeman at a tea stall.", "shot", CIVILIAN),
    ("Rebels attacked the town on Sunday.", "attacked", None),
]


def _trigger_at(doc, word: str) -> Trigger:
    tok = next(t for t in doc if t.text == word)
    return Trigger(
        token_start=tok.i, token_end=tok.i + 1, head_i=tok.i, text=tok.text, event_type=None, strength=0.5
    )


@pytest.mark.parametrize(("text", "word", "kind"), PATIENTS)
def test_precedence_patient_kind_reads_whom_the_deed_falls_on(nlp, text, word, kind):
    doc = nlp(text)
    assert patient_kind(doc, [_trigger_at(doc, word)], []) == kind


#: An attack no word types, told after a strike or a shelling, on an armed side's post or boat:
#: a fight there, not the article's remote type.
ASSAULTS_AFTER_STRIKES = [
    "Government artillery shelled Tine on Monday, killing three civilians. "
    "On Tuesday rebels attacked a navy patrol boat near Tine, wounding two sailors.",
    "Drones struck Sumy on Monday, killing two civilians. "
    "On Tuesday saboteurs attacked a border guard post near Krasnopillia and killed one guard.",
]


@pytest.mark.parametrize("text", ASSAULTS_AFTER_STRIKES)
def test_extract_assault_on_armed_patients_is_a_battle_in_an_article_of_strikes(pipeline, text):
    events = incidents(pipeline, text, "2024-05-15")
    assert [e.event_type for e in events][-1] == "armed_clash", [e.event_type for e in events]


OWNED_SITES = [
    ("Gunmen fired on a refugee camp near the border.", "fired", CIVILIAN),
    ("Militants stormed an army camp near the border.", "stormed", ARMED),
]


@pytest.mark.parametrize(("text", "word", "kind"), OWNED_SITES)
def test_precedence_patient_kind_reads_whose_site_was_hit(nlp, text, word, kind):
    doc = nlp(text)
    assert patient_kind(doc, [_trigger_at(doc, word)], []) == kind
