"""The province reported as admin1 where GeoNames' first level is a grouping of provinces
(``resources/gazetteer/admin_levels.csv``), on the bundled index, a GeoNames extract these tests
write, and short articles written for these tests."""

from __future__ import annotations

import pytest

from wardesk.geo import Gazetteer
from wardesk.geo.additions import add_extract, user_index
from wardesk.record import Article


@pytest.mark.parametrize(
    ("town", "country", "province"),
    [
        ("Jolo", "PH", "Sulu"),
        ("Marawi", "PH", "Lanao del Sur"),
        ("Patikul", "PH", "Sulu"),
        ("Dipolog", "PH", "Zamboanga del Norte"),
        ("Quezon City", "PH", "Metro Manila"),  # a capital region of districts stays the province
        ("Aleppo", "SY", "Aleppo"),  # countries reported at the first level are unchanged
    ],
)
def test_geo_admin_levels_town_takes_its_province(gaz, town, country, province):
    place = gaz.best(town, (country,), "city")
    assert place is not None and (place.admin1, place.country) == (province, country), place


@pytest.mark.parametrize(
    ("name", "kind", "admin1"),
    [
        ("Zamboanga Peninsula", "region", None),  # a region grouping provinces: a place, no province
        ("Caraga", "region", None),
        ("Lanao del Sur", "admin1", "Lanao del Sur"),
        ("Metro Manila", "admin1", "Metro Manila"),
    ],
)
def test_geo_admin_levels_regions_are_places_provinces_divisions(gaz, name, kind, admin1):
    place = gaz.best(name, ("PH",))
    assert place is not None and (place.name, place.kind, place.admin1) == (name, kind, admin1), place


def _geonames_line(gid: int, name: str, lat: float, lon: float, admin1: str, admin2: str) -> str:
    """One populated place in the 19-column GeoNames dump format."""
    cols = [str(gid), name, name, "", str(lat), str(lon), "P", "PPL", "PH", "", admin1, admin2, "", ""]
    return "\t".join([*cols, "0", "", "20", "Asia/Manila", "2024-01-01"])


def test_geo_admin_levels_extract_village_takes_its_province(tmp_path):
    # GeoNames codes: region 09, province 65 (Zamboanga del Norte); a made-up village
    src = tmp_path / "PH.txt"
    src.write_text(_geonames_line(990101, "Dapitanon", 8.3, 123.1, "09", "65") + "\n", encoding="utf-8")
    add_extract(src, tmp_path / "index")
    village = Gazetteer(user_path=user_index(tmp_path / "index")).best("Dapitanon", ("PH",))
    assert village is not None and (village.admin1, village.country) == ("Zamboanga del Norte", "PH")


@pytest.mark.parametrize(
    ("text", "admin1", "not_place"),
    [
        # the lead's province-and-island report and the town's are one clash, in the town's province
        (
            "Soldiers clashed with communist guerrillas in a village in Sulu province in southern "
            "Mindanao, the army said. The fighting broke out on Sunday in Patikul town, killing three "
            "soldiers.",
            "Sulu",
            None,
        ),
        # a military command named after an island speaks; the island is no place of the event
        (
            "Rebels ambushed an army patrol in Jolo on Monday, killing two soldiers, the Western "
            "Mindanao Command said.",
            "Sulu",
            "Mindanao",
        ),
    ],
)
def test_geo_admin_levels_event_in_province(pipeline, text, admin1, not_place):
    events = pipeline.run(Article(id="t", text=text, published="2024-05-15")).events
    places = [[(loc.name, loc.admin1) for loc in e.locations] for e in events if e.kind == "incident"]
    assert len(places) == 1 and places[0][0][1] == admin1, places
    assert not_place not in [name for name, _ in places[0]], places
