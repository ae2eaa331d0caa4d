"""Share of `wardesk extract` time spent in the geoparser over FA-KES, in one run.

Parses every FA-KES article once with spaCy, then times ``focus_countries`` +
``find_places`` (as the extractor calls them) against the whole extraction of
the same Docs (parse + extract). Prints the ratio and the peak memory the
gazetteer adds. Usage: python bench/geo_speed.py [fakes.csv]
"""

from __future__ import annotations

import csv
import resource
import sys
import time

from wardesk.extract import Lexicons, extract_events
from wardesk.geo import Gazetteer, find_places, focus_countries
from wardesk.nlp import load_pipeline

CSV = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/fakes/fakes.csv"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    with open(CSV, encoding="latin-1", newline="") as f:
        texts = [r["article_content"] for r in csv.DictReader(f)]
    nlp = load_pipeline()
    before = rss_mb()
    t = time.perf_counter()
    gaz = Gazetteer.default()
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse_s = time.perf_counter() - t
    lexicons = Lexicons.default()
    t = time.perf_counter()
    for doc in docs:
        extract_events(doc, None, lexicons=lexicons)
    extract_s = time.perf_counter() - t
    t = time.perf_counter()
    for doc in docs:  # what the extractor asks of the geoparser: focus, then places
        find_places(doc, gaz, focus_countries(doc, gaz))
    geo_s = time.perf_counter() - t
    whole = parse_s + extract_s
    print(f"articles {len(docs)}; gazetteer load {load_s:.3f}s")
    print(f"parse {parse_s:.1f}s  extract {extract_s:.1f}s  geo {geo_s:.1f}s (inside extract)")
    print(f"geo / whole extract = {geo_s / whole:.3f}")
    print(f"peak RSS {rss_mb():.0f} MB (before gazetteer and parsing {before:.0f} MB)")


if __name__ == "__main__":
    main()
