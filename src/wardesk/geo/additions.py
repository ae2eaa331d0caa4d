"""The user's gazetteer additions: GeoNames country extracts loaded into an index of their own.

The bundled index holds GeoNames' towns of 500+ people (cities500); the villages
where much of a war happens are missing. GeoNames publishes every place of a
country as ``XX.zip`` (holding ``XX.txt``: tab-separated, 19 columns, UTF-8).
``add_extract`` loads such a file into ``user.sqlite`` in the user's gazetteer
folder (``settings.gazetteer_dir``, never inside the package), which
``Gazetteer`` consults beside the bundled index.

Every change is made on a copy of the index that replaces it in one step
(``os.replace``), so a file that fails to load leaves the index as it was.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wardesk.errors import GazetteerError
from wardesk.geo.build import admin1_names, ascii_name, is_latin
from wardesk.geo.fold import skeleton
from wardesk.names import fold, in_script

USER_INDEX = "user.sqlite"
#: Columns of a GeoNames dump line (https://download.geonames.org/export/dump/readme.txt).
GEONAMES_COLUMNS = 19
_ID, _NAME, _ASCII, _ALT, _LAT, _LON, _FCLASS, _FCODE, _CC, _CC2, _ADMIN1, _ADMIN2 = range(12)
_POPULATION = 14
#: Which GeoNames features become which kind of place; the rest (hotels, hills, wells,
#: streams) are left out: news name villages, districts and camps, and the bundled index
#: already has the seas and first-level divisions.
FEATURE_KINDS: dict[tuple[str, str | None], str] = {
    ("P", None): "city",  # populated places, their sections (PPLX) included
    ("A", "ADM2"): "region",  # districts, departments, counties
    ("A", "ADM3"): "region",
    ("S", "CMPRF"): "city",  # refugee camps
    ("S", "INSM"): "base",  # military installations
    ("S", "AIRB"): "base",  # air bases
}
#: Populated-place codes that name no living place (historical, abandoned, destroyed).
DEAD_PLACE_CODES = frozenset({"PPLH", "PPLQ", "PPLW"})
_SOURCE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (name TEXT PRIMARY KEY, file TEXT, added TEXT, places INTEGER);
CREATE TABLE IF NOT EXISTS places (id INTEGER PRIMARY KEY, name TEXT, admin1 TEXT, country TEXT, lat REAL,
                                   lon REAL, kind TEXT, population INTEGER, geonameid INTEGER, source TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT, place INTEGER, how INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS places_source ON places(source);
"""


@dataclass(frozen=True)
class Source:
    """One loaded extract: its name (the file's stem, 'ML'), the file it came from, when, how many places."""

    name: str
    file: str
    added: str
    places: int


def user_index(folder: Path) -> Path:
    """Where the user's index lives in ``folder``."""
    return Path(folder) / USER_INDEX


def _kind(fclass: str, fcode: str) -> str | None:
    if fclass == "P":
        return None if fcode in DEAD_PLACE_CODES else "city"
    return FEATURE_KINDS.get((fclass, fcode))


def _text_of(path: Path) -> tuple[str, bytes]:
    """(member name, bytes) of the extract: the file itself, or the country file inside a zip."""
    if not path.is_file():
        raise GazetteerError(f"no such file {path}; give a GeoNames country extract (XX.zip or XX.txt)")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [
                m
                for m in zf.namelist()
                if m.lower().endswith(".txt") and not Path(m).name.lower().startswith("readme")
            ]
            if len(members) != 1:
                found = ", ".join(zf.namelist()) or "nothing"
                raise GazetteerError(
                    f"{path} holds {found}; a GeoNames extract zip holds one XX.txt (and readme.txt)"
                )
            return members[0], zf.read(members[0])
    return path.name, path.read_bytes()


def read_extract(path: str | Path) -> Iterator[tuple[tuple, list[str]]]:
    """(place row, names) of every kept line of a GeoNames extract; GazetteerError names the first bad line.

    A place row is (name, admin1, country, lat, lon, kind, population, geonameid), like the
    bundled index's. The whole file is checked before anything is yielded.
    """
    path = Path(path)
    member, raw = _text_of(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GazetteerError(
            f"{path}: {member} is not UTF-8 (byte {exc.start}); GeoNames extracts are UTF-8 text"
        ) from None
    admin1 = admin1_names()
    out: list[tuple[tuple, list[str]]] = []
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    for n, row in enumerate(reader, 1):
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        where = f"{path}:{n}" if member == path.name else f"{path}!{member}:{n}"
        if len(row) != GEONAMES_COLUMNS:
            raise GazetteerError(
                f"{len(row)} tab-separated columns, expected {GEONAMES_COLUMNS} (the GeoNames dump format: "
                "geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, ...)",
                where=where,
            )
        try:
            gid, lat, lon = int(row[_ID]), float(row[_LAT]), float(row[_LON])
            pop = int(row[_POPULATION] or 0)
        except ValueError:
            raise GazetteerError(
                "geonameid, latitude, longitude and population must be numbers; is this a GeoNames extract?",
                where=where,
            ) from None
        cc = row[_CC].strip().upper()
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not re.fullmatch(r"[A-Z]{2}", cc):
            raise GazetteerError(
                f"coordinates ({lat}, {lon}) or country code {cc!r} out of range", where=where
            )
        kind = _kind(row[_FCLASS].strip(), row[_FCODE].strip())
        if kind is None or not row[_NAME].strip():
            continue
        name = ascii_name(row[_NAME].strip()) if is_latin(row[_NAME]) else (row[_ASCII].strip() or row[_NAME])
        # a country reported at the second level (admin_levels.csv) is keyed 'admin1.admin2'
        a1 = admin1.get((cc, f"{row[_ADMIN1].strip()}.{row[_ADMIN2].strip()}")) or admin1.get(
            (cc, row[_ADMIN1].strip())
        )
        names = [row[_NAME], row[_ASCII], *(a for a in row[_ALT].split(",") if is_latin(a) or in_script(a))]
        out.append(((name, a1, cc, lat, lon, kind, pop, gid), names))
    if not out:
        raise GazetteerError(
            f"{path}: no populated place, district or camp in it; is this a GeoNames country extract?"
        )
    yield from out


def _source_name(path: Path) -> str:
    stem = path.name
    for suffix in (".zip", ".txt"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    return stem


def _keys(names: list[str], main: str) -> dict[str, int]:
    keys = {fold(main, place=True): 0}
    for n in names:
        k = fold(n, place=True)
        if len(k) >= 2 and k not in keys:
            keys[k] = 1
    for k in list(keys):
        s = skeleton(k)
        if s and s not in keys:
            keys[s] = 2
    return keys


def _rewrite(folder: Path, change) -> None:
    """Apply ``change(db)`` to a copy of the user index, then put the copy in its place."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = user_index(folder)
    fd, tmp = tempfile.mkstemp(prefix=".user-", suffix=".sqlite", dir=folder)
    os.close(fd)
    try:
        if target.exists():
            with sqlite3.connect(target) as src, sqlite3.connect(tmp) as dst:
                src.backup(dst)
        db = sqlite3.connect(tmp)
        try:
            db.executescript(_SCHEMA)
            change(db)
            db.commit()
            db.execute("VACUUM")
        finally:
            db.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add_extract(path: str | Path, folder: str | Path) -> Source:
    """Load a GeoNames country extract into the user index in ``folder``; a file of the same
    name loaded before is replaced. Nothing changes when the file cannot be read."""
    path = Path(path)
    name = _source_name(path)
    if not _SOURCE_NAME.match(name):
        raise GazetteerError(f"{path}: name the file like GeoNames does (XX.zip, XX.txt)")
    rows = list(read_extract(path))
    source = Source(
        name=name, file=str(path.resolve()), added=time.strftime("%Y-%m-%d %H:%M"), places=len(rows)
    )

    def change(db: sqlite3.Connection) -> None:
        _delete(db, name)
        next_id = (db.execute("SELECT COALESCE(MAX(id), -1) + 1 FROM places").fetchone() or (0,))[0]
        db.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
            ((next_id + i, *place, name) for i, (place, _names) in enumerate(rows)),
        )
        db.executemany(
            "INSERT OR IGNORE INTO names VALUES (?,?,?)",
            (
                (k, next_id + i, how)
                for i, (place, names) in enumerate(rows)
                for k, how in _keys(names, place[0]).items()
            ),
        )
        db.execute(
            "INSERT INTO sources VALUES (?,?,?,?)", (source.name, source.file, source.added, source.places)
        )

    _rewrite(Path(folder), change)
    return source


def _delete(db: sqlite3.Connection, name: str) -> None:
    db.execute("DELETE FROM names WHERE place IN (SELECT id FROM places WHERE source = ?)", (name,))
    db.execute("DELETE FROM places WHERE source = ?", (name,))
    db.execute("DELETE FROM sources WHERE name = ?", (name,))


def list_sources(folder: str | Path) -> list[Source]:
    """The extracts loaded into the user index in ``folder`` (none when there is no index)."""
    target = user_index(Path(folder))
    if not target.exists():
        return []
    db = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT name, file, added, places FROM sources ORDER BY name").fetchall()
    finally:
        db.close()
    return [Source(*r) for r in rows]


def remove_source(name: str, folder: str | Path) -> Source:
    """Take the extract called ``name`` ('ML') out of the user index."""
    known = {s.name: s for s in list_sources(folder)}
    if name not in known:
        listed = ", ".join(known) or "none"
        raise GazetteerError(f"no extract called {name!r} in the user gazetteer (loaded: {listed})")
    _rewrite(Path(folder), lambda db: _delete(db, name))
    return known[name]
