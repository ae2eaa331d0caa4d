"""Places that are no scene (round 23): the dateline town, however the outlet writes it, the city a
statement was issued or a briefing held in, and the hospital a speaker works at, on short articles
written for these tests across many wars (``data/geo/dateline23_sweep.tsv``). They make no event of
their own and do not join the scene the event's clause names. Run alone
(``python tests/test_extract_offscene_places.py``) it prints the wrong rows and the score."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_helpers import (
    check_place_row,
    incidents,
    place_key,
    place_sweep_rows,
    place_sweep_score,
    sweep_params,
)
from wardesk.geo.mentions import dateline_range

SWEEP = Path(__file__).parent / "data" / "geo" / "dateline23_sweep.tsv"
#: Rows still wrong, by the place as written, and why (none of them a place in an off-scene role).
KNOWN_MISSES: dict[str, str] = {
    "Maarat al-Numan": "gazetteer: the hyphenated town is read as a Russian place",
    "Solhan": "gazetteer: a Turkish namesake outranks the Burkinabe village",
    "Bokkos": "no event read: 'killed ... on Christmas Eve' gives no date the reader takes",
}


@pytest.mark.parametrize(
    ("text", "name", "admin1", "country", "not_at", "precision"),
    sweep_params(place_sweep_rows(SWEEP), KNOWN_MISSES, key=1),
)
def test_extract_offscene_places_sweep_row(pipeline, text, name, admin1, country, not_at, precision):
    check_place_row(pipeline, text, name, admin1, country, not_at, precision)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a Spanish or Portuguese agency's full stop before the dash
        ("Cucuta, 3 Sep (EFE).- Gunmen killed two soldiers near Tibu on Friday.", "Cucuta"),
        ("Pemba, 14 Oct (Lusa).- Insurgents burned a village near Mocimboa da Praia.", "Pemba"),
        # a town of five words written in capitals, as datelines write it
        (
            "SAN JOSE DE LAS LAJAS, Cuba, May 2 (Reuters) - Police clashed with protesters.",
            "SAN JOSE DE LAS LAJAS",
        ),
    ],
)
def test_dateline_range_reads_agency_stops_and_long_capital_towns(nlp, text, town):
    lo, hi = dateline_range(nlp(text))
    assert lo == 0 and text[lo:hi].startswith(town), text[lo:hi]  # the dateline, up to its dash


def test_dateline_range_keeps_a_long_mixed_case_headline_out(nlp):
    """A headline's words before a dash stay no dateline: only capitals may run past four words."""
    text = (
        "Gunmen Kill Four Herders In Raid - Police in Benue said on Monday that gunmen killed four herders."
    )
    assert dateline_range(nlp(text)) == (-1, -1)


@pytest.mark.parametrize(
    ("text", "scene", "made_at"),
    [
        (
            "The rebel movement alleged in a statement circulated in Bangui that soldiers had shot 14"
            " unarmed herders in the town of Bambari last month.",
            "Bambari",
            "Bangui",
        ),
        (
            "The separatists said in a video posted from Bamenda that soldiers had killed six villagers"
            " in the town of Kumba on Sunday.",
            "Kumba",
            "Bamenda",
        ),
    ],
)
def test_statement_made_at_stays_out_and_what_it_says_stays_in(pipeline, text, scene, made_at):
    """The town a statement was given out in is no scene; the clause the statement says (which the
    parser may hang on the statement noun, with its own subject and 'had') keeps its places."""
    keys = {place_key(loc.name) for e in incidents(pipeline, text, "2024-03-05") for loc in e.locations}
    assert place_key(scene) in keys and place_key(made_at) not in keys, keys


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Artillery shelled the main hospital in Kharkiv on Monday, killing two doctors.", "Kharkiv"),
        ("Gunmen killed three patients in a clinic in Jos on Sunday.", "Jos"),
    ],
)
def test_a_hospital_struck_or_where_the_act_was_keeps_its_town(pipeline, text, scene):
    """A hospital that was struck, or in which the killing was done, is the scene: its town stays."""
    keys = {place_key(loc.name) for e in incidents(pipeline, text, "2024-03-05") for loc in e.locations}
    assert place_key(scene) in keys, keys


if __name__ == "__main__":
    place_sweep_score(place_sweep_rows(SWEEP))
