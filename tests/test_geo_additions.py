"""The user's gazetteer additions: GeoNames country extracts written by these tests (made-up villages
in the GeoNames dump format), loaded with ``wardesk gazetteer add`` and used by extraction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wardesk.cli import app
from wardesk.errors import GazetteerError
from wardesk.extract import extract_events
from wardesk.extract.article import Lexicons
from wardesk.geo import Gazetteer
from wardesk.geo.additions import add_extract, list_sources, remove_source, user_index


def _line(
    gid: int,
    name: str,
    lat: float,
    lon: float,
    fclass: str,
    fcode: str,
    cc: str,
    admin1: str,
    alternates: str = "",
    population: int = 0,
) -> str:
    """One line of a GeoNames dump: 19 tab-separated columns."""
    cols = [
        str(gid),
        name,
        name,
        alternates,
        str(lat),
        str(lon),
        fclass,
        fcode,
        cc,
        "",
        admin1,
        "",
        "",
        "",
        str(population),
        "",
        "300",
        "Africa/Bamako",
        "2024-01-01",
    ]
    return "\t".join(cols)


#: Two made-up villages of Mali's Kidal region (GeoNames admin1 code 10), a historical site that must
#: be left out, and a hotel (a feature class no news names as a place).
MALI = (
    "\n".join(
        [
            _line(990001, "Tessalit-Nord", 20.21, 0.98, "P", "PPL", "ML", "10", "Tessalit Nord"),
            _line(990002, "Inzawaten", 19.95, 2.95, "P", "PPL", "ML", "10", "In Zawaten,Inzaouaten"),
            _line(990003, "Old Inzawaten", 19.9, 2.9, "P", "PPLH", "ML", "10"),
            _line(990004, "Hotel Sahara", 18.4, 1.4, "S", "HTL", "ML", "10"),
        ]
    )
    + "\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _zip(folder: Path, name: str, members: dict[str, str]) -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w") as zf:
        for member, text in members.items():
            zf.writestr(member, text)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("form", ["txt", "zip"])
def test_geo_additions_load_a_country_extract(tmp_path, form):
    src = (
        _write(tmp_path, "ML.txt", MALI)
        if form == "txt"
        else _zip(tmp_path, "ML.zip", {"ML.txt": MALI, "readme.txt": "GeoNames readme"})
    )
    index_dir = tmp_path / "index"
    source = add_extract(src, index_dir)
    assert (source.name, source.places) == ("ML", 2)  # the historical site and the hotel are left out
    gaz = Gazetteer(user_path=user_index(index_dir))
    village = gaz.best("In Zawaten", ("ML",))
    assert village is not None
    assert (village.name, village.admin1, village.country, village.source) == (
        "Inzawaten",
        "Kidal",
        "ML",
        "user",
    )
    assert gaz.lookup("Old Inzawaten", ("ML",), loose=False) == []
    assert [s.name for s in list_sources(index_dir)] == ["ML"]


def test_geo_additions_replace_and_remove(tmp_path):
    index_dir = tmp_path / "index"
    add_extract(_write(tmp_path, "ML.txt", MALI), index_dir)
    one = _line(990009, "Tin Kalafa", 19.5, 1.5, "P", "PPL", "ML", "10")
    add_extract(_write(tmp_path, "ML.txt", one + "\n"), index_dir)
    gaz = Gazetteer(user_path=user_index(index_dir))
    assert gaz.best("Tin Kalafa", ("ML",)) is not None
    assert gaz.lookup("Inzawaten", ("ML",), loose=False) == []  # the file of the same name was replaced
    assert remove_source("ML", index_dir).places == 1
    assert list_sources(index_dir) == []
    with pytest.raises(GazetteerError, match="no extract called 'ML'"):
        remove_source("ML", index_dir)


# (file name, bytes or zip members, words the one-line error must hold)
BAD_INPUTS = [
    ("ML.txt", b"Inzawaten\t19.95\t2.95\n", "columns, expected 19"),
    ("ML.txt", _line(990005, "Kéniéba", 20.0, 1.0, "P", "PPL", "ML", "10").encode("latin-1"), "not UTF-8"),
    ("ML.zip", {"readme.txt": "only a readme"}, "holds one XX.txt"),
    ("ML.zip", {"ML.txt": MALI, "NE.txt": MALI}, "holds one XX.txt"),
    ("ML.txt", _line(990006, "Somewhere", 123.0, 1.0, "P", "PPL", "ML", "10").encode(), "out of range"),
    ("ML.txt", b"", "no populated place"),
]


@pytest.mark.parametrize(("name", "content", "words"), BAD_INPUTS)
def test_geo_additions_bad_input_leaves_the_index_unchanged(tmp_path, name, content, words):
    index_dir = tmp_path / "index"
    add_extract(
        _write(tmp_path, "NE.txt", _line(990007, "Agadez-Sud", 17.0, 8.0, "P", "PPL", "NE", "01")), index_dir
    )
    before = _digest(user_index(index_dir))
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = _zip(bad_dir, name, content) if isinstance(content, dict) else bad_dir / name
    if not isinstance(content, dict):
        bad.write_bytes(content)
    with pytest.raises(GazetteerError) as err:
        add_extract(bad, index_dir)
    message = err.value.render()
    assert words in message and "\n" not in message
    assert _digest(user_index(index_dir)) == before
    assert [s.name for s in list_sources(index_dir)] == ["NE"]
    assert sorted(p.name for p in index_dir.iterdir()) == ["user.sqlite"]  # no temporary file left


def test_geo_additions_extraction_places_an_event_in_a_village_of_the_extract(nlp, tmp_path):
    text = (
        "Gunmen killed six people in the village of Inzawaten on Tuesday, officials in Mali said. "
        "The attackers fled north."
    )
    published = dt.date(2024, 5, 8)

    def first_location(lexicons):
        events = extract_events(nlp(text), published, lexicons=lexicons)
        assert events, "no event"
        return events[0].locations[0]

    bundled = dataclasses.replace(Lexicons.default(), gazetteer=Gazetteer())
    before = first_location(bundled)
    assert before.name == "Inzawaten" and before.coords_from == "country:ML"  # no village known
    index_dir = tmp_path / "index"
    add_extract(_write(tmp_path, "ML.txt", MALI), index_dir)
    added = dataclasses.replace(Lexicons.default(), gazetteer=Gazetteer(user_path=user_index(index_dir)))
    loc = first_location(added)
    assert (loc.name, loc.admin1, loc.country, loc.precision) == ("Inzawaten", "Kidal", "ML", "exact")
    assert (loc.lat, loc.lon, loc.coords_from) == (19.95, 2.95, "user_gazetteer")


def test_cli_gazetteer_add_list_remove(tmp_path):
    runner = CliRunner()
    index_dir = tmp_path / "index"
    src = _zip(tmp_path, "ML.zip", {"ML.txt": MALI})
    res = runner.invoke(app, ["gazetteer", "add", str(src), "--dir", str(index_dir)])
    assert res.exit_code == 0, res.output
    assert "added 2 places" in res.output
    res = runner.invoke(app, ["gazetteer", "list", "--dir", str(index_dir)])
    assert res.exit_code == 0 and "ML" in res.output
    bad = _write(tmp_path, "XX.txt", "just\ttwo\n")
    res = runner.invoke(app, ["gazetteer", "add", str(bad), "--dir", str(index_dir)])
    assert res.exit_code == 1
    assert "expected 19" in res.output
    res = runner.invoke(app, ["gazetteer", "remove", "ML", "--dir", str(index_dir)])
    assert res.exit_code == 0 and "removed 'ML'" in res.output
    res = runner.invoke(app, ["gazetteer", "remove", "ML", "--dir", str(index_dir)])
    assert res.exit_code == 1 and "no extract called" in res.output


def test_cli_gazetteer_dir_comes_from_the_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("WARDESK_GAZETTEER_DIR", str(tmp_path / "from-env"))
    res = CliRunner().invoke(app, ["gazetteer", "add", str(_write(tmp_path, "ML.txt", MALI))])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "from-env" / "user.sqlite").exists()
