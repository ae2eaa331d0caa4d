"""The ACLED view: ACLED's column names and codes for a report or a story, plus wardesk's extra columns.

Codes follow the ACLED Codebook (2023): time_precision 1 = the day is known,
2 = a range of days or a week, 3 = only the month or year; geo_precision 1 =
the named town, 2 = near a town or part of a region, 3 = only the province
(admin1) or country is known. Event and sub-event type names are spelled as
ACLED spells them.
"""

from __future__ import annotations

import functools
from typing import Any

#: wardesk event_type -> (ACLED disorder_type, event_type, sub_event_type).
ACLED_TYPES: dict[str, tuple[str, str, str]] = {
    "air_strike": ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
    "missile_artillery": (
        "Political violence",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    "remote_explosive": ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide_bomb": ("Political violence", "Explosions/Remote violence", "Suicide bomb"),
    "chemical_weapon": ("Political violence", "Explosions/Remote violence", "Chemical weapon"),
    "armed_clash": ("Political violence", "Battles", "Armed clash"),
    "territory_change": ("Political violence", "Battles", "Non-state actor overtakes territory"),
    "attack_on_civilians": ("Political violence", "Violence against civilians", "Attack"),
    "abduction": ("Political violence", "Violence against civilians", "Abduction/forced disappearance"),
    "other": ("Strategic developments", "Strategic developments", "Other"),
}
TIME_PRECISION = {"day": 1, "range": 2, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"exact": 1, "near": 2, "admin1": 3, "country": 3}

#: ACLED's columns first (in the codebook's order), then wardesk's.
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "iso",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    # wardesk's extra columns
    "fatalities_low",
    "fatalities_high",
    "injuries",
    "claims",
    "sources",
    "article_id",
    "story_id",
    "report_ids",
    "corroboration",
)


@functools.lru_cache(maxsize=512)
def country_name(iso2: str | None) -> str | None:
    """The English short name of an ISO 3166-1 alpha-2 code, as ACLED's country column has it."""
    if not iso2:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2.upper())
    return getattr(c, "common_name", None) or (c.name if c else iso2)


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split("; ") if v]


def acled_row(flat: dict[str, Any], *, notes: str | None = None) -> dict[str, Any]:
    """One ACLED row from a flat report or flat story (``records.flat_report`` / ``flat_story``)."""
    etype = flat.get("event_type") or "other"
    disorder, acled_type, sub = ACLED_TYPES.get(etype, ACLED_TYPES["other"])
    initiators = _split(flat.get("initiators"))
    targets = _split(flat.get("targets"))
    if etype == "territory_change" and flat.get("initiator_type") == "state_forces":
        sub = "Government regains territory"
    date = flat.get("date_start")
    best = flat.get("fatalities_best")
    return {
        "event_id_cnty": flat["id"],
        "event_date": date,
        "year": int(date[:4]) if date else None,
        "time_precision": TIME_PRECISION.get(flat.get("date_precision") or "", None) if date else None,
        "disorder_type": disorder,
        "event_type": acled_type,
        "sub_event_type": sub,
        "actor1": initiators[0] if initiators else None,
        "actor2": targets[0] if targets else None,
        "country": country_name(flat.get("country")),
        "iso": flat.get("country"),
        "admin1": flat.get("admin1"),
        "location": flat.get("location"),
        "latitude": flat.get("lat"),
        "longitude": flat.get("lon"),
        "geo_precision": GEO_PRECISION.get(flat.get("geo_precision") or "") if flat.get("location") else None,
        "source": flat.get("outlet") if "outlet" in flat else flat.get("outlets"),
        "notes": notes if notes is not None else (flat.get("notes") or flat.get("title")),
        "fatalities": int(best) if best is not None else 0,  # ACLED codes an unknown toll as 0
        "fatalities_low": flat.get("fatalities_low"),
        "fatalities_high": flat.get("fatalities_high"),
        "injuries": flat.get("injuries_best"),
        "claims": flat.get("claims"),
        "sources": flat.get("sources"),
        "article_id": flat.get("article_id"),
        "story_id": flat.get("story_id") if "story_id" in flat else flat["id"],
        "report_ids": flat.get("report_ids"),
        "corroboration": flat.get("corroboration"),
    }
