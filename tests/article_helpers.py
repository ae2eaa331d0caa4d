"""Shared helper of the tests that run whole short articles through the extractor and look at
the incidents it reports (test_merge, test_segments, test_victims_and_state_country, test_blame_undisputed,
test_extract_actor_origins, test_contested_accounts, test_blame_forms_round2), and the tests
that read the places of one parsed text (test_geo_person_names, test_geo_divisions_nisba), and the
sweeps of our own sentences (numbers, tallies, war places, roads and titles)."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from wardesk.extract.actors import UNIDENTIFIED
from wardesk.extract.descriptions import is_description
from wardesk.flows.extract import Pipeline
from wardesk.geo import Gazetteer, find_places, focus_countries
from wardesk.record import Article, Event


def incidents(pipeline: Pipeline, text: str, published: str, title: str | None = None) -> list[Event]:
    """The article's incidents of its own time: neither aggregates nor background events."""
    evs = pipeline.run(Article(id="t", title=title, text=text, published=published)).events
    return [e for e in evs if e.kind == "incident" and not e.background]


def party(actor: Any) -> str:
    """The party an actor record stands for: its name, with an unidentified party's description
    ("Gunmen", "Islamist militants", ``extract/descriptions.py``) read as the actor table's
    catch-all, "Unidentified armed group", which is what the tests of who did it ask about."""
    return UNIDENTIFIED if is_description(actor.name, actor.type) else actor.name


def names(events: list[Event], role: str) -> set[str]:
    """The parties (``party``) of the actors of one role ("initiators", "targets") over the events."""
    return {party(a) for e in events for a in getattr(e, role)}


def initiators_right(events: list[Event], item: Mapping[str, Any]) -> tuple[bool, set[str]]:
    """Do ``events`` name every initiator a sweep item wants (``init``) and none it rules out
    (``not_init``)? With the initiators found, for the message. No events is never right."""
    ini = names(events, "initiators")
    ok = bool(events) and all(x in ini for x in item.get("init") or [])
    return ok and not any(x in ini for x in item.get("not_init") or []), ini


def raw_names(events: list[Event], role: str) -> set[str]:
    """The names the records give the actors of one role, descriptions as written."""
    return {a.name for e in events for a in getattr(e, role)}


def responsibility(events: list[Event]) -> set[tuple[str | None, str | None, str | None]]:
    """(stance, actor, source) of every claim of responsibility over the events."""
    return {(c.stance, c.actor, c.source) for e in events for c in e.claims if c.what == "responsibility"}


def article_blames(
    text: str, outlet: str = "Test Desk", published: str = "2024-03-10", aid: str = "t27"
) -> list[tuple[str, str, str | None]]:
    """(stance, actor, source) of every claim of responsibility of the article's non-background
    events, in order and with repeats, as a reader of the article (and the scorer) sees them."""
    import wardesk

    out = wardesk.extract_article(text, published=published, source=outlet, article_id=aid)
    return [
        (c.stance or "", c.actor or "", c.source)
        for ev in out.events
        if not ev.background
        for c in ev.claims
        if c.what == "responsibility"
    ]


def found_places(pipeline: Pipeline, text: str) -> dict[str, Any]:
    """The place mentions of one parsed text, by their text (no focus countries given)."""
    return {m.text: m for m in find_places(pipeline.nlp(text), pipeline.lexicons.gazetteer)}


def mention_triples(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, country, admin1) of every place mention of ``text``: a known place's country, else
    the country the reader gave the unknown name."""
    doc = pipeline.nlp(text)
    return [
        (m.text, m.place.country if m.place else m.country_context, m.admin1_context)
        for m in find_places(doc, pipeline.lexicons.gazetteer)
    ]


def places_of(nlp: Any, gaz: Gazetteer, text: str) -> tuple[list[str], dict[str, Any]]:
    """(focus countries, place mentions by their text) of one parsed text."""
    doc = nlp(text)
    countries = focus_countries(doc, gaz)
    return countries, {m.text: m for m in find_places(doc, gaz, countries)}


# ---- sweeps: tables of our own sentences with what each must read as


#: A casualty figure as a sweep writes it: (low, best, high).
Figure = tuple[int | None, int | None, int | None]
NONE: Figure = (None, None, None)


def figure(fig: Any) -> Figure:
    """A record's casualty figure as a sweep's (low, best, high)."""
    return (fig.low, fig.best, fig.high)


def sweep_params(cases: list[tuple], misses: Mapping[str, str] | Iterable[str], key: int = 0) -> list:
    """A sweep's cases as pytest params; a known miss (its ``key`` field listed in ``misses``, with
    the reason when ``misses`` maps to one) must fail, strictly, so its fix shows."""
    reasons = misses if isinstance(misses, Mapping) else dict.fromkeys(misses, "known miss")
    return [
        pytest.param(*c, marks=pytest.mark.xfail(reason=reasons[c[key]], strict=True))
        if c[key] in reasons
        else pytest.param(*c)
        for c in cases
    ]


def tsv_rows(path: Path) -> list[list[str]]:
    """The rows of a tab-separated sweep file, '#' lines left out."""
    with path.open(encoding="utf-8") as f:
        return [r for r in csv.reader((ln for ln in f if not ln.startswith("#")), delimiter="\t") if r]


#: Division words a place's name may carry or not ('Ghormach district', 'Ghormach'), as the
#: benchmark scorer folds them off.
_DIVISION_TAIL = re.compile(r"\s+(district|province|region|township|territory|county|state)$")


def place_key(s: str | None) -> str:
    """A place name folded for comparing a sweep's expectation with a record's spelling (a
    trailing division word does not count)."""
    s = _DIVISION_TAIL.sub("", unicodedata.normalize("NFKD", s or "").lower().strip())
    return "".join(c for c in s if c.isalnum())


def prefix_param(item: dict[str, Any], misses: Mapping[str, str]) -> Any:
    """A war-sweep item as a pytest param; a known miss, found by the start of its text in
    ``misses`` (with the reason), must fail, strictly, so its fix shows."""
    reason = next((r for start, r in misses.items() if item["text"].startswith(start)), None)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(item, marks=marks, id=item["text"][:40])


def id_params(items: list[dict[str, Any]], misses: Mapping[str, str], key: str = "id") -> list:
    """A sweep's items as pytest params named by their ``key`` field; a known miss (its key in
    ``misses``, with the reason) must fail, strictly, so its fix shows."""
    return [
        pytest.param(i, id=i[key], marks=pytest.mark.xfail(reason=misses[i[key]], strict=True))
        if i[key] in misses
        else pytest.param(i, id=i[key])
        for i in items
    ]


def war_sweep_main(
    check: Callable[[Pipeline, dict[str, Any]], tuple[bool, Any]],
    items: list[dict[str, Any]],
    wanted: Callable[[dict[str, Any]], str],
    war: str = "war",
) -> int:
    """Run a sweep of items tagged by war (their ``war`` field) as a script: print each miss (its
    war, what it wants, what was found, its text) and the count right over the number of wars."""
    pipe = Pipeline()
    right = 0
    for it in items:
        ok, found = check(pipe, it)
        right += ok
        if not ok:
            print(f"MISS [{it[war]}] {wanted(it)}: found {found}\n     {it['text']}")
    print(f"{right}/{len(items)} right over {len({i[war] for i in items})} wars")
    return 0 if right == len(items) else 1


def sweep_main(read: Callable[[Pipeline, str], Any], cases: list[tuple]) -> int:
    """Run a sweep as a script (``python tests/test_X_sweep.py``): print the wrong cases and the
    count right; exit status 0 only when every case is right."""
    pipe = Pipeline()
    right = 0
    for text, *want in cases:
        got = read(pipe, text)
        if got == tuple(want):
            right += 1
        else:
            print(f"WRONG {got} != {tuple(want)}: {text}")
    print(f"{right}/{len(cases)} right")
    return 0 if right == len(cases) else 1


def yaml_cases(path: Path, key: str = "cases") -> list[dict[str, Any]]:
    """A YAML sweep's cases, as written in its data file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))[key]


def cases_main(misses: Callable[[Pipeline, dict[str, Any]], list[str]], cases: list[dict[str, Any]]) -> None:
    """Run a sweep of cases with ids as a script: print each case with what it got wrong, and the
    score."""
    pipe = Pipeline()
    ok = 0
    for case in cases:
        bad = misses(pipe, case)
        ok += not bad
        print(("OK  " if not bad else "BAD ") + case["id"], " ".join(bad))
    print(f"sweep {ok}/{len(cases)}")


def sweep_place(pipeline: Pipeline, text: str, name: str, admin1: str, country: str) -> tuple[Any, list]:
    """A place sweep's row read: the incidents' location spelled as ``name`` (by its name or its
    text), asserted to be in ``country`` and, when given, in ``admin1``; returned with all the
    incidents' locations for the row's further checks."""
    locs = [loc for e in incidents(pipeline, text, "2024-03-05") for loc in e.locations]
    hit = next((loc for loc in locs if place_key(name) in (place_key(loc.name), place_key(loc.text))), None)
    assert hit is not None, locs
    assert hit.country == country
    if admin1:
        assert place_key(hit.admin1) == place_key(admin1)
    return hit, locs


def place_sweep_rows(path: Path) -> list[tuple[str, ...]]:
    """A place sweep's rows (text, name, admin1, country, not_at, precision), the last two optional."""
    return [tuple((r + ["", ""])[:6]) for r in tsv_rows(path)]


def check_place_row(
    pipeline: Pipeline, text: str, name: str, admin1: str, country: str, not_at: str, precision: str
) -> None:
    """One place sweep row: the event at ``name`` in ``country`` (and ``admin1``), at no place, text
    or province ``not_at``, with ``precision`` when given."""
    hit, locs = sweep_place(pipeline, text, name, admin1, country)
    if not_at:
        bad = place_key(not_at)
        assert not any(
            bad in (place_key(loc.name), place_key(loc.text), place_key(loc.admin1)) for loc in locs
        ), locs
    if precision:
        assert hit.precision == precision


def place_sweep_score(cases: list[tuple[str, ...]]) -> None:
    """Print a place sweep's wrong rows and its score (a sweep file run alone)."""
    from wardesk.flows.extract import Pipeline

    pipe = Pipeline()
    right = 0
    for case in cases:
        try:
            check_place_row(pipe, *case)
            right += 1
        except AssertionError:
            events = incidents(pipe, case[0], "2024-03-05")
            locs = [(loc.name, loc.admin1, loc.country, loc.precision) for e in events for loc in e.locations]
            print(f"WRONG {case[1]} | {case[2]} | {case[3]} | got {locs}")
    print(f"{right}/{len(cases)} right")


def restated_misses(pipeline: Pipeline, case: dict[str, Any]) -> list[str]:
    """What the extractor got wrong on one case of a restated-events sweep (empty: right): the count
    of own-time incidents, the main one's toll and a word of its first place, each when the case
    gives it, and then every event read."""
    events = incidents(pipeline, case["text"], "2024-05-15", title=case.get("title"))
    bad = [f"n={len(events)}"] if "n" in case and len(events) != case["n"] else []
    if not events:
        return [*bad, "no incident"]
    main = events[0]
    if "toll" in case and main.fatalities.best != case["toll"]:
        bad.append(f"toll={main.fatalities.best}")
    where = main.locations[0].name if main.locations else ""
    if "place" in case and case["place"].lower() not in where.lower():
        bad.append(f"place={where}")
    if bad:
        bad.append(
            "events="
            + "|".join(f"{e.event_type}@{','.join(loc.name for loc in e.locations)}" for e in events)
        )
    return bad
