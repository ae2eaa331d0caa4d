"""The ACLED view: a report or a story as one row of ACLED's export, its 31 columns in its order and vocabularies.

Codes follow the ACLED Codebook: time_precision 1 = the day is known, 2 = a
range of days or a week, 3 = only the month or year; geo_precision 1 = the named
town, 2 = near a town or part of a region, 3 = only the province (admin1) or
country is known; inter1/inter2 1 State forces, 2 Rebel groups, 3 Political
militias, 7 Civilians, 8 External/Other forces (state forces outside their own
country included); interaction the two inter codes, lower first (17: state
forces against civilians), or one code times ten when there is no actor2.
fatalities is 0 when no toll was reported, as ACLED codes it. event_id_cnty is
the country's ISO 3166-1 alpha-3 code and a number derived from wardesk's id of
the report or story, so a re-export gives the same id. Empty where wardesk does
not know: admin2, admin3, tags; actor1 when no initiator was read.
"""

from __future__ import annotations

import functools
import hashlib
from typing import Any

from wardesk.export.outlets import (
    countries,
    join_scales,
    outlet,
    outlet_name,
    outlet_scale,
    source_type_scale,
)
from wardesk.export.records import first_sentence
from wardesk.store.db import as_utc

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
#: ACLED inter codes of wardesk's actor types (``unknown`` has none).
INTER = {"state_forces": 1, "rebel_group": 2, "militia": 3, "civilians": 7, "external_forces": 8}
EXTERNAL_FORCES = 8
CIVILIAN_TARGETING = "Civilian targeting"
#: Digits of the number in event_id_cnty: with 10^12 numbers per country, two of a million events
#: share one with a chance of about 0.5 in 1000.
EVENT_ID_DIGITS = 12
#: ISO3 stand-in of events whose country is unknown (ISO 3166 keeps X-codes for user assignment).
UNKNOWN_ISO3 = "XXX"

#: ACLED's columns, in the order of ACLED's export.
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
_JOIN = "; "


@functools.lru_cache(maxsize=512)
def _iso(iso2: str) -> tuple[str, int | None]:
    """(alpha-3, numeric) of an alpha-2 code; XK (Kosovo) has no ISO numeric code."""
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2.upper())
    if c is None:
        return ("XKX", None) if iso2.upper() == "XK" else (UNKNOWN_ISO3, None)
    return c.alpha_3, int(c.numeric)


def country_name(iso2: str | None) -> str | None:
    """ACLED's name of a country ('SY' -> 'Syria', 'TR' -> 'Turkey')."""
    if not iso2:
        return None
    found = countries().get(iso2.upper())
    return found.name if found else iso2


def event_id_cnty(iso2: str | None, wardesk_id: str) -> str:
    """ISO3 of the country and a number derived from the report's or story's id (stable across exports)."""
    iso3 = _iso(iso2)[0] if iso2 else UNKNOWN_ISO3
    number = (
        int.from_bytes(hashlib.sha256(wardesk_id.encode("utf-8")).digest()[:8], "big") % 10**EVENT_ID_DIGITS
    )
    return f"{iso3}{number}"


@functools.lru_cache(maxsize=4096)
def _actor_country(name: str) -> str | None:
    from wardesk.extract.actors import ActorLexicon

    entry = ActorLexicon.default().canonical(name)
    return entry.country if entry is not None and entry.name == name else None


def inter_code(actor: dict[str, Any] | None, event_country: str | None) -> int | None:
    """ACLED's inter code of an actor; state forces outside their own country are External/Other (8)."""
    if not actor:
        return None
    code = INTER.get(actor.get("type") or "")
    if code == 1 and event_country:
        home = _actor_country(actor.get("name") or "")
        if home and home.upper() != event_country.upper():
            return EXTERNAL_FORCES
    return code


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def sub_event_type(event_type: str | None, initiators: list[dict[str, Any]]) -> str:
    """ACLED's sub_event_type of a wardesk event type: a territory change is "Government regains
    territory" when state forces took the ground (the first initiator), else a non-state actor's.

    Why: wardesk codes one territory type; ACLED splits it by who took the ground."""
    etype = event_type or "other"
    sub = ACLED_TYPES.get(etype, ACLED_TYPES["other"])[2]
    if etype == "territory_change" and initiators and initiators[0].get("type") == "state_forces":
        sub = "Government regains territory"
    return sub


def _row(
    *,
    wardesk_id: str,
    event_type: str | None,
    date: dict[str, Any],
    place: dict[str, Any],
    initiators: list[dict[str, Any]],
    targets: list[dict[str, Any]],
    sources: list[str],
    scales: list[str | None],
    notes: str | None,
    fatalities: Any,
    changed: Any,
) -> dict[str, Any]:
    etype = event_type or "other"
    disorder, acled_type, _sub = ACLED_TYPES.get(etype, ACLED_TYPES["other"])
    sub = sub_event_type(etype, initiators)
    iso2 = (place.get("country") or "").upper() or None
    a1, a2 = (initiators[0] if initiators else None), (targets[0] if targets else None)
    inter1, inter2 = inter_code(a1, iso2), inter_code(a2, iso2)
    civilians = acled_type == "Violence against civilians" or any(
        t.get("type") == "civilians" for t in targets
    )
    start = date.get("start")
    country = countries().get(iso2 or "")
    return {
        "event_id_cnty": event_id_cnty(iso2, wardesk_id),
        "event_date": start,
        "year": int(str(start)[:4]) if start else None,
        "time_precision": TIME_PRECISION.get(date.get("precision") or "") if start else None,
        "disorder_type": disorder,
        "event_type": acled_type,
        "sub_event_type": sub,
        "actor1": a1["name"] if a1 else None,
        "assoc_actor_1": _JOIN.join(a["name"] for a in initiators[1:]) or None,
        "inter1": inter1,
        "actor2": a2["name"] if a2 else None,
        "assoc_actor_2": _JOIN.join(a["name"] for a in targets[1:]) or None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": CIVILIAN_TARGETING if civilians else None,
        "iso": _iso(iso2)[1] if iso2 else None,
        "region": country.region if country else None,
        "country": country_name(iso2),
        "admin1": place.get("admin1"),
        "admin2": None,
        "admin3": None,
        "location": place.get("name"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": GEO_PRECISION.get(place.get("precision") or "") if place.get("name") else None,
        "source": _JOIN.join(dict.fromkeys(s for s in sources if s)) or None,
        "source_scale": join_scales(scales),
        "notes": notes,
        "fatalities": round(float(fatalities)) if fatalities is not None else 0,
        "tags": None,
        "timestamp": int(moment.timestamp()) if (moment := as_utc(changed)) else None,
    }


def _cited(event: dict[str, Any], iso2: str | None) -> tuple[list[str], list[str | None]]:
    """Names and scales of what the event's sources cite: the agencies they came via, and the
    organisations the source table knows (people and unnamed officials are left out)."""
    from wardesk.extract.attribution import SourceLexicon

    lexicon = SourceLexicon.default()
    names: list[str] = []
    scales: list[str | None] = []
    for src in event.get("sources") or []:
        via = outlet(src.get("via"))
        if via is not None:
            names.append(via.name)
            scales.append(outlet_scale(via, iso2))
        org = lexicon.canonical(src.get("organization") or src.get("name"))
        if org is None:
            continue
        known = outlet(org)
        names.append(known.name if known else org)
        scales.append(outlet_scale(known, iso2) if known else source_type_scale(lexicon.type_of(org)))
    return names, scales


def acled_report(r: dict[str, Any], article_text: str = "") -> dict[str, Any]:
    """One ACLED row of a report (``records.iter_reports``'s nested record)."""
    ev = r["event"]
    place = (ev.get("locations") or [{}])[0]
    iso2 = place.get("country")
    own = outlet(r.get("outlet"))
    names = [own.name if own else r.get("outlet")]
    scales = [outlet_scale(own, iso2) if own else None]
    cited_names, cited_scales = _cited(ev, iso2)
    return _row(
        wardesk_id=r["id"],
        event_type=ev.get("event_type"),
        date=ev.get("date") or {},
        place=place,
        initiators=ev.get("initiators") or [],
        targets=ev.get("targets") or [],
        sources=names + cited_names,
        scales=scales + cited_scales,
        notes=first_sentence(article_text, ev) or r.get("title"),
        fatalities=(ev.get("fatalities") or {}).get("best"),
        changed=r.get("ingested_at"),
    )


def acled_story(st: dict[str, Any]) -> dict[str, Any]:
    """One ACLED row of a story (``records.iter_stories``'s nested record): its reconciled values."""
    rec = st.get("reconciled") or {}
    place = rec.get("place") or {}
    actors = rec.get("actors") or []
    iso2 = place.get("country")
    found = [outlet(o) for o in st.get("outlets") or []]
    return _row(
        wardesk_id=st["id"],
        event_type=st.get("event_type"),
        date=rec.get("date") or {},
        place=place,
        initiators=[a for a in actors if a.get("role") == "initiator"],
        targets=[a for a in actors if a.get("role") == "target"],
        sources=[outlet_name(o) or o for o in st.get("outlets") or []],
        scales=[outlet_scale(f, iso2) if f else None for f in found],
        notes=st.get("notes"),
        fatalities=(rec.get("fatalities") or {}).get("best"),
        changed=st.get("updated_at"),
    )
