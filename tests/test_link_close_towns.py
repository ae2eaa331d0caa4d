"""Two towns named as towns a short way apart (a strip, a valley, a ring of suburbs) are two places
for linking (``compare.compare_places``); one town under two spellings or from two gazetteer entries
a little apart, a part of a town and a town and its province stay compatible. Places built by hand
(no spaCy), with invented points at about the real distances."""

from __future__ import annotations

import pytest

from wardesk.link.compare import compare_places
from wardesk.record import Location


def town(name: str, lat: float, lon: float, precision: str = "exact", admin1: str = "North") -> Location:
    """A place of an invented coastal strip, given as the geocoder would give it."""
    return Location(
        name=name, admin1=admin1, country="PS", lat=lat, lon=lon, precision=precision, coords_from="gazetteer"
    )  # type: ignore[arg-type]


#: two neighbouring towns about 2.4 km apart, and a third about 1.7 km from a fourth
TOWN_A = town("Beit Qamar", 31.550, 34.500)
TOWN_B = town("Jaffariya", 31.532, 34.485)
TOWN_C = town("Khirbat Sahl", 31.346, 34.306)
TOWN_D = town("Bani Umran", 31.336, 34.320)


@pytest.mark.parametrize(("a", "b"), [(TOWN_A, TOWN_B), (TOWN_C, TOWN_D)])
def test_link_close_towns_two_named_towns_are_two_places(a, b):
    assert compare_places([a], [b]) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one town under two spellings, from two gazetteer entries a little apart
        (TOWN_A, town("Bayt Qamar", 31.541, 34.493)),
        (town("Khan Younis", 31.346, 34.306), town("Khan Yunis", 31.340, 34.296)),
        # one point under two names (the other side's name of the town)
        (TOWN_A, town("Qamariyya", 31.550, 34.5001)),
        # a place near the town, and the town's province
        (TOWN_A, town("Jaffariya", 31.532, 34.485, precision="near")),
        (TOWN_A, town("North", 31.5, 34.5, precision="admin1")),
        # one name inside the other ('the Beit Qamar camp')
        (TOWN_A, town("Beit Qamar camp", 31.540, 34.490)),
    ],
)
def test_link_close_towns_one_town_stays_compatible(a, b):
    assert compare_places([a], [b]) is not None
