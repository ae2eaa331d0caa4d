"""find_dateline on the openings outlets print, and on FA-KES's real openings."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path

import pytest

from wardesk.ingest import find_dateline

FAKES = Path("/work/shared/data/fakes/fakes.csv")


@pytest.mark.parametrize(
    ("text", "date", "matched"),
    [
        ("Wed 05 Apr 2017 Shells hit the market.", "2017-04-05", "Wed 05 Apr 2017"),
        ("Fri 07 Apr 2017 at 0914 Missiles struck an air base.", "2017-04-07", "Fri 07 Apr 2017"),
        ("Published October 12 2016 The army said ...", "2016-10-12", "October 12 2016"),
        ("Posted on April 19 2017 by Staff Writer Six were killed ...", "2017-04-19", "April 19 2017"),
        ("17-08-2014 Fighting resumed near the airport.", "2014-08-17", "17-08-2014"),
        ("2016-10-12 Fighting resumed near the airport.", "2016-10-12", "2016-10-12"),
        ("October 12, 2016 - Fighting resumed.", "2016-10-12", "October 12, 2016"),
        ("12 October 2016 Fighting resumed.", "2016-10-12", "12 October 2016"),
        ("Wednesday 07 December 2016 Dozens were killed.", "2016-12-07", "Wednesday 07 December 2016"),
        ("Thursday, 6 April 2017 Tests point to sarin.", "2017-04-06", "Thursday, 6 April 2017"),
        ("Fri Sep 27 2013 A bomb blast killed 60.", "2013-09-27", "Fri Sep 27 2013"),
        ("24.08.2013 State media accused rebels.", "2013-08-24", "24.08.2013"),
        ("21.08.2013Get short URL Forces fired rockets.", "2013-08-21", "21.08.2013"),
        ("Last updated at Apr 092017 At least 15 civilians were killed.", "2017-04-09", "Apr 092017"),
        ("Sept. 3rd, 2015 Rebels took the hill.", "2015-09-03", "Sept. 3rd, 2015"),
        # After the headline, as Ahram prints it.
        (
            "Air raids kill 18 civilians in the old city Monitor AFP Saturday 16 Jul 2016 Air raids ...",
            "2016-07-16",
            "Saturday 16 Jul 2016",
        ),
    ],
)
def test_dateline_finds_date_and_span(text: str, date: str, matched: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.date == dt.date.fromisoformat(date)
    assert found.text == matched
    assert text[found.start : found.end] == matched


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the district on Monday, killing four people.",  # no date at all
        "MOSCOW, Oct 12 (Reuters) - Russian jets struck 60 targets.",  # no year
        "The attack on 12 October 2016 killed nine people, the group said.",  # a date in the story
        "Fighting has not stopped since March 15 2011, when the uprising began.",
        "31 February 2016 Shelling continued.",  # not a calendar date
        "12-31-2016 Shelling continued.",  # day first: there is no month 31
        "x" * 260 + " 12 October 2016",  # beyond the window
        "Seventy-six people were killed in 2013 and 1,400 in 12 months.",
    ],
)
def test_dateline_none_when_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "default_year", "date"),
    [
        ("MOSCOW, Oct 12 (Reuters) - Russian jets struck 60 targets.", 2016, "2016-10-12"),
        ("BEIRUT, 3 March (AFP) - Shelling killed five.", 2015, "2015-03-03"),
        # A full date still wins over the default year.
        ("MOSCOW, Oct 12 2015 (Reuters) - Russian jets struck.", 2016, "2015-10-12"),
    ],
)
def test_dateline_default_year_for_yearless(text: str, default_year: int, date: str) -> None:
    found = find_dateline(text, default_year=default_year)
    assert found is not None and found.date == dt.date.fromisoformat(date)


def test_dateline_window_is_adjustable() -> None:
    text = "A long headline without any date in it at all " * 3 + "12 October 2016 ..."
    assert find_dateline(text, window=50) is None
    assert find_dateline(text, window=200) is not None


@pytest.mark.skipif(not FAKES.exists(), reason="FA-KES corpus not found at /work/shared/data/fakes/fakes.csv")
def test_dateline_found_in_fakes_openings() -> None:
    """186 of the first 200 FA-KES rows (93%) get a dateline (787 of all 804, 97.9%).

    The 14 without one are Ahram articles whose text holds no date anywhere,
    so the 95% once hoped for cannot be reached on these rows.
    """
    with FAKES.open(encoding="latin-1", newline="") as handle:
        rows = list(itertools.islice(csv.DictReader(handle), 200))
    missed = [row for row in rows if find_dateline(row["article_content"]) is None]
    assert len(missed) <= 0.07 * len(rows)
    for row in missed:
        assert row["source"] == "ahram"
        assert find_dateline(row["article_content"], window=len(row["article_content"])) is None
