"""An unlisted village said to lie in a known town's district takes that town's coordinates, not
only its province's; 'in Y district, X' names X, a town of the district (geo.mentions)."""

from __future__ import annotations

import pytest

from wardesk.geo import find_places, focus_countries


def _places(nlp, gaz, text):
    doc = nlp(text)
    countries = focus_countries(doc, gaz)
    return {m.text: m for m in find_places(doc, gaz, countries)}


# (text, an unlisted village, the known town whose district or vicinity the text puts it in)
VILLAGES = [
    (
        "Militants raided the village of Kapenda in Macomia district, Mozambique, burning homes.",
        "Kapenda",
        "Macomia",
    ),
    ("Gunmen burned the village of Lindaro near Macomia in Mozambique on Monday.", "Lindaro", "Macomia"),
    (
        "Insurgents attacked civilians in Macomia district, Kapenda, on Tuesday, Mozambican police said.",
        "Kapenda",
        "Macomia",
    ),
]


@pytest.mark.parametrize(("text", "village", "town"), VILLAGES)
def test_an_unlisted_village_keeps_its_name_and_takes_its_towns_coordinates(nlp, gaz, text, village, town):
    found = _places(nlp, gaz, text)
    assert village in found
    m = found[village]
    assert m.place is None  # the gazetteer lacks it: the name stays the village's
    assert m.anchor is not None
    assert m.anchor.name == town
